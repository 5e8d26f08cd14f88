"""The Motion snippet in the Wagtail admin: filters, CSV/XLSX export (the import columns,
safe to open in a spreadsheet), inspect."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, UpdatedAtColumn
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

import django_filters

from home.spreadsheets import SafeSpreadsheetExportMixin

from .documents import missing_parts
from .io import COLUMNS, export_queryset, export_row
from .models import Motion
from .models.motions import DocumentType, Outcome
from .models.reference import PROVINCE_CHOICES, Tier


def year_choices():
    years = Motion.objects.order_by("-year").values_list("year", flat=True).distinct()
    return [(year, str(year)) for year in years]


class MotionFilterSet(WagtailFilterSet):
    document_type = django_filters.MultipleChoiceFilter(
        label=_("Soort"), choices=DocumentType.choices
    )
    tier = django_filters.ChoiceFilter(label=_("Bestuurslaag"), choices=Tier.choices)
    province = django_filters.ChoiceFilter(label=_("Provincie"), choices=PROVINCE_CHOICES)
    outcome = django_filters.MultipleChoiceFilter(label=_("Uitslag"), choices=Outcome.choices)
    year = django_filters.ChoiceFilter(label=_("Jaar"), choices=year_choices)
    live = django_filters.BooleanFilter(label=_("Gepubliceerd"))

    class Meta:
        model = Motion
        fields = ["document_type", "tier", "province", "theme", "outcome", "year", "live"]


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
    """Exports exactly the columns that `manage.py import_motions` reads; text that a
    spreadsheet would take for a formula is neutralised (home/spreadsheets.py)."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("governing_body", "theme")

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.is_export:
            queryset = export_queryset(queryset)
        return queryset

    def to_row_dict(self, item):
        return export_row(item)


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
        Column("document_type", label=_("Soort"), accessor="get_document_type_display"),
        Column("governing_body", label=_("Bestuursorgaan")),
        DateColumn("date_submitted", label=_("Ingediend")),
        Column("outcome", label=_("Uitslag"), accessor="get_outcome_display"),
        Column("theme", label=_("Thema")),
        UpdatedAtColumn(),
    ]
    list_per_page = 50
    list_export = list(COLUMNS)
    export_headings = {column: column for column in COLUMNS}
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
