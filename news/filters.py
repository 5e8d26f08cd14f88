"""
The news archive's filters, through the site's one faceted-search mechanism (``search/``).

Themes are a facet (``?thema=wonen``, many to many, with counts); the year (``?jaar=2026``)
is not a facet but narrows the queryset before the search, as the agenda's period does.
Like every faceted form, nothing in the URL causes an error page: an unknown theme or
year, a page number out of range or an over-long query is dropped with a Dutch message
and the rest applies.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.apps import apps
from django.utils.translation import gettext_lazy as _

from search.engine import Sort, faceted_search
from search.facets import Facet, choices_from_queryset
from search.forms import FacetedSearchForm

MIN_YEAR = 2000
MAX_YEAR = 2100


def theme_options():
    Theme = apps.get_model("motionbank", "Theme")
    return choices_from_queryset(Theme.objects.order_by("sort_order", "name"), "slug")()


FACETS = [Facet("thema", "themes", _("Thema"), theme_options, many_to_many=True)]
SORTS = {"datum": Sort(label=_("Datum, nieuwste eerst"), order_by=("-date", "-id"))}


class NewsArchiveForm(FacetedSearchForm):
    jaar = forms.IntegerField(label=_("Jaar"), required=False)

    def __init__(self, data, *, years=(), **kwargs):
        super().__init__(data, facets=FACETS, sorts=SORTS, **kwargs)
        self.years = list(years)

    def values(self):
        data = super().values()
        year = self.cleaned_data.get("jaar")
        if "jaar" in self.errors or (year is not None and year not in self.years):
            self.messages.append(_("Uit dit jaar hebben we geen nieuws; je ziet alle jaren."))
            year = None
        data["jaar"] = year
        return data


@dataclass
class Selection:
    form: NewsArchiveForm
    values: dict
    outcome: object = None

    @property
    def has_problems(self):
        return self.form.has_problems

    @property
    def is_filtered(self):
        values = self.values
        return bool(values["q"] or values["jaar"] or any(values["selected"].values()))


def available_years(queryset):
    """The years with news in ``queryset``, newest first."""
    return [
        day.year
        for day in queryset.dates("date", "year", order="DESC")
        if MIN_YEAR <= day.year <= MAX_YEAR
    ]


def search_articles(data, queryset, *, per_page):
    """Parse the GET parameters in ``data`` and search ``queryset`` (already narrowed
    to what the visitor may see) with them: one page of articles and the theme counts."""
    form = NewsArchiveForm(data, years=available_years(queryset))
    values = form.values()
    if values["jaar"]:
        year = values["jaar"]
        queryset = queryset.filter(
            date__gte=datetime.date(year, 1, 1), date__lt=datetime.date(year + 1, 1, 1)
        )
    outcome = faceted_search(
        queryset,
        query=values["q"],
        selected=values["selected"],
        facets=FACETS,
        sort=SORTS[values["sort"]],
        page=values["page"],
        per_page=per_page,
        options=form.options,
    )
    return Selection(form=form, values=values, outcome=outcome)
