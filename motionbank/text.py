"""
Small text helpers shared by the model, the upload form, the similar-motion check, related
motions and the Word download: titles on one line, normalising titles, comparing texts,
replacing a governing body's name.
"""

import re

from search.fastindex.text import fold  # lowercase, no diacritics: "Financiën" -> "financien"

WORD = re.compile(r"\w+", re.UNICODE)

# Words too common in Dutch (and in motions) to say anything about what a motion is about.
STOP_WORDS = frozenset(
    """
    aan al alle als bij dan dat de den der des deze die dit door een en er had heb hebben
    heeft het hier hij hoe hun ik in is je jij kan kon maar me meer men met mij na naar niet
    nog nu of om omdat ons onze ook op over te tegen toch toe tot u uit van veel voor want
    was wat we wel werd wezen wie wij worden wordt zal ze zich zij zijn zo zonder zou
    constaterende overwegende verzoekt draagt college raad gemeente gemeenteraad motie
    provincie waterschap staten bestuur wethouders burgemeester gaat orde dag vergadering
    bijeen
    """.split()  # noqa: SIM905  (a word list reads best as words)
)


def one_line(text):
    """Text on one line, its runs of whitespace (line breaks, tabs, U+2028) one space each.
    A title never has line breaks: it goes into mail subjects, where one is an error."""
    return " ".join((text or "").split())


def normalize_title(title):
    """A title reduced to its words, for spotting the same motion shared twice."""
    return " ".join(WORD.findall(fold(title or "")))[:300]


def words(text):
    return WORD.findall(fold(text or ""))


def keywords(text, limit=12):
    """The most telling words of a text (long, not stop words), most frequent first."""
    counts = {}
    for word in words(text):
        if len(word) >= 4 and word not in STOP_WORDS and not word.isdigit():
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))
    return [word for word, _count in ranked[:limit]]


def shingles(text, size=3):
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def overlap(text_a, text_b):
    """How much two texts share, 0..1: the Jaccard similarity of their word triples."""
    a, b = shingles(text_a), shingles(text_b)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def replace_name(text, old, new):
    """Replace a governing body's name as a whole word ("Tilburg", not "Tilburgse")."""
    if not text or not old or old == new:
        return text
    return re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new.replace("\\", r"\\"), text)
