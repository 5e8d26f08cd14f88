from django import template

from wagtail.models import Page, Site

register = template.Library()


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The pages under the site root that editors marked "show in menus"."""
    root = _site_root(context)
    current = context.get("page") or context.get("self")
    current_path = current.path if isinstance(current, Page) else ""
    items = []
    if root is not None:
        for item in root.get_children().live().in_menu().only("id", "title", "url_path", "path"):
            if item.path == current_path:
                state = "page"
            elif current_path.startswith(item.path):
                state = "section"
            else:
                state = ""
            items.append((item, state))
    return {"items": items, "request": context.get("request")}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The ancestors of the current page from the home page down, then the page itself."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = list(page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path"))
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}
