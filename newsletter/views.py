"""
The public side of the newsletter: signing up (/nieuwsbrief/aanmelden/), confirming
(/nieuwsbrief/bevestigen/<token>/) and unsubscribing (/nieuwsbrief/afmelden/<token>/).

Signing up is open to anyone and answers the same whether or not the address is known
(no one learns who subscribes). It is rate limited per address and per e-mail address
(``RATE_LIMITS["newsletter"]``). The form sits in the footer of every page, and public
pages are cached for visitors without a cookie (clbsite/caching.py): a CSRF token in
them would be someone else's, and setting the CSRF cookie would stop them being cached.
So the subscribe view takes no CSRF token; it refuses instead every POST that a browser
marks as coming from another site (Sec-Fetch-Site, else Origin). What a forged POST could
do anyway is only what anyone can do: send one confirmation mail, within the rate limit.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.http import HttpResponseForbidden
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from home import ratelimit
from newsletter.forms import SubscribeForm
from newsletter.links import subscriber_for
from newsletter.mailing import send_confirmation
from newsletter.models import NewsletterIndexPage, Subscriber

TOO_MANY = 429
SAME_SITE = {"same-origin", "same-site", "none"}


def from_another_site(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site not in SAME_SITE
    origin = request.headers.get("Origin")
    if not origin:
        return False  # not a browser that would carry a victim's session: nothing to forge
    if origin in settings.CSRF_TRUSTED_ORIGINS:
        return False
    return urlsplit(origin).netloc != request.get_host()


def _private(response):
    add_never_cache_headers(response)
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _render(request, template, context=None, status=200):
    context = {"newsletter_page": NewsletterIndexPage.objects.live().first(), **(context or {})}
    return _private(TemplateResponse(request, template, context, status=status))


def subscribe_or_resend(email, name, source):
    """Make or find the address's row; mail a confirmation link unless it is confirmed.
    Returns the row. A confirmed subscriber gets no mail and the visitor the same answer."""
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults={"name": name, "source": source}
        )
        if subscriber.is_confirmed:
            return subscriber
        if not created and name and not subscriber.name:
            subscriber.name = name
            subscriber.save(update_fields=["name"])
        send_confirmation(subscriber)
    return subscriber


@csrf_exempt  # on cached pages: see the module's docstring; from_another_site is refused
def subscribe(request):
    if request.method != "POST":
        return _render(request, "newsletter/subscribe.html", {"form": SubscribeForm()})
    if from_another_site(request):
        return HttpResponseForbidden(_("Aanmelden kan alleen via het formulier op onze site."))
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return _render(request, "newsletter/subscribe.html", {"form": form}, status=400)
    keys = {"address": ratelimit.client_ip(request), "email": form.cleaned_data["email"]}
    if ratelimit.is_limited("newsletter", **keys):
        form.add_error(None, ratelimit.refusal("newsletter"))
        return _render(request, "newsletter/subscribe.html", {"form": form}, status=TOO_MANY)
    ratelimit.count("newsletter", **keys)
    data = form.cleaned_data
    subscribe_or_resend(data["email"], data["name"], data["bron"])
    return _render(request, "newsletter/subscribe_sent.html", {"email": data["email"]})


def confirm(request, token):
    """The link in the confirmation mail: the address is subscribed from now on."""
    subscriber = subscriber_for(token, confirm=True)
    if subscriber is None:
        return _render(request, "newsletter/confirmed.html", {"invalid": True}, status=404)
    if not subscriber.is_confirmed:
        subscriber.confirm()
    return _render(request, "newsletter/confirmed.html", {"subscriber": subscriber})


@csrf_exempt  # a mail client's one-click POST (RFC 8058) carries no CSRF token
def unsubscribe(request, token):
    """GET: a page with one button; POST: unsubscribed (also what a mail client's
    one-click unsubscribe sends). The signed token says who."""
    subscriber = subscriber_for(token, confirm=False)
    if subscriber is None:
        return _render(request, "newsletter/unsubscribe.html", {"invalid": True}, status=404)
    if request.method == "POST":
        subscriber.unsubscribe()
        return _render(request, "newsletter/unsubscribe.html", {"done": True})
    return _render(
        request, "newsletter/unsubscribe.html", {"token": token, "subscriber": subscriber}
    )
