"""
The agenda's filter form: the shared faceted-search form plus a period.

The period is not a facet: it narrows the queryset before the search runs. Like every
other part of the form it never causes an error page: a date we cannot read, a date out
of range or "from" after "to" is dropped with a Dutch message, and the rest applies.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from agenda import dates
from search.forms import FacetedSearchForm

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]


class Period(models.TextChoices):
    THIS_MONTH = "deze-maand", _("Deze maand")
    NEXT_THREE_MONTHS = "drie-maanden", _("Komende drie maanden")


class DateInput(forms.DateInput):
    input_type = "date"


def _date_field(label, invalid_message):
    return forms.DateField(
        label=label,
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        widget=DateInput(format="%Y-%m-%d"),
        error_messages={"invalid": invalid_message},
    )


class AgendaFilterForm(FacetedSearchForm):
    periode = forms.ChoiceField(
        label=_("Periode"),
        required=False,
        choices=[("", _("Alles")), *Period.choices],
        widget=forms.RadioSelect,
    )
    van = _date_field(
        _("Van"),
        _(
            "De datum bij “van” kunnen we niet lezen (schrijf bijvoorbeeld 12-03-2026); "
            "die datum is genegeerd."
        ),
    )
    tot = _date_field(
        _("Tot en met"),
        _(
            "De datum bij “tot en met” kunnen we niet lezen (schrijf bijvoorbeeld "
            "12-03-2026); die datum is genegeerd."
        ),
    )

    PERIOD_PARAMS = ("periode", "van", "tot")

    def __init__(self, data, *, archive=False, **kwargs):
        super().__init__(data, **kwargs)
        self.archive = archive
        if archive:
            # "This month" and "the next three months" look ahead; the archive looks back.
            del self.fields["periode"]

    @property
    def filter_params(self):
        """The GET parameters that make up a selection (carried over to the feed)."""
        params = ["q", *(facet.param for facet in self.facets), *self.PERIOD_PARAMS]
        return [name for name in params if name == "q" or name in self.fields]

    def _clean_date(self, name, label):
        value = self.cleaned_data.get(name)
        if value is not None and not dates.MIN_DATE <= value <= dates.MAX_DATE:
            raise ValidationError(
                _(
                    "De datum bij “%(label)s” ligt buiten %(first)s–%(last)s; "
                    "die datum is genegeerd."
                ),
                params={
                    "label": label,
                    "first": dates.MIN_DATE.year,
                    "last": dates.MAX_DATE.year,
                },
            )
        return value

    def clean_van(self):
        return self._clean_date("van", _("van"))

    def clean_tot(self):
        return self._clean_date("tot", _("tot en met"))

    def values(self):
        """The valid part of the request (see FacetedSearchForm), plus the period."""
        data = super().values()
        for name in self.PERIOD_PARAMS:
            if name in self.errors:
                if name == "periode":
                    self.messages.append(_("Deze periode kennen we niet; je ziet alle datums."))
                else:
                    self.messages.extend(self.errors[name])
        data["periode"] = self.cleaned_data.get("periode", "") if "periode" in self.fields else ""
        data["van"] = self.cleaned_data.get("van")
        data["tot"] = self.cleaned_data.get("tot")
        if data["van"] and data["tot"] and data["van"] > data["tot"]:
            self.messages.append(
                _("De datum bij “van” ligt na de datum bij “tot en met”; we tonen alle datums.")
            )
            data["van"] = data["tot"] = None
        return data


def period_bounds(values, now):
    """
    The [begin, until) window a person chose, in aware datetimes; either may be None.

    "Deze maand" is the calendar month of today, "komende drie maanden" runs from today
    to the same date three months on (inclusive), "van"/"tot en met" are whole local days.
    Every day starts at midnight in Europe/Amsterdam, whatever daylight saving does.
    """
    begin = until = None
    today = dates.today(now)
    if values.get("periode") == Period.THIS_MONTH:
        begin = dates.start_of_day(dates.first_of_month(today))
        until = dates.start_of_day(dates.first_of_next_month(today))
    elif values.get("periode") == Period.NEXT_THREE_MONTHS:
        begin = dates.start_of_day(today)
        until = dates.start_of_day(dates.add_months(today, 3) + datetime.timedelta(days=1))
    if values.get("van"):
        moment = dates.start_of_day(values["van"])
        begin = max(begin, moment) if begin else moment
    if values.get("tot"):
        moment = dates.start_of_day(values["tot"] + datetime.timedelta(days=1))
        until = min(until, moment) if until else moment
    return begin, until
