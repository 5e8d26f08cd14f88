"""
"Bedoelde je ...?" and the ways on from a search without results.

- **The vocabulary**: every word of the searchable text of pages, motions and events
  (the fast models), folded, with the number of records that have it, in the table of
  ``VocabularyWord``. ``update_vocabulary()`` (``manage.py update_search_vocabulary``)
  rebuilds it; each process reads it once and again when it was rebuilt (a version in
  Django's cache) or after ``RELOAD_SECONDS``.
- ``did_you_mean(query, queryset)``: each query word the vocabulary does not know is
  replaced by the closest known word (Damerau-Levenshtein distance at most 2, 1 for
  short words; of equally close words the most frequent), and the corrected query is
  offered only when it finds more in ``queryset`` than what was typed.
- ``ways_on(...)``: for a search without results, the links that do find something:
  the suggestion, the search without one of its filters, the query without its rarest
  word, each with its count.
"""

import math
import re
import time
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from modelsearch.query import MATCH_ALL
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from .engine import WORDS, build_query
from .fastindex.text import STOP_WORDS, document_for
from .models import VocabularyWord
from .reconcile import batches, leaf_models
from .synonyms import fold, key_for, synonym_map

VERSION_KEY = "search:vocabulary:version"
RELOAD_SECONDS = 600
MIN_LENGTH = 3  # shorter words are neither kept nor corrected
MAX_LENGTH = 40
SHORT_WORD = 5  # words this long or shorter are corrected by one edit at most
MAX_DISTANCE = 2
MAX_WORDS = 6  # a longer query is not taken apart word by word
PART = re.compile(r"[^\W\d_]+", re.UNICODE)  # letters only: numbers are not corrected


# The vocabulary ------------------------------------------------------------------------


def vocabulary_models():
    """Pages, and the models on the database fast path (motions, events)."""
    fast = {
        label.lower()
        for config in settings.WAGTAILSEARCH_BACKENDS.values()
        for label in config.get("FAST_MODELS", ())
    }
    return [
        model
        for model in leaf_models()
        if issubclass(model, Page) or model._meta.label_lower in fast
    ]


def _words_of(obj):
    document = document_for(obj)
    text = " ".join(document.title + document.head + document.body)
    return {
        word
        for word in PART.findall(fold(text))
        if MIN_LENGTH <= len(word) <= MAX_LENGTH and word not in STOP_WORDS
    }


def count_words(models=None):
    """``Counter`` of word -> number of records that have it."""
    counts = Counter()
    for model in models if models is not None else vocabulary_models():
        for batch in batches(model):
            for obj in batch:
                counts.update(_words_of(obj))
    return counts


def update_vocabulary(models=None):
    """Rebuild the vocabulary from the records as they are now; the number of words."""
    counts = count_words(models)
    with transaction.atomic():
        VocabularyWord.objects.all().delete()
        VocabularyWord.objects.bulk_create(
            (VocabularyWord(word=word, frequency=n) for word, n in counts.items()),
            batch_size=2000,
        )
    cache.set(VERSION_KEY, time.time(), None)
    _loaded.clear()
    return len(counts)


_loaded = {}  # "version", "at", "words" (word -> frequency), "choices" (list of words)


def vocabulary():
    """The vocabulary, word -> frequency, as this process last read it."""
    version = cache.get(VERSION_KEY)
    now = time.monotonic()
    if not _loaded or _loaded["version"] != version or now - _loaded["at"] > RELOAD_SECONDS:
        words = dict(VocabularyWord.objects.values_list("word", "frequency"))
        _loaded.update(version=version, at=now, words=words, choices=list(words))
    return _loaded["words"]


def closest(word):
    """The known word closest to ``word`` (folded), or None."""
    words = vocabulary()
    limit = 1 if len(word) <= SHORT_WORD else MAX_DISTANCE
    found = process.extract(
        word,
        _loaded["choices"],
        scorer=DamerauLevenshtein.distance,
        score_cutoff=limit,
        limit=25,
    )
    if not found:
        return None
    # Closest first; of equally close words the most frequent.
    best = min(found, key=lambda hit: (hit[1], -math.log(words[hit[0]])))
    return best[0]


def _known(word, words, synonyms):
    folded = fold(word)
    parts = PART.findall(folded)
    if not parts or key_for(word) in synonyms:
        return True
    return all(
        part in words or part in STOP_WORDS or not MIN_LENGTH <= len(part) <= MAX_LENGTH
        for part in parts
    )


