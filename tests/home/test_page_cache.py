"""
Full public pages for anonymous visitors through Django's cache middleware
(clbsite/caching.py): a second visit needs no database, an editor's change shows at
once, members and visitors never share a page, and junk requests add no entries.
"""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from agenda.models import Event
from home.models import FooterSettings
from tests.factories import NetworkIndexPageFactory, StandardPageFactory, member
from tests.factories.agenda import AgendaPageFactory, EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 60


@pytest.fixture
def about(home_page):
    # The footer settings are made on first use; make them now, not during a request.
    FooterSettings.for_site(home_page.get_site())
    return StandardPageFactory(
        parent=home_page, title="Over het CLB", slug="over", introduction="Eerste versie."
    )


def page_cache_keys():
    pages = caches["pages"]
    return list(pages._cache) if hasattr(pages, "_cache") else pages.keys("*")  # Redis


def visit(client, url, **headers):
    """(the page's text, whether it came from the cache: no query at all)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response.content.decode(), len(captured) == 0


def test_the_second_visit_comes_from_the_cache(client, about):
    first, cached = visit(client, "/over/")
    assert not cached and "Eerste versie." in first
    second, cached = visit(client, "/over/")
    assert cached and second == first


@pytest.mark.parametrize("change", ["publish", "unpublish", "move", "delete"])
def test_an_editors_change_to_pages_shows_at_once(client, home_page, about, change):
    visit(client, "/over/")
    assert visit(client, "/over/")[1]
    other = StandardPageFactory(parent=home_page, title="Andere pagina", slug="andere")
    visit(client, "/over/")
    if change == "publish":
        about.introduction = "Tweede versie."
        about.save_revision().publish()
        html, cached = visit(client, "/over/")
        assert not cached and "Tweede versie." in html
        return
    visit(client, "/andere/")
    assert visit(client, "/andere/")[1]
    if change == "unpublish":
        other.unpublish()
    elif change == "move":
        Page.objects.get(pk=other.pk).move(about, pos="last-child")
    else:
        Page.objects.get(pk=other.pk).delete()
    # Gone, or (moved) redirected to its new address by Wagtail: not the cached page.
    assert client.get("/andere/").status_code in (301, 404)
    assert not visit(client, "/over/")[1]


def test_a_draft_leaves_the_cached_pages_alone(client, about):
    visit(client, "/over/")
    about.introduction = "Concepttekst."
    about.save_revision(log_action=True)
    html, cached = visit(client, "/over/")
    assert cached and "Concepttekst." not in html
    about.get_latest_revision().publish()
    html, cached = visit(client, "/over/")
    assert not cached and "Concepttekst." in html


def test_events_and_settings_the_pages_show_purge_them(client, about, home_page):
    AgendaPageFactory(parent=home_page)
    home_page.number_of_events = 3
    home_page.save_revision().publish()
    visit(client, "/")
    assert visit(client, "/")[1]
    EventFactory(title="Nieuwe ledenavond", start="2030-01-01T19:00Z", end="2030-01-01T21:00Z")
    html, cached = visit(client, "/")
    assert not cached and "Nieuwe ledenavond" in html

    event = Event.objects.get(title="Nieuwe ledenavond")
    event.unpublish()
    html, cached = visit(client, "/")
    assert not cached and "Nieuwe ledenavond" not in html

    footer = FooterSettings.for_site(home_page.get_site())
    footer.email = "nieuw-adres@example.org"
    footer.save()
    html, cached = visit(client, "/over/")
    assert not cached and "nieuw-adres@example.org" in html


def test_members_and_visitors_never_share_a_page(client, home_page, about):
    AgendaPageFactory(parent=home_page)
    home_page.number_of_events = 3
    home_page.save_revision().publish()
    EventFactory(title="Open avond", start="2030-01-01T19:00Z", end="2030-01-01T21:00Z")
    EventFactory(
        title="Besloten avond",
        start="2030-01-02T19:00Z",
        end="2030-01-02T21:00Z",
        members_only=True,
    )
    html, _ = visit(client, "/")  # a visitor's page, now in the cache
    assert "Besloten avond" not in html
    client.force_login(member())
    html, cached = visit(client, "/")
    assert not cached and "Besloten avond" in html
    html, cached = visit(client, "/")
    assert not cached and "Besloten avond" in html
    client.logout()
    client.cookies.clear()
    html, cached = visit(client, "/")
    assert cached and "Besloten avond" not in html and "Open avond" in html


def test_page_numbers_are_cached_and_other_query_strings_are_not(client, home_page, about):
    NetworkIndexPageFactory(parent=home_page, slug="netwerken")
    visit(client, "/netwerken/?pagina=1")
    assert visit(client, "/netwerken/?pagina=1")[1]
    visit(client, "/over/?a=1")
    assert not visit(client, "/over/?a=1")[1]


def test_a_page_made_private_leaves_the_cache_at_once(client, about):
    from django.contrib.auth.models import Group

    from wagtail.models import PageViewRestriction

    visit(client, "/over/")
    assert visit(client, "/over/")[1]
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Alleen bestuur"))
    response = client.get("/over/")
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]


@pytest.mark.parametrize("path", ["/zoeken/?q=clb", "/account/inloggen/"])
def test_never_cached(client, about, path):
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    assert len(captured) > 0


def test_junk_requests_add_no_entries_and_evict_nothing(client, about):
    """Junk query strings, cookies and Accept-Language headers are answered, never
    kept: they do not push the site's pages out of the cache."""
    visit(client, "/over/")
    entries = len(page_cache_keys())  # Django's local-memory cache keeps at most 300
    for number in range(200):
        client.get(f"/over/?utm_source={number}")
        client.get("/over/", headers={"cookie": f"junk={number}"})
        client.get("/over/", headers={"accept-language": f"en;q=0.{number}"})
    client.cookies.clear()
    assert len(page_cache_keys()) == entries
    assert visit(client, "/over/")[1]
