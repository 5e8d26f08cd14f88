"""
Import and export of motions: one column definition, used by `manage.py import_motions`
and by the CSV export of the Motion snippet in the admin, so what is exported can be
imported again (except that the admin's export, made for spreadsheets, puts a ' before
text that starts like a formula: home/spreadsheets.py). See docs/motionbank.md for the
format.

    title, document_type, date_submitted (YYYY-MM-DD), governing_body (CBS code such as
    GM0855, or the exact name: "Tilburg", "Provincie Zeeland", "Waterschap Aa en Maas"),
    outcome, theme (slug or name), tags (separated by ";"; a list in JSON Lines),
    submitters, parties, summary, findings, considerations, operative_text (a motie),
    amended_proposal, amendment_change, explanation (an amendement; the explanation also
    of an initiatiefvoorstel), introduction, questions, answers, answered_on (YYYY-MM-DD;
    schriftelijke vragen), decision_points (an initiatiefvoorstel), source_url

A file without any of the columns of the newer parts (written before they existed) is
read as it was meant: the text of an amendment, written questions or initiative proposal
in findings, considerations and operative_text is carried into the parts of its type
(documents.carry_over).

Rows are validated one by one; valid rows are imported as live motions, in one
transaction per batch. A row with the same title, governing body and date as an existing
motion updates it, so an import can be run again.

`manage.py export_motions <file>` writes every published motion in this format (CSV, or
JSON Lines for a .jsonl file), so that importing the file gives the same motions again.
"""

import csv
import datetime
import json
import sys
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taggit.models import Tag

from .documents import PART_FIELDS, carry_over
from .models import GoverningBody, Motion, MotionTag, Theme
from .models.motions import DocumentType, Outcome
from .models.reference import Tier
from .text import fold

COLUMNS = (
    "title",
    "document_type",
    "date_submitted",
    "governing_body",
    "outcome",
    "theme",
    "tags",
    "submitters",
    "parties",
    "summary",
    "findings",
    "considerations",
    "operative_text",
    "amended_proposal",
    "amendment_change",
    "explanation",
    "introduction",
    "questions",
    "answers",
    "answered_on",
    "decision_points",
    "source_url",
)
REQUIRED = ("title", "document_type", "date_submitted", "governing_body", "theme")
TAG_SEPARATOR = ";"
BATCH_SIZE = 500
# The fields an import writes; a re-run compares them to decide "unchanged".
FIELDS = (
    "title",
    "document_type",
    "date_submitted",
    "governing_body_id",
    "outcome",
    "theme_id",
    "submitters",
    "parties",
    "summary",
    "findings",
    "considerations",
    "operative_text",
    "amended_proposal",
    "amendment_change",
    "explanation",
    "introduction",
    "questions",
    "answers",
    "answered_on",
    "decision_points",
    "source_url",
)
MAX_LENGTHS = {
    "title": 300,
    "submitters": 500,
    "parties": 300,
    "source_url": 500,
    "amended_proposal": 300,
}
# The csv module refuses fields above 128 KB by default; a motion's text may be longer.
CSV_FIELD_LIMIT = 64 * 1024 * 1024
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
# The columns of the parts of amendments, written questions and initiative proposals.
NEWER_PARTS = tuple(
    name
    for name in (*PART_FIELDS, "answered_on")
    if name not in ("findings", "considerations", "operative_text")
)


# Export --------------------------------------------------------------------------------


def governing_body_reference(body):
    """The name by which the importer finds this body again."""
    if body is None:
        return ""
    return body.display_name


def export_row(motion):
    """One motion as a dict of COLUMNS (tags and related objects should be prefetched)."""
    return {
        "title": motion.title,
        "document_type": motion.document_type,
        "date_submitted": motion.date_submitted.isoformat() if motion.date_submitted else "",
        "governing_body": governing_body_reference(motion.governing_body),
        "outcome": motion.outcome,
        "theme": motion.theme.slug if motion.theme_id else "",
        "tags": TAG_SEPARATOR.join(sorted(tag.name for tag in motion.tags.all())),
        "submitters": motion.submitters,
        "parties": motion.parties,
        "summary": motion.summary,
        "findings": motion.findings,
        "considerations": motion.considerations,
        "operative_text": motion.operative_text,
        "amended_proposal": motion.amended_proposal,
        "amendment_change": motion.amendment_change,
        "explanation": motion.explanation,
        "introduction": motion.introduction,
        "questions": motion.questions,
        "answers": motion.answers,
        "answered_on": motion.answered_on.isoformat() if motion.answered_on else "",
        "decision_points": motion.decision_points,
        "source_url": motion.source_url,
    }


