from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from agenda.models import AgendaPage, Event
from agenda.viewsets import EventViewSet
from search.areas import SiteSearchArea

register_snippet(EventViewSet)


@hooks.register("register_site_search_area")
def events_search_area():
    """Events in the site search and its suggestions: the ones the person may see."""
    return SiteSearchArea(
        key="events",
        label=_("Activiteiten"),
        kind=_("Activiteit"),
        order=100,
        items_for=Event.objects.visible_to,
        section_for=AgendaPage.for_request,
        item_url=lambda agenda, event, request: agenda.event_url(event, request),
    )
