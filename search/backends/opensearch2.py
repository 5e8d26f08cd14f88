from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend, OpenSearch2SearchResults

from search.analysis.elasticsearch import DutchAnalysisMixin

from .fallback import with_fallback

# The index settings' decompounder gets its word list from search.analysis.
SearchBackend = with_fallback(
    type(OpenSearch2SearchBackend.__name__, (DutchAnalysisMixin, OpenSearch2SearchBackend), {}),
    OpenSearch2SearchResults,
)
