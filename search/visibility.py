"""What each kind of content a person may find in the site search."""

from wagtail.models import Page, PageViewRestriction

from home.groups import is_member


def pages_visible_to(user):
    """Live pages; pages behind a view restriction only for the groups it names."""
    pages = Page.objects.live().filter(depth__gt=1)
    if not user.is_authenticated:
        return pages.public()
    if user.is_superuser:
        return pages
    group_ids = set(user.groups.values_list("id", flat=True))
    for restriction in PageViewRestriction.objects.prefetch_related("groups"):
        allowed = restriction.restriction_type == PageViewRestriction.LOGIN or (
            restriction.restriction_type == PageViewRestriction.GROUPS
            and group_ids & {group.id for group in restriction.groups.all()}
        )
        if not allowed:
            pages = pages.not_descendant_of(restriction.page, inclusive=True)
    return pages


def events_visible_to(user):
    from agenda.models import Event

    return Event.objects.visible_to(user)


def motions_visible_to(user):
    from motionbank.models import Motion

    if not is_member(user):
        return Motion.objects.none()
    return Motion.objects.live()
