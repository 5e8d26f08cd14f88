"""
Pages are found from a cached table of the site's pages (clbsite/routing.py) instead of
walking the tree: the answer must be Wagtail's own for every kind of URL, follow
editors' changes at once, keep privacy restrictions, and cost fewer queries.
"""

from django.contrib.auth.models import Group
from django.http import Http404
from django.test import RequestFactory

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from clbsite import routing
from tests.factories import StandardPageFactory
from tests.factories.agenda import AgendaPageFactory, EventFactory
from tests.factories.pages import NetworkIndexPageFactory, NetworkPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    networks = NetworkIndexPageFactory(parent=home_page, slug="netwerken")
    NetworkPageFactory(parent=networks, slug="wethouders")
    draft = StandardPageFactory(parent=home_page, slug="concept", live=False)
    StandardPageFactory(parent=draft, slug="onder-concept")
    agenda = AgendaPageFactory(parent=home_page, slug="agenda")
    event = EventFactory(title="Ledenavond")
    return {"agenda": agenda, "event": event}


def wagtail_route(path):
    """What Wagtail itself answers: (page id, args, kwargs), or None for a 404."""
    request = RequestFactory().get("/" + path)
    site = Site.find_for_request(request)
    components = [component for component in path.split("/") if component]
    try:
        return comparable(site.root_page.specific.route(request, components))
    except Http404:
        return None


def comparable(route_result):
    """A routable page's args hold a bound view method: compare the function."""
    page, args, kwargs = route_result
    args = tuple(getattr(arg, "__func__", arg) for arg in args)
    return page.pk, args, kwargs


def our_route(path):
    request = RequestFactory().get("/" + path)
    found = routing.route(request, path)
    return None if found is None else comparable(found)


def test_every_kind_of_url_finds_what_wagtail_finds(tree):
    paths = [
        "",
        "netwerken/",
        "netwerken/wethouders/",
        "netwerken/bestaat-niet/",
        "netwerken/wethouders/te-diep/",
        "concept/",  # a draft: not found
        "concept/onder-concept/",  # a live page under a draft is served, as by Wagtail
        "agenda/",
        "agenda/archief/",  # a route of a routable page
        f"agenda/{tree['event'].pk}-{tree['event'].slug}/",
        "agenda/geen-route/",
        "bestaat-niet/",
    ]
    answers = {path: wagtail_route(path) for path in paths}
    assert answers["concept/"] is None and answers["concept/onder-concept/"] is not None
    assert answers["agenda/archief/"] is not None
    for path in paths:
        assert our_route(path) == answers[path], path


def test_pages_are_served_with_fewer_queries(client, tree, django_assert_max_num_queries):
    client.get("/netwerken/wethouders/")  # fills the cached table and chrome
    # The page itself, then what the network page shows (events, audiences, contact).
    with django_assert_max_num_queries(4):
        assert client.get("/netwerken/wethouders/").status_code == 200


def test_a_new_page_a_new_slug_and_a_move_show_at_once(client, home_page, tree):
    assert client.get("/nieuw/").status_code == 404
    page = StandardPageFactory(parent=home_page, slug="nieuw", title="Nieuwe pagina")
    assert "Nieuwe pagina" in client.get("/nieuw/").content.decode()

    page.slug = "hernoemd"
    page.save_revision().publish()
    assert client.get("/hernoemd/").status_code == 200

    networks = Page.objects.get(slug="netwerken")
    Page.objects.get(pk=page.pk).move(networks, pos="last-child")
    assert client.get("/netwerken/hernoemd/").status_code == 200

    page.refresh_from_db()
    page.unpublish()
    assert client.get("/netwerken/hernoemd/").status_code == 404


def test_a_restriction_added_later_applies_at_once(client, home_page, tree):
    network = Page.objects.get(slug="netwerken")
    assert client.get("/netwerken/wethouders/").status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=network, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Alleen bestuur"))
    response = client.get("/netwerken/wethouders/")
    assert response.status_code == 302
    assert "/account/inloggen/" in response["Location"]
