from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, DocumentLinkBlock
from home.models.mixins import ChildListingMixin
from home.models.pages import BasePage
from research.blocks import PoliticalInstrumentBlock


class ResearchIndexPage(ChildListingMixin, BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["research.ResearchProjectPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht onderzoek")

    def get_listing_queryset(self):
        # Running projects first ("lopend" sorts after "afgerond"), then the most recent.
        return (
            ResearchProjectPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-status", "-start_year", "title")
        )


class ResearchProjectPage(BasePage):
    class Status(models.TextChoices):
        RUNNING = "lopend", _("Lopend")
        FINISHED = "afgerond", _("Afgerond")

    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    start_year = models.PositiveSmallIntegerField(_("van (jaar)"))
    end_year = models.PositiveSmallIntegerField(_("tot en met (jaar)"), null=True, blank=True)
    project_lead = models.ForeignKey(
        "home.Person",
        verbose_name=_("projectleider"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("samenvatting"))
    findings = RichTextField(_("bevindingen"), features=RICH_TEXT_FEATURES, blank=True)
    publications = StreamField(
        [("document", DocumentLinkBlock())], verbose_name=_("publicaties"), blank=True
    )

    content_panels = [
        *BasePage.content_panels[:2],
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("project_lead"),
            ],
            heading=_("Project"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("findings"),
        FieldPanel("publications"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("findings"),
        index.FilterField("status"),
    ]

    parent_page_types = ["research.ResearchIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("onderzoeksproject")
        verbose_name_plural = _("onderzoeksprojecten")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.end_year and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("Het eindjaar ligt voor het beginjaar.")})
        if self.status == self.Status.FINISHED and not self.end_year:
            raise ValidationError({"end_year": _("Vul het jaar in waarin het project afliep.")})

    @property
    def period(self):
        if self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        if self.end_year:
            return str(self.start_year)
        return _("sinds %(year)s") % {"year": self.start_year}


class GuidanceIndexPage(ChildListingMixin, BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["research.GuidanceDocumentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht handreikingen")

    def get_listing_queryset(self):
        return (
            GuidanceDocumentPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .select_related("theme", "document")
            .order_by("-publication_date", "title")
        )


class GuidanceDocumentPage(BasePage):
    """A handreiking: background and ready-made political instruments on one theme."""

    theme = models.ForeignKey(
        "motionbank.Theme", verbose_name=_("thema"), on_delete=models.PROTECT, related_name="+"
    )
    publication_date = models.DateField(_("publicatiedatum"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De handreiking als PDF, om te downloaden."),
    )
    instruments = StreamField(
        [("instrument", PoliticalInstrumentBlock())],
        verbose_name=_("politieke instrumenten"),
        blank=True,
    )

    content_panels = [
        *BasePage.content_panels[:2],
        MultiFieldPanel(
            [FieldPanel("theme"), FieldPanel("publication_date"), FieldPanel("document")],
            heading=_("Handreiking"),
        ),
        FieldPanel("body"),
        FieldPanel("instruments"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("instruments"),
        index.FilterField("theme"),
        index.FilterField("publication_date"),
    ]

    parent_page_types = ["research.GuidanceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("handreiking")
        verbose_name_plural = _("handreikingen")
