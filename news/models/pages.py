from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from home.groups import is_member
from home.models.pages import BasePage
from news import feeds, views


class NewsIndexPage(RoutablePageMixin, BasePage):
    """
    The news archive: every live, public article, newest first. Its routes::

        /nieuws/                the archive, filtered by ?thema= and ?jaar=, paged by ?pagina=
        /nieuws/feed/           the latest articles as an Atom feed
        /nieuws/feed/rss/       the same as RSS 2.0
    """

    articles_per_page = 12

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count = 1

    class Meta:
        verbose_name = _("nieuwsoverzicht")

    def articles(self):
        """The articles anyone may see: live (so scheduled ones wait for their go-live
        date) and public. The page cache stores this listing for visitors, so it shows
        no article that needs a login, not even to members."""
        return NewsArticlePage.objects.child_of(self).live().public()

    def feed_url(self, request=None, *, full=False, rss=False):
        base = self.get_full_url(request) if full else self.get_url(request)
        return base + self.reverse_subpage("feed_rss" if rss else "feed")

    @path("", name="index")
    def archive_view(self, request):
        return views.archive(request, self)

    @path("feed/", name="feed")
    def feed_view(self, request):
        return feeds.AtomNewsFeed(self)(request)

    @path("feed/rss/", name="feed_rss")
    def feed_rss_view(self, request):
        return feeds.RssNewsFeed(self)(request)


class NewsArticlePage(BasePage):
    """One news item: dated, with an introduction that serves as its summary everywhere."""

    introduction = models.TextField(
        _("inleiding"),
        help_text=_(
            "Eén of twee zinnen boven het bericht; ook de samenvatting in overzichten, "
            "de nieuwsfeed en bij delen op sociale media."
        ),
    )
    date = models.DateField(
        _("datum"),
        default=timezone.localdate,
        help_text=_("De datum van het bericht, zoals bezoekers hem zien."),
    )
    author = models.CharField(
        _("auteur of bron"),
        max_length=160,
        blank=True,
        help_text=_("Bijvoorbeeld: Redactie CLB, of de naam van een externe bron."),
    )
    author_person = models.ForeignKey(
        "home.Person",
        verbose_name=_("auteur (contactpersoon)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Kies een contactpersoon als de auteur bij het CLB bekend is."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Boven het bericht, in overzichten en bij delen op sociale media."),
    )
    image_alt = models.CharField(
        _("alternatieve tekst"),
        max_length=250,
        blank=True,
        help_text=_(
            "Beschrijf wat er op de afbeelding te zien is voor wie hem niet kan zien. "
            "Verplicht als u een afbeelding kiest."
        ),
    )
    themes = ParentalManyToManyField(
        "motionbank.Theme", verbose_name=_("thema's"), blank=True, related_name="+"
    )
    related_networks = ParentalManyToManyField(
        "home.NetworkPage", verbose_name=_("netwerken"), blank=True, related_name="+"
    )
    related_training = ParentalManyToManyField(
        "home.TrainingTrackPage", verbose_name=_("scholing"), blank=True, related_name="+"
    )
    related_research = ParentalManyToManyField(
        "research.ResearchProjectPage", verbose_name=_("onderzoek"), blank=True, related_name="+"
    )

    content_panels = [
        *BasePage.content_panels[:1],
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("author"), FieldPanel("author_person")],
            heading=_("Bericht"),
        ),
        FieldPanel("introduction"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Afbeelding")),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_networks", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_training", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_research", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Thema's en verwante pagina's"),
        ),
        InlinePanel("related_motions", label=_("Verwante moties")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("author"),
        index.AutocompleteField("title"),
        index.FilterField("date"),
        index.FilterField("themes"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Geef de afbeelding een alternatieve tekst.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent()
        context["news_index_url"] = parent.get_url(request) if parent else ""
        context["themes"] = list(self.themes.all())
        context["related_pages"] = self.visible_related_pages()
        # The motion bank is for members: its motions are named to members only.
        user = getattr(request, "user", None)
        context["related_motions"] = (
            [
                item.motion
                for item in self.related_motions.filter(motion__live=True).select_related("motion")
            ]
            if user is not None and is_member(user)
            else []
        )
        return context

    def visible_related_pages(self):
        """The network, training and research pages the article names, live and public."""
        # .all() and not values_list(): a preview holds these in memory (modelcluster).
        ids = [
            page.pk
            for relation in (self.related_networks, self.related_training, self.related_research)
            for page in relation.all()
        ]
        if not ids:
            return []
        return list(Page.objects.filter(pk__in=ids).live().public().order_by("title"))

    @property
    def byline(self):
        """The author as shown: the free text, else the chosen contact person's name."""
        if self.author:
            return self.author
        return self.author_person.name if self.author_person_id else ""


class NewsArticleRelatedMotion(Orderable):
    """A motion from the motion bank that the article is about (shown to members only)."""

    article = ParentalKey(NewsArticlePage, related_name="related_motions", on_delete=models.CASCADE)
    motion = models.ForeignKey(
        "motionbank.Motion", verbose_name=_("motie"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("motion")]

    class Meta(Orderable.Meta):
        verbose_name = _("verwante motie")
        verbose_name_plural = _("verwante moties")
        constraints = [
            models.UniqueConstraint(fields=["article", "motion"], name="news_unique_related_motion")
        ]
