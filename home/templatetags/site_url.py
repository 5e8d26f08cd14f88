"""``{% absolute_url "/path/" %}``: a path as a full URL with the configured base URL
(home/siteurl.py), for links read outside the site (robots.txt)."""

from django import template

from home.siteurl import absolute

register = template.Library()


@register.simple_tag
def absolute_url(path):
    return absolute(path)
