"""The Event snippet in the admin: filters, a Dutch date column, CSV/XLSX export, inspect view."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.models import Revision
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

import django_filters

from agenda import dates
from agenda.models import Event, EventFormat, EventType
from agenda.models.events import REGION_CHOICES
from home.models import Audience
from home.spreadsheets import SafeSpreadsheetExportMixin


class EventFilterSet(WagtailFilterSet):
    """Every filter maps to an ``index.FilterField``, so it combines with the admin search."""

    when = django_filters.ChoiceFilter(
        label=_("Wanneer"),
        choices=[("komend", _("Komend of bezig")), ("voorbij", _("Voorbij"))],
        method="filter_when",
        empty_label=_("Alles"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[
            ("gepubliceerd", _("Gepubliceerd")),
            ("gewijzigd", _("Gepubliceerd, met niet-gepubliceerde wijzigingen")),
            ("concept", _("Concept")),
            ("gepland", _("Gepland")),
        ],
        method="filter_status",
        empty_label=_("Alles"),
    )
    event_type = django_filters.ChoiceFilter(
        label=_("Soort activiteit"), choices=EventType.choices, empty_label=_("Alles")
    )
    audiences = django_filters.ModelMultipleChoiceFilter(
        label=_("Voor wie"), queryset=Audience.objects.all(), method="filter_audiences"
    )
    format = django_filters.ChoiceFilter(
        label=_("Vorm"), choices=EventFormat.choices, empty_label=_("Alles")
    )
    region = django_filters.ChoiceFilter(
        label=_("Regio"), choices=REGION_CHOICES, empty_label=_("Alles")
    )
    members_only = django_filters.BooleanFilter(label=_("Alleen voor leden"))
    cancelled = django_filters.BooleanFilter(label=_("Gaat niet door"))

    class Meta:
        model = Event
        fields = []

    def filter_when(self, queryset, name, value):
        if value == "komend":
            return queryset.upcoming()
        if value == "voorbij":
            return queryset.past()
        return queryset

    def filter_status(self, queryset, name, value):
        if value == "gepubliceerd":
            return queryset.filter(live=True, has_unpublished_changes=False)
        if value == "gewijzigd":
            return queryset.filter(live=True, has_unpublished_changes=True)
        if value == "concept":
            return queryset.filter(live=False)
        if value == "gepland":
            scheduled = Revision.objects.filter(
                base_content_type=ContentType.objects.get_for_model(Event),
                approved_go_live_at__isnull=False,
            ).values_list("object_id", flat=True)
            return queryset.filter(pk__in=[int(pk) for pk in scheduled])
        return queryset

    def filter_audiences(self, queryset, name, value):
        if not value:
            return queryset
        # Through the link table, so that the filter also works on search results.
        through = Event.audiences.through
        ids = through.objects.filter(audience__in=value).values_list("event_id", flat=True)
        return queryset.filter(pk__in=list(ids))


def _local(value):
    return dates.local(value).strftime("%Y-%m-%d %H:%M") if value else ""


class EventIndexView(SafeSpreadsheetExportMixin, IndexView):
    # Text that a spreadsheet would take for a formula is neutralised (home/spreadsheets.py).
    # Times in the export are local (Europe/Amsterdam), as editors entered them.
    custom_field_preprocess = {
        "start": {"csv": _local, "xlsx": _local},
        "end": {"csv": _local, "xlsx": _local},
        "registration_deadline": {"csv": _local, "xlsx": _local},
    }


class EventViewSet(SnippetViewSet):
    model = Event
    icon = "date"
    menu_label = _("Agenda")
    menu_name = "agenda"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = EventIndexView
    filterset_class = EventFilterSet
    ordering = ["start", "pk"]
    list_per_page = 50
    list_display = [
        "title",
        Column("when", label=_("Wanneer"), sort_key="start"),
        Column("get_event_type_display", label=_("Soort")),
        Column("get_format_display", label=_("Vorm")),
        Column("get_region_display", label=_("Regio")),
        BooleanColumn("members_only", label=_("Leden")),
        BooleanColumn("cancelled", label=_("Gaat niet door")),
    ]
    list_export = [
        "title",
        "start",
        "end",
        "all_day",
        "event_type",
        "format",
        "region",
        "audience_names",
        "venue_name",
        "venue_address",
        "registration_url",
        "registration_deadline",
        "costs",
        "capacity_note",
        "members_only",
        "cancelled",
        "live",
        "ical_uid",
    ]
    export_headings = {
        "title": _("Titel"),
        "start": _("Begin"),
        "end": _("Einde"),
        "all_day": _("Hele dag"),
        "event_type": _("Soort"),
        "format": _("Vorm"),
        "region": _("Regio"),
        "audience_names": _("Voor wie"),
        "venue_name": _("Locatie"),
        "venue_address": _("Adres"),
        "registration_url": _("Aanmeldlink"),
        "registration_deadline": _("Aanmelden kan tot"),
        "costs": _("Kosten"),
        "capacity_note": _("Aantal plaatsen"),
        "members_only": _("Alleen voor leden"),
        "cancelled": _("Gaat niet door"),
        "live": _("Gepubliceerd"),
        "ical_uid": _("Kalender-ID"),
    }
    export_filename = "clb-agenda"
    inspect_view_enabled = True
    inspect_view_fields = [
        "title",
        "when",
        "event_type",
        "format",
        "venue_name",
        "venue_address",
        "region",
        "audiences",
        "related_page",
        "registration_url",
        "registration_deadline",
        "costs",
        "capacity_note",
        "members_only",
        "cancelled",
        "description",
        "ical_uid",
        "sequence",
    ]
