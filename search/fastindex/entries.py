"""
modelsearch's index entry (``IndexEntry``) of each object of a fast model, written with
the fast path's own text in the same bulk write (sqlite.py, postgres.py) and removed
with the object (search/backends/database.py).

The stock backends' contract: every indexed object has one row in modelsearch's table,
with its content type (the model it was indexed as), its primary key as text, its title
and a title normalisation factor (``title_norm``), and on SQLite its row in the FTS5
table beside it (stock's triggers write it). Code that reads that table (modelsearch's
own tests, ``index_entries`` relations, admin tools) finds fast objects there like any
other.

What the row holds: the title only, as the stock index would have it from this site's
backend (the analysed terms of the SearchFields named "title", search/backends/
analysed.py; on PostgreSQL a vector of them in the stock configuration, weighted by
the field's boost, and the same text in ``title_text``). Body and autocomplete stay
empty: every search of a fast model, whatever its shape, is answered by the fast path
from its own tables, never from these columns, so their text would be a second copy
that nothing reads (docs/search.md, "The fast path": what it cost when measured).

``title_norm`` is set as the stock backend's refresh would set it (the average title
length over the table, this batch included, divided by the row's): left at 1.0, the
next stock refresh (any page save) would rewrite every such row, on SQLite through the
FTS5 trigger of each.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.encoding import force_str

from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.conf import get_app_config


def index_entry_model():
    return get_app_config().get_model("IndexEntry")


class Entries:
    """Where and how one model's index entries are written on one database."""

    def __init__(self, model, using, config=None):
        self.table = index_entry_model()._meta.db_table
        self.content_type_id = ContentType.objects.db_manager(using).get_for_model(model).pk
        self.config = config  # PostgreSQL: the stock text search configuration

    def title_lengths(self, cursor, length="LENGTH(title)"):
        """(sum, count) of the lengths of the non-empty titles in the table."""
        cursor.execute(
            f"SELECT COALESCE(SUM({length}), 0), COUNT(*) FROM {self.table} WHERE {length} > 0"
        )
        total, count = cursor.fetchone()
        return float(total), int(count)

    # SQLite ----------------------------------------------------------------------

    def sqlite_rows(self, cursor, prepared):
        """The rows of sqlite_sql() for some prepared objects (text.Prepared)."""
        total, count = self.title_lengths(cursor)
        lengths = [len(item.entry_title) for item in prepared]
        total += sum(lengths)
        count += sum(1 for length in lengths if length)
        average = total / count if count else 0.0
        return [
            (
                self.content_type_id,
                force_str(item.pk),
                average / length if length else 1.0,
                item.entry_title,
            )
            for item, length in zip(prepared, lengths, strict=True)
        ]

    def sqlite_sql(self):
        return (
            f"INSERT INTO {self.table} (content_type_id, object_id, title_norm, title, "
            "autocomplete, body) VALUES (%s, %s, %s, %s, '', '') "
            "ON CONFLICT (content_type_id, object_id) DO UPDATE SET "
            "title_norm = excluded.title_norm, title = excluded.title, "
            "autocomplete = excluded.autocomplete, body = excluded.body"
        )

    # PostgreSQL ------------------------------------------------------------------

    def postgres_sql(self):
        """One statement for a chunk: params from postgres_params()."""
        vector = (
            "to_tsvector(%(entry_config)s::regconfig, v.title)"
            if self.config
            else "to_tsvector(v.title)"
        )
        return (
            "WITH v AS MATERIALIZED (SELECT v.object_id, v.title, "
            f'setweight({vector}, v.weight::"char") AS vector '
            "FROM unnest(%(entry_ids)s::text[], %(entry_titles)s::text[], "
            "%(entry_weights)s::text[]) AS v(object_id, title, weight)), "
            "lengths AS (SELECT %(entry_total)s::float8 + COALESCE(SUM(length(vector)), 0) "
            "AS total, %(entry_count)s::bigint + COUNT(*) AS count FROM v "
            "WHERE length(vector) > 0) "
            f"INSERT INTO {self.table} (content_type_id, object_id, title, autocomplete, "
            "body, title_norm, title_text, body_text) "
            "SELECT %(entry_content_type)s, v.object_id, v.vector, ''::tsvector, "
            "''::tsvector, CASE WHEN length(v.vector) > 0 "
            "THEN lengths.total / lengths.count / length(v.vector) ELSE 1.0 END, "
            "v.title, '' FROM v, lengths "
            "ON CONFLICT (content_type_id, object_id) DO UPDATE SET "
            "title = EXCLUDED.title, autocomplete = EXCLUDED.autocomplete, "
            "body = EXCLUDED.body, title_norm = EXCLUDED.title_norm, "
            "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text"
        )

    def postgres_params(self, prepared, lengths):
        """``lengths``: title_lengths() of the table before the write."""
        params = {
            "entry_content_type": self.content_type_id,
            "entry_ids": [force_str(item.pk) for item in prepared],
            "entry_titles": [item.entry_title for item in prepared],
            "entry_weights": [get_weight(item.entry_boost) for item in prepared],
            "entry_total": lengths[0],
            "entry_count": lengths[1],
        }
        if self.config:
            params["entry_config"] = self.config
        return params
