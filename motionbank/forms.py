import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from taggit.utils import parse_tags

from .models import GoverningBody, Theme
from .models.motions import DocumentType, Outcome
from .text import one_line
from .uploads import check_upload, max_upload_bytes

MAX_TAGS = 15
TEXT_ROWS = 6


class GoverningBodyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.display_name


class MotionUploadForm(forms.Form):
    """The form with which a member shares a motion (motie), amendment, written questions
    or initiative proposal. Either a file or the text is required."""

    document_type = forms.ChoiceField(
        label=_("Soort document"), choices=DocumentType.choices, initial=DocumentType.MOTION
    )
    title = forms.CharField(
        label=_("Titel"),
        max_length=300,
        help_text=_("Zoals boven de motie staat, bijvoorbeeld ‘Motie Geen kind in armoede’."),
    )
    governing_body = GoverningBodyChoiceField(
        label=_("Gemeente, provincie of waterschap"),
        queryset=GoverningBody.objects.filter(active=True),
        empty_label=_("Kies…"),
    )
    date_submitted = forms.DateField(
        label=_("Datum van indienen"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("De datum van de vergadering waarin de motie is ingediend."),
    )
    outcome = forms.ChoiceField(
        label=_("Uitslag"), choices=Outcome.choices, initial=Outcome.UNKNOWN
    )
    theme = forms.ModelChoiceField(
        label=_("Thema"), queryset=Theme.objects.all(), empty_label=_("Kies…")
    )
    tags = forms.CharField(
        label=_("Trefwoorden"),
        required=False,
        max_length=500,
        help_text=_("Gescheiden door komma's, bijvoorbeeld: schuldhulp, jongeren."),
    )
    submitters = forms.CharField(
        label=_("Indieners"),
        required=False,
        max_length=500,
        help_text=_("Namen van de indieners, gescheiden door komma's."),
    )
    parties = forms.CharField(
        label=_("Fracties"),
        required=False,
        max_length=300,
        help_text=_("De indienende en mede-indienende fracties, gescheiden door komma's."),
    )
    summary = forms.CharField(
        label=_("Samenvatting"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Eén of twee zinnen: wat vraagt de motie, en waarom?"),
    )
    findings = forms.CharField(
        label=_("Constaterende dat"),
        required=False,
        widget=forms.Textarea(attrs={"rows": TEXT_ROWS}),
    )
    considerations = forms.CharField(
        label=_("Overwegende dat"),
        required=False,
        widget=forms.Textarea(attrs={"rows": TEXT_ROWS}),
    )
    operative_text = forms.CharField(
        label=_("Verzoekt / draagt op"),
        required=False,
        widget=forms.Textarea(attrs={"rows": TEXT_ROWS}),
    )
    file = forms.FileField(
        label=_("Bestand (PDF of Word)"),
        required=False,
        widget=forms.FileInput(
            attrs={
                "accept": ".pdf,.docx,application/pdf,"
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        ),
    )
    source_url = forms.URLField(
        label=_("Link naar de bron"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("Bijvoorbeeld de pagina in het raadsinformatiesysteem."),
    )
    adapted_from = forms.IntegerField(required=False, widget=forms.HiddenInput)
    confirm_similar = forms.BooleanField(
        label=_("Ik heb de moties hierboven bekeken; de mijne voegt iets toe. Toch delen."),
        required=False,
    )

    TEXT_FIELDS = ("findings", "considerations", "operative_text")

    def __init__(self, *args, adaptable=None, **kwargs):
        """``adaptable``: the motions this member may base theirs on."""
        super().__init__(*args, **kwargs)
        self.adaptable = adaptable
        self.checked_file = None
        self.adapted_motion = None
        self.fields["file"].help_text = _(
            "Een PDF of een Word-document (.docx) van hoogstens %(limit)s MB. "
            "Of vul hieronder de tekst in; een van beide is nodig."
        ) % {"limit": max_upload_bytes() // (1024 * 1024)}

    def clean_title(self):
        # A title is one line, whatever the browser sent (it ends up in mail subjects).
        return one_line(self.cleaned_data["title"])

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded:
            self.checked_file = check_upload(uploaded)
        return uploaded

    def clean_date_submitted(self):
        date = self.cleaned_data["date_submitted"]
        today = timezone.localdate()
        if date > today + datetime.timedelta(days=365):
            raise forms.ValidationError(_("Deze datum ligt te ver in de toekomst."))
        if date.year < 1990:
            raise forms.ValidationError(_("Vul een datum na 1990 in."))
        return date

    def clean_tags(self):
        tags = [tag[:100] for tag in parse_tags(self.cleaned_data.get("tags", ""))]
        if len(tags) > MAX_TAGS:
            raise forms.ValidationError(_("Gebruik hoogstens %(n)s trefwoorden.") % {"n": MAX_TAGS})
        return tags

    def clean_adapted_from(self):
        pk = self.cleaned_data.get("adapted_from")
        if pk and self.adaptable is not None:
            self.adapted_motion = self.adaptable.filter(pk=pk).first()
        return self.adapted_motion.pk if self.adapted_motion else None

    def clean(self):
        cleaned = super().clean()
        has_text = any((cleaned.get(name) or "").strip() for name in self.TEXT_FIELDS)
        if not has_text and not cleaned.get("file") and "file" not in self.errors:
            self.add_error(
                "file",
                forms.ValidationError(
                    _(
                        "Voeg een bestand toe (PDF of Word) of vul de tekst van de motie "
                        "in; een van beide is nodig."
                    ),
                    code="file_or_text",
                ),
            )
        return cleaned

    @property
    def text(self):
        return "\n\n".join(
            (self.cleaned_data.get(name) or "").strip() for name in self.TEXT_FIELDS
        ).strip()
