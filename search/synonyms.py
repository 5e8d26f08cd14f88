"""
Synonyms and abbreviations that staff manage in the admin (the ``Synonym`` snippet):
"OZB" = "onroerendezaakbelasting", "Wmo" = "Wet maatschappelijke ondersteuning".

They are applied when a query is parsed (``search.engine.build_query``): a word or a
run of words that is one of the terms of an entry becomes
``Or([what was typed, Phrase(other term), ...])`` inside the query's ``And``. Only
modelsearch's own query classes, so the database fast path, Wagtail's backends and
Elasticsearch/OpenSearch all answer it. The terms of an entry are equivalent both ways:
a search for "onroerendezaakbelasting" finds the motions that only say "OZB".

The map is kept in Django's cache (``CACHE_SECONDS``) and dropped when an entry is
saved or deleted.
"""

import re

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

try:  # The Dutch analysis, when it is there; the fast path's folding otherwise.
    from .analysis.dutch import fold
except ImportError:  # pragma: no cover
    from .fastindex.text import fold

CACHE_KEY = "search:synonyms:v1"
CACHE_SECONDS = 300
MAX_TERM_WORDS = 6  # a term of more words than this is not looked for in queries

WORD = re.compile(r"\w+", re.UNICODE)


def key_for(text):
    """What a term is looked up by: its folded words."""
    return tuple(WORD.findall(fold(text or "")))


def build_map(entries):
    """``{folded words of a term: [every other term of its entries, as written]}`` from
    ``(term, [equivalents])`` pairs."""
    groups = {}
    for term, equivalents in entries:
        terms = [term, *equivalents]
        for one in terms:
            key = key_for(one)
            if not key or len(key) > MAX_TERM_WORDS:
                continue
            others = groups.setdefault(key, [])
            for other in terms:
                if key_for(other) != key and other.strip() not in others:
                    others.append(other.strip())
    return groups


def _load():
    from .models import Synonym

    entries = [
        (synonym.term, synonym.equivalent_list()) for synonym in Synonym.objects.order_by("pk")
    ]
    return build_map(entries)


def synonym_map():
    """The synonyms of every term, from the cache or the database."""
    return cache.get_or_set(CACHE_KEY, _load, CACHE_SECONDS)


def forget(**kwargs):
    cache.delete(CACHE_KEY)


def connect():
    from .models import Synonym

    post_save.connect(forget, sender=Synonym, dispatch_uid="search.synonyms.saved")
    post_delete.connect(forget, sender=Synonym, dispatch_uid="search.synonyms.deleted")


def longest_match(words, synonyms, start):
    """The number of words from ``start`` that form a term with synonyms (longest first),
    or 0."""
    window = words[start : start + MAX_TERM_WORDS]
    for length in range(len(window), 0, -1):
        key = tuple(part for word in window[:length] for part in key_for(word))
        if key in synonyms:
            return length
    return 0
