"""
Admin registrations of the motion bank, and the access checks in front of Wagtail's own
page and document serving.

Members, governing bodies and themes use wagtail-modeladmin, as the project brief asks.
It is in maintenance mode: these three classes are kept small and plain so that they
can move to ModelViewSet without surprises. Motions are a snippet (viewsets.py).
"""

from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponseRedirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from wagtail_modeladmin.helpers import ButtonHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from home.groups import is_member
from search.areas import SiteSearchArea

from . import (
    mijnclb_hooks,  # noqa: F401 (Mijn CLB's sections register themselves)
    privacy,
)
from .access import denial, is_staff_member
from .models import GoverningBody, Member, Motion, MotionBankPage, Theme
from .privacy import is_motion_document
from .replies import LOG_ACTION as LOG_REPLY
from .viewsets import MotionViewSet


class MemberButtonHelper(ButtonHelper):
    """Besides edit and delete: download the member's data, remove the member
    (motionbank.privacy_admin), for users with that permission and members only."""

    def get_buttons_for_obj(self, obj, *args, **kwargs):
        buttons = super().get_buttons_for_obj(obj, *args, **kwargs)
        if not self.request.user.has_perm(privacy.PERMISSION):
            return buttons
        is_member = getattr(obj, "is_member_account", None)
        if is_member is None:
            is_member = privacy.is_member_account(obj.user)
        if not is_member:
            return buttons
        buttons.append(
            {
                "url": reverse("motionbank_member_export", args=[obj.user_id]),
                "label": _("Gegevens downloaden"),
                "classname": "button button-secondary button-small",
                "title": _("Alles wat de site over dit lid bewaart, als JSON"),
            }
        )
        buttons.append(
            {
                "url": reverse("motionbank_member_remove", args=[obj.user_id]),
                "label": _("Lid verwijderen"),
                "classname": "button button-secondary button-small no",
                "title": _("Account en persoonsgegevens verwijderen; de moties blijven"),
            }
        )
        return buttons


class MemberAdmin(ModelAdmin):
    model = Member
    button_helper_class = MemberButtonHelper
    menu_label = _("Leden")
    menu_icon = "user"
    list_display = ("__str__", "function", "governing_body")
    list_filter = ("function", "governing_body__tier")
    list_select_related = ("user", "governing_body")
    search_fields = ("user__username", "user__first_name", "user__last_name", "user__email")
    ordering = ("user__last_name", "user__first_name")

    def get_queryset(self, request):
        """Whether each record's account is a member's (the buttons above), in the
        listing's own query."""
        return (
            super()
            .get_queryset(request)
            .annotate(
                is_member_account=Exists(privacy.member_accounts().filter(pk=OuterRef("user_id")))
            )
        )


class GoverningBodyAdmin(ModelAdmin):
    model = GoverningBody
    menu_label = _("Bestuursorganen")
    menu_icon = "site"
    list_display = ("name", "code", "tier", "province", "active")
    list_filter = ("tier", "province", "active")
    search_fields = ("name", "code")
    ordering = ("tier", "name")


class ThemeAdmin(ModelAdmin):
    model = Theme
    menu_label = _("Thema's")
    menu_icon = "tag"
    list_display = ("name", "slug", "sort_order")
    search_fields = ("name",)
    ordering = ("sort_order", "name")


@modeladmin_register
class MotionBankAdminGroup(ModelAdminGroup):
    menu_label = _("Motiebank")
    menu_icon = "folder-open-inverse"
    menu_order = 220
    items = (MemberAdmin, GoverningBodyAdmin, ThemeAdmin)


register_snippet(MotionViewSet)


@hooks.register("register_admin_urls")
def member_privacy_urls():
    from . import privacy_admin

    return [path("motiebank/", include(privacy_admin.urlpatterns))]


@hooks.register("register_log_actions")
def member_privacy_log_actions(actions):
    """The uses of members' data in Wagtail's audit log (privacy.log_use)."""
    actions.register_action(
        privacy.EXPORTED, _("Ledengegevens downloaden"), _("Gegevens van het lid gedownload")
    )
    actions.register_action(
        privacy.REMOVED, _("Lid verwijderen"), _("Lid en persoonsgegevens verwijderd")
    )
    actions.register_action(
        LOG_REPLY, _("Reactie aan indiener"), _("Reactie via de site aan de indiener gestuurd")
    )
    actions.register_action(
        privacy.REFUSED,
        _("Ledengegevens geweigerd"),
        _("Downloaden of verwijderen van ledengegevens geweigerd"),
    )


@hooks.register("before_serve_page", order=-100)
def motion_bank_access(page, request, serve_args, serve_kwargs):
    """Before Wagtail's own privacy check: members and staff only, a clear 403 for others
    (Wagtail would send a logged-in non-member to the login page again)."""
    if isinstance(page, MotionBankPage):
        return denial(request, page)
    return None


@hooks.register("before_serve_document", order=-100)
def motion_document_access(document, request):
    """Motion files are served through the motion pages, which know whose draft a file
    belongs to; Wagtail's document URL serves them to staff only."""
    if not is_motion_document(document):
        return None
    refused = denial(request)
    if refused is not None:
        return refused
    if is_staff_member(request.user):
        return None
    from .views import motion_for_document

    motion = motion_for_document(request.user, document)
    page = MotionBankPage.objects.live().first()
    if motion is None or page is None:
        raise Http404
    return HttpResponseRedirect(page.motion_url(motion, route="motion_file"))


def _motions_for(user):
    return Motion.objects.live() if is_member(user) else None


@hooks.register("register_site_search_area")
def motions_search_area():
    """Motions in the site search and its suggestions, for members only."""
    return SiteSearchArea(
        key="motions",
        label=_("Moties en schriftelijke vragen"),
        kind=_("Motie"),
        order=200,
        items_for=_motions_for,
        section_for=lambda request: MotionBankPage.objects.live().first(),
        item_url=lambda bank, motion, request: bank.motion_url(motion),
    )
