"""
What each kind of content a person may find in the site search, its suggestions and the
sitemap: one place that every listing of pages shares.

A page's view restrictions are those of the page and its ancestors and, for an alias, those
of the page it points to (Wagtail's ``Page.get_view_restrictions()``); Wagtail's
``PageQuerySet.public()`` only looks at the tree the page itself is in, so an alias of a
page restricted after the alias was made would be listed. Here a listing leaves out every
page tree behind a restriction the person does not pass, and every alias (with the pages
under it) whose source lies in such a tree.
"""

from functools import reduce
from operator import or_

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q

from wagtail.models import Page, PageViewRestriction


def passes(restriction, user, group_ids):
    """Whether the user passes a restriction without a request. A password is kept in a
    session, which a listing does not look at: pages behind one are never listed."""
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        return user.is_superuser or bool(
            group_ids & {group.id for group in restriction.groups.all()}
        )
    return False


def hidden_sections(user):
    """The paths of the page trees the user may not see: each restricted page the user
    does not pass, and each alias whose source lies under one of them (its own source's
    restrictions apply to an alias, and so to the pages under it)."""
    group_ids = set(user.groups.values_list("id", flat=True)) if user.is_authenticated else set()
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    found = _outermost(
        restriction.page.path
        for restriction in restrictions
        if not passes(restriction, user, group_ids)
    )
    new = found
    while new:
        # Aliases of pages in the new sections, not already inside a hidden section.
        aliases = (
            Page.objects.filter(_under(new, "alias_of__path"))
            .exclude(_under(found, "path"))
            .values_list("path", flat=True)
        )
        new = _outermost(aliases)
        found = _outermost([*found, *new])
    return found


def _outermost(paths):
    """The paths that are not under another of them, in tree order."""
    kept = []
    for path in sorted(set(paths)):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return kept


def _under(paths, lookup):
    return reduce(or_, (Q(**{f"{lookup}__startswith": path}) for path in paths))


def pages_visible_to(user):
    """Live pages outside every section the user may not see (``hidden_sections``)."""
    pages = Page.objects.live().filter(depth__gt=1)
    hidden = hidden_sections(user)
    if hidden:
        # A filter on ``path`` only (a FilterField of Page): every search backend applies it.
        pages = pages.exclude(_under(hidden, "path"))
    return pages


def pages_visible_to_visitors():
    return pages_visible_to(AnonymousUser())
