"""
The member admin's privacy actions (motionbank/privacy_admin.py): downloading a member's
data and removing a member. Only users with the permission ``manage_member_data`` reach
them (superusers have it; Redactie does not), they act on members only (never on staff,
superusers or accounts in no member group), and every use is in Wagtail's audit log.

The role table: who asks (anonymous, a member, an editor without the permission, an
editor with it, a superuser) against which account (a member, an editor, a superuser,
a member who is also an editor, an account in no group, an id nobody has), for both
views, by GET and POST.
"""

import io
import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from agenda.models import CalendarFeedToken
from home.groups import EDITOR_GROUP, MEMBER_GROUP, ensure_groups
from motionbank.privacy import EXPORTED, REFUSED, REMOVED
from tests.factories import UserFactory
from tests.factories.motionbank import MemberFactory

pytestmark = pytest.mark.django_db

User = get_user_model()
OFFICER_GROUP = "Ledengegevens"

ACTORS = ("anonymous", "member", "editor", "editor_with_permission", "superuser")
TARGETS = ("member", "editor", "superuser", "member_and_editor", "no_group", "nobody")
REQUESTS = (
    ("export", "get"),
    ("export", "post"),
    ("remove", "get"),
    ("remove", "post"),
)
URL_NAMES = {"export": "motionbank_member_export", "remove": "motionbank_member_remove"}
ADMIN_LOGIN = "/admin/login/"
DENIED = "denied"  # Wagtail's answer to PermissionDenied: back to the dashboard, with a message


@pytest.fixture
def officer_group(groups):
    """A group with the permission, as a superuser would make it in the group admin."""
    group = Group.objects.create(name=OFFICER_GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="motionbank", codename="manage_member_data")
    )
    return group


@pytest.fixture
def actors(people, officer_group):
    return {
        "anonymous": None,
        "member": people["other_member"],
        "editor": people["editor"],
        "editor_with_permission": UserFactory(
            username="privacy", groups=[EDITOR_GROUP, OFFICER_GROUP]
        ),
        "superuser": people["superuser"],
    }


@pytest.fixture
def targets(people):
    """Accounts with a secret calendar feed each, which an export would show."""
    made = {
        "member": people["member"],
        "editor": UserFactory(username="redacteur2", groups=[EDITOR_GROUP]),
        "superuser": UserFactory(username="beheerder", is_superuser=True, is_staff=True),
        "member_and_editor": MemberFactory(
            user=UserFactory(username="lid-en-redacteur", groups=[MEMBER_GROUP, EDITOR_GROUP])
        ).user,
        "no_group": UserFactory(username="oud-lid"),
    }
    for user in made.values():
        CalendarFeedToken.for_user(user)
    return made


def target_id(targets, kind):
    return targets[kind].pk if kind in targets else User.objects.order_by("-pk")[0].pk + 1000


def expected(actor, target, view, method):
    """The status code, ADMIN_LOGIN for Wagtail's redirect to its login page, or DENIED."""
    if actor in ("anonymous", "member"):
        return ADMIN_LOGIN  # no access to the admin at all
    if actor == "editor":
        return DENIED  # whatever the account, even one that does not exist
    if target != "member":
        return 404
    if view == "export":
        return 200 if method == "get" else 405
    return 200 if method == "get" else 302


def entries(action):
    return ModelLogEntry.objects.filter(action=action)


@pytest.mark.parametrize(("view", "method"), REQUESTS, ids=[f"{v}-{m}" for v, m in REQUESTS])
@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("actor", ACTORS)
def test_the_role_table(client, actors, targets, actor, target, view, method):
    user = actors[actor]
    if user is not None:
        client.force_login(user)
    pk = target_id(targets, target)
    secrets = [token.token for token in CalendarFeedToken.objects.all()]

    response = getattr(client, method)(reverse(URL_NAMES[view], args=[pk]))

    want = expected(actor, target, view, method)
    if want == ADMIN_LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(ADMIN_LOGIN)
    elif want == DENIED:
        assert (response.status_code, response["Location"]) == (302, "/admin/")
        dashboard = client.get(response["Location"]).content.decode()
        assert "je hebt geen toegang tot dit gedeelte" in dashboard
    else:
        assert response.status_code == want

    exported = want == 200 and view == "export"
    removed = want == 302 and view == "remove"
    body = response.content.decode()
    if exported:
        assert response["Content-Type"].startswith("application/json")
        data = json.loads(body)
        assert data["account"]["username"] == targets[target].username
        assert data["calendar_feed"]["token"] in secrets
    else:
        assert not response["Content-Type"].startswith("application/json")
        assert not any(secret in body for secret in secrets)
        assert "lotte@clb-test.nl" not in body

    if removed:
        assert not User.objects.filter(pk=pk).exists()
        assert response["Location"] == reverse("motionbank_member_modeladmin_index")
    else:  # every account there was is still there, with its feed
        assert User.objects.filter(pk__in=[user.pk for user in targets.values()]).count() == 5
        assert CalendarFeedToken.objects.count() == len(secrets)

    logged = {
        EXPORTED: list(entries(EXPORTED)),
        REMOVED: list(entries(REMOVED)),
        REFUSED: list(entries(REFUSED)),
    }
    if exported or removed:
        (entry,) = logged[EXPORTED if exported else REMOVED]
        assert entry.user_id == user.pk
        assert entry.object_id == str(pk)
        assert entry.label == targets[target].username
        assert entry.data["via"] == "admin"
        assert entry.timestamp is not None
    else:
        assert logged[EXPORTED] == logged[REMOVED] == []
    if want in (DENIED, 404) and target != "nobody":
        (entry,) = logged[REFUSED]
        assert (entry.user_id, entry.object_id) == (user.pk, str(pk))
        assert entry.data["view"] == view
        assert entry.data["reason"] == ("no_permission" if want == DENIED else "not_a_member")
    elif want not in (DENIED, 404):
        assert logged[REFUSED] == []


