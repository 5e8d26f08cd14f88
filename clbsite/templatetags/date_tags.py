"""
Dates as the site writes them, for lists that show many: ``{{ day|long_date }}`` is
"12 maart 2026" (Django's ``date:"j F Y"``) and ``{{ day|iso_date }}`` is "2026-03-12"
(``date:"Y-m-d"``), for ``<time datetime>``. Django's date filter parses its format and
translates the month each time, which a page of twenty results notices; these look the
month names up once per language.
"""

import datetime
from functools import cache

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.dates import MONTHS
from django.utils.translation import get_language

register = template.Library()


@cache
def _month_names(language):
    return [""] + [str(MONTHS[number]) for number in range(1, 13)]


def _is_date(value):
    return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)


@register.filter
def long_date(value):
    if not _is_date(value):
        return date_filter(value, "j F Y")
    return f"{value.day} {_month_names(get_language())[value.month]} {value.year}"


@register.filter
def iso_date(value):
    if not _is_date(value):
        return date_filter(value, "Y-m-d")
    return value.isoformat()
