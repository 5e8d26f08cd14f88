from django.apps import AppConfig
from django.db.models.signals import post_migrate


def create_fast_index_tables(using="default", **kwargs):
    """The full-text tables of the fast index exist before the first search or write."""
    from search.fastindex.registry import configured_fast_models, text_index_for

    for model in configured_fast_models():
        text_index_for(model, using).ensure()


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        from django.core.signals import request_started

        from search.fastindex.registry import forget_checks

        from . import (
            checks,  # noqa: F401  (registers the system checks)
            freshness,
        )

        post_migrate.connect(create_fast_index_tables, sender=self)
        # Each request looks at the search change log afresh (once per model).
        request_started.connect(forget_checks, dispatch_uid="search.forget_checks")
        # A saved record's filter fields are read again at the next request (freshness.py).
        freshness.connect()
