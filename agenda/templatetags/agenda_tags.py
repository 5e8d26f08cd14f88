from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def event_url(context, event):
    """The address of an event's page ("" when the site has no agenda page)."""
    return event.get_url(context.get("request")) or ""


@register.simple_tag(takes_context=True)
def agenda_url(context):
    """The address of the site's agenda page ("" when there is none)."""
    from agenda.models import AgendaPage

    request = context.get("request")
    agenda_page = AgendaPage.for_request(request)
    return agenda_page.get_url(request) if agenda_page else ""
