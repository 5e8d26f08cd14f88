"""
Deploy checks (``manage.py check --deploy``).

The caches (docs/operations.md, "Caching"): with several worker processes, an editor's
change empties the page cache of every worker only if they share it, and emptying the page
cache must not empty the default cache (sessions, rate limits) with it.

The base URL (docs/operations.md, "The site's address"): absolute links must name the
public address, never localhost.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

PROCESS_LOCAL = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    messages = []
    for alias, variable in (("default", "CACHE_URL"), ("pages", "PAGE_CACHE_URL")):
        backend = settings.CACHES.get(alias, {}).get("BACKEND", "")
        if backend in PROCESS_LOCAL:
            messages.append(
                checks.Warning(
                    f"The cache {alias!r} ({backend.rsplit('.', 1)[-1]}) is local to each process.",
                    hint="With more than one web worker, an editor's change reaches only "
                    "the worker that handled it, and each keeps its own sessions cache and "
                    f"rate limits. Set {variable} to Redis (redis://127.0.0.1:6379/1 and /2); "
                    "see docs/operations.md.",
                    id="clbsite.W001",
                )
            )
    default, pages = settings.CACHES.get("default", {}), settings.CACHES.get("pages", {})
    if (
        pages
        and pages.get("BACKEND") not in PROCESS_LOCAL
        and (
            pages.get("BACKEND"),
            pages.get("LOCATION"),
        )
        == (default.get("BACKEND"), default.get("LOCATION"))
    ):
        messages.append(
            checks.Error(
                "The page cache and the default cache are the same store.",
                hint="The page cache is emptied at every editor's change, which would empty "
                "the sessions cache and the rate limits too. Give PAGE_CACHE_URL a Redis "
                "database of its own (redis://127.0.0.1:6379/2).",
                id="clbsite.E002",
            )
        )
    return messages


LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "0.0.0.0", "testserver")


@checks.register(checks.Tags.urls, deploy=True)
def check_base_url(app_configs=None, **kwargs):
    """Links in mail, calendar feeds and the sitemap are built with WAGTAILADMIN_BASE_URL
    (home/siteurl.py): in production it must name the public address."""
    value = (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").strip()
    parts = urlsplit(value)
    host = (parts.hostname or "").lower()
    if parts.scheme in ("http", "https") and host and host not in LOCAL_HOSTS:
        return []
    return [
        checks.Error(
            f"WAGTAILADMIN_BASE_URL is {value!r}: not the site's public address.",
            hint="Links in mail to members, calendar feeds and the sitemap are built with "
            "it. Set WAGTAILADMIN_BASE_URL to the address members use, e.g. "
            "https://www.clb.nl; see docs/operations.md.",
            id="clbsite.E003",
        )
    ]
