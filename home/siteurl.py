"""
The site's own address for links that leave the site: mail, calendar feeds, the sitemap.

One setting, ``WAGTAILADMIN_BASE_URL`` (the environment variable of the same name), names
the address members and visitors use, e.g. ``https://www.clb.nl``. Wagtail uses it for the
links in its admin mail; ``absolute()`` and every page's full URL (``SiteBaseURLMixin``)
use it too, instead of the hostname of Wagtail's ``Site`` record (``localhost`` after
installation) or the Host header of whoever asked. ``check --deploy`` refuses a production
configuration without it, or with a local address (clbsite/checks.py).
"""

from django.conf import settings


def base_url():
    """The configured base URL without a trailing slash ("" when not configured)."""
    return (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")


def absolute(path):
    """A path on this site as a full URL with the configured base URL."""
    if not path or path.startswith(("http://", "https://")):
        return path
    return base_url() + path


class SiteBaseURLMixin:
    """Pages' full URLs (``get_full_url``, the sitemap, calendar feeds) start with the
    configured base URL. Relative URLs are unchanged."""

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if parts is None:
            return None
        site_id, root_url, page_path = parts
        return site_id, base_url() or root_url, page_path
