"""
The one faceted-search function of the site, on Wagtail's search API.

    outcome = faceted_search(
        Motion.objects.live(), query="armoede", selected={"provincie": ["Zeeland"]},
        facets=MOTION_FACETS, sort=SORTS["relevantie"], page=1, per_page=20,
    )

The caller passes a queryset already narrowed to what the user may see (live, members
only...). Filters combine with AND across facets and OR within one; a facet's counts
apply every other facet's filter but not its own, so a person can widen a choice.
Results are counted and sliced by the search engine; nothing is fetched whole.
See docs/search.md.
"""

import logging
import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from modelsearch.query import MATCH_ALL, And, Or, Phrase, PlainText
from wagtail.search.backends import get_search_backend

from .analysis.dutch import query_parts, query_words
from .facets import FacetOption, FacetResult
from .queries import SomeOf
from .synonyms import key_for, longest_match, synonym_map

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sort:
    label: str
    order_by: tuple[str, ...] = ()
    relevance: bool = False
    """Order by relevance when there is query text; otherwise fall back to order_by."""


@dataclass
class SearchOutcome:
    page: object
    """A Django paginator page; ``page.object_list`` holds the results."""
    total: int
    facets: list[FacetResult]
    query: str
    notice: str = ""
    """Shown to the user when the search had to answer from the fallback index."""
    errors: list[str] = field(default_factory=list)
    related: list = field(default_factory=list)
    """Records like the results, besides them (search.related; the motion bank's)."""

    @property
    def results(self):
        return self.page.object_list


FALLBACK_NOTICE = _(
    "De zoekmachine is even niet bereikbaar. Deze resultaten komen uit de reservezoekfunctie "
    "en kunnen iets anders gesorteerd zijn."
)


WORDS = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def build_query(text, synonyms=None):
    """
    Parse what a person typed: every word must match; "words in quotes" as a phrase.
    Only words reach the engine, never its own syntax (no operators, fields or
    wildcards), so no query can break it. Text without words lists everything.

    A word or run of words that is a term with synonyms (search/synonyms.py; ``synonyms``
    is the map, the staff's list by default) matches any of its terms:
    ``Or([PlainText("OZB"), Phrase("onroerendezaakbelasting")])``.
    """
    parts = (text or "").split('"')
    if len(parts) % 2 == 0:  # an unpaired quote: no phrases
        parts = [" ".join(parts)]
    queries = []
    for position, part in enumerate(parts):
        words = [word.replace("’", "'") for word in WORDS.findall(part)]
        if not words:
            continue
        if synonyms is None:
            synonyms = synonym_map()
        if position % 2 and len(words) > 1:
            phrase = " ".join(words)
            alternatives = synonyms.get(key_for(phrase)) if synonyms else None
            typed = Phrase(phrase)
            queries.append(_any_of(typed, alternatives) if alternatives else typed)
        else:
            queries.extend(_words_query(words, synonyms))
    if not queries:
        return MATCH_ALL
    return queries[0] if len(queries) == 1 else And(queries)


# A relaxed query is matched by one query of the text per word, per compound part and
# per synonym besides its own: more than this many, and the search stays as it was.
MAX_RELAXED_TERMS = 16


def relaxed_query(text, synonyms=None):
    """What a search whose words together find too little is widened to: a ``SomeOf``
    each word, each run of words with synonyms and each phrase (search/queries.py), so
    a motion with some of them is found too, those with the most of them first (a
    compound word counts the share of its parts a motion has). None when that is no
    wider than ``build_query(text)`` (one word, not a compound) or would cost more than
    MAX_RELAXED_TERMS matches."""
    strict = build_query(text, synonyms)
    if strict is MATCH_ALL:
        return None
    concepts = []
    for sub in strict.subqueries if isinstance(strict, And) else [strict]:
        if isinstance(sub, PlainText):
            found = WORDS.findall(sub.query_string)
            concepts.extend(PlainText(word) for word in found if query_words(word))
        elif isinstance(sub, Or) and isinstance(sub.subqueries[0], Phrase):
            # Words with synonyms ("openbaar vervoer", OV): what was typed, or some of
            # its words (counting the share of them), or a synonym.
            typed = PlainText(sub.subqueries[0].query_string, operator="or")
            concepts.append(Or([typed, *sub.subqueries[1:]]))
        else:
            concepts.append(sub)
    terms = 0
    wider = len(concepts) > 1
    for concept in concepts:
        for alternative in concept.subqueries if isinstance(concept, Or) else [concept]:
            if not isinstance(alternative, PlainText):
                terms += 1
                continue
            found = WORDS.findall(alternative.query_string)
            parts = sum(len(query_parts(word)) for word in found)
            # A compound word, or one of several typed words, may now match alone.
            wider = wider or parts > 0 or len(found) > 1
            terms += len(found) + parts
    if not wider or terms > MAX_RELAXED_TERMS:
        return None
    return SomeOf(concepts)


def _term(text):
    words = WORDS.findall(text)
    return Phrase(" ".join(words)) if len(words) > 1 else PlainText(text, operator="and")


