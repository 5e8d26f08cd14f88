from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MailPreferences(models.Model):
    """What a member wants to receive by e-mail (Mijn CLB, section "e-mail"): one switch
    each. Without a row, everything is on. The one-click unsubscribe link of a digest
    turns ``alerts`` off."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="mail_preferences",
    )
    alerts = models.BooleanField(
        _("meldingen van nieuwe moties"),
        default=True,
        help_text=_("Een e-mail met nieuwe moties bij je bewaarde zoekopdrachten."),
    )
    updated_at = models.DateTimeField(_("bijgewerkt"), auto_now=True)

    class Meta:
        verbose_name = _("e-mailvoorkeuren")
        verbose_name_plural = _("e-mailvoorkeuren")

    def __str__(self):
        return str(self.user)

    @classmethod
    def for_user(cls, user):
        return cls.objects.get_or_create(user=user)[0]

    @classmethod
    def wants_alerts(cls, user):
        return not cls.objects.filter(user=user, alerts=False).exists()
