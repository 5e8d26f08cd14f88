"""
Signing in with Django's ModelBackend (after axes'): the roles the site asks about
(member, editor, may open the admin) are Django's answers, fresh on every request.
"""

from django.contrib.auth.models import Group, Permission

import pytest

from home.groups import EDITOR_GROUP, MEMBER_GROUP, is_editor, is_member, may_open_admin
from tests.factories import StandardPageFactory, UserFactory, editor, member, non_member

pytestmark = pytest.mark.django_db

BACKEND = "django.contrib.auth.backends.ModelBackend"


def admin_permission():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


@pytest.fixture
def people(db):
    staff_with_permission = UserFactory(username="eigen-toegang")
    staff_with_permission.user_permissions.add(admin_permission())
    other_group = Group.objects.create(name="Beheer")
    other_group.permissions.add(admin_permission())
    return {
        "member": member(),
        "editor": editor(),
        "nobody": non_member(),
        "own permission": staff_with_permission,
        "other group": UserFactory(groups=["Beheer"]),
        "member and editor": UserFactory(groups=[MEMBER_GROUP, EDITOR_GROUP]),
    }


def expected(user):
    """What Django answers, asked of a fresh user object."""
    fresh = type(user).objects.get(pk=user.pk)
    return {
        "member": fresh.groups.filter(name__in=[MEMBER_GROUP, EDITOR_GROUP]).exists(),
        "editor": fresh.groups.filter(name=EDITOR_GROUP).exists(),
        "admin": fresh.has_perm("wagtailadmin.access_admin"),
    }


def test_the_request_user_has_djangos_roles(client, people, home_page):
    StandardPageFactory(parent=home_page, slug="over")
    assert expected(people["member"]) == {"member": True, "editor": False, "admin": False}
    assert expected(people["other group"]) == {"member": False, "editor": False, "admin": True}
    for name, user in people.items():
        client.force_login(user, backend=BACKEND)
        request_user = client.get("/over/").wsgi_request.user
        answers = {
            "member": is_member(request_user),
            "editor": is_editor(request_user),
            "admin": may_open_admin(request_user),
        }
        assert answers == expected(user), name


def test_a_change_of_groups_counts_from_the_next_request(client, people, home_page):
    StandardPageFactory(parent=home_page, slug="over")
    person = people["member"]
    client.force_login(person, backend=BACKEND)
    assert is_member(client.get("/over/").wsgi_request.user)
    person.groups.remove(Group.objects.get(name=MEMBER_GROUP))
    assert not is_member(client.get("/over/").wsgi_request.user)


def test_the_user_bar_is_for_those_who_may_open_the_admin(client, people, home_page):
    StandardPageFactory(parent=home_page, slug="over")
    for name in ("editor", "own permission"):
        client.force_login(people[name], backend=BACKEND)
        assert "wagtail-userbar" in client.get("/over/").content.decode(), name
    for name in ("member", "nobody"):
        client.force_login(people[name], backend=BACKEND)
        assert "wagtail-userbar" not in client.get("/over/").content.decode(), name
    client.logout()
    assert "wagtail-userbar" not in client.get("/over/").content.decode()


def test_logging_in_with_the_login_form_uses_djangos_backend(client, people):
    from tests.factories.users import PASSWORD

    response = client.post(
        "/account/inloggen/", {"username": people["member"].username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_backend"] == BACKEND


def test_a_deactivated_member_is_signed_out(client, people, home_page):
    from tests.factories.motionbank import MotionBankPageFactory

    MotionBankPageFactory(parent=home_page, slug="motiebank")
    person = people["member"]
    client.force_login(person, backend=BACKEND)
    assert client.get("/motiebank/").status_code == 200
    person.is_active = False
    person.save()
    response = client.get("/motiebank/")
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]
    assert not client.get("/motiebank/").wsgi_request.user.is_authenticated


def test_a_page_for_a_group_lets_in_its_members_only(client, people, home_page):
    """Wagtail's own privacy check for groups."""
    from wagtail.models import PageViewRestriction

    page = StandardPageFactory(parent=home_page, slug="leden-info", title="Voor leden")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=MEMBER_GROUP))
    client.force_login(people["member"], backend=BACKEND)
    response = client.get("/leden-info/")
    assert response.status_code == 200 and "Voor leden" in response.content.decode()
    for name in ("nobody", "other group"):
        client.force_login(people[name], backend=BACKEND)
        assert client.get("/leden-info/").status_code == 302, name
