"""
The Dutch text analysis of the search: the same for indexed text and for queries, on
SQLite and PostgreSQL alike (docs/search.md, "Dutch analysis").

    >>> analyse("Meer betaalbare huurwoningen")
    ['betal', 'huurwon', 'betaalbare', 'huurwoningen', 'hur', 'woning']
    >>> query_terms("woningen")
    ['woning', 'woningen']

A text becomes words (folded: lowercase, no diacritics), without Dutch stop words, each
stemmed by Snowball's Dutch stemmer (the one PostgreSQL's ``dutch`` configuration and
Elasticsearch's ``dutch`` stemmer use). ``analyse()`` gives those stems in the text's
order (so phrases still match word by word), then, for each word, what else it is
found by: its folded form as written (an exact match scores higher) and, for a
compound, the stems of its parts (huurwoningen: huur, woning). A query word looks for
its stem and its form as written (``query_terms()``): "woningen" finds "woningen",
"woning" and "huurwoningen".

Compounds are split with a lexicon (data/lexicon-nl.tsv, generated from wordfreq's
Dutch list by tools/lexicon.py, and data/words.yaml, the project's own words): a word
is split where its parts are words of the lexicon, at least MIN_PART letters each, with
the linking -s-, -en- or -e- between them (waterschapsbelasting: waterschap + belasting),
in as few parts as it can (at most MAX_PARTS), the most common of those, and a word
the lexicon knows only when its parts are more common than it is (after Koehn and
Knight: a frequent word such as "kinderen" is not "kind" + "eren"). Words longer than
MAX_SPLIT letters are not split and every word is cut at MAX_WORD letters, so no input
costs more than a bounded amount of work per word. Unknown words stay whole.

A diminutive is stemmed as its word (speeltuintje: speeltuin) and a query compound
also matches a text with all of its parts (``query_groups()``: "belastingverhoging"
finds "verhoging van de belasting").
"""

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import Stemmer
import yaml

DATA = Path(__file__).resolve().parent / "data"

# The Dutch stop words of the Snowball stemmer (PostgreSQL's "dutch" configuration
# leaves out the same words).
_STOP_WORD_TEXT = (
    "aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch "
    "doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het "
    "hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met "
    "mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds "
    "te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie "
    "wil worden wordt zal ze zelf zich zij zijn zo zonder zou"
)
STOP_WORDS = frozenset(_STOP_WORD_TEXT.split())

WORD = re.compile(r"\w+", re.UNICODE)
# Words joined by hyphens. Possessive and from a word's start: the same matches as
# \w+(?:-\w+)+, without trying every shorter run of each word's letters at every one
# of its letters (that made this search most of the cost of indexing a long text).
HYPHENATED = re.compile(r"\b\w++(?:-\w++)+", re.UNICODE)
COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

MIN_PART = 4  # letters of a compound's part at least
SHORT_PART = 3  # ... or this many, for the short words of words.yaml (bus: buslijn)
MAX_PARTS = 4  # parts of a compound at most
MAX_SPLIT = 40  # longer words are not split
MAX_WORD = 64  # words are cut at this many letters (in the index and in queries)
LINKS = ("", "s", "en", "e")  # what may join two parts: waterschap-s-belasting
PART_PENALTY = 0.4  # Zipf points the parts must beat a known word by
# Diminutive endings, longest first (balletje: bal-letje, boompje: boom-pje, bankjes:
# bank-jes); "etje" wants the consonant before it doubled (weggetje: weg).
VOWELS = frozenset("aeiouy")
DIMINUTIVES = ("etjes", "etje", "tjes", "tje", "pjes", "pje", "kjes", "kje", "jes", "je")

_stemmer = Stemmer.Stemmer("dutch_porter")  # the classic Snowball Dutch stemmer


def fold(text):
    """Lowercase, without diacritics: "Financiën" -> "financien"."""
    text = text.lower()
    if text.isascii():
        return text
    return COMBINING.sub("", unicodedata.normalize("NFKD", text))


def words(text):
    """The searchable words of a text, folded, stop words left out (not stemmed)."""
    return [word[:MAX_WORD] for word in WORD.findall(fold(text or "")) if word not in STOP_WORDS]


@cache
def _project_words():
    with open(DATA / "words.yaml", encoding="utf-8") as file:
        data = yaml.safe_load(file) or {}
    return (
        {fold(str(word)): float(zipf) for word, zipf in (data.get("words") or {}).items()},
        {fold(str(stem)): fold(str(to)) for stem, to in (data.get("stems") or {}).items()},
        frozenset(fold(str(word)) for word in data.get("whole") or ()),
        {fold(str(word)): float(zipf) for word, zipf in (data.get("short") or {}).items()},
    )


