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
- ``suggestion(...)``: that correction as a link with the same filters and its count.
- ``ways_on(...)``: for a search without results, the links that do find something:
  the search without one of its filters, the query without its rarest word, or
  everything with the same filters, each with its count.
"""

import re
import time
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save
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
from .synonyms import fold, synonym_map

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


def add_words(obj):
    """Add the words of ``obj`` the vocabulary lacks (frequency 1); known words are left
    as they are until the next rebuild. Processes see them within RELOAD_SECONDS."""
    VocabularyWord.objects.bulk_create(
        [VocabularyWord(word=word, frequency=1) for word in sorted(_words_of(obj))],
        ignore_conflicts=True,
        batch_size=500,
    )


def _queue_words(sender, instance, **kwargs):
    from .tasks import add_vocabulary_words  # tasks imports this module

    label, pk = sender._meta.label, instance.pk
    transaction.on_commit(lambda: add_vocabulary_words.enqueue(label, pk))


def connect():
    """After a save of a page, motion or event has been committed, add its new words."""
    for model in vocabulary_models():
        uid = f"search.suggestions.{model._meta.label_lower}"
        post_save.connect(_queue_words, sender=model, dispatch_uid=uid)


# "version", "at", "words" (word -> frequency), "choices" (list of words), "most" (the
# frequency of the commonest word)
_loaded = {}


def vocabulary():
    """The vocabulary, word -> frequency, as this process last read it."""
    version = cache.get(VERSION_KEY)
    if version is None:  # a cache emptied since: read the table again
        cache.add(VERSION_KEY, time.time(), None)
        version = cache.get(VERSION_KEY)
    now = time.monotonic()
    if not _loaded or _loaded["version"] != version or now - _loaded["at"] > RELOAD_SECONDS:
        words = dict(VocabularyWord.objects.values_list("word", "frequency"))
        most = max(words.values(), default=0)
        _loaded.update(version=version, at=now, words=words, choices=list(words), most=most)
    return _loaded["words"]


def commonest_frequency():
    """How many records the vocabulary's commonest word is in (as vocabulary() last read
    it): near the number of records it counted."""
    vocabulary()
    return _loaded["most"]


def closest(word):
    """The known word closest to ``word`` (folded), or None."""
    words = vocabulary()
    limit = 1 if len(word) <= SHORT_WORD else MAX_DISTANCE
    found = process.extract(
        word,
        _loaded["choices"],
        scorer=DamerauLevenshtein.distance,
        score_cutoff=limit,
        limit=200,
    )
    if not found:
        return None
    # Closest first; of equally close words the most frequent.
    return min(found, key=lambda hit: (hit[1], -words[hit[0]]))[0]


def _known(word, words, synonyms):
    return (
        word in words
        or word in STOP_WORDS
        or not MIN_LENGTH <= len(word) <= MAX_LENGTH
        or (word,) in synonyms
    )


def corrected_text(query):
    """``query`` with every word the vocabulary does not know replaced by the closest
    known one; None when nothing was replaced. Words are runs of letters (the parts of
    "jeugd-ggz" apart); numbers, punctuation and quotes are kept as typed."""
    words = vocabulary()
    if not words or not query:
        return None
    synonyms = synonym_map()
    changed = False

    def replace(match):
        nonlocal changed
        word = fold(match.group(0))
        if _known(word, words, synonyms):
            return match.group(0)
        better = closest(word)
        if better is None:
            return match.group(0)
        changed = True
        return better

    corrected = PART.sub(replace, query)
    return corrected if changed else None


def _count(backend, query, querysets):
    """How many records of ``querysets`` (one or several) ``query`` finds."""
    if not isinstance(querysets, (list, tuple)):
        querysets = [querysets]
    search_query = build_query(query)
    return sum(
        backend.search(search_query, queryset, operator="and").count() for queryset in querysets
    )


def search_count(query, querysets, backend=None):
    """How many records of ``querysets`` (one or several) the text ``query`` finds."""
    return _count(backend or get_search_backend(), query, querysets)


def _suggest(query, querysets, backend=None):
    """(the corrected query, what it finds) or None; see did_you_mean."""
    corrected = corrected_text(query)
    if corrected is None:
        return None
    backend = backend or get_search_backend()
    found = _count(backend, corrected, querysets)
    if not found or found <= _count(backend, query, querysets):
        return None
    return corrected, found


def did_you_mean(query, queryset, backend=None):
    """The query with its unknown words corrected, when that finds more in ``queryset``
    (or in a list of querysets together) than ``query`` itself; else None."""
    suggested = _suggest(query, queryset, backend)
    return suggested[0] if suggested else None


# Ways on from no results -------------------------------------------------------------


@dataclass
class WayOn:
    """A link to a search that finds something: its text, address and count."""

    text: str
    url: str
    count: int

    @property
    def count_text(self):
        return ngettext("%(n)s resultaat", "%(n)s resultaten", self.count) % {"n": self.count}


@dataclass
class OtherFilter:
    """A filter that is not a facet (a period): its label, the GET parameters it is made
    of, and what may be searched without it (with the facets still to be applied)."""

    label: str
    params: tuple
    queryset: object


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


def _url(params, base="", drop=(), **changes):
    params = params.copy()
    for name in ("pagina", *drop, *changes):
        params.pop(name, None)
    for name, value in changes.items():
        params[name] = value
    encoded = params.urlencode()
    return f"{base}?{encoded}" if encoded else base or "?"


def suggestion(params, query, querysets, *, base="", backend=None):
    """ "Bedoelde je ...?" as a link that runs the corrected query with the same filters
    (a ``WayOn``), or None. ``querysets``: what may be searched, filters applied."""
    if not query:
        return None
    suggested = _suggest(query, querysets, backend)
    if suggested is None:
        return None
    corrected, found = suggested
    return WayOn(corrected, _url(params, base, q=corrected), found)


def ways_on(
    params,
    queryset,
    query,
    *,
    selected=None,
    facets=(),
    options=None,
    other_filters=(),
    browse_label=None,
    backend=None,
    base="",
):
    """
    Links that lead on from a search that found nothing: the search without each chosen
    filter, and the query without its rarest word; only those that find something, each
    with its count (the suggested spelling is ``suggestion()``).

    ``params`` is the request's ``QueryDict``; ``queryset`` what may be searched before
    any facet filter (a list of querysets for the site search, which has no filters);
    ``other_filters`` the filters that are not facets (``OtherFilter``); with
    ``browse_label``, when nothing else helps, a link to the same filters without the
    query (the caller passes None when it offers a suggested spelling instead).
    """
    backend = backend or get_search_backend()
    selected = selected or {}
    options = options if options is not None else {f.param: f.options() for f in facets}
    if isinstance(queryset, (list, tuple)):
        everything = list(queryset)
    else:
        everything = filtered(queryset, selected, facets, options)
    ways = []
    for facet in facets:
        wanted = set(selected.get(facet.param, ()))
        chosen = [o.label for o in options[facet.param] if o.param in wanted]
        if not chosen:
            continue
        found = _count(
            backend, query, filtered(queryset, selected, facets, options, without=facet.param)
        )
        if found:
            label = _("Zonder filter %(facet)s: %(values)s") % {
                "facet": facet.label,
                "values": ", ".join(chosen),
            }
            ways.append(WayOn(label, _url(params, base, drop=[facet.param]), found))
    for other in other_filters:
        found = _count(backend, query, filtered(other.queryset, selected, facets, options))
        if found:
            label = _("Zonder filter %(filter)s") % {"filter": other.label}
            ways.append(WayOn(label, _url(params, base, drop=other.params), found))
    rest = _without_rarest_word(backend, query, everything)
    if rest is not None:
        word, shorter, found = rest
        text = _("Zoek zonder “%(word)s”: %(q)s") % {"word": word, "q": shorter}
        ways.append(WayOn(text, _url(params, base, q=shorter), found))
    if not ways and browse_label and not isinstance(everything, list):
        found = everything.count()
        if found:
            ways.append(WayOn(browse_label, _url(params, base, drop=["q"]), found))
    return ways


def _without_rarest_word(backend, query, querysets):
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
        found = _count(backend, shorter, querysets)
        if found and (best is None or found > best[2]):
            best = (word, shorter, found)
    return best
