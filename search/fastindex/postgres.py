"""
The text of the fast models in two PostgreSQL tables shared by them (created by search's
migrations), one row per object in each, keyed by the object's key (keys.py: each model
has its own range of keys): ``search_fasthead`` holds the title, a short weighted vector
of title (A) and head (B) for ranking and a vector of the AutocompleteFields' words,
``search_fastmatch`` a vector of everything for matching, each vector with a GIN index.
The text is analysed first (search.analysis.dutch: folded, stemmed, compounds split), the
same as on SQLite, and its terms go in as they are (the ``simple`` configuration), so
"financien" finds "Financiën" and "woning" finds "huurwoningen".

The match table is narrow on purpose: its rows hold only the key and a pointer to the
vector (kept out of line), about 60 bytes. Finding a word's matches reads the table's
row of every match (PostgreSQL's bitmap heap scan), so its size decides what a broad
word costs: at 1,000,000 records 60 MB, which stays in PostgreSQL's buffers, instead of
260 MB with title, head and fingerprint beside the pointer (docs/search.md).
"""

import time

from django.db import connections, transaction

import numpy as np
import psycopg

from search.analysis.dutch import query_terms

from . import keys
from .query import tsquery
from .text import fold, prepare

HEAD = "search_fasthead"
MATCH = "search_fastmatch"


