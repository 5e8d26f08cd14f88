"""
A member's own things in the motion bank (Mijn CLB): motions they keep with a note, and
saved searches whose new motions are mailed to them (motionbank.alerts). Each belongs to
one member and goes when the member is removed (motionbank.privacy).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SavedMotion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lid"),
        on_delete=models.CASCADE,
        related_name="saved_motions",
    )
    motion = models.ForeignKey(
        "motionbank.Motion",
        verbose_name=_("motie"),
        on_delete=models.CASCADE,
        related_name="saved_by",
    )
    note = models.TextField(_("notitie"), blank=True, max_length=2000)
    created_at = models.DateTimeField(_("bewaard op"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("bewaarde motie")
        verbose_name_plural = _("bewaarde moties")
        constraints = [models.UniqueConstraint(fields=["user", "motion"], name="saved_motion_once")]

    def __str__(self):
        return f"{self.user} – {self.motion_id}"


class Frequency(models.TextChoices):
    DAILY = "dagelijks", _("Dagelijks")
    WEEKLY = "wekelijks", _("Wekelijks")
    NEVER = "nooit", _("Nooit")


class SavedSearch(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lid"),
        on_delete=models.CASCADE,
        related_name="saved_searches",
    )
    name = models.CharField(_("naam"), max_length=100)
    # The query string the motion bank's search form makes (q, facets, sort).
    querystring = models.CharField(_("zoekopdracht"), max_length=1000, blank=True)
    frequency = models.CharField(
        _("e-mail met nieuwe moties"),
        max_length=12,
        choices=Frequency.choices,
        default=Frequency.WEEKLY,
    )
    created_at = models.DateTimeField(_("bewaard op"), auto_now_add=True)
    # Motions published after this are new to the member (set when a digest went out).
    last_alert_at = models.DateTimeField(_("laatste melding"), null=True, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("bewaarde zoekopdracht")
        verbose_name_plural = _("bewaarde zoekopdrachten")

    def __str__(self):
        return self.name


class AlertSent(models.Model):
    """A motion in a member's digest: written as pending before the mail goes out, marked
    sent after. A motion is never mailed twice to the same member; a pending one (the
    mail failed or the run stopped) is tried again on the next run."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alerts_sent"
    )
    motion = models.ForeignKey(
        "motionbank.Motion", on_delete=models.CASCADE, related_name="alerts_sent"
    )
    sent_at = models.DateTimeField(null=True, blank=True)  # None: pending
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("verstuurde melding")
        verbose_name_plural = _("verstuurde meldingen")
        constraints = [models.UniqueConstraint(fields=["user", "motion"], name="alert_sent_once")]

    def __str__(self):
        return f"{self.user_id} – {self.motion_id}"
