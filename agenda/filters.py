"""
Filtering the agenda through the site's one faceted-search mechanism (``search/``).

The agenda page, its archive and the calendar feeds all call ``search_events`` with a
queryset already narrowed to what the person may see (``Event.objects.visible_to``) and
to upcoming or past events; the period is applied here, the facets, the text and the
paging by ``search.engine.faceted_search``. So a feed holds exactly what the page shows.
"""

from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from agenda.forms import AgendaFilterForm, Period, period_bounds
from agenda.models import EventFormat, EventType
from agenda.models.events import REGION_CHOICES
from home.models import Audience
from search.engine import Sort, faceted_search
from search.facets import Facet, choices_from_queryset

FACETS = [
    Facet("soort", "event_type", _("Soort activiteit"), EventType.choices),
    Facet(
        "doelgroep",
        "audiences",
        _("Voor wie"),
        choices_from_queryset(Audience.objects.all(), "slug"),
        many_to_many=True,
    ),
    Facet("vorm", "format", _("Vorm"), EventFormat.choices),
    Facet("regio", "region", _("Regio"), REGION_CHOICES),
]

UPCOMING_SORTS = {"datum": Sort(label=_("Datum"), order_by=("start", "id"))}
ARCHIVE_SORTS = {"datum": Sort(label=_("Datum, nieuwste eerst"), order_by=("-start", "-id"))}


@dataclass
class Selection:
    form: AgendaFilterForm
    values: dict
    outcome: object = None
    """search.engine.SearchOutcome, once searched."""

    @property
    def has_problems(self):
        return self.form.has_problems

    @property
    def is_filtered(self):
        values = self.values
        return bool(
            values["q"]
            or any(values["selected"].values())
            or values["periode"]
            or values["van"]
            or values["tot"]
        )

    def querydict(self):
        """The valid part of the selection as GET parameters (for feed links)."""
        params = QueryDict(mutable=True)
        if self.values["q"]:
            params["q"] = self.values["q"]
        for facet in FACETS:
            if self.values["selected"].get(facet.param):
                params.setlist(facet.param, self.values["selected"][facet.param])
        if self.values["periode"]:
            params["periode"] = self.values["periode"]
        for name in ("van", "tot"):
            if self.values[name]:
                params[name] = self.values[name].isoformat()
        return params

    def querystring(self):
        params = self.querydict()
        return "?" + params.urlencode() if params else ""

    def summary(self):
        """The selection in words: 'Wethouders, komende drie maanden'."""
        parts = []
        for facet in FACETS:
            chosen = set(self.values["selected"].get(facet.param, ()))
            parts.extend(
                option.label for option in self.form.options[facet.param] if option.param in chosen
            )
        if self.values["periode"]:
            parts.append(str(Period(self.values["periode"]).label).lower())
        if self.values["van"]:
            parts.append(_("vanaf %(day)s") % {"day": self.values["van"].strftime("%d-%m-%Y")})
        if self.values["tot"]:
            parts.append(_("tot en met %(day)s") % {"day": self.values["tot"].strftime("%d-%m-%Y")})
        if self.values["q"]:
            parts.append(_("met “%(q)s”") % {"q": self.values["q"]})
        return ", ".join(str(part) for part in parts)


def parse_selection(data, *, archive=False):
    """Read a selection from GET parameters, without searching."""
    sorts = ARCHIVE_SORTS if archive else UPCOMING_SORTS
    form = AgendaFilterForm(data, facets=FACETS, sorts=sorts, archive=archive)
    return Selection(form=form, values=form.values())


def search_events(data, queryset, *, now, per_page, archive=False, first_page_only=False):
    """Parse the GET parameters in ``data`` and search ``queryset`` with them."""
    selection = parse_selection(data, archive=archive)
    return search_selection(
        selection, queryset, now=now, per_page=per_page, first_page_only=first_page_only
    )


def search_selection(selection, queryset, *, now, per_page, first_page_only=False):
    """Search ``queryset`` with a parsed selection; sets and returns it with its outcome."""
    form, values = selection.form, selection.values
    sorts = ARCHIVE_SORTS if form.archive else UPCOMING_SORTS
    begin, until = period_bounds(values, now)
    outcome = faceted_search(
        queryset.overlapping(begin, until),
        query=values["q"],
        selected=values["selected"],
        facets=FACETS,
        sort=sorts[values["sort"]],
        page=1 if first_page_only else values["page"],
        per_page=per_page,
        options=form.options,
    )
    selection.outcome = outcome
    return selection
