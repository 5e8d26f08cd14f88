"""The site's chrome: main menu, breadcrumbs and footer, on every page."""

from django import template
from django.template.loader import render_to_string

from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page, Site

from home.groups import may_open_admin

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


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
    for title, url, path in build():
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

    ancestors = build()
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

    return build()


@register.simple_tag(takes_context=True)
def organisation_name(context):
    """The organisation's name from the footer settings, for page titles."""
    request = context.get("request")
    return _footer_settings(request).organisation or "Centrum voor Lokaal Bestuur"


@register.simple_tag(takes_context=True)
def site_userbar(context):
    """Wagtail's user bar, for those who may open the admin (home.groups.may_open_admin)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not may_open_admin(user):
        return ""
    return wagtailuserbar(context)
