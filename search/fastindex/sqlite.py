"""
The text of the fast models in one SQLite FTS5 table, ``search_fasttext`` (created by
search's migrations), one row per object: its rowid is the object's key (keys.py), so
each model has its own range of rowids, and its three columns are weighted for ranking:
title, head (summary, names), body.
"""

import time

from django.db import connections, transaction

import numpy as np

from search.analysis.dutch import query_terms

from . import keys
from .query import fts5
from .text import prepare

TABLE = "search_fasttext"
# bm25 weights of (title, head, body, autocomplete): by title and head, and by all the text.
WEIGHTS_HEAD = (10.0, 3.0, 0.0, 0.0)
WEIGHTS_ALL = (10.0, 3.0, 1.0, 0.0)
HEAD_COLUMNS = "{title head} : "
TEXT_COLUMNS = "{title head body} : "  # a search never looks in the autocomplete column


def _ints(text):
    if not text:
        return np.empty(0, dtype=np.int64)
    return np.array(text.split(","), dtype=np.int64)


class SQLiteTextIndex:
    full_rank_limit = 5000  # every match scored on all its text up to this many

    def __init__(self, model, using="default"):
        self.model = model
        self.using = using
        self._counts = {}  # word: (records with it, when counted)
        self._range = None

    @property
    def connection(self):
        return connections[self.using]

    @property
    def range(self):
        """(lowest, highest) rowid of the model's records."""
        if self._range is None:
            self._range = keys.key_range(self.model, self.using)
        return self._range

    def _in_range(self):
        low, high = self.range
        return f"rowid BETWEEN {int(low)} AND {int(high)}"

    # Writing ---------------------------------------------------------------------

    def write(self, objects, entries=None):
        """Write the objects' text, and with ``entries`` (entries.Entries) their rows in
        modelsearch's index table, in one transaction."""
        objects = list(objects)
        if not objects:
            return
        prepared = [prepare(obj) for obj in objects]
        local = keys.keys_for(self.model, [obj.pk for obj in objects], self.using, create=True)
        low = self.range[0]
        rows = [
            (low + int(key), item.title, item.head, item.body, item.autocomplete, item.fingerprint)
            for key, item in zip(local, prepared, strict=True)
        ]
        with transaction.atomic(using=self.using), self.connection.cursor() as cursor:
            # FTS5 has no upsert: a REPLACE on the rowid replaces the row.
            cursor.executemany(
                f"INSERT OR REPLACE INTO {TABLE} (rowid, title, head, body, autocomplete, "
                "fingerprint) VALUES (%s, %s, %s, %s, %s, %s)",
                rows,
            )
            if entries is not None:
                cursor.executemany(entries.sqlite_sql(), entries.sqlite_rows(cursor, prepared))

    def delete(self, pks):
        low = self.range[0]
        local = keys.keys_for(self.model, pks, self.using)
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f"DELETE FROM {TABLE} WHERE rowid = %s",
                [(low + int(key),) for key in local if key >= 0],
            )

    def reset(self):
        with self.connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE {self._in_range()}")

    def fingerprints(self):
        """{pk: fingerprint} of everything in the table (for reconcile_index)."""
        low = self.range[0]
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid - {int(low)}, fingerprint FROM {TABLE} WHERE {self._in_range()}"
            )
            found = dict(cursor.fetchall())
        pks = keys.pks_for(self.model, found, self.using)
        return {pks[key]: fingerprint for key, fingerprint in found.items() if key in pks}

    def indexed_pks(self):
        return list(self.fingerprints())

    # Reading (local keys) ----------------------------------------------------------

    def _keys(self, sql, params):
        """Local keys from a query of rowids (sorted when the query sorts them)."""
        low = self.range[0]
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT group_concat(rowid - {int(low)}) FROM ({sql})", params)
            return _ints(cursor.fetchone()[0])

    def match(self, query):
        """The keys of every object whose text matches, sorted."""
        return self._keys(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND {self._in_range()} "
            "ORDER BY rowid",
            [_text(query)],
        )

    def _scored(self, expression, weights):
        low = self.range[0]
        weights = ", ".join(str(w) for w in weights)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid - {int(low)}, bm25({TABLE}, {weights}) FROM {TABLE} "
                f"WHERE {TABLE} MATCH %s AND {self._in_range()}",
                [expression],
            )
            return _pairs(cursor.fetchall())

    def head_scores(self, any_words, among=None):
        """Objects with any of the words in title or head, with a score (higher is better).
        ``among`` is not used: FTS5 scores only the rows it returns, and filtering them
        in SQL would cost more than the mask does afterwards."""
        if not any_words:
            return np.empty(0, dtype=np.int64), np.empty(0)
        expression = HEAD_COLUMNS + "(" + " OR ".join(f'"{w}"' for w in any_words) + ")"
        return self._scored(expression, WEIGHTS_HEAD)

    def scores(self, query):
        """Every match with its score over all columns (title and head weigh most)."""
        return self._scored(_text(query), WEIGHTS_ALL)

    COUNT_SECONDS = 3600  # how long a word's count is kept (per process)

    def document_counts(self, words):
        """({word: how many records have it}, records in all). None for a stop word.
        Exact; counting a word reads its whole list of records (7 ms for a word in all
        of 100,000), so each count is kept for an hour."""
        now = time.monotonic()
        if len(self._counts) > 50_000:
            self._counts.clear()
        # A word's stem: what every form of it is indexed under (none for a stop word).
        stems = {word: (query_terms(word) or [None])[0] for word in words}
        wanted = [
            term
            for term in dict.fromkeys(stems.values())
            if term is not None
            and (term not in self._counts or now - self._counts[term][1] > self.COUNT_SECONDS)
        ]
        with self.connection.cursor() as cursor:
            for term in wanted:
                cursor.execute(
                    f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH %s AND {self._in_range()}",
                    [f'{TEXT_COLUMNS}"{term}"'],
                )
                self._counts[term] = (cursor.fetchone()[0], now)
            cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE {self._in_range()}")
            total = cursor.fetchone()[0]
        counts = {
            word: None if stems[word] is None else self._counts[stems[word]][0] for word in words
        }
        return counts, total

    def autocomplete(self, prefix_words, limit):
        """Objects whose title starts words with these prefixes, best first."""
        expression = "{autocomplete} : (" + " AND ".join(f'"{w}"*' for w in prefix_words) + ")"
        return self._keys(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND {self._in_range()} "
            "ORDER BY rank LIMIT %s",
            [expression, limit],
        )


def _text(query):
    """The MATCH expression of a query, over the columns of text."""
    return f"{TEXT_COLUMNS}({fts5(query)})"


def _pairs(rows):
    if not rows:
        return np.empty(0, dtype=np.int64), np.empty(0)
    array = np.array(rows, dtype=np.float64)
    # bm25() is negative, lower is better: flip it so higher is better everywhere.
    return array[:, 0].astype(np.int64), -array[:, 1]
