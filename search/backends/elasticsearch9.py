from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchResults,
)

from search.analysis.elasticsearch import DutchAnalysisMixin

from .fallback import with_fallback

# The index settings' decompounder gets its word list from search.analysis.
SearchBackend = with_fallback(
    type(
        Elasticsearch9SearchBackend.__name__, (DutchAnalysisMixin, Elasticsearch9SearchBackend), {}
    ),
    Elasticsearch9SearchResults,
)
