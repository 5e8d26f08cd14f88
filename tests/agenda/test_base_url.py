"""Absolute links (calendar feeds, the sitemap, robots.txt, mail) use WAGTAILADMIN_BASE_URL,
never the hostname of Wagtail's Site record ("localhost" after installation) or the Host
header."""

from django.test import override_settings

import pytest
from icalendar import Calendar

from home.siteurl import absolute
from tests.factories.agenda import EventFactory

pytestmark = pytest.mark.django_db

PUBLIC = "https://www.clb.example.org"


@override_settings(WAGTAILADMIN_BASE_URL=PUBLIC + "/")
def test_absolute_joins_the_base_url_and_a_path():
    assert absolute("/motiebank/") == f"{PUBLIC}/motiebank/"
    assert absolute("https://elders.example.org/x") == "https://elders.example.org/x"


@override_settings(WAGTAILADMIN_BASE_URL=PUBLIC)
def test_sitemap_and_ical_use_the_base_url(client, agenda_page, now):
    event = EventFactory(title="Netwerk wonen")
    xml = client.get("/sitemap.xml", HTTP_HOST="localhost").content.decode()
    assert f"<loc>{PUBLIC}/agenda/{event.pk}-netwerk-wonen/</loc>" in xml
    assert "localhost" not in xml

    response = client.get(f"/agenda/{event.pk}-netwerk-wonen/agenda.ics", HTTP_HOST="localhost")
    (component,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(component["URL"]) == f"{PUBLIC}/agenda/{event.pk}-netwerk-wonen/"

    feed = client.get("/agenda/agenda.ics", HTTP_HOST="localhost")
    assert b"localhost" not in feed.content
    assert f"{PUBLIC}/agenda/{event.pk}-netwerk-wonen/".encode() in feed.content


@override_settings(WAGTAILADMIN_BASE_URL=PUBLIC)
def test_relative_urls_stay_relative(agenda_page):
    assert agenda_page.url == "/agenda/"
    assert agenda_page.get_full_url() == f"{PUBLIC}/agenda/"


@override_settings(WAGTAILADMIN_BASE_URL=PUBLIC)
def test_robots_txt_names_the_sitemap_at_the_base_url(client, home_page):
    text = client.get("/robots.txt", HTTP_HOST="localhost").content.decode()
    assert text.startswith("User-agent: *")
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in text
