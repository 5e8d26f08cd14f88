"""Production settings refuse to start without their secrets and pass the deploy check."""

import os
import subprocess
import sys

import pytest

REQUIRED = {
    "SECRET_KEY": "a-long-random-secret-key-for-the-deploy-check-0123456789abcdef",
    "ALLOWED_HOSTS": "clb.example.org",
    "DATABASE_URL": "postgres://clb:secret@db.example.org:5432/clb",
}
# Not required to start, but the deploy check asks for caches all workers share.
SHARED_CACHE = {
    "CACHE_URL": "redis://127.0.0.1:6379/1",
    "PAGE_CACHE_URL": "redis://127.0.0.1:6379/2",
}
# Not required to start either; the deploy check asks for the public address.
BASE_URL = {"WAGTAILADMIN_BASE_URL": "https://clb.example.org"}


def run_check(env_overrides, *args):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in REQUIRED
        and key not in SHARED_CACHE
        and key not in BASE_URL
        and key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "clbsite.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_is_clean():
    result = run_check(
        {**REQUIRED, **SHARED_CACHE, **BASE_URL}, "--deploy", "--fail-level", "WARNING"
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_asks_for_a_shared_cache():
    result = run_check({**REQUIRED, **BASE_URL}, "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "clbsite.W001" in result.stderr + result.stdout


def test_deploy_check_refuses_a_page_cache_in_the_default_cache():
    """Emptying the page cache would empty the sessions cache and rate limits too."""
    same = {"CACHE_URL": "redis://127.0.0.1:6379/1", "PAGE_CACHE_URL": "redis://127.0.0.1:6379/1"}
    result = run_check({**REQUIRED, **same, **BASE_URL}, "--deploy")
    assert result.returncode != 0
    assert "clbsite.E002" in result.stderr + result.stdout


@pytest.mark.parametrize(
    "base_url",
    [None, "", "http://localhost:8000", "http://127.0.0.1:8000", "https://LOCALHOST", "clb.nl"],
)
def test_deploy_check_refuses_a_missing_or_local_base_url(base_url):
    """Mail to members, calendar feeds and the sitemap would link to the wrong host."""
    env = {**REQUIRED, **SHARED_CACHE}
    if base_url is not None:
        env["WAGTAILADMIN_BASE_URL"] = base_url
    result = run_check(env, "--deploy")
    assert result.returncode != 0
    assert "clbsite.E003" in result.stderr + result.stdout


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_refuses_to_start_without(missing):
    env = {key: value for key, value in REQUIRED.items() if key != missing}
    result = run_check(env)
    assert result.returncode != 0
    assert missing in result.stderr
