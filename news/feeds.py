"""
The news as Atom (``/nieuws/feed/``) and RSS 2.0 (``/nieuws/feed/rss/``), with Django's
syndication framework: the latest live, public articles, the introduction as summary.
Links are absolute with the site's base URL (``WAGTAILADMIN_BASE_URL``, home.siteurl).
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class AtomNewsFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def title(self, obj):
        return _("Nieuws van het Centrum voor Lokaal Bestuur")

    def subtitle(self, obj):
        return obj.introduction or _("Het laatste nieuws van het CLB.")

    description = subtitle
    author_name = "Centrum voor Lokaal Bestuur"

    def link(self, obj):
        return obj.get_full_url(self.request)

    def feed_url(self, obj):
        return obj.feed_url(self.request, full=True, rss=self.feed_type is Rss201rev2Feed)

    def feed_guid(self, obj):
        return obj.get_full_url(self.request)

    def items(self, obj):
        return list(
            obj.articles()
            .defer_streamfields()
            .select_related("author_person")
            .prefetch_related("themes")
            .order_by("-date", "-first_published_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        return item.byline or None

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


class RssNewsFeed(AtomNewsFeed):
    feed_type = Rss201rev2Feed
