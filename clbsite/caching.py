"""
Full public pages for anonymous visitors, through Django's cache middleware, in the
cache alias "pages" (docs/operations.md, "Caching").

Django's ``UpdateCacheMiddleware`` (first in MIDDLEWARE) stores, and
``PageCacheFetchMiddleware`` (Django's ``FetchFromCacheMiddleware``, last) answers, only
requests that cannot be anyone's but a visitor's and whose key cannot be chosen by the
sender: a GET or HEAD without any cookie (a member has a session cookie, so their pages
are never stored nor answered from the cache), outside the admin, the account pages,
documents, the motion bank and search, with no query string but a page number. The
language is the one the site chose, not the sender's Accept-Language header. So junk
query strings, cookies or headers never add entries; Host is bounded by ALLOWED_HOSTS.

Every change that public pages show empties the alias, at once and at commit: publishing,
unpublishing, moving or deleting a page, publishing or deleting a snippet, saving a
setting or reference data the pages show. A site of this size renders its pages again
in moments, so emptying beats tracking which page shows what.
"""

import re

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.middleware.cache import FetchFromCacheMiddleware

PAGES = "pages"
EXCLUDED_PREFIXES = (
    "/admin/",
    "/account/",
    "/documenten/",
    "/motiebank/",
    "/zoeken/",
    "/static/",
    "/media/",
)
CACHEABLE_QUERY = re.compile(r"(pagina=[0-9]{1,4})?")
# Models whose saved or deleted rows public pages show (besides pages and published
# snippets, which purge through Wagtail's signals).
PURGING_MODELS = {
    "agenda.event",
    "home.audience",
    "home.person",
    "motionbank.theme",
    "motionbank.governingbody",
    "wagtailimages.image",
    "wagtaildocs.document",
    "wagtailcore.pageviewrestriction",  # a page made private must leave the cache at once
    "wagtailcore.site",
    "wagtailredirects.redirect",
}
# What saving a draft or locking changes on a page or snippet: nothing public.
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


def cacheable(request):
    return (
        settings.CACHE_MIDDLEWARE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.META.get("HTTP_COOKIE")
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and not request.path.endswith(".ics")
        and CACHEABLE_QUERY.fullmatch(request.META.get("QUERY_STRING", "")) is not None
    )


class PageCacheFetchMiddleware(FetchFromCacheMiddleware):
    def process_request(self, request):
        if not cacheable(request):
            request._cache_update_cache = False
            return None
        # LocaleMiddleware has chosen the language; the key varies on that, not on
        # whatever Accept-Language the sender made up.
        request.META["HTTP_ACCEPT_LANGUAGE"] = getattr(request, "LANGUAGE_CODE", "")
        return super().process_request(request)


def purge_pages(**kwargs):
    """Empty the page cache at once, and again when the current transaction commits (a
    page rendered in between from the rows before the change is not kept), queued once
    however many objects the transaction changes."""
    _clear()
    pending = getattr(transaction.get_connection(), "run_on_commit", [])
    if not any(entry[1] is _clear for entry in pending):
        transaction.on_commit(_clear)


def _clear():
    caches[PAGES].clear()


def purge_on_change(sender, instance=None, created=False, update_fields=None, **kwargs):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    is_setting = issubclass(sender, BaseSiteSetting | BaseGenericSetting)
    if not is_setting and sender._meta.label_lower not in PURGING_MODELS:
        return
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return
    if is_setting and created:  # made with its defaults on first use: nothing shown changes
        return
    purge_pages()


def page_deleted(sender, **kwargs):
    from wagtail.models import Page

    if issubclass(sender, Page):
        purge_pages()


def connect_signals():
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    page_published.connect(purge_pages, dispatch_uid="pages.page_published")
    page_unpublished.connect(purge_pages, dispatch_uid="pages.page_unpublished")
    post_page_move.connect(purge_pages, dispatch_uid="pages.page_moved")
    published.connect(purge_pages, dispatch_uid="pages.published")
    unpublished.connect(purge_pages, dispatch_uid="pages.unpublished")
    post_delete.connect(page_deleted, dispatch_uid="pages.page_deleted")
    post_save.connect(purge_on_change, dispatch_uid="pages.saved")
    post_delete.connect(purge_on_change, dispatch_uid="pages.deleted")
