"""
Open Graph and Twitter card tags for every page (``{% social_meta as meta %}`` in
templates/includes/social_meta.html, included by base.html): what a link shows when it is shared.

Title: the page's SEO title, else its title. Summary: the search description, else the
introduction or summary, else the site-wide text. URL: the address asked for, absolute with
the site's base URL (home.siteurl). Image: a rendition of the page's own image when it has
one (with its alt text), else the site-wide image in static/img/og-default.png.
"""

import datetime

from django import template
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from home.siteurl import absolute

register = template.Library()

SUMMARY_LENGTH = 300
FALLBACK_IMAGE = "img/og-default.png"
IMAGE_SPEC = "fill-1200x630"


def _text(value):
    return " ".join(strip_tags(str(value or "")).split())


def summary_of(page):
    for name in ("search_description", "introduction", "summary", "hero_text"):
        text = _text(getattr(page, name, ""))
        if text:
            return Truncator(text).chars(SUMMARY_LENGTH)
    return _(
        "Het Centrum voor Lokaal Bestuur ondersteunt PvdA-raadsleden, wethouders, "
        "burgemeesters, Statenleden en waterschappers met scholing, netwerken en kennis."
    )


def image_of(page):
    """(absolute URL, width, height, alt) of the page's image, or None."""
    image = getattr(page, "image", None)
    if image is None or not hasattr(image, "get_rendition"):
        return None
    rendition = image.get_rendition(IMAGE_SPEC)
    alt = getattr(page, "image_alt", "") or ""
    return absolute(rendition.url), rendition.width, rendition.height, alt


@register.simple_tag(takes_context=True)
def social_meta(context):
    request = context.get("request")
    page = context.get("page")
    site_name = _("Centrum voor Lokaal Bestuur")
    title = (getattr(page, "seo_title", "") or getattr(page, "title", "")) or site_name
    image = image_of(page) if page is not None else None
    published = getattr(page, "date", None)
    is_article = isinstance(published, datetime.date)
    meta = {
        "site_name": site_name,
        "title": title,
        "description": summary_of(page),
        "url": absolute(request.path) if request is not None else "",
        "type": "article" if is_article else "website",
        "published": published if is_article else None,
    }
    if image:
        meta.update(image=image[0], image_width=image[1], image_height=image[2], image_alt=image[3])
    else:
        meta.update(image=absolute(static(FALLBACK_IMAGE)), image_width=1200, image_height=630)
        meta["image_alt"] = site_name
    return meta
