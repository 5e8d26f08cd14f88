"""The full-page cache for anonymous visitors, and its purging when editors publish."""

from django.core.cache import cache

import pytest

from agenda.models import Event
from home.models import FooterSettings
from tests.factories import StandardPageFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def about(home_page):
    # The footer settings are made on first use; make them now, not during a request.
    FooterSettings.for_site(home_page.get_site())
    return StandardPageFactory(
        parent=home_page, title="Over het CLB", slug="over", introduction="Eerste versie."
    )


def test_second_visit_comes_from_the_cache(client, about):
    first = client.get("/over/")
    assert first["X-Page-Cache"] == "miss"
    second = client.get("/over/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_publishing_purges_the_cache(client, about):
    client.get("/over/")
    about.introduction = "Tweede versie."
    about.save_revision().publish()
    response = client.get("/over/")
    assert response["X-Page-Cache"] == "miss"
    assert "Tweede versie." in response.content.decode()


def test_a_draft_or_an_upload_leaves_the_cached_pages_alone(client, about):
    """Drafts, moderation and logs show on no public page; publishing does purge."""
    from motionbank.models import Motion
    from tests.factories.motionbank import GoverningBodyFactory, MotionFactory, ThemeFactory

    body, theme = GoverningBodyFactory(), ThemeFactory()  # reference data does purge
    client.get("/over/")
    assert client.get("/over/")["X-Page-Cache"] == "hit"
    about.introduction = "Concepttekst."
    about.save_revision(log_action=True)  # a draft, with its log entry
    draft = MotionFactory(title="Ingezonden motie", live=False, governing_body=body, theme=theme)
    draft.save_revision(log_action=True)
    response = client.get("/over/")
    assert response["X-Page-Cache"] == "hit"
    assert "Concepttekst." not in response.content.decode()
    assert Motion.objects.filter(title="Ingezonden motie").exists()
    about.get_latest_revision().publish()
    response = client.get("/over/")
    assert response["X-Page-Cache"] == "miss"
    assert "Concepttekst." in response.content.decode()


def test_a_snippet_change_purges_pages_that_show_it(client, about, home_page):
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    Event.objects.create(title="Nieuw", start="2030-01-01T19:00Z", end="2030-01-01T21:00Z")
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_members_always_get_a_fresh_page(client, about):
    client.force_login(member())
    client.get("/over/")
    response = client.get("/over/")
    assert "X-Page-Cache" not in response


def test_query_strings_are_separate_pages(client, about):
    client.get("/over/?a=1")
    assert client.get("/over/?a=2")["X-Page-Cache"] == "miss"
    assert client.get("/over/?a=1")["X-Page-Cache"] == "hit"


@pytest.mark.parametrize("path", ["/zoeken/?q=clb", "/account/inloggen/", "/bestaat-niet/"])
def test_never_cached(client, about, path):
    client.get(path)
    assert "X-Page-Cache" not in client.get(path)


def test_menu_and_footer_follow_editors_on_pages_rendered_fresh(client, about, home_page):
    """The menu and footer are kept in the cache for every page (members' pages too),
    and an editor's change shows on the next page."""
    client.force_login(member())
    assert "Nieuw in het menu" not in client.get("/over/").content.decode()
    StandardPageFactory(parent=home_page, title="Nieuw in het menu", show_in_menus=True)
    menu = client.get("/over/").content.decode().split('class="main-nav"')[1].split("</nav>")[0]
    assert "Nieuw in het menu" in menu

    footer = FooterSettings.for_site(home_page.get_site())
    footer.email = "nieuw-adres@example.org"
    footer.save()
    assert "nieuw-adres@example.org" in client.get("/over/").content.decode()


def test_a_lost_generation_never_comes_back_as_an_old_number(about):
    from clbsite import pagecache

    first = pagecache.generation()
    pagecache.purge()
    assert pagecache.generation() > first
    cache.clear()  # the cache server restarted or evicted the key
    assert pagecache.generation() > first + 1


@pytest.mark.django_db(transaction=True)
def test_purging_again_when_the_change_is_committed():
    """A purge inside a transaction moves the generation on at once and once more at the
    commit (a page rendered in between from the old rows is not kept), however many
    objects the transaction changes."""
    from django.db import transaction

    from clbsite import pagecache

    before = pagecache.generation()
    with transaction.atomic():
        pagecache.purge()
        pagecache.purge()
        assert pagecache.generation() == before + 2
    assert pagecache.generation() == before + 3


def test_what_this_process_keeps_follows_the_generation(client, about):
    """The process's own copy (pagecache.local) is keyed like the shared cache, so an
    editor's change shows at once there too."""
    from clbsite import pagecache

    client.force_login(member())
    assert "Eerste versie." in client.get("/over/").content.decode()
    assert pagecache.local.entries, "nothing kept in the process"
    about.introduction = "Tweede versie."
    about.save_revision().publish()
    assert "Tweede versie." in client.get("/over/").content.decode()


def test_the_process_copy_expires_and_stays_small(monkeypatch):
    from clbsite import pagecache

    local = pagecache.LocalCache()
    clock = [1000.0]
    monkeypatch.setattr(pagecache.time, "monotonic", lambda: clock[0])
    local.set("a", "waarde", timeout=300)
    assert local.get("a") == "waarde"
    clock[0] += pagecache.LocalCache.SECONDS + 1
    assert local.get("a") is None
    local.set("kort", "waarde", timeout=2)
    clock[0] += 3
    assert local.get("kort") is None
    for number in range(pagecache.LocalCache.SIZE + 10):
        local.set(str(number), number, timeout=300)
    assert len(local.entries) == pagecache.LocalCache.SIZE
    assert local.get("0") is None and local.get(str(pagecache.LocalCache.SIZE + 9)) is not None