@cache
def lexicon():
    """{word: Zipf frequency}: the generated list with the project's words over it."""
    found = {}
    with open(DATA / "lexicon-nl.tsv", encoding="utf-8") as file:
        for line in file:
            if line.startswith("#") or "\t" not in line:
                continue
            word, zipf = line.rstrip("\n").split("\t")
            found[word] = float(zipf)
    found.update(_project_words()[0])
    found.update(_project_words()[3])
    for stop_word in STOP_WORDS:
        found.pop(stop_word, None)  # "voor", "over", "onder" are no parts
    return found


def _is_part(word, known):
    """Whether a piece of a word may be a compound's part: a word of the lexicon of at
    least MIN_PART letters, or one of the project's short words."""
    return word in known and (len(word) >= MIN_PART or word in _project_words()[3])


@cache
def _longest():
    return max(map(len, lexicon()), default=0)


def _known(word):
    """Zipf frequency of a word of the lexicon, or of a compound of its words."""
    zipf = lexicon().get(word)
    if zipf is None and split(word):
        return 0.0
    return zipf


@lru_cache(maxsize=200_000)
def undiminish(word):
    """The word a diminutive is made of, when it is a word of the lexicon (or a compound
    of its words) more common than the diminutive: huisje, huisjes: huis; speeltuintje:
    speeltuin; weggetje: weg. Any other word as it is (beetje, meisje)."""
    if len(word) < MIN_PART + 2 or not word.endswith(("je", "jes")):
        return word
    whole = lexicon().get(word, float("-inf"))
    for ending in DIMINUTIVES:
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        if ending.startswith("e"):
            if len(base) < 2 or base[-1] != base[-2]:
                continue
            base = base[:-1]
        if len(base) < 3:
            continue
        zipf = lexicon().get(base) if len(base) < MIN_PART else _known(base)
        if zipf is not None and zipf > whole:
            return base
    return word


@lru_cache(maxsize=200_000)
def stem(word):
    """The Snowball Dutch stem of a folded word, with the project's corrections: plurals
    in -ies lose their s (moties: motie), irregular plurals meet their singular
    (kinderen: kind), a diminutive is its word (bankjes: bank)."""
    word = undiminish(word)
    if len(word) > 4 and word.endswith("es") and word[-3] != "i" and _known(word[:-1]) is not None:
        word = word[:-1]  # haltes: halte (Snowball keeps an s after a vowel)
    if len(word) > 5 and word.endswith("ies"):
        word = word[:-1]
    stemmed = _stemmer.stemWord(word)
    if len(stemmed) > 3 and stemmed[-1] == stemmed[-2] and stemmed[-1] not in VOWELS:
        stemmed = stemmed[:-1]  # plannen: plan, as plan (Snowball undoubles only k, d, t)
    return _project_words()[1].get(stemmed, stemmed)


@lru_cache(maxsize=200_000)
def split(word):
    """The parts of a compound, as written (huurwoningen: ("huur", "woningen")), or ()
    for a word that is not one (or not known to be)."""
    if len(word) < 2 * MIN_PART or len(word) > MAX_SPLIT or not word.isalpha():
        return ()
    if word in _project_words()[2]:
        return ()
    known = lexicon()
    size = len(word)
    longest = _longest()
    # Most words neither start nor end with a word of the lexicon: no compound.
    if not any(
        _is_part(word[:end], known)
        for end in range(SHORT_PART, min(size - SHORT_PART, longest) + 1)
    ) or not any(
        _is_part(word[begin:], known)
        for begin in range(max(SHORT_PART, size - longest), size - SHORT_PART + 1)
    ):
        return ()
    starts = {}

    def parts_at(begin):
        """The parts that start at a position: (end of the part, start of the next)."""
        if begin in starts:
            return starts[begin]
        found = []
        for end in range(begin + SHORT_PART, min(size, begin + longest) + 1):
            if _is_part(word[begin:end], known):
                for link in LINKS:
                    after = end + len(link)
                    if (after == size and not link) or (
                        after <= size - SHORT_PART and word.startswith(link, end)
                    ):
                        found.append((end, after))
        starts[begin] = found
        return found

    # best[(position, parts)]: the best (sum of Zipf, parts) for the rest of the word
    # from position in exactly that many parts.
    best = {}

    def solve(position, parts):
        key = (position, parts)
        if key in best:
            return best[key]
        if parts == 1:  # the rest of the word, if it is a word
            rest = word[position:]
            zipf = known.get(rest) if _is_part(rest, known) else None
            best[key] = answer = None if zipf is None else (zipf, (rest,))
            return answer
        answer = None
        for end, after in parts_at(position):
            zipf = known[word[position:end]]
            if after == size:
                continue
            rest = solve(after, parts - 1)
            if rest is not None:
                candidate = (zipf + rest[0], (word[position:end], *rest[1]))
                answer = candidate if answer is None else max(answer, candidate)
        best[key] = answer
        return answer

    # The fewest parts that make the word, the most common of those; a known word only
    # when they are more common than it is.
    whole = known.get(word, float("-inf"))
    for parts in range(2, MAX_PARTS + 1):
        found = solve(0, parts)
        if found is not None:
            return found[1] if found[0] / parts - PART_PENALTY > whole else ()
    return ()


