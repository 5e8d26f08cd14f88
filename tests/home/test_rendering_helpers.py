"""
Helpers that make long lists cheaper to render give exactly what Django gives:
choice labels (clbsite/choices.py) and dates (clbsite/templatetags/date_tags.py).
"""

import datetime

from django.template.defaultfilters import date as date_filter
from django.utils import translation

import pytest

from agenda.models import Event, EventFormat, EventType
from agenda.models.events import REGION_CHOICES
from clbsite.templatetags.date_tags import iso_date, long_date
from motionbank.models import GoverningBody, Motion
from motionbank.models.motions import DocumentType, Outcome
from motionbank.models.reference import PROVINCE_CHOICES, Tier


def django_label(instance, field_name):
    """Django's own get_FOO_display(), bypassing the mixin."""
    from django.db.models import Model

    return Model._get_FIELD_display(instance, instance._meta.get_field(field_name))


CASES = [
    (Motion, "document_type", [value for value, _ in DocumentType.choices]),
    (Motion, "outcome", [value for value, _ in Outcome.choices]),
    (Event, "event_type", [value for value, _ in EventType.choices]),
    (Event, "format", [value for value, _ in EventFormat.choices]),
    (Event, "region", [value for value, _ in REGION_CHOICES]),
    (GoverningBody, "tier", [value for value, _ in Tier.choices]),
    (GoverningBody, "province", [value for value, _ in PROVINCE_CHOICES]),
]


@pytest.mark.parametrize("model, field_name, values", CASES, ids=lambda case: str(case)[:30])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_choice_labels_are_djangos(model, field_name, values, language):
    with translation.override(language):
        for value in [*values, "onbekende-waarde", ""]:
            instance = model(**{field_name: value})
            method = getattr(instance, f"get_{field_name}_display")
            assert method() == django_label(instance, field_name), value


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
