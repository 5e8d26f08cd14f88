"""
Running a search on the fast index: filters as masks over the column store, text
matches from the shared text tables, orderings and facet counts in memory, and one SQL
query for the page of objects that is shown.

Every shape of search is answered here (the fast models have no other index):

- words, phrases and their AND/OR are matched by the text tables in one query;
- ``Not``, ``Boost``, and ``MATCH_ALL``/``MATCH_NONE`` inside other queries are set
  algebra over the matches of their parts (masks over the store's rows); their
  ranking combines the parts' scores as Wagtail's database backend does;
- ``fields=``: the matches of the words anywhere, kept when the named fields have them;
- filters and orderings the in-memory columns answer become masks and sort orders;
  the others (across relations, on many-to-many fields, ``startswith``, expressions,
  sliced or annotated querysets) are answered by the ORM on the caller's queryset,
  once per search: the primary keys it keeps, in its order.
"""

from functools import reduce

from django.db.models import Count, Model
from django.db.models.expressions import BaseExpression
from django.db.models.sql import Query
from django.db.models.sql.constants import MULTI

from modelsearch.backends.base import (
    BaseSearchQueryCompiler,
    BaseSearchResults,
    FilterFieldError,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import And, Boost, MatchAll, Not, Or, Phrase, PlainText

import numpy as np

from search.queries import SomeOf

from .query import NoWords, prefixes, terms, word_parts
from .registry import filter_attnames, store_for, text_index_for
from .store import Unsupported, _kind
from .text import document_for, words

FULL_RANK_LIMIT = 5000  # score every match on all its text when there are this few
NARROW_FRACTION = 0.2  # filters keep less than this share: rank only what they keep
# The words together match less than this share (each of them more): rank only the matches.
FEW_MATCHES_FRACTION = 0.05
MATCH_CACHE_SIZE = 48  # text matches and scores kept per store (per process)

COLUMN_LOOKUPS = {"exact", "in", "isnull", "range", "gt", "gte", "lt", "lte"}
TEXT_LOOKUPS = {"exact", "in", "isnull"}  # on text columns (codes are not in text order)


def _remember(store, key, value):
    if len(store.match_cache) >= MATCH_CACHE_SIZE:
        store.match_cache.clear()
    store.match_cache[key] = value


def _is_match_none(query):
    return isinstance(query, Not) and isinstance(query.subquery, MatchAll)


KNOWN_QUERIES = (MatchAll, PlainText, Phrase, And, Or, Not, Boost)


def _check_query(query):
    """Raise NotImplementedError (as Wagtail's database backends do) for a query class
    the fast path does not know (Fuzzy, on SQLite)."""
    if not isinstance(query, KNOWN_QUERIES):
        raise NotImplementedError(
            f"`{type(query).__name__}` is not supported by the fast search path."
        )
    for sub in getattr(query, "subqueries", ()):
        _check_query(sub)
    if isinstance(query, (Not, Boost)):
        _check_query(query.subquery)


def _field_words(obj, fields):
    document = document_for(obj, fields)
    parts = document.title + document.head + document.body + document.autocomplete
    return words(" ".join(parts))


def _text_query_supported(query):
    """Words, phrases and their AND and OR: what the text tables match themselves."""
    if isinstance(query, (PlainText, Phrase)):
        return type(query) in (PlainText, Phrase)
    if isinstance(query, (And, Or)) and type(query) in (And, Or, SomeOf):
        return all(_text_query_supported(sub) for sub in query.subqueries)
    return False


ORM_ORDER = "orm"  # the ordering is the queryset's own, by the ORM


class FastQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "and"
    HANDLES_ORDER_BY_EXPRESSIONS = True
    field_class = SearchField  # what fields= names

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
        self._filters = None
        self._order_keys = None
        self._orm_pk_list = None
        self.match_count = 0

    # Planning --------------------------------------------------------------------

    def plan(self):
        """Decide how each part of the search is answered: the filters and the ordering
        by the in-memory columns where they can, by the ORM where they cannot."""
        self._check_text_query()
        sql_query = self.queryset.query
        plain = not (
            sql_query.is_sliced
            or sql_query.distinct
            or sql_query.combinator
            or sql_query.extra
            or sql_query.annotations
        )
        self._attnames, self._many_to_many = filter_attnames(self.queryset.model)
        try:
            if not plain:
                raise Unsupported("a sliced, distinct, combined or annotated queryset")
            self._filters = self._get_filters_from_queryset()
        except Unsupported:
            self._filters = self._orm_mask
        if self.needs_order:
            try:
                if not plain:
                    raise Unsupported("a sliced, distinct, combined or annotated queryset")
                self._order_keys = self._plan_order()
            except Unsupported:
                self._order_keys = ORM_ORDER

    def _orm_pks(self):
        """The primary keys the caller's queryset keeps, in its order (the ORM's answer
        to filters and orderings the columns do not hold), once per search."""
        if self._orm_pk_list is None:
            queryset = self.queryset
            sql_query = queryset.query
            if not (sql_query.is_sliced or sql_query.distinct_fields or sql_query.combinator):
                if not self.needs_order:
                    queryset = queryset.order_by()
                elif not sql_query.order_by and not (
                    sql_query.default_ordering and queryset.model._meta.ordering
                ):
                    queryset = queryset.order_by("-pk")  # as Wagtail's backends order
            self._orm_pk_list = list(dict.fromkeys(queryset.values_list("pk", flat=True)))
        return self._orm_pk_list

    def _orm_mask(self, store):
        mask = np.zeros(len(store), dtype=bool)
        rows = store.rows_for_object_pks(self._orm_pks(), missing=True)
        mask[rows[rows >= 0]] = True
        return mask

    def _orm_order(self, store):
        rows = store.rows_for_object_pks(self._orm_pks(), missing=True)
        return rows[rows >= 0]

    def _check_text_query(self):
        _check_query(self.query)

    @property
    def simple_text(self):
        """Words, phrases and their AND/OR over all the text: one query of the text
        tables, ranked by title and summary first."""
        return self.fields is None and _text_query_supported(self.query)

    @property
    def has_text(self):
        return not isinstance(self.query, MatchAll)

    @property
    def needs_order(self):
        return not (self.order_by_relevance and self.has_text)

    def _plan_order(self):
        model = self.queryset.model
        sql_query = self.queryset.query
        default = list(model._meta.ordering) if sql_query.default_ordering else []
        names = list(sql_query.order_by) or default or ["-pk"]
        order = []
        for name in names:
            if not isinstance(name, str) or name == "?" or "__" in name:
                raise Unsupported("ordering by an expression or across relations")
            reverse = name.startswith("-")
            name = name.lstrip("-")
            if name == "pk" or name == model._meta.pk.name:
                order.append(("pk", reverse))
                continue
            field = self._get_filterable_field(name)
            if field is None:
                try:
                    field = self._get_filterable_field(model._meta.get_field(name).attname)
                except Exception as error:
                    raise Unsupported(f"ordering by {name}") from error
            if field is None or field.get_attname(model) not in self._attnames:
                if field is not None and field.get_attname(model) in ("id", model._meta.pk.attname):
                    order.append(("pk", reverse))
                    continue
                raise Unsupported(f"ordering by {name}")
            order.append((field.get_attname(model), reverse))
        return order

    def order_keys(self):
        if self._order_keys is None:
            self._order_keys = self._plan_order()
        return self._order_keys

    # Filters as masks (checked when planned, evaluated on the store) --------------

    def _process_lookup(self, field_path, lookup, value):
        if len(field_path) != 1:
            raise Unsupported("filters across relations")
        model = self.queryset.model
        attname = field_path[0].get_attname(model)
        is_pk = attname in ("pk", model._meta.pk.attname) or (
            attname == "id" and attname not in self._attnames
        )
        if attname in self._many_to_many:
            raise Unsupported("filters on many-to-many fields")
        if not is_pk and attname not in self._attnames:
            raise Unsupported(f"{attname} is not a column of the store")
        if is_pk:
            from .keys import integer_pk

            if not integer_pk(model):
                raise Unsupported("filters on a primary key that is not an integer")
            kind = "int"
        else:
            model_field = next(f for f in model._meta.concrete_fields if f.attname == attname)
            kind = _kind(model_field)
        allowed = TEXT_LOOKUPS if kind == "str" else COLUMN_LOOKUPS
        if lookup not in allowed:
            raise Unsupported(f"lookup {lookup} on {attname}")
        if hasattr(value, "query") and isinstance(value.query, Query):
            value = value.query
        if isinstance(value, Query):
            return self._subquery_lookup(attname, lookup, value)
        if isinstance(value, (BaseExpression, Model)) or (
            isinstance(value, (list, tuple, set, frozenset))
            and any(isinstance(v, BaseExpression) for v in value)
        ):
            raise Unsupported("a filter on an expression")
        return lambda store: store.lookup(attname, lookup, value)

    def _subquery_lookup(self, attname, lookup, subquery):
        """A filter on a subquery: answered from the store when it asks for the records
        related to some values through a many-to-many field (a facet filter), otherwise
        by running the subquery once."""
        if lookup not in ("in", "exact"):
            raise Unsupported(f"lookup {lookup} on a subquery")

        def evaluate(store):
            mask = store.many_to_many_mask(subquery) if lookup == "in" else None
            if mask is not None and attname in ("id", store.model._meta.pk.attname):
                return mask
            chunks = subquery.get_compiler(self.using).execute_sql(MULTI)
            values = [row[0] for chunk in chunks for row in chunk] if chunks else []
            if lookup == "exact":
                # "= (SELECT ...)": the subquery's one value, nothing when it has none.
                if not values:
                    return np.zeros(len(store), dtype=bool)
                return store.lookup(attname, "exact", values[0])
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

    # Running ---------------------------------------------------------------------

    @property
    def text_index(self):
        return text_index_for(self.queryset.model, self.using, self.backend.text_config)

    def state(self):
        """(store, mask) for this search, computed once."""
        if self._state is None:
            if self._filters is None:
                self.plan()
            store = store_for(self.queryset.model, self.using)
            if self._filters == self._orm_mask or self._order_keys == ORM_ORDER:
                self._orm_pks()  # the ORM's query, before other searches wait for the lock
            with store.lock:
                if _is_match_none(self.query):
                    mask = np.zeros(len(store), dtype=bool)
                else:
                    mask = self._filters(store) & store.alive
                self.filtered_count = int(np.count_nonzero(mask))
                if self.has_text and self.filtered_count:
                    mask &= self._text_mask(store)
                self._state = (store, mask)
        return self._state

    def _text_mask(self, store):
        """Records whose text matches, cached in the store until it changes: the facet
        counts of one page reuse the match of its results."""
        key = (type(self).__name__, repr(self.query), self.fields and tuple(self.fields))
        cached = store.match_cache.get(key)
        if cached is None:
            if self.simple_text:
                cached = self._simple_match(store)
            else:
                mask = self._query_mask(store, self.query)
                if mask is None:
                    mask = np.zeros(len(store), dtype=bool)
                cached = (mask, int(np.count_nonzero(mask)))
            _remember(store, key, cached)
        mask, self.match_count = cached
        return mask

    def _simple_match(self, store):
        try:
            found = self.text_index.match(self.query)
            return store.mask_for_pks(found), len(found)
        except NoWords:
            return np.zeros(len(store), dtype=bool), 0

    def _query_mask(self, store, query):
        """The rows matching a query, as set algebra over the matches of its words and
        phrases; None when it has no searchable words (it neither narrows nor widens)."""
        if isinstance(query, MatchAll):
            return np.ones(len(store), dtype=bool)
        if isinstance(query, Not):
            inner = self._query_mask(store, query.subquery)
            return None if inner is None else ~inner
        if isinstance(query, Boost):
            return self._query_mask(store, query.subquery)
        if isinstance(query, (And, Or)):
            masks = [self._query_mask(store, sub) for sub in query.subqueries]
            masks = [mask for mask in masks if mask is not None]
            if not masks:
                return None
            return reduce(np.logical_and if isinstance(query, And) else np.logical_or, masks)
        try:
            found = self._leaf_keys(query)
        except NoWords:
            return None
        mask = store.mask_for_pks(found)
        if self.fields is not None:
            mask = self._in_fields(store, query, mask)
        return mask

    def _leaf_keys(self, query):
        """The keys of the records with a word query or phrase anywhere in their text."""
        return self.text_index.match(query)

    def _named_fields(self):
        wanted = set(self.fields)
        return [
            field
            for field in self.queryset.model.get_search_fields()
            if isinstance(field, self.field_class) and field.field_name in wanted
        ]

    def _in_fields(self, store, query, mask):
        """Of the rows in the mask (their text has the words somewhere), those whose
        named fields have them: the objects read once more and their fields checked."""
        fields = self._named_fields()
        kept = np.zeros(len(store), dtype=bool)
        rows = np.flatnonzero(mask)
        manager = self.queryset.model._base_manager.db_manager(self.using)
        for start in range(0, len(rows), 500):
            chunk = rows[start : start + 500]
            objects = manager.in_bulk(store.object_pks_of(chunk))
            for row, pk in zip(chunk, store.object_pks_of(chunk), strict=True):
                obj = objects.get(pk)
                if obj is not None and self._fields_have(query, _field_words(obj, fields)):
                    kept[row] = True
        return kept

    def _fields_have(self, query, found):
        wanted = words(query.query_string)
        if isinstance(query, Phrase):
            size = len(wanted)
            return any(found[i : i + size] == wanted for i in range(len(found) - size + 1))
        if query.operator.lower() == "or":
            return bool(set(wanted) & set(found))
        return set(wanted) <= set(found)

    def rows(self, start, stop):
        """Row numbers of the results from ``start`` to ``stop``, in order."""
        store, mask = self.state()
        stop = int(np.count_nonzero(mask)) if stop is None else stop
        if not self.needs_order:
            return self._relevance_rows(store, mask, stop)[start:stop]
        keys = self.order_keys()
        order = self._orm_order(store) if keys == ORM_ORDER else store.order(keys)
        return _first_in_order(order, mask, stop)[start:stop]

    def _relevance_rows(self, store, mask, stop):
        """Best first (a ``SomeOf``: those with the most of it first)."""
        if not self.match_count or not mask.any():
            return np.empty(0, dtype=np.int64)
        if isinstance(self.query, SomeOf) and self.simple_text:
            return self._coordinated_rows(store, mask, stop)
        return self._ranked_rows(store, mask, stop)

    def _coordinated_rows(self, store, mask, stop):
        """The matches of a ``SomeOf`` with the most of it first. Those with all of it
        rank as the search for all of it would rank them (an ``And`` of its parts),
        the others by their score for the words they have. Only the best levels that
        fill the page are scored."""
        levels = self._levels(store)
        rows = np.flatnonzero(mask)
        found = levels[rows]
        whole = float(len(self.query.subqueries))
        full = np.zeros(len(store), dtype=bool)
        kept = np.zeros(len(store), dtype=bool)
        count = 0
        for level in np.unique(found)[::-1]:
            tier = rows[found == level]
            (full if level >= whole else kept)[tier] = True
            count += len(tier)
            if count >= stop:
                break
        ranked = []
        if full.any():
            strict = self._ranked_rows(store, full, count, And(self.query.subqueries))
            ranked.append(strict)
            kept[full] = True
            kept[strict] = False  # any the strict search does not score: by their score
        others = self._ranked_rows(store, kept, count)
        ranked.append(others[np.argsort(-levels[others], kind="stable")])
        return np.concatenate(ranked)

    def _levels(self, store):
        """How much of the query each record has (a float per row), kept with the text
        matches: every part of a ``SomeOf`` counts 1, a compound word found only by
        some of its parts the share of them it has."""
        return self._remembered(
            store,
            ("levels", repr(self.query)),
            lambda: np.round(self._level(store, self.query, top=True), 6),
        )

    def _level(self, store, query, top=False):
        """A query's level per row: the sum of its parts' at the top (a SomeOf, or the
        words of a PlainText), otherwise the best of an Or's, the mean of an And's and
        of a PlainText's words. Zeros for a query without searchable words."""
        if isinstance(query, (And, Or)) or (
            isinstance(query, PlainText) and len(words(query.query_string)) > 1
        ):
            if isinstance(query, PlainText):
                # Words: the sum of theirs at the top, else the share of them it has.
                subs = [whole for whole, _parts in word_parts(query.query_string)]
                add = top and query.operator.lower() == "or"
                best = False
            else:
                subs = query.subqueries
                add = top and isinstance(query, Or)
                best = isinstance(query, Or)
            found = [self._level(store, sub) for sub in subs]
            if not found:
                return np.zeros(len(store))
            if add:
                return reduce(np.add, found)
            return reduce(np.maximum, found) if best else reduce(np.add, found) / len(found)
        if isinstance(query, PlainText):
            found = word_parts(query.query_string)
            if not found:
                return np.zeros(len(store))
            whole, parts = found[0]
            level = self._matched(store, whole)
            if parts:
                share = reduce(np.add, [self._matched(store, part) for part in parts])
                level = np.maximum(level, share / len(parts))
            return level
        return self._matched(store, query)

    def _matched(self, store, query):
        """1.0 for the rows whose text matches a word query or phrase, else 0.0."""
        try:
            found = self.text_index.match(query)
        except NoWords:
            return np.zeros(len(store))
        return store.mask_for_pks(found).astype(np.float64)

    def _ranked_rows(self, store, mask, stop, query=None):
        """Best first. With few matches every match is scored on all its text (title
        and summary weigh most), those with a query word in the title or summary
        before those with them only further in the text. With many, only what can be
        shown is ranked: matches with a query word in the title or summary first, by their
        score over those short columns, then the rest newest first. ``query``: another
        query to rank by than the search's own (words of it, or all of a SomeOf)."""
        query = self.query if query is None else query
        if not self.simple_text or self.match_count <= min(
            FULL_RANK_LIMIT, self.text_index.full_rank_limit
        ):
            found, scores = self.scores(store, query)
            if not self.simple_text or isinstance(query, SomeOf):
                return self._sorted_by_score(store, mask, found, scores)
            in_head = self._in_head(store, query)
            rows = store.rows_of(found)
            kept = rows >= 0
            rows, scores = rows[kept], scores[kept]
            keep = mask[rows]
            rows, scores = rows[keep], scores[keep]
            return rows[np.lexsort((-store.pks[rows], -scores, ~in_head[rows]))]
        few_kept = self.filtered_count < NARROW_FRACTION * len(store)
        few_matches = int(np.count_nonzero(mask)) < FEW_MATCHES_FRACTION * len(store)
        narrow = few_kept or few_matches
        head_rows = self._head_rows(store, mask, list(dict.fromkeys(terms(query))), narrow)
        if len(head_rows) >= stop:
            return head_rows
        rest = mask.copy()
        rest[head_rows] = False
        order = store.order([("pk", True)])
        return np.concatenate([head_rows, _first_in_order(order, rest, stop - len(head_rows))])

    def scores(self, store, query=None):
        """(keys, scores) of every match, kept with the text matches. ``query``: the
        words to score by, when not the search's own."""
        if query is not None and query is not self.query:
            return self._remembered(
                store, ("scores", repr(query)), lambda: self.text_index.scores(query)
            )
        if not self.simple_text:
            key = ("scores", type(self).__name__, repr(self.query), tuple(self.fields or ()))
            return self._remembered(
                store, key, lambda: (store.pks, self._score_rows(store, self.query))
            )
        return self._remembered(
            store, ("scores", repr(self.query)), lambda: self.text_index.scores(self.query)
        )

    def _score_rows(self, store, query):
        """Every row's score for a query, combined from its parts' as Wagtail's database
        backends do: an AND multiplies (1 + score), an OR averages, a boost multiplies,
        a negation scores nothing."""
        if isinstance(query, (MatchAll, Not)):
            return np.zeros(len(store))
        if isinstance(query, Boost):
            return self._score_rows(store, query.subquery) * query.boost
        if isinstance(query, And):
            product = np.ones(len(store))
            for sub in query.subqueries:
                product *= 1 + self._score_rows(store, sub)
            return product - 1
        if isinstance(query, Or):
            total = np.zeros(len(store))
            for sub in query.subqueries:
                total += self._score_rows(store, sub)
            return total / (len(query.subqueries) or 1)
        scores = np.zeros(len(store))
        try:
            found, found_scores = self._leaf_scores(query)
        except NoWords:
            return scores
        rows = store.rows_of(found)
        scores[rows[rows >= 0]] = found_scores[rows >= 0]
        return scores

    def _leaf_scores(self, query):
        return self.text_index.scores(query)

    def _in_head(self, store, query):
        """Per row: whether the title or summary has a query word (its stem or form as
        typed, or a compound with it as a part), kept with the text matches."""

        def compute():
            words = list(dict.fromkeys(terms(query)))
            among = store.pks.take(np.flatnonzero(self._text_mask(store)))
            found, _scores = self.text_index.head_scores(words, among=np.sort(among))
            return store.mask_for_pks(found)

        return self._remembered(store, ("in head", repr(query)), compute)

    def _head_rows(self, store, mask, words, narrow):
        """The matches with a query word in the title or summary, best first, scored in
        the database (only among the matches when they are few)."""
        if narrow:
            among = store.pks.take(np.flatnonzero(mask))
            found, scores = self.text_index.head_scores(words, among=among)
        else:
            found, scores = self._remembered(
                store, ("head", tuple(words)), lambda: self.text_index.head_scores(words)
            )
        return self._sorted_by_score(store, mask, found, scores)

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
    def _sorted_by_score(store, mask, found, scores):
        """Rows of the given keys that are in the mask, best score first, then newest."""
        rows = store.rows_of(found)
        kept = rows >= 0
        rows, scores = rows[kept], scores[kept]
        keep = mask[rows]
        rows, scores = rows[keep], scores[keep]
        return rows[np.lexsort((-store.pks[rows], -scores))]

    def count(self):
        _store, mask = self.state()
        return int(np.count_nonzero(mask))

    def facet(self, field_name):
        store, mask = self.state()
        return store.counts(field_name, mask)

    def score_of_rows(self, store, rows):
        """The relevance score of some rows (0.0 without words)."""
        if not self.has_text or _is_match_none(self.query):
            return [0.0] * len(rows)
        try:
            found, scores = self.scores(store)
        except NoWords:
            return [0.0] * len(rows)
        by_row = dict(zip(store.rows_of(found).tolist(), scores.tolist(), strict=True))
        return [float(by_row.get(int(row), 0.0)) for row in rows]


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
    """Objects whose AutocompleteFields start words with what was typed, best first."""

    AUTOCOMPLETE_LIMIT = 500
    autocomplete_order = np.empty(0, dtype=np.int64)  # until the text is matched

    field_class = AutocompleteField
    EVERY_MATCH = 1_000_000_000  # no limit: the matches of a part of a larger query

    @property
    def simple_text(self):
        """Words that must all match, in every AutocompleteField: the best few hundred
        matches, in the text index's order."""
        query = self.query
        return self.fields is None and type(query) is PlainText and query.operator.lower() == "and"

    def _text_mask(self, store):
        if not self.simple_text:
            return super()._text_mask(store)
        words = prefixes(self.query)
        found = (
            self.text_index.autocomplete(words, limit=self.AUTOCOMPLETE_LIMIT)
            if words
            else np.empty(0, dtype=np.int64)
        )
        self.autocomplete_order = found.astype(np.int64)
        self.match_count = len(found)
        return store.mask_for_pks(self.autocomplete_order)

    def _leaf_keys(self, query):
        typed = prefixes(query)
        if not typed:
            raise NoWords()
        if getattr(query, "operator", "and").lower() == "or":
            found = [self.text_index.autocomplete([word], limit=self.EVERY_MATCH) for word in typed]
            return np.unique(np.concatenate(found))
        return np.sort(self.text_index.autocomplete(typed, limit=self.EVERY_MATCH))

    def _leaf_scores(self, query):
        found = self._leaf_keys(query)
        return found, np.zeros(len(found))

    def _fields_have(self, query, found):
        typed = prefixes(query)
        starts = [any(word.startswith(prefix) for word in found) for prefix in typed]
        if getattr(query, "operator", "and").lower() == "or":
            return any(starts)
        return all(starts)

    def _relevance_rows(self, store, mask, stop):
        if not self.simple_text:
            return super()._relevance_rows(store, mask, stop)
        # The text index's order (best matches first), as far as the mask keeps them.
        rows = store.rows_of(self.autocomplete_order)
        rows = rows[rows >= 0]
        return rows[mask[rows]]

    def score_of_rows(self, store, rows):
        return [0.0] * len(rows)


class FastSearchResults(BaseSearchResults):
    supports_facet = True

    def _do_search(self):
        compiler = self.query_compiler
        store, _mask = compiler.state()
        rows = compiler.rows(self.start, self.stop)
        if not len(rows):
            return []
        pks = store.object_pks_of(rows)
        # The caller's queryset once more: only what it allows is ever shown.
        found = _visible(compiler.queryset).in_bulk(pks)
        results = []
        scores = compiler.score_of_rows(store, rows) if self._score_field else None
        for index, pk in enumerate(pks):
            obj = found.get(pk)
            if obj is None:
                continue
            if scores is not None:
                setattr(obj, self._score_field, scores[index])
            results.append(obj)
        return results

    def _do_count(self):
        total = self.query_compiler.count()
        stop = total if self.stop is None else min(total, self.stop)
        return max(0, stop - self.start)

    def facet(self, field_name):
        compiler = self.query_compiler
        field = compiler._get_filterable_field(field_name)
        if field is None:
            raise FilterFieldError(
                f'Cannot facet search results with field "{field_name}". Please add '
                f"index.FilterField('{field_name}') to "
                f"{compiler.queryset.model.__name__}.search_fields.",
                field_name=field_name,
            )
        store, _mask = compiler.state()
        attname = field.get_attname(compiler.queryset.model)
        if attname not in store.columns and attname not in store.many_to_many:
            # Not a column of the store: counted by the database, as modelsearch does.
            return _orm_counts(compiler, store, field_name)
        counts = compiler.facet(attname if attname in store.columns else field_name)
        return dict(sorted(counts.items(), key=lambda item: -item[1]))


def _visible(queryset):
    """The caller's queryset, ready to fetch a page of results by primary key. A sliced
    or combined one cannot be filtered further: its primary keys already decided the
    results (``FastQueryCompiler._orm_pks``), so the model's own manager fetches them."""
    query = queryset.query
    if query.is_sliced or query.combinator or query.distinct_fields:
        return queryset.model._default_manager.db_manager(queryset.db).all()
    return queryset.order_by()


def _orm_counts(compiler, store, field_name):
    """{value: count} of a field the store does not hold, over the results."""
    _store, mask = compiler.state()
    pks = store.object_pks_of(np.flatnonzero(mask))
    manager = compiler.queryset.model._base_manager.db_manager(compiler.using)
    counts = {}
    for start in range(0, len(pks), 2000):
        rows = (
            manager.filter(pk__in=pks[start : start + 2000])
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by()
        )
        for row in rows:
            counts[row[field_name]] = counts.get(row[field_name], 0) + row["count"]
    return dict(sorted(counts.items(), key=lambda item: -item[1]))
