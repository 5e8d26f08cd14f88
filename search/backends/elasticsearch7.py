from modelsearch.backends.elasticsearch7 import (
    Elasticsearch7SearchBackend,
    Elasticsearch7SearchResults,
)

from search.analysis.elasticsearch import DutchAnalysisMixin

from .fallback import with_fallback

# The index settings' decompounder gets its word list from search.analysis.
SearchBackend = with_fallback(
    type(
        Elasticsearch7SearchBackend.__name__, (DutchAnalysisMixin, Elasticsearch7SearchBackend), {}
    ),
    Elasticsearch7SearchResults,
)
