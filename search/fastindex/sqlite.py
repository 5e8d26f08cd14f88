"""
The text of one model in an SQLite FTS5 table, one row per object (rowid = its id),
in three columns weighted for ranking: title, head (summary, names), body.
"""

import re
import time
from collections import Counter

from django.db import connections, transaction

import numpy as np

from .postings import CommonWords
from .query import fts5
from .text import STOP_WORDS, prepare

# A word as FTS5's unicode61 tokenizer splits the (already folded) text: letters and
# digits; "_" and everything else separate words.
TOKEN = re.compile(r"[^\W_]+")
# A common word kept in memory: plain ASCII letters and digits, which the tokenizer
# leaves as they are (one term, the same as in the text).
ASCII_TERM = re.compile(r"[a-z0-9]+")

WEIGHTS_HEAD = (10.0, 3.0, 0.0)  # bm25 weights (title, head, body) for ranking by head
WEIGHTS_ALL = (10.0, 3.0, 1.0)


def _ints(text):
    if not text:
        return np.empty(0, dtype=np.int64)
    return np.array(text.split(","), dtype=np.int64)


class SQLiteTextIndex(CommonWords):
    full_rank_limit = 5000  # every match scored on all its text up to this many

    def __init__(self, model, using="default"):
        self.model = model
        self.using = using
        self.table = f"search_fts_{model._meta.db_table}"
        self._ensured = False
        self._counts = {}  # word: (records with it, when counted)

    @property
    def connection(self):
        return connections[self.using]

    def ensure(self):
        if self._ensured:
            return
        with self.connection.cursor() as cursor:
            cursor.execute(f"PRAGMA table_info({self.table})")
            columns = {row[1] for row in cursor.fetchall()}
            if columns and "fingerprint" not in columns:
                # A table from before fingerprints: rebuild it (run update_index after).
                cursor.execute(f"DROP TABLE {self.table}")
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.table} USING fts5("
                "title, head, body, fingerprint UNINDEXED, "
                "tokenize = 'unicode61 remove_diacritics 2')"
            )
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.table}_vocab "
                f"USING fts5vocab({self.table}, 'row')"
            )
        self._ensured = True

    # Writing ---------------------------------------------------------------------

    def write(self, objects):
        self.ensure()
        rows = [
            (item.pk, item.title, item.head, item.body, item.fingerprint)
            for item in map(prepare, objects)
        ]
        if not rows:
            return
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT OR REPLACE INTO {self.table} (rowid, title, head, body, fingerprint) "
                "VALUES (%s, %s, %s, %s, %s)",
                rows,
            )

    def delete(self, pks):
        self.ensure()
        with self.connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {self.table} WHERE rowid = %s", [(pk,) for pk in pks])

    def reset(self):
        self.ensure()
        with self.connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {self.table}")

    def indexed_pks(self):
        self.ensure()
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT group_concat(rowid) FROM {self.table}")
            return _ints(cursor.fetchone()[0])

    def fingerprints(self):
        """{id: fingerprint} of everything in the table (for reconcile_index)."""
        self.ensure()
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid, fingerprint FROM {self.table}")
            return dict(cursor.fetchall())

    # Reading ---------------------------------------------------------------------

    def match(self, query):
        """The ids of every object whose text matches, sorted."""
        self.ensure()
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT group_concat(rowid) FROM (SELECT rowid FROM {self.table} "
                f"WHERE {self.table} MATCH %s ORDER BY rowid)",
                [fts5(query)],
            )
            return _ints(cursor.fetchone()[0])

    def match_sql(self, query):
        """A subquery of the matching ids, for the SQL path."""
        self.ensure()
        return f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s", [fts5(query)]

    def head_scores(self, any_words, among=None):
        """Objects with any of the words in title or head, with a score (higher is better).
        ``among`` is not used: FTS5 scores only the rows it returns, and filtering them
        in SQL would cost more than the mask does afterwards."""
        if not any_words:
            return np.empty(0, dtype=np.int64), np.empty(0)
        self.ensure()
        expression = HEAD_COLUMNS + "(" + " OR ".join(f'"{w}"' for w in any_words) + ")"
        weights = ", ".join(str(w) for w in WEIGHTS_HEAD)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, bm25({self.table}, {weights}) FROM {self.table} "
                f"WHERE {self.table} MATCH %s",
                [expression],
            )
            rows = cursor.fetchall()
        return _pairs(rows)

    def scores(self, query):
        """Every match with its score over all columns (title and head weigh most)."""
        self.ensure()
        weights = ", ".join(str(w) for w in WEIGHTS_ALL)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, bm25({self.table}, {weights}) FROM {self.table} "
                f"WHERE {self.table} MATCH %s ORDER BY rowid",
                [fts5(query)],
            )
            rows = cursor.fetchall()
        return _pairs(rows)

    COUNT_SECONDS = 3600  # how long a word's count is kept (per process)

    def document_counts(self, words):
        """({word: how many records have it}, records in all). None for a stop word.
        Exact, from FTS5's vocabulary; counting a word reads its whole list of records
        (7 ms for a word in all of 100,000), so each count is kept for an hour."""
        self.ensure()
        now = time.monotonic()
        if len(self._counts) > 50_000:
            self._counts.clear()
        wanted = [
            word
            for word in dict.fromkeys(words)
            if word not in STOP_WORDS
            and (word not in self._counts or now - self._counts[word][1] > self.COUNT_SECONDS)
        ]
        with self.connection.cursor() as cursor:
            if wanted:
                cursor.execute(
                    f"SELECT term, doc FROM {self.table}_vocab WHERE term IN "
                    f"({', '.join(['%s'] * len(wanted))})",
                    wanted,
                )
                found = dict(cursor.fetchall())
                for word in wanted:
                    self._counts[word] = (found.get(word, 0), now)
            cursor.execute(f"SELECT count(*) FROM {self.table}_docsize")
            total = cursor.fetchone()[0]
        counts = {word: None if word in STOP_WORDS else self._counts[word][0] for word in words}
        return counts, total

    # Common words in memory (postings.WordPostings) --------------------------------
    # FTS5's BM25 of a record sums one part per word: the word's IDF, from how many
    # records have it in the ranked columns and how many there are, times a part from
    # its weighted count in the record and the record's length against the average.
    # The second part is kept per record and word; the IDF is taken at every search
    # from the kept records of the word and FTS5's count of rows, so scores follow the
    # writes as FTS5's do. Only the average length is that of when a record's part was
    # computed (at loading, or when it changed), a drift of the share of text written
    # since; the store reloads after six hours or a change of a fifth of the records.

    head_scores_add_up = True  # BM25 sums a part per word (see above)

    SAMPLE_RECORDS = 4000  # records whose words are counted to find the common ones

    def _lexemes(self, some_words):
        """{word: the term it is kept as}: itself when FTS5 holds it as one term, None
        otherwise (searched in FTS5)."""
        return {word: word if ASCII_TERM.fullmatch(word) else None for word in some_words}

    def common_lexemes(self, fraction):
        """The ASCII words that about ``fraction`` of the records or more have, counted
        in a fixed random sample of the records' texts (about 2 s at 1,000,000)."""
        self.ensure()
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT group_concat(id) FROM {self.table}_docsize")
            ids = _ints(cursor.fetchone()[0])
        if len(ids) > self.SAMPLE_RECORDS:
            ids = np.random.default_rng(0).choice(ids, self.SAMPLE_RECORDS, replace=False)
        counts = Counter()
        for _pk, *texts in self._texts(ids):
            counts.update({term for term in TOKEN.findall(" ".join(texts)) if term.isascii()})
        least = fraction * len(ids)
        return sorted(term for term, count in counts.items() if count >= least)

    def _texts(self, pks, chunk=500):
        """(id, title, head, body) of the records, read in pieces."""
        pks = [int(pk) for pk in pks]
        with self.connection.cursor() as cursor:
            for start in range(0, len(pks), chunk):
                listed = ", ".join(map(str, pks[start : start + chunk]))
                cursor.execute(
                    f"SELECT rowid, title, head, body FROM {self.table} WHERE rowid IN ({listed})"
                )
                yield from cursor.fetchall()

    def ids_with(self, term):
        """The ids of the records that have the term (in any column)."""
        self.ensure()
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT group_concat(rowid) FROM {self.table} WHERE {self.table} MATCH %s",
                [f'"{term}"'],
            )
            return _ints(cursor.fetchone()[0])

    def head_scores_with(self, term):
        """(ids, parts) of the records with the term in the title or summary: their
        BM25 score for the term alone (as ``head_scores`` ranks) without its IDF."""
        self.ensure()
        with transaction.atomic(using=self.using), self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT group_concat(rowid), group_concat(score) FROM (SELECT rowid, "
                f"bm25({self.table}, {', '.join(map(str, WEIGHTS_HEAD))}) AS score "
                # LIMIT -1: not merged into the aggregate, where bm25() cannot run.
                f"FROM {self.table} WHERE {self.table} MATCH %s LIMIT -1)",
                [HEAD_COLUMNS + f'"{term}"'],
            )
            ids, scores = cursor.fetchone()
            rows, _tokens = self._averages()
        ids = _ints(ids)
        scores = -np.array(scores.split(","), dtype=np.float64) if ids.size else np.empty(0)
        return ids, scores / _idf(rows, len(ids))

    def head_scores_of(self, pks, terms):
        """{term: (ids, parts)} as ``head_scores_with``, for some records, computed from
        their text as FTS5 does."""
        self.ensure()
        wanted = set(terms)
        rows, tokens = self._averages()
        average = tokens / rows if rows else 1.0
        found = {}
        for pk, title, head, body in self._texts(pks):
            title, head = TOKEN.findall(title), TOKEN.findall(head)
            length = len(title) + len(head) + len(TOKEN.findall(body))
            weighted = Counter()
            for weight, column in zip(WEIGHTS_HEAD[:2], (title, head), strict=True):
                for term in wanted.intersection(column):
                    weighted[term] += weight * column.count(term)
            for term, frequency in weighted.items():
                ids, parts = found.setdefault(term, ([], []))
                ids.append(pk)
                parts.append(_tf_part(frequency, length, average))
        return found

    def head_weights(self, terms, postings):
        """The IDF of each term now: its kept records against FTS5's count of rows."""
        rows, _tokens = self._averages()
        return [_idf(rows, len(postings.head[term][0])) for term in terms]

    def _averages(self):
        """(rows, tokens in all columns) as FTS5 keeps them for BM25 (its averages
        record: a varint per number)."""
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT block FROM {self.table}_data WHERE id = 1")
            found = cursor.fetchone()
        if found is None or not found[0]:
            return 0, 0
        numbers, block, at = [], bytes(found[0]), 0
        while at < len(block):
            number, at = _varint(block, at)
            numbers.append(number)
        return numbers[0], sum(numbers[1:])

    def lexemes_of(self, pks, terms):
        """{term: [ids]}: which of the records have which of the terms."""
        self.ensure()
        wanted = set(terms)
        found = {}
        for pk, *texts in self._texts(pks):
            for term in wanted.intersection(TOKEN.findall(" ".join(texts))):
                found.setdefault(term, []).append(pk)
        return found

    def autocomplete(self, prefix_words, limit):
        """Objects whose title starts words with these prefixes, best first."""
        self.ensure()
        expression = "{title} : (" + " AND ".join(f'"{w}"*' for w in prefix_words) + ")"
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT group_concat(rowid) FROM (SELECT rowid FROM {self.table} "
                f"WHERE {self.table} MATCH %s ORDER BY rank LIMIT %s)",
                [expression, limit],
            )
            return _ints(cursor.fetchone()[0])


# FTS5's BM25 (fts5_aux.c): k1, b, and the IDF of a phrase in n of N rows.
K1, B = 1.2, 0.75
HEAD_COLUMNS = "{title head} : "


def _idf(rows, having):
    idf = np.log((rows - having + 0.5) / (having + 0.5)) if rows else 0.0
    return float(idf) if idf > 0 else 1e-6


def _tf_part(frequency, length, average):
    return frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * length / average))


def _varint(block, at):
    """SQLite's varint at ``at``: (number, where the next begins)."""
    number = 0
    for offset in range(8):
        byte = block[at + offset]
        number = (number << 7) | (byte & 0x7F)
        if byte < 0x80:
            return number, at + offset + 1
    return (number << 8) | block[at + 8], at + 9


def _pairs(rows):
    if not rows:
        return np.empty(0, dtype=np.int64), np.empty(0)
    array = np.array(rows, dtype=np.float64)
    # bm25() is negative, lower is better: flip it so higher is better everywhere.
    return array[:, 0].astype(np.int64), -array[:, 1]