def export_queryset(queryset):
    return queryset.select_related("governing_body", "theme").prefetch_related("tags")


def export_rows(motions, lookups=None):
    """Yield export_row() for each motion, naming each governing body so that the importer
    finds that very body: by name where the name is unambiguous, else by its CBS code
    (staff can give two bodies the same name)."""
    for _motion, row in export_pairs(motions, lookups):
        yield row


def export_pairs(motions, lookups=None):
    """(motion, row) for each motion; see export_rows."""
    lookups = lookups or Lookups()
    for motion in motions:
        row = export_row(motion)
        body = motion.governing_body
        if body is not None and lookups.body(row["governing_body"]) != body:
            row["governing_body"] = body.code
        yield motion, row


def write_csv(motions, handle):
    writer = csv.DictWriter(handle, fieldnames=COLUMNS)
    writer.writeheader()
    for row in export_rows(motions):
        writer.writerow(row)


def write_jsonl(motions, handle):
    """One JSON object per line; tags as a list, so a tag may contain ";"."""
    for motion, row in export_pairs(motions):
        row["tags"] = sorted(tag.name for tag in motion.tags.all())
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def is_jsonl(path):
    return str(path).lower().endswith(JSONL_SUFFIXES)


# Reading -------------------------------------------------------------------------------


class FormatError(Exception):
    """The file as a whole cannot be read (no header, wrong columns, not UTF-8)."""


def read_rows(path):
    """Yield (line number, dict) from a CSV (UTF-8, header row) or JSON Lines file."""
    if is_jsonl(path):
        yield from _read_jsonl(path)
    else:
        yield from _read_csv(path)


def _read_csv(path):
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(min(CSV_FIELD_LIMIT, sys.maxsize))
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [column for column in REQUIRED if column not in header]
            if missing:
                raise FormatError(
                    _("De kopregel mist de kolom(men): %(columns)s.")
                    % {"columns": ", ".join(missing)}
                )
            previous = reader.line_num
            for row in reader:
                # A quoted value may span lines: report the line the row starts on.
                start, previous = previous + 1, reader.line_num
                if row.pop(None, None):
                    yield start, {"__error__": _("te veel waarden in de regel")}
                    continue
                yield start, row
    except UnicodeDecodeError as error:
        raise FormatError(_("Het bestand is geen UTF-8-tekst.")) from error


def _read_jsonl(path):
    try:
        with open(path, encoding="utf-8-sig") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError:
                    yield number, {"__error__": _("geen geldige JSON")}
                    continue
                if not isinstance(data, dict):
                    yield number, {"__error__": _("een regel moet een JSON-object zijn")}
                    continue
                yield number, data
    except UnicodeDecodeError as error:
        raise FormatError(_("Het bestand is geen UTF-8-tekst.")) from error


# Validation ----------------------------------------------------------------------------


@dataclass
class Rejected:
    line: int
    reason: str


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list = field(default_factory=list)

    @property
    def imported(self):
        return self.created + self.updated + self.unchanged


class Lookups:
    """Reference data in memory, so validating a row costs no query."""

    def __init__(self):
        self.bodies_by_code = {}
        self.bodies_by_name = {}
        for body in GoverningBody.objects.all():
            self.bodies_by_code[body.code.upper()] = body
            # The plain name finds a municipality first ("Utrecht" is the city), a
            # province answers to "Provincie Utrecht".
            names = [body.display_name]
            if body.tier != Tier.PROVINCE:
                names.append(body.name)
            if body.tier == Tier.MUNICIPALITY:
                names.append(f"Gemeente {body.name}")
            for name in names:
                key = name.casefold()
                current = self.bodies_by_name.get(key)
                if current is None or (
                    body.tier == Tier.MUNICIPALITY and current.tier != Tier.MUNICIPALITY
                ):
                    self.bodies_by_name[key] = body
        self.themes = {}
        self.themes_by_slug = {}
        for theme in Theme.objects.all():
            self.themes_by_slug[theme.slug.casefold()] = theme
            self.themes[theme.name.casefold()] = theme
            self.themes[fold(theme.name)] = theme
        self.document_types = _choice_lookup(DocumentType.choices)
        self.outcomes = _choice_lookup(Outcome.choices)

    def body(self, value):
        value = " ".join(value.split())
        return self.bodies_by_code.get(value.upper()) or self.bodies_by_name.get(value.casefold())

    def theme(self, value):
        """By slug first (what the export writes; slugs are unique), then by name."""
        value = " ".join(value.split())
        return (
            self.themes_by_slug.get(value.casefold())
            or self.themes.get(value.casefold())
            or self.themes.get(fold(value))
        )


