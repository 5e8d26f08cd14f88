"""Short excerpts of a text around the words someone searched for, with <mark> around them."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

WORD = re.compile(r"\w+", re.UNICODE)


def _fold(text):
    """Lowercase without diacritics, so "financien" marks "financiën"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def query_terms(query):
    # Short words (de, het, en) are not worth marking; prefixes mark inflections too.
    return {_fold(word) for word in WORD.findall(query or "") if len(word) >= 3}


def excerpt(text, query, length=240):
    """An escaped excerpt of ``text`` (plain text) near the first match, terms marked.
    Without a match it is the start of the text."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    terms = query_terms(query)
    words = list(WORD.finditer(text))

    def matches(match):
        folded = _fold(match.group())
        return any(folded.startswith(term) for term in terms)

    first = next((m for m in words if matches(m)), None) if terms else None
    start = 0
    if first is not None and first.start() > length // 3:
        start = text.rfind(" ", 0, first.start() - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    fragment = text[start:end]

    pieces, last = [], 0
    for match in WORD.finditer(fragment):
        if terms and matches(match):
            pieces.append(escape(fragment[last : match.start()]))
            pieces.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    pieces.append(escape(fragment[last:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)
