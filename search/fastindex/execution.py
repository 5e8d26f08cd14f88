"""
Running a search on the fast index: filters as masks over the column store, text
matches from the model's full-text table, orderings and facet counts in memory, and
one SQL query for the page of objects that is shown.
"""

from functools import reduce

from django.db.models.expressions import RawSQL
from django.db.models.sql import Query
from django.db.models.sql.constants import MULTI

from modelsearch.backends.base import BaseSearchQueryCompiler, BaseSearchResults
from modelsearch.query import MatchAll, Not

import numpy as np

from .query import NoWords, prefixes, terms
from .registry import store_for, text_index_for
from .store import Unsupported

FULL_RANK_LIMIT = 5000  # score every match on all its text when there are this few
NARROW_FRACTION = 0.2  # filters keep less than this share: rank only what they keep
# The words together match less than this share (each of them more): rank only the matches.
FEW_MATCHES_FRACTION = 0.05


MATCH_CACHE_SIZE = 48  # text matches and scores kept per store (per process)


def _remember(store, key, value):
    if len(store.match_cache) >= MATCH_CACHE_SIZE:
        store.match_cache.clear()
    store.match_cache[key] = value


class FastQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "and"
    HANDLES_ORDER_BY_EXPRESSIONS = False

    def __init__(
        self, queryset, query, fields=None, operator=None, order_by_relevance=True, *, backend=None
    ):
        super().__init__(
            queryset, query, fields=fields, operator=operator, order_by_relevance=order_by_relevance
        )
        self.backend = backend
        self.operator = operator
        self.using = queryset.db
        self._state = None
        self.match_count = 0

    # Filters as masks ------------------------------------------------------------

    def _process_lookup(self, field_path, lookup, value):
        if len(field_path) != 1:
            raise Unsupported("filters across relations")
        attname = field_path[0].get_attname(self.queryset.model)
        if hasattr(value, "query") and isinstance(value.query, Query):
            value = value.query
        if isinstance(value, Query):
            return self._subquery_lookup(attname, lookup, value)
        return lambda store: store.lookup(attname, lookup, value)

    def _subquery_lookup(self, attname, lookup, subquery):
        """``pk__in`` a subquery: answered from the store when it asks for the records
        related to some values through a many-to-many field (a facet filter), otherwise
        by running the subquery once."""

        def evaluate(store):
            mask = store.many_to_many_mask(subquery) if lookup == "in" else None
            if mask is not None and attname in ("id", store.model._meta.pk.attname):
                return mask
            chunks = subquery.get_compiler(self.using).execute_sql(MULTI)
            values = [row[0] for chunk in chunks for row in chunk] if chunks else []
            return store.lookup(attname, lookup, values)

        return evaluate

    def _process_match_none(self):
        return lambda store: np.zeros(len(store), dtype=bool)

    def _connect_filters(self, filters, connector, negated):
        def combined(store):
            masks = [each(store) for each in filters if each is not None]
            if not masks:
                result = np.ones(len(store), dtype=bool)
            else:
                op = np.logical_and if connector == "AND" else np.logical_or
                result = reduce(op, masks)
            return ~result if negated else result

        return combined

    # Planning --------------------------------------------------------------------

    @property
    def text_index(self):
        return text_index_for(self.queryset.model, self.using, self.backend.text_config)

    @property
    def has_text(self):
        return not isinstance(self.query, MatchAll)

    def order_keys(self):
        model = self.queryset.model
        names = list(self.queryset.query.order_by) or list(model._meta.ordering) or ["-pk"]
        keys = []
        for name in names:
            if not isinstance(name, str):
                raise Unsupported("ordering by an expression")
            reverse = name.startswith("-")
            name = name.lstrip("-")
            if name in ("pk", "id", model._meta.pk.name):
                keys.append(("pk", reverse))
                continue
            field = self._get_filterable_field(name) or self._get_filterable_field(
                model._meta.get_field(name).attname
            )
            if field is None:
                raise Unsupported(f"ordering by {name}")
            keys.append((field.get_attname(model), reverse))
        return keys

    def state(self):
        """(store, mask) for this search, computed once."""
        if self._state is None:
            if isinstance(self.query, Not):
                raise Unsupported("negated queries")
            store = store_for(self.queryset.model, self.using)
            with store.lock:
                mask = self._get_filters_from_queryset()(store) & store.alive
                self.filtered_count = int(np.count_nonzero(mask))
                if self.has_text:
                    mask &= self._text_mask(store)
                self._state = (store, mask)
        return self._state

    def _text_mask(self, store):
        """Records whose text matches, cached in the store until it changes: the facet
        counts of one page reuse the match of its results."""
        key = repr(self.query)
        cached = store.match_cache.get(key)
        if cached is None:
            match_mask = getattr(self.text_index, "match_mask", None)
            try:
                if match_mask is not None:
                    cached = match_mask(self.query, store)
                else:
                    pks = self.text_index.match(self.query)
                    cached = (store.mask_for_pks(pks), len(pks))
            except NoWords:
                cached = (np.zeros(len(store), dtype=bool), 0)
            _remember(store, key, cached)
        mask, self.match_count = cached
        return mask

    def rows(self, start, stop):
        """Row numbers of the results from ``start`` to ``stop``, in order."""
        store, mask = self.state()
        stop = int(np.count_nonzero(mask)) if stop is None else stop
        if self.order_by_relevance and self.has_text:
            return self._relevance_rows(store, mask, stop)[start:stop]
        order = store.order(self.order_keys())
        return _first_in_order(order, mask, stop)[start:stop]

    def _relevance_rows(self, store, mask, stop):
        """Best first. With few matches every match is scored on all its text (title
        and summary weigh most). With many, only what can be shown is ranked: matches
        with a query word in the title or summary first, by their score over those short
        columns, then the rest in the default order (newest first)."""
        matched = self.match_count
        if not matched:
            return np.empty(0, dtype=np.int64)
        if matched <= min(FULL_RANK_LIMIT, self.text_index.full_rank_limit):
            pks, scores = self._remembered(
                store, ("scores", repr(self.query)), lambda: self.text_index.scores(self.query)
            )
            return self._sorted_by_score(store, mask, pks, scores)
        few_kept = self.filtered_count < NARROW_FRACTION * len(store)
        few_matches = int(np.count_nonzero(mask)) < FEW_MATCHES_FRACTION * len(store)
        narrow = few_kept or few_matches
        head_rows = self._head_rows(store, mask, list(dict.fromkeys(terms(self.query))), narrow)
        if len(head_rows) >= stop:
            return head_rows
        rest = mask.copy()
        rest[head_rows] = False
        order = store.order(self.order_keys())
        return np.concatenate([head_rows, _first_in_order(order, rest, stop - len(head_rows))])

    def _head_rows(self, store, mask, words, narrow):
        """The matches with a query word in the title or summary, best first: from the
        common words kept in memory where the text index keeps them, otherwise scored
        in the database (only among the matches when they are few)."""
        kept = getattr(self.text_index, "kept_head_scores", None)
        found = kept(words, store, mask) if kept is not None else None
        if found is not None:
            return _rows_by_score(store, mask, *found)
        if narrow:
            among = store.pks.take(np.flatnonzero(mask))
            pks, scores = self.text_index.head_scores(words, among=among)
        else:
            pks, scores = self._remembered(
                store, ("head", tuple(words)), lambda: self.text_index.head_scores(words)
            )
        return self._sorted_by_score(store, mask, pks, scores)

    @staticmethod
    def _remembered(store, key, compute):
        """``compute()``, kept with the text matches until the store changes: the next
        search for the same words (another page, other filters) does not score again."""
        cached = store.match_cache.get(key)
        if cached is None:
            cached = compute()
            _remember(store, key, cached)
        return cached

    @staticmethod
    def _sorted_by_score(store, mask, pks, scores):
        """Rows of the given ids that are in the mask, best score first, then newest id."""
        rows = store.rows_of(pks)
        found = rows >= 0
        return _rows_by_score(store, mask, rows[found], scores[found])

    def count(self):
        store, mask = self.state()
        return int(np.count_nonzero(mask))

    def facet(self, field_name):
        store, mask = self.state()
        return store.counts(field_name, mask)

    # The SQL path, for what the store cannot do ---------------------------------------

    def sql_queryset(self):
        queryset = self.queryset
        if self.has_text:
            try:
                sql, params = self.text_index.match_sql(self.query)
            except NoWords:
                return queryset.none()
            queryset = queryset.filter(pk__in=RawSQL(sql, params))
        if self.order_by_relevance or not queryset.query.order_by:
            queryset = queryset.order_by(*(queryset.query.order_by or ["-pk"]))
        return queryset


