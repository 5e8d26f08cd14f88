"""Short excerpts of a text around the words someone searched for, with <mark> around them."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .fastindex.text import fold as _fold  # "financien" marks "financiën"

WORD = re.compile(r"\w+", re.UNICODE)


def query_terms(query):
    # Short words (de, het, en) are not worth marking; prefixes mark inflections too.
    return {_fold(word) for word in WORD.findall(query or "") if len(word) >= 3}


def mentions(text, terms):
    """Whether a word of ``text`` starts with one of the (folded) ``terms``."""
    if not terms or not text:
        return False
    pattern = r"\b(?:" + "|".join(re.escape(term) for term in sorted(terms)) + ")"
    return re.search(pattern, _fold(text)) is not None


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
