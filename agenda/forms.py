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


# Registration on the site ------------------------------------------------------------


class RegistrationForm(forms.Form):
    """Name, e-mail, function and governing body. A signed-in person's address is that
    of their account (``fixed_email``), so their registrations are theirs in Mijn CLB."""

    name = forms.CharField(
        label=_("Naam"),
        max_length=150,
        error_messages={
            "required": _("Vul je naam in."),
            "max_length": _("Je naam is te lang (hoogstens %(limit_value)d tekens)."),
        },
    )
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        error_messages={
            "required": _("Vul je e-mailadres in."),
            "invalid": _("Dit is geen geldig e-mailadres. Voorbeeld: naam@gemeente.nl."),
            "max_length": _("Dit e-mailadres is te lang."),
        },
    )
    function = forms.CharField(
        label=_("Functie"),
        max_length=100,
        help_text=_("Bijvoorbeeld raadslid, wethouder of Statenlid."),
        error_messages={
            "required": _("Vul je functie in."),
            "max_length": _("De functie is te lang (hoogstens %(limit_value)d tekens)."),
        },
    )
    governing_body = forms.CharField(
        label=_("Gemeente, provincie of waterschap"),
        max_length=150,
        error_messages={
            "required": _("Vul je gemeente, provincie of waterschap in."),
            "max_length": _("Deze naam is te lang (hoogstens %(limit_value)d tekens)."),
        },
    )

    def __init__(self, *args, fixed_email=None, **kwargs):
        kwargs.setdefault("auto_id", "aanmelden-%s")
        super().__init__(*args, **kwargs)
        self.fixed_email = fixed_email
        if fixed_email:
            del self.fields["email"]

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if isinstance(value, str):
                if any(ord(char) < 32 for char in value):
                    self.add_error(name, _("Gebruik geen regeleinden of stuurtekens."))
                elif not value.strip():
                    self.add_error(name, self.fields[name].error_messages["required"])
        return cleaned

    @property
    def address(self):
        """The address to register: the account's, or the one typed."""
        return self.fixed_email or self.cleaned_data["email"]
