"""
Mijn CLB (/mijn-clb/): a member's own page, made of sections that apps register with the
Wagtail hook ``register_mijn_clb_section`` (a function returning a ``MijnClbSection``),
so that home imports no other app. Each section renders its own template with its own
context; a section that takes forms gets its POSTs at /mijn-clb/<key>/<action>/ (home.
mijnclb_views), where its ``post`` answers with a response (usually a redirect back).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wagtail import hooks

HOOK = "register_mijn_clb_section"


@dataclass(frozen=True)
class MijnClbSection:
    key: str  # its anchor and its part of the POST URL ("bewaarde-moties")
    order: int  # place on the page, low first
    title: str
    template: str
    context: Callable[[Any], dict]  # request -> the template's context
    post: Callable[[Any, str], Any] | None = None  # (request, action) -> response or None


def mijn_clb_sections():
    sections = [make() for make in hooks.get_hooks(HOOK)]
    return sorted(sections, key=lambda section: (section.order, section.key))


def section_for(key):
    return next((section for section in mijn_clb_sections() if section.key == key), None)
