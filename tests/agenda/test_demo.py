"""The demo events: a year around today, linked to the site, idempotent."""

import datetime
import io

import pytest

from agenda.demo import loader as demo
from agenda.models import Event
from agenda.registrations import places
from tests.factories import (
    NetworkIndexPageFactory,
    NetworkPageFactory,
    TrainingIndexPageFactory,
    TrainingTrackPageFactory,
)
from tests.factories.agenda import audience

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 10)


@pytest.fixture
def site(home_page):
    for slug in (
        "raadsleden",
        "wethouders",
        "burgemeesters",
        "statenleden",
        "gedeputeerden",
        "waterschappers",
        "kandidaten",
        "iedereen",
        "commissieleden",
    ):
        audience(slug)
    networks = NetworkIndexPageFactory(parent=home_page)
    trainings = TrainingIndexPageFactory(parent=home_page)
    return {
        "wethouders": NetworkPageFactory(parent=networks, slug="wethouders"),
        "schaper": TrainingTrackPageFactory(parent=trainings, slug="jan-schaperleergang"),
    }


@pytest.mark.parametrize(
    "today",
    [TODAY, datetime.date(2026, 7, 20), datetime.date(2026, 11, 22), datetime.date(2027, 1, 2)],
)
def test_loads_a_year_of_events(site, today):
    output = io.StringIO()
    created = demo.load(stdout=output, today=today)
    events = Event.objects.all()
    assert 40 <= created == events.count() <= 60
    assert "activiteiten aangemaakt" in output.getvalue()
    assert all(event.live for event in events)
    first = min(event.first_day for event in events)
    last = max(event.last_day for event in events)
    assert first < today - datetime.timedelta(days=100)  # (the summer recess has none)
    assert last > today + datetime.timedelta(days=120)
    assert (last - first).days <= 400
    assert not any(demo.in_recess(event.first_day) for event in events)
    now = datetime.datetime.combine(today, datetime.time(12), tzinfo=datetime.UTC)
    assert Event.objects.past(now).count() >= 15
    assert Event.objects.upcoming(now).count() >= 20


def test_a_realistic_mix(site):
    demo.load(today=TODAY)
    events = list(Event.objects.prefetch_related("audiences"))
    assert {event.format for event in events} == {"fysiek", "online", "hybride"}
    assert len({event.event_type for event in events}) >= 6
    assert len({event.region for event in events}) >= 5
    assert 1 <= sum(event.cancelled for event in events) <= 3
    assert sum(event.members_only for event in events) >= 5
    assert any(event.all_day and event.first_day == event.last_day for event in events)
    assert any(event.all_day and event.first_day < event.last_day for event in events)
    assert any(not event.all_day and event.first_day < event.last_day for event in events)
    assert all(event.audiences.all() for event in events)
    for event in events:
        if not event.all_day:
            assert 8 <= event.local_start.hour <= 20, event
        if event.format == "online":
            assert event.join_url and not event.venue_name
        if event.format == "fysiek":
            assert event.venue_name and event.venue_address and not event.join_url
        if event.registration_deadline:
            assert event.registration_deadline < event.start
        event.full_clean()


def test_links_to_pages_that_exist_only(site):
    demo.load(today=TODAY)
    wethouders = Event.objects.filter(related_page=site["wethouders"])
    assert wethouders.count() >= 5
    assert set(wethouders.values_list("title", flat=True)) == {"Digitaal wethoudersoverleg"}
    assert Event.objects.filter(related_page=site["schaper"]).count() == 4
    assert Event.objects.filter(title="Netwerk natuur en landbouw", related_page=None).exists()


def test_running_twice_changes_nothing(site):
    demo.load(today=TODAY)
    before = {(event.pk, event.title, event.start, event.sequence) for event in Event.objects.all()}
    assert demo.load(today=TODAY) == 0
    after = {(event.pk, event.title, event.start, event.sequence) for event in Event.objects.all()}
    assert before == after


def test_the_dates_in_events_yaml_are_relative_to_today(tmp_path):
    """TODAY is Tuesday 10 March 2026; the rules the file's header explains."""
    path = tmp_path / "events.yaml"
    path.write_text(
        """
venues:
  jaarbeurs: {name: Jaarbeurs, address: 'Jaarbeursplein 6, 3521 AL Utrecht'}
events:
  - title: Laatste vrijdag
    event_type: netwerkbijeenkomst
    audiences: [raadsleden]
    description: <p>x</p>
    venue: jaarbeurs
    month: 1
    weekday: friday
    nth: -1
    start: '19:30'
    end: '21:00'
  - title: Twee weken terug
    event_type: webinar
    format: online
    audiences: [raadsleden]
    description: <p>x</p>
    series: true
    start: '20:00'
    end: '21:00'
    dates:
      - {week: -2, weekday: tuesday}
      - {month: 4, weekday: monday, nth: 3}
  - title: Weekend
    event_type: congres
    audiences: [iedereen]
    description: <p>x</p>
    all_day: true
    end_days_later: 1
    dates:
      - {month: 0, weekday: saturday, nth: 2}
      - {month: 4, weekday: monday, nth: 3, title: Na het reces}
""",
        encoding="utf-8",
    )
    specs = demo.programme(TODAY, path)
    times = {
        spec.title: (spec.start.strftime("%Y-%m-%d %H:%M"), spec.end.strftime("%Y-%m-%d %H:%M"))
        for spec in specs
    }
    # The series' date in the summer recess (20 July) falls out; the one-off event on
    # that day moves back by whole weeks to before the recess (6 July).
    assert times == {
        "Laatste vrijdag": ("2026-04-24 19:30", "2026-04-24 21:00"),
        "Twee weken terug": ("2026-02-24 20:00", "2026-02-24 21:00"),
        "Weekend": ("2026-03-14 00:00", "2026-03-15 00:00"),
        "Na het reces": ("2026-07-06 00:00", "2026-07-07 00:00"),
    }
    assert specs[0].venue == ("Jaarbeurs", "Jaarbeursplein 6, 3521 AL Utrecht")
    assert specs[1].venue == ("", "") and specs[1].format == "online"


def test_some_events_take_registrations_on_the_site(site):
    demo.load(today=TODAY)
    vakschool = Event.objects.get(title="Raadsledenvakschool: sterk in het sociaal domein")
    assert vakschool.registers_on_site and vakschool.registration_url == ""
    assert places(vakschool) == (38, 0, 40)  # two places left
    schaper = Event.objects.filter(related_page=site["schaper"])
    assert schaper.exists() and all(event.capacity == 24 for event in schaper)
    # The others keep their demo registration link.
    assert Event.objects.filter(registration_mode="extern").exclude(registration_url="").exists()
    assert not Event.objects.filter(registration_mode="extern", registration_url="").exists()
