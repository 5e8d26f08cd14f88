"""The Event model: all-day storage, upcoming versus past, registration, calendar versions."""

import datetime

from django.core.exceptions import ValidationError

import pytest

from agenda.models import Event, RegistrationState
from tests.factories.agenda import EventFactory, local
from tests.factories.users import editor, member, non_member

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def ids(queryset):
    return set(queryset.values_list("pk", flat=True))


def test_all_day_event_runs_from_local_midnight_to_end_of_last_day():
    event = EventFactory(start=local(2026, 4, 3, 14, 0), end=local(2026, 4, 4, 9, 0), all_day=True)
    event.refresh_from_db()
    assert event.start == datetime.datetime(2026, 4, 2, 22, 0, tzinfo=UTC)  # 00.00 CEST
    assert event.local_end.date() == datetime.date(2026, 4, 4)
    assert event.local_end.time() == datetime.time.max
    assert (event.first_day, event.last_day) == (
        datetime.date(2026, 4, 3),
        datetime.date(2026, 4, 4),
    )
    assert event.when == "vrijdag 3 april 2026 – zaterdag 4 april 2026 (hele dagen)"


@pytest.mark.parametrize(
    ("moment", "upcoming"),
    [
        (local(2026, 3, 12, 23, 29), True),
        (local(2026, 3, 12, 23, 30), True),  # it ends now: still on
        (local(2026, 3, 12, 23, 31), False),
        (local(2026, 3, 13, 0, 1), False),
    ],
)
def test_evening_event_is_upcoming_until_it_ends(moment, upcoming):
    event = EventFactory(start=local(2026, 3, 12, 20, 0), end=local(2026, 3, 12, 23, 30))
    assert (event.pk in ids(Event.objects.upcoming(moment))) is upcoming
    assert (event.pk in ids(Event.objects.past(moment))) is not upcoming


@pytest.mark.parametrize(
    ("day", "last_upcoming_utc", "first_past_utc"),
    [
        # An ordinary winter day: midnight is 23.00 UTC.
        (datetime.date(2026, 3, 12), (2026, 3, 12, 22, 59, 59), (2026, 3, 12, 23, 0, 0)),
        # The last Sunday of March (clocks go forward): the day ends at 22.00 UTC.
        (datetime.date(2026, 3, 29), (2026, 3, 29, 21, 59, 59), (2026, 3, 29, 22, 0, 0)),
        # The last Sunday of October (clocks go back): the day ends at 23.00 UTC.
        (datetime.date(2026, 10, 25), (2026, 10, 25, 22, 59, 59), (2026, 10, 25, 23, 0, 0)),
        # The Saturday before it is still summer time: its day ends at 22.00 UTC.
        (datetime.date(2026, 10, 24), (2026, 10, 24, 21, 59, 59), (2026, 10, 24, 22, 0, 0)),
    ],
)
def test_all_day_event_is_upcoming_until_local_midnight(day, last_upcoming_utc, first_past_utc):
    event = EventFactory(
        start=local(day.year, day.month, day.day),
        end=local(day.year, day.month, day.day),
        all_day=True,
    )
    still_on = datetime.datetime(*last_upcoming_utc, tzinfo=UTC)
    over = datetime.datetime(*first_past_utc, tzinfo=UTC)
    assert event.pk in ids(Event.objects.upcoming(still_on))
    assert event.pk not in ids(Event.objects.upcoming(over))
    assert event.pk in ids(Event.objects.past(over))


def test_multi_day_event_is_upcoming_while_running():
    event = EventFactory(start=local(2026, 4, 3, 10, 0), end=local(2026, 4, 4, 16, 0))
    assert event.pk in ids(Event.objects.upcoming(local(2026, 4, 4, 9, 0)))
    assert event.pk in ids(Event.objects.past(local(2026, 4, 4, 16, 1)))


