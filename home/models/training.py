from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from home.blocks import INLINE_RICH_TEXT_FEATURES, ModuleBlock

from .mixins import ChildListingMixin
from .pages import BasePage


class TrainingIndexPage(ChildListingMixin, BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.TrainingTrackPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht scholing")


class TrainingTrackPage(BasePage):
    """
    A training track or offer: the Jan Schaperleergang, the Wibautleergang, the
    raadsledenvakschool, tailor-made trainings, masterclasses, orientation programmes.
    """

    audiences = ParentalManyToManyField(
        "home.Audience", verbose_name=_("voor wie"), blank=True, related_name="+"
    )
    audience_note = models.CharField(
        _("toelichting doelgroep"),
        max_length=250,
        blank=True,
        help_text=_("Bijvoorbeeld: voor iedereen die overweegt raadslid te worden."),
    )
    modules = StreamField([("module", ModuleBlock())], verbose_name=_("onderdelen"), blank=True)
    duration = models.CharField(
        _("duur"), max_length=160, blank=True, help_text=_("Bijvoorbeeld: vijf avonden.")
    )
    cost = models.CharField(
        _("kosten"), max_length=160, blank=True, help_text=_("Bijvoorbeeld: gratis voor leden.")
    )
    registration = RichTextField(
        _("aanmelden"),
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Hoe en wanneer iemand zich aanmeldt."),
    )
    registration_url = models.URLField(_("aanmeldlink"), blank=True)
    contact_person = models.ForeignKey(
        "home.Person",
        verbose_name=_("contactpersoon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("audiences"), FieldPanel("audience_note")], heading=_("Doelgroep")
        ),
        FieldPanel("modules"),
        MultiFieldPanel(
            [
                FieldPanel("duration"),
                FieldPanel("cost"),
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldPanel("contact_person"),
            ],
            heading=_("Praktisch"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("audience_note"),
        index.SearchField("modules"),
    ]

    parent_page_types = ["home.TrainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("scholingsaanbod")
        verbose_name_plural = _("scholingsaanbod")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["audiences"] = self.audiences.all()
        return context
