from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend, OpenSearch3SearchResults

from search.analysis.elasticsearch import DutchAnalysisMixin

from .fallback import with_fallback

# The index settings' decompounder gets its word list from search.analysis.
SearchBackend = with_fallback(
    type(OpenSearch3SearchBackend.__name__, (DutchAnalysisMixin, OpenSearch3SearchBackend), {}),
    OpenSearch3SearchResults,
)
