"""
The text of one model in two PostgreSQL tables, one row per object in each (id = its
id): ``search_pg_<table>`` holds the title and a short weighted vector of title (A) and
head (B) for ranking, ``search_pg_<table>_match`` a vector of everything for matching,
each vector with a GIN index. Words are folded first, then stemmed by the ``dutch``
configuration, so "financien" finds "Financiën" and "huurwoning" finds "huurwoningen".

The match table is narrow on purpose: its rows hold only the id and a pointer to the
vector (kept out of line), about 60 bytes. Finding a word's matches reads the table's
row of every match (PostgreSQL's bitmap heap scan), so its size decides what a broad
word costs: at 1,000,000 records 60 MB, which stays in PostgreSQL's buffers, instead of
260 MB with title, head and fingerprint beside the pointer (docs/search.md).
"""

import time

from django.db import connections, transaction

import numpy as np
import psycopg

from .postings import CommonWords
from .query import tsquery
from .text import prepare


class PostgresTextIndex(CommonWords):
    # ts_rank over all of a record's text reads its whole vector from TOAST: about 15 ms
    # per thousand matches when cached, several times that when not. Above this many
    # matches the title and summary are ranked first, as for broad searches
    # (execution.FULL_RANK_LIMIT; SQLite's BM25 is cheaper and keeps that limit).
    full_rank_limit = 1000

    def __init__(self, model, using="default", config="dutch"):
        self.model = model
        self.using = using
        self.config = config
        self.table = f"search_pg_{model._meta.db_table}"
        self.match_table = f"{self.table}_match"
        self._ensured = False
        self._owner = None
        self._sample = None  # (lexeme counts, records sampled, records in all, taken at)
        self._word_lexemes = {}

    @property
    def connection(self):
        return connections[self.using]

    def ensure(self):
        if self._ensured:
            return
        with transaction.atomic(using=self.using), self.connection.cursor() as cursor:
            # One process at a time: the first start after an upgrade moves the vectors.
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [self.table])
            cursor.execute(
                f"CREATE TABLE IF NOT EXISTS {self.table} ("
                "id bigint PRIMARY KEY, title text NOT NULL DEFAULT '', head tsvector NOT NULL,"
                " fingerprint text NOT NULL DEFAULT '')"
            )
            cursor.execute(
                f"ALTER TABLE {self.table} ADD COLUMN IF NOT EXISTS fingerprint text "
                "NOT NULL DEFAULT ''"
            )
            # Rows longer than 128 bytes have their vector moved out of line (EXTERNAL:
            # without compression, which would cost more on every write than the disk).
            cursor.execute(
                f"CREATE TABLE IF NOT EXISTS {self.match_table} ("
                "id bigint PRIMARY KEY, everything tsvector NOT NULL) "
                "WITH (toast_tuple_target = 128)"
            )
            cursor.execute(
                "SELECT attstorage FROM pg_attribute WHERE attrelid = %s::regclass "
                "AND attname = 'everything'",
                [self.match_table],
            )
            if cursor.fetchone()[0] != "e":
                cursor.execute(
                    f"ALTER TABLE {self.match_table} ALTER COLUMN everything SET STORAGE EXTERNAL"
                )
            self._move_vectors(cursor)
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {self.table}_head ON {self.table} USING gin (head)"
            )
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {self.match_table}_everything "
                f"ON {self.match_table} USING gin (everything)"
            )
            if self._owns_table():
                self._without_statistics(cursor)
        self._ensured = True

    def _move_vectors(self, cursor):
        """Tables from before the match table kept the vector of everything beside the
        head: move it over, so that searches go on finding what was indexed."""
        cursor.execute(
            "SELECT 1 FROM pg_attribute WHERE attrelid = %s::regclass "
            "AND attname = 'everything' AND NOT attisdropped",
            [self.table],
        )
        if cursor.fetchone() is None:
            return
        cursor.execute(
            f"INSERT INTO {self.match_table} (id, everything) "
            f"SELECT id, everything FROM {self.table} ON CONFLICT (id) DO NOTHING"
        )
        cursor.execute(f"ALTER TABLE {self.table} DROP COLUMN everything")

    # The vectors of each table (see _without_statistics).
    def _vectors(self):
        return ((self.table, "head"), (self.match_table, "everything"))

    def _without_statistics(self, cursor):
        """No planner statistics on the vectors. With them (autovacuum's ANALYZE),
        PostgreSQL estimates a broad word's matches well and then prefers reading the
        whole table to the GIN index, not knowing that each row's vector must come from
        TOAST: five seconds at 1,000,000 motions instead of a third of one. Without
        them it estimates every text match as selective and always takes the index."""
        for table, column in self._vectors():
            cursor.execute(
                "SELECT COALESCE(attstattarget, -1) <> 0 FROM pg_attribute "
                "WHERE attrelid = %s::regclass AND attname = %s",
                [table, column],
            )
            if cursor.fetchone()[0]:
                cursor.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET STATISTICS 0")
            cursor.execute(
                "SELECT 1 FROM pg_stats WHERE schemaname = current_schema() "
                "AND tablename = %s AND attname = %s",
                [table, column],
            )
            if cursor.fetchone():
                # Statistics an earlier ANALYZE collected go with a change of the
                # column's type; to the same type that rewrites nothing and rebuilds no
                # index.
                cursor.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE tsvector")

    # Writing ---------------------------------------------------------------------

    WRITE_CHUNK = 250
    # A write of more than one chunk (a rebuild, an import, the benchmark) lets the GIN
    # indexes' pending lists grow this far and merges them once at its end: merging a
    # few thousand records' words at once costs about 30% less than merging every 4 MB
    # (PostgreSQL's default) as the rows come in. Searches never see the larger list:
    # it is empty again when the write returns (docs/search.md, "The fast path").
    BULK_PENDING_LIST = "64MB"

    def write(self, objects):
        """Write in chunks, pipelined: PostgreSQL builds the vectors of one chunk while
        Python prepares the text of the next."""
        self.ensure()
        objects = list(objects)
        if not objects:
            return
        sql = (
            "WITH vectors AS MATERIALIZED (SELECT v.id, v.title, h.head, "
            "h.head || setweight(to_tsvector(%(config)s::regconfig, v.body), 'D') AS everything,"
            " v.fingerprint "
            "FROM unnest(%(ids)s::bigint[], %(titles)s::text[], %(heads)s::text[], "
            "%(bodies)s::text[], %(fingerprints)s::text[]) "
            "AS v(id, title, head_text, body, fingerprint), LATERAL (SELECT "
            "setweight(to_tsvector(%(config)s::regconfig, v.title), 'A') || "
            "setweight(to_tsvector(%(config)s::regconfig, v.head_text), 'B') AS head) AS h), "
            f"heads AS (INSERT INTO {self.table} (id, title, head, fingerprint) "
            "SELECT id, title, head, fingerprint FROM vectors "
            "ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, head = EXCLUDED.head, "
            "fingerprint = EXCLUDED.fingerprint) "
            f"INSERT INTO {self.match_table} (id, everything) SELECT id, everything FROM vectors "
            "ON CONFLICT (id) DO UPDATE SET everything = EXCLUDED.everything"
        )
        bulk = len(objects) > self.WRITE_CHUNK and self._owns_table()
        with transaction.atomic(using=self.using), self.connection.cursor() as cursor:
            if bulk:
                # Local to the transaction, and set back below: a caller's later writes
                # in the same transaction (Wagtail's own index) keep the default.
                cursor.execute(
                    "SELECT current_setting('gin_pending_list_limit'), "
                    "set_config('gin_pending_list_limit', %s, true)",
                    [self.BULK_PENDING_LIST],
                )
                previous = cursor.fetchone()[0]
            with self.connection.connection.pipeline():
                for start in range(0, len(objects), self.WRITE_CHUNK):
                    chunk = objects[start : start + self.WRITE_CHUNK]
                    prepared = [prepare(obj) for obj in chunk]
                    cursor.execute(
                        sql,
                        {
                            "config": self.config,
                            "ids": [item.pk for item in prepared],
                            "titles": [item.title for item in prepared],
                            "heads": [item.head for item in prepared],
                            "bodies": [item.body for item in prepared],
                            "fingerprints": [item.fingerprint for item in prepared],
                        },
                    )
            if bulk:
                cursor.execute(
                    "SELECT gin_clean_pending_list(%s::regclass), "
                    "gin_clean_pending_list(%s::regclass), "
                    "set_config('gin_pending_list_limit', %s, true)",
                    [f"{self.table}_head", f"{self.match_table}_everything", previous],
                )

    def _owns_table(self):
        """gin_clean_pending_list() is for the indexes' owner; without it a bulk write
        keeps PostgreSQL's default pending list, which its inserts merge as they go."""
        if self._owner is None:
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_has_role(relowner, 'USAGE') FROM pg_class WHERE oid = %s::regclass",
                    [self.table],
                )
                self._owner = bool(cursor.fetchone()[0])
        return self._owner

    def delete(self, pks):
        self.ensure()
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"WITH gone AS (DELETE FROM {self.match_table} WHERE id = ANY(%s)) "
                f"DELETE FROM {self.table} WHERE id = ANY(%s)",
                [list(pks), list(pks)],
            )

    def reset(self):
        self.ensure()
        with self.connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {self.table}, {self.match_table}")

    def fingerprints(self):
        """{id: fingerprint} of everything in the table (for reconcile_index)."""
        self.ensure()
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT id, fingerprint FROM {self.table}")
            return dict(cursor.fetchall())

    def indexed_pks(self):
        self.ensure()
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT id FROM {self.table} ORDER BY id")
            return np.array([row[0] for row in cursor.fetchall()], dtype=np.int64)

    # Reading ---------------------------------------------------------------------

    def match(self, query):
        """The ids of every match, sorted. A broad word matches most of the table, so the
        ids come back as one string of 8-byte integers (``int8send``), read by numpy as
        it is: no Python integer per id (25 ms less for 670,000 ids than an array). They
        come in the table's order, which is mostly the ids' own, and are sorted here only
        when they are not (no sort, and no spill to disk, in the database)."""
        self.ensure()
        sql, params = tsquery(query, self.config)
        return self._ids(f"everything @@ {sql}", params)

    def _ids(self, where, params):
        self.connection.ensure_connection()
        with psycopg.Cursor(self.connection.connection) as cursor:
            cursor.execute(
                f"SELECT string_agg(int8send(id), ''::bytea) FROM {self.match_table} WHERE {where}",
                params,
                binary=True,
                prepare=False,  # the best plan depends on the words
            )
            packed = cursor.fetchone()[0]
        ids = np.frombuffer(packed or b"", dtype=">i8").astype(np.int64)
        if len(ids) > 1 and not (ids[1:] > ids[:-1]).all():
            ids.sort()
        return ids

    WORD_CACHE_SIZE = 10_000

    def _lexemes(self, some_words):
        """{word: its lexeme}: "" for a word the configuration leaves out, None for one
        whose query is more than one lexeme (cached per process)."""
        cache = self._word_lexemes
        unknown = [word for word in dict.fromkeys(some_words) if word not in cache]
        if unknown:
            if len(cache) + len(unknown) > self.WORD_CACHE_SIZE:
                cache.clear()
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT word, plainto_tsquery(%s::regconfig, word)::text, "
                    "tsvector_to_array(to_tsvector(%s::regconfig, word)) "
                    "FROM unnest(%s::text[]) AS word",
                    [self.config, self.config, unknown],
                )
                for word, tree, lexemes in cursor.fetchall():
                    if not tree:
                        cache[word] = ""
                    elif len(lexemes) == 1 and tree == _quoted(lexemes[0]):
                        cache[word] = lexemes[0]
                    else:  # a phrase of parts
                        cache[word] = None
        return {word: cache[word] for word in some_words}

    # Common words in memory (postings.WordPostings) --------------------------------

    def common_lexemes(self, fraction):
        """Lexemes that about ``fraction`` of the records or more have (the sample)."""
        self.ensure()
        counts, sampled, _total = self._lexeme_sample()
        least = fraction * sampled
        return sorted(lexeme for lexeme, count in counts.items() if count >= least)

    def ids_with(self, lexeme):
        """The ids of the records that have the lexeme."""
        return self._ids("everything @@ %s::tsquery", [_quoted(lexeme)])

    # ts_rank()'s weights of D, C, B and A: the head holds titles (A) and summaries (B).
    HEAD_WEIGHTS = "{0, 0.1, 0.4, 1.0}"

    def head_scores_with(self, lexeme):
        """(ids, scores) of the records with the lexeme in the title or summary."""
        self.connection.ensure_connection()
        with psycopg.Cursor(self.connection.connection) as cursor:
            cursor.execute(
                "SELECT string_agg(int8send(id), ''::bytea), string_agg(float4send("
                f"ts_rank('{self.HEAD_WEIGHTS}', head, q)), ''::bytea) "
                f"FROM {self.table}, (SELECT %s::tsquery AS q) AS query WHERE head @@ q",
                [_quoted(lexeme)],
                binary=True,
                prepare=False,
            )
            ids, scores = cursor.fetchone()
        return (
            np.frombuffer(ids or b"", dtype=">i8").astype(np.int64),
            np.frombuffer(scores or b"", dtype=">f4").astype(np.float32),
        )

    def head_scores_of(self, pks, lexemes):
        """{lexeme: (ids, scores)}: which of the records have which of the lexemes in
        the title or summary, with their score for it."""
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT lexeme, array_agg(id), array_agg(ts_rank("
                f"'{self.HEAD_WEIGHTS}', head, quote_literal(lexeme)::tsquery)) "
                f"FROM (SELECT id, head, unnest(tsvector_to_array(head)) AS lexeme "
                f"FROM {self.table} WHERE id = ANY(%s)) AS found "
                "WHERE lexeme = ANY(%s) GROUP BY lexeme",
                [list(map(int, pks)), list(lexemes)],
            )
            return {lexeme: (ids, scores) for lexeme, ids, scores in cursor.fetchall()}

    def lexemes_of(self, pks, lexemes):
        """{lexeme: [ids]}: which of the records have which of the lexemes."""
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT lexeme, array_agg(id) FROM (SELECT id, "
                f"unnest(tsvector_to_array(everything)) AS lexeme FROM {self.match_table} "
                "WHERE id = ANY(%s)) AS found WHERE lexeme = ANY(%s) GROUP BY lexeme",
                [list(map(int, pks)), list(lexemes)],
            )
            return dict(cursor.fetchall())

    def match_sql(self, query):
        """A subquery of the matching ids, for the SQL path."""
        self.ensure()
        sql, params = tsquery(query, self.config)
        return f"SELECT id FROM {self.match_table} WHERE everything @@ {sql}", params

    def _any(self, any_words):
        sql = " || ".join(["plainto_tsquery(%s::regconfig, %s)"] * len(any_words))
        params = [value for word in any_words for value in (self.config, word)]
        return f"({sql})", params

    def head_scores(self, any_words, among=None):
        """Objects with any of the words in title or head, with a score (higher is
        better). ``among`` (sorted ids), when given, limits the scoring to those: a
        filtered search ranks only what its filters let through."""
        if not any_words:
            return np.empty(0, dtype=np.int64), np.empty(0)
        self.ensure()
        sql, params = self._any(any_words)
        where = "head @@ q"
        if among is not None:
            # Tens of thousands of ids, as a bitmap (bit n set for id n) that each title
            # and summary match is checked against. As an array of ids, PostgreSQL
            # estimated each element's selectivity (17 ms of planning at 76,000 ids) and,
            # once the table was analyzed, probed the primary key for every one of them
            # instead of taking the GIN index (170 ms instead of a few).
            where += " AND CASE WHEN id < %s THEN get_bit(%b, id) = 1 END"
            params = [*params, *_bitmap(among)]
        self.connection.ensure_connection()
        with psycopg.Cursor(self.connection.connection) as cursor:
            cursor.execute(
                f"SELECT id, ts_rank('{self.HEAD_WEIGHTS}', head, q) FROM {self.table}, "
                f"(SELECT {sql} AS q) AS query WHERE {where}",
                params,
                prepare=False,
            )
            rows = cursor.fetchall()
        return _pairs(rows)

    def scores(self, query):
        """Every match with its score over all its text (title and head weigh most)."""
        self.ensure()
        sql, params = tsquery(query, self.config)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, ts_rank('{{0.1, 0.2, 0.4, 1.0}}', everything, q) "
                f"FROM {self.match_table}, (SELECT {sql} AS q) AS query WHERE everything @@ q "
                "ORDER BY id",
                params,
            )
            rows = cursor.fetchall()
        return _pairs(rows)

    # How common words are: counted in a sample of about this many records, kept this long.
    SAMPLE_RECORDS = 4000
    SAMPLE_SECONDS = 3600

    def document_counts(self, words):
        """({word: about how many records have it}, records in all). None for a word
        the index leaves out (a stop word). Estimated from a sample of the table, taken
        once an hour per process (15 ms at 100,000 records); a word too rare to show up
        in it counts 0. Exact for a table no larger than twice the sample."""
        self.ensure()
        counts, sampled, total = self._lexeme_sample()
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT word, tsvector_to_array(to_tsvector(%s::regconfig, word)) "
                "FROM unnest(%s::text[]) AS word",
                [self.config, list(words)],
            )
            lexemes = dict(cursor.fetchall())
        scale = total / sampled if sampled else 0
        return {
            word: (
                round(max(counts.get(lexeme, 0) for lexeme in lexemes[word]) * scale)
                if lexemes.get(word)
                else None
            )
            for word in words
        }, total

    def _lexeme_sample(self):
        sample = self._sample
        if sample is not None and time.monotonic() - sample[3] < self.SAMPLE_SECONDS:
            return sample[:3]
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
                [self.match_table],
            )
            total = cursor.fetchone()[0]
            if total < 0:  # never analyzed
                cursor.execute(f"SELECT count(*) FROM {self.match_table}")
                total = cursor.fetchone()[0]
            source, least = self.match_table, 1
            if total > 2 * self.SAMPLE_RECORDS:
                # SYSTEM samples whole pages (fast); the same pages every time. A word
                # in one record of the sample is kept as if in none (there are many).
                percent = 100 * self.SAMPLE_RECORDS / total
                source += f" TABLESAMPLE SYSTEM ({percent:.6f}) REPEATABLE (0)"
                least = 2
            # ts_stat() counts the records of each lexeme (four times faster than
            # unnest() and GROUP BY); the same pages are counted for the sample's size.
            cursor.execute(f"SELECT count(*) FROM {source}")
            sampled = cursor.fetchone()[0]
            cursor.execute(
                "SELECT word, ndoc FROM ts_stat(%s) WHERE ndoc >= %s",
                [f"SELECT everything FROM {source}", least],
            )
            counts = dict(cursor.fetchall())
        if total <= 2 * self.SAMPLE_RECORDS:
            total = sampled
        self._sample = (counts, sampled, total, time.monotonic())
        return self._sample[:3]

    def autocomplete(self, prefix_words, limit):
        """Objects whose title or summary has words starting like these, best first.

        The vectors hold stems ("besloten" is stored as "beslot"), so each word is
        looked for as typed (a prefix of a stem: "besl") and as its own stem (a whole
        word: "besloten"), whichever matches."""
        self.ensure()
        terms = " && ".join(
            ["(to_tsquery('simple', %s) || to_tsquery(%s::regconfig, %s))"] * len(prefix_words)
        )
        params = [
            value for word in prefix_words for value in (f"{word}:*", self.config, f"{word}:*")
        ]
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id FROM {self.table}, (SELECT {terms} AS q) AS query "
                "WHERE head @@ q ORDER BY ts_rank('{0, 0, 0.2, 1.0}', head, q) DESC, "
                "length(title), id LIMIT %s",
                [*params, limit],
            )
            return np.array([row[0] for row in cursor.fetchall()], dtype=np.int64)


def _quoted(lexeme):
    """A lexeme as tsquery text, as PostgreSQL prints it: 'lexeme'."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _bitmap(ids):
    """(size, bytes): bit n of the bytes (PostgreSQL's get_bit numbering: the lowest bit
    of each byte first) is set when n is one of the ids."""
    ids = np.asarray(ids, dtype=np.int64)
    size = int(ids.max()) + 1 if len(ids) else 0
    bits = np.zeros(size, dtype=bool)
    bits[ids] = True
    return size, np.packbits(bits, bitorder="little").tobytes()


def _pairs(rows):
    if not rows:
        return np.empty(0, dtype=np.int64), np.empty(0)
    array = np.array(rows, dtype=np.float64)
    return array[:, 0].astype(np.int64), array[:, 1]
