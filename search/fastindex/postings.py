"""
The records of the commonest words, in memory, one bit per record of the column store.

Finding a word's matches in the database costs about as much per match as it finds: the
match table's row of every match is read and its id sent back (140 ms for the 670,000
records of "we" among 1,000,000 on PostgreSQL). A few hundred words are in more than a
twentieth of the records each; a search with one of them spent most of its time there,
and the time grew with the size of the bank. Their matches are kept here instead, as
packed bits in the order of the store's rows (125 KB per word at 1,000,000 records):
a search ANDs the bits of its common words, and asks the database only for the rest of
its words (docs/search.md, "The fast path").

The bits are filled when the store loads and patched with the store: the records the
change log names are read again, as the store reads their filter fields
(``ColumnStore.apply_changes``). What the words are is decided at loading, from the
text index's sample of how common each word is.

``CommonWords`` gives a text index the search side: it answers the common words of a
query from the bits and asks its own ``match`` for the rest.
"""

from modelsearch.query import And, PlainText

import numpy as np

from .query import conjuncts
from .text import words


class CommonWords:
    """For a text index (mixin): matches and ranking of a query's common words from the
    store's ``WordPostings``. The index answers ``_lexemes(words)``: {word: the term it
    is kept as}, "" for a word the index leaves out, None for one that is not a single
    term (a phrase of parts, which the index must match itself)."""

    def postings(self):
        return WordPostings(self)

    def match_mask(self, query, store):
        """(mask over the store's rows, number of matches): the common words of an
        all-words query from the bits kept in memory (``store.postings``), the rest from
        the index (``match``)."""
        postings = getattr(store, "postings", None)
        split = self._split(query, postings) if postings is not None and postings.bits else None
        if split is None or not split[0]:
            pks = self.match(query)
            return store.mask_for_pks(pks), len(pks)
        common, rest = split
        mask = postings.mask(common)
        if rest is not None:
            mask &= store.mask_for_pks(self.match(rest))
        return mask, int(np.count_nonzero(mask))

    def _split(self, query, postings):
        """(terms kept in memory, the query for the rest or None) of a query whose
        parts must all match; None for any other query."""
        parts = conjuncts(query)
        if parts is None:
            return None
        single = [
            word
            for part in parts
            if isinstance(part, PlainText)
            for word in words(part.query_string)
        ]
        if not single:
            return None
        lexemes = self._lexemes(single)
        common = [lexemes[word] for word in single if lexemes[word] in postings]
        if not common:
            return None
        # A word without a term ("") is left out, as the index's own query leaves it out.
        others = [
            word
            for word in single
            if lexemes[word] is None or (lexemes[word] and lexemes[word] not in postings)
        ]
        rest = [
            part for part in parts if not isinstance(part, PlainText) and words(part.query_string)
        ]
        if others:
            rest.append(PlainText(" ".join(others), operator="and"))
        if not rest:
            return list(dict.fromkeys(common)), None
        return list(dict.fromkeys(common)), rest[0] if len(rest) == 1 else And(rest)

    # Whether the index's score for some words is the sum of its scores for each word
    # alone (BM25's is): the common words' part can then come from memory and the
    # others' from the index.
    head_scores_add_up = False

    def kept_head_scores(self, any_words, store, mask):
        """What ``head_scores`` answers, for the rows in the mask, from memory when its
        words are common ones whose title and summary scores are kept
        (``store.postings``): every word, or where the scores add up, some of them and
        the others from the index. None when not."""
        postings = getattr(store, "postings", None)
        if postings is None or not postings.head or not any_words:
            return None
        lexemes = self._lexemes(any_words)
        kept = [lexeme for lexeme in lexemes.values() if lexeme and lexeme in postings.head]
        others = [word for word, lexeme in lexemes.items() if lexeme != "" and lexeme not in kept]
        if not kept or others and not self.head_scores_add_up:
            return None
        rows, scores = postings.head_scores(kept, mask)
        if not others:
            return rows, scores
        pks, more = self.head_scores(others)
        more_rows = store.rows_of(pks)
        held = more_rows >= 0
        more_rows, more = more_rows[held], more[held]
        keep = mask[more_rows]
        return _summed(
            np.concatenate([rows, more_rows[keep]]), np.concatenate([scores, more[keep]])
        )


