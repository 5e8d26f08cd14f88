"""Dutch dates and times in Europe/Amsterdam: one formatting function, table-driven."""

import datetime

from django.utils import translation

import pytest

from agenda import dates
from agenda.forms import period_bounds
from tests.factories.agenda import local

UTC = datetime.UTC


@pytest.fixture(autouse=True)
def dutch():
    with translation.override("nl"):
        yield


@pytest.mark.parametrize(
    ("start", "end", "all_day", "expected"),
    [
        # An evening meeting.
        (
            local(2026, 3, 12, 19, 30),
            local(2026, 3, 12, 21, 30),
            False,
            "donderdag 12 maart 2026, 19.30–21.30 uur",
        ),
        # Hours before ten have no leading zero.
        (
            local(2026, 1, 9, 9, 0),
            local(2026, 1, 9, 12, 15),
            False,
            "vrijdag 9 januari 2026, 9.00–12.15 uur",
        ),
        # Two days.
        (
            local(2026, 4, 3, 10, 0),
            local(2026, 4, 4, 16, 0),
            False,
            "vrijdag 3 april 2026, 10.00 uur – zaterdag 4 april 2026, 16.00 uur",
        ),
        # One whole day.
        (local(2026, 4, 4), local(2026, 4, 4), True, "zaterdag 4 april 2026 (hele dag)"),
        # Several whole days.
        (
            local(2026, 10, 9),
            local(2026, 10, 10),
            True,
            "vrijdag 9 oktober 2026 – zaterdag 10 oktober 2026 (hele dagen)",
        ),
        # Stored in UTC, shown in Amsterdam: summer time (UTC+2).
        (
            datetime.datetime(2026, 6, 18, 17, 30, tzinfo=UTC),
            datetime.datetime(2026, 6, 18, 19, 0, tzinfo=UTC),
            False,
            "donderdag 18 juni 2026, 19.30–21.00 uur",
        ),
        # Winter time (UTC+1).
        (
            datetime.datetime(2026, 12, 3, 18, 30, tzinfo=UTC),
            datetime.datetime(2026, 12, 3, 20, 30, tzinfo=UTC),
            False,
            "donderdag 3 december 2026, 19.30–21.30 uur",
        ),
        # Until midnight is the same evening.
        (
            local(2026, 5, 20, 20, 0),
            local(2026, 5, 21, 0, 0),
            False,
            "woensdag 20 mei 2026, 20.00–24.00 uur",
        ),
        # No end time given: start equals end.
        (
            local(2026, 2, 2, 14, 0),
            local(2026, 2, 2, 14, 0),
            False,
            "maandag 2 februari 2026, 14.00 uur",
        ),
        # The night summer time starts: 1.30 and 3.30 are one hour apart.
        (
            datetime.datetime(2026, 3, 29, 0, 30, tzinfo=UTC),
            datetime.datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
            False,
            "zondag 29 maart 2026, 1.30–3.30 uur",
        ),
    ],
)
def test_format_when(start, end, all_day, expected):
    assert dates.format_when(start, end, all_day) == expected


def test_format_moment_and_month():
    assert dates.format_moment(local(2026, 3, 5, 17, 0)) == "donderdag 5 maart 2026, 17.00 uur"
    assert dates.format_month(datetime.date(2026, 3, 12)) == "maart 2026"
    assert dates.format_month(datetime.date(2026, 8, 1)) == "augustus 2026"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 1, 15), 3, datetime.date(2026, 4, 15)),
        (datetime.date(2026, 11, 30), 3, datetime.date(2027, 2, 28)),
        (datetime.date(2027, 11, 30), 3, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 3, 31), 1, datetime.date(2026, 4, 30)),
        (datetime.date(2026, 12, 1), 1, datetime.date(2027, 1, 1)),
    ],
)
def test_add_months(day, months, expected):
    assert dates.add_months(day, months) == expected


def test_days_start_at_local_midnight_across_daylight_saving():
    # The last Sunday of March has 23 hours, the last Sunday of October 25.
    # (Subtract in UTC: Python subtracts wall-clock times within one time zone.)
    def length(day):
        return dates.end_of_day(day).astimezone(UTC) - dates.start_of_day(day).astimezone(UTC)

    march = length(datetime.date(2026, 3, 29))
    october = length(datetime.date(2026, 10, 25))
    assert round(march.total_seconds() / 3600) == 23
    assert round(october.total_seconds() / 3600) == 25
    assert dates.start_of_day(datetime.date(2026, 3, 29)).astimezone(UTC) == datetime.datetime(
        2026, 3, 28, 23, 0, tzinfo=UTC
    )
    assert dates.start_of_day(datetime.date(2026, 3, 30)).astimezone(UTC) == datetime.datetime(
        2026, 3, 29, 22, 0, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("now", "values", "begin", "until"),
    [
        # Just after midnight on 1 March (still 28 February in UTC): March is "this month".
        (
            datetime.datetime(2026, 2, 28, 23, 30, tzinfo=UTC),
            {"periode": "deze-maand"},
            local(2026, 3, 1),
            local(2026, 4, 1),
        ),
        (
            local(2026, 3, 10, 12),
            {"periode": "drie-maanden"},
            local(2026, 3, 10),
            local(2026, 6, 11),
        ),
        # "van" and "tot en met" are whole local days; "tot en met" includes its day.
        (
            local(2026, 3, 10, 12),
            {"van": datetime.date(2026, 3, 28), "tot": datetime.date(2026, 3, 29)},
            local(2026, 3, 28),
            local(2026, 3, 30),
        ),
        # A period and dates together: the overlap.
        (
            local(2026, 3, 10, 12),
            {"periode": "drie-maanden", "van": datetime.date(2026, 5, 1)},
            local(2026, 5, 1),
            local(2026, 6, 11),
        ),
        (local(2026, 3, 10, 12), {}, None, None),
    ],
)
def test_period_bounds(now, values, begin, until):
    assert period_bounds(values, now) == (begin, until)
