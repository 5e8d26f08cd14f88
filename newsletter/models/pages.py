"""
The newsletter's pages: ``NewsletterIndexPage`` (/nieuwsbrief/: what Lokaal Bestuur is,
the subscribe form, the latest issues, and the archive at /nieuwsbrief/archief/) and
``NewsletterIssuePage`` (one issue, its children). An issue is a page, so drafts,
previews, revisions, scheduled publishing and workflows are Wagtail's own; sending it is
a ``Dispatch`` (newsletter.models.sending).
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import INLINE_RICH_TEXT_FEATURES
from home.models.pages import SourceRestrictionsMixin
from home.siteurl import SiteBaseURLMixin
from newsletter.blocks import NewsletterStreamBlock


class NewsletterIndexPage(RoutablePageMixin, SiteBaseURLMixin, SourceRestrictionsMixin, Page):
    introduction = RichTextField(_("inleiding"), features=INLINE_RICH_TEXT_FEATURES, blank=True)
    latest_count = models.PositiveSmallIntegerField(
        _("aantal recente nummers"),
        default=3,
        help_text=_("Hoeveel recente nummers deze pagina toont."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("latest_count")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsletter.NewsletterIssuePage"]
    max_count = 1
    archive_page_size = 20

    class Meta:
        verbose_name = _("nieuwsbriefpagina")

    def issues(self):
        return (
            NewsletterIssuePage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-issue_date", "-pk")
        )

    @path("")
    def index_view(self, request):
        return self.render(
            request, context_overrides={"latest": self.issues()[: self.latest_count]}
        )

    @path("archief/")
    def archive_view(self, request):
        paginator = Paginator(self.issues(), self.archive_page_size)
        try:
            listing = paginator.page(request.GET.get("pagina", 1))
        except PageNotAnInteger:
            listing = paginator.page(1)
        except EmptyPage:
            listing = paginator.page(paginator.num_pages)
        return self.render(
            request,
            context_overrides={"listing": listing},
            template="newsletter/newsletter_archive_page.html",
        )

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        return [*urls, {"location": self.get_full_url(request) + "archief/"}]


class NewsletterIssuePage(SiteBaseURLMixin, SourceRestrictionsMixin, Page):
    """One issue of Lokaal Bestuur. Its title is the mail's subject."""

    issue_date = models.DateField(
        _("datum van dit nummer"),
        default=timezone.localdate,
        help_text=_("De datum in het archief en boven de mail."),
    )
    introduction = models.TextField(
        _("inleiding"),
        blank=True,
        help_text=_("Eén of twee zinnen bovenaan; ook de voorvertoning in het postvak."),
    )
    body = StreamField(NewsletterStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("issue_date"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction", boost=2),
        index.SearchField("body"),
        index.FilterField("issue_date"),
    ]

    parent_page_types = ["newsletter.NewsletterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("nummer van de nieuwsbrief")
        verbose_name_plural = _("nummers van de nieuwsbrief")
