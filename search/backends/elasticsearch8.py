from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)

from .fallback import with_fallback

SearchBackend = with_fallback(Elasticsearch8SearchBackend, Elasticsearch8SearchResults)
