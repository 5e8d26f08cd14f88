"""The motion bank's sections of Mijn CLB and its part of a member's data (imported by
motionbank.wagtail_hooks, so that Wagtail registers them)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.memberdata import MemberDataPart
from home.mijnclb import MijnClbSection

from . import mijnclb
from .models import Member


@hooks.register("register_mijn_clb_section")
def function_section():
    return MijnClbSection(
        key="functie",
        order=15,
        title=_("Functie"),
        template="motionbank/mijnclb/function.html",
        context=mijnclb.function_context,
        post=mijnclb.function_post,
    )


@hooks.register("register_mijn_clb_section")
def contributions_section():
    return MijnClbSection(
        key="mijn-bijdragen",
        order=40,
        title=_("Mijn bijdragen"),
        template="motionbank/mijnclb/contributions.html",
        context=mijnclb.contributions_context,
        post=mijnclb.contributions_post,
    )


@hooks.register("register_mijn_clb_section")
def saved_motions_section():
    return MijnClbSection(
        key="bewaarde-moties",
        order=50,
        title=_("Bewaarde moties"),
        template="motionbank/mijnclb/saved_motions.html",
        context=mijnclb.saved_motions_context,
        post=mijnclb.saved_motions_post,
    )


@hooks.register("register_mijn_clb_section")
def saved_searches_section():
    return MijnClbSection(
        key="zoekopdrachten",
        order=60,
        title=_("Zoekopdrachten"),
        template="motionbank/mijnclb/saved_searches.html",
        context=mijnclb.saved_searches_context,
        post=mijnclb.saved_searches_post,
    )


def _export_saved(user):
    from .models import SavedMotion, SavedSearch

    motions = [
        {
            "motion": item.motion_id,
            "title": item.motion.title,
            "note": item.note,
            "saved_at": item.created_at.isoformat(),
        }
        for item in SavedMotion.objects.filter(user=user).select_related("motion")
    ]
    searches = [
        {
            "name": item.name,
            "search": item.querystring,
            "frequency": item.frequency,
            "saved_at": item.created_at.isoformat(),
            "last_alert_at": item.last_alert_at.isoformat() if item.last_alert_at else None,
        }
        for item in SavedSearch.objects.filter(user=user)
    ]
    if not motions and not searches:
        return None
    return {"saved_motions": motions, "saved_searches": searches}


def _remove_saved(user):
    from .models import AlertSent, SavedMotion, SavedSearch

    removed = 0
    for model in (SavedMotion, SavedSearch, AlertSent):
        removed += model.objects.filter(user=user).delete()[0]
    return removed > 0


@hooks.register("register_member_data")
def saved_items_data():
    return MemberDataPart(
        key="mijn_clb",
        label="bewaarde moties en zoekopdrachten",
        export=_export_saved,
        remove=_remove_saved,
    )


@hooks.register("register_admin_urls")
def saved_search_report_urls():
    from django.urls import path

    from .alerts_admin import saved_search_report

    return [
        path(
            "motiebank/zoekopdrachten/",
            saved_search_report,
            name="motionbank_saved_search_report",
        )
    ]


class SavedSearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        from .access import is_staff_member

        return is_staff_member(request.user) or request.user.is_superuser


@hooks.register("register_reports_menu_item")
def saved_search_report_menu_item():
    return SavedSearchReportMenuItem(
        _("Zoekopdrachten van leden"),
        reverse("motionbank_saved_search_report"),
        icon_name="search",
        order=900,
    )


@hooks.register("register_member_details")
def member_details(user):
    """A member's function and governing body, for forms elsewhere (home.memberdetails)."""
    member = Member.for_user(user)
    if member is None:
        return {}
    body = member.governing_body
    return {
        "function": member.get_function_display(),
        "governing_body": body.display_name if body else "",
    }