class PostgresTextIndex:
    # ts_rank over all of a record's text reads its whole vector from TOAST: about 15 ms
    # per thousand matches when cached, several times that when not. Above this many
    # matches the title and summary are ranked first, as for broad searches
    # (execution.FULL_RANK_LIMIT; SQLite's BM25 is cheaper and keeps that limit).
    full_rank_limit = 1000

    # The terms are analysed in Python already: PostgreSQL only splits them at spaces.
    ANALYSED_CONFIG = "simple"

    def __init__(self, model, using="default", config=None):
        """``config`` (the stock index's text search configuration) is not used: the
        fast tables hold analysed terms, read with ANALYSED_CONFIG."""
        self.model = model
        self.using = using
        self.config = self.ANALYSED_CONFIG
        self._owner = None
        self._range = None
        self._sample = None  # (lexeme counts, records sampled, records in all, taken at)

    @property
    def connection(self):
        return connections[self.using]

    @property
    def range(self):
        """(lowest, highest) key of the model's records."""
        if self._range is None:
            self._range = keys.key_range(self.model, self.using)
        return self._range

    def _in_range(self, column="id"):
        low, high = self.range
        return f"{column} BETWEEN {int(low)} AND {int(high)}"

    # Writing ---------------------------------------------------------------------

    WRITE_CHUNK = 250
    # A write of more than one chunk (a rebuild, an import, the benchmark) lets the GIN
    # indexes' pending lists grow this far and merges them once at its end: merging a
    # few thousand records' words at once costs about 30% less than merging every 4 MB
    # (PostgreSQL's default) as the rows come in. Searches never see the larger list:
    # it is empty again when the write returns (docs/search.md, "The fast path").
    BULK_PENDING_LIST = "64MB"

    def write(self, objects, entries=None):
        """Write in chunks, pipelined: PostgreSQL builds the vectors of one chunk while
        Python prepares the text of the next. With ``entries`` (entries.Entries), each
        chunk's rows in modelsearch's index table go in the same pipeline."""
        objects = list(objects)
        if not objects:
            return
        low = self.range[0]
        local = keys.keys_for(self.model, [obj.pk for obj in objects], self.using, create=True)
        sql = (
            "WITH vectors AS MATERIALIZED (SELECT v.id, v.title, h.head, "
            "h.head || setweight(to_tsvector(%(config)s::regconfig, v.body), 'D') AS everything,"
            " array_to_tsvector(array_remove(string_to_array(v.auto, ' '), '')) AS auto,"
            " v.fingerprint "
            "FROM unnest(%(ids)s::bigint[], %(titles)s::text[], %(heads)s::text[], "
            "%(bodies)s::text[], %(autos)s::text[], %(fingerprints)s::text[]) "
            "AS v(id, title, head_text, body, auto, fingerprint), LATERAL (SELECT "
            "setweight(to_tsvector(%(config)s::regconfig, v.title), 'A') || "
            "setweight(to_tsvector(%(config)s::regconfig, v.head_text), 'B') AS head) AS h), "
            f"heads AS (INSERT INTO {HEAD} (id, title, head, autocomplete, fingerprint) "
            "SELECT id, title, head, auto, fingerprint FROM vectors "
            "ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, head = EXCLUDED.head, "
            "autocomplete = EXCLUDED.autocomplete, fingerprint = EXCLUDED.fingerprint) "
            f"INSERT INTO {MATCH} (id, everything) SELECT id, everything FROM vectors "
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
            if entries is not None:
                lengths = entries.title_lengths(cursor, length="length(title)")
                entry_sql = entries.postgres_sql()
            with self.connection.connection.pipeline():
                for start in range(0, len(objects), self.WRITE_CHUNK):
                    chunk = objects[start : start + self.WRITE_CHUNK]
                    prepared = [prepare(obj) for obj in chunk]
                    cursor.execute(
                        sql,
                        {
                            "config": self.config,
                            "ids": [
                                low + int(key) for key in local[start : start + self.WRITE_CHUNK]
                            ],
                            "titles": [item.title for item in prepared],
                            "heads": [item.head for item in prepared],
                            "bodies": [item.body for item in prepared],
                            "autos": [item.autocomplete for item in prepared],
                            "fingerprints": [item.fingerprint for item in prepared],
                        },
                    )
                    if entries is not None:
                        cursor.execute(entry_sql, entries.postgres_params(prepared, lengths))
            if bulk:
                cursor.execute(
                    "SELECT gin_clean_pending_list(%s::regclass), "
                    "gin_clean_pending_list(%s::regclass), "
                    "gin_clean_pending_list(%s::regclass), "
                    "set_config('gin_pending_list_limit', %s, true)",
                    [
                        f"{HEAD}_head",
                        f"{HEAD}_autocomplete",
                        f"{MATCH}_everything",
                        previous,
                    ],
                )

    def _owns_table(self):
        """gin_clean_pending_list() is for the indexes' owner; without it a bulk write
        keeps PostgreSQL's default pending list, which its inserts merge as they go."""
        if self._owner is None:
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_has_role(relowner, 'USAGE') FROM pg_class WHERE oid = %s::regclass",
                    [HEAD],
                )
                self._owner = bool(cursor.fetchone()[0])
        return self._owner

    def delete(self, pks):
        low = self.range[0]
        ids = [low + int(key) for key in keys.keys_for(self.model, pks, self.using) if key >= 0]
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"WITH gone AS (DELETE FROM {MATCH} WHERE id = ANY(%s)) "
                f"DELETE FROM {HEAD} WHERE id = ANY(%s)",
                [ids, ids],
            )

    def reset(self):
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"WITH gone AS (DELETE FROM {MATCH} WHERE {self._in_range()}) "
                f"DELETE FROM {HEAD} WHERE {self._in_range()}"
            )

    def fingerprints(self):
        """{pk: fingerprint} of everything in the table (for reconcile_index)."""
        low = self.range[0]
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id - %s, fingerprint FROM {HEAD} WHERE {self._in_range()}", [low]
            )
            found = dict(cursor.fetchall())
        pks = keys.pks_for(self.model, found, self.using)
        return {pks[key]: fingerprint for key, fingerprint in found.items() if key in pks}

    def indexed_pks(self):
        return list(self.fingerprints())

    # Reading (local keys) ----------------------------------------------------------

    def match(self, query):
        """The keys of every match, sorted. A broad word matches most of the table, so the
        keys come back as one string of 8-byte integers (``int8send``), read by numpy as
        it is: no Python integer per key (25 ms less for 670,000 keys than an array). They
        come in the table's order, which is mostly the keys' own, and are sorted here only
        when they are not (no sort, and no spill to disk, in the database)."""
        sql, params = tsquery(query, self.config)
        return self._keys(f"everything @@ {sql}", params)

    def _keys(self, where, params):
        low = self.range[0]
        self.connection.ensure_connection()
        with psycopg.Cursor(self.connection.connection) as cursor:
            cursor.execute(
                f"SELECT string_agg(int8send(id - {int(low)}), ''::bytea) FROM {MATCH} "
                f"WHERE {where} AND {self._in_range()}",
                params,
                binary=True,
                prepare=False,  # the best plan depends on the words
            )
            packed = cursor.fetchone()[0]
        found = np.frombuffer(packed or b"", dtype=">i8").astype(np.int64)
        if len(found) > 1 and not (found[1:] > found[:-1]).all():
            found.sort()
        return found

    def _any(self, any_words):
        sql = " || ".join(["plainto_tsquery(%s::regconfig, %s)"] * len(any_words))
        params = [value for word in any_words for value in (self.config, word)]
        return f"({sql})", params

    # ts_rank()'s weights of D, C, B and A: the head holds titles (A) and summaries (B).
    HEAD_WEIGHTS = "{0, 0.1, 0.4, 1.0}"

    def head_scores(self, any_words, among=None):
        """Objects with any of the words in title or head, with a score (higher is
        better). ``among`` (sorted keys), when given, limits the scoring to those: a
        filtered search ranks only what its filters let through."""
        if not any_words:
            return np.empty(0, dtype=np.int64), np.empty(0)
        low = self.range[0]
        sql, params = self._any(any_words)
        where = f"head @@ q AND {self._in_range()}"
        if among is not None:
            among = among[among >= 0]
            # Tens of thousands of keys, as a bitmap (bit n set for key n) that each title
            # and summary match is checked against. As an array of keys, PostgreSQL
            # estimated each element's selectivity (17 ms of planning at 76,000 keys) and,
            # once the table was analyzed, probed the primary key for every one of them
            # instead of taking the GIN index (170 ms instead of a few).
            local = f"(id - {int(low)})"
            where += f" AND CASE WHEN {local} < %s THEN get_bit(%b, {local}::int) = 1 END"
            params = [*params, *_bitmap(among)]
        self.connection.ensure_connection()
        with psycopg.Cursor(self.connection.connection) as cursor:
            cursor.execute(
                f"SELECT id - {int(low)}, ts_rank('{self.HEAD_WEIGHTS}', head, q) FROM {HEAD}, "
                f"(SELECT {sql} AS q) AS query WHERE {where}",
                params,
                prepare=False,
            )
            rows = cursor.fetchall()
        return _pairs(rows)

    def scores(self, query):
        """Every match with its score over all its text (title and head weigh most)."""
        low = self.range[0]
        sql, params = tsquery(query, self.config)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id - {int(low)}, ts_rank('{{0.1, 0.2, 0.4, 1.0}}', everything, q) "
                f"FROM {MATCH}, (SELECT {sql} AS q) AS query WHERE everything @@ q "
                f"AND {self._in_range()} ORDER BY id",
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
        counts, sampled, total = self._lexeme_sample()
        # A word's stem: what every form of it is indexed under.
        lexemes = {word: query_terms(word)[:1] for word in words}
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
            cursor.execute(f"SELECT count(*) FROM {MATCH} WHERE {self._in_range()}")
            total = cursor.fetchone()[0]
            source, least = MATCH, 1
            if total > 2 * self.SAMPLE_RECORDS:
                # SYSTEM samples whole pages (fast), the same pages every time, and with
                # them about this share of the model's records. A word in one record of
                # the sample is kept as if in none (there are many).
                percent = 100 * self.SAMPLE_RECORDS / total
                source += f" TABLESAMPLE SYSTEM ({percent:.6f}) REPEATABLE (0)"
                least = 2
            where = f"WHERE {self._in_range()}"
            # ts_stat() counts the records of each lexeme (four times faster than
            # unnest() and GROUP BY); the same pages are counted for the sample's size.
            cursor.execute(f"SELECT count(*) FROM {source} {where}")
            sampled = cursor.fetchone()[0]
            cursor.execute(
                "SELECT word, ndoc FROM ts_stat(%s) WHERE ndoc >= %s",
                [f"SELECT everything FROM {source} {where}", least],
            )
            counts = dict(cursor.fetchall())
        self._sample = (counts, sampled, total, time.monotonic())
        return self._sample[:3]

    def autocomplete(self, prefix_words, limit):
        """Objects whose AutocompleteFields have words starting like these, best first
        (then the shortest title)."""
        low = self.range[0]
        terms = " && ".join(["(%s || ':*')::tsquery"] * len(prefix_words))
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id - {int(low)} FROM {HEAD}, (SELECT {terms} AS q) AS query "
                f"WHERE autocomplete @@ q AND {self._in_range()} "
                "ORDER BY ts_rank(autocomplete, q) DESC, length(title), id LIMIT %s",
                [*(_quoted(word) for word in prefix_words), limit],
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


