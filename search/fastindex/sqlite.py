"""
The text of one model in an SQLite FTS5 table, one row per object (rowid = its id),
in three columns weighted for ranking: title, head (summary, names), body.
"""

import time

from django.db import connections

import numpy as np

from .query import fts5
from .text import STOP_WORDS, prepare

WEIGHTS_HEAD = (10.0, 3.0, 0.0)  # bm25 weights (title, head, body) for ranking by head
WEIGHTS_ALL = (10.0, 3.0, 1.0)


def _ints(text):
    if not text:
        return np.empty(0, dtype=np.int64)
    return np.array(text.split(","), dtype=np.int64)


class SQLiteTextIndex:
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
        expression = "{title head} : (" + " OR ".join(f'"{w}"' for w in any_words) + ")"
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


def _pairs(rows):
    if not rows:
        return np.empty(0, dtype=np.int64), np.empty(0)
    array = np.array(rows, dtype=np.float64)
    # bm25() is negative, lower is better: flip it so higher is better everywhere.
    return array[:, 0].astype(np.int64), -array[:, 1]
