"""Events on other pages: networks and training tracks list theirs, the home page the next."""

import re

import pytest

from tests.factories import (
    NetworkIndexPageFactory,
    NetworkPageFactory,
    TrainingIndexPageFactory,
    TrainingTrackPageFactory,
)
from tests.factories.agenda import EventFactory, local
from tests.factories.users import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(home_page):
    index = NetworkIndexPageFactory(parent=home_page)
    return NetworkPageFactory(parent=index, title="Netwerk wonen", slug="wonen")


def listed_titles(response):
    """The titles of the events listed on the page, in order."""
    html = response.content.decode()
    found = re.findall(r'class="event-item__title">(?:<a href="[^"]*">)?([^<]+)<', html)
    return [title.strip() for title in found]


def test_network_page_lists_its_upcoming_events(client, agenda_page, network, now):
    other = NetworkPageFactory(parent=network.get_parent(), title="Waternetwerk")
    EventFactory(title="Voorbij", start=local(2026, 2, 1, 19, 30), related_page=network)
    EventFactory(title="Eerste", start=local(2026, 3, 5, 19, 30), related_page=network)
    EventFactory(title="Tweede", start=local(2026, 4, 5, 19, 30), related_page=network)
    EventFactory(title="Van een ander netwerk", start=local(2026, 3, 6), related_page=other)
    EventFactory(title="Los", start=local(2026, 3, 7))
    EventFactory(title="Concept", start=local(2026, 3, 8), related_page=network, live=False)
    EventFactory(
        title="Ledenoverleg", start=local(2026, 3, 9), related_page=network, members_only=True
    )

    response = client.get("/netwerken/wonen/")
    assert listed_titles(response) == ["Eerste", "Tweede"]
    html = response.content.decode()
    assert "Komende bijeenkomsten" in html
    assert "donderdag 5 maart 2026, 19.30–21.30 uur" in html
    assert 'href="/agenda/"' in html
    assert "css/agenda.css" in html

    client.force_login(member())
    assert listed_titles(client.get("/netwerken/wonen/")) == ["Eerste", "Ledenoverleg", "Tweede"]


def test_network_page_shows_at_most_five(client, agenda_page, network, now):
    for day in range(2, 10):
        EventFactory(
            title=f"Bijeenkomst {day}", start=local(2026, 3, day, 19, 30), related_page=network
        )
    assert listed_titles(client.get("/netwerken/wonen/")) == [
        f"Bijeenkomst {day}" for day in range(2, 7)
    ]


def test_network_page_without_events_has_no_empty_section(client, agenda_page, network, now):
    html = client.get("/netwerken/wonen/").content.decode()
    assert "Komende bijeenkomsten" not in html


def test_training_page_lists_its_events(client, home_page, agenda_page, now):
    index = TrainingIndexPageFactory(parent=home_page)
    track = TrainingTrackPageFactory(parent=index, title="Jan Schaperleergang", slug="schaper")
    EventFactory(title="Schaper avond 1", start=local(2026, 3, 3, 19, 30), related_page=track)
    response = client.get("/scholing/schaper/")
    assert listed_titles(response) == ["Schaper avond 1"]
    assert "Schaper avond 1" in response.content.decode()


def test_home_page_shows_the_next_events(client, home_page, agenda_page, now):
    for day in range(2, 7):
        EventFactory(title=f"Activiteit {day}", start=local(2026, 3, day, 19, 30))
    EventFactory(title="Ledenactiviteit", start=local(2026, 3, 1, 20), members_only=True)
    response = client.get("/")
    assert listed_titles(response) == [
        "Activiteit 2",
        "Activiteit 3",
        "Activiteit 4",
    ]
    html = response.content.decode()
    assert "Binnenkort" in html and "Naar de volledige agenda" in html
    client.force_login(member())
    response = client.get("/")
    assert listed_titles(response)[0] == "Ledenactiviteit"


def test_home_page_without_events(client, home_page, agenda_page, now):
    home_page.number_of_events = 0
    home_page.save()
    EventFactory(start=local(2026, 3, 2, 19, 30))
    response = client.get("/")
    assert listed_titles(response) == []
    assert "Binnenkort" not in response.content.decode()


def test_sitemap_lists_public_upcoming_events(client, agenda_page, now):
    public = EventFactory(title="Openbaar")
    secret = EventFactory(title="Geheim", members_only=True)
    past = EventFactory(title="Voorbij", start=local(2026, 2, 1, 19, 30))
    xml = client.get("/sitemap.xml").content.decode()
    assert f"http://testserver/agenda/{public.pk}-openbaar/" in xml
    assert f"/agenda/{secret.pk}-" not in xml
    assert f"/agenda/{past.pk}-" not in xml
