"""
Demo events from agenda/demo/events.yaml: a year of CLB activities around today (about
six months back and six ahead), after the activity tables of the annual programmes in
shared/seeds: network meetings per theme and function, vakscholen, the burgemeestersdag,
Schaper and Wibaut sessions, the masterclass financiën, webinars, the ALV. The file's
header explains how its dates are relative to today.

Idempotent: an event that already exists (same title, same start date) is left alone,
so running the loader twice on one day changes nothing. Events link to the network or
training page with the given slug when the demo site has it.
"""

import calendar
import datetime
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Page

import yaml

from agenda import dates
from agenda.models import Event, EventFormat, Registration, RegistrationMode
from home.models import Audience, NetworkPage, TrainingTrackPage

DEMO_DOMAIN = "clb-demo.nl"


@dataclass
class Spec:
    title: str
    start: datetime.datetime
    end: datetime.datetime
    event_type: str
    audiences: list
    description: str
    format: str = EventFormat.IN_PERSON
    venue: tuple = ("", "")
    region: str = "landelijk"
    related: str = ""
    all_day: bool = False
    members_only: bool = False
    cancelled: bool = False
    registration: bool = False
    deadline_days: int = 0
    costs: str = ""
    capacity: str = ""
    places: int | None = None
    """Registration on the site with this many places (instead of a demo link)."""
    taken: int = 0
    """Demo registrations already made (nobody is mailed)."""
    series: bool = False
    """Part of a regular series: skipped (not moved) in the holidays."""


# Calendar arithmetic --------------------------------------------------------------------


def month(today, offset):
    """(year, month) ``offset`` months from the month of ``today``."""
    first = dates.add_months(today.replace(day=1), offset)
    return first.year, first.month


def weekday_in_month(today, offset, weekday, nth=1):
    """The nth (1, 2...; -1 = last) ``weekday`` of the month ``offset`` months away."""
    year, month_number = month(today, offset)
    days = [
        datetime.date(year, month_number, day)
        for day in range(1, calendar.monthrange(year, month_number)[1] + 1)
        if datetime.date(year, month_number, day).weekday() == weekday
    ]
    return days[nth - 1] if nth > 0 else days[nth]


def in_recess(day):
    """The summer recess and the Christmas holidays: the CLB plans nothing then."""
    return (
        (day.month, day.day) >= (7, 11)
        and day.month <= 8
        or ((day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 6))
    )


def outside_recess(specs):
    """Drop series dates in the holidays; move one-off events by whole weeks."""
    for spec in specs:
        if not in_recess(dates.local(spec.start).date()):
            yield spec
        elif not spec.series:
            # Early in a holiday: a few weeks earlier; late in it: a few weeks later.
            month_number = dates.local(spec.start).month
            step = datetime.timedelta(weeks=-1 if month_number in (7, 12) else 1)
            while in_recess(dates.local(spec.start).date()):
                spec.start, spec.end = spec.start + step, spec.end + step
            yield spec


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=dates.local_tz())


# The programme --------------------------------------------------------------------------

EVENTS_FILE = Path(__file__).resolve().parent / "events.yaml"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def day_of(rule, today):
    """The day a rule of events.yaml gives: {month, weekday, nth} or {week, weekday}."""
    weekday = WEEKDAYS.index(rule.pop("weekday"))
    if "week" in rule:
        monday = today - datetime.timedelta(days=today.weekday())
        return monday + datetime.timedelta(weeks=rule.pop("week"), days=weekday)
    return weekday_in_month(today, rule.pop("month"), weekday, rule.pop("nth", 1))


def time_of(text):
    hour, minute = text.split(":")
    return int(hour), int(minute)


def programme(today, path=EVENTS_FILE):
    """Every demo event of events.yaml, as Specs, relative to ``today``."""
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    specs = []
    for entry in data["events"]:
        shared = {name: value for name, value in entry.items() if name != "dates"}
        for occurrence in entry.get("dates", [{}]):
            fields = {**shared, **occurrence}
            day = day_of(fields, today)
            last = day + datetime.timedelta(days=fields.pop("end_days_later", 0))
            venue = data["venues"][fields.pop("venue")] if "venue" in fields else None
            specs.append(
                Spec(
                    start=at(day, *time_of(fields.pop("start", "00:00"))),
                    end=at(last, *time_of(fields.pop("end", "00:00"))),
                    venue=(venue["name"], venue["address"]) if venue else ("", ""),
                    **fields,
                )
            )
    return list(outside_recess(specs))


# Loading ----------------------------------------------------------------------------------


class Loader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.pages = {}
        self.audiences = {audience.slug: audience for audience in Audience.objects.all()}

    def related_page(self, slug):
        if not slug:
            return None
        if slug not in self.pages:
            self.pages[slug] = (
                Page.objects.type(NetworkPage, TrainingTrackPage).filter(slug=slug).first()
            )
        return self.pages[slug]

    def exists(self, spec):
        day = dates.local(spec.start).date()
        return Event.objects.filter(
            title=spec.title,
            start__gte=dates.start_of_day(day),
            start__lt=dates.start_of_day(day + datetime.timedelta(days=1)),
        ).exists()

    def create(self, spec):
        online = spec.format != EventFormat.IN_PERSON
        event = Event(
            title=spec.title,
            start=spec.start,
            end=spec.end,
            all_day=spec.all_day,
            format=spec.format,
            venue_name=spec.venue[0] if spec.format != EventFormat.ONLINE else "",
            venue_address=spec.venue[1] if spec.format != EventFormat.ONLINE else "",
            event_type=spec.event_type,
            region=spec.region,
            related_page=self.related_page(spec.related),
            description=spec.description,
            members_only=spec.members_only,
            cancelled=spec.cancelled,
            costs=spec.costs,
            capacity_note=spec.capacity,
            live=False,
        )
        key = f"{slugify(spec.title)[:60]}-{event.uid.hex[:6]}"
        if online:
            event.join_url = f"https://meet.{DEMO_DOMAIN}/{key}"
        if spec.places is not None:
            event.registration_mode = RegistrationMode.SITE
            event.capacity = spec.places
        elif spec.registration:
            event.registration_mode = RegistrationMode.EXTERNAL
            event.registration_url = f"https://{DEMO_DOMAIN}/aanmelden/{key}"
        if (spec.registration or spec.places is not None) and spec.deadline_days:
            last_day = dates.local(spec.start).date() - datetime.timedelta(days=spec.deadline_days)
            event.registration_deadline = at(last_day, 23, 59)
        event.audiences = [
            self.audiences[slug] for slug in spec.audiences if slug in self.audiences
        ]
        event.save()
        event.save_revision().publish()
        Registration.objects.bulk_create(
            Registration(
                event=event,
                name=f"Demodeelnemer {number}",
                email=f"deelnemer{number}@{DEMO_DOMAIN}",
                function="Raadslid",
                governing_body="Demogemeente",
            )
            for number in range(1, spec.taken + 1)
        )
        return event

    @transaction.atomic
    def run(self, today):
        created = 0
        for spec in programme(today):
            if not self.exists(spec):
                self.create(spec)
                created += 1
        if self.stdout is not None:
            self.stdout.write(f"Agenda: {created} activiteiten aangemaakt.")
        return created


def load(stdout=None, today=None):
    """Load the demo events; returns how many were created."""
    return Loader(stdout=stdout).run(today or dates.today())