def _rows_by_score(store, mask, rows, scores):
    """The rows that are in the mask, best score first, then newest id."""
    keep = mask[rows]
    rows, scores = rows[keep], scores[keep]
    return rows[np.lexsort((-store.pks[rows], -scores))]


def _first_in_order(order, mask, stop):
    """The first ``stop`` rows of ``order`` that are in the mask. Read in growing pieces:
    the first page of a broad search is among the first hundreds of rows, and a pass
    over all of them (a million at most) costs milliseconds."""
    found, count, start, piece = [], 0, 0, max(1024, 8 * stop)
    while start < len(order) and count < stop:
        chunk = order[start : start + piece]
        hits = chunk[mask[chunk]]
        found.append(hits)
        count += len(hits)
        start += piece
        piece *= 8
    return np.concatenate(found)[:stop] if found else np.empty(0, dtype=np.int64)


class FastAutocompleteCompiler(FastQueryCompiler):
    """Titles that start words with what was typed, shortest and best matches first."""

    def _text_mask(self, store):
        words = prefixes(self.query)
        pks = self.text_index.autocomplete(words, limit=500) if words else np.empty(0)
        self.autocomplete_order = pks.astype(np.int64)
        self.match_count = len(pks)
        return store.mask_for_pks(self.autocomplete_order)

    def _relevance_rows(self, store, mask, stop):
        rows = store.rows_for_pks(self.autocomplete_order)
        # keep the engine's order (best title matches first)
        position = {int(pk): i for i, pk in enumerate(self.autocomplete_order)}
        rows = np.array(
            sorted(rows[mask[rows]], key=lambda r: position[int(store.pks[r])]), dtype=np.int64
        )
        return rows


