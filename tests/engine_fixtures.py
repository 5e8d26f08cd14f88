"""The search engine in the tests: the engine pass of .ci/run sets ELASTICSEARCH_URL (an
osmem-server it started, or a real cluster), SEARCH_ENGINE and, for the emulator,
SEARCH_ENGINE_EMULATOR. The site's ``default`` backend is then that engine
(clbsite/settings/test.py), and every test starts with empty indexes of its own."""

import os

from django.conf import settings

import pytest

ENGINE_URL = os.environ.get("ELASTICSEARCH_URL", "")
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "elasticsearch9")
EMULATOR = os.environ.get("SEARCH_ENGINE_EMULATOR", "").lower() in ("1", "true", "yes", "on")
EMULATOR_REASON = (
    "depends on text analysis the emulator (osmem-server) lacks: no Dutch stemmer, no "
    "default analyser for fields that do not name one, stop-word-only queries match"
)


def engine_params(url=ENGINE_URL, prefix="clb_test_", emulator=EMULATOR, **extra):
    """The site's backend settings for the engine under test, AUTO_UPDATE off."""
    from clbsite.settings.search import engine_backend

    params = engine_backend(url, SEARCH_ENGINE, prefix=prefix, emulator=emulator)
    return {**params, "AUTO_UPDATE": False, **extra}


def empty_indexes(backend):
    """Delete every index (and alias) under the backend's prefix, then create one empty
    index per model root with every indexed model's mapping, as update_index would."""
    from modelsearch.index import get_indexed_models

    client = backend.es
    existing = client.indices.get(index=f"{backend.index_prefix}*")
    for name in existing:
        client.indices.delete(index=name)
    created = set()
    for model in get_indexed_models():
        index = backend.get_index_for_model(model)
        if index.name not in created:
            index.put()
            created.add(index.name)
        index.add_model(model)


def skip_on_emulator(request):
    if EMULATOR and request.node.get_closest_marker("engine_analysis"):
        pytest.skip(EMULATOR_REASON)


def refresh_after_writes(monkeypatch):
    """Each index write is searchable at once, as a test expects: a real cluster makes it
    so only at its next refresh (every second); the emulator at once anyway."""
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseIndex

    for name in ("add_item", "add_items", "delete_item"):
        write = getattr(ElasticsearchBaseIndex, name)

        def written(self, *args, _write=write, **kwargs):
            result = _write(self, *args, **kwargs)
            self.refresh()
            return result

        monkeypatch.setattr(ElasticsearchBaseIndex, name, written)


@pytest.fixture(autouse=True)
def _engine_indexes_per_test(request, monkeypatch):
    """With the engine as the site's backend: empty indexes before each test (the
    database rolls back, the engine would not), writes searchable at once, and the
    circuit breaker closed."""
    default = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    if not ENGINE_URL or "elasticsearch" not in default and "opensearch" not in default:
        yield
        return
    skip_on_emulator(request)
    refresh_after_writes(monkeypatch)
    from wagtail.search.backends import get_search_backend

    from search.backends.fallback import breaker

    breaker.reset()
    empty_indexes(get_search_backend("default"))
    yield
    breaker.reset()