class WordPostings:
    """{lexeme: packed bits over the store's rows} for the commonest lexemes.

    ``source`` (the text index) answers: which lexemes are in at least a given share of
    the records (``common_lexemes``); the ids of the records with one lexeme
    (``ids_with``), and the same for some records and some lexemes (``lexemes_of``).
    Where the index ranks by summing or averaging a score per word, it also answers
    which records have the lexeme in the title or summary, with their score for it
    (``head_scores_with``, ``head_scores_of``); those are kept too.
    """

    # A lexeme in at least this share of the records is kept; the rest are fetched.
    COMMON_FRACTION = 0.05
    # Below this many records a broad word costs the database little: none are kept.
    MIN_RECORDS = 50_000

    def __init__(self, source):
        self.source = source
        self.bits = {}
        # {lexeme: (rows, scores)}: the records with the lexeme in the title or summary
        # and their score for it alone, for ranking (``head_scores``).
        self.head = {}
        self.rows = 0

    @property
    def scores_kept(self):
        return hasattr(self.source, "head_scores_with")

    def __contains__(self, lexeme):
        return lexeme in self.bits

    @property
    def nbytes(self):
        return sum(bits.nbytes for bits in self.bits.values()) + sum(
            rows.nbytes + scores.nbytes for rows, scores in self.head.values()
        )

    def load(self, store):
        """Fill the bits of every common lexeme for all of the store's records."""
        self.bits, self.head = {}, {}
        self.rows = len(store)
        if len(store) < self.MIN_RECORDS:
            return
        for lexeme in self.source.common_lexemes(self.COMMON_FRACTION):
            mask = np.zeros(len(store), dtype=bool)
            mask[store.rows_for_pks(self.source.ids_with(lexeme))] = True
            self.bits[lexeme] = np.packbits(mask, bitorder="little")
            if self.scores_kept:
                self.head[lexeme] = _held(store, *self.source.head_scores_with(lexeme))

    def apply(self, store, changed_pks):
        """Read the words of changed records again; new records are new rows at the end."""
        if not self.bits:
            return
        size = (len(store) + 7) // 8
        for lexeme, bits in self.bits.items():
            if len(bits) < size:
                self.bits[lexeme] = np.concatenate(
                    [bits, np.zeros(size - len(bits), dtype=np.uint8)]
                )
        self.rows = len(store)
        changed = np.asarray(sorted(changed_pks), dtype=np.int64)
        rows = store.rows_of(changed)
        held = rows >= 0
        changed, rows = changed[held], rows[held]
        if not len(rows):
            return
        having = self.source.lexemes_of(changed, list(self.bits))
        row_of = dict(zip(changed.tolist(), rows.tolist(), strict=True))
        for lexeme, bits in self.bits.items():
            _set_bits(bits, rows, False)
            with_it = [row_of[pk] for pk in having.get(lexeme, ()) if pk in row_of]
            _set_bits(bits, np.asarray(with_it, dtype=np.int64), True)
        if not self.head:
            return
        scored = self.source.head_scores_of(changed, list(self.head))
        for lexeme, (held_rows, scores) in self.head.items():
            keep = ~np.isin(held_rows, rows)
            new_rows, new_scores = _held(store, *scored.get(lexeme, ((), ())))
            self.head[lexeme] = (
                np.concatenate([held_rows[keep], new_rows]),
                np.concatenate([scores[keep], new_scores]),
            )

    def mask(self, lexemes):
        """The rows holding every one of the lexemes (all kept here)."""
        first, *others = lexemes
        combined = self.bits[first]
        for lexeme in others:
            combined = combined & self.bits[lexeme]
        return np.unpackbits(combined, count=self.rows, bitorder="little").view(bool)

    def head_scores(self, lexemes, mask):
        """(rows in the mask, scores) of the records with any of the lexemes (all kept
        here) in the title or summary, scored for all the lexemes at once as the text
        index scores them: PostgreSQL's ts_rank() takes the mean of the scores for each
        lexeme alone (each adds its own part, the sum is divided by their number);
        SQLite's BM25 weighs each word's kept part by the word's IDF now and adds them
        up (the source's ``head_weights``)."""
        lexemes = list(dict.fromkeys(lexemes))
        parts = [self.head[lexeme] for lexeme in lexemes]
        weigh = getattr(self.source, "head_weights", None)
        weights = weigh(lexemes, self) if weigh else [1 / len(parts)] * len(parts)
        rows = np.concatenate([rows for rows, _scores in parts])
        scores = np.concatenate(
            [
                scores.astype(np.float64) * weight
                for (_rows, scores), weight in zip(parts, weights, strict=True)
            ]
        )
        keep = mask[rows]
        rows, scores = rows[keep].astype(np.int64), scores[keep]
        return (rows, scores) if len(parts) == 1 else _summed(rows, scores)


def _summed(rows, scores):
    """Each row once, with the sum of its scores."""
    found, where = np.unique(rows, return_inverse=True)
    return found.astype(np.int64), np.bincount(where, weights=scores)


def _held(store, pks, scores):
    """(rows, scores) of the ids the store holds, as 32-bit numbers (half the memory)."""
    rows = store.rows_of(np.asarray(pks, dtype=np.int64))
    held = rows >= 0
    return rows[held].astype(np.int32), np.asarray(scores, dtype=np.float32)[held]


def _set_bits(bits, rows, value):
    if not len(rows):
        return
    flags = np.left_shift(1, rows & 7).astype(np.uint8)
    if value:
        np.bitwise_or.at(bits, rows >> 3, flags)
    else:
        np.bitwise_and.at(bits, rows >> 3, ~flags)
