"""The Event snippet in the admin: filters, a Dutch date column, CSV/XLSX export, inspect
view, the registrations per event; the registrations (attendee lists) as a model viewset."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import IndexView as ModelIndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Revision
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

import django_filters

from agenda import dates
from agenda.models import Event, EventFormat, EventType, Registration, RegistrationStatus
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


class RegistrationsColumn(Column):
    """ "12/25 · open" for an event with registration on the site, linked to its attendee
    list; counts come from the listing's one query (``EventIndexView.get_base_queryset``)."""

    cell_template_name = "agenda/admin/registrations_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["registers_on_site"] = instance.registers_on_site
        if instance.registers_on_site:
            confirmed = getattr(instance, "confirmed_count", 0)
            capacity = instance.capacity
            context["places"] = f"{confirmed}/{capacity}" if capacity is not None else confirmed
            context["waiting"] = getattr(instance, "waiting_count", 0)
            context["state"] = instance.registration_state().label
            context["url"] = reverse("agenda_registrations:index") + f"?event={instance.pk}"
        return context


def with_registration_counts(queryset):
    return queryset.annotate(
        confirmed_count=Count(
            "registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)
        ),
        waiting_count=Count(
            "registrations", filter=Q(registrations__status=RegistrationStatus.WAITING)
        ),
    )


class EventIndexView(SafeSpreadsheetExportMixin, IndexView):
    # Text that a spreadsheet would take for a formula is neutralised (home/spreadsheets.py).
    # Times in the export are local (Europe/Amsterdam), as editors entered them.
    custom_field_preprocess = {
        "start": {"csv": _local, "xlsx": _local},
        "end": {"csv": _local, "xlsx": _local},
        "registration_deadline": {"csv": _local, "xlsx": _local},
    }

    def get_base_queryset(self):
        return with_registration_counts(super().get_base_queryset())


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
        RegistrationsColumn("registration_mode", label=_("Aanmeldingen")),
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
        "registration_mode",
        "capacity",
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
        "registration_mode": _("Aanmelden"),
        "capacity": _("Plaatsen"),
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
        "registration_mode",
        "capacity",
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


# The attendee lists ----------------------------------------------------------------------


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Activiteit"),
        queryset=Event.objects.filter(registration_mode="site").order_by("-start"),
        empty_label=_("Alle activiteiten"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=RegistrationStatus.choices, empty_label=_("Alles")
    )

    class Meta:
        model = Registration
        fields = []


class RegistrationIndexView(SafeSpreadsheetExportMixin, ModelIndexView):
    # Names and functions are typed by visitors: neutralised for spreadsheets.
    custom_field_preprocess = {
        "created_at": {"csv": _local, "xlsx": _local},
        "promoted_at": {"csv": _local, "xlsx": _local},
        "cancelled_at": {"csv": _local, "xlsx": _local},
        "event_start": {"csv": _local, "xlsx": _local},
    }

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event_id = self.request.GET.get("event", "")
        event = None
        if event_id.isascii() and event_id.isdigit() and len(event_id) < 12:
            event = with_registration_counts(Event.objects.filter(pk=int(event_id))).first()
        context["registration_event"] = event
        if event is not None:
            context["message_url"] = reverse("agenda_registrant_message", args=[event.pk])
        return context


class RegistrationViewSet(ModelViewSet):
    """Read-only for editors (the view permission): registering and cancelling go through
    the site, so that places and the waiting list stay right."""

    model = Registration
    icon = "group"
    menu_label = _("Aanmeldingen")
    menu_name = "aanmeldingen"
    menu_order = 251
    add_to_admin_menu = True
    url_prefix = "agenda/aanmeldingen"
    name = "agenda_registrations"
    index_view_class = RegistrationIndexView
    index_template_name = "agenda/admin/registrations_index.html"
    filterset_class = RegistrationFilterSet
    form_fields = ["name", "function", "governing_body"]
    search_fields = ["name", "email", "function", "governing_body"]
    ordering = ["event__start", "created_at", "pk"]
    list_per_page = 100
    list_display = [
        "name",
        "email",
        "function",
        "governing_body",
        Column("event", label=_("Activiteit")),
        Column("get_status_display", label=_("Status"), sort_key="status"),
        Column("created_at", label=_("Aangemeld op"), sort_key="created_at"),
    ]
    list_export = [
        "event_title",
        "event_start",
        "name",
        "email",
        "function",
        "governing_body",
        "status",
        "created_at",
        "promoted_at",
        "cancelled_at",
    ]
    export_headings = {
        "event_title": _("Activiteit"),
        "event_start": _("Begin"),
        "name": _("Naam"),
        "email": _("E-mailadres"),
        "function": _("Functie"),
        "governing_body": _("Gemeente, provincie of waterschap"),
        "status": _("Status"),
        "created_at": _("Aangemeld op"),
        "promoted_at": _("Van de wachtlijst op"),
        "cancelled_at": _("Afgemeld op"),
    }
    export_filename = "aanmeldingen"
    inspect_view_enabled = True
    inspect_view_fields = [
        "event",
        "name",
        "email",
        "function",
        "governing_body",
        "status",
        "user",
        "created_at",
        "promoted_at",
        "cancelled_at",
    ]
