from django import forms
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

from newsletter.models import Subscriber, normalise_email

NAME_MAX = 100


class SubscribeForm(forms.Form):
    """Signing up for Lokaal Bestuur: an address, optionally a name. ``bron`` says which
    form it came from (the footer or the newsletter page)."""

    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        error_messages={
            "required": _("Vul je e-mailadres in."),
            "invalid": _("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."),
            "max_length": _("Dit e-mailadres is te lang."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(
        label=_("Naam (niet verplicht)"),
        max_length=NAME_MAX,
        required=False,
        error_messages={
            "max_length": _("Je naam mag hoogstens %(limit_value)d tekens lang zijn."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    bron = forms.ChoiceField(
        choices=[(Subscriber.Source.FOOTER, ""), (Subscriber.Source.PAGE, "")],
        required=False,
        widget=forms.HiddenInput,
    )

    def __init__(self, *args, prefix_id="nieuwsbrief", **kwargs):
        kwargs.setdefault("auto_id", f"{prefix_id}-%s")
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = normalise_email(self.cleaned_data["email"])
        EmailValidator(message=self.fields["email"].error_messages["invalid"])(email)
        return email

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if any(ord(char) < 32 for char in name):
            raise forms.ValidationError(_("Je naam bevat tekens die niet kunnen."))
        return name

    def clean_bron(self):
        return self.cleaned_data["bron"] or Subscriber.Source.PAGE
