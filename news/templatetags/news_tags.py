"""News tags, also for other apps' pages: ``{% latest_news %}`` on the home page and on
network, training and research pages, ``{% news_feed_link %}`` in a page's head."""

from django import template
from django.db.models import Q

from news.models import NewsArticlePage, NewsIndexPage

register = template.Library()


def _index_page(request):
    """The site's live news index, looked up once per request."""
    if request is not None and hasattr(request, "_news_index_page"):
        return request._news_index_page
    index = NewsIndexPage.objects.live().public().order_by("path").first()
    if request is not None:
        request._news_index_page = index
    return index


@register.simple_tag
def latest_news(limit, for_page=None):
    """The ``limit`` newest live, public articles; with ``for_page`` only those that name
    that network, training or research page:
    ``{% latest_news 3 for_page=page as articles %}``."""
    if not limit:
        return []
    articles = NewsArticlePage.objects.live().public().defer_streamfields()
    if for_page is not None:
        articles = articles.filter(
            Q(related_networks=for_page.pk)
            | Q(related_training=for_page.pk)
            | Q(related_research=for_page.pk)
        ).distinct()
    return list(articles.select_related("image").order_by("-date", "-first_published_at")[:limit])


@register.simple_tag(takes_context=True)
def news_url(context):
    """The address of the news archive ("" when the site has none)."""
    request = context.get("request")
    index = _index_page(request)
    return index.get_url(request) if index else ""


@register.inclusion_tag("news/includes/feed_link.html", takes_context=True)
def news_feed_link(context):
    """``<link rel="alternate">`` to the news feeds, for a page's head."""
    request = context.get("request")
    index = _index_page(request)
    if index is None:
        return {}
    return {
        "atom_url": index.feed_url(request, full=True),
        "rss_url": index.feed_url(request, full=True, rss=True),
    }
