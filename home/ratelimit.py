"""
Who is asking, and how often.

``client_ip``: the client's address. Behind the reverse proxy every request comes from
the proxy's address; the proxy names the client in X-Forwarded-For. That header is
believed only as far as ``TRUSTED_PROXY_COUNT`` proxies in front of the site write it
(each appends the address it was connected from, so the client is the COUNT-th entry from
the right; what a client wrote further left is ignored). django-axes asks it too
(``AXES_CLIENT_IP_CALLABLE``), so lockouts and login records see the real address.
"""

import ipaddress

from django.conf import settings


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
