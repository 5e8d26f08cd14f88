"""
Deploy checks (``manage.py check --deploy``): the page cache and the cached page chrome
(clbsite/pagecache.py, home/templatetags/navigation_tags.py) are purged through a counter
in the cache, so production needs a cache that every worker process shares. See docs/operations.md.
"""

from django.conf import settings
from django.core import checks

PROCESS_LOCAL = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    alias = getattr(settings, "PAGE_CACHE_ALIAS", "default")
    backend = settings.CACHES.get(alias, {}).get("BACKEND", "")
    if backend not in PROCESS_LOCAL:
        return []
    return [
        checks.Warning(
            f"The cache {alias!r} ({backend.rsplit('.', 1)[-1]}) is local to each process.",
            hint="With more than one web worker, an editor's change reaches only the worker "
            "that handled it: the others show old pages, menus and page addresses for up "
            "to an hour. Set CACHE_URL to a shared cache (filecache:///var/cache/clb or "
            "Redis); see docs/operations.md.",
            id="clbsite.W001",
        )
    ]
