"""The Motion snippet in the Wagtail admin: the listing with each motion's status (concept,
in moderatie, gepubliceerd), type, governing body and who shared it, filters on them, a
CSV/XLSX export with Dutch headings that is safe to open in a spreadsheet, inspect."""

from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Case, CharField, Exists, OuterRef, Value, When
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, UpdatedAtColumn
from wagtail.models import WorkflowState
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

import django_filters

from home.spreadsheets import SafeSpreadsheetExportMixin

from .documents import missing_parts
from .io import COLUMNS, export_queryset, export_row
from .models import GoverningBody, Motion
from .models.motions import DocumentType, Outcome
from .models.reference import PROVINCE_CHOICES, Tier

# A motion's status for editors: in moderation (a workflow in progress) before anything
# else, then published (live, also with a newer draft) or a concept.
CONCEPT, IN_MODERATION, PUBLISHED = "concept", "in_moderatie", "gepubliceerd"
STATUS_CHOICES = [
    (CONCEPT, _("Concept")),
    (IN_MODERATION, _("In moderatie")),
    (PUBLISHED, _("Gepubliceerd")),
]
STATUS_LABELS = dict(STATUS_CHOICES)

# The export's headings: Dutch, for a spreadsheet (`manage.py export_motions` keeps the
# import format's own column names). A column without one here gets its field's label.
HEADINGS = {
    "title": _("Titel"),
    "document_type": _("Soort"),
    "date_submitted": _("Datum ingediend"),
    "governing_body": _("Bestuursorgaan"),
    "outcome": _("Uitslag"),
    "theme": _("Thema"),
    "tags": _("Trefwoorden"),
    "submitters": _("Indieners"),
    "parties": _("Partijen"),
    "summary": _("Samenvatting"),
    "findings": _("Constaterende dat"),
    "considerations": _("Overwegende dat"),
    "operative_text": _("Verzoekt / draagt op"),
    "source_url": _("Bron"),
    "status": _("Status"),
    "uploaded_by": _("Gedeeld door"),
}


def heading(column):
    if column in HEADINGS:
        return HEADINGS[column]
    try:
        return str(Motion._meta.get_field(column).verbose_name).capitalize()
    except FieldDoesNotExist:
        return column


def with_status(queryset):
    """Annotate ``moderation_status`` (one of STATUS_CHOICES), in the listing's query."""
    in_moderation = WorkflowState.objects.filter(
        base_content_type=Motion.get_base_content_type(),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    return queryset.annotate(
        moderation_status=Case(
            When(Exists(in_moderation), then=Value(IN_MODERATION)),
            When(live=True, then=Value(PUBLISHED)),
            default=Value(CONCEPT),
            output_field=CharField(),
        )
    )


def status_label(motion):
    return STATUS_LABELS.get(getattr(motion, "moderation_status", None), "")


def shared_by(motion):
    user = motion.uploaded_by
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def year_choices():
    years = Motion.objects.order_by("-year").values_list("year", flat=True).distinct()
    return [(year, str(year)) for year in years]


def sharing_members(request):
    return get_user_model().objects.filter(uploaded_motions__isnull=False).distinct()


class MotionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=STATUS_CHOICES, method="filter_status"
    )
    document_type = django_filters.MultipleChoiceFilter(
        label=_("Soort"), choices=DocumentType.choices
    )
    governing_body = django_filters.ModelChoiceFilter(
        label=_("Bestuursorgaan"), queryset=GoverningBody.objects.order_by("name")
    )
    uploaded_by = django_filters.ModelChoiceFilter(
        label=_("Gedeeld door"), queryset=sharing_members
    )
    tier = django_filters.ChoiceFilter(label=_("Bestuurslaag"), choices=Tier.choices)
    province = django_filters.ChoiceFilter(label=_("Provincie"), choices=PROVINCE_CHOICES)
    outcome = django_filters.MultipleChoiceFilter(label=_("Uitslag"), choices=Outcome.choices)
    year = django_filters.ChoiceFilter(label=_("Jaar"), choices=year_choices)
    live = django_filters.BooleanFilter(label=_("Gepubliceerd"))

    class Meta:
        model = Motion
        fields = [
            "status",
            "document_type",
            "governing_body",
            "uploaded_by",
            "tier",
            "province",
            "theme",
            "outcome",
            "year",
            "live",
        ]

    def filter_status(self, queryset, name, value):
        if "moderation_status" not in queryset.query.annotations:
            queryset = with_status(queryset)
        return queryset.filter(moderation_status=value)


class MotionAdminForm(WagtailAdminModelForm):
    """The motion's edit form in the admin: the parts of the chosen document type are
    required (each with its own message) unless the motion has an original file, whose
    text editors can check against. Parts of other types are kept but not shown on the
    site (motionbank/documents.py)."""

    def clean(self):
        cleaned = super().clean()
        document_type = cleaned.get("document_type")
        has_file = cleaned.get("original_file") or (cleaned.get("extracted_text") or "").strip()
        if document_type and not has_file:
            for name, message in missing_parts(document_type, cleaned).items():
                if name in self.fields and name not in self.errors:
                    self.add_error(name, message)
        return cleaned


class MotionIndexView(SafeSpreadsheetExportMixin, IndexView):
    """The listing and its export. The export has the import columns (Dutch headings) plus
    status and who shared the motion; text that a spreadsheet would take for a formula
    is neutralised (home/spreadsheets.py)."""

    def get_base_queryset(self):
        return with_status(
            super().get_base_queryset().select_related("governing_body", "theme", "uploaded_by")
        )

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.is_export:
            queryset = export_queryset(queryset)
        return queryset

    def to_row_dict(self, item):
        row = export_row(item)
        row["status"] = str(status_label(item))
        row["uploaded_by"] = shared_by(item)
        return {column: row.get(column, "") for column in self.list_export}


class MotionViewSet(SnippetViewSet):
    model = Motion
    icon = "doc-full-inverse"
    menu_label = _("Moties")
    menu_name = "motions"
    menu_order = 210
    add_to_admin_menu = True
    index_view_class = MotionIndexView
    filterset_class = MotionFilterSet
    edit_handler = ObjectList(Motion.panels, base_form_class=MotionAdminForm)
    list_display = [
        "title",
        StatusTagColumn(
            "moderation_status",
            label=_("Status"),
            accessor=status_label,
            sort_key="moderation_status",
            primary=lambda motion: getattr(motion, "moderation_status", "") == PUBLISHED,
        ),
        Column("document_type", label=_("Soort"), accessor="get_document_type_display"),
        Column("governing_body", label=_("Bestuursorgaan")),
        Column("uploaded_by", label=_("Gedeeld door"), accessor=shared_by),
        DateColumn("date_submitted", label=_("Ingediend")),
        Column("outcome", label=_("Uitslag"), accessor="get_outcome_display"),
        UpdatedAtColumn(),
    ]
    list_per_page = 50
    list_export = [*COLUMNS, "status", "uploaded_by"]
    export_headings = {column: heading(column) for column in [*COLUMNS, "status", "uploaded_by"]}
    export_filename = "moties"
    ordering = ["-date_submitted", "-pk"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "title",
        "summary",
        "document_type",
        "date_submitted",
        "governing_body",
        "tier",
        "province",
        "submitters",
        "parties",
        "outcome",
        "theme",
        "tags",
        "findings",
        "considerations",
        "operative_text",
        "amended_proposal",
        "amendment_change",
        "explanation",
        "introduction",
        "questions",
        "answers",
        "answered_on",
        "decision_points",
        "original_file",
        "extracted_text",
        "source_url",
        "uploaded_by",
        "adapted_from",
    ]
