"""
The site's chrome: main menu, breadcrumbs and footer, on every page.

What they show changes only when an editor publishes, so each is built once and kept in
the cache under the page cache's generation (clbsite.pagecache), which every such change
bumps: a member's page, an agenda with filters or a page the page cache skips still
costs no queries for them. Only what depends on the request (which menu item is
current) is worked out per request.
"""

from django import template
from django.template.loader import render_to_string
from django.utils.translation import get_language

from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page, Site

from clbsite import pagecache
from home.groups import may_open_admin

register = template.Library()

CHROME_SECONDS = 3600
FORMAT = 1  # part of the keys: change it when what is cached changes


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def _chrome(request, name, build):
    """``build()`` for this host and language, cached until the next editor's change."""
    if request is None:
        return build()
    generation = pagecache.generation_for(request)
    key = f"chrome:v{FORMAT}:{generation}:{name}:{request.get_host()}:{get_language()}"
    return pagecache.cached(key, build, CHROME_SECONDS)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The pages under the site root that editors marked "show in menus"."""
    request = context.get("request")

    def build():
        root = _site_root(request)
        if root is None:
            return []
        children = root.get_children().live().in_menu().only("id", "title", "url_path", "path")
        return [(item.title, item.get_url(request), item.path) for item in children]

    current = context.get("page") or context.get("self")
    current_path = current.path if isinstance(current, Page) else ""
    items = []
    for title, url, path in _chrome(request, "menu", build):
        if path == current_path:
            state = "page"
        elif current_path.startswith(path):
            state = "section"
        else:
            state = ""
        items.append({"title": title, "url": url, "state": state})
    return {"items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The ancestors of the current page from the home page down, then the page itself."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}

    def build():
        ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path")
        return [(item.title, item.get_url(request)) for item in ancestors]

    ancestors = _chrome(request, f"breadcrumbs:{page.pk}", build)
    return {
        "ancestors": [{"title": title, "url": url} for title, url in ancestors],
        "page": page,
    }


def _footer_settings(request):
    from home.models import FooterSettings

    return FooterSettings.for_request(request) if request else FooterSettings()


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer: contact details, social links and the about-this-site links."""
    request = context.get("request")

    def build():
        footer = _footer_settings(request)
        return render_to_string("includes/footer.html", {"footer": footer, "request": request})

    return _chrome(request, "footer", build)


@register.simple_tag(takes_context=True)
def organisation_name(context):
    """The organisation's name from the footer settings, for page titles."""
    request = context.get("request")
    return _chrome(
        request,
        "organisation",
        lambda: _footer_settings(request).organisation or "Centrum voor Lokaal Bestuur",
    )


@register.simple_tag(takes_context=True)
def site_userbar(context):
    """Wagtail's user bar, for those who may open the admin (home.groups.may_open_admin)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not may_open_admin(user):
        return ""
    return wagtailuserbar(context)
