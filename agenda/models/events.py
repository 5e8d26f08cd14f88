import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PageChooserPanel,
    PublishingPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from agenda import dates
from home.blocks import RICH_TEXT_FEATURES
from home.groups import is_member
from home.provinces import PROVINCE_CHOICES

from .registrations import RegistrationMode

NATIONAL = "landelijk"
REGION_CHOICES = [(NATIONAL, _("Landelijk")), *PROVINCE_CHOICES]


class EventType(models.TextChoices):
    NETWORK = "netwerkbijeenkomst", _("Netwerkbijeenkomst")
    TRAINING = "scholing", _("Scholing")
    MASTERCLASS = "masterclass", _("Masterclass")
    WEBINAR = "webinar", _("Webinar")
    VAKSCHOOL = "vakschool", _("Vakschool")
    CONGRESS = "congres", _("Congres / ALV")
    OTHER = "overig", _("Overig")


class EventFormat(models.TextChoices):
    IN_PERSON = "fysiek", _("Fysiek")
    ONLINE = "online", _("Online")
    HYBRID = "hybride", _("Hybride")


class EventQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def visible_to(self, user):
        """Live events; members-only events only for members and staff."""
        queryset = self.live()
        if not is_member(user):
            queryset = queryset.filter(members_only=False)
        return queryset

    def upcoming(self, now=None):
        """Events that have not ended yet (a running event is still upcoming)."""
        return self.filter(end__gte=now or dates.now())

    def past(self, now=None):
        return self.filter(end__lt=now or dates.now())

    def overlapping(self, begin=None, until=None):
        """Events that take place (partly) in [begin, until); either bound may be open."""
        queryset = self
        if begin is not None:
            queryset = queryset.filter(end__gte=begin)
        if until is not None:
            queryset = queryset.filter(start__lt=until)
        return queryset


class RegistrationState(models.TextChoices):
    """Whether someone can still sign up for an event, and if not, why not."""

    NONE = "geen", _("Geen aanmelding nodig")
    OPEN = "open", _("Aanmelden kan")
    DEADLINE_PASSED = "deadline", _("De aanmeldtermijn is verstreken")
    STARTED = "begonnen", _("De activiteit is al begonnen")
    CANCELLED = "gaat-niet-door", _("De activiteit gaat niet door")


# Changing one of these makes calendar programs update their copy (SEQUENCE in iCalendar).
CALENDAR_FIELDS = (
    "title",
    "start",
    "end",
    "all_day",
    "format",
    "venue_name",
    "venue_address",
    "join_url",
    "cancelled",
)

# Wagtail's bookkeeping of drafts, revisions and locks. A save that writes only these (as
# saving a draft does) changes nothing that visitors or calendar programs see.
STATE_FIELDS = frozenset(
    field.name
    for mixin in (DraftStateMixin, LockableMixin, RevisionMixin)
    for field in mixin._meta.local_fields
)