def test_events_across_daylight_saving_keep_their_wall_clock_time():
    before = EventFactory(start=local(2026, 3, 26, 19, 30), end=local(2026, 3, 26, 21, 30))
    after = EventFactory(start=local(2026, 4, 2, 19, 30), end=local(2026, 4, 2, 21, 30))
    before.refresh_from_db()
    after.refresh_from_db()
    assert before.start.astimezone(UTC).hour == 18
    assert after.start.astimezone(UTC).hour == 17
    assert before.when.endswith("19.30–21.30 uur")
    assert after.when.endswith("19.30–21.30 uur")


def test_visible_to():
    public = EventFactory()
    members_only = EventFactory(members_only=True)
    draft = EventFactory(live=False)
    assert ids(Event.objects.visible_to(non_member())) == {public.pk}
    assert ids(Event.objects.visible_to(member())) == {public.pk, members_only.pk}
    assert ids(Event.objects.visible_to(editor())) == {public.pk, members_only.pk}
    assert draft.pk not in ids(Event.objects.visible_to(editor()))
    assert ids(Event.objects.visible_to(member(is_active=False))) == {public.pk}


@pytest.mark.parametrize(
    ("fields", "moment", "state"),
    [
        ({}, local(2026, 3, 1), RegistrationState.NONE),
        ({"registration_url": "https://clb.nl/aanmelden"}, local(2026, 3, 12, 19, 29), "open"),
        ({"registration_url": "https://clb.nl/aanmelden"}, local(2026, 3, 12, 19, 30), "begonnen"),
        (
            {
                "registration_url": "https://clb.nl/aanmelden",
                "registration_deadline": local(2026, 3, 5, 17, 0),
            },
            local(2026, 3, 5, 17, 0),
            "open",
        ),
        (
            {
                "registration_url": "https://clb.nl/aanmelden",
                "registration_deadline": local(2026, 3, 5, 17, 0),
            },
            local(2026, 3, 5, 17, 1),
            "deadline",
        ),
        (
            {"registration_url": "https://clb.nl/aanmelden", "cancelled": True},
            local(2026, 3, 1),
            "gaat-niet-door",
        ),
    ],
)
def test_registration_state(fields, moment, state):
    event = EventFactory(**fields)
    assert event.registration_state(moment) == state
    assert event.registration_open(moment) is (state == "open")


def test_clean_rejects_end_before_start_and_late_deadline():
    event = EventFactory.build(start=local(2026, 3, 12, 19, 30), end=local(2026, 3, 12, 18, 0))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end" in error.value.message_dict
    event = EventFactory.build(
        registration_url="https://clb.nl/aanmelden",
        registration_deadline=local(2026, 3, 13, 9, 0),
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "registration_deadline" in error.value.message_dict


def test_sequence_goes_up_when_time_place_or_status_change():
    event = EventFactory()
    assert event.sequence == 0
    event.description = "<p>Een andere tekst.</p>"
    event.save()
    assert event.sequence == 0
    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    event.save()
    assert event.sequence == 1
    event.cancelled = True
    event.save(update_fields=["cancelled"])
    event.refresh_from_db()
    assert event.sequence == 2
    # A stale copy (as from an old revision) never lowers the stored number.
    stale = Event.objects.get(pk=event.pk)
    stale.sequence = 0
    stale.venue_name = "Jaarbeurs"
    stale.save()
    assert stale.sequence == 3


def test_sequence_survives_publishing_a_revision():
    event = EventFactory()
    event.venue_name = "Provinciehuis Utrecht"
    revision = event.save_revision()
    revision.publish()
    event.refresh_from_db()
    assert event.venue_name == "Provinciehuis Utrecht"
    assert event.sequence == 1
    assert event.live


def test_slug_and_uid():
    event = EventFactory(title="Masterclass financiën: de begroting")
    assert event.slug == "masterclass-financien-de-begroting"
    assert event.ical_uid == f"{event.uid}@clb.nl"
    event.title = "Nieuwe titel"
    event.save()
    assert event.ical_uid == f"{event.uid}@clb.nl"
