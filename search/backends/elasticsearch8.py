from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)

from search.analysis.elasticsearch import DutchAnalysisMixin

from .fallback import with_fallback

# The index settings' decompounder gets its word list from search.analysis.
SearchBackend = with_fallback(
    type(
        Elasticsearch8SearchBackend.__name__, (DutchAnalysisMixin, Elasticsearch8SearchBackend), {}
    ),
    Elasticsearch8SearchResults,
)