def fast_fuzzy_compilers():
    """(search, autocomplete) query compilers for ``Fuzzy`` queries of fast models:
    Wagtail's own PostgreSQL fuzzy search (pg_trgm's word similarity, or Levenshtein),
    its ordering, scores and errors, over the fast path's text instead of its index: the
    title as stored, and the words of everything (their stems, as the match table
    holds them)."""
    from django.contrib.postgres.search import TrigramWordSimilarity
    from django.db.models import Case, F, FloatField, TextField, Value, When
    from django.db.models.expressions import RawSQL
    from django.db.models.functions import Greatest

    from modelsearch.backends.database.postgres.postgres import (
        PostgresAutocompleteQueryCompiler,
        PostgresSearchQueryCompiler,
        WordLevenshteinSimilarity,
    )

    def text_of(queryset, sql):
        """The stored text of each row of the queryset's model (``sql`` selects it
        from h, the head table, and m, the match table, for the key ``k``)."""
        model = queryset.model
        quote = connections[queryset.db].ops.quote_name
        pk = f"{quote(model._meta.db_table)}.{quote(model._meta.pk.column)}"
        low = keys.key_range(model, queryset.db)[0]
        if keys.integer_pk(model):
            key, params = f"%s + {pk}", [low]
        else:
            content_type = keys.prefix(model, queryset.db) >> keys.LOCAL_BITS
            key = (
                "(SELECT %s + f.id FROM search_fastkey f WHERE f.content_type_id = %s "
                f"AND f.object_id = {pk}::text)"
            )
            params = [low, content_type]
        return RawSQL(
            f"(SELECT {sql} FROM {HEAD} h JOIN {MATCH} m ON m.id = h.id WHERE h.id = {key})",
            params,
            output_field=TextField(),
        )

    class FuzzyMixin:
        def _build_fuzzy_queryset(self, config, backend):
            search = fold(self.query.query_string)
            queryset = self.queryset.annotate(
                _fuzzy_title=text_of(self.queryset, "h.title"),
                _fuzzy_body=text_of(
                    self.queryset, "array_to_string(tsvector_to_array(m.everything), ' ')"
                ),
            )
            if backend.fuzzy_algorithm == "levenshtein":
                title = WordLevenshteinSimilarity(F("_fuzzy_title"), search)
                body = WordLevenshteinSimilarity(F("_fuzzy_body"), search)
            else:
                title = TrigramWordSimilarity(search, "_fuzzy_title")
                body = TrigramWordSimilarity(search, "_fuzzy_body")
            raw = Greatest(title, body, output_field=FloatField())
            ranked = raw
            if backend.fuzzy_prefix_boost > 0:
                boost = Value(1.0 + backend.fuzzy_prefix_boost)
                ranked = ranked * Case(
                    When(_fuzzy_title__startswith=search, then=boost),
                    default=Value(1.0),
                    output_field=FloatField(),
                )
            queryset = queryset.annotate(
                _fuzzy_raw_similarity=raw, _fuzzy_similarity=ranked
            ).filter(_fuzzy_raw_similarity__gte=backend.fuzzy_similarity_threshold)
            return queryset, F("_fuzzy_similarity")

    search = type("FastFuzzyCompiler", (FuzzyMixin, PostgresSearchQueryCompiler), {})
    autocomplete = type(
        "FastFuzzyAutocompleteCompiler", (FuzzyMixin, PostgresAutocompleteQueryCompiler), {}
    )
    return search, autocomplete
