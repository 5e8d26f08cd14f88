"""
The signed links of the newsletter, absolute (home.siteurl): confirming a subscription
(valid for ``CONFIRM_DAYS``) and unsubscribing (no expiry: an old issue's link still
works). Each names the subscriber and their address, so a link stops working when the
row is gone or its address changed.
"""

from django.core import signing
from django.urls import reverse

from home.siteurl import absolute
from newsletter.models import Subscriber

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
CONFIRM_DAYS = 7


def _token(subscriber, salt):
    return signing.dumps({"s": subscriber.pk, "e": subscriber.email}, salt=salt, compress=True)


def confirm_url(subscriber):
    return absolute(reverse("newsletter_confirm", args=[_token(subscriber, CONFIRM_SALT)]))


def unsubscribe_url(subscriber):
    return absolute(reverse("newsletter_unsubscribe", args=[_token(subscriber, UNSUBSCRIBE_SALT)]))


def unsubscribe_path(subscriber):
    return reverse("newsletter_unsubscribe", args=[_token(subscriber, UNSUBSCRIBE_SALT)])


def subscriber_for(token, *, confirm):
    """The subscriber a token names, or None (bad, expired, or an address since changed)."""
    salt = CONFIRM_SALT if confirm else UNSUBSCRIBE_SALT
    max_age = CONFIRM_DAYS * 86400 if confirm else None
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    return Subscriber.objects.filter(pk=data.get("s"), email=data.get("e")).first()
