"""
A Redis that is down makes pages slower, never an error: django-redis with
IGNORE_EXCEPTIONS (clbsite/settings/base.py, resilient_redis) answers as an empty cache,
for the page cache, sessions (cached_db) and the rate limits alike.
"""

import pytest

from clbsite.settings.base import resilient_redis
from tests.factories import StandardPageFactory, member

pytestmark = pytest.mark.django_db

# Nothing listens on the discard port: every connection is refused at once.
DOWN = "redis://127.0.0.1:9"


@pytest.fixture
def broken_cache(settings):
    settings.CACHES = resilient_redis(
        {
            "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": f"{DOWN}/1"},
            "pages": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": f"{DOWN}/2"},
        }
    )
    settings.CACHE_MIDDLEWARE_SECONDS = 60


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


def test_rate_limited_forms_work_while_the_cache_is_down(client, home_page, broken_cache):
    """The rate limits (home/ratelimit.py) count in the cache: without it the password
    reset still answers as usual, unlimited, instead of an error."""
    for _ in range(2):
        response = client.post("/account/wachtwoord-vergeten/", {"email": "lid@example.org"})
        assert response.status_code == 302
