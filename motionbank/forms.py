import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from taggit.utils import parse_tags

from .documents import PART_FIELDS, missing_parts, part_names
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
    # The parts of the other types (motionbank/documents.py). All are in the page, in one
    # fieldset per type; only those of the chosen type are read and checked.
    amended_proposal = forms.CharField(
        label=_("Voorstel dat het amendement wijzigt"),
        required=False,
        max_length=300,
        help_text=_("Bijvoorbeeld ‘Raadsvoorstel Woonvisie 2030’."),
    )
    amendment_change = forms.CharField(
        label=_("Besluit het ontwerpbesluit als volgt te wijzigen"),
        required=False,
        widget=forms.Textarea(attrs={"rows": TEXT_ROWS}),
        help_text=_("Wat vervalt en wat erbij komt."),
    )
    explanation = forms.CharField(
        label=_("Toelichting"),
        required=False,
        widget=forms.Textarea(attrs={"rows": TEXT_ROWS}),
    )
    introduction = forms.CharField(
        label=_("Inleiding"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("De aanleiding: waarom stel je deze vragen?"),
    )
    questions = forms.CharField(
        label=_("Vragen"),
        required=False,
        widget=forms.Textarea(attrs={"rows": TEXT_ROWS}),
        help_text=_("Eén vraag per regel; de nummers komen er vanzelf bij."),
    )
    answers = forms.CharField(
        label=_("Antwoorden (als ze er zijn)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": TEXT_ROWS}),
        help_text=_("Eén antwoord per regel, in de volgorde van de vragen."),
    )
    answered_on = forms.DateField(
        label=_("Datum van beantwoording"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    initiative_explanation = forms.CharField(
        label=_("Toelichting"),
        required=False,
        widget=forms.Textarea(attrs={"rows": TEXT_ROWS}),
    )
    decision_points = forms.CharField(
        label=_("Beslispunten"),
        required=False,
        widget=forms.Textarea(attrs={"rows": TEXT_ROWS}),
        help_text=_("Eén beslispunt per regel; de nummers komen er vanzelf bij."),
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

    # The form's field for a part of a type where the name differs from the model's:
    # an amendment and an initiative proposal both have a toelichting.
    FORM_NAMES = {(DocumentType.INITIATIVE, "explanation"): "initiative_explanation"}

    @classmethod
    def part_fields(cls, document_type):
        """(form field, Motion field) of the parts of ``document_type``."""
        return [
            (cls.FORM_NAMES.get((document_type, name), name), name)
            for name in part_names(document_type)
        ]

    @classmethod
    def type_sections(cls):
        """(type, label, form field names) of each type's fieldset, in the page's order."""
        sections = []
        for value, label in DocumentType.choices:
            names = [form_name for form_name, _name in cls.part_fields(value)]
            if value == DocumentType.WRITTEN_QUESTIONS:
                names.append("answered_on")
            sections.append((value, label, names))
        return sections

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
        document_type = cleaned.get("document_type") or DocumentType.MOTION
        parts = self._parts(cleaned, document_type)
        if document_type == DocumentType.WRITTEN_QUESTIONS:
            cleaned["outcome"] = Outcome.UNKNOWN  # questions are answered, not voted on
        has_file = bool(cleaned.get("file")) or "file" in self.errors
        if not has_file:
            # Without a file, the text: each part the type needs, with its own message.
            names = {name: form_name for form_name, name in self.part_fields(document_type)}
            if not any(value.strip() for value in parts.values() if isinstance(value, str)):
                self.add_error(
                    "file",
                    forms.ValidationError(
                        _(
                            "Voeg een bestand toe (PDF of Word) of vul de tekst van het "
                            "document in; een van beide is nodig."
                        ),
                        code="file_or_text",
                    ),
                )
            for name, message in missing_parts(document_type, parts).items():
                if names[name] not in self.errors:
                    self.add_error(names[name], forms.ValidationError(message, code="required"))
        return cleaned

    def _parts(self, cleaned, document_type):
        parts = dict.fromkeys(PART_FIELDS, "")
        for form_name, name in self.part_fields(document_type):
            parts[name] = (cleaned.get(form_name) or "").strip()
        parts["answered_on"] = (
            cleaned.get("answered_on") if document_type == DocumentType.WRITTEN_QUESTIONS else None
        )
        return parts

    @property
    def parts(self):
        """The Motion fields of the text: those of the chosen type as typed, the others
        empty (a part of another type typed before the type was changed is left out)."""
        return self._parts(self.cleaned_data, self.cleaned_data["document_type"])

    @property
    def text(self):
        parts = self.parts
        return "\n\n".join(parts[name] for name in PART_FIELDS if parts[name]).strip()
