"""
Dates and times of the agenda: the one place that knows about Europe/Amsterdam.

Events are stored in UTC. Everything a person reads is in the site's time zone
(``TIME_ZONE``, Europe/Amsterdam) and in Dutch:

    >>> format_when(start, end)           # doctest: +SKIP
    'donderdag 12 maart 2026, 19.30–21.30 uur'

``now()`` is the agenda's clock. Code in this app calls ``dates.now()`` (never
``timezone.now()`` directly), so a test can freeze time by replacing that one function.
"""

import calendar
import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

# The dates a person may ask for; outside this range a date is almost certainly a typo,
# and far-off years break time zone arithmetic.
MIN_DATE = datetime.date(2000, 1, 1)
MAX_DATE = datetime.date(2100, 12, 31)


def now():
    """The current time (aware, UTC). Tests replace this function to freeze time."""
    return timezone.now()


def local_tz():
    """The agenda's time zone: the site's TIME_ZONE (Europe/Amsterdam)."""
    return timezone.get_default_timezone()


def local(value):
    """An aware datetime in the agenda's time zone."""
    return timezone.localtime(value, local_tz())


def today(at=None):
    """The local date of ``at`` (default: now)."""
    return local(at or now()).date()


def start_of_day(day):
    """Midnight at the beginning of a local date, as an aware datetime."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=local_tz())


def end_of_day(day):
    """The last moment of a local date (23:59:59.999999), as an aware datetime."""
    return datetime.datetime.combine(day, datetime.time.max, tzinfo=local_tz())


def add_months(day, months):
    """The same day ``months`` later; the last day of the month when it has fewer days."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def first_of_month(day):
    return day.replace(day=1)


def first_of_next_month(day):
    return add_months(day.replace(day=1), 1)


# Formatting -------------------------------------------------------------------------


def format_day(day):
    """'donderdag 12 maart 2026'."""
    return date_format(day, "l j F Y")


def format_time(value):
    """'19.30', '9.00': Dutch style, hours without a leading zero."""
    return f"{value.hour}.{value.minute:02d}"


def format_month(day):
    """'maart 2026': the heading above a month of events."""
    return date_format(day, "F Y")


def event_dates(start, end, all_day):
    """The first and last local date an event takes place on."""
    first, last = local(start).date(), local(end).date()
    if not all_day and last > first and local(end).time() == datetime.time.min:
        # 20.00 until midnight ends on the evening it started.
        last -= datetime.timedelta(days=1)
    return first, max(first, last)


def format_when(start, end, all_day=False):
    """
    When an event takes place, in Dutch, in the agenda's time zone:

    - 'donderdag 12 maart 2026, 19.30–21.30 uur'
    - 'vrijdag 3 april 2026, 10.00 uur – zaterdag 4 april 2026, 16.00 uur'
    - 'zaterdag 4 april 2026 (hele dag)'
    - 'vrijdag 3 april 2026 – zaterdag 4 april 2026 (hele dagen)'
    """
    first, last = event_dates(start, end, all_day)
    if all_day:
        if first == last:
            return _("%(day)s (hele dag)") % {"day": format_day(first)}
        return _("%(first)s – %(last)s (hele dagen)") % {
            "first": format_day(first),
            "last": format_day(last),
        }
    local_start, local_end = local(start), local(end)
    if first == last:
        if local_end == local_start:
            return _("%(day)s, %(start)s uur") % {
                "day": format_day(first),
                "start": format_time(local_start),
            }
        end_time = format_time(local_end)
        if local_end.date() > first:
            end_time = "24.00"
        return _("%(day)s, %(start)s–%(end)s uur") % {
            "day": format_day(first),
            "start": format_time(local_start),
            "end": end_time,
        }
    return _("%(first_day)s, %(start)s uur – %(last_day)s, %(end)s uur") % {
        "first_day": format_day(first),
        "start": format_time(local_start),
        "last_day": format_day(last),
        "end": format_time(local_end),
    }


def format_moment(value):
    """'donderdag 5 maart 2026, 17.00 uur': one moment, such as a registration deadline."""
    value = local(value)
    return _("%(day)s, %(time)s uur") % {"day": format_day(value), "time": format_time(value)}
