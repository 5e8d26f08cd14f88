"""Registrations for events that take them on the site (docs/agenda.md, "Aanmelden op de
site"). The rules (places, the waiting list, promotion) live in agenda/registrations.py."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class RegistrationMode(models.TextChoices):
    NONE = "geen", _("Geen aanmelding")
    SITE = "site", _("Aanmelden op deze site")
    EXTERNAL = "extern", _("Via de aanmeldlink (elders)")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "bevestigd", _("Aangemeld")
    WAITING = "wachtlijst", _("Wachtlijst")
    CANCELLED = "geannuleerd", _("Afgemeld")


ACTIVE = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)


def new_token():
    return secrets.token_urlsafe(32)


def normalise_email(address):
    return (address or "").strip().lower()


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waiting(self):
        return self.filter(status=RegistrationStatus.WAITING).order_by("created_at", "pk")


class Registration(models.Model):
    """One person's registration for one event: a place, a place on the waiting list, or
    cancelled. The token is the secret of the cancel link in the mails."""

    event = models.ForeignKey(
        "agenda.Event",
        verbose_name=_("activiteit"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lid"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"), max_length=254)
    function = models.CharField(_("functie"), max_length=100, blank=True)
    governing_body = models.CharField(_("bestuursorgaan"), max_length=150, blank=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    promoted_at = models.DateTimeField(_("van de wachtlijst op"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        constraints = [
            # The address is stored in lower case (save), so this is unique per lower(email).
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(status__in=["bevestigd", "wachtlijst"]),
                name="registration_one_active_per_address",
            )
        ]
        indexes = [models.Index(fields=["event", "status"], name="registration_event_status")]

    def __str__(self):
        return f"{self.name} – {self.event}"

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status in ACTIVE

    @property
    def event_title(self):
        return self.event.title

    @property
    def event_start(self):
        return self.event.start
