"""Short lists of events for other pages: the home page, networks, training tracks."""

from django.contrib.auth.models import AnonymousUser

from agenda.models import Event


def upcoming_events(request, limit, *, related_page=None):
    """
    The next ``limit`` events ``request.user`` may see, soonest first; only those of
    ``related_page`` when given. A list, with audiences fetched in one query.
    """
    if not limit:
        return []
    user = getattr(request, "user", None) or AnonymousUser()
    events = Event.objects.visible_to(user).upcoming().order_by("start", "pk")
    if related_page is not None:
        events = events.filter(related_page=related_page)
    return list(events.prefetch_related("audiences")[:limit])
