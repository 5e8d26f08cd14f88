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
"""

import threading

from django.db import DEFAULT_DB_ALIAS, connections

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
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()

    def objects(self, *values, using=DEFAULT_DB_ALIAS):
        """The model instances of the query for these values (Django's ``raw()``: its
        converters apply, annotations become attributes)."""
        sql, params, model = self._params(using, values)
        return list(model._default_manager.db_manager(using).raw(sql, params))
