"""
Who is asking, and how often.

``client_ip``: the client's address. Behind the reverse proxy every request comes from
the proxy's address; the proxy names the client in X-Forwarded-For. That header is
believed only as far as ``TRUSTED_PROXY_COUNT`` proxies in front of the site write it
(each appends the address it was connected from, so the client is the COUNT-th entry from
the right; what a client wrote further left is ignored). django-axes asks it too
(``AXES_CLIENT_IP_CALLABLE``), so lockouts and login records see the real address.

``is_limited`` and ``count``: attempts counted in Django's default cache, per kind of key
(an address, an e-mail address, a password restriction), in fixed windows set in
``settings.RATE_LIMITS``. The keys are hashed: no e-mail address is stored in the cache.
"""

import hashlib
import ipaddress
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext

logger = logging.getLogger(__name__)


def client_ip(request):
    """The client's address: from X-Forwarded-For behind ``TRUSTED_PROXY_COUNT`` proxies,
    else (no proxy configured, or a header that did not pass them all) REMOTE_ADDR."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(forwarded) < proxies:
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-proxies].strip()))
    except ValueError:
        return remote


def _key(scope, kind, value):
    digest = hashlib.sha256(str(value).encode()).hexdigest()
    return f"ratelimit:{scope}:{kind}:{digest}"


def is_limited(scope, **values):
    """Whether any of the keys (``kind=value``) has used up its attempts in the window."""
    limits = settings.RATE_LIMITS[scope]
    keys = {kind: _key(scope, kind, value) for kind, value in values.items()}
    try:
        counts = cache.get_many(keys.values())
    except Exception:  # a cache server that is down: the form works, unlimited
        logger.warning("Rate limit %s not checked: the cache cannot be read", scope)
        return False
    return any(counts.get(key, 0) >= limits[kind][0] for kind, key in keys.items())


def count(scope, **values):
    """One more attempt for each of the keys; a key's window starts at its first attempt."""
    try:
        for kind, value in values.items():
            seconds = settings.RATE_LIMITS[scope][kind][1]
            key = _key(scope, kind, value)
            if not cache.add(key, 1, seconds):
                try:
                    cache.incr(key)
                except ValueError:  # expired since add()
                    cache.set(key, 1, seconds)
    except Exception:  # a cache server that is down: nothing is counted
        logger.warning("Rate limit %s not counted: the cache cannot be written", scope)


def refusal(scope):
    """The Dutch message for a refused attempt."""
    minutes = max(seconds for _, seconds in settings.RATE_LIMITS[scope].values()) // 60
    return gettext(
        "Te veel pogingen in korte tijd. Probeer het over %(minutes)d minuten opnieuw."
    ) % {"minutes": minutes}
