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
    # The page and whether a restriction applies, then what the network page shows.
    with django_assert_max_num_queries(5):
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


def test_a_stale_table_never_serves_what_it_should_not(client, home_page, tree):
    """Where the cache is not shared by all processes, another process may hold an old
    table: pages, their state and their restrictions are still read from the database."""
    from clbsite import pagecache

    assert client.get("/netwerken/wethouders/").status_code == 200
    stale = pagecache.generation()

    def as_in_another_process():
        pagecache.cache().set(pagecache.GENERATION_KEY, stale, None)

    StandardPageFactory(parent=home_page, slug="later", title="Later gemaakt")
    as_in_another_process()
    assert "Later gemaakt" in client.get("/later/").content.decode()

    network = Page.objects.get(slug="netwerken")
    restriction = PageViewRestriction.objects.create(
        page=network, restriction_type=PageViewRestriction.LOGIN
    )
    as_in_another_process()
    assert client.get("/netwerken/wethouders/").status_code == 302
    restriction.delete()

    Page.objects.filter(slug="wethouders").update(live=False)
    as_in_another_process()
    assert client.get("/netwerken/wethouders/").status_code == 404


def test_the_deploy_check_asks_for_a_shared_cache(settings):
    from clbsite.checks import check_shared_cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [message.id for message in check_shared_cache()] == ["clbsite.W001"]
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": "/tmp/clb-cache",
        }
    }
    assert check_shared_cache() == []


def test_each_request_gets_its_own_copy_of_a_page_loaded_once(client, tree):
    """The page object is loaded once per state (routing.loaded_pages); what a request
    sets on it (whether a restriction applies) stays with that request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = client.get("/netwerken/wethouders/").wsgi_request._wagtail_route_for_request.page
    with CaptureQueriesContext(connection) as captured:
        second = client.get("/netwerken/wethouders/").wsgi_request._wagtail_route_for_request
    assert second.page is not first and second.page.pk == first.pk
    assert not any('"home_networkpage"' in query["sql"] for query in captured)

    network = Page.objects.get(slug="netwerken")
    PageViewRestriction.objects.create(page=network, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/netwerken/wethouders/")
    assert response.status_code == 302  # to the login page: the copy knows it is restricted
