"""
The rendered content of public pages, kept in the cache for every request the full-page
cache (clbsite.pagecache) does not answer: members' visits (they have a session), pages
the page cache leaves out, and the first visit after an entry expired.

A page template wraps what does not depend on the individual person in
``{% pagefragment "content" %}...{% endpagefragment %}`` (clbsite/templatetags/
fragment_tags.py). The key holds:

- the page cache's generation, which every editor's change to pages, snippets and
  settings bumps (so an edit shows at once, as with the page cache);
- the page's own ``cache_key`` (Wagtail: id, URL path, time of publishing), the host and
  the language;
- the audience: members see members-only events that visitors do not, so members and
  visitors never share an entry;
- whatever the template names after the fragment's name (a listing's page number, an
  agenda's filters).

Entries expire after FRAGMENT_CACHE_SECONDS, so what moves on with time (the next
events) moves on by itself, as in the page cache. Previews are never cached, nor pages
asked for with a query string longer than the page cache keeps. What a
fragment shows must depend on nothing else: no CSRF token, no user name, no messages.

Views make the values such a fragment needs with ``deferred()``, so that a page whose
fragment comes from the cache does not run the queries behind them.

Wagtail's ``{% wagtailpagecache %}`` keys on the page and site only and, like Django's
``{% cache %}``, fails when the cache server is down; this keeps the generation, the
audience and the rule of clbsite.pagecache that a cache outage only makes pages slower.
"""

import hashlib

from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from clbsite import pagecache
from home.groups import is_member

FORMAT = 1  # part of the keys: change it when what is cached changes


def seconds():
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)


def audience(request):
    user = getattr(request, "user", None)
    return "leden" if user is not None and is_member(user) else "publiek"


def key(request, page, name, vary_on=()):
    varying = hashlib.md5(
        "\x1f".join(str(value) for value in vary_on).encode(), usedforsecurity=False
    ).hexdigest()
    return (
        f"fragment:v{FORMAT}:{pagecache.generation_for(request)}:{request.get_host()}:"
        f"{get_language()}:{audience(request)}:{page.pk}:{page.cache_key}:{name}:{varying}"
    )


def cacheable(request, page):
    return (
        seconds() > 0
        and request is not None
        and page is not None
        and page.pk is not None
        and not getattr(request, "is_preview", False)
        and len(request.META.get("QUERY_STRING", "")) <= pagecache.MAX_QUERY_STRING
    )


def cached(request, page, name, vary_on, render):
    """``render()``, or what it gave for the same key before."""
    if not cacheable(request, page):
        return render()
    return pagecache.cached(key(request, page, name, vary_on), render, seconds())


def deferred(build):
    """A context value built on first use (``build()``): a list, a queryset's results or
    any object. A page whose fragment comes from the cache never builds it."""
    return SimpleLazyObject(build)
