"""The latest news on the home page and on the network, training and research pages that
an article names ({% latest_news %}): live, public articles only."""

from wagtail.models import PageViewRestriction

import pytest

from tests.factories import (
    NetworkIndexPageFactory,
    NetworkPageFactory,
    ResearchIndexPageFactory,
    ResearchProjectPageFactory,
    TrainingIndexPageFactory,
    TrainingTrackPageFactory,
)
from tests.news.conftest import day

pytestmark = pytest.mark.django_db


@pytest.fixture
def related(home_page):
    return {
        "network": NetworkPageFactory(
            parent=NetworkIndexPageFactory(parent=home_page), title="Netwerk water"
        ),
        "training": TrainingTrackPageFactory(
            parent=TrainingIndexPageFactory(parent=home_page), title="Wibautleergang"
        ),
        "research": ResearchProjectPageFactory(
            parent=ResearchIndexPageFactory(parent=home_page), title="Middenbestuur"
        ),
    }


def hide(draft, private):
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)


def test_the_home_page_shows_the_three_latest(client, home_page, article):
    for month in range(1, 6):
        article(f"Bericht van maand {month}", day(month))
    hide(article("Conceptnieuws", day(11)), article("Besloten nieuws", day(12)))
    body = client.get(home_page.url).content.decode()
    shown = [f"Bericht van maand {month}" for month in (5, 4, 3)]
    assert [body.index(title) for title in shown] == sorted(body.index(t) for t in shown)
    assert "Bericht van maand 2" not in body
    assert "Conceptnieuws" not in body and "Besloten nieuws" not in body
    assert 'href="/nieuws/">Al het nieuws' in body


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        ("network", "related_networks"),
        ("training", "related_training"),
        ("research", "related_research"),
    ],
)
def test_a_related_page_shows_the_articles_that_name_it(client, article, related, kind, field):
    target = related[kind]
    named = article("Over deze pagina", day(3))
    other = article("Over iets anders", day(4))
    draft = article("Concept over deze pagina", day(5))
    private = article("Besloten over deze pagina", day(6))
    for page in (named, draft, private):
        getattr(page, field).set([target])
        page.save_revision().publish()
    hide(draft, private)
    body = client.get(target.url).content.decode()
    assert "Over deze pagina" in body
    assert other.title not in body
    assert "Concept over deze pagina" not in body
    assert "Besloten over deze pagina" not in body


def test_no_news_no_section(client, related):
    assert 'id="related-news-heading"' not in client.get(related["network"].url).content.decode()
