"""
A full-page cache for anonymous visitors of the public pages.

A visitor without a session cookie asking for a public page gets the page as it was
last rendered, straight from the cache, without sessions, authentication or the
database. Everything a member sees (they have a session cookie) is rendered fresh.

Purging is by generation: every page, snippet or setting that public pages show bumps
one counter when it is saved, published, unpublished or deleted, and the counter is
part of every cache key, so an editor's change shows at once, on every page that might
show it. Entries also expire after PAGE_CACHE_SECONDS, so time-bound content (the next
events) moves on by itself. See docs/operations.md.

In production the cache must be shared by all worker processes (CACHE_URL: Redis, or
a file cache on local disk); the default local-memory cache works per process.
"""

import logging
import re

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.utils.cache import cc_delim_re

from wagtail.contrib.settings.models import BaseSiteSetting

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# Only what public pages show purges the cache (not search logs, sessions, task rows).
PURGING_APPS = {
    "home",
    "research",
    "agenda",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "taggit",
}
NO_STORE = re.compile(r"\b(private|no-store|no-cache)\b", re.I)


def cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def generation():
    try:
        value = cache().get(GENERATION_KEY)
        if value is None:
            cache().add(GENERATION_KEY, 1, timeout=None)
            value = cache().get(GENERATION_KEY) or 1
    except Exception:  # a cache server that is down: pages are built without it
        logger.warning("The cache cannot be read; pages are built without it", exc_info=True)
        return 0
    return value


def cached(key, build, timeout):
    """``build()``, kept in the cache under ``key``. When the cache fails (a cache server
    that is down), the value is built for this request only: slower, never an error."""
    try:
        value = cache().get(key)
    except Exception:
        logger.warning("The cache cannot be read; building %s without it", key, exc_info=True)
        return build()
    if value is None:
        value = build()
        try:
            cache().set(key, value, timeout)
        except Exception:
            logger.warning("The cache cannot be written (%s)", key, exc_info=True)
    return value


def generation_for(request):
    """The generation, read once per request (the chrome asks for it several times)."""
    value = getattr(request, "_pagecache_generation", None)
    if value is None:
        value = request._pagecache_generation = generation()
    return value


def purge(**kwargs):
    """Make every cached page stale (called when an editor changes something public).
    A cache that cannot be reached is logged, never an error for the editor: what it
    holds expires by itself (PAGE_CACHE_SECONDS, an hour for menus and page tables)."""
    try:
        try:
            cache().incr(GENERATION_KEY)
        except ValueError:
            cache().set(GENERATION_KEY, 2, timeout=None)
    except Exception:
        logger.error("The page cache could not be purged", exc_info=True)


def purge_on_change(sender, instance=None, created=False, **kwargs):
    if sender._meta.app_label not in PURGING_APPS:
        return
    if created and isinstance(instance, BaseSiteSetting):
        # Created with its defaults on first use (for_request): nothing shown changes.
        return
    purge()


def connect_signals():
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    post_save.connect(purge_on_change, dispatch_uid="pagecache.post_save")
    post_delete.connect(purge_on_change, dispatch_uid="pagecache.post_delete")
    page_published.connect(purge, dispatch_uid="pagecache.published")
    page_unpublished.connect(purge, dispatch_uid="pagecache.unpublished")
    post_page_move.connect(purge, dispatch_uid="pagecache.moved")
    page_slug_changed.connect(purge, dispatch_uid="pagecache.slug_changed")


class AnonymousPageCacheMiddleware:
    EXCLUDED_PREFIXES = (
        "/admin/",
        "/account/",
        "/documenten/",
        "/motiebank/",
        "/zoeken/",
        "/static/",
        "/media/",
    )

    def __init__(self, get_response):
        self.get_response = get_response

    @property
    def seconds(self):
        return getattr(settings, "PAGE_CACHE_SECONDS", 0)

    def cacheable_request(self, request):
        return (
            self.seconds > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(self.EXCLUDED_PREFIXES)
            and not request.path.endswith(".ics")
            and len(request.META.get("QUERY_STRING", "")) <= 500
        )

    def cacheable_response(self, response):
        cache_control = response.get("Cache-Control", "")
        vary = {value.lower() for value in cc_delim_re.split(response.get("Vary", ""))}
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not NO_STORE.search(cache_control)
            and vary <= {"", "cookie", "accept-encoding", "accept-language"}
            and b"csrfmiddlewaretoken" not in response.content
        )

    def __call__(self, request):
        if not self.cacheable_request(request):
            return self.get_response(request)
        key = (
            f"pagecache:{generation_for(request)}:{request.get_host()}:{request.path}"
            f"?{request.META.get('QUERY_STRING', '')}"
        )
        try:
            cached_response = cache().get(key)
        except Exception:
            logger.warning("The page cache cannot be read", exc_info=True)
            return self.get_response(request)
        if cached_response is not None:
            cached_response["X-Page-Cache"] = "hit"
            return cached_response
        response = self.get_response(request)
        if self.cacheable_response(response):
            try:
                cache().set(key, response, self.seconds)
            except Exception:
                logger.warning("The page cache cannot be written", exc_info=True)
            else:
                response["X-Page-Cache"] = "miss"
        return response
