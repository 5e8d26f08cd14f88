"""Research tags for other apps' pages: the latest projects on the home page."""

from django import template

from research.models import ResearchProjectPage

register = template.Library()


@register.simple_tag
def latest_research_projects(limit):
    """The ``limit`` newest public research projects:
    ``{% latest_research_projects page.number_of_research_projects as projects %}``."""
    if not limit:
        return []
    return list(
        ResearchProjectPage.objects.live()
        .public()
        .defer_streamfields()
        .order_by("-start_year", "-first_published_at")[:limit]
    )
