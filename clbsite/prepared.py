"""
Queries that every request runs, compiled to SQL once per process.

Django turns a queryset into SQL each time it is evaluated. For the small queries every
page asks (the page itself, for every visitor), building and compiling the queryset
costs several times what the database needs to answer it. ``PreparedQuery`` compiles
the queryset once per database, with placeholder values where the per-request values
go, and then runs that SQL with the request's values:

    PAGE = PreparedQuery(lambda pk: NetworkPage.objects.filter(pk=pk).annotate(...))
    page = PAGE.objects(13)[0]

Only for querysets whose SQL does not depend on the values (no ``__in`` lists whose
length varies, no values that change the shape of the query). ``objects()`` gives model
instances through Django's ``raw()``, so Django's converters apply; ``row()`` gives the
first row as the database sends it.

On PostgreSQL these queries, and the others every member's request asks (the session,
the user, the page's restrictions, the search index's newest change, the motion of a
motion page: motionbank.access.readable_motion), also run as prepared statements
(``cursor()``): the server parses and plans each once per connection instead of on
every request. For such small queries planning is most of the server's work: the page
state, session, user and restrictions of a member's request took 4.2 ms together,
2.7 ms prepared (2026-12-06, Xeon). Django's own cursors bind
values on the client and never prepare; these do, and nothing else
(``DATABASE_PREPARED_STATEMENTS=0`` switches them off, for a pooler that cannot keep
prepared statements). Their SQL names its columns: a statement prepared before a
migration adds a column still returns what it did.
"""

import threading
from functools import cache

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.query import RawQuerySet
from django.db.models.sql.query import RawQuery

# Stand-ins for the per-request values while compiling: negative numbers, which no id
# takes, and small enough for a 32-bit column (Django leaves out-of-range values out).
MARKERS = (-2_119_040_001, -2_119_040_002, -2_119_040_003)  # within any integer column


class PreparedQuery:
    def __init__(self, build):
        self.build = build
        self._compiled = {}
        self._lock = threading.Lock()

    def _sql(self, using, count):
        key = (using, count)
        compiled = self._compiled.get(key)
        if compiled is None:
            queryset = self.build(*MARKERS[:count])
            sql, params = queryset.query.get_compiler(using).as_sql()
            places = [MARKERS.index(param) if param in MARKERS else None for param in params]
            if sum(place is not None for place in places) < count:
                raise ValueError("A value of a prepared query does not reach its SQL.")
            compiled = (sql, list(params), places, queryset.model)
            with self._lock:
                self._compiled[key] = compiled
        return compiled

    def _params(self, using, values):
        sql, params, places, model = self._sql(using, len(values))
        params = [
            values[place] if place is not None else param
            for param, place in zip(params, places, strict=True)
        ]
        return sql, params, model

    def row(self, *values, using=DEFAULT_DB_ALIAS):
        """The first row for these values as the database sends it (no converters:
        SQLite gives 0 and 1 for booleans and text for dates), or None."""
        sql, params, _model = self._params(using, values)
        with cursor(using) as prepared:
            prepared.execute(sql, params)
            return prepared.fetchone()

    def objects(self, *values, using=DEFAULT_DB_ALIAS):
        """The model instances of the query for these values (Django's ``raw()``: its
        converters apply, annotations become attributes)."""
        sql, params, model = self._params(using, values)
        return list(raw(model, sql, params, using=using))


def raw(model, sql, params, using=DEFAULT_DB_ALIAS):
    """``model.objects.raw(sql, params)``, run as a prepared statement."""
    return RawQuerySet(
        sql, model=model, query=_PreparedRawQuery(sql, using, params), params=params, using=using
    )


class _PreparedRawQuery(RawQuery):
    def clone(self, using):
        return _PreparedRawQuery(self.sql, using, params=self.params)

    def _execute_query(self):
        # As RawQuery's, with the preparing cursor (the values here are a tuple).
        adapt = connections[self.using].ops.adapt_unknown_value
        self.cursor = cursor(self.using)
        self.cursor.execute(self.sql, tuple(adapt(value) for value in self.params))


def prefetch(instance, relation, objects):
    """``instance.<relation>.all()`` answers ``objects`` without a query, as after
    ``prefetch_related(relation)`` (objects read in the same query as the instance).
    Adding or removing through the relation clears it, as Django's own prefetch."""
    queryset = filled(getattr(instance, relation).all(), objects)
    if not hasattr(instance, "_prefetched_objects_cache"):
        instance._prefetched_objects_cache = {}
    instance._prefetched_objects_cache[relation] = queryset


def filled(queryset, objects):
    """``queryset``, answering ``objects`` (read already) when iterated, counted or
    asked whether it has any; a changed copy (``order_by``, ``filter``) asks the
    database, as ever."""
    queryset._result_cache = list(objects)
    queryset._prefetch_done = True
    return queryset


def cursor(using=DEFAULT_DB_ALIAS):
    """A cursor whose statements PostgreSQL prepares (see the module's text), wrapped as
    Django wraps its own: the query log, ``execute_wrapper`` and ``assertNumQueries``
    see its queries. Django's own cursor on other databases, or when prepared statements
    are switched off."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return connection.cursor()
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    if connection.connection.prepare_threshold is None:
        return connection.cursor()
    with connection.wrap_database_errors:
        raw = _preparing_cursor_class()(connection.connection)
        _use_connection_time_zone(connection, raw)
        connection.validate_thread_sharing()
        if connection.queries_logged:
            return _debug_wrapper_class()(raw, connection)
        return connection.make_cursor(raw)


@cache
def _preparing_cursor_class():
    # Imported here: psycopg is there only when a PostgreSQL database is configured.
    from django.db.backends.postgresql.base import ServerBindingCursor

    class PreparingCursor(ServerBindingCursor):
        """Django's server-side binding cursor, preparing each statement at first use."""

        def execute(self, query, params=None, *, prepare=None, binary=None):
            prepare = True if prepare is None else prepare
            return super().execute(query, params, prepare=prepare, binary=binary)

    return PreparingCursor


@cache
def _debug_wrapper_class():
    from django.db.backends.postgresql.base import CursorDebugWrapper
    from django.db.backends.utils import CursorWrapper

    class PreparedDebugWrapper(CursorDebugWrapper):
        """Django's wrapper when queries are logged (DEBUG, tests): Django reads the SQL
        it logs from psycopg's client-side cursor, so for these it is composed here."""

        def execute(self, sql, params=None):
            logged = self.db.ops.compose_sql(sql, params) if params else sql
            with self.debug_sql(logged, params):
                return CursorWrapper.execute(self, sql, params)

    return PreparedDebugWrapper


def _use_connection_time_zone(connection, raw):
    """As Django's own cursors: timestamps come back in the connection's time zone."""
    from django.db.backends.postgresql.base import TIMESTAMPTZ_OID, Format, register_tzloader

    loader = connection.connection.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT)
    if connection.timezone != loader.timezone:
        register_tzloader(connection.timezone, raw)
