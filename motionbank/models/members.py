from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class MemberFunction(models.TextChoices):
    COUNCILLOR = "raadslid", _("Raadslid")
    ALDERMAN = "wethouder", _("Wethouder")
    MAYOR = "burgemeester", _("Burgemeester")
    STATES_MEMBER = "statenlid", _("Statenlid")
    DEPUTY = "gedeputeerde", _("Gedeputeerde")
    KINGS_COMMISSIONER = "cdk", _("Commissaris van de Koning")
    WATER_BOARD = "waterschapsbestuurder", _("Waterschapsbestuurder")
    EXTRAORDINARY = "buitengewoon_lid", _("Buitengewoon lid")


class Member(models.Model):
    """
    A CLB member's record: their function and the council, States or water board they
    sit in. Access to the motion bank rests on the group "Leden", not on this record;
    the record gives sensible defaults (the governing body of an upload, the name put
    into a downloaded motion).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="member",
    )
    function = models.CharField(
        _("functie"),
        max_length=24,
        choices=MemberFunction.choices,
        default=MemberFunction.COUNCILLOR,
    )
    governing_body = models.ForeignKey(
        "motionbank.GoverningBody",
        verbose_name=_("bestuursorgaan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text=_("De gemeente, provincie of het waterschap waar het lid actief is."),
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt"), auto_now=True)

    panels = [FieldPanel("user"), FieldPanel("function"), FieldPanel("governing_body")]

    class Meta:
        ordering = ["user__last_name", "user__first_name", "user__username"]
        verbose_name = _("lid")
        verbose_name_plural = _("leden")
        # The member admin's privacy actions (motionbank.privacy_admin): download a
        # member's data, remove a member. Not implied by the view or delete permission
        # of member records, and not given to Redactie: grant it per group or user.
        permissions = [
            ("manage_member_data", _("Kan gegevens van leden downloaden en leden verwijderen"))
        ]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.user.get_full_name() or self.user.get_username()

    @classmethod
    def for_user(cls, user):
        """The member record of ``user``, or None (staff and new accounts may have none)."""
        if not getattr(user, "is_authenticated", False):
            return None
        return cls.objects.select_related("governing_body").filter(user=user).first()
