"""
Sending an issue: one ``Dispatch`` per issue (when, asked by whom, how far), and one
``Delivery`` per address it went to: the record of what was sent to whom.

A Delivery is written (claimed) before its mail goes out and marked sent after the mail
server accepted it; the unique constraint on (dispatch, email) means no address is ever
claimed twice, so a send that was interrupted and resumed, or two workers on the same
batch, never mail anyone the same issue twice (newsletter.sending).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Dispatch(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "gepland", _("Gepland")
        SENDING = "bezig", _("Wordt verzonden")
        DONE = "verzonden", _("Verzonden")

    issue = models.OneToOneField(
        "newsletter.NewsletterIssuePage",
        verbose_name=_("nummer"),
        on_delete=models.PROTECT,
        related_name="dispatch",
    )
    send_at = models.DateTimeField(_("verzenden op"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangevraagd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("aangevraagd"), auto_now_add=True)
    started_at = models.DateTimeField(_("begonnen"), null=True, blank=True)
    progress_at = models.DateTimeField(_("laatste voortgang"), null=True, blank=True)
    finished_at = models.DateTimeField(_("klaar"), null=True, blank=True)

    class Meta:
        verbose_name = _("verzending")
        verbose_name_plural = _("verzendingen")
        ordering = ["-send_at"]

    def __str__(self):
        return str(self.issue)

    @property
    def status(self):
        if self.finished_at:
            return self.Status.DONE
        if self.started_at:
            return self.Status.SENDING
        return self.Status.SCHEDULED

    def get_status_display(self):
        return self.Status(self.status).label


class Delivery(models.Model):
    dispatch = models.ForeignKey(
        Dispatch, verbose_name=_("verzending"), on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(
        "newsletter.Subscriber",
        verbose_name=_("abonnee"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="deliveries",
    )
    email = models.EmailField(_("e-mailadres"))
    claimed_at = models.DateTimeField(_("klaargezet"), auto_now_add=True)
    sent_at = models.DateTimeField(_("verzonden"), null=True, blank=True)

    class Meta:
        verbose_name = _("verzonden nummer")
        verbose_name_plural = _("verzonden nummers")
        constraints = [
            models.UniqueConstraint(
                fields=["dispatch", "email"], name="newsletter_delivery_once_per_address"
            )
        ]

    def __str__(self):
        return f"{self.dispatch} → {self.email}"
