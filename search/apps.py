from django.apps import AppConfig, apps


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
            synonyms,
        )

        # Each request looks at the search change log afresh (once per model).
        request_started.connect(forget_checks, dispatch_uid="search.forget_checks")
        # A saved record's filter fields are read again at the next request (freshness.py).
        freshness.connect()
        # The cached synonym map is dropped when staff change an entry (synonyms.py).
        synonyms.connect()
        # A saved page, motion or event adds its new words to the vocabulary (suggestions.py),
        # which reads pages: not where this app runs without Wagtail, in modelsearch's own
        # test project (tests/peer).
        if apps.is_installed("wagtail"):
            from . import suggestions

            suggestions.connect()
        # A changed many-to-many filter field is indexed again in the engine (engine_sync.py).
        engine_sync.connect()
