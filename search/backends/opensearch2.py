from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend, OpenSearch2SearchResults

from .fallback import with_fallback

SearchBackend = with_fallback(OpenSearch2SearchBackend, OpenSearch2SearchResults)
