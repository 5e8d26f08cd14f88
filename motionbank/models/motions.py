from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase

from motionbank.text import normalize_title, one_line

from .reference import PROVINCE_CHOICES, Tier


class DocumentType(models.TextChoices):
    MOTION = "motie", _("Motie")
    AMENDMENT = "amendement", _("Amendement")
    WRITTEN_QUESTIONS = "schriftelijke_vragen", _("Schriftelijke vragen")
    INITIATIVE = "initiatiefvoorstel", _("Initiatiefvoorstel")


class Outcome(models.TextChoices):
    ADOPTED = "aangenomen", _("Aangenomen")
    REJECTED = "verworpen", _("Verworpen")
    WITHDRAWN = "ingetrokken", _("Ingetrokken")
    HELD = "aangehouden", _("Aangehouden")
    UNKNOWN = "onbekend", _("Onbekend")


class MotionTag(TaggedItemBase):
    content_object = ParentalKey(
        "motionbank.Motion", related_name="tagged_items", on_delete=models.CASCADE
    )


# What a search result card shows: its link, its line of facts and an excerpt of its text.
CARD_FIELDS = (
    "pk",
    "title",
    "slug",
    "document_type",
    "date_submitted",
    "outcome",
    "summary",
    "findings",
    "considerations",
    "operative_text",
    "amended_proposal",
    "amendment_change",
    "explanation",
    "decision_points",
    "introduction",
    "questions",
    "answers",
    "extracted_text",
    "governing_body__name",
    "governing_body__tier",
)


class MotionQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def for_listing(self):
        """What a result card or a list row shows, without a query per motion."""
        return self.select_related("governing_body", "theme")

    def for_cards(self):
        """Only what a search result shows (motionbank/includes/result_card.html and its
        excerpt): a page of twenty results reads a third of the columns of each motion.
        A field left out here costs a query per result when a template asks for it, which
        tests/test_query_counts.py would notice."""
        return self.select_related("governing_body").only(*CARD_FIELDS)


