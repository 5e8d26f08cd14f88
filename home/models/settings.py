from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class FooterSettings(BaseSiteSetting):
    """Contact details and links in the footer of every page."""

    organisation = models.CharField(
        _("organisatie"), max_length=120, default="Centrum voor Lokaal Bestuur"
    )
    address = models.TextField(_("adres"), blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    bluesky_url = models.URLField(_("Bluesky"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("toegankelijkheidsverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacyverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("address"),
                FieldPanel("email"),
                FieldPanel("phone"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("bluesky_url"),
                FieldPanel("instagram_url"),
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Sociale media"),
        ),
        MultiFieldPanel(
            [FieldPanel("accessibility_page"), FieldPanel("privacy_page")],
            heading=_("Verklaringen"),
        ),
    ]

    class Meta:
        verbose_name = _("voettekst")

    @property
    def social_links(self):
        return [
            (label, url)
            for label, url in [
                ("LinkedIn", self.linkedin_url),
                ("Bluesky", self.bluesky_url),
                ("Instagram", self.instagram_url),
                ("Facebook", self.facebook_url),
                ("YouTube", self.youtube_url),
            ]
            if url
        ]
