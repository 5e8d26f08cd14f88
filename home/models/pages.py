from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from modelcluster.fields import ParentalKey

from home.blocks import INLINE_RICH_TEXT_FEATURES, BaseStreamBlock
from home.siteurl import SiteBaseURLMixin


class SourceRestrictionsMixin:
    """An alias is restricted as its source page is, by the source's own restrictions and
    by those of the source's ancestors. Wagtail checks an alias against its source page
    alone, so an alias made elsewhere of a page inside a restricted section would open
    for anyone. The same number of queries as Wagtail's own check."""

    def get_view_restrictions(self):
        page_ids = set()
        seen = set()

        def add(page):
            if page.pk in seen:
                return
            seen.add(page.pk)
            if page.alias_of_id is None:
                page_ids.add(page.pk)
                return
            source = page.alias_of
            for each in (source, *source.get_ancestors().only("alias_of")):
                add(each)

        for page in (self, *self.get_ancestors().only("alias_of")):
            add(page)
        return PageViewRestriction.objects.filter(page_id__in=page_ids)


class BasePage(SiteBaseURLMixin, SourceRestrictionsMixin, Page):
    """Fields every content page has: a short introduction and a body of blocks."""

    introduction = models.TextField(
        _("inleiding"),
        blank=True,
        help_text=_("Eén of twee zinnen boven de tekst en in overzichten."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction", boost=2),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(SiteBaseURLMixin, SourceRestrictionsMixin, Page):
    hero_title = models.CharField(_("titel in de kop"), max_length=160)
    hero_text = models.TextField(_("tekst in de kop"), blank=True)
    hero_link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("knop naar pagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_label = models.CharField(_("tekst op de knop"), max_length=60, blank=True)
    introduction = RichTextField(_("inleiding"), features=INLINE_RICH_TEXT_FEATURES, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("inhoud"), blank=True)
    number_of_events = models.PositiveSmallIntegerField(
        _("aantal activiteiten"),
        default=3,
        help_text=_("Hoeveel komende activiteiten de homepage toont (0 = geen)."),
    )
    number_of_research_projects = models.PositiveSmallIntegerField(
        _("aantal onderzoeken"),
        default=3,
        help_text=_("Hoeveel recente onderzoeksprojecten de homepage toont (0 = geen)."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                PageChooserPanel("hero_link_page"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Kop"),
        ),
        FieldPanel("introduction"),
        InlinePanel("sections", label=_("Uitgelichte onderdelen"), max_num=6),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("number_of_events"), FieldPanel("number_of_research_projects")],
            heading=_("Automatische overzichten"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.NetworkIndexPage",
        "home.TrainingIndexPage",
        "research.ResearchIndexPage",
        "research.GuidanceIndexPage",
        "motionbank.MotionBankPage",
        "agenda.AgendaPage",
        "news.NewsIndexPage",
        "newsletter.NewsletterIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("homepage")

    def get_context(self, request, *args, **kwargs):
        # The events, research and news come from {% upcoming_events %} (agenda),
        # {% latest_research_projects %} (research) and {% latest_news %} (news) in the
        # template.
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.sections.select_related("page")
        return context


class HomePageSection(Orderable):
    """A section of the site the editor features on the home page."""

    home_page = ParentalKey(HomePage, related_name="sections", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("pagina"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(
        _("titel"), max_length=100, blank=True, help_text=_("Laat leeg voor de paginatitel.")
    )
    text = models.TextField(_("tekst"), max_length=300)
    link_label = models.CharField(_("linktekst"), max_length=60, blank=True)

    panels = [
        PageChooserPanel("page"),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("link_label"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("uitgelicht onderdeel")
        verbose_name_plural = _("uitgelichte onderdelen")

    @property
    def display_title(self):
        return self.title or self.page.title


class StandardPage(BasePage):
    """About the CLB, contact, the accessibility statement and other plain pages."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standaardpagina")