def corrected_text(query):
    """``query`` with every word the vocabulary does not know replaced by the closest
    known one; None when nothing was replaced."""
    words = vocabulary()
    if not words or not query:
        return None
    synonyms = synonym_map()
    changed = False

    def replace(match):
        nonlocal changed
        word = match.group(0)
        if _known(word, words, synonyms):
            return word
        better = closest(fold(word))
        if better is None:
            return word
        changed = True
        return better

    corrected = WORDS.sub(replace, query)
    return corrected if changed else None


def _count(backend, query, queryset):
    return backend.search(build_query(query), queryset, operator="and").count()


def did_you_mean(query, queryset, backend=None):
    """The query with its unknown words corrected, when that finds more in ``queryset``
    than ``query`` itself; else None."""
    corrected = corrected_text(query)
    if corrected is None:
        return None
    backend = backend or get_search_backend()
    found = _count(backend, corrected, queryset)
    if not found or found <= _count(backend, query, queryset):
        return None
    return corrected


# Ways on from no results -------------------------------------------------------------


@dataclass
class WayOn:
    text: str
    url: str
    count: int

    @property
    def count_text(self):
        return ngettext("%(n)s resultaat", "%(n)s resultaten", self.count) % {"n": self.count}


def filtered(queryset, selected, facets, options, without=None):
    """``queryset`` with the chosen filters of ``selected`` (URL values per facet
    parameter), except the facet named ``without``."""
    for facet in facets:
        if facet.param == without:
            continue
        wanted = set(selected.get(facet.param, ()))
        values = [o.value for o in options[facet.param] if o.param in wanted]
        if values:
            queryset = queryset.filter(facet.condition(queryset.model, values))
    return queryset


def _url(params, base="", **changes):
    params = params.copy()
    for name in ("pagina", *changes):
        params.pop(name, None)
    for name, value in changes.items():
        if value is not None:
            params[name] = value
    return f"{base}?{params.urlencode()}"


def ways_on(
    params,
    queryset,
    query,
    *,
    selected=None,
    facets=(),
    options=None,
    suggestion=None,
    backend=None,
    base="",
):
    """
    Links that lead on from a search that found nothing: the suggested spelling (with
    the same filters), the search without each chosen filter, and the query without its
    rarest word; only those that find something, each with its count.

    ``params`` is the request's ``QueryDict``; ``queryset`` what may be searched before
    any facet filter; ``suggestion`` the result of ``did_you_mean`` if the caller has it.
    """
    backend = backend or get_search_backend()
    selected = selected or {}
    options = options if options is not None else {f.param: f.options() for f in facets}
    everything = filtered(queryset, selected, facets, options)
    ways = []
    if suggestion:
        found = _count(backend, suggestion, everything)
        if found:
            text = _("Zoek op “%(q)s”") % {"q": suggestion}
            ways.append(WayOn(text, _url(params, base, q=suggestion), found))
    for facet in facets:
        wanted = set(selected.get(facet.param, ()))
        chosen = [o.label for o in options[facet.param] if o.param in wanted]
        if not chosen:
            continue
        without = filtered(queryset, selected, facets, options, without=facet.param)
        found = backend.search(build_query(query), without, operator="and").count()
        if found:
            label = _("Zonder filter %(facet)s: %(values)s") % {
                "facet": facet.label,
                "values": ", ".join(chosen),
            }
            params_without = params.copy()
            params_without.pop(facet.param, None)
            ways.append(WayOn(label, _url(params_without, base), found))
    rest = _without_rarest_word(backend, query, everything)
    if rest is not None:
        word, shorter, found = rest
        ways.append(
            WayOn(
                _("Zoek zonder “%(word)s”: %(q)s") % {"word": word, "q": shorter},
                _url(params, base, q=shorter),
                found,
            )
        )
    return ways


def _without_rarest_word(backend, query, queryset):
    """(the word, the query without it, its count) for the word whose leaving out finds
    the most, or None. Only for queries of two to MAX_WORDS words."""
    if build_query(query) is MATCH_ALL:
        return None
    words = WORDS.findall(query.replace('"', " "))
    if not 2 <= len(words) <= MAX_WORDS:
        return None
    best = None
    for position, word in enumerate(words):
        shorter = " ".join(words[:position] + words[position + 1 :])
        found = _count(backend, shorter, queryset)
        if found and (best is None or found > best[2]):
            best = (word, shorter, found)
    return best
