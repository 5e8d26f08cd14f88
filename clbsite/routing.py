"""
Finding the page for a URL without walking the page tree in the database.

Wagtail serves a page by looking up the site (one query), its root page and its
specific page (two), then each URL segment's child page and its specific page (two per
segment), then the page's and its ancestors' privacy restrictions (two). For a page two
levels deep that is nine queries, and the largest part of rendering a simple page.

This middleware answers the same from a table of the site's pages (URL path, id, type),
kept in the cache under the page cache's generation (clbsite.pagecache), which every
change to pages or sites bumps. It then reads the state of the one page it found
(published, place in the tree, time of publishing, latest revision) and whether a
privacy restriction applies from the database (one query), so a stale table can never
serve an unpublished, moved or restricted page: a URL the table does not know is
looked up by Wagtail itself. The page object is loaded again only when that state or
the generation changed (``loaded_pages``, in this process). It sets what Wagtail keeps
on the request (``request._wagtail_site``, ``request._wagtail_route_for_request``), so
Wagtail's own serve view, hooks and privacy checks run unchanged. Pages with their own
routing (RoutablePageMixin: the agenda, the motion bank) get the rest of the URL as
Wagtail would give it to them; restricted pages and aliases use Wagtail's own checks.
"""

import copy
from dataclasses import dataclass
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.http import Http404

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from clbsite import pagecache
from clbsite.prepared import PreparedQuery
from home.auth import view_restrictions

ROUTES_SECONDS = 3600
# Part of the cache keys: a release that changes what is cached must change it, or its
# processes would read the previous release's entries from a shared cache.
FORMAT = 2


@dataclass(frozen=True)
class Entry:
    pk: int
    content_type_id: int
    own_routing: bool
    """The page's class overrides ``route`` (routable pages): it routes what follows."""
    under_alias: bool
    """The page or an ancestor is an alias: its restrictions are its source's."""


def _own_routing(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model is None or model.route is not Page.route


def _build(site):
    """{url_path: Entry} for the site's root page and everything under it."""
    root = site.root_page
    pages = list(
        Page.objects.filter(path__startswith=root.path).values_list(
            "pk", "path", "url_path", "content_type_id", "alias_of_id"
        )
    )
    aliases = [path for _pk, path, _url, _ct, alias in pages if alias]
    table = {}
    for pk, path, url_path, content_type_id, _alias in pages:
        table[url_path] = Entry(
            pk=pk,
            content_type_id=content_type_id,
            own_routing=_own_routing(content_type_id),
            # Tree paths are fixed-width per level: a prefix is an ancestor (or the page).
            under_alias=any(path.startswith(alias_path) for alias_path in aliases),
        )
    return {"root_url_path": root.url_path, "table": table}


def _site(request):
    """The request's Site, from the cache (Wagtail's lookup is a query per request)."""
    # get_host() was checked against ALLOWED_HOSTS by CommonMiddleware already.
    key = f"routing:v{FORMAT}:{pagecache.generation_for(request)}:site:{request.get_host()}"
    found = pagecache.cached(key, lambda: Site._find_for_request(request) or False, ROUTES_SECONDS)
    return found or None


def _routes(request, site):
    key = f"routing:v{FORMAT}:{pagecache.generation_for(request)}:routes:{site.pk}"
    return pagecache.cached(key, lambda: _build(site), ROUTES_SECONDS)


def _ancestors_and_self(path):
    # Tree paths are fixed-width per level: each prefix is an ancestor's path.
    return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]


