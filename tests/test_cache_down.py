"""A cache server that is down makes pages slower, never an error (clbsite/pagecache.py)."""

from django.core.cache.backends.base import BaseCache

import pytest

from tests.factories import StandardPageFactory, member

pytestmark = pytest.mark.django_db


class BrokenCache(BaseCache):
    """Every call fails, as a Redis client does when its server is gone."""

    def __init__(self, location, params):
        super().__init__(params)

    def _fail(self, *args, **kwargs):
        raise ConnectionError("the cache server is down")

    get = set = add = incr = delete = get_or_set = clear = _fail


@pytest.fixture
def broken_cache(settings):
    settings.CACHES = {
        **settings.CACHES,
        "broken": {"BACKEND": "tests.test_cache_down.BrokenCache"},
    }
    settings.PAGE_CACHE_ALIAS = "broken"
    settings.PAGE_CACHE_SECONDS = 60
    settings.FRAGMENT_CACHE_SECONDS = 60


def test_pages_are_served_and_editors_can_publish(client, home_page, broken_cache):
    page = StandardPageFactory(
        parent=home_page, slug="over", title="Over het CLB", show_in_menus=True
    )
    assert "Over het CLB" in client.get("/over/").content.decode()
    page.title = "Over ons"
    page.save_revision().publish()  # the purge fails; the editor's publish does not
    assert "Over ons" in client.get("/over/").content.decode()
    client.force_login(member())
    response = client.get("/over/")
    assert response.status_code == 200
    assert 'class="main-nav"' in response.content.decode()


def test_rate_limited_forms_work_while_the_cache_is_down(client, home_page, settings):
    """The rate limits (home/ratelimit.py) count in the cache: without it the password
    reset still answers as usual, unlimited, instead of an error."""
    settings.CACHES = {"default": {"BACKEND": "tests.test_cache_down.BrokenCache"}}
    for _ in range(2):
        response = client.post("/account/wachtwoord-vergeten/", {"email": "lid@example.org"})
        assert response.status_code == 302
