from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button, ListingButton

from home.memberdata import MemberDataPart
from home.mijnclb import MijnClbSection
from newsletter import admin_views, mijnclb
from newsletter.models import Delivery, NewsletterIssuePage, Subscriber
from newsletter.viewsets import NewsletterViewSetGroup


@hooks.register("register_admin_viewset")
def newsletter_viewsets():
    return NewsletterViewSetGroup()


@hooks.register("register_admin_urls")
def newsletter_admin_urls():
    return [
        path(
            "nieuwsbrief/nummers/<int:page_id>/verzenden/",
            admin_views.send_issue,
            name="newsletter_send",
        )
    ]


def _send_button(page, user, cls, priority):
    if not isinstance(page.specific_deferred, NewsletterIssuePage):
        return []
    if not page.permissions_for_user(user).can_publish():
        return []
    return [
        cls(
            _("Verzenden"),
            reverse("newsletter_send", args=[page.pk]),
            icon_name="mail",
            priority=priority,
        )
    ]


@hooks.register("register_page_header_buttons")
def send_header_button(page, user, view_name=None, next_url=None):
    yield from _send_button(page, user, Button, 45)


@hooks.register("register_page_listing_more_buttons")
def send_listing_button(page, user, next_url=None):
    yield from _send_button(page, user, ListingButton, 45)


@hooks.register("register_mijn_clb_section")
def mijn_clb_newsletter_section():
    return MijnClbSection(
        key="nieuwsbrief",
        order=85,
        title=_("Nieuwsbrief"),
        template="newsletter/mijnclb/newsletter.html",
        context=mijnclb.newsletter_context,
        post=mijnclb.newsletter_post,
    )


def _moment(value):
    return value.isoformat() if value else None


def _export_subscription(user):
    rows = Subscriber.objects.filter(user=user)
    return [
        {
            "email": row.email,
            "name": row.name,
            "status": row.status_label,
            "created_at": _moment(row.created_at),
            "confirmed_at": _moment(row.confirmed_at),
            "unsubscribed_at": _moment(row.unsubscribed_at),
        }
        for row in rows
    ] or None


def _remove_subscription(user):
    """The subscription and the record of which issues went to its address."""
    rows = Subscriber.objects.filter(user=user)
    Delivery.objects.filter(email__in=rows.values("email")).delete()
    deleted, _by_model = rows.delete()
    return bool(deleted)


@hooks.register("register_member_data")
def newsletter_member_data():
    """A member's subscription, in the export and removal of their data."""
    return MemberDataPart(
        key="newsletter",
        label="nieuwsbrief",
        export=_export_subscription,
        remove=_remove_subscription,
    )
