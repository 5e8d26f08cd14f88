"""The demo news: a year of articles from news/demo/news.yaml, every link to a theme or
page found, the newest first on the home page, and a second run changes nothing."""

from django.core.management import call_command

import pytest

from news.demo.loader import load, read
from news.models import NewsArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(capsys):
    call_command("load_demo_content")
    capsys.readouterr()


def test_the_demo_news(demo, client):
    data = read()["articles"]
    articles = NewsArticlePage.objects.live().public()
    assert 24 <= articles.count() == len(data) <= 30
    dates = sorted(item["date"] for item in data)
    assert (dates[-1] - dates[0]).days <= 366
    for item in data:
        page = articles.get(slug=item["slug"])
        assert page.themes.count() == len(item.get("themes", [])), item["slug"]
        assert page.related_networks.count() == len(item.get("networks", [])), item["slug"]
        assert page.related_training.count() == len(item.get("training", [])), item["slug"]
        assert page.related_research.count() == len(item.get("research", [])), item["slug"]

    newest = max(data, key=lambda item: item["date"])
    home = client.get("/").content.decode()
    assert newest["title"] in home
    archive = client.get("/nieuws/")
    assert archive.status_code == 200
    assert archive.context["articles"][0].title == newest["title"]


def test_a_second_run_adds_nothing(demo):
    count = NewsArticlePage.objects.count()
    assert load() == 0
    assert NewsArticlePage.objects.count() == count
