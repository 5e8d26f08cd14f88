"""
The similar-motion warning of the upload form: before a member shares a motion, look for
one that is (nearly) the same: the same title once lowercased and stripped of accents and
punctuation, or a text that shares most of its word triples with the new one.
"""

from dataclasses import dataclass

from wagtail.search.backends import get_search_backend

from .searching import telling_words
from .text import normalize_title, overlap

TEXT_OVERLAP_THRESHOLD = 0.6
CANDIDATES = 20
MAX_WARNINGS = 5


@dataclass
class SimilarMotion:
    motion: object
    reason: str
    score: float


def find_similar(queryset, *, title, text):
    """Motions in ``queryset`` that look like the one being shared, best match first."""
    found = {}
    key = normalize_title(title)
    if key:
        for motion in queryset.filter(title_key=key).for_listing()[:MAX_WARNINGS]:
            found[motion.pk] = SimilarMotion(motion, "title", 1.0)
    text = (text or "").strip()
    words = telling_words(text, queryset, limit=10) if len(text) >= 80 else []
    if words:
        backend = get_search_backend()
        candidates = backend.search(" ".join(words), queryset.for_listing(), operator="or")
        for motion in candidates[:CANDIDATES]:
            if motion.pk in found:
                continue
            score = overlap(text, motion.text or motion.extracted_text)
            if score >= TEXT_OVERLAP_THRESHOLD:
                found[motion.pk] = SimilarMotion(motion, "text", score)
    return sorted(found.values(), key=lambda item: -item.score)[:MAX_WARNINGS]
