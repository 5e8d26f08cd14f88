"""
Short excerpts of a text around the words someone searched for, with <mark> around
them. A word is marked when the search found it: the Dutch analysis
(search.analysis.dutch) of the text word and of a query word meet, by stem, by the form
as typed, or by a compound's part; of a compound only the part is marked
(huur<mark>woningen</mark> for "woning").
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis.dutch import MAX_WORD, STOP_WORDS, fold, query_words, split, stem

WORD = re.compile(r"\w+", re.UNICODE)


def query_terms(query):
    """The analysed terms of a query (stems and forms as typed), as a set."""
    return {term for group in query_words(query or "") for term in group}


def _span(word, terms):
    """(start, end) of what to mark in a text word, or None when the search did not
    find it: the whole word, or the part of a compound that matched."""
    folded = fold(word)[:MAX_WORD]
    if folded in STOP_WORDS:
        return None
    if folded in terms or stem(folded) in terms:
        return 0, len(word)
    parts = split(folded)
    position = 0
    for part in parts:
        start = folded.find(part, position)
        position = start + len(part)
        if stem(part) in terms:
            if len(folded) != len(word):  # diacritics folded away: positions differ
                return 0, len(word)
            return start, position
    return None


def mentions(text, terms):
    """Whether a word of ``text`` is found by the (analysed) ``terms``."""
    if not terms or not text:
        return False
    return any(_span(match.group(), terms) for match in WORD.finditer(text))


def excerpt(text, query, length=240):
    """An escaped excerpt of ``text`` (plain text) near the first match, terms marked.
    Without a match it is the start of the text."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    terms = query_terms(query)
    first = None
    if terms:
        first = next((m for m in WORD.finditer(text) if _span(m.group(), terms)), None)
    start = 0
    if first is not None and first.start() > length // 3:
        start = text.rfind(" ", 0, first.start() - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    fragment = text[start:end]

    pieces, last = [], 0
    for match in WORD.finditer(fragment):
        span = _span(match.group(), terms) if terms else None
        if span is None:
            continue
        begin, finish = match.start() + span[0], match.start() + span[1]
        pieces.append(escape(fragment[last:begin]))
        pieces.append(f"<mark>{escape(fragment[begin:finish])}</mark>")
        last = finish
    pieces.append(escape(fragment[last:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)
