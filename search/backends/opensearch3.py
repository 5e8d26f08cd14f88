from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend, OpenSearch3SearchResults

from .fallback import with_fallback

SearchBackend = with_fallback(OpenSearch3SearchBackend, OpenSearch3SearchResults)
