"""modelsearch's own OpenSearch backend tests (``elasticsearch_common_tests``, through its
``test_opensearch2_backend``/``test_opensearch3_backend``), over the wire: once on stock
modelsearch's backend and once on the project's (``search.backends.<engine>``), both with
the site's index settings. Run by tests/peer/run_engine."""

import copy
import os

from django.test.utils import override_settings

from modelsearch.tests import test_opensearch2_backend, test_opensearch3_backend

from clbsite.settings.search import DUTCH_INDEX_SETTINGS, for_emulator
from search.analysis.elasticsearch import fill_word_lists

ENGINE = os.environ["SEARCH_ENGINE"]
URL = os.environ["ELASTICSEARCH_URL"]
EMULATOR = os.environ.get("SEARCH_ENGINE_EMULATOR", "").lower() in ("1", "true", "yes", "on")
STOCK_CLASS = {
    "opensearch2": test_opensearch2_backend.TestOpenSearch2SearchBackend,
    "opensearch3": test_opensearch3_backend.TestOpenSearch3SearchBackend,
}[ENGINE]


def use(backend, prefix):
    params = {
        "BACKEND": backend,
        "URLS": [URL],
        "INDEX_PREFIX": prefix,
        "TIMEOUT": 10,
        # The decompounder's word list filled in for both: the project's backend does it
        # itself, stock modelsearch's sends the settings as they are.
        "INDEX_SETTINGS": fill_word_lists(for_emulator(DUTCH_INDEX_SETTINGS))
        if EMULATOR
        else fill_word_lists(copy.deepcopy(DUTCH_INDEX_SETTINGS)),
    }
    conf = {"default": params}
    return override_settings(MODELSEARCH_BACKENDS=conf, WAGTAILSEARCH_BACKENDS=conf)


@use(f"modelsearch.backends.{ENGINE}", "peer_stock_")
class Stock(STOCK_CLASS):
    """modelsearch's own class, unchanged: its skips and expected failures stand."""


@use(f"search.backends.{ENGINE}", "peer_project_")
class Project(STOCK_CLASS):
    backend_path = f"search.backends.{ENGINE}"
