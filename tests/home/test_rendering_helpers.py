"""
Helpers that make long lists cheaper to render give exactly what Django gives: dates
(clbsite/templatetags/date_tags.py).
"""

import datetime

from django.template.defaultfilters import date as date_filter
from django.utils import translation

import pytest

from clbsite.templatetags.date_tags import iso_date, long_date

DAYS = [
    datetime.date(2026, 3, 12),
    datetime.date(1999, 12, 31),
    datetime.date(2024, 2, 29),
    datetime.date(2026, 1, 1),
]


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_dates_are_written_as_djangos_date_filter_writes_them(day, language):
    with translation.override(language):
        assert long_date(day) == date_filter(day, "j F Y")
        assert iso_date(day) == date_filter(day, "Y-m-d")


def test_dates_that_are_not_plain_days_go_to_django():
    moment = datetime.datetime(2026, 3, 12, 19, 30, tzinfo=datetime.UTC)
    with translation.override("nl"):
        assert long_date(moment) == date_filter(moment, "j F Y")
        assert iso_date(moment) == date_filter(moment, "Y-m-d")
        assert long_date(None) == date_filter(None, "j F Y") == ""
