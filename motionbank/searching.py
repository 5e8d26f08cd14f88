"""
The motion bank's search: its facets and sorts on the shared mechanism in search/, result
cards, and related motions. The views pass a queryset already narrowed to what the user
may see (motionbank.access.visible_motions).
"""

import re
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.search.backends import get_search_backend

from search.engine import Sort, faceted_search
from search.facets import Facet, Option
from search.forms import FacetedSearchForm
from search.highlight import excerpt, mentions, query_terms
from search.related import like_results
from search.suggestions import filtered

from .models import GoverningBody, Motion, Theme
from .models.motions import DocumentType, Outcome
from .models.reference import PROVINCE_CHOICES, Tier
from .text import keywords

PER_PAGE = 20
FIRST_YEAR = 1990
RELATED_LIMIT = 5


def theme_options():
    return [
        Option(param=slug, value=pk, label=name)
        for pk, slug, name in Theme.objects.values_list("pk", "slug", "name")
    ]


def governing_body_options():
    options = []
    for pk, code, name, tier in GoverningBody.objects.values_list("pk", "code", "name", "tier"):
        label = f"Provincie {name}" if tier == Tier.PROVINCE else name
        options.append(Option(param=code, value=pk, label=label))
    return options


def year_options():
    return [
        Option(param=str(year), value=year, label=str(year))
        for year in range(timezone.localdate().year, FIRST_YEAR - 1, -1)
    ]


FACETS = [
    Facet("soort", "document_type", _("Soort"), DocumentType.choices),
    Facet("thema", "theme", _("Thema"), theme_options),
    Facet("uitslag", "outcome", _("Uitslag"), Outcome.choices),
    Facet("laag", "tier", _("Bestuurslaag"), Tier.choices),
    Facet("provincie", "province", _("Provincie"), PROVINCE_CHOICES),
    Facet(
        "orgaan",
        "governing_body",
        _("Gemeente, provincie of waterschap"),
        governing_body_options,
        order="count",
        show=10,
    ),
    Facet("jaar", "year", _("Jaar"), year_options),
]

SORTS = {
    "relevantie": Sort(_("Best passend"), ("-date_submitted", "-pk"), relevance=True),
    "nieuwste": Sort(_("Nieuwste eerst"), ("-date_submitted", "-pk")),
    "oudste": Sort(_("Oudste eerst"), ("date_submitted", "pk")),
}
DEFAULT_SORT = "relevantie"


def search_form(data):
    return FacetedSearchForm(data, facets=FACETS, sorts=SORTS, default_sort=DEFAULT_SORT)


def run_search(queryset, form, per_page=PER_PAGE, backend=None, values=None):
    """The motion bank's search: (the parsed request, the SearchOutcome). ``values``
    are ``form.values()`` if the caller has them already; ``backend`` is for the
    benchmark (the site uses the configured one). A search by relevance that finds
    less than a page fills its first page with related motions (``outcome.related``,
    search.related), with the same filters."""
    values = form.values() if values is None else values
    sort = SORTS[values["sort"]]
    outcome = faceted_search(
        queryset.for_cards(),
        query=values["q"],
        selected=values["selected"],
        facets=FACETS,
        sort=sort,
        page=values["page"],
        per_page=per_page,
        options=form.options,
        expanded=form.expanded,
        backend=backend,
    )
    short = outcome.page.number == 1 and 0 < outcome.total < per_page
    if sort.relevance and values["q"] and short:
        narrowed = filtered(queryset.for_cards(), values["selected"], FACETS, form.options)
        outcome.related = like_results(
            outcome.results, narrowed, values["q"], per_page - outcome.total, backend
        )
    return values, outcome


@dataclass
class ResultCard:
    motion: Motion
    url: str
    snippet: str


LIST_MARKER = re.compile(r"(?m)^\s*[-•*]\s+")


def snippet_for(motion, query):
    """A highlighted excerpt from the first part of the motion with a word that starts
    with a search word (as search.highlight marks them), else the start of its summary
    or text. List dashes at the start of lines are left out."""
    parts = [
        LIST_MARKER.sub("", part or "")
        for part in (motion.summary, *motion.part_texts(), motion.extracted_text)
    ]
    terms = query_terms(query)
    if terms:
        for part in parts:
            if mentions(part, terms):
                return excerpt(part, query)
    first = next((part for part in parts if part.strip()), "")
    return excerpt(first, query)


def result_cards(page, motions, query):
    base = page.url
    return [
        ResultCard(
            motion=motion,
            url=page.motion_url(motion, base=base),
            snippet=snippet_for(motion, query),
        )
        for motion in motions
    ]


RELATED_SECONDS = 3600


def related_motions(motion, queryset, limit=RELATED_LIMIT):
    """Up to ``limit`` motions on the same theme with similar words, found by the search
    engine; topped up with the newest on the theme. Never the motion itself.

    Finding them means ranking thousands of candidates, so the ids found are kept in the
    cache for an hour (or until the motion changes); what is shown is read through
    ``queryset`` each time, so a motion withdrawn since is never listed."""
    candidates = queryset.filter(theme=motion.theme_id).exclude(pk=motion.pk).for_listing()
    changed = motion.last_published_at.timestamp() if motion.last_published_at else ""
    key = f"motionbank:related:{motion.pk}:{motion.theme_id}:{changed}"
    ids = cache.get_or_set(
        key, lambda: [item.pk for item in _find_related(motion, candidates, limit)], RELATED_SECONDS
    )
    found = candidates.in_bulk(ids)
    related = [found[pk] for pk in ids if pk in found]
    if len(related) < limit:
        seen = [item.pk for item in related]
        related += list(
            candidates.exclude(pk__in=seen).order_by("-date_submitted", "-pk")[
                : limit - len(related)
            ]
        )
    return related


# A word in more of the bank than this (and in more motions than COMMON_MIN) says little
# about what a motion is about, and searching for it ranks much of the bank.
COMMON_SHARE = 0.05
COMMON_MIN = 1000
TELLING_MIN = 3  # fewer rarer words than this: the least common of the others make up


def telling_words(text, queryset, limit):
    """Up to ``limit`` words that say what a text is about: its most frequent long words
    (motionbank.text.keywords), leaving out those common in the bank when the search
    backend knows how common they are (the database backend's fast path)."""
    candidates = keywords(text, limit=3 * limit)
    counting = getattr(get_search_backend(), "document_counts", None)
    if not candidates or counting is None:
        return candidates[:limit]
    found = counting(queryset.model, candidates, using=queryset.db)
    if not found:
        return candidates[:limit]
    counts, total = found
    threshold = max(COMMON_MIN, COMMON_SHARE * total)
    known = [word for word in candidates if counts.get(word) is not None]
    telling = [word for word in known if counts[word] <= threshold][:limit]
    enough = min(TELLING_MIN, limit)
    if len(telling) < enough:
        others = sorted((word for word in known if word not in telling), key=counts.get)
        telling += others[: enough - len(telling)]
    return telling


def _find_related(motion, candidates, limit):
    telling = telling_words(
        f"{motion.title} {motion.title} {motion.summary} {motion.text}", candidates, limit=8
    )
    if not telling:
        return []
    backend = get_search_backend()
    return list(backend.search(" ".join(telling), candidates, operator="or")[:limit])
