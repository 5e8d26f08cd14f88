"""The news archive at /nieuws/: newest first, filtered by theme and year through the
site's faceted search, paged; drafts, scheduled and private articles never listed."""

import datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from tests.news.conftest import day

pytestmark = pytest.mark.django_db


def titles(response):
    return [article.title for article in response.context["articles"]]


def test_the_archive_lists_live_articles_newest_first(client, news_index, article):
    article("Oud bericht", day(1, 5))
    article("Nieuw bericht", day(11, 20))
    article("Middelste bericht", day(6, 1))
    response = client.get(news_index.url)
    assert response.status_code == 200
    assert titles(response) == ["Nieuw bericht", "Middelste bericht", "Oud bericht"]
    assert "3 berichten" in response.content.decode()


def test_drafts_scheduled_and_private_articles_are_not_listed(
    client, news_index, article, django_user_model
):
    article("Zichtbaar bericht", day(3))
    draft = article("Conceptbericht", day(4))
    draft.unpublish()
    scheduled = article("Gepland bericht", day(5))
    scheduled.unpublish()
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=3)
    scheduled.save_revision(approved_go_live_at=scheduled.go_live_at)
    private = article("Besloten bericht", day(6))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    body = client.get(news_index.url).content.decode()
    assert "Zichtbaar bericht" in body
    for hidden in ("Conceptbericht", "Gepland bericht", "Besloten bericht"):
        assert hidden not in body
    # Logged in makes no difference: the listing is the same for everyone (page cache).
    client.force_login(django_user_model.objects.create_user("iemand"))
    assert "Besloten bericht" not in client.get(news_index.url).content.decode()


def test_filter_by_theme_with_counts(client, news_index, article, themes):
    article("Over wonen", day(2), themes=[themes["wonen"]])
    article("Over water", day(3), themes=[themes["water"]])
    article("Over allebei", day(4), themes=[themes["wonen"], themes["water"]])

    response = client.get(news_index.url + "?thema=testwonen")
    assert response.status_code == 200
    assert titles(response) == ["Over allebei", "Over wonen"]
    (facet,) = response.context["outcome"].facets
    counts = {option.param: option.count for option in facet.options}
    # A facet's counts ignore its own choice, so a person can widen it.
    assert counts == {"testwonen": 2, "testwater": 2}

    response = client.get(news_index.url + "?thema=testwonen&thema=testwater")
    assert titles(response) == ["Over allebei", "Over water", "Over wonen"]  # once each


def test_filter_by_year_and_theme_combine(client, news_index, article, themes):
    article("Wonen 2025", day(12, 10, 2025), themes=[themes["wonen"]])
    article("Wonen 2026", day(2, 10), themes=[themes["wonen"]])
    article("Water 2026", day(3, 10), themes=[themes["water"]])

    response = client.get(news_index.url + "?jaar=2026")
    assert titles(response) == ["Water 2026", "Wonen 2026"]
    assert response.context["years"] == [2026, 2025]
    response = client.get(news_index.url + "?jaar=2026&thema=testwonen")
    assert titles(response) == ["Wonen 2026"]
    assert 'name="jaar" value="2026" id="jaar-2026" checked' in response.content.decode()


def test_pagination(client, news_index, article, settings):
    settings.NEWS_ARTICLES_PER_PAGE = 2
    for number in range(1, 6):
        article(f"Bericht nummer {number}", day(number))
    first = client.get(news_index.url)
    assert titles(first) == ["Bericht nummer 5", "Bericht nummer 4"]
    assert "Pagina 1 van 3" in first.content.decode()
    assert titles(client.get(news_index.url + "?pagina=3")) == ["Bericht nummer 1"]
    # Past the end: the last page.
    assert titles(client.get(news_index.url + "?pagina=99")) == ["Bericht nummer 1"]


@pytest.mark.parametrize(
    "query",
    [
        "?thema=bestaat-niet",
        "?jaar=1850",
        "?jaar=abc",
        "?jaar=99999999999999999999",
        "?pagina=-4",
        "?pagina=x",
        "?q=" + "bericht+" * 80,
        "?q=%00",
        "?sortering=willekeurig",
    ],
)
def test_bad_parameters_give_the_page_with_a_dutch_message(client, news_index, article, query):
    article("Een bericht", day(3))
    response = client.get(news_index.url + query)
    assert response.status_code == 200
    assert response.context["form"].messages
    assert "Een bericht" in response.content.decode()
    assert '<meta name="robots" content="noindex, follow">' in response.content.decode()


def test_the_archive_works_without_javascript(client, news_index, article, themes):
    """A plain GET form: every filter is a named input, with a submit button."""
    article("Over wonen", day(2), themes=[themes["wonen"]])
    body = client.get(news_index.url).content.decode()
    assert 'method="get"' in body
    assert 'type="checkbox" name="thema" value="testwonen"' in body
    assert 'type="radio" name="jaar" value="2026"' in body
    assert 'type="submit"' in body