class Event(
    PreviewableMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """
    A CLB activity in the agenda. Times are stored in UTC and shown in Europe/Amsterdam.

    An all-day event is stored from midnight at the start of its first day until the last
    moment of its last day (local time), so "upcoming until it ends" holds for it too.
    """

    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, editable=False, blank=True)
    uid = models.UUIDField(_("kalender-ID"), default=uuid.uuid4, editable=False, unique=True)
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    all_day = models.BooleanField(
        _("hele dag"),
        default=False,
        help_text=_("Alleen de datums tellen; de tijden worden genegeerd."),
    )
    format = models.CharField(
        _("vorm"), max_length=10, choices=EventFormat.choices, default=EventFormat.IN_PERSON
    )
    venue_name = models.CharField(_("locatie"), max_length=200, blank=True)
    venue_address = models.CharField(_("adres"), max_length=300, blank=True)
    join_url = models.URLField(
        _("link om deel te nemen"),
        max_length=500,
        blank=True,
        help_text=_("Alleen zichtbaar voor ingelogde leden."),
    )
    event_type = models.CharField(
        _("soort activiteit"),
        max_length=20,
        choices=EventType.choices,
        default=EventType.NETWORK,
    )
    audiences = ParentalManyToManyField(
        "home.Audience", verbose_name=_("voor wie"), blank=True, related_name="events"
    )
    region = models.CharField(_("regio"), max_length=20, choices=REGION_CHOICES, default=NATIONAL)
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("bij netwerk of scholing"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    registration_mode = models.CharField(
        _("aanmelden"),
        max_length=10,
        choices=RegistrationMode.choices,
        default=RegistrationMode.NONE,
        help_text=_(
            "Op deze site: een aanmeldformulier op de pagina, met plaatsen en wachtlijst. "
            "Via de aanmeldlink: een knop naar de aanmeldpagina elders."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"),
        null=True,
        blank=True,
        help_text=_(
            "Alleen bij aanmelden op deze site. Leeg: geen maximum. Wie zich aanmeldt als "
            "alles vol is, komt op de wachtlijst."
        ),
    )
    registrants_told_cancelled_at = models.DateTimeField(
        _("aangemelden gemaild over afgelasting"), null=True, blank=True, editable=False
    )
    registration_url = models.URLField(_("aanmeldlink"), max_length=500, blank=True)
    registration_deadline = models.DateTimeField(_("aanmelden kan tot"), null=True, blank=True)
    costs = models.CharField(_("kosten"), max_length=120, blank=True)
    capacity_note = models.CharField(
        _("aantal plaatsen"),
        max_length=160,
        blank=True,
        help_text=_("Bijvoorbeeld: maximaal 25 deelnemers."),
    )
    description = RichTextField(_("omschrijving"), features=RICH_TEXT_FEATURES, blank=True)
    members_only = models.BooleanField(
        _("alleen voor leden"),
        default=False,
        help_text=_("Alleen ingelogde leden zien deze activiteit, ook in agenda-feeds."),
    )
    cancelled = models.BooleanField(_("gaat niet door"), default=False)
    sequence = models.PositiveIntegerField(
        _("versie in agenda's"),
        default=0,
        editable=False,
        help_text=_(
            "Telt op bij elke wijziging van tijd, plaats of status (SEQUENCE in iCalendar)."
        ),
    )
    updated_at = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="event")

    objects = EventQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Wanneer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("join_url"),
                FieldPanel("region"),
            ],
            heading=_("Waar"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldPanel("audiences"),
                PageChooserPanel("related_page", ["home.NetworkPage", "home.TrainingTrackPage"]),
            ],
            heading=_("Wat en voor wie"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("registration_mode"),
                FieldPanel("capacity"),
                FieldPanel("registration_url"),
                FieldPanel("registration_deadline"),
                FieldPanel("costs"),
                FieldPanel("capacity_note"),
            ],
            heading=_("Aanmelden"),
        ),
        MultiFieldPanel([FieldPanel("members_only"), FieldPanel("cancelled")], heading=_("Status")),
        PublishingPanel(),
    ]

    search_fields = [
        index.SearchField("title", boost=4),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.SearchField("venue_name"),
        index.SearchField("venue_address"),
        index.FilterField("id"),
        index.FilterField("live"),
        index.FilterField("has_unpublished_changes"),
        index.FilterField("event_type"),
        index.FilterField("format"),
        index.FilterField("region"),
        index.FilterField("audiences"),
        index.FilterField("members_only"),
        index.FilterField("cancelled"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        indexes = [models.Index(fields=["live", "end", "start"], name="event_live_end_start")]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        self.normalise_all_day()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Het einde ligt voor het begin.")})
        if self.registration_mode == RegistrationMode.EXTERNAL and not self.registration_url:
            raise ValidationError(
                {"registration_url": _("Vul de aanmeldlink in, of kies een andere manier.")}
            )
        if self.registration_deadline and self.end and self.registration_deadline > self.end:
            raise ValidationError(
                {"registration_deadline": _("De aanmelddeadline ligt na afloop van de activiteit.")}
            )

    def normalise_all_day(self):
        """An all-day event runs from the start of its first to the end of its last day."""
        if self.all_day and self.start and self.end:
            first, last = dates.local(self.start).date(), dates.local(self.end).date()
            self.start = dates.start_of_day(first)
            self.end = dates.end_of_day(max(first, last))

    def save(self, *args, **kwargs):
        """What is derived on save (the slug from the title, the all-day times, SEQUENCE
        and the time of the last change) follows only the fields written. Wagtail saves
        a draft or a scheduled revision through the live row with
        ``update_fields=["latest_revision", "has_unpublished_changes"]`` and the draft's
        values on the instance; none of that may reach the live row (its address, the
        feeds, the sitemap). Publishing is a full save and updates them all."""
        update_fields = kwargs.get("update_fields")
        written = self._names_of(update_fields)
        extra_fields = set()
        if written & {"start", "end", "all_day"}:
            self.normalise_all_day()
        if "title" in written:
            self.slug = slugify(self.title)[:80].strip("-") or "activiteit"
            extra_fields.add("slug")
        calendar_fields = written.intersection(CALENDAR_FIELDS)
        if self.pk and calendar_fields:
            self._bump_sequence(calendar_fields)
            extra_fields.add("sequence")
        if written - STATE_FIELDS:
            extra_fields.add("updated_at")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *extra_fields}
        super().save(*args, **kwargs)

    @classmethod
    def _names_of(cls, update_fields):
        """The names of the fields a save writes: all of them without ``update_fields``,
        else those it names (by name or attname)."""
        fields = cls._meta.concrete_fields
        if update_fields is None:
            return {f.name for f in fields}
        written = set(update_fields)
        return {f.name for f in fields if {f.name, f.attname} & written}

    def _bump_sequence(self, fields=CALENDAR_FIELDS):
        """Count up SEQUENCE when one of ``fields`` (being written) differs from the row."""
        stored = type(self).objects.filter(pk=self.pk).values(*fields, "sequence").first()
        if stored is None:
            return
        self.sequence = max(self.sequence, stored["sequence"])
        if any(stored[name] != getattr(self, name) for name in fields):
            self.sequence += 1

    # Time -------------------------------------------------------------------------

    @property
    def local_start(self):
        return dates.local(self.start)

    @property
    def local_end(self):
        return dates.local(self.end)

    @property
    def first_day(self):
        return dates.event_dates(self.start, self.end, self.all_day)[0]

    @property
    def last_day(self):
        return dates.event_dates(self.start, self.end, self.all_day)[1]

    @property
    def when(self):
        """'donderdag 12 maart 2026, 19.30–21.30 uur'."""
        return dates.format_when(self.start, self.end, self.all_day)

    @property
    def is_online(self):
        return self.format == EventFormat.ONLINE

    @property
    def has_venue(self):
        return self.format != EventFormat.ONLINE and bool(self.venue_name or self.venue_address)

    def has_ended(self, now=None):
        return self.end < (now or dates.now())

    # Registration -------------------------------------------------------------------

    @property
    def registration_kind(self):
        """How people sign up: on this site, through the external link, or not at all. An
        event with only a registration link (from before registration on the site) keeps
        its link."""
        if self.registration_mode == RegistrationMode.SITE:
            return RegistrationMode.SITE
        if self.registration_url:
            return RegistrationMode.EXTERNAL
        return RegistrationMode.NONE

    @property
    def registers_on_site(self):
        return self.registration_kind == RegistrationMode.SITE

    def registration_state(self, now=None):
        if self.registration_kind == RegistrationMode.NONE:
            return RegistrationState.NONE
        if self.cancelled:
            return RegistrationState.CANCELLED
        now = now or dates.now()
        if self.registration_deadline:
            if now > self.registration_deadline:
                return RegistrationState.DEADLINE_PASSED
            return RegistrationState.OPEN
        if now >= self.start:
            return RegistrationState.STARTED
        return RegistrationState.OPEN

    def registration_open(self, now=None):
        return self.registration_state(now) == RegistrationState.OPEN

    # Addresses ------------------------------------------------------------------------

    @property
    def ical_uid(self):
        """Stable across every feed and download, so calendar programs update, not duplicate."""
        domain = getattr(settings, "AGENDA_UID_DOMAIN", "clb.nl")
        return f"{self.uid}@{domain}"

    def get_url(self, request=None):
        """The event page under the agenda page, or None when the site has no agenda."""
        from .pages import AgendaPage

        if self.pk is None:
            return None
        agenda_page = AgendaPage.for_request(request)
        return agenda_page.event_url(self, request) if agenda_page else None

    def get_full_url(self, request=None):
        from .pages import AgendaPage

        if self.pk is None:
            return None
        agenda_page = AgendaPage.for_request(request)
        return agenda_page.event_url(self, request, full=True) if agenda_page else None

    @property
    def audience_names(self):
        """For the CSV export."""
        return ", ".join(audience.name for audience in self.audiences.all())

    # Preview in the admin --------------------------------------------------------------

    def get_preview_template(self, request, mode_name):
        return "agenda/event_page.html"

    def get_preview_context(self, request, mode_name):
        from agenda.views import event_context

        from .pages import AgendaPage

        return event_context(request, self, AgendaPage.for_request(request), preview=True)