def _any_of(typed, alternatives):
    return Or([typed, *(_term(other) for other in alternatives)])


def _words_query(words, synonyms):
    """The words, all required: one PlainText, and an Or for each term with synonyms."""
    plain, expanded = [], []
    position = 0
    while position < len(words):
        length = longest_match(words, synonyms, position) if synonyms else 0
        if not length:
            plain.append(words[position])
            position += 1
            continue
        typed = words[position : position + length]
        alternatives = synonyms[tuple(part for word in typed for part in key_for(word))]
        expanded.append(_any_of(_term(" ".join(typed)), alternatives))
        position += length
    queries = [PlainText(" ".join(plain), operator="and")] if plain else []
    return queries + expanded


def _search(backend, query, queryset, sort):
    relevance = sort.relevance and query is not MATCH_ALL
    if not relevance and sort.order_by:
        # Search backends know the primary key as "id" (a FilterField), not "pk".
        order_by = [
            field.replace("pk", "id") if field.lstrip("-") == "pk" else field
            for field in sort.order_by
        ]
        queryset = queryset.order_by(*order_by)
    return backend.search(query, queryset, operator="and", order_by_relevance=relevance)


def faceted_search(
    queryset,
    *,
    query="",
    selected=None,
    facets=(),
    sort=Sort(label="", relevance=True),
    page=1,
    per_page=20,
    backend=None,
    options=None,
    expanded=(),
):
    """
    Search ``queryset``; return a page of results, the total and the facet counts.

    ``selected`` maps a facet's URL parameter to the chosen URL values; ``options`` (from
    the form, to save queries) maps it to the facet's ``Option`` list. ``expanded``
    names the facets whose options are all listed, even past ``Facet.show``.
    """
    backend = backend or get_search_backend()
    selected = selected or {}
    search_query = build_query(query)
    if options is None:
        options = {facet.param: facet.options() for facet in facets}

    def index_values(facet):
        wanted = set(selected.get(facet.param, ()))
        return [option.value for option in options[facet.param] if option.param in wanted]

    conditions = {
        facet.param: facet.condition(queryset.model, values)
        for facet in facets
        if (values := index_values(facet))
    }

    def narrowed(except_facet=None):
        narrowed_qs = queryset
        for facet in facets:
            if facet is not except_facet and facet.param in conditions:
                narrowed_qs = narrowed_qs.filter(conditions[facet.param])
        return narrowed_qs

    results = _search(backend, search_query, narrowed(), sort)
    paginator = Paginator(results, per_page)
    if sort.relevance and search_query is not MATCH_ALL and paginator.count < per_page:
        # Fewer than a page of results with every word: motions with some of them follow.
        relaxed = relaxed_query(query)
        if relaxed is not None:
            search_query = relaxed
            results = _search(backend, search_query, narrowed(), sort)
            paginator = Paginator(results, per_page)
    page_obj = paginator.get_page(page)
    # Evaluate now, inside the engine, so a failing engine is noticed here.
    page_obj.object_list = list(page_obj.object_list)

    facet_results = []
    for facet in facets:
        if facet.param in conditions:
            facet_search = _search(backend, search_query, narrowed(except_facet=facet), sort)
        else:
            # Nothing chosen in this facet: "every other filter" is every filter, so its
            # counts come from the results' own search (one search less per facet).
            facet_search = results
        counts = facet_counts(facet_search, facet, queryset.model)
        facet_results.append(
            _facet_result(facet, options[facet.param], counts, selected, facet.param in expanded)
        )

    notice = FALLBACK_NOTICE if getattr(results, "used_fallback", False) else ""
    return SearchOutcome(
        page=page_obj,
        total=paginator.count,
        facets=facet_results,
        query=query,
        notice=notice,
    )


def facet_counts(results, facet, model):
    """Counts per index value for one facet, from the search engine."""
    return dict(results.facet(facet.attname(model)))


def _facet_result(facet, options, counts, selected, expanded=False):
    result = _listed(facet, options, counts, selected, expanded)
    for place, option in enumerate(result.options, start=1):
        option.input_id = f"f-{facet.param}-{place}"
    return result


def _listed(facet, options, counts, selected, expanded):
    wanted = set(selected.get(facet.param, ()))
    listed = []
    for option in options:
        count = counts.get(option.value, 0)
        is_selected = option.param in wanted
        if count or is_selected or not facet.hide_empty:
            listed.append(
                FacetOption(
                    param=option.param, label=option.label, count=count, selected=is_selected
                )
            )
    if facet.order == "count":
        listed.sort(key=lambda option: (-option.count, option.label))
    if facet.show is None or len(listed) <= facet.show:
        return FacetResult(facet=facet, options=listed)
    if expanded:
        return FacetResult(facet=facet, options=listed, expanded=True)
    # The first ``show`` options and every selected one, in the listed order.
    shown = {id(option) for option in listed[: facet.show]}
    kept = [option for option in listed if id(option) in shown or option.selected]
    return FacetResult(facet=facet, options=kept, hidden=len(listed) - len(kept))
