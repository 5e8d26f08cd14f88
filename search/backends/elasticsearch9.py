from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchResults,
)

from .fallback import with_fallback

SearchBackend = with_fallback(Elasticsearch9SearchBackend, Elasticsearch9SearchResults)
