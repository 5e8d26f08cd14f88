"""
Pages are served by Wagtail's own routing and privacy checks: an editor's change to the
tree (a new page, a new slug, a move, unpublishing) and a privacy restriction added
later show on the next request.
"""

from django.contrib.auth.models import Group

from wagtail.models import Page, PageViewRestriction

import pytest

from tests.factories import StandardPageFactory
from tests.factories.agenda import AgendaPageFactory, EventFactory
from tests.factories.pages import NetworkIndexPageFactory, NetworkPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    networks = NetworkIndexPageFactory(parent=home_page, slug="netwerken")
    NetworkPageFactory(parent=networks, slug="wethouders", title="Wethoudersnetwerk")
    draft = StandardPageFactory(parent=home_page, slug="concept", live=False)
    StandardPageFactory(parent=draft, slug="onder-concept", title="Onder een concept")
    AgendaPageFactory(parent=home_page, slug="agenda")
    return {"event": EventFactory(title="Ledenavond")}


def test_each_kind_of_url_is_served_or_not_found(client, tree):
    event = tree["event"]
    expected = {
        "/": 200,
        "/netwerken/": 200,
        "/netwerken/wethouders/": 200,
        "/netwerken/bestaat-niet/": 404,
        "/netwerken/wethouders/te-diep/": 404,
        "/concept/": 404,  # a draft
        "/concept/onder-concept/": 200,  # a live page under a draft, as Wagtail serves it
        "/agenda/": 200,
        "/agenda/archief/": 200,  # a route of a routable page
        f"/agenda/{event.pk}-{event.slug}/": 200,
        "/agenda/geen-route/": 404,
        "/bestaat-niet/": 404,
    }
    for path, status in expected.items():
        assert client.get(path).status_code == status, path


def test_a_new_page_a_new_slug_and_a_move_show_at_once(client, home_page, tree):
    assert client.get("/nieuw/").status_code == 404
    page = StandardPageFactory(parent=home_page, slug="nieuw", title="Nieuwe pagina")
    assert "Nieuwe pagina" in client.get("/nieuw/").content.decode()

    page.slug = "hernoemd"
    page.save_revision().publish()
    assert client.get("/hernoemd/").status_code == 200
    assert client.get("/nieuw/").status_code == 404

    networks = Page.objects.get(slug="netwerken")
    Page.objects.get(pk=page.pk).move(networks, pos="last-child")
    assert client.get("/netwerken/hernoemd/").status_code == 200

    page.refresh_from_db()
    page.unpublish()
    assert client.get("/netwerken/hernoemd/").status_code == 404


def test_a_restriction_added_later_applies_at_once(client, tree):
    network = Page.objects.get(slug="netwerken")
    assert client.get("/netwerken/wethouders/").status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=network, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Alleen bestuur"))
    response = client.get("/netwerken/wethouders/")
    assert response.status_code == 302
    assert "/account/inloggen/" in response["Location"]
