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

import functools
import logging
import re
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
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
# Reference data of the motion bank: the search filters' options are cached under the
# generation too (search.facets.cached_options). Motions themselves do not purge.
PURGING_MODELS = {"motionbank.theme", "motionbank.governingbody"}
# Records of those apps that no public page shows: drafts, moderation, logs, comments.
# (A draft becomes public by publishing, which saves the page or snippet itself.) So a
# member's upload, a draft saved or a task approved leaves the cached pages alone.
NON_PURGING_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagesubscription",
}
# Fields that saving a draft or locking changes on the page or snippet itself (Wagtail's
# save_revision, lock): what public pages show stays as it was.
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "locked",
    "locked_at",
    "locked_by",
}
# Longer query strings are answered but never kept (no filling the cache with junk).
MAX_QUERY_STRING = 500
NO_STORE = re.compile(r"\b(private|no-store|no-cache)\b", re.I)


def cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _new_generation():
    # Not 1: a generation key that was evicted or flushed must not come back as a number
    # that entries still in the cache were stored under.
    return int(time.time() * 1000)


def generation(key=GENERATION_KEY):
    """The current generation: of everything public pages show, or under another
    ``key``, of something else that bumps its own (the motion bank's motions)."""
    try:
        value = cache().get(key)
        if value is None:
            cache().add(key, _new_generation(), timeout=None)
            value = cache().get(key) or _new_generation()
    except Exception:  # a cache server that is down: pages are built without it
        logger.warning("The cache cannot be read; pages are built without it", exc_info=True)
        return 0
    return value


class LocalCache:
    """What this process read from or wrote to the shared cache in the last few
    seconds, so that a page asking for the same entries again (the page table, the
    menu, a page's content) does not fetch and unpickle them on every request. Keys that
    hold the generation change with every editor's change, as in the shared cache, so
    this adds no staleness to them; entries that expire by time (the next events) may
    live ``SECONDS`` longer here."""

    SECONDS = 10
    SIZE = 256

    def __init__(self, seconds=None, size=None):
        self.seconds = seconds or self.SECONDS
        self.size = size or self.SIZE
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            found = self.entries.get(key)
            if found is None:
                return None
            if found[0] < time.monotonic():
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return found[1]

    def set(self, key, value, timeout):
        seconds = min(timeout, self.seconds) if timeout else self.seconds
        with self.lock:
            self.entries[key] = (time.monotonic() + seconds, value)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def clear(self):
        with self.lock:
            self.entries.clear()


local = LocalCache()


def cached(key, build, timeout):
    """``build()``, kept in the cache under ``key`` (and for a few seconds in this
    process: LocalCache). When the cache fails (a cache server that is down), the value
    is built for this request only: slower, never an error."""
    value = local.get(key)
    if value is not None:
        return value
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
    local.set(key, value, timeout)
    return value


def generation_for(request):
    """The generation, read once per request (the chrome asks for it several times)."""
    value = getattr(request, "_pagecache_generation", None)
    if value is None:
        value = request._pagecache_generation = generation()
    return value


def _bump(key=GENERATION_KEY):
    try:
        try:
            cache().incr(key)
        except ValueError:
            cache().set(key, _new_generation(), timeout=None)
    except Exception:
        logger.error("The page cache could not be purged (%s)", key, exc_info=True)


@functools.cache
def _bumper(key):
    """The one callable that bumps ``key`` at commit (so it is queued once)."""
    return functools.partial(_bump, key)


def purge(key=GENERATION_KEY, **kwargs):
    """Make every cached page stale (called when an editor changes something public),
    or, with another ``key``, whatever is kept under that generation. A cache that
    cannot be reached is logged, never an error for the editor: what it holds expires
    by itself (PAGE_CACHE_SECONDS, an hour for menus and page tables).

    The generation moves on at once and again when the change is committed: a page
    rendered in between, from what the database held before the commit, would otherwise
    be kept under the new generation."""
    _bump(key)
    # Once per transaction, however many objects it changes (an import of thousands).
    bump = _bumper(key)
    pending = getattr(transaction.get_connection(), "run_on_commit", [])
    if not any(entry[1] is bump for entry in pending):
        transaction.on_commit(bump)


def purge_on_change(sender, instance=None, created=False, **kwargs):
    label = sender._meta.label_lower
    if label in NON_PURGING_MODELS or (
        sender._meta.app_label not in PURGING_APPS and label not in PURGING_MODELS
    ):
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
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
            and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
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
