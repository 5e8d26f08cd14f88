"""The sitemap: Wagtail's, listing only the pages a visitor may see (search.visibility)."""

from wagtail.contrib.sitemaps import Sitemap

from .visibility import pages_visible_to_visitors


class VisitorSitemap(Sitemap):
    """Wagtail's sitemap with the visibility of the site search instead of ``.public()``,
    which lists an alias of a restricted page. Always a visitor's view: it is for
    crawlers, whoever asks."""

    def items(self):
        root = self.get_wagtail_site().root_page
        return (
            pages_visible_to_visitors()
            .descendant_of(root, inclusive=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