def _restricted():
    """Whether a privacy restriction is set on the page or one of its ancestors: one
    whose page's path starts the page's path."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


@cache
def _page_query(model):
    """The query for one page of ``model``, compiled once (its restriction check is in
    the state query)."""
    return PreparedQuery(lambda pk: model._default_manager.filter(pk=pk))


# What a page's content cannot change without (Wagtail's cache_key and more): read from
# the database for every request, before the page itself may come from memory.
STATE_FIELDS = (
    "live",
    "path",
    "url_path",
    "last_published_at",
    "latest_revision_id",
    "alias_of_id",
)
# Pages this process loaded, keyed by the generation and their state.
loaded_pages = pagecache.LocalCache(seconds=60, size=512)


@cache
def _state_query():
    return PreparedQuery(
        lambda pk: (
            Page.objects.filter(pk=pk)
            .annotate(clb_restricted=_restricted())
            .values_list(*STATE_FIELDS, "clb_restricted")
        )
    )


def _load(entry, request):
    """The page, as the database has it now, or None if gone.

    Every request reads the page's state from the database (published or not, where it
    is in the tree, when it was last published, its latest revision, whether it is an
    alias) and whether a privacy restriction applies to it, in one small query. So an
    unpublished, moved or restricted page is never served from a stale cache (a cache
    not shared by all worker processes), and when no restriction applies, Wagtail's two
    queries to check are skipped. The page object itself is loaded once per state and
    generation (every editor's change bumps it) in this process and copied for each
    request; both queries are compiled once (clbsite.prepared)."""
    state = _state_query().row(entry.pk)
    if state is None:
        return None
    *fields, restricted = state
    key = (pagecache.generation_for(request), entry.pk, entry.content_type_id, *fields)
    page = loaded_pages.get(key)
    if page is None:
        model = ContentType.objects.get_for_id(entry.content_type_id).model_class()
        page = next(iter(_page_query(model).objects(entry.pk)), None)
        if page is None:
            return None
        loaded_pages.set(key, page, timeout=None)
    page = copy.copy(page)  # what this request sets on it stays with this request
    if entry.under_alias or page.alias_of_id:
        return page
    if restricted:
        page._restriction_paths = _ancestors_and_self(page.path)
    else:
        page._no_view_restrictions = True
    return page


def _wagtail_route(site, request, components):
    """Wagtail's own lookup, for what the table does not know (yet)."""
    try:
        return site.root_page.localized.specific.route(request, components)
    except Http404:
        return None


def route(request, path):
    """Wagtail's RouteResult for ``path`` (or None for a 404), like
    ``Page.route_for_request``. A URL the table does not know, or a page that moved
    since the table was made, is looked up by Wagtail itself."""
    site = _site(request)
    request._wagtail_site = site
    if site is None:
        return None
    routes = _routes(request, site)
    table = routes["table"]
    url_path = routes["root_url_path"]
    components = [component for component in path.split("/") if component]
    entry = table.get(url_path)
    position = 0
    while entry is not None and position < len(components) and not entry.own_routing:
        url_path = f"{url_path}{components[position]}/"
        entry = table.get(url_path)
        position += 1
    page = _load(entry, request) if entry is not None else None
    if page is None or page.url_path != url_path:
        return _wagtail_route(site, request, components)
    rest = components[position:]
    if not entry.own_routing:
        return RouteResult(page) if page.live else None
    try:
        return page.route(request, rest)
    except Http404:
        return None


class PageRoutingMiddleware:
    """Answers Wagtail's page lookup from the cached table (see the module's text)."""

    def __init__(self, get_response):
        from wagtail.views import serve

        self.get_response = get_response
        self.serve = serve

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is self.serve and not hasattr(request, "_wagtail_route_for_request"):
            # Wagtail's pattern passes the path positionally.
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            request._wagtail_route_for_request = route(request, path)
        return None


class KnownRestrictionsMixin:
    """Pages found by PageRoutingMiddleware know whether any privacy restriction can
    apply to them; when none can, Wagtail's two queries to check are skipped."""

    def get_view_restrictions(self):
        if getattr(self, "_no_view_restrictions", False):
            return PageViewRestriction.objects.none()
        paths = getattr(self, "_restriction_paths", None)
        if paths is not None:
            # Not under an alias (the router checked): the restrictions of the page and
            # its ancestors, without Wagtail's query for the ancestors' aliases, and
            # with their groups (home.auth).
            return view_restrictions(paths)
        return super().get_view_restrictions()
