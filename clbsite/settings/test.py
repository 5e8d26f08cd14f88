"""Settings for the test suite (pytest uses these; see pyproject.toml)."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")

from .base import *  # noqa: F403
from .base import BASE_DIR, resilient_redis

DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
CACHES = {
    "default": {"BACKEND": LOCMEM},
    "pages": {"BACKEND": LOCMEM, "LOCATION": "pages"},
}
# Pages rendered fresh, except in tests/home/test_page_cache.py; with TEST_CACHE=redis
# (one pass of .ci/run) every test runs as production does: Redis, and the page cache on.
PAGE_CACHE_SECONDS = 0
if os.environ.get("TEST_CACHE") == "redis":
    # A database pair per xdist worker: one worker emptying its page cache leaves the
    # others' alone.
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    redis = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379")
    CACHES = resilient_redis(
        {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": f"{redis}/{2 + 2 * worker}",
            },
            "pages": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": f"{redis}/{3 + 2 * worker}",
            },
        }
    )
    PAGE_CACHE_SECONDS = 300
CACHE_MIDDLEWARE_SECONDS = PAGE_CACHE_SECONDS
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = BASE_DIR / ".test-media"
AXES_ENABLED = True
WAGTAILADMIN_BASE_URL = "http://testserver"
DEMO_CONTENT_ALLOWED = True
# Static files come from the finders in tests; whitenoise is exercised in production only.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405

# The engine pass of .ci/run (ELASTICSEARCH_URL set): each xdist worker has its own indexes,
# emptied before every test (tests/engine_fixtures.py).
if os.environ.get("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = (  # noqa: F405
        f"clb_test_{os.environ.get('PYTEST_XDIST_WORKER', 'gw0')}_"
    )