class Motion(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """
    A motion, amendment, set of written questions or initiative proposal, with fields
    after the Dutch open council-information standard (ODS). Visible to members only.
    """

    title = models.CharField(_("titel"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=80, editable=False, blank=True)
    # The title lowercased, without accents and punctuation: finds a motion shared twice.
    title_key = models.CharField(max_length=300, editable=False, blank=True, db_index=True)
    summary = models.TextField(_("samenvatting"), blank=True)
    document_type = models.CharField(
        _("soort document"),
        max_length=24,
        choices=DocumentType.choices,
        default=DocumentType.MOTION,
    )
    date_submitted = models.DateField(_("datum ingediend"))
    governing_body = models.ForeignKey(
        "motionbank.GoverningBody",
        verbose_name=_("bestuursorgaan"),
        on_delete=models.PROTECT,
        related_name="motions",
    )
    # Copied from the governing body and the date on save, for filters and facet counts.
    tier = models.CharField(_("bestuurslaag"), max_length=12, choices=Tier.choices, editable=False)
    province = models.CharField(
        _("provincie"), max_length=20, choices=PROVINCE_CHOICES, editable=False
    )
    year = models.PositiveSmallIntegerField(_("jaar"), editable=False, db_index=True)

    submitters = models.CharField(
        _("indieners"),
        max_length=500,
        blank=True,
        help_text=_("Namen van de indieners, gescheiden door komma's."),
    )
    parties = models.CharField(
        _("fracties"),
        max_length=300,
        blank=True,
        help_text=_("De indienende en mede-indienende fracties, gescheiden door komma's."),
    )
    outcome = models.CharField(
        _("uitslag"), max_length=12, choices=Outcome.choices, default=Outcome.UNKNOWN
    )
    theme = models.ForeignKey(
        "motionbank.Theme",
        verbose_name=_("thema"),
        on_delete=models.PROTECT,
        related_name="motions",
    )
    tags = ClusterTaggableManager(verbose_name=_("trefwoorden"), through=MotionTag, blank=True)

    findings = models.TextField(
        _("constaterende dat"), blank=True, help_text=_("Wat de indieners vaststellen.")
    )
    considerations = models.TextField(
        _("overwegende dat"), blank=True, help_text=_("Waarom het ertoe doet.")
    )
    operative_text = models.TextField(
        _("verzoekt / draagt op"),
        blank=True,
        help_text=_("Wat de raad, Staten of het algemeen bestuur vraagt of opdraagt."),
    )
    # The parts of the other document types (motionbank/documents.py says which type has
    # which parts, and how each is written out).
    amended_proposal = models.CharField(
        _("te wijzigen voorstel"),
        max_length=300,
        blank=True,
        help_text=_("Het raadsvoorstel of ontwerpbesluit dat het amendement wijzigt."),
    )
    amendment_change = models.TextField(
        _("wijziging"),
        blank=True,
        help_text=_("Wat er in het ontwerpbesluit verandert: wat vervalt en wat erbij komt."),
    )
    explanation = models.TextField(
        _("toelichting"),
        blank=True,
        help_text=_("De toelichting bij een amendement of initiatiefvoorstel."),
    )
    decision_points = models.TextField(
        _("beslispunten"),
        blank=True,
        help_text=_("Eén beslispunt per regel; de nummers komen er vanzelf bij."),
    )
    introduction = models.TextField(
        _("inleiding"),
        blank=True,
        help_text=_("De aanleiding van de schriftelijke vragen."),
    )
    questions = models.TextField(
        _("vragen"),
        blank=True,
        help_text=_("Eén vraag per regel; de nummers komen er vanzelf bij."),
    )
    answers = models.TextField(
        _("antwoorden"),
        blank=True,
        help_text=_("Eén antwoord per regel, in de volgorde van de vragen."),
    )
    answered_on = models.DateField(_("datum van beantwoording"), null=True, blank=True)

    original_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("origineel bestand"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    extracted_text = models.TextField(_("tekst uit het bestand"), blank=True)
    source_url = models.URLField(_("bron"), max_length=500, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gedeeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="uploaded_motions",
    )
    adapted_from = models.ForeignKey(
        "self",
        verbose_name=_("gebaseerd op"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adaptations",
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt"), auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="motion")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="motion",
        for_concrete_model=False,
    )

    objects = MotionQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("document_type"), FieldPanel("date_submitted")]),
                FieldPanel("governing_body"),
                FieldRowPanel([FieldPanel("outcome"), FieldPanel("theme")]),
                FieldPanel("tags"),
                FieldPanel("submitters"),
                FieldPanel("parties"),
            ],
            heading=_("Gegevens"),
        ),
        # One group of parts per document type; only the group of the chosen type is
        # asked for (viewsets.MotionAdminForm) and shown on the site (documents.py).
        MultiFieldPanel(
            [FieldPanel("findings"), FieldPanel("considerations"), FieldPanel("operative_text")],
            heading=_("Tekst van een motie"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("amended_proposal"),
                FieldPanel("amendment_change"),
                FieldPanel("explanation"),
            ],
            heading=_("Tekst van een amendement (de toelichting ook voor een initiatiefvoorstel)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("introduction"),
                FieldPanel("questions"),
                FieldPanel("answers"),
                FieldPanel("answered_on"),
            ],
            heading=_("Tekst van schriftelijke vragen"),
        ),
        MultiFieldPanel([FieldPanel("decision_points")], heading=_("Initiatiefvoorstel")),
        MultiFieldPanel(
            [
                FieldPanel("original_file"),
                FieldPanel("extracted_text"),
                FieldPanel("source_url"),
                FieldPanel("adapted_from"),
                FieldPanel("uploaded_by", read_only=True),
            ],
            heading=_("Bestand en herkomst"),
        ),
    ]

    search_fields = [
        index.SearchField("title", boost=5),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2),
        index.SearchField("findings"),
        index.SearchField("considerations"),
        index.SearchField("operative_text"),
        index.SearchField("amended_proposal"),
        index.SearchField("amendment_change"),
        index.SearchField("explanation"),
        index.SearchField("decision_points"),
        index.SearchField("introduction"),
        index.SearchField("questions"),
        index.SearchField("answers"),
        index.SearchField("extracted_text"),
        index.SearchField("submitters"),
        index.SearchField("parties"),
        index.RelatedFields("governing_body", [index.SearchField("name")]),
        # The province by name: "Fryslân" finds the motions of Frisian councils and
        # waterschappen, which rarely name their province.
        index.SearchField("province"),
        index.RelatedFields("theme", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("id"),
        index.FilterField("live"),
        index.FilterField("document_type"),
        index.FilterField("tier"),
        index.FilterField("province"),
        index.FilterField("governing_body"),
        index.FilterField("theme"),
        index.FilterField("outcome"),
        index.FilterField("year"),
        index.FilterField("date_submitted"),
        index.FilterField("uploaded_by"),
    ]

    class Meta:
        ordering = ["-date_submitted", "-pk"]
        verbose_name = _("motie")
        verbose_name_plural = _("moties")
        indexes = [models.Index(fields=["live", "-date_submitted"], name="motion_live_date")]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    # The fields copied on save, each with the fields it is copied from.
    DERIVED_FROM = {
        "slug": ("title",),
        "title_key": ("title",),
        "tier": ("governing_body",),
        "province": ("governing_body",),
        "year": ("date_submitted",),
    }
    DERIVED_FIELDS = tuple(DERIVED_FROM)

    def clean(self):
        super().clean()
        self.title = one_line(self.title)  # the admin's form, drafts included

    def fill_derived(self, fields=DERIVED_FIELDS):
        """Set the fields copied from the title, the governing body and the date (or only
        those of them in ``fields``). Called by save(), and by the importer and generator,
        which bypass save()."""
        if {"slug", "title_key"} & set(fields):
            # A title is one line: it goes into mail subjects, where a line break is an error.
            self.title = one_line(self.title)
        if "slug" in fields:
            self.slug = slugify(self.title)[:80].strip("-") or "motie"
        if "title_key" in fields:
            self.title_key = normalize_title(self.title)
        if self.governing_body_id and {"tier", "province"} & set(fields):
            body = self.governing_body
            self.tier, self.province = body.tier, body.province
        if self.date_submitted and "year" in fields:
            self.year = self.date_submitted.year

    @classmethod
    def derived_from(cls, update_fields):
        """The derived fields whose sources are among ``update_fields`` (names or attnames)."""
        written = set(update_fields)
        names = {f.name for f in cls._meta.concrete_fields if {f.name, f.attname} & written}
        return {
            derived for derived, sources in cls.DERIVED_FROM.items() if names.intersection(sources)
        }

    def save(self, *args, **kwargs):
        """Derived fields follow what is written, never what is only in memory: Wagtail
        saves a draft, a submission for moderation or a scheduled revision through the
        live row with ``update_fields=["latest_revision", "has_unpublished_changes"]``
        and the draft's values on the instance; those must not reach the live row (its
        address, facets and filters). Publishing is a full save and updates them all."""
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            self.fill_derived()
        else:
            derived = self.derived_from(update_fields)
            if derived:
                self.fill_derived(derived)
                kwargs["update_fields"] = {*update_fields, *derived}
        super().save(*args, **kwargs)

    @classmethod
    def reindex(cls, queryset, batch_size=1000):
        """Bring these motions up to date in every search backend, in bulk."""
        from wagtail.search.backends import get_search_backends

        ids = list(queryset.values_list("pk", flat=True))
        backends = list(get_search_backends(with_auto_update=True))
        for start in range(0, len(ids), batch_size):
            batch = list(cls.get_indexed_objects().filter(pk__in=ids[start : start + batch_size]))
            for backend in backends:
                backend.add_bulk(cls, batch)

    def get_absolute_url(self):
        """The motion's page under the motion bank (members only), or "" without one."""
        from .pages import MotionBankPage

        page = MotionBankPage.objects.live().first()
        return page.motion_url(self) if page else ""

    def part_values(self):
        """The text parts of every document type, by field name."""
        from motionbank.documents import PART_FIELDS

        return {name: getattr(self, name) for name in PART_FIELDS}

    def part_texts(self):
        """The text of this motion's parts that say something, in reading order (for
        excerpts, comparison and keywords)."""
        from motionbank.documents import stored_parts

        return [text for _name, text in stored_parts(self) if text.strip()]

    @property
    def document(self):
        """The motion written out in the form of its type (motionbank/documents.py), with
        its own governing body and date: what the motion page shows."""
        from motionbank.documents import write_out

        return write_out(self)

    @property
    def text(self):
        """The motion's text in its parts, for comparison."""
        return "\n\n".join(self.part_texts())

    @property
    def copy_text(self):
        """The full text in the form of its type, as a member pastes it into their own:
        the frame with "[datum]" where the date of the meeting goes."""
        from motionbank.documents import plain_text, write_out

        blocks = write_out(self, date_text="[datum]", for_reuse=True)
        text = plain_text(self.title, blocks)
        if not any(block.text or block.items for block in blocks if not block.is_line):
            return "\n\n".join(part for part in (self.title, self.extracted_text.strip()) if part)
        return text
