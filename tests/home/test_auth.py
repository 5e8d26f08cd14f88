"""
The roles read with the request's user (home/auth.py): the same answers as asking
Django and Wagtail one by one, fresh on every request, in one query.
"""

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from home.auth import roles
from home.groups import EDITOR_GROUP, MEMBER_GROUP, is_editor, is_member, may_open_admin
from tests.factories import StandardPageFactory, UserFactory, editor, member, non_member

pytestmark = pytest.mark.django_db


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
    """What Django answers, asked the slow way (a fresh user object, no roles read)."""
    fresh = type(user).objects.get(pk=user.pk)
    return {
        "member": fresh.groups.filter(name__in=[MEMBER_GROUP, EDITOR_GROUP]).exists(),
        "editor": fresh.groups.filter(name=EDITOR_GROUP).exists(),
        "admin": fresh.has_perm("wagtailadmin.access_admin"),
    }


def test_roles_are_what_django_answers(people):
    for name, user in people.items():
        assert roles(user.pk) == expected(user), name
    assert roles(people["member"].pk) == {"member": True, "editor": False, "admin": False}
    assert roles(people["editor"].pk)["admin"] is True
    assert roles(people["own permission"].pk)["admin"] is True
    assert roles(people["other group"].pk) == {"member": False, "editor": False, "admin": True}


def test_the_request_user_carries_its_roles(client, people, home_page):
    StandardPageFactory(parent=home_page, slug="over")
    for name, user in people.items():
        client.force_login(user, backend="home.auth.SiteModelBackend")
        request_user = client.get("/over/").wsgi_request.user
        assert request_user._clb_roles == expected(user), name
        assert is_member(request_user) == expected(user)["member"]
        assert is_editor(request_user) == expected(user)["editor"]
        assert may_open_admin(request_user) == expected(user)["admin"]


def test_a_change_of_groups_counts_from_the_next_request(client, people, home_page):
    StandardPageFactory(parent=home_page, slug="over")
    person = people["member"]
    client.force_login(person, backend="home.auth.SiteModelBackend")
    assert is_member(client.get("/over/").wsgi_request.user)
    person.groups.remove(Group.objects.get(name=MEMBER_GROUP))
    assert not is_member(client.get("/over/").wsgi_request.user)


def test_the_user_bar_is_for_those_who_may_open_the_admin(client, people, home_page):
    StandardPageFactory(parent=home_page, slug="over")
    for name in ("editor", "own permission"):
        client.force_login(people[name], backend="home.auth.SiteModelBackend")
        assert "wagtail-userbar" in client.get("/over/").content.decode(), name
    for name in ("member", "nobody"):
        client.force_login(people[name], backend="home.auth.SiteModelBackend")
        assert "wagtail-userbar" not in client.get("/over/").content.decode(), name
    client.logout()
    assert "wagtail-userbar" not in client.get("/over/").content.decode()


def test_a_member_page_asks_for_the_user_and_roles_once(client, people, home_page):
    StandardPageFactory(parent=home_page, slug="over")
    client.force_login(people["member"], backend="home.auth.SiteModelBackend")
    client.get("/over/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/over/").status_code == 200
    statements = [query["sql"] for query in captured]
    assert sum('FROM "auth_user"' in sql for sql in statements) == 1, statements
    assert sum("auth_user_groups" in sql for sql in statements) == 1, statements
    assert not any("auth_permission" in sql and "EXISTS" not in sql for sql in statements)


def test_logging_in_with_the_login_form_uses_the_site_backend(client, people):
    from tests.factories.users import PASSWORD

    response = client.post(
        "/account/inloggen/", {"username": people["member"].username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_backend"] == "home.auth.SiteModelBackend"


def test_an_inactive_or_unknown_user_is_not_loaded(people):
    from home.auth import SiteModelBackend

    backend = SiteModelBackend()
    person = people["member"]
    assert backend.get_user(person.pk).pk == person.pk
    person.is_active = False
    person.save()
    assert backend.get_user(person.pk) is None
    assert backend.get_user(987654) is None


def test_the_groups_come_with_the_user(people):
    from home.auth import SiteModelBackend

    for name, person in people.items():
        loaded = SiteModelBackend().get_user(person.pk)
        with CaptureQueriesContext(connection) as captured:
            groups = sorted(group.name for group in loaded.groups.all())
        assert groups == sorted(person.groups.values_list("name", flat=True)), name
        assert len(captured) == 0, name
    # Changed through the user object, they are read again.
    loaded = SiteModelBackend().get_user(people["nobody"].pk)
    loaded.groups.add(Group.objects.get(name=MEMBER_GROUP))
    assert [group.name for group in loaded.groups.all()] == [MEMBER_GROUP]


def test_a_page_for_a_group_lets_in_its_members_only(client, people, home_page):
    """Wagtail's privacy check for groups asks for the user's groups: they come with the
    user; the answer stays Wagtail's."""
    from wagtail.models import PageViewRestriction

    page = StandardPageFactory(parent=home_page, slug="leden-info", title="Voor leden")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=MEMBER_GROUP))
    client.force_login(people["member"], backend="home.auth.SiteModelBackend")
    client.get("/leden-info/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/leden-info/")
    assert response.status_code == 200 and "Voor leden" in response.content.decode()
    statements = [query["sql"] for query in captured]
    assert sum("auth_user_groups" in sql for sql in statements) == 1, statements
    for name in ("nobody", "other group"):
        client.force_login(people[name], backend="home.auth.SiteModelBackend")
        assert client.get("/leden-info/").status_code == 302, name
