import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from agenda import dates

TOKEN_BYTES = 32
"""43 URL-safe characters: not guessable, short enough to paste."""

LAST_USED_PRECISION = timedelta(hours=1)


def new_token():
    return secrets.token_urlsafe(TOKEN_BYTES)


class CalendarFeedTokenQuerySet(models.QuerySet):
    def usable(self):
        """Tokens whose user may still read a personal feed: active members (or staff)."""
        return self.filter(user__is_active=True).select_related("user")


class CalendarFeedToken(models.Model):
    """
    The secret in a member's personal calendar feed (/agenda/persoonlijk/<token>.ics).

    Calendar programs cannot log in, so the URL itself is the key. It is created the
    first time a member asks for it, can be reset (the old URL stops working at once)
    and gives nothing as soon as its user is no longer an active member.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="agenda_feed_token",
    )
    token = models.CharField(
        _("sleutel"), max_length=64, unique=True, default=new_token, editable=False
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    reset_at = models.DateTimeField(_("laatst vernieuwd"), null=True, blank=True, editable=False)
    last_used_at = models.DateTimeField(
        _("laatst opgehaald"), null=True, blank=True, editable=False
    )

    objects = CalendarFeedTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("persoonlijke agendafeed")
        verbose_name_plural = _("persoonlijke agendafeeds")

    def __str__(self):
        return str(self.user)

    @classmethod
    def for_user(cls, user):
        token, _created = cls.objects.get_or_create(user=user)
        return token

    def reset(self):
        """Replace the secret: every calendar subscribed to the old URL stops receiving."""
        self.token = new_token()
        self.reset_at = dates.now()
        self.save(update_fields=["token", "reset_at"])

    def mark_used(self):
        """Remember when a calendar last fetched the feed (at most one write per hour)."""
        moment = dates.now()
        if self.last_used_at is None or moment - self.last_used_at > LAST_USED_PRECISION:
            self.last_used_at = moment
            type(self).objects.filter(pk=self.pk).update(last_used_at=moment)
