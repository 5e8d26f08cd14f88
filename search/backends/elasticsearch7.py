from modelsearch.backends.elasticsearch7 import (
    Elasticsearch7SearchBackend,
    Elasticsearch7SearchResults,
)

from .fallback import with_fallback

SearchBackend = with_fallback(Elasticsearch7SearchBackend, Elasticsearch7SearchResults)
