"""The agenda's section of Mijn CLB (home.mijnclb): the member's personal calendar feed
address and its reset."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import AgendaPage, CalendarFeedToken
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
