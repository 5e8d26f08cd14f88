"""Home's own parts of Mijn CLB (home.mijnclb) and of a member's data (home.memberdata)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from home import mijnclb_views as views
from home.memberdata import MemberDataPart
from home.mijnclb import MijnClbSection
from home.models import MailPreferences


@hooks.register("register_mijn_clb_section")
def profile_section():
    return MijnClbSection(
        key="profiel",
        order=10,
        title=_("Profiel"),
        template="home/mijnclb/profile.html",
        context=views.account_context,
        post=views.profile_post,
    )


@hooks.register("register_mijn_clb_section")
def password_section():
    return MijnClbSection(
        key="wachtwoord",
        order=20,
        title=_("Wachtwoord"),
        template="home/mijnclb/password.html",
        context=views.password_context,
        post=views.password_post,
    )


@hooks.register("register_mijn_clb_section")
def mail_section():
    return MijnClbSection(
        key="e-mail",
        order=90,
        title=_("E-mail"),
        template="home/mijnclb/mail.html",
        context=views.preferences_context,
        post=views.preferences_post,
    )


def _export_preferences(user):
    preferences = MailPreferences.objects.filter(user=user).first()
    if preferences is None:
        return None
    return {"alerts": preferences.alerts, "updated_at": preferences.updated_at.isoformat()}


def _remove_preferences(user):
    return MailPreferences.objects.filter(user=user).delete()[0] > 0


@hooks.register("register_member_data")
def mail_preferences_data():
    return MemberDataPart(
        key="mail_preferences",
        label="e-mailvoorkeuren",
        export=_export_preferences,
        remove=_remove_preferences,
    )
