"""
Synthetic but realistic Dutch motions, fast: for benchmarks (100,000 and 1,000,000
motions) and for filling a development database. Used by `manage.py generate_motions`
and the search benchmark (tools/bench/benchmark.py).

    from tools.bench.synthetic import generate
    generate(100_000, seed=1)

Motions are built in memory from phrase lists per theme (vocabulary.yaml), written in batches with
bulk_create and indexed in bulk through every search backend (add_bulk). The spread over
governing bodies (larger municipalities more often), themes, outcomes, years and document
types resembles a real motion bank. With the same seed the same motions come out.
"""

import datetime
import itertools
import random
import time
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from wagtail.search.backends import get_search_backends

import yaml
from modelcluster.queryset import FakeQuerySet
from taggit.models import Tag

from motionbank.io import set_tags
from motionbank.models import GoverningBody, Motion, Theme
from motionbank.models.motions import DocumentType, Outcome
from motionbank.models.reference import Tier

DEFAULT_BATCH = 2000
FIRST_YEAR = 2012

# The word lists, as data: tools/bench/vocabulary.yaml.
with open(Path(__file__).resolve().parent / "vocabulary.yaml", encoding="utf-8") as _file:
    _WORDS = yaml.safe_load(_file)
LARGE = set(_WORDS["large"])
PARTNERS = _WORDS["partners"]
FIRST_NAMES = _WORDS["first_names"]
LAST_NAMES = _WORDS["last_names"]
MONTHS = _WORDS["months"]
TITLE_PATTERNS = _WORDS["title_patterns"]
QUESTION_INTROS = _WORDS["question_intros"]
QUESTION_PATTERNS = _WORDS["question_patterns"]
GENERIC = _WORDS["generic"]
THEMES = _WORDS["themes"]


def _cap(text):
    return text[:1].upper() + text[1:]


