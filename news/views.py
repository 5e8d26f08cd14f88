"""
The news archive (NewsIndexPage's index route): the articles anyone may see, filtered by
theme and year through ``search/`` and paged by the search engine. Bad parameters give
the page with a Dutch message and every other filter applied, never an error page.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

from news.filters import search_articles


def archive(request, page):
    per_page = getattr(settings, "NEWS_ARTICLES_PER_PAGE", page.articles_per_page)
    selection = search_articles(
        request.GET,
        page.articles().defer_streamfields().select_related("image"),
        per_page=per_page,
    )
    outcome = selection.outcome
    context = page.get_context(request)
    context.update(
        {
            "form": selection.form,
            "selection": selection,
            "outcome": outcome,
            "articles": outcome.page.object_list,
            "years": selection.form.years,
            "result_count": ngettext("%(count)s bericht", "%(count)s berichten", outcome.total)
            % {"count": outcome.total},
            # A filtered or paged listing is the same news again: crawlers follow, not index.
            "noindex": bool(request.GET),
            "feed_url": page.feed_url(request),
            "rss_url": page.feed_url(request, rss=True),
        }
    )
    return TemplateResponse(request, page.get_template(request), context)
