"""iCalendar output: one event, the public feed, the personal feed and its token."""

import datetime

from django.test import Client

import pytest
from icalendar import Calendar

from agenda.models import CalendarFeedToken
from tests.agenda.ical_validator import validate
from tests.factories.agenda import EventFactory, local
from tests.factories.users import editor, member, non_member

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def parse(response):
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert validate(response.content) == []
    return Calendar.from_ical(response.content)


def vevents(calendar):
    return {str(component["UID"]): component for component in calendar.walk("VEVENT")}


def summaries(calendar):
    return sorted(str(component["SUMMARY"]) for component in calendar.walk("VEVENT"))


def ics_url(event):
    return f"/agenda/{event.pk}-{event.slug}/agenda.ics"


# One event ----------------------------------------------------------------------------


def test_one_event_as_ics(client, agenda_page, now):
    event = EventFactory(title="Netwerk wonen", audiences=["wethouders"])
    response = client.get(ics_url(event))
    assert response["Content-Disposition"] == 'attachment; filename="netwerk-wonen.ics"'
    calendar = parse(response)
    assert str(calendar["VERSION"]) == "2.0"
    assert "CLB" in str(calendar["PRODID"])
    (component,) = calendar.walk("VEVENT")
    assert str(component["UID"]) == f"{event.uid}@clb.nl"
    start, end = component.decoded("DTSTART"), component.decoded("DTEND")
    assert (start.hour, start.minute, end.hour, end.minute) == (19, 30, 21, 30)
    assert str(start.tzinfo) == "Europe/Amsterdam"
    assert component["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert start == local(2026, 3, 12, 19, 30)
    assert str(component["STATUS"]) == "CONFIRMED"
    assert str(component["URL"]) == f"http://testserver/agenda/{event.pk}-netwerk-wonen/"
    assert str(component["LOCATION"]) == "Nieuwspoort, Lange Poten 10, 2511 CL Den Haag"
    assert "Voor wie: Wethouders" in str(component["DESCRIPTION"])
    assert component.decoded("DTSTAMP") == now.astimezone(UTC)
    assert int(component["SEQUENCE"]) == 0
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert b"\r\n" in response.content


def test_uid_is_stable_and_sequence_follows_changes(client, agenda_page, now):
    event = EventFactory()
    first = vevents(parse(client.get(ics_url(event))))
    second = vevents(parse(client.get(ics_url(event))))
    assert list(first) == list(second) == [f"{event.uid}@clb.nl"]
    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    event.save()
    third = vevents(parse(client.get(ics_url(event))))
    assert list(third) == list(first)
    assert int(third[f"{event.uid}@clb.nl"]["SEQUENCE"]) == 1


def test_daylight_saving_in_the_calendar(client, agenda_page, now):
    winter = EventFactory(start=local(2026, 3, 26, 19, 30), end=local(2026, 3, 26, 21, 30))
    summer = EventFactory(start=local(2026, 4, 2, 19, 30), end=local(2026, 4, 2, 21, 30))
    calendar = parse(client.get("/agenda/agenda.ics"))
    events = vevents(calendar)
    for event in (winter, summer):
        component = events[event.ical_uid]
        assert (
            component["DTSTART"].to_ical() == event.local_start.strftime("%Y%m%dT%H%M%S").encode()
        )
        assert component["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert events[winter.ical_uid].decoded("DTSTART").astimezone(UTC).hour == 18
    assert events[summer.ical_uid].decoded("DTSTART").astimezone(UTC).hour == 17
    timezone = calendar.walk("VTIMEZONE")[0]
    transitions = {str(sub["DTSTART"].to_ical().decode()) for sub in timezone.walk("DAYLIGHT")}
    assert "20260329T030000" in transitions


def test_all_day_and_multi_day_events(client, agenda_page, now):
    day = EventFactory(
        title="Burgemeestersdag", start=local(2026, 4, 4), end=local(2026, 4, 4), all_day=True
    )
    days = EventFactory(
        title="Congres", start=local(2026, 10, 24), end=local(2026, 10, 25), all_day=True
    )
    course = EventFactory(
        title="Masterclass", start=local(2026, 4, 3, 10), end=local(2026, 4, 4, 16)
    )
    response = client.get("/agenda/agenda.ics")
    events = vevents(parse(response))
    assert b"DTSTART;VALUE=DATE:20260404" in response.content
    assert b"DTEND;VALUE=DATE:20260405" in response.content  # exclusive: the day after
    assert events[day.ical_uid].decoded("DTSTART") == datetime.date(2026, 4, 4)
    assert events[days.ical_uid].decoded("DTEND") == datetime.date(2026, 10, 26)
    assert events[course.ical_uid].decoded("DTSTART") == local(2026, 4, 3, 10)
    assert events[course.ical_uid].decoded("DTEND") == local(2026, 4, 4, 16)


def test_cancelled_event_in_the_feed(client, agenda_page, now):
    event = EventFactory(title="Webinar armoede", cancelled=True)
    component = vevents(parse(client.get("/agenda/agenda.ics")))[event.ical_uid]
    assert str(component["STATUS"]) == "CANCELLED"
    assert str(component["SUMMARY"]) == "Gaat niet door: Webinar armoede"


def test_online_event_hides_the_join_link_unless_member(client, agenda_page, now):
    event = EventFactory(format="online", join_url="https://meet.clb-test.nl/x-77")
    public = client.get(ics_url(event))
    assert b"x-77" not in public.content
    assert str(vevents(parse(public))[event.ical_uid]["LOCATION"]) == "Online"
    client.force_login(member())
    private = client.get(ics_url(event))
    assert (
        str(vevents(parse(private))[event.ical_uid]["LOCATION"]) == "https://meet.clb-test.nl/x-77"
    )
    assert "private" in private["Cache-Control"]


def test_long_and_special_text_is_folded_and_escaped(client, agenda_page, now):
    EventFactory(
        title="Financiën, begroting; één “lange” titel " * 4,
        description="<p>Regel één, met komma; en puntkomma.</p><ul><li>Punt – twee</li></ul>",
        venue_name="Zaal 1; achterin, links",
    )
    response = client.get("/agenda/agenda.ics")
    assert validate(response.content) == []
    component = next(iter(vevents(parse(response)).values()))
    assert str(component["DESCRIPTION"]).startswith(
        "Regel één, met komma; en puntkomma.\nPunt – twee"
    )


# The public feed ----------------------------------------------------------------------


@pytest.fixture
def feed_events(now):
    return {
        "long_ago": EventFactory(title="Lang geleden", start=local(2026, 1, 15, 19, 30)),
        "last_month": EventFactory(title="Vorige maand", start=local(2026, 2, 12, 19, 30)),
        "wethouders": EventFactory(
            title="Wethoudersoverleg", start=local(2026, 3, 6, 12), audiences=["wethouders"]
        ),
        "raadsleden": EventFactory(
            title="Raadsledenvakschool", start=local(2026, 3, 14, 10), audiences=["raadsleden"]
        ),
        "members_only": EventFactory(
            title="Alleen leden",
            start=local(2026, 3, 20, 20),
            members_only=True,
            format="hybride",
            join_url="https://meet.clb-test.nl/leden-1",
            audiences=["wethouders"],
        ),
        "draft": EventFactory(title="Concept", start=local(2026, 3, 21, 20), live=False),
    }


def test_public_feed(client, agenda_page, feed_events):
    response = client.get("/agenda/agenda.ics")
    calendar = parse(response)
    # Upcoming events plus those of the last month; nothing members-only, no drafts.
    assert summaries(calendar) == ["Raadsledenvakschool", "Vorige maand", "Wethoudersoverleg"]
    assert str(calendar["X-WR-CALNAME"]) == "CLB-agenda"
    assert str(calendar["REFRESH-INTERVAL"].to_ical().decode()) == "PT6H"
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT6H" in response.content
    assert b"X-PUBLISHED-TTL:PT6H" in response.content
    assert response["Content-Disposition"] == 'inline; filename="clb-agenda.ics"'
    assert response["X-Robots-Tag"] == "noindex"


def test_public_feed_never_has_members_only_events_even_for_members(
    client, agenda_page, feed_events
):
    client.force_login(member())
    assert "Alleen leden" not in summaries(parse(client.get("/agenda/agenda.ics")))


def test_public_feed_uses_the_page_filters(client, agenda_page, feed_events):
    calendar = parse(client.get("/agenda/agenda.ics?doelgroep=wethouders"))
    assert summaries(calendar) == ["Wethoudersoverleg"]
    assert str(calendar["X-WR-CALNAME"]) == "CLB-agenda: Wethouders"
    calendar = parse(client.get("/agenda/agenda.ics?q=raadsledenvakschool"))
    assert summaries(calendar) == ["Raadsledenvakschool"]


def test_feed_with_bad_parameters_is_a_400(client, agenda_page, feed_events):
    response = client.get("/agenda/agenda.ics?van=gisteren")
    assert response.status_code == 400
    assert "kunnen we niet lezen" in response.content.decode()


def test_feed_is_capped(client, agenda_page, now, settings):
    settings.AGENDA_FEED_MAX_EVENTS = 3
    for day in range(2, 8):
        EventFactory(start=local(2026, 3, day, 12))
    assert len(parse(client.get("/agenda/agenda.ics")).walk("VEVENT")) == 3


def test_empty_feed_is_still_a_valid_calendar(client, agenda_page, now):
    calendar = parse(client.get("/agenda/agenda.ics"))
    assert calendar.walk("VEVENT") == []
    assert len(calendar.walk("VTIMEZONE")) == 1


# The personal feed --------------------------------------------------------------------


def personal_url(user, query=""):
    token = CalendarFeedToken.for_user(user)
    return f"/agenda/persoonlijk/{token.token}.ics{query}"


def test_personal_feed_has_members_only_events_and_join_links(client, agenda_page, feed_events):
    user = member()
    response = Client().get(personal_url(user))  # a calendar program: no session
    calendar = parse(response)
    assert summaries(calendar) == [
        "Alleen leden",
        "Raadsledenvakschool",
        "Vorige maand",
        "Wethoudersoverleg",
    ]
    component = vevents(calendar)[feed_events["members_only"].ical_uid]
    assert "https://meet.clb-test.nl/leden-1" in str(component["DESCRIPTION"])
    assert str(calendar["X-WR-CALNAME"]) == "CLB-agenda (persoonlijk)"
    assert "private" in response["Cache-Control"]
    filtered = parse(Client().get(personal_url(user, "?doelgroep=wethouders")))
    assert summaries(filtered) == ["Alleen leden", "Wethoudersoverleg"]


def test_personal_feed_for_staff(client, agenda_page, feed_events):
    assert "Alleen leden" in summaries(parse(Client().get(personal_url(editor()))))


@pytest.mark.parametrize("how", ["left_the_members", "inactive", "deleted"])
def test_personal_feed_stops_for_former_members(client, agenda_page, feed_events, how):
    user = member()
    url = personal_url(user)
    assert Client().get(url).status_code == 200
    if how == "left_the_members":
        user.groups.clear()
    elif how == "inactive":
        user.is_active = False
        user.save()
    else:
        user.delete()
    response = Client().get(url)
    assert response.status_code == 404
    assert b"Alleen leden" not in response.content


def test_unknown_token_is_404(client, agenda_page, feed_events):
    assert Client().get("/agenda/persoonlijk/" + "x" * 43 + ".ics").status_code == 404
    assert Client().get("/agenda/persoonlijk/kort.ics").status_code == 404


def test_token_records_its_last_use(client, agenda_page, feed_events):
    user = member()
    url = personal_url(user)
    Client().get(url)
    assert CalendarFeedToken.objects.get(user=user).last_used_at is not None


# The page with the personal address ---------------------------------------------------


def test_token_page_needs_a_login_and_a_member(client, agenda_page, now):
    response = client.get("/agenda/mijn-agenda-feed/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/inloggen/?next=/agenda/mijn-agenda-feed/")
    client.force_login(non_member())
    response = client.get("/agenda/mijn-agenda-feed/")
    assert response.status_code == 403
    assert "voor leden van het CLB" in response.content.decode()
    assert not CalendarFeedToken.objects.exists()


def test_token_page_shows_the_address_with_filters(client, agenda_page, now):
    user = member()
    client.force_login(user)
    response = client.get("/agenda/mijn-agenda-feed/?doelgroep=wethouders&pagina=2")
    html = response.content.decode()
    token = CalendarFeedToken.objects.get(user=user).token
    assert f"http://testserver/agenda/persoonlijk/{token}.ics?doelgroep=wethouders" in html
    assert f"webcal://testserver/agenda/persoonlijk/{token}.ics?doelgroep=wethouders" in html
    assert "Dit adres geeft alleen: Wethouders." in html
    assert "no-store" in response["Cache-Control"]
    # The same token on a second visit.
    client.get("/agenda/mijn-agenda-feed/")
    assert CalendarFeedToken.objects.get(user=user).token == token


def test_reset_gives_a_new_address_and_the_old_one_stops(agenda_page, feed_events):
    user = member()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    page = browser.get("/agenda/mijn-agenda-feed/")
    old_url = personal_url(user)
    assert Client().get(old_url).status_code == 200

    # Without the CSRF token the reset is refused.
    assert browser.post("/agenda/mijn-agenda-feed/", {"action": "reset"}).status_code == 403
    assert Client().get(old_url).status_code == 200

    csrf = page.cookies["csrftoken"].value
    response = browser.post(
        "/agenda/mijn-agenda-feed/",
        {"action": "reset", "csrfmiddlewaretoken": csrf},
    )
    assert response.status_code == 302
    assert Client().get(old_url).status_code == 404
    new_url = personal_url(user)
    assert new_url != old_url
    assert Client().get(new_url).status_code == 200
    followed = browser.get(response["Location"]).content.decode()
    assert "Het oude adres werkt niet meer" in followed
