from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Audience(index.Indexed, models.Model):
    """
    A group of people an activity is for: raadsleden, wethouders, kandidaten... Used by
    networks, training tracks and events. The list is loaded by a migration and can be
    edited by staff as a snippet.
    """

    name = models.CharField(_("naam"), max_length=80, unique=True)
    slug = models.SlugField(_("code"), max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")

    def __str__(self):
        return self.name


class Person(index.Indexed, models.Model):
    """A contact person or project lead shown on pages."""

    name = models.CharField(_("naam"), max_length=120)
    role = models.CharField(_("functie"), max_length=160, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("contactpersoon")
        verbose_name_plural = _("contactpersonen")

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name
