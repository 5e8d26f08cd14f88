"""
The areas of the site search besides pages: each app registers its own with the Wagtail
hook ``register_site_search_area`` (a function returning a ``SiteSearchArea``), so that
the search imports no domain app. The agenda registers events, the motion bank motions.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wagtail import hooks

HOOK = "register_site_search_area"


@dataclass(frozen=True)
class SiteSearchArea:
    key: str  # names the result group in the template ("events", "motions")
    label: str  # heading of the result group
    kind: str  # label of a suggestion from this area
    order: int  # groups and suggestions run in this order, after pages
    # The items ``user`` may find here, or None when the area is not for them.
    items_for: Callable[[Any], Any]
    # The page listing the area ("more results"), or None: called with the request.
    section_for: Callable[[Any], Any]
    # The URL of one item, given the section page (never None) and the request.
    item_url: Callable[[Any, Any, Any], str]


def site_search_areas():
    areas = [make_area() for make_area in hooks.get_hooks(HOOK)]
    return sorted(areas, key=lambda area: area.order)
