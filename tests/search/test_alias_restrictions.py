"""
An alias of a page that was restricted after the alias was made: the alias takes its
source's restrictions (Wagtail's ``Page.get_view_restrictions()``), so the site search,
its suggestions and the sitemap leave it out for everyone who does not pass them.
"""

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

import pytest

from home.groups import MEMBER_GROUP
from tests.factories import StandardPageFactory, member, non_member

pytestmark = pytest.mark.django_db

TITLE = "Ledenoverleg stikstofdossier"


@pytest.fixture
def aliased(home_page):
    """A page with an alias elsewhere in the tree, neither of them restricted yet."""
    source = StandardPageFactory(
        parent=home_page,
        title=TITLE,
        slug="ledenoverleg",
        introduction="Vertrouwelijke afspraken over het stikstofdossier.",
    )
    elsewhere = StandardPageFactory(parent=home_page, title="Elders", slug="elders")
    alias = source.create_alias(parent=elsewhere, update_slug="ledenoverleg-kopie")
    return {"source": source, "alias": alias, "section": elsewhere}


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=kind,
        password="geheim-wachtwoord" if kind == PageViewRestriction.PASSWORD else "",
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name=MEMBER_GROUP)[0])
    return restriction


def search_html(client):
    return client.get("/zoeken/", {"q": "stikstofdossier"}).content.decode()


def suggested(client):
    data = client.get("/zoeken/suggesties/", {"q": "Ledenoverl"}).json()
    return [item["title"] for item in data["suggestions"]]


def sitemap(client):
    return client.get("/sitemap.xml").content.decode()


def test_before_the_restriction_the_alias_is_listed(client, aliased):
    """What the tests below take away: the alias is indexed and in the sitemap."""
    assert TITLE in search_html(client)
    assert TITLE in suggested(client)
    assert "/elders/ledenoverleg-kopie/" in sitemap(client)


@pytest.mark.parametrize(
    "kind",
    [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS],
)
def test_visitor_never_finds_the_alias_of_a_restricted_page(client, aliased, kind):
    restrict(aliased["source"], kind)
    assert TITLE not in search_html(client)
    assert "Vertrouwelijke afspraken" not in search_html(client)
    assert suggested(client) == []
    xml = sitemap(client)
    assert "/elders/ledenoverleg-kopie/" not in xml
    assert "/ledenoverleg/" not in xml
    assert "/elders/" in xml  # the rest of the site is still listed


def test_alias_of_a_page_under_a_restricted_section_is_left_out(client, home_page):
    section = StandardPageFactory(parent=home_page, title="Ledenzaken", slug="ledenzaken")
    source = StandardPageFactory(parent=section, title=TITLE, slug="ledenoverleg")
    elsewhere = StandardPageFactory(parent=home_page, title="Elders", slug="elders")
    source.create_alias(parent=elsewhere, update_slug="ledenoverleg-kopie")
    restrict(section, PageViewRestriction.GROUPS)
    assert TITLE not in search_html(client)
    assert suggested(client) == []
    assert "/elders/ledenoverleg-kopie/" not in sitemap(client)
    client.force_login(member())
    assert TITLE in search_html(client)


def test_pages_under_an_alias_of_a_restricted_page_are_left_out(client, aliased):
    """A child page under the alias takes the alias's restrictions: its source's."""
    child = StandardPageFactory(
        parent=aliased["alias"], title="Verslag stikstofdossier", slug="verslag"
    )
    restrict(aliased["source"], PageViewRestriction.LOGIN)
    assert "Verslag stikstofdossier" not in search_html(client)
    assert child.url not in sitemap(client)


def test_member_finds_the_alias_of_a_members_page(client, aliased):
    restrict(aliased["source"], PageViewRestriction.GROUPS)
    client.force_login(non_member())
    assert TITLE not in search_html(client)
    assert suggested(client) == []
    client.force_login(member())
    assert TITLE in search_html(client)
    assert TITLE in suggested(client)
    # The sitemap is a visitor's, whoever asks.
    assert "/elders/ledenoverleg-kopie/" not in sitemap(client)


def test_anyone_logged_in_finds_the_alias_of_a_login_page(client, aliased):
    restrict(aliased["source"], PageViewRestriction.LOGIN)
    client.force_login(non_member())
    assert TITLE in search_html(client)
    assert TITLE in suggested(client)


def test_password_pages_and_their_aliases_are_never_listed(client, aliased):
    """A password is checked per session when the page is opened; a listing does not."""
    restrict(aliased["source"], PageViewRestriction.PASSWORD)
    client.force_login(member())
    assert TITLE not in search_html(client)
    assert suggested(client) == []


@pytest.mark.parametrize(
    "kind",
    [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS],
)
def test_alias_of_a_page_in_a_restricted_section_does_not_open(client, home_page, kind):
    """Served, not only listed: the alias keeps the restrictions of its source's section."""
    section = StandardPageFactory(parent=home_page, title="Ledenzaken", slug="ledenzaken")
    source = StandardPageFactory(parent=section, title=TITLE, slug="ledenoverleg")
    elsewhere = StandardPageFactory(parent=home_page, title="Elders", slug="elders")
    source.create_alias(parent=elsewhere, update_slug="ledenoverleg-kopie")
    assert TITLE in client.get("/elders/ledenoverleg-kopie/").content.decode()
    restrict(section, kind)
    for url in ("/ledenzaken/ledenoverleg/", "/elders/ledenoverleg-kopie/"):
        response = client.get(url)
        assert TITLE not in response.content.decode(), url
        assert response.status_code in (200, 302), url  # the password form, or the login
    if kind != PageViewRestriction.PASSWORD:
        client.force_login(member() if kind == PageViewRestriction.GROUPS else non_member())
        assert TITLE in client.get("/elders/ledenoverleg-kopie/").content.decode()
