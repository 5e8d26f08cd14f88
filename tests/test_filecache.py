"""
The file cache (clbsite/filecache.py): Django's files, culled by expiry, not at random,
and without listing the directory at every write.
"""

import os
import subprocess
import sys

from django.conf import settings
from django.core.cache.backends.filebased import FileBasedCache

import pytest

from clbsite.filecache import FileCache


@pytest.fixture
def make_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(FileCache, "CULL_EVERY", 5)

    def make(**options):
        return FileCache(str(tmp_path), {"OPTIONS": options})

    return make


def test_it_reads_and_writes_what_djangos_file_cache_does(tmp_path, make_cache):
    ours, djangos = make_cache(), FileBasedCache(str(tmp_path), {})
    ours.set("menu", {"items": ["Netwerken", "Scholing"]}, 60)
    assert djangos.get("menu") == {"items": ["Netwerken", "Scholing"]}
    djangos.set("footer", "Centrum voor Lokaal Bestuur", 60)
    assert ours.get("footer") == "Centrum voor Lokaal Bestuur"
    assert ours.add("generation", 1) and ours.incr("generation") == 2
    assert djangos.get("generation") == 2


def test_a_flood_of_searches_leaves_the_counters_and_the_menu(make_cache):
    """Search results (kept five minutes) fill the cache; the generation counter (kept
    without a timeout) and the menu (an hour) stay, and so do the newest searches."""
    cache = make_cache(MAX_ENTRIES=30)
    cache.set("pagecache:generation", 1_700_000_000_000, None)
    cache.set("menu", "<nav>...</nav>", 3600)
    for number in range(200):
        cache.set(f"search:{number}", f"<ol>{number}</ol>", 300)
    assert cache.get("pagecache:generation") == 1_700_000_000_000
    assert cache.get("menu") == "<nav>...</nav>"
    kept = [number for number in range(200) if cache.get(f"search:{number}") is not None]
    assert len(cache._list_cache_files()) <= 30 + FileCache.CULL_EVERY
    assert kept == list(range(200 - len(kept), 200))  # the newest, without gaps
    assert len(kept) >= 10


def test_what_has_expired_goes_first(make_cache):
    cache = make_cache(MAX_ENTRIES=10)
    for number in range(8):
        cache.set(f"stale:{number}", number, 0)  # expired at once
    for number in range(7):
        cache.set(f"fresh:{number}", number, 300)
    assert all(cache.get(f"fresh:{number}") == number for number in range(7))
    assert len(cache._list_cache_files()) == 7


def test_the_directory_is_listed_once_every_few_writes(make_cache, monkeypatch):
    cache = make_cache(MAX_ENTRIES=1000)
    listings = []
    original = FileCache._list_cache_files
    monkeypatch.setattr(
        FileCache, "_list_cache_files", lambda self: listings.append(1) or original(self)
    )
    for number in range(100):
        cache.set(f"search:{number}", number, 300)
    assert len(listings) == 100 // FileCache.CULL_EVERY


def test_it_keeps_two_thousand_entries_unless_told(make_cache):
    assert make_cache()._max_entries == 2000
    assert make_cache(MAX_ENTRIES=500)._max_entries == 500


@pytest.mark.parametrize(
    ("url", "backend", "max_entries"),
    [
        ("filecache:///tmp/clb-test-cache", "clbsite.filecache.FileCache", 2000),
        ("filecache:///tmp/clb-test-cache?max_entries=500", "clbsite.filecache.FileCache", 500),
        ("locmemcache://", "django.core.cache.backends.locmem.LocMemCache", 300),
    ],
)
def test_a_file_cache_url_gives_this_cache(url, backend, max_entries):
    code = (
        "from django.core.cache import caches; c = caches['default']; "
        "print(type(c).__module__ + '.' + type(c).__name__, c._max_entries)"
    )
    environment = {**os.environ, "CACHE_URL": url, "DJANGO_SETTINGS_MODULE": "clbsite.settings.dev"}
    environment.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == [backend, str(max_entries)]