def test_redactie_does_not_have_the_permission(groups, people):
    ensure_groups()  # after every migrate
    assert not groups["editors"].permissions.filter(codename="manage_member_data").exists()
    assert people["editor"].has_perm("motionbank.view_member")
    assert people["editor"].has_perm("motionbank.delete_member")
    assert not people["editor"].has_perm("motionbank.manage_member_data")


def test_a_superuser_can_give_a_group_the_permission_in_the_group_admin(client, people):
    client.force_login(people["superuser"])
    permission = Permission.objects.get(codename="manage_member_data")
    html = client.get(reverse("wagtailusers_groups:add")).content.decode()
    assert f'value="{permission.pk}"' in html
    assert "Kan gegevens van leden downloaden en leden verwijderen" in html


def test_the_buttons_show_for_members_only_and_only_with_the_permission(
    client, actors, targets, people
):
    staff_record = MemberFactory(user=targets["editor"])
    member_urls = [reverse(name, args=[people["member"].pk]) for name in URL_NAMES.values()]
    staff_urls = [reverse(name, args=[staff_record.user_id]) for name in URL_NAMES.values()]
    listing = reverse("motionbank_member_modeladmin_index")

    client.force_login(actors["editor"])
    html = client.get(listing).content.decode()
    assert "Lotte" in html and "Gegevens downloaden" not in html
    assert not any(url in html for url in member_urls + staff_urls)

    for actor in ("editor_with_permission", "superuser"):
        client.force_login(actors[actor])
        html = client.get(listing).content.decode()
        assert all(url in html for url in member_urls), actor
        assert not any(url in html for url in staff_urls), actor


def test_the_uses_are_in_the_site_history_report(client, actors, targets, people):
    officer = actors["editor_with_permission"]
    client.force_login(officer)
    client.get(reverse("motionbank_member_export", args=[people["member"].pk]))
    client.post(reverse("motionbank_member_remove", args=[people["member"].pk]))
    client.get(reverse("motionbank_member_export", args=[targets["superuser"].pk]))

    client.force_login(people["superuser"])
    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Gegevens van het lid gedownload" in html
    assert "Lid en persoonsgegevens verwijderd" in html
    assert "Downloaden of verwijderen van ledengegevens geweigerd" in html
    assert "lid1" in html and "beheerder" in html


def test_the_commands_log_their_use_too(people):
    call_command("export_member_data", "lid1", stdout=io.StringIO())
    call_command("remove_member", "lid1", "--noinput", stdout=io.StringIO())
    for action in (EXPORTED, REMOVED):
        (entry,) = entries(action)
        assert entry.user_id is None
        assert entry.label == "lid1"
        assert entry.data["via"] == "command"


def test_the_remove_command_refuses_an_account_in_no_group(people):
    with pytest.raises(CommandError, match="geen lid"):
        call_command("remove_member", "geen-lid", "--noinput", stdout=io.StringIO())
    assert User.objects.filter(username="geen-lid").exists()
    assert not entries(REMOVED).exists()


@pytest.mark.parametrize("number", [0, 2**63, 10**30])
@pytest.mark.parametrize("view", URL_NAMES)
def test_ids_nobody_has_are_a_404_for_those_with_the_permission(client, actors, view, number):
    client.force_login(actors["editor_with_permission"])
    assert client.get(reverse(URL_NAMES[view], args=[number])).status_code == 404
    assert client.post(reverse(URL_NAMES[view], args=[number])).status_code == 404
    assert not ModelLogEntry.objects.exists()
