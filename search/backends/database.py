"""
The database search backend: Wagtail's, per database vendor, plus a fast path.

- Models listed in FAST_MODELS (motions, events) have their text in the fast path's
  shared text tables (``search.fastindex``), and each object its row in Wagtail's index
  table with its title only (modelsearch's contract: search/fastindex/entries.py),
  written in the same bulk write and removed with the object. Every search of them,
  whatever its shape, is answered there: text matches from the text tables (negations, boosts and
  nested ``MATCH_ALL``/``MATCH_NONE`` as set algebra over them, ``fields=`` checked on
  the named fields), filters, counts, facets and orderings on in-memory columns, and
  what the columns cannot answer (filters across relations, orderings by expressions)
  by the ORM on the caller's queryset. ``Fuzzy`` on PostgreSQL is Wagtail's own fuzzy
  search (pg_trgm), over the fast path's text. See docs/search.md, "The fast path".
- Every other model (pages, documents, images) uses Wagtail's backend for the
  vendor. On SQLite its BM25 ranking is weighted per column, so a word in the title
  counts for more than one in the body (the stock backend weighs every column alike).
- Text is analysed in Python (search.analysis.dutch: stems, compounds) for both
  indexes and every query (search/backends/analysed.py), so PostgreSQL only splits the
  terms (the ``simple`` configuration, SEARCH_CONFIG) and SQLite and PostgreSQL agree.

Selected in settings (clbsite/settings/search.py).
"""

from functools import cache

from django.db import connection, transaction
from django.db.models import FloatField, Func, QuerySet

from modelsearch.backends.database import SearchBackend as stock_database_backend
from modelsearch.index import class_is_indexed
from modelsearch.query import Fuzzy

from search.backends.analysed import AnalysedBackendMixin, AnalysedIndexMixin
from search.fastindex.entries import Entries
from search.fastindex.execution import (
    FastAutocompleteCompiler,
    FastQueryCompiler,
    FastSearchResults,
)
from search.fastindex.registry import (
    fast_model_labels,
    is_fast,
    record_changes,
    record_reset,
    text_index_for,
)


class WeightedBM25(Func):
    """bm25() over Wagtail's FTS5 table, one weight per column (autocomplete, body, title)."""

    output_field = FloatField()
    weights = (0.0, 1.0, 10.0)

    def __init__(self):
        super().__init__()

    def as_sql(self, compiler, connection, **extra):
        from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

        table = SQLiteFTSIndexEntry._meta.db_table
        weights = ", ".join(str(weight) for weight in self.weights)
        return f"bm25({table}, {weights})", []


class FastIndexMixin:
    """Fast models' text goes to the fast path's text tables and its change log, and
    each object has its row in Wagtail's (modelsearch's) index table, holding its title
    only (search/fastindex/entries.py), written in the same bulk write. Every other
    model is indexed by the stock index as it is."""

    def _fast(self, model):
        return self.backend.is_fast(model)

    def _text(self, model):
        return text_index_for(model, self.write_connection.alias, self.backend.text_config)

    def add_items(self, model, objs):
        if not self._fast(model):
            return super().add_items(model, objs)
        objs = list(objs)
        if objs:
            using = self.write_connection.alias
            entries = Entries(model, using, getattr(self.backend, "config", None))
            with transaction.atomic(using=using):
                self._text(model).write(objs, entries=entries)
                record_changes(model, [obj.pk for obj in objs], using)

    def delete_item(self, item):
        model = type(item)
        if not self._fast(model):
            return super().delete_item(item)
        with transaction.atomic(using=self.write_connection.alias):
            self._text(model).delete([item.pk])
            super().delete_item(item)  # its index entry, as the stock index removes it
            record_changes(model, [item.pk], self.write_connection.alias)

    def delete_stale_entries(self):
        # The stock index removes the entries of objects that are gone, fast or not.
        super().delete_stale_entries()
        for model in self.backend.fast_models():
            text = self._text(model)
            indexed = {str(pk): pk for pk in text.indexed_pks()}
            existing = {str(pk) for pk in model._default_manager.values_list("pk", flat=True)}
            stale = [pk for key, pk in indexed.items() if key not in existing]
            if stale:
                text.delete(stale)
                record_changes(model, stale, self.write_connection.alias)

    def reset(self):
        super().reset()
        for model in self.backend.fast_models():
            self._text(model).reset()
            record_reset(model, self.write_connection.alias)


