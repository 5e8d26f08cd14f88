"""
A subscriber of Lokaal Bestuur: one row per e-mail address. Double opt-in: a row is made
unconfirmed when someone signs up, and only the signed link in the confirmation mail sets
``confirmed_at``; ``unsubscribed_at`` ends it (the one-click link in every issue, or the
switch in Mijn CLB). Only confirmed, not unsubscribed rows get issues.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def normalise_email(value):
    """One spelling per address: no surrounding space, all lower case. (The local part
    is case-sensitive in theory; no mail provider treats it so, and two rows for
    Jan@ and jan@ would mean two issues.)"""
    return (value or "").strip().lower()


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)

    def pending(self):
        return self.filter(confirmed_at__isnull=True, unsubscribed_at__isnull=True)

    def unsubscribed(self):
        return self.filter(unsubscribed_at__isnull=False)


class Subscriber(models.Model):
    class Source(models.TextChoices):
        FOOTER = "footer", _("Formulier onderaan de site")
        PAGE = "pagina", _("Nieuwsbriefpagina")
        MIJN_CLB = "mijn-clb", _("Mijn CLB")
        ADMIN = "beheer", _("Toegevoegd door de redactie")

    class Status(models.TextChoices):
        PENDING = "onbevestigd", _("Nog niet bevestigd")
        CONFIRMED = "aangemeld", _("Aangemeld")
        UNSUBSCRIBED = "afgemeld", _("Afgemeld")

    email = models.EmailField(_("e-mailadres"), unique=True)
    name = models.CharField(_("naam"), max_length=100, blank=True)
    source = models.CharField(_("aangemeld via"), max_length=10, choices=Source.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="newsletter_subscriptions",
    )
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("bevestigd"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("afgemeld"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("abonnee")
        verbose_name_plural = _("abonnees")
        ordering = ["email"]
        constraints = [
            models.CheckConstraint(
                condition=Q(email=models.functions.Lower("email")),
                name="newsletter_subscriber_email_lower",
            )
        ]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def status(self):
        if self.unsubscribed_at:
            return self.Status.UNSUBSCRIBED
        if self.confirmed_at:
            return self.Status.CONFIRMED
        return self.Status.PENDING

    @property
    def is_confirmed(self):
        return self.status == self.Status.CONFIRMED

    def get_status_display(self):
        return self.Status(self.status).label

    @property
    def status_label(self):
        return str(self.get_status_display())

    def confirm(self, now=None):
        self.confirmed_at = now or timezone.now()
        self.unsubscribed_at = None
        self.save(update_fields=["confirmed_at", "unsubscribed_at"])

    def unsubscribe(self, now=None):
        if self.unsubscribed_at is None:
            self.unsubscribed_at = now or timezone.now()
            self.save(update_fields=["unsubscribed_at"])
