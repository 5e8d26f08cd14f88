"""
Elasticsearch and OpenSearch backends that never take the site down with them.

The modules beside this one (elasticsearch7/8/9, opensearch2/3) combine these mixins
with Wagtail's backend for that engine, adding two things:

- When the cluster cannot be reached, times out or answers with an error, the search (or
  the suggestions of ``autocomplete()``) is answered from the database backend
  (``FALLBACK_BACKEND``, kept up to date alongside) and the results say so
  (``used_fallback``), so the page can show a notice. A warning is logged.
- After a failure the cluster is left alone for ``BACKOFF`` seconds (a circuit breaker),
  so visitors do not each wait for the timeout while it is down.

Facet counts ask for every bucket (Elasticsearch returns ten by default).
See docs/search.md.
"""

import logging
import threading
import time
from collections import OrderedDict

from modelsearch.backends.base import FilterFieldError
from wagtail.search.backends import get_search_backend

logger = logging.getLogger("search.fallback")

MAX_FACET_BUCKETS = 1000


def _client_errors():
    """The exceptions that mean "the cluster did not answer properly", per client library."""
    errors = []
    for module_name in ("elasticsearch", "elastic_transport", "opensearchpy"):
        try:
            module = __import__(module_name)
        except ImportError:
            continue
        for name in ("TransportError", "ApiError", "ConnectionError", "ConnectionTimeout"):
            error = getattr(module, name, None)
            if isinstance(error, type) and issubclass(error, Exception):
                errors.append(error)
    return tuple(errors) or (OSError,)


CLIENT_ERRORS = _client_errors()


class CircuitBreaker:
    """Per-process memory of an unreachable cluster, shared by all backend instances."""

    def __init__(self):
        self._lock = threading.Lock()
        self._open_until = {}

    def is_open(self, key):
        return time.monotonic() < self._open_until.get(key, 0.0)

    def trip(self, key, seconds):
        with self._lock:
            self._open_until[key] = time.monotonic() + seconds

    def reset(self, key=None):
        with self._lock:
            if key is None:
                self._open_until.clear()
            else:
                self._open_until.pop(key, None)


breaker = CircuitBreaker()


class FallbackResultsMixin:
    @property
    def used_fallback(self):
        return getattr(self.query_compiler, "used_fallback", False)

    def _fallback_results(self):
        compiler = self.query_compiler
        compiler.used_fallback = True
        fallback = get_search_backend(self.backend.fallback_backend)
        # Suggestions (autocomplete) fall back to the database's suggestions, searches to
        # its search.
        if isinstance(compiler, self.backend.autocomplete_query_compiler_class):
            run = fallback.autocomplete
        else:
            run = fallback.search
        results = run(
            compiler.query,
            compiler.queryset,
            fields=compiler.fields,
            operator=getattr(compiler, "operator", None),
            order_by_relevance=compiler.order_by_relevance,
        )
        stop = None if self.stop is None else self.stop - self.start
        results._set_limits(self.start, stop)
        return results

    def _guarded(self, engine_call, fallback_call):
        key = self.backend.breaker_key
        if breaker.is_open(key):
            return fallback_call(self._fallback_results())
        try:
            return engine_call()
        except CLIENT_ERRORS as error:
            breaker.trip(key, self.backend.backoff)
            logger.warning(
                "Search engine %s failed (%s: %s); answering from the %r backend for the next "
                "%s seconds.",
                key,
                type(error).__name__,
                error,
                self.backend.fallback_backend,
                self.backend.backoff,
            )
            return fallback_call(self._fallback_results())

    def _do_search(self):
        return self._guarded(lambda: list(super(FallbackResultsMixin, self)._do_search()), list)

    def _do_count(self):
        return self._guarded(super()._do_count, lambda results: results.count())

    def facet(self, field_name):
        return self._guarded(
            lambda: self._engine_facet(field_name), lambda results: results.facet(field_name)
        )

    def facet_body(self, field_name):
        """The request body for one facet's counts: the search's query plus a terms
        aggregation over every value of the field."""
        field = self.query_compiler._get_filterable_field(field_name)
        if field is None:
            raise FilterFieldError(
                f'Cannot facet search results with field "{field_name}". Please add '
                f'index.FilterField("{field_name}") to '
                f"{self.query_compiler.queryset.model.__name__}.search_fields.",
                field_name=field_name,
            )
        body = self._get_es_body()
        column_name = self.query_compiler.mapping.get_field_column_name(field)
        body["aggregations"] = {
            field_name: {"terms": {"field": column_name, "missing": 0, "size": MAX_FACET_BUCKETS}}
        }
        return body

    def _engine_facet(self, field_name):
        response = self._backend_do_search(
            self.facet_body(field_name),
            index=self.backend.get_index_for_model(self.query_compiler.queryset.model).name,
            size=0,
        )
        return OrderedDict(
            (bucket["key"] if bucket["key"] != 0 else None, bucket["doc_count"])
            for bucket in response["aggregations"][field_name]["buckets"]
        )


class FallbackBackendMixin:
    def __init__(self, params):
        params = dict(params)
        self.fallback_backend = params.pop("FALLBACK_BACKEND", "database")
        self.backoff = float(params.pop("BACKOFF", 30))
        super().__init__(params)
        hosts = self.hosts if isinstance(self.hosts, list) else [self.hosts]
        self.breaker_key = ",".join(
            str(host.get("host") if isinstance(host, dict) else host)
            + (f":{host.get('port')}" if isinstance(host, dict) else "")
            for host in hosts
        )


def with_fallback(backend_class, results_class):
    """Wagtail's backend class for an engine, with fallback and circuit breaker."""
    results = type(results_class.__name__, (FallbackResultsMixin, results_class), {})
    return type(
        backend_class.__name__,
        (FallbackBackendMixin, backend_class),
        {"results_class": results, "__module__": backend_class.__module__},
    )
