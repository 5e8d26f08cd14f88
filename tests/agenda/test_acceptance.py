"""
Issue 5, Acceptance: a visitor filters the agenda to events for wethouders in the next
three months and subscribes to that feed; a calendar program (icalendar) shows exactly
those events with correct Dutch local times.
"""

import html
import re
from urllib.parse import urlsplit

from django.test import Client

import pytest
from icalendar import Calendar

from tests.agenda.ical_validator import validate
from tests.factories.agenda import EventFactory, local

pytestmark = pytest.mark.django_db


def test_wethouders_next_three_months_in_a_calendar(agenda_page, freeze):
    freeze(local(2026, 3, 10, 15, 0))  # Tuesday 10 March 2026; summer time starts 29 March
    expected = {
        EventFactory(
            title="Digitaal wethoudersoverleg",
            start=local(2026, 4, 3, 12, 0),
            end=local(2026, 4, 3, 13, 0),
            format="online",
            audiences=["wethouders"],
        ): ("20260403T120000", "20260403T130000"),
        EventFactory(
            title="Webinar armoedebeleid",
            start=local(2026, 3, 24, 19, 30),
            end=local(2026, 3, 24, 21, 0),
            cancelled=True,
            audiences=["wethouders", "raadsleden"],
        ): ("20260324T193000", "20260324T210000"),
        EventFactory(
            title="Inspiratiedag voor wethouders",
            start=local(2026, 5, 16, 10, 0),
            end=local(2026, 5, 16, 16, 0),
            audiences=["wethouders"],
            region="Utrecht",
        ): ("20260516T100000", "20260516T160000"),
        EventFactory(
            title="Wethoudersdag",
            start=local(2026, 6, 10),
            end=local(2026, 6, 10),
            all_day=True,
            audiences=["wethouders"],
        ): ("20260610", "20260611"),
    }
    # Not for wethouders, too late, already over, or for members only.
    EventFactory(
        title="Raadsledenvakschool", start=local(2026, 3, 21, 10), audiences=["raadsleden"]
    )
    EventFactory(
        title="Zomerbijeenkomst", start=local(2026, 6, 11, 19, 30), audiences=["wethouders"]
    )
    EventFactory(title="Vorige week", start=local(2026, 3, 5, 19, 30), audiences=["wethouders"])
    EventFactory(
        title="Ledenoverleg",
        start=local(2026, 3, 25, 20),
        members_only=True,
        audiences=["wethouders"],
    )

    visitor = Client()
    page = visitor.get("/agenda/", {"doelgroep": "wethouders", "periode": "drie-maanden"})
    assert page.status_code == 200
    shown = [event.title for event in page.context["outcome"].page.object_list]
    assert shown == [
        "Webinar armoedebeleid",
        "Digitaal wethoudersoverleg",
        "Inspiratiedag voor wethouders",
        "Wethoudersdag",
    ]
    body = page.content.decode()
    assert "vrijdag 3 april 2026, 12.00–13.00 uur" in body

    link = html.unescape(
        re.search(r'<a class="button" href="([^"]+)"[^>]*>Abonneren</a>', body).group(1)
    )
    assert link.startswith("webcal://")
    url = urlsplit(link)
    feed = Client().get(url.path, query_params=None, QUERY_STRING=url.query)  # a calendar program
    assert feed.status_code == 200
    assert feed["Content-Type"] == "text/calendar; charset=utf-8"
    assert validate(feed.content) == []

    calendar = Calendar.from_ical(feed.content)
    assert str(calendar["X-WR-CALNAME"]) == "CLB-agenda: Wethouders · komende drie maanden"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    components = {str(c["UID"]): c for c in calendar.walk("VEVENT")}
    assert set(components) == {event.ical_uid for event in expected}
    for event, (start, end) in expected.items():
        component = components[event.ical_uid]
        assert component["DTSTART"].to_ical().decode() == start
        assert component["DTEND"].to_ical().decode() == end
        if not event.all_day:
            assert component["DTSTART"].params["TZID"] == "Europe/Amsterdam"
            assert component.decoded("DTSTART") == event.start
        cancelled = str(component["STATUS"]) == "CANCELLED"
        assert cancelled is event.cancelled
