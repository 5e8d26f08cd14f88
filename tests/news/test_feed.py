"""The news feeds: Atom at /nieuws/feed/, RSS at /nieuws/feed/rss/, with only live,
public articles, parsed with an XML parser and checked for the elements Atom requires."""

import datetime
import xml.etree.ElementTree as ET

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from tests.news.conftest import day

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def news(news_index, article, themes):
    article(
        "Nieuwe Wibautleergang",
        day(9, 14),
        introduction="De leergang voor nieuwe raadsleden begint weer.",
        themes=[themes["wonen"]],
    )
    article("Burgemeestersdag in Zwolle", day(10, 2))
    draft = article("Concept over de begroting", day(11, 1))
    draft.unpublish()
    scheduled = article("Gepland nieuws", day(11, 2))
    scheduled.unpublish()
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision(approved_go_live_at=scheduled.go_live_at)
    private = article("Alleen voor ingelogden", day(11, 3))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return news_index


def test_atom_feed_has_the_required_elements(client, news):
    response = client.get("/nieuws/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{name}").text, name
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Centrum voor Lokaal Bestuur"
    self_link = feed.find(f"{ATOM}link[@rel='self']").get("href")
    assert self_link == "http://testserver/nieuws/feed/"

    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [
        "Burgemeestersdag in Zwolle",
        "Nieuwe Wibautleergang",
    ]
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{name}").text, name
        link = entry.find(f"{ATOM}link").get("href")
        assert link.startswith("http://testserver/nieuws/")
    wibaut = entries[1]
    assert wibaut.find(f"{ATOM}summary").text == "De leergang voor nieuwe raadsleden begint weer."
    assert wibaut.find(f"{ATOM}category").get("term") == "Testwonen"
    assert wibaut.find(f"{ATOM}published").text.startswith("2026-09-14")


def test_the_feeds_leave_out_drafts_scheduled_and_private_articles(client, news):
    for url in ("/nieuws/feed/", "/nieuws/feed/rss/"):
        body = client.get(url).content.decode()
        assert "Burgemeestersdag in Zwolle" in body
        for hidden in ("Concept over de begroting", "Gepland nieuws", "Alleen voor ingelogden"):
            assert hidden not in body, (url, hidden)


def test_rss_feed_parses(client, news):
    response = client.get("/nieuws/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.find("link").text == "http://testserver/nieuws/"
    items = channel.findall("item")
    assert [item.find("title").text for item in items] == [
        "Burgemeestersdag in Zwolle",
        "Nieuwe Wibautleergang",
    ]
    assert all(item.find("pubDate").text for item in items)


def test_a_scheduled_article_enters_the_feed_once_published(client, news):
    """Go-live is Wagtail's own: publish_scheduled publishes the approved revision."""
    from django.core.management import call_command

    from news.models import NewsArticlePage

    scheduled = NewsArticlePage.objects.get(title="Gepland nieuws")
    assert "Gepland nieuws" not in client.get("/nieuws/feed/").content.decode()
    # The go-live moment has come: as if the clock moved on.
    moment = timezone.now() - datetime.timedelta(minutes=1)
    revision = scheduled.latest_revision
    revision.approved_go_live_at = moment
    revision.content["go_live_at"] = moment.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert "Gepland nieuws" in client.get("/nieuws/feed/").content.decode()


def test_pages_link_to_the_feed_in_their_head(client, news, home_page):
    for url in ("/nieuws/", home_page.url):
        body = client.get(url).content.decode()
        assert '<link rel="alternate" type="application/atom+xml"' in body, url
        assert "/nieuws/feed/" in body, url
