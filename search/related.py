"""
"Verwant aan je zoekopdracht": when a search finds less than a page, the rest of its
first page shows the records most like its best results, which share no query word
with it (pseudo-relevance feedback, after Lavrenko and Croft's relevance models: the
first results say what the member means, their telling words find more of it).

    like_results(outcome.results, narrowed, "coach", limit=15)

The telling words are the words of the first ``FEEDBACK_RESULTS`` results (all their
searchable text, as the index has it), each weighed by its share of a result's words
summed over the results, times how rare it is in the site's vocabulary
(search.suggestions: the number of records with the word, against that of its
commonest word). A word of the query (its stem or a compound part of it), a word in
fewer than ``MIN_RECORDS`` records (a name, a typo) or in more than ``COMMON_SHARE`` of
the records is left out; forms of one stem count as one word. The best
``FEEDBACK_WORDS`` are searched for as a ``SomeOf`` (records with the most of them
first) among what the search ran over, without its results. They are shown apart from
the results and are not counted in the total or the facets.
"""

import math
from collections import Counter, defaultdict

from modelsearch.query import PlainText
from wagtail.search.backends import get_search_backend

from .analysis.dutch import query_parts, query_terms, stem, words
from .fastindex.text import document_for
from .queries import SomeOf
from .suggestions import commonest_frequency, vocabulary

FEEDBACK_RESULTS = 5
FEEDBACK_WORDS = 6
MIN_RECORDS = 2
COMMON_MIN = 5  # a word in this many records or fewer is never too common
COMMON_SHARE = 0.01
MIN_LENGTH = 4


def _query_stems(query):
    found = set()
    for word in words(query):
        found.update(query_terms(word))
        found.update(query_parts(word))
    return found


def feedback_words(objects, query, limit=FEEDBACK_WORDS):
    """The telling words of ``objects`` (the first results of ``query``), best first."""
    known = vocabulary()
    if not known or not objects:
        return []
    model = type(objects[0])
    # The records the vocabulary counted in, nearly: its commonest word is in most of
    # them (counting the table instead costs a scan of it, 25 ms at 100,000 motions).
    records = commonest_frequency()
    # Whole, with what their related fields name (a search result may hold a few columns).
    first = [obj.pk for obj in objects[:FEEDBACK_RESULTS]]
    found = model.get_indexed_objects().in_bulk(first)
    objects = [found[pk] for pk in first if pk in found]
    skip = _query_stems(query)
    common = max(COMMON_MIN, COMMON_SHARE * records)
    weights = defaultdict(float)
    forms = defaultdict(Counter)
    for obj in objects:
        document = document_for(obj)
        text = [
            word
            for word in words(" ".join(document.title + document.head + document.body))
            if len(word) >= MIN_LENGTH and word.isalpha()
        ]
        for word, count in Counter(text).items():
            frequency = known.get(word)
            if frequency is None or not MIN_RECORDS <= frequency <= common:
                continue
            key = stem(word)
            if key in skip or word in skip:
                continue
            weights[key] += count / len(text) * math.log(1 + records / frequency)
            forms[key][word] += count
    best = sorted(weights, key=lambda key: (-weights[key], key))[:limit]
    return [forms[key].most_common(1)[0][0] for key in best]


def like_results(results, queryset, query, limit, backend=None):
    """Up to ``limit`` records of ``queryset`` most like ``results`` (the first page of
    a search for ``query`` in it), not among them; [] when there is nothing to go on."""
    results = list(results)
    if not results or limit <= 0:
        return []
    telling = feedback_words(results, query)
    if not telling:
        return []
    backend = backend or get_search_backend()
    others = queryset.exclude(pk__in=[obj.pk for obj in results])
    query = SomeOf([PlainText(word) for word in telling])
    return list(backend.search(query, others, operator="or")[:limit])
