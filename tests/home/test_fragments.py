"""
The content of public pages kept in the cache (clbsite/fragments.py) for every request
the page cache does not answer: members' visits, filtered agendas, the first visit.
What an editor changes shows at once; members and visitors never share an entry.
"""

import datetime

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from agenda import dates
from clbsite import fragments, pagecache
from home.groups import MEMBER_GROUP
from tests.factories import (
    NetworkIndexPageFactory,
    NetworkPageFactory,
    StandardPageFactory,
    editor,
    member,
)
from tests.factories.agenda import AgendaPageFactory, EventFactory, local

pytestmark = pytest.mark.django_db

NOW = local(2026, 3, 1, 12, 0)


@pytest.fixture(autouse=True)
def fragment_cache(settings, monkeypatch):
    settings.FRAGMENT_CACHE_SECONDS = 60
    monkeypatch.setattr(dates, "now", lambda: NOW)


@pytest.fixture
def site(home_page):
    networks = NetworkIndexPageFactory(parent=home_page)
    network = NetworkPageFactory(parent=networks, title="Wethoudersnetwerk", slug="wethouders")
    agenda = AgendaPageFactory(parent=home_page)
    public = EventFactory(title="Open avond", start=local(2026, 3, 12, 19, 30))
    EventFactory(title="Besloten avond", start=local(2026, 3, 19, 19, 30), members_only=True)
    EventFactory(
        title="Netwerkavond wethouders",
        start=local(2026, 3, 26, 19, 30),
        related_page=network,
        audiences=["wethouders"],
    )
    return {
        "home": home_page,
        "networks": networks,
        "network": network,
        "agenda": agenda,
        "public": public,
    }


def content_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode(), len(captured)


def test_the_second_visit_renders_no_content(client, site):
    first, first_queries = content_queries(client, "/")
    second, second_queries = content_queries(client, "/")
    assert second == first
    assert "Open avond" in second
    # The first visit read the events, sections and research; the second only what
    # Wagtail's routing asks (the site, the page, its privacy restrictions).
    assert second_queries < first_queries
    assert second_queries <= 4, second_queries


def test_members_and_visitors_never_share_the_content(client, site):
    assert "Besloten avond" not in client.get("/").content.decode()
    client.force_login(member())
    assert "Besloten avond" in client.get("/").content.decode()
    client.logout()
    assert "Besloten avond" not in client.get("/").content.decode()


def test_the_member_content_is_not_shown_to_a_visitor_first(client, site):
    client.force_login(member())
    assert "Besloten avond" in client.get("/").content.decode()
    client.logout()
    html = client.get("/").content.decode()
    assert "Besloten avond" not in html
    assert "Open avond" in html


def test_publishing_the_page_shows_at_once(client, site):
    about = StandardPageFactory(parent=site["home"], slug="over", introduction="Eerste versie.")
    assert "Eerste versie." in client.get("/over/").content.decode()
    about.introduction = "Tweede versie."
    about.save_revision().publish()
    assert "Tweede versie." in client.get("/over/").content.decode()


def test_an_event_change_shows_at_once_on_the_pages_that_list_it(client, site):
    assert "Open avond" in client.get("/").content.decode()
    assert "Netwerkavond wethouders" in client.get("/netwerken/wethouders/").content.decode()
    site["public"].title = "Open avond (nieuwe titel)"
    site["public"].save()
    assert "Open avond (nieuwe titel)" in client.get("/").content.decode()
    EventFactory(title="Tweede netwerkavond", start=local(2026, 3, 5), related_page=site["network"])
    assert "Tweede netwerkavond" in client.get("/netwerken/wethouders/").content.decode()


def test_events_move_on_with_time_when_the_entry_expires(client, site, monkeypatch):
    assert "Open avond" in client.get("/").content.decode()
    monkeypatch.setattr(dates, "now", lambda: local(2026, 3, 13, 12, 0))
    pagecache.local.clear()
    pagecache.cache().clear()  # as when FRAGMENT_CACHE_SECONDS have passed
    assert "Open avond" not in client.get("/").content.decode()


def test_index_pages_keep_each_page_of_the_listing_apart(client, site):
    for number in range(14):
        NetworkPageFactory(parent=site["networks"], title=f"Netwerk {number:02d}")
    first = client.get("/netwerken/").content.decode()
    second = client.get("/netwerken/?pagina=2").content.decode()
    assert "Pagina 1 van 2" in first and "Pagina 2 van 2" in second
    assert first != second
    assert "Pagina 1 van 2" in client.get("/netwerken/").content.decode()


def test_the_agenda_keeps_each_selection_apart(client, site):
    everything = client.get("/agenda/").content.decode()
    wethouders = client.get("/agenda/?doelgroep=wethouders").content.decode()
    assert "Open avond" in everything and "Netwerkavond wethouders" in everything
    assert "Netwerkavond wethouders" in wethouders and "Open avond" not in wethouders
    assert "Open avond" in client.get("/agenda/").content.decode()


def test_a_bad_agenda_filter_is_still_400_with_its_message(client, site):
    for _ in range(2):
        response = client.get("/agenda/?soort=bestaat-niet")
        assert response.status_code == 400
        assert "kennen we niet" in response.content.decode()
    assert "kennen we niet" not in client.get("/agenda/").content.decode()


def test_a_member_losing_membership_loses_the_members_content(client, site):
    person = member()
    client.force_login(person)
    assert "Besloten avond" in client.get("/agenda/").content.decode()
    person.groups.remove(Group.objects.get(name=MEMBER_GROUP))
    assert "Besloten avond" not in client.get("/agenda/").content.decode()


def test_a_preview_is_never_cached(client, site):
    client.force_login(editor())
    network = site["network"]
    client.get("/netwerken/wethouders/")  # the live content, now in the cache
    network.introduction = "Conceptinleiding die nog niet gepubliceerd is."
    network.save_revision()
    response = client.get(f"/admin/pages/{network.pk}/view_draft/")
    assert "Conceptinleiding" in response.content.decode()
    assert "Conceptinleiding" not in client.get("/netwerken/wethouders/").content.decode()


def test_without_a_lifetime_nothing_is_kept(client, site, settings):
    settings.FRAGMENT_CACHE_SECONDS = 0
    client.get("/")  # fills the page table and the menu
    _second, second_queries = content_queries(client, "/")
    _third, third_queries = content_queries(client, "/")
    assert third_queries == second_queries > 1


def test_keys_differ_by_what_the_content_depends_on(rf, site):
    page = site["network"]
    request = rf.get("/", HTTP_HOST="localhost")
    request.user = member()
    as_member = fragments.key(request, page, "content")
    request = rf.get("/", HTTP_HOST="localhost")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    as_visitor = fragments.key(request, page, "content")
    other_page = fragments.key(request, site["networks"], "content")
    varied = fragments.key(request, page, "content", ["2"])
    assert len({as_member, as_visitor, other_page, varied}) == 4
    page.last_published_at = (page.last_published_at or NOW) + datetime.timedelta(seconds=1)
    assert fragments.key(request, page, "content") != as_visitor


def test_a_long_query_string_is_answered_but_not_kept(client, site):
    junk = "&".join(f"x{number}=y" for number in range(200))
    client.get(f"/agenda/?{junk}")
    _html, first = content_queries(client, f"/agenda/?{junk}")
    _html, second = content_queries(client, f"/agenda/?{junk}")
    assert first == second > 1
