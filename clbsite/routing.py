"""
Finding the page for a URL without walking the page tree in the database.

Wagtail serves a page by looking up the site (one query), its root page and its
specific page (two), then each URL segment's child page and its specific page (two per
segment), then the page's and its ancestors' privacy restrictions (two). For a page two
levels deep that is nine queries, and the largest part of rendering a simple page.

This middleware answers the same from a table of the site's pages (URL path, id, type,
live, restrictions), kept in the cache under the page cache's generation
(clbsite.pagecache), which every change to pages, sites or restrictions bumps. It then
loads the one page it found. It sets what Wagtail keeps on the request itself
(``request._wagtail_site``, ``request._wagtail_route_for_request``), so Wagtail's own
serve view, hooks and privacy checks run unchanged. Pages with their own routing
(RoutablePageMixin: the agenda, the motion bank) get the rest of the URL as Wagtail
would give it to them; privacy restrictions and alias pages use Wagtail's own queries.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from clbsite import pagecache

ROUTES_SECONDS = 3600


@dataclass(frozen=True)
class Entry:
    pk: int
    content_type_id: int
    live: bool
    own_routing: bool
    """The page's class overrides ``route`` (routable pages): it routes what follows."""
    restricted: bool
    """The page or an ancestor has a privacy restriction, or is an alias."""


def _own_routing(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model is None or model.route is not Page.route


def _build(site):
    """{url_path: Entry} for the site's root page and everything under it."""
    root = site.root_page
    pages = Page.objects.filter(path__startswith=root.path).values_list(
        "pk", "path", "url_path", "content_type_id", "live", "alias_of_id"
    )
    restricted_paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    aliases = [path for _pk, path, _url, _ct, _live, alias in pages if alias]
    guarded = restricted_paths + aliases
    table = {}
    for pk, path, url_path, content_type_id, live, _alias in pages:
        table[url_path] = Entry(
            pk=pk,
            content_type_id=content_type_id,
            live=live,
            own_routing=_own_routing(content_type_id),
            # Tree paths are fixed-width per level: a prefix is an ancestor (or the page).
            restricted=any(path.startswith(other) for other in guarded),
        )
    return {"root_url_path": root.url_path, "table": table}


def _site(request):
    """The request's Site, from the cache (Wagtail's lookup is a query per request)."""
    # get_host() was checked against ALLOWED_HOSTS by CommonMiddleware already.
    key = f"routing:{pagecache.generation_for(request)}:site:{request.get_host()}"
    cache = pagecache.cache()
    found = cache.get(key)
    if found is None:
        found = Site._find_for_request(request) or False
        cache.set(key, found, ROUTES_SECONDS)
    return found or None


def _routes(request, site):
    key = f"routing:{pagecache.generation_for(request)}:routes:{site.pk}"
    return pagecache.cache().get_or_set(key, lambda: _build(site), ROUTES_SECONDS)


def _load(entry):
    model = ContentType.objects.get_for_id(entry.content_type_id).model_class()
    page = model._default_manager.get(pk=entry.pk)
    if not entry.restricted:
        page._no_view_restrictions = True
    return page


def route(request, path):
    """Wagtail's RouteResult for ``path`` (or None for a 404), like
    ``Page.route_for_request``."""
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
    if entry is None:
        return None
    rest = components[position:]
    if not rest and not entry.own_routing:
        return RouteResult(_load(entry)) if entry.live else None
    try:
        return _load(entry).route(request, rest)
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
        return super().get_view_restrictions()