def _choice_lookup(choices):
    lookup = {}
    for value, label in choices:
        lookup[value] = value
        lookup[str(label).casefold()] = value
        lookup[value.replace("_", " ")] = value
    return lookup


def _text(raw, name):
    value = raw.get(name)
    if value is None:
        return ""
    if isinstance(value, list) and name == "tags":
        return TAG_SEPARATOR.join(str(item) for item in value)
    return str(value).strip()


def validate_row(raw, lookups):
    """Return (values dict, None) for a good row or (None, Dutch reason) for a bad one."""
    if "__error__" in raw:
        return None, raw["__error__"]
    row = {name: _text(raw, name) for name in COLUMNS}
    with_nul = [name for name in COLUMNS if "\x00" in row[name]]
    if with_nul:
        # A NUL character is never text; PostgreSQL cannot even store it.
        return None, _("ongeldige tekens (NUL) in kolom: %(columns)s") % {
            "columns": ", ".join(with_nul)
        }
    missing = [name for name in REQUIRED if not row[name]]
    if missing:
        return None, _("verplichte kolom leeg: %(columns)s") % {"columns": ", ".join(missing)}
    for name, limit in MAX_LENGTHS.items():
        if len(row[name]) > limit:
            return None, _("%(column)s is langer dan %(n)s tekens") % {"column": name, "n": limit}

    document_type = lookups.document_types.get(row["document_type"].casefold())
    if document_type is None:
        return None, _("onbekende document_type “%(value)s” (kies uit: %(choices)s)") % {
            "value": row["document_type"],
            "choices": ", ".join(DocumentType.values),
        }
    outcome = Outcome.UNKNOWN
    if row["outcome"]:
        outcome = lookups.outcomes.get(row["outcome"].casefold())
        if outcome is None:
            return None, _("onbekende outcome “%(value)s” (kies uit: %(choices)s)") % {
                "value": row["outcome"],
                "choices": ", ".join(Outcome.values),
            }
    try:
        date = datetime.date.fromisoformat(row["date_submitted"])
        if len(row["date_submitted"]) != 10:
            raise ValueError
    except ValueError:
        return None, _("datum “%(value)s” is niet in de vorm JJJJ-MM-DD") % {
            "value": row["date_submitted"]
        }
    body = lookups.body(row["governing_body"])
    if body is None:
        return None, _(
            "onbekend bestuursorgaan “%(value)s” (gebruik de CBS-code, zoals GM0855, of de "
            "precieze naam, zoals “Tilburg” of “Provincie Zeeland”)"
        ) % {"value": row["governing_body"]}
    theme = lookups.theme(row["theme"])
    if theme is None:
        return None, _("onbekend thema “%(value)s”") % {"value": row["theme"]}
    if row["source_url"]:
        try:
            URLValidator(schemes=["http", "https"])(row["source_url"])
        except ValidationError:
            return None, _("source_url “%(value)s” is geen geldige link") % {
                "value": row["source_url"]
            }
    # JSON Lines give a list, whose items may contain the separator; CSV one string.
    raw_tags = raw.get("tags")
    if not isinstance(raw_tags, list):
        raw_tags = row["tags"].split(TAG_SEPARATOR)
    tags = []
    for tag in raw_tags:
        tag = "" if tag is None else str(tag)
        tag = " ".join(tag.split())[:100]
        if tag and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)
    answered_on = None
    if row["answered_on"]:
        try:
            answered_on = datetime.date.fromisoformat(row["answered_on"])
            if len(row["answered_on"]) != 10:
                raise ValueError
        except ValueError:
            return None, _(
                "datum van beantwoording (answered_on) “%(value)s” is niet in de vorm JJJJ-MM-DD"
            ) % {"value": row["answered_on"]}
    parts = {name: row[name] for name in PART_FIELDS}
    if not any(name in raw for name in NEWER_PARTS):
        parts.update(carry_over(document_type, parts) or {})
    if not any(parts.values()) and not row["summary"]:
        return None, _("geen tekst: vul de samenvatting (summary) of de tekst van het document")
    values = {
        "title": row["title"],
        "document_type": document_type,
        "date_submitted": date,
        "governing_body": body,
        "outcome": outcome,
        "theme": theme,
        "submitters": row["submitters"],
        "parties": row["parties"],
        "summary": row["summary"],
        **parts,
        "answered_on": answered_on,
        "source_url": row["source_url"],
        "tags": tags,
    }
    return values, None


