"""Staff (Wagtail admin, menu "Nieuwsbrief"): the issues with their status (Wagtail's page
listing), the subscribers with their counts, filters and a spreadsheet-safe export
(home.spreadsheets), and the sendings."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet

import django_filters

from home.spreadsheets import SafeSpreadsheetExportMixin
from newsletter.models import Dispatch, NewsletterIssuePage, Subscriber

STATUS_FILTERS = {
    Subscriber.Status.CONFIRMED: Q(confirmed_at__isnull=False, unsubscribed_at__isnull=True),
    Subscriber.Status.PENDING: Q(confirmed_at__isnull=True, unsubscribed_at__isnull=True),
    Subscriber.Status.UNSUBSCRIBED: Q(unsubscribed_at__isnull=False),
}


class SubscriberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Subscriber.Status.choices, method="filter_status"
    )

    class Meta:
        model = Subscriber
        fields = ["status", "source"]

    def filter_status(self, queryset, name, value):
        return queryset.filter(STATUS_FILTERS[value])


class SubscriberIndexView(SafeSpreadsheetExportMixin, IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["subscriber_counts"] = [
            (label, Subscriber.objects.filter(STATUS_FILTERS[value]).count())
            for value, label in Subscriber.Status.choices
        ]
        return context


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Abonnees")
    url_prefix = "nieuwsbrief/abonnees"
    name = "newsletter_subscribers"
    index_view_class = SubscriberIndexView
    index_template_name = "newsletter/admin/subscriber_index.html"
    filterset_class = SubscriberFilterSet
    list_display = [
        "email",
        "name",
        Column("status", label=_("Status"), accessor="get_status_display"),
        "source",
        "confirmed_at",
    ]
    list_export = [
        "email",
        "name",
        "status_label",
        "source",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
    export_headings = {"status_label": _("Status")}
    export_filename = "abonnees-lokaal-bestuur"
    search_fields = ["email", "name"]
    form_fields = ["name"]
    copy_view_enabled = False
    inspect_view_enabled = True
    ordering = ["email"]


class DispatchViewSet(ModelViewSet):
    model = Dispatch
    icon = "calendar-alt"
    menu_label = _("Verzendingen")
    url_prefix = "nieuwsbrief/verzendingen"
    name = "newsletter_dispatches"
    list_display = [
        "issue",
        Column("status", label=_("Status"), accessor="get_status_display"),
        "send_at",
        "finished_at",
    ]
    form_fields = ["send_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    ordering = ["-send_at"]


class IssueListingViewSet(PageListingViewSet):
    """Every issue in one flat listing with Wagtail's status (draft, live, scheduled)."""

    model = NewsletterIssuePage
    icon = "doc-full"
    menu_label = _("Nummers")
    url_prefix = "nieuwsbrief/nummers-overzicht"
    name = "newsletter_issues"


class NewsletterViewSetGroup(ViewSetGroup):
    menu_label = _("Nieuwsbrief")
    menu_icon = "mail"
    menu_order = 250
    items = (IssueListingViewSet, SubscriberViewSet, DispatchViewSet)
