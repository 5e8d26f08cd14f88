"""
The site search at /zoeken/: pages, then the areas the apps register (search/areas.py:
events, and motions for members), grouped by kind, with the editors' promoted results on
top. Suggestions for titles at /zoeken/suggesties/.
"""

import html
from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from modelsearch.query import PlainText
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.backends import get_search_backend

from .areas import site_search_areas
from .engine import WORDS, Sort, faceted_search
from .forms import FacetedSearchForm
from .highlight import excerpt
from .suggestions import suggestion, ways_on
from .tasks import record_search
from .visibility import pages_visible_to

PAGE_SIZE = 10
GROUP_PREVIEW = 5
SUGGESTIONS = 8


@dataclass
class ResultGroup:
    key: str
    label: str
    outcome: object
    more_url: str = ""


def _group(key, label, queryset, query, page, per_page, more_url=""):
    outcome = faceted_search(
        queryset, query=query, sort=Sort(label="", relevance=True), page=page, per_page=per_page
    )
    return ResultGroup(key=key, label=label, outcome=outcome, more_url=more_url)


@require_GET
def search(request):
    form = FacetedSearchForm(request.GET)
    values = form.values()
    query = values["q"]
    groups = []
    promotions = []
    suggested, ways = None, []
    if query:
        pages = pages_visible_to(request.user).specific()
        groups.append(_group("pages", _("Pagina's"), pages, query, values["page"], PAGE_SIZE))
        for item in groups[0].outcome.results:
            item.snippet = page_snippet(item, query)
        if values["page"] == 1:
            for area in site_search_areas():
                items = area.items_for(request.user)
                if items is None:
                    continue
                section = area.section_for(request)
                group = _group(
                    area.key,
                    area.label,
                    items,
                    query,
                    1,
                    GROUP_PREVIEW,
                    more_url=_section_url(section, query),
                )
                for item in group.outcome.results:
                    item.url = area.item_url(section, item, request) if section else ""
                groups.append(group)
            promotions = _promotions(query, request.user)
            # "Bedoelde je ...?" over everything the person may find; ways on from nothing.
            sources = [pages_visible_to(request.user)] + [
                items
                for area in site_search_areas()
                if (items := area.items_for(request.user)) is not None
            ]
            base = reverse("search")
            suggested = suggestion(request.GET, query, sources, base=base)
            if not any(group.outcome.total for group in groups) and not promotions:
                ways = ways_on(request.GET, sources, query, base=base)
        record_search.enqueue(query)
    context = {
        "form": form,
        "query": query,
        "groups": groups,
        "promotions": promotions,
        "total": sum(group.outcome.total for group in groups),
        "pages_outcome": groups[0].outcome if groups else None,
        "suggestion": suggested,
        "ways": ways,
    }
    return TemplateResponse(
        request, "search/search.html", context, status=400 if form.has_problems else 200
    )


def page_snippet(page, query):
    """A page's introduction (or description) as clean text, the searched words marked."""
    text = getattr(page, "introduction", "") or page.search_description or ""
    return excerpt(html.unescape(strip_tags(str(text))), query)


def _section_url(page, query):
    return f"{page.url}?{urlencode({'q': query})}" if page else ""


def _promotions(query, user):
    """The editors' promoted results for this search, leaving out pages the user may not see."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    visible = set(pages_visible_to(user).filter(pk__in=page_ids).values_list("pk", flat=True))
    return [pick for pick in picks if pick.page_id is None or pick.page_id in visible]


@require_GET
def suggestions(request):
    """Up to eight titles that start with what was typed, as JSON, for the search box."""
    words = WORDS.findall(request.GET.get("q", "")[:100])
    if not words or len(" ".join(words)) < 2:
        return JsonResponse({"suggestions": []})
    text = PlainText(" ".join(words), operator="and")
    backend = get_search_backend()
    found = []
    sources = [(_("Pagina"), pages_visible_to(request.user))]
    for area in site_search_areas():
        items = area.items_for(request.user)
        if items is not None:
            sources.append((area.kind, items))
    for kind, queryset in sources:
        if len(found) >= SUGGESTIONS:
            break
        for item in backend.autocomplete(text, queryset)[: SUGGESTIONS - len(found)]:
            found.append({"title": item.title, "kind": str(kind)})
    response = JsonResponse({"suggestions": found})
    response["Cache-Control"] = "private, max-age=60"
    return response
