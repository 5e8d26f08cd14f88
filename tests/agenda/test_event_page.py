"""The page of one event: Dutch time, place or join link, registration, access."""

import pytest

from tests.factories import NetworkIndexPageFactory, NetworkPageFactory
from tests.factories.agenda import EventFactory, local
from tests.factories.users import editor, member, non_member

pytestmark = pytest.mark.django_db


def page(client, event):
    response = client.get(f"/agenda/{event.pk}-{event.slug}/")
    return response, response.content.decode()


def test_shows_date_place_audience_and_calendar_link(client, agenda_page, now):
    event = EventFactory(
        title="Netwerk wonen en volkshuisvesting",
        audiences=["raadsleden", "wethouders"],
        costs="Gratis voor leden",
        capacity_note="Maximaal 40 deelnemers",
    )
    response, html = page(client, event)
    assert response.status_code == 200
    assert '<h1 id="event-title">Netwerk wonen en volkshuisvesting</h1>' in html
    assert "donderdag 12 maart 2026, 19.30–21.30 uur" in html
    assert "Nieuwspoort<br>Lange Poten 10, 2511 CL Den Haag" in html
    assert "Raadsleden, Wethouders" in html
    assert "Gratis voor leden" in html and "Maximaal 40 deelnemers" in html
    assert f'href="/agenda/{event.pk}-{event.slug}/agenda.ics"' in html
    assert "Zet in mijn agenda" in html
    assert 'name="robots"' not in html


def test_wrong_slug_redirects_to_the_right_address(client, agenda_page, now):
    event = EventFactory(title="Webinar stikstof")
    response = client.get(f"/agenda/{event.pk}-iets-anders/")
    assert response.status_code == 301
    assert response["Location"] == f"/agenda/{event.pk}-webinar-stikstof/"


def test_join_link_only_for_members(client, agenda_page, now):
    event = EventFactory(format="online", join_url="https://meet.clb-test.nl/geheim-123")
    _response, html = page(client, event)
    assert "geheim-123" not in html
    assert "Log in om de link te zien" in html
    assert f'href="/account/inloggen/?next=/agenda/{event.pk}-{event.slug}/"' in html

    client.force_login(non_member())
    _response, html = page(client, event)
    assert "geheim-123" not in html
    assert "alleen voor leden" in html

    client.force_login(member())
    response, html = page(client, event)
    assert 'href="https://meet.clb-test.nl/geheim-123"' in html
    assert "private" in response["Cache-Control"]


def test_members_only_event_is_404_for_everyone_else(client, agenda_page, now):
    event = EventFactory(title="Vertrouwelijk overleg", members_only=True)
    for user in (None, non_member(), member(is_active=False)):
        if user is not None:
            client.force_login(user)
        response, html = page(client, event)
        assert response.status_code == 404
        assert "Vertrouwelijk overleg" not in html
        assert client.get(f"/agenda/{event.pk}-{event.slug}/agenda.ics").status_code == 404
    client.force_login(member())
    response, html = page(client, event)
    assert response.status_code == 200
    assert "Alleen voor leden" in html
    assert '<meta name="robots" content="noindex">' in html


def test_draft_is_404_for_everyone(client, agenda_page, now):
    event = EventFactory(live=False)
    for user in (None, member(), editor()):
        if user is not None:
            client.force_login(user)
        assert page(client, event)[0].status_code == 404


def test_registration_open_until_deadline(client, agenda_page, freeze):
    event = EventFactory(
        registration_url="https://clb-test.nl/aanmelden/wonen",
        registration_deadline=local(2026, 3, 5, 17, 0),
    )
    freeze(local(2026, 3, 5, 16, 59))
    _response, html = page(client, event)
    assert "Aanmelden kan tot donderdag 5 maart 2026, 17.00 uur." in html
    assert 'href="https://clb-test.nl/aanmelden/wonen"' in html

    freeze(local(2026, 3, 5, 17, 1))
    _response, html = page(client, event)
    assert "https://clb-test.nl/aanmelden/wonen" not in html
    assert "Aanmelden is gesloten: dat kon tot donderdag 5 maart 2026, 17.00 uur." in html


def test_registration_without_deadline_closes_at_the_start(client, agenda_page, freeze):
    event = EventFactory(registration_url="https://clb-test.nl/aanmelden/wonen")
    freeze(local(2026, 3, 12, 19, 0))
    _response, html = page(client, event)
    assert "Aanmelden kan tot de activiteit begint." in html
    freeze(local(2026, 3, 12, 20, 0))
    _response, html = page(client, event)
    assert "https://clb-test.nl/aanmelden/wonen" not in html
    assert "Aanmelden is gesloten: de activiteit is al begonnen." in html
    freeze(local(2026, 3, 13, 9, 0))
    _response, html = page(client, event)
    assert "Aanmelden is gesloten: deze activiteit is voorbij." in html
    assert "Zet in mijn agenda" not in html


def test_cancelled_event(client, agenda_page, now):
    event = EventFactory(cancelled=True, registration_url="https://clb-test.nl/aanmelden")
    _response, html = page(client, event)
    assert "Gaat niet door." in html
    assert "Deze activiteit gaat niet door; aanmelden is niet mogelijk." in html
    assert "https://clb-test.nl/aanmelden" not in html
    assert "<title>Gaat niet door: " in html


def test_links_to_its_network(client, home_page, agenda_page, now):
    networks = NetworkIndexPageFactory(parent=home_page)
    network = NetworkPageFactory(parent=networks, title="Netwerk wonen", slug="wonen")
    event = EventFactory(related_page=network)
    _response, html = page(client, event)
    assert 'Deze activiteit hoort bij <a href="/netwerken/wonen/">Netwerk wonen</a>' in html


def test_unpublished_network_is_not_linked(client, home_page, agenda_page, now):
    networks = NetworkIndexPageFactory(parent=home_page)
    network = NetworkPageFactory(parent=networks, title="Netwerk wonen", live=False)
    event = EventFactory(related_page=network)
    assert "hoort bij" not in page(client, event)[1]


def test_all_day_and_multi_day(client, agenda_page, now):
    day = EventFactory(start=local(2026, 4, 4), end=local(2026, 4, 4), all_day=True)
    days = EventFactory(start=local(2026, 4, 3, 10), end=local(2026, 4, 4, 16))
    assert "zaterdag 4 april 2026 (hele dag)" in page(client, day)[1]
    assert (
        "vrijdag 3 april 2026, 10.00 uur – zaterdag 4 april 2026, 16.00 uur"
        in page(client, days)[1]
    )
