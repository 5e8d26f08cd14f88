"""
The Elasticsearch path, checked without a server: the Dutch analyzer in the index
settings, the mapping, and the compiled query of a search with filters and facets. And
the fallback: with the cluster unreachable, searches answer from the database.

Tests that need a running engine live in test_engine.py (the "elasticsearch" backend
parameter) and test_engine_wire.py, and run when ELASTICSEARCH_URL is set (.ci/run's
engine pass, against osmem-server).
"""

import logging
import time

from wagtail.search.backends import get_search_backend

import pytest

from motionbank.models import Motion
from search.backends.fallback import breaker
from search.engine import FALLBACK_NOTICE, faceted_search
from tests.engine_fixtures import engine_params
from tests.search.test_engine import motion_facets

CLOSED_PORT = "http://127.0.0.1:9"  # discard port: nothing listens there


@pytest.fixture
def unreachable_elasticsearch(settings):
    """The engine named by SEARCH_ENGINE (default Elasticsearch 9), at a closed port."""
    breaker.reset()
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": engine_params(CLOSED_PORT, TIMEOUT=1, emulator=False),
        "database": {"BACKEND": "search.backends.database"},
    }
    yield get_search_backend()
    breaker.reset()


def test_index_settings_have_a_dutch_analyzer(unreachable_elasticsearch):
    analysis = unreachable_elasticsearch.settings["settings"]["analysis"]
    default = analysis["analyzer"]["default"]
    assert default["tokenizer"] == "standard"
    assert {"lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"} <= set(default["filter"])
    assert analysis["filter"]["dutch_stemmer"] == {"type": "stemmer", "language": "dutch"}
    assert analysis["filter"]["dutch_stop"]["stopwords"] == "_dutch_"
    # Wagtail's own n-gram analyzers for autocomplete are still there.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_mapping_indexes_text_and_filter_fields(unreachable_elasticsearch):
    mapping = unreachable_elasticsearch.mapping_class(Motion)
    properties = mapping.get_mapping()["properties"]
    text_fields = {name for name, spec in properties.items() if spec.get("type") == "text"}
    assert any(name.startswith("title") for name in text_fields)
    assert any("operative_text" in name for name in text_fields)
    filter_fields = {name for name in properties if name.endswith("_filter")}
    for field in ("theme_id", "province", "outcome", "year", "live", "document_type"):
        assert f"{field}_filter" in filter_fields, field


@pytest.mark.django_db
def test_compiled_query_has_term_filters_and_facet_aggregations(unreachable_elasticsearch):
    queryset = Motion.objects.filter(live=True, outcome__in=["aangenomen"], province="Zeeland")
    results = unreachable_elasticsearch.search("armoede", queryset, operator="and")
    query = results.query_compiler.get_query()
    filters = query["bool"]["filter"]
    flat = repr(filters)
    assert "'terms': {'outcome_filter': ['aangenomen']}" in flat
    assert "'term': {'province_filter': 'Zeeland'}" in flat
    assert "'term': {'live_filter': True}" in flat
    assert "armoede" in repr(query["bool"]["must"])

    body = results.facet_body("theme_id")
    aggregation = body["aggregations"]["theme_id"]["terms"]
    assert aggregation["field"] == "theme_id_filter"
    assert aggregation["size"] >= 375  # every governing body, not Elasticsearch's default 10
    assert body["query"] == query


@pytest.mark.django_db
def test_unreachable_cluster_answers_from_database_with_notice(
    unreachable_elasticsearch, make_motion, caplog
):
    make_motion("Armoede bestrijden met een minimaregeling")
    make_motion("Schoon water", theme="water")
    caplog.set_level(logging.WARNING, logger="search.fallback")

    started = time.monotonic()
    outcome = faceted_search(
        Motion.objects.live(),
        query="armoede",
        facets=motion_facets(),
        backend=unreachable_elasticsearch,
    )
    assert time.monotonic() - started < 1 + 0.5  # the engine's timeout plus half a second
    assert outcome.total == 1
    assert [m.title for m in outcome.results] == ["Armoede bestrijden met een minimaregeling"]
    assert outcome.notice == FALLBACK_NOTICE
    assert any("answering from the 'database' backend" in r.getMessage() for r in caplog.records)

    # The breaker is open now: the next search does not try the cluster at all.
    assert breaker.is_open(unreachable_elasticsearch.breaker_key)
    caplog.clear()
    again = faceted_search(Motion.objects.live(), query="water", backend=get_search_backend())
    assert again.total == 1 and again.notice == FALLBACK_NOTICE
    assert not caplog.records


@pytest.mark.django_db
def test_site_search_page_shows_the_notice(unreachable_elasticsearch, client, home_page):
    from tests.factories import StandardPageFactory

    StandardPageFactory(parent=home_page, title="Over de motiebank")
    response = client.get("/zoeken/", {"q": "motiebank"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Over de motiebank" in html
    assert "De zoekmachine is even niet bereikbaar" in html


@pytest.mark.django_db
def test_suggestions_answer_from_the_database_when_the_engine_is_down(
    unreachable_elasticsearch, make_motion, client, home_page
):
    from tests.factories import StandardPageFactory

    make_motion("Armoede bestrijden met een minimaregeling")
    results = unreachable_elasticsearch.autocomplete("armo", Motion.objects.live())
    assert [m.title for m in results] == ["Armoede bestrijden met een minimaregeling"]
    assert results.used_fallback

    StandardPageFactory(parent=home_page, title="Over de motiebank")
    response = client.get("/zoeken/suggesties/", {"q": "motieb"})
    assert response.status_code == 200
    assert "Over de motiebank" in response.content.decode()


def test_emulator_settings_leave_out_only_the_dutch_stemmer():
    from clbsite.settings.search import DUTCH_INDEX_SETTINGS, for_emulator

    settings = for_emulator(DUTCH_INDEX_SETTINGS)
    analysis = settings["settings"]["analysis"]
    assert "dutch_stemmer" not in analysis["filter"]
    assert "dutch_stemmer" not in analysis["analyzer"]["default"]["filter"]
    assert {"lowercase", "asciifolding", "dutch_stop"} <= set(
        analysis["analyzer"]["default"]["filter"]
    )
    # The site's own settings are left as they are.
    assert "dutch_stemmer" in DUTCH_INDEX_SETTINGS["settings"]["analysis"]["filter"]


def test_a_client_that_does_not_fit_the_engine_is_an_error(settings):
    from importlib import metadata

    from search.checks import check_search_engines

    installed = int(metadata.version("opensearch-py").split(".")[0])
    other = "opensearch2" if installed == 3 else "opensearch3"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**engine_params(CLOSED_PORT), "BACKEND": f"search.backends.{other}"},
        "database": {"BACKEND": "search.backends.database"},
    }
    errors = [m for m in check_search_engines() if m.id == "search.E004"]
    assert len(errors) == 1
    assert f"needs opensearch-py {5 - installed}.x" in errors[0].msg
