"""The agenda's sections of Mijn CLB (home.mijnclb): the member's personal calendar feed
address and its reset; "Mijn aanmeldingen" with a cancel button per registration."""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import dates, registrations
from .models import AgendaPage, CalendarFeedToken, Registration
from .views import subscription_links


def agenda_context(request):
    page = AgendaPage.objects.live().first()
    if page is None:
        return {}
    token = CalendarFeedToken.for_user(request.user)
    feed_url = page.file_url("personal_feed", request, full=True, token=token.token)
    return {
        "subscribe": subscription_links(feed_url),
        "options_url": page.route_url("feed_token", request),
    }


def agenda_post(request, action):
    if action != "vernieuw":
        return None
    CalendarFeedToken.for_user(request.user).reset()
    messages.success(
        request,
        _(
            "Je persoonlijke agenda-adres is vernieuwd. Het oude adres werkt niet meer: "
            "abonneer je agenda opnieuw met het nieuwe adres."
        ),
    )
    return HttpResponseRedirect(reverse("mijn_clb") + "#agenda")


def registrations_context(request):
    """The member's registrations that are not cancelled: upcoming first (soonest first),
    then past ones (latest first)."""
    now = dates.now()
    page = AgendaPage.for_request(request)
    own = list(
        Registration.objects.filter(user=request.user, event__live=True)
        .active()
        .select_related("event")
    )
    upcoming = sorted((r for r in own if r.event.end >= now), key=lambda r: r.event.start)
    past = sorted((r for r in own if r.event.end < now), key=lambda r: r.event.start, reverse=True)
    for registration in own:
        registration.url = page.event_url(registration.event, request) if page else ""
    return {"upcoming": upcoming, "past": past}


def registrations_post(request, action):
    if action != "annuleer":
        return None
    value = request.POST.get("aanmelding", "")
    if not (value.isascii() and value.isdigit() and len(value) < 12):
        raise Http404
    # Another member's registration is a 404, as one that does not exist.
    registration = Registration.objects.filter(user=request.user, pk=int(value)).first()
    if registration is None:
        raise Http404
    if registration.is_active:
        registrations.cancel(registration)
    messages.success(
        request,
        _("Je bent afgemeld voor %(title)s. Je krijgt een bevestiging per e-mail.")
        % {"title": registration.event.title},
    )
    return HttpResponseRedirect(reverse("mijn_clb") + "#aanmeldingen")