class FastSearchResults(BaseSearchResults):
    supports_facet = True

    def _fast(self):
        compiler = self.query_compiler
        if getattr(compiler, "unsupported", False):
            return False
        try:
            compiler.state()
        except Unsupported:
            compiler.unsupported = True
            return False
        return True

    def _do_search(self):
        if not self._fast():
            return list(self.query_compiler.sql_queryset()[self.start : self.stop])
        store, _mask = self.query_compiler.state()
        rows = self.query_compiler.rows(self.start, self.stop)
        pks = [int(pk) for pk in store.pks[rows]]
        if not pks:
            return []
        # The caller's queryset once more: only what it allows is ever shown.
        found = self.query_compiler.queryset.order_by().in_bulk(pks)
        return [found[pk] for pk in pks if pk in found]

    def _do_count(self):
        if not self._fast():
            return self.query_compiler.sql_queryset()[self.start : self.stop].count()
        total = self.query_compiler.count()
        stop = total if self.stop is None else min(total, self.stop)
        return max(0, stop - self.start)

    def facet(self, field_name):
        if not self._fast():
            from collections import OrderedDict

            from django.db.models import Count

            rows = (
                self.query_compiler.sql_queryset()
                .order_by()
                .values(field_name)
                .annotate(count=Count("pk"))
                .order_by("-count")
            )
            return OrderedDict((row[field_name], row["count"]) for row in rows)
        counts = self.query_compiler.facet(field_name)
        return dict(sorted(counts.items(), key=lambda item: -item[1]))
