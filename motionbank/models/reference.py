from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from home.provinces import PROVINCE_CHOICES


class Tier(models.TextChoices):
    MUNICIPALITY = "gemeente", _("Gemeente")
    PROVINCE = "provincie", _("Provincie")
    WATER_BOARD = "waterschap", _("Waterschap")


@dataclass(frozen=True)
class TierWords:
    """How the documents of one tier name its bodies: who votes, whom they ask, and the
    verbs that follow (Provinciale Staten are plural: "verzoeken", "besluiten")."""

    assembly: str  # "De raad van de gemeente {name}": opens a motion, with the body's name
    assembly_short: str  # "de raad": later in a sentence
    executive: str  # "het college van burgemeester en wethouders": whom a motion asks
    asks: str  # "verzoekt"
    decides: str  # "besluit"
    moves_on: str  # "gaat over tot de orde van de dag"
    mine: str  # "mijn gemeente": the member's own body of this tier
    choose: str  # "Kies je gemeente"


# The vocabulary of each tier, in one place: the motion page, "copy text", the Word file
# and the forms all read it from here (through GoverningBody.words).
TIER_WORDS = {
    Tier.MUNICIPALITY: TierWords(
        assembly="De raad van de gemeente {name}",
        assembly_short="de raad",
        executive="het college van burgemeester en wethouders",
        asks="verzoekt",
        decides="besluit",
        moves_on="en gaat over tot de orde van de dag",
        mine="mijn gemeente",
        choose="Kies je gemeente",
    ),
    Tier.PROVINCE: TierWords(
        assembly="Provinciale Staten van {name}",
        assembly_short="Provinciale Staten",
        executive="Gedeputeerde Staten",
        asks="verzoeken",
        decides="besluiten",
        moves_on="en gaan over tot de orde van de dag",
        mine="mijn provincie",
        choose="Kies je provincie",
    ),
    Tier.WATER_BOARD: TierWords(
        assembly="Het algemeen bestuur van {name}",
        assembly_short="het algemeen bestuur",
        executive="het dagelijks bestuur",
        asks="verzoekt",
        decides="besluit",
        moves_on="en gaat over tot de orde van de dag",
        mine="mijn waterschap",
        choose="Kies je waterschap",
    ),
}


def tier_words(tier):
    """The vocabulary of ``tier`` (a municipality's for anything unknown)."""
    return TIER_WORDS.get(tier, TIER_WORDS[Tier.MUNICIPALITY])


class GoverningBody(index.Indexed, models.Model):
    """
    A municipality, province or water board, with its CBS code (GM0855, PV29, WS0653).
    Loaded from motionbank/data/governing_bodies.csv by a migration; staff edit it after.
    """

    code = models.CharField(_("code"), max_length=10, unique=True)
    name = models.CharField(_("naam"), max_length=120)
    tier = models.CharField(_("bestuurslaag"), max_length=12, choices=Tier.choices)
    province = models.CharField(
        _("provincie"),
        max_length=20,
        choices=PROVINCE_CHOICES,
        help_text=_("Voor een waterschap: de provincie van de zetel."),
    )
    active = models.BooleanField(
        _("bestaat nog"), default=True, help_text=_("Uit na een herindeling of fusie.")
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("tier"),
        index.FilterField("province"),
    ]
    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("tier"),
        FieldPanel("province"),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("bestuursorgaan")
        verbose_name_plural = _("bestuursorganen")

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Motions carry the tier and province of their body for filtering and facets;
        # bring them along, in the database and in the search index.
        from .motions import Motion

        stale = list(
            self.motions.exclude(tier=self.tier, province=self.province).values_list(
                "pk", flat=True
            )
        )
        if stale:
            Motion.objects.filter(pk__in=stale).update(tier=self.tier, province=self.province)
            Motion.reindex(Motion.objects.filter(pk__in=stale))

    @property
    def display_name(self):
        """The name without ambiguity: "Provincie Utrecht" beside the municipality Utrecht."""
        if self.tier == Tier.PROVINCE:
            return f"Provincie {self.name}"
        return self.name

    @property
    def words(self):
        """The vocabulary of this body's tier (TIER_WORDS)."""
        return tier_words(self.tier)

    @property
    def assembly(self):
        """Who votes on a motion here, as it opens a Dutch motion."""
        return self.words.assembly.format(name=self.name)

    @property
    def executive(self):
        """Whom a motion asks to act."""
        return self.words.executive


class Theme(index.Indexed, models.Model):
    """A policy theme (wonen, sociaal domein, ...), shared by motions and handreikingen."""

    name = models.CharField(_("naam"), max_length=80, unique=True)
    slug = models.SlugField(_("code"), max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def __str__(self):
        return self.name
