"""Agenda tags, also for other apps' pages: ``{% upcoming_events %}`` on the home,
network and training pages, ``{% agenda_url %}`` wherever a link to the agenda goes."""

from django import template

from agenda.listings import upcoming_events as upcoming_events_for
from agenda.models import AgendaPage

register = template.Library()


@register.simple_tag(takes_context=True)
def event_url(context, event):
    """The address of an event's page ("" when the site has no agenda page)."""
    return event.get_url(context.get("request")) or ""


@register.simple_tag(takes_context=True)
def agenda_url(context):
    """The address of the site's agenda page ("" when there is none)."""
    request = context.get("request")
    agenda_page = AgendaPage.for_request(request)
    return agenda_page.get_url(request) if agenda_page else ""


@register.simple_tag(takes_context=True)
def upcoming_events(context, limit, for_page=None):
    """The next ``limit`` events the visitor may see, only those of ``for_page`` when
    given: ``{% upcoming_events 5 for_page=page as events %}``."""
    return upcoming_events_for(context.get("request"), limit, related_page=for_page)