# Importing -----------------------------------------------------------------------------


def import_rows(rows, *, batch_size=BATCH_SIZE, lookups=None):
    """Import (line, raw dict) pairs. Returns an ImportReport."""
    lookups = lookups or Lookups()
    report = ImportReport()
    batch = []
    seen = {}
    for line, raw in rows:
        values, reason = validate_row(raw, lookups)
        if reason:
            report.rejected.append(Rejected(line, reason))
            continue
        key = _key(values)
        if key in seen:
            report.rejected.append(
                Rejected(
                    line, _("zelfde titel, orgaan en datum als regel %(n)s") % {"n": seen[key]}
                )
            )
            continue
        seen[key] = line
        batch.append(values)
        if len(batch) >= batch_size:
            _import_batch(batch, report)
            batch = []
    if batch:
        _import_batch(batch, report)
    return report


def _key(values):
    return (values["title"], values["governing_body"].pk, values["date_submitted"])


def _import_batch(batch, report):
    now = timezone.now()
    with transaction.atomic():
        titles = {values["title"] for values in batch}
        existing = {}
        for motion in Motion.objects.filter(title__in=titles).prefetch_related("tags"):
            existing[(motion.title, motion.governing_body_id, motion.date_submitted)] = motion

        to_create, to_update, tag_sets = [], [], {}
        for values in batch:
            tags = values["tags"]
            fields = {name: value for name, value in values.items() if name != "tags"}
            motion = existing.get(_key(values))
            if motion is None:
                motion = Motion(
                    **fields,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                )
                motion.fill_derived()
                to_create.append((motion, tags))
                continue
            current_tags = sorted(tag.name for tag in motion.tags.all())
            changed = (
                any(getattr(motion, name) != _field_value(fields, name) for name in FIELDS)
                or current_tags != sorted(tags)
                or not motion.live
            )
            if not changed:
                report.unchanged += 1
                continue
            for name, value in fields.items():
                setattr(motion, name, value)
            motion.live = True
            motion.updated_at = now
            motion.fill_derived()
            to_update.append(motion)
            tag_sets[motion.pk] = tags

        Motion.objects.bulk_create([motion for motion, _tags in to_create])
        for motion, tags in to_create:
            tag_sets[motion.pk] = tags
        if to_update:
            Motion.objects.bulk_update(
                to_update, [*FIELDS, *Motion.DERIVED_FIELDS, "live", "updated_at"]
            )
        set_tags(tag_sets)
        changed_ids = [motion.pk for motion, _tags in to_create] + [m.pk for m in to_update]
        Motion.reindex(Motion.objects.filter(pk__in=changed_ids))
    report.created += len(to_create)
    report.updated += len(to_update)


def _field_value(fields, name):
    if name.endswith("_id"):
        related = fields[name[:-3]]
        return related.pk if related is not None else None
    return fields[name]


def set_tags(tag_sets):
    """Replace the tags of motions in bulk: {motion pk: [names]}. Returns {name: Tag}."""
    if not tag_sets:
        return {}
    names = {name for tags in tag_sets.values() for name in tags}
    known = {}
    for tag in Tag.objects.filter(name__in=names):
        known[tag.name] = tag
    missing = [name for name in names if name not in known]
    for name in missing:
        # Tag.save() makes a unique slug; new tags are few, even in a large import.
        known[name] = Tag.objects.get_or_create(name=name)[0]
    MotionTag.objects.filter(content_object_id__in=list(tag_sets)).delete()
    MotionTag.objects.bulk_create(
        MotionTag(content_object_id=pk, tag=known[name])
        for pk, tags in tag_sets.items()
        for name in tags
    )
    return known