class FastBackendMixin:
    def __init__(self, params):
        super().__init__(params)
        self.fast_labels = fast_model_labels(params)
        self.text_config = params.get("SEARCH_CONFIG") or "dutch"

    def is_fast(self, model):
        return is_fast(model, self.fast_labels)

    def fast_models(self):
        from django.apps import apps

        return [apps.get_model(label) for label in self.fast_labels]

    def document_counts(self, model, words, using="default"):
        """How common each word is among a fast model's records: ({word: how many have
        it, None for a word the index leaves out}, how many there are). Estimated from
        a sample on PostgreSQL, exact on SQLite (search.fastindex). None for other models."""
        if not self.is_fast(model):
            return None
        return text_index_for(model, using, self.text_config).document_counts(list(words))

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        queryset = (
            model_or_queryset
            if isinstance(model_or_queryset, QuerySet)
            else model_or_queryset._default_manager.all()
        )
        fields = kwargs.get("fields")
        if (
            not self.is_fast(queryset.model)
            or not class_is_indexed(queryset.model)
            or query == ""
            or (fields is not None and len(fields) == 0)
        ):
            return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
        autocomplete = query_compiler_class is self.autocomplete_query_compiler_class
        if isinstance(query, Fuzzy) and self.fuzzy_compilers is not None:
            # Wagtail's fuzzy search (its ordering, scores and errors), over our text.
            fuzzy_compiler = self.fuzzy_compilers[autocomplete]
            return super()._search(fuzzy_compiler, query, model_or_queryset, **kwargs)
        compiler_class = FastAutocompleteCompiler if autocomplete else FastQueryCompiler
        compiler = compiler_class(queryset, query, backend=self, **kwargs)
        compiler.check()
        compiler.plan()
        return FastSearchResults(self, compiler)

    fuzzy_compilers = None  # (search, autocomplete) compiler classes, where fuzzy works


def _combine(stock_backend_class, stock_index_class, name, **attributes):
    # Wagtail's index and its queries get the Dutch analysis (search/backends/analysed.py).
    index_class = type(
        f"Fast{stock_index_class.__name__}",
        (FastIndexMixin, AnalysedIndexMixin, stock_index_class),
        {},
    )
    return type(
        name,
        (FastBackendMixin, AnalysedBackendMixin, stock_backend_class),
        {"index_class": index_class, **attributes},
    )


@cache
def _sqlite_backend():
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteIndex,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class QueryCompiler(SQLiteSearchQueryCompiler):
        def _build_rank_expression(self, vectors, config):
            # bm25() is negative; lower is better, as the stock ordering expects.
            return WeightedBM25()

    return _combine(
        SQLiteSearchBackend, SQLiteIndex, "SQLiteBackend", query_compiler_class=QueryCompiler
    )


@cache
def _postgres_backend():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
    )

    from search.fastindex.postgres import fast_fuzzy_compilers

    return _combine(
        PostgresSearchBackend,
        PostgresIndex,
        "PostgresBackend",
        fuzzy_compilers=fast_fuzzy_compilers(),
    )


def SearchBackend(params):
    if connection.vendor == "postgresql":
        return _postgres_backend()(params)
    backend = stock_database_backend(params)
    # Without FTS5, Wagtail falls back to a plain LIKE backend; leave that as it is.
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        return _sqlite_backend()(params)
    return backend
