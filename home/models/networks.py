from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from .mixins import ChildListingMixin
from .pages import BasePage


class NetworkIndexPage(ChildListingMixin, BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NetworkPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht netwerken")


class NetworkPage(BasePage):
    """A thematic or functional network of members."""

    class Kind(models.TextChoices):
        THEMATIC = "thematisch", _("Thematisch netwerk")
        FUNCTIONAL = "functioneel", _("Functioneel netwerk")

    class MeetingFormat(models.TextChoices):
        IN_PERSON = "fysiek", _("Fysiek")
        ONLINE = "digitaal", _("Digitaal")
        MIXED = "beide", _("Fysiek en digitaal")

    kind = models.CharField(_("soort netwerk"), max_length=20, choices=Kind.choices)
    audiences = ParentalManyToManyField(
        "home.Audience", verbose_name=_("voor wie"), blank=True, related_name="+"
    )
    audience_note = models.CharField(
        _("toelichting doelgroep"),
        max_length=250,
        blank=True,
        help_text=_("Bijvoorbeeld: woordvoerders natuur en landbouw in raad en Staten."),
    )
    meeting_frequency = models.CharField(
        _("hoe vaak"), max_length=120, blank=True, help_text=_("Bijvoorbeeld: vier keer per jaar.")
    )
    meeting_format = models.CharField(
        _("vorm"), max_length=20, choices=MeetingFormat.choices, blank=True
    )
    app_group = models.CharField(
        _("appgroep"),
        max_length=250,
        blank=True,
        help_text=_("Hoe leden in de appgroep van het netwerk komen. Leeg = geen appgroep."),
    )
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
            [
                FieldPanel("kind"),
                FieldPanel("audiences"),
                FieldPanel("audience_note"),
                FieldPanel("meeting_frequency"),
                FieldPanel("meeting_format"),
                FieldPanel("app_group"),
                FieldPanel("contact_person"),
            ],
            heading=_("Over dit netwerk"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("audience_note"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["home.NetworkIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("netwerk")
        verbose_name_plural = _("netwerken")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["audiences"] = self.audiences.all()
        return context
