"""The newsletter's section of Mijn CLB (home.mijnclb, "Nieuwsbrief"): a member switches
Lokaal Bestuur on or off for the address of their account. Signed in, the address is
theirs (staff made the account, or the member confirmed a change by mail), so switching
on needs no confirmation mail."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from newsletter.models import Subscriber, normalise_email


def subscriber_for_user(user):
    email = normalise_email(user.email)
    if not email:
        return None
    return Subscriber.objects.filter(email=email).first()


def newsletter_context(request):
    subscriber = subscriber_for_user(request.user)
    return {
        "email": request.user.email,
        "subscribed": bool(subscriber and subscriber.is_confirmed),
    }


def newsletter_post(request, action):
    if action != "opslaan":
        return None
    user = request.user
    back = HttpResponseRedirect(reverse("mijn_clb") + "#nieuwsbrief")
    if not user.email:
        messages.error(request, _("Je account heeft geen e-mailadres. Vul het in bij Profiel."))
        return back
    wanted = request.POST.get("nieuwsbrief") == "aan"
    subscriber = subscriber_for_user(user)
    if wanted:
        if subscriber is None:
            subscriber = Subscriber.objects.create(
                email=user.email,
                name=user.get_full_name()[:100],
                source=Subscriber.Source.MIJN_CLB,
                user=user,
            )
        if subscriber.user_id is None:
            subscriber.user = user
            subscriber.save(update_fields=["user"])
        if not subscriber.is_confirmed:
            subscriber.confirm(timezone.now())
        messages.success(
            request,
            _("Je krijgt de nieuwsbrief Lokaal Bestuur op %(email)s.") % {"email": user.email},
        )
    else:
        if subscriber is not None:
            subscriber.unsubscribe()
        messages.success(request, _("Je krijgt de nieuwsbrief Lokaal Bestuur niet meer."))
    return back
