from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        from django.core.signals import request_started

        from search.fastindex.registry import forget_checks

        from . import (
            checks,  # noqa: F401  (registers the system checks)
            engine_sync,
            freshness,
        )

        # Each request looks at the search change log afresh (once per model).
        request_started.connect(forget_checks, dispatch_uid="search.forget_checks")
        # A saved record's filter fields are read again at the next request (freshness.py).
        freshness.connect()
        # A changed many-to-many filter field is indexed again in the engine (engine_sync.py).
        engine_sync.connect()