@lru_cache(maxsize=200_000)
def word_terms(word):
    """(stem, other terms) of a folded word, stop words already out: what it is found by."""
    stemmed = stem(word)
    extra = [] if word == stemmed else [word]
    for part in _atoms(undiminish(word)):
        part_stem = stem(part)
        if part_stem != stemmed and part_stem not in extra:
            extra.append(part_stem)
    return stemmed, tuple(extra)


@lru_cache(maxsize=500_000)
def _token_terms(token):
    """word_terms() of a folded token as the text has it; None for a stop word."""
    if token in STOP_WORDS:
        return None
    return word_terms(token[:MAX_WORD])


def analyse(text):
    """The index terms of a text: the stems of its words in order, then the other terms
    each word is found by (its form as written, the stems of a compound's parts), then
    the terms of each compound written with a hyphen as one word (re-integratie:
    reintegratie; its parts are words of the text already)."""
    folded = fold(text or "")
    found = [terms for terms in map(_token_terms, WORD.findall(folded)) if terms]
    extra = [term for terms in found for term in terms[1]]
    if "-" in folded:
        for run in HYPHENATED.findall(folded):
            parts = run.split("-")
            if any(part in STOP_WORDS for part in parts):
                continue
            joined = word_terms("".join(parts)[:MAX_WORD])
            extra.extend((joined[0], *joined[1]))
    return [terms[0] for terms in found] + extra


@lru_cache(maxsize=10_000)
def analysed_text(text):
    """analyse() of a text as one string of terms. Kept for the last 10,000 texts (a
    batch of a bulk index): an object's fields are analysed once for both indexes."""
    return " ".join(analyse(text))


def query_terms(word):
    """What one query word looks for, any of them: its stem and its folded form as
    written. [] for a stop word or something without letters or digits."""
    found = words(word)
    if not found:
        return []
    folded = found[0]
    stemmed = stem(folded)
    return [stemmed] if stemmed == folded else [stemmed, folded]


def query_words(text):
    """query_terms() of each word of a text: [["woning", "woningen"], ["huur"]]."""
    return [terms for word in words(text) if (terms := query_terms(word))]


@lru_cache(maxsize=50_000)
def query_parts(word):
    """The stems of a query word's compound parts, which a text matches when it has all
    of them (in whatever words): "belastingverhoging" finds "verhoging van de
    belasting". () for a word that is no compound. At most MAX_PARTS, as split()."""
    found = words(word)
    if not found:
        return ()
    parts = _atoms(undiminish(found[0]))
    stems = tuple(dict.fromkeys(stem(part) for part in parts))
    return stems if len(stems) > 1 else ()


@lru_cache(maxsize=50_000)
def query_part_words(word):
    """The compound parts of a query word as written, one for each stem of
    ``query_parts()``: "woningbouwplannen" -> ("woning", "bouw", "plannen"). () for a
    word that is no compound."""
    found = words(word)
    if not found:
        return ()
    by_stem = {}
    for part in _atoms(undiminish(found[0])):
        by_stem.setdefault(stem(part), part)
    return tuple(by_stem.values()) if len(by_stem) > 1 else ()


def _atoms(word):
    """A compound's parts, each split again where it is a compound itself
    (woningbouwplannen: woning, bouw, plannen), at most MAX_PARTS; () for no compound."""
    parts = split(word)
    finer = [atom for part in parts for atom in (split(part) or (part,))]
    return tuple(finer) if len(finer) <= MAX_PARTS else parts


def query_groups(text):
    """Each word of a text as (its terms, the stems of its parts): a text matches the
    word when it has one of the terms or all of the parts.
    [(["belastingverhog", "belastingverhoging"], ("belast", "verhog"))]"""
    return [(terms, query_parts(word)) for word in words(text) if (terms := query_terms(word))]