class Generator:
    """Holds the reference data and random source; makes unsaved Motion objects."""

    def __init__(self, seed=None, today=None):
        self.random = random.Random(seed)
        self.today = today or timezone.localdate()
        bodies = list(GoverningBody.objects.filter(active=True))
        if not bodies:
            raise ValueError("Er zijn geen bestuursorganen; draai eerst migrate.")
        self.bodies = bodies
        # Cumulative weights, computed once: random.choices is then O(log n) per pick.
        self.body_weights = list(itertools.accumulate(self._weight(body) for body in bodies))
        themes = list(Theme.objects.all())
        if not themes:
            raise ValueError("Er zijn geen thema's; draai eerst migrate.")
        self.themes = themes
        self.theme_weights = list(
            itertools.accumulate(3 if theme.slug in THEMES else 1 for theme in themes)
        )
        self.years = list(range(FIRST_YEAR, self.today.year + 1))
        self.year_weights = list(
            itertools.accumulate(1 + (year - FIRST_YEAR) for year in self.years)
        )

    @staticmethod
    def _weight(body):
        if body.tier == Tier.MUNICIPALITY:
            return 6 if body.name in LARGE else 1
        if body.tier == Tier.PROVINCE:
            return 4
        return 2

    def _document_type(self):
        return self.random.choices(
            [
                DocumentType.MOTION,
                DocumentType.WRITTEN_QUESTIONS,
                DocumentType.AMENDMENT,
                DocumentType.INITIATIVE,
            ],
            weights=[70, 18, 9, 3],
        )[0]

    def _outcome(self, document_type):
        if document_type == DocumentType.WRITTEN_QUESTIONS:
            return Outcome.UNKNOWN
        return self.random.choices(
            [Outcome.ADOPTED, Outcome.REJECTED, Outcome.WITHDRAWN, Outcome.HELD, Outcome.UNKNOWN],
            weights=[45, 33, 7, 5, 10],
        )[0]

    def _date(self):
        year = self.random.choices(self.years, cum_weights=self.year_weights)[0]
        start = datetime.date(year, 1, 1)
        end = min(datetime.date(year, 12, 31), self.today)
        return start + datetime.timedelta(days=self.random.randint(0, (end - start).days))

    def _fill(self, template, body, subject, phrases):
        rnd = self.random
        return template.format(
            body=body.name,
            subject=subject,
            Subject=_cap(subject),
            n=rnd.choice([120, 350, 800, 1500, 2400, 4000, 6500]),
            pct=rnd.choice([8, 12, 15, 20, 25, 30, 40]),
            w=rnd.choice([6, 8, 10, 12, 16, 20]),
            y=rnd.choice([5, 7, 9, 11, 14]),
            finding=phrases.get("finding", ""),
            request=phrases.get("request", ""),
        )

    def _sample(self, items, low, high):
        return self.random.sample(items, min(len(items), self.random.randint(low, high)))

    def motion(self):
        rnd = self.random
        body = rnd.choices(self.bodies, cum_weights=self.body_weights)[0]
        theme = rnd.choices(self.themes, cum_weights=self.theme_weights)[0]
        words = THEMES.get(theme.slug, GENERIC)
        subject = rnd.choice(words["subjects"])
        document_type = self._document_type()
        date = self._date()

        findings = [self._fill(f, body, subject, {}) for f in self._sample(words["findings"], 1, 3)]
        considerations = [
            self._fill(c, body, subject, {}) for c in self._sample(words["considerations"], 1, 3)
        ]
        requests = self._sample(words["requests"], 1, 3)
        month = rnd.choice(MONTHS)
        if document_type == DocumentType.WRITTEN_QUESTIONS:
            title = f"Schriftelijke vragen over {subject}"
            intro = self._fill(rnd.choice(QUESTION_INTROS), body, subject, {"finding": findings[0]})
            questions = [
                self._fill(
                    q,
                    body,
                    subject,
                    {"finding": rnd.choice(findings), "request": rnd.choice(requests)},
                )
                for q in QUESTION_PATTERNS[: rnd.randint(3, 5)]
            ]
            finding_text = intro
            consideration_text = ""
            operative = "\n".join(f"{i}. {q}" for i, q in enumerate(questions, start=1))
            summary = f"Vragen aan het college over {subject} in {body.name}."
        else:
            title = self._fill(rnd.choice(TITLE_PATTERNS), body, subject, {})
            if document_type == DocumentType.AMENDMENT:
                title = f"Amendement {subject}"
            elif document_type == DocumentType.INITIATIVE:
                title = f"Initiatiefvoorstel {subject}"
            finding_text = "\n".join(f"- {_cap(f)};" for f in findings)
            consideration_text = "\n".join(f"- {_cap(c)};" for c in considerations)
            asks = [
                *requests[:-1],
                f"{requests[-1]} en de raad hierover vóór {month} {date.year + 1} te informeren",
            ]
            operative = "\n".join(f"- {_cap(r)};" for r in asks)
            summary = f"Vraagt het college {requests[0]}."
        first, last = rnd.choice(FIRST_NAMES), rnd.choice(LAST_NAMES)
        submitters = f"{first} {last}"
        parties = ["PvdA", *self._sample(PARTNERS, 0, 2)]
        if date.year >= 2023 and rnd.random() < 0.4:
            parties[0] = "GroenLinks-PvdA"
        motion = Motion(
            title=title[:300],
            summary=summary,
            document_type=document_type,
            date_submitted=date,
            governing_body=body,
            submitters=submitters,
            parties=", ".join(parties),
            outcome=self._outcome(document_type),
            theme=theme,
            findings=finding_text,
            considerations=consideration_text,
            operative_text=operative,
            live=True,
            has_unpublished_changes=False,
        )
        motion.fill_derived()
        tags = self._sample(words["tags"], 0, 2)
        return motion, tags


def generate(count, *, seed=None, batch_size=DEFAULT_BATCH, index=True, stdout=None):
    """Create ``count`` live synthetic motions; return (created, seconds)."""
    generator = Generator(seed=seed)
    backends = list(get_search_backends(with_auto_update=True)) if index else []
    started = time.monotonic()
    created = 0
    now = timezone.now()
    while created < count:
        size = min(batch_size, count - created)
        pairs = [generator.motion() for _ in range(size)]
        motions = [motion for motion, _tags in pairs]
        for motion in motions:
            motion.first_published_at = motion.last_published_at = now
        with transaction.atomic():
            Motion.objects.bulk_create(motions)
            known = set_tags({motion.pk: tags for motion, tags in pairs if tags})
            if backends:
                _index(backends, pairs, known)
        created += size
        if stdout is not None:
            rate = created / max(time.monotonic() - started, 1e-6)
            stdout.write(f"{created}/{count} moties ({rate:.0f} per seconde)")
    return created, time.monotonic() - started


def with_tags_in_memory(pairs, known):
    """The motions just made, ready to index as they are in memory: their governing body
    and theme are attached, and their tags are put where the tag manager looks for
    prefetched ones, so indexing costs no query per motion."""
    motions = []
    for motion, tags in pairs:
        motion._prefetched_objects_cache = {
            "tags": FakeQuerySet(Tag, [known[name] for name in tags])
        }
        motions.append(motion)
    return motions


def _index(backends, pairs, known):
    motions = with_tags_in_memory(pairs, known)
    for backend in backends:
        backend.add_bulk(Motion, motions)
