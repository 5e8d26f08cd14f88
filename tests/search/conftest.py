"""Data and backends for the search tests. Every test builds the records it asserts on."""

import datetime
import os

from django.utils import timezone

from wagtail.search.backends import get_search_backend

import pytest

from agenda.models import Event
from home.models import Audience
from motionbank.models import GoverningBody, Motion, Theme

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")


@pytest.fixture
def bodies(db):
    def body(code, name, tier, province):
        return GoverningBody.objects.update_or_create(
            code=code, defaults={"name": name, "tier": tier, "province": province}
        )[0]

    return {
        "tilburg": body("GM9901", "Teststad Tilburg", "gemeente", "Noord-Brabant"),
        "breda": body("GM9902", "Teststad Breda", "gemeente", "Noord-Brabant"),
        "middelburg": body("GM9903", "Teststad Middelburg", "gemeente", "Zeeland"),
        "zeeland": body("PV9929", "Testprovincie Zeeland", "provincie", "Zeeland"),
        "scheldestromen": body("WS9999", "Testwaterschap", "waterschap", "Zeeland"),
    }


@pytest.fixture
def themes(db):
    def theme(slug, name):
        return Theme.objects.update_or_create(slug=slug, defaults={"name": name})[0]

    return {
        "armoede": theme("test-armoede", "Test armoede"),
        "wonen": theme("test-wonen", "Test wonen"),
        "water": theme("test-water", "Test water"),
    }


@pytest.fixture
def make_motion(bodies, themes):
    def make(
        title,
        body="tilburg",
        theme="armoede",
        outcome="aangenomen",
        live=True,
        date=datetime.date(2024, 3, 1),
        document_type="motie",
        **fields,
    ):
        motion = Motion(
            title=title,
            governing_body=bodies[body],
            theme=themes[theme],
            outcome=outcome,
            live=live,
            date_submitted=date,
            document_type=document_type,
            **fields,
        )
        motion.save()
        return motion

    return make


@pytest.fixture
def audiences(db):
    def audience(slug, name):
        return Audience.objects.update_or_create(slug=f"test-{slug}", defaults={"name": name})[0]

    return {
        "raadsleden": audience("raadsleden", "Test raadsleden"),
        "wethouders": audience("wethouders", "Test wethouders"),
        "statenleden": audience("statenleden", "Test Statenleden"),
    }


@pytest.fixture
def make_event(audiences):
    def make(title, start=None, hours=2, audience_keys=(), live=True, **fields):
        start = start or timezone.now() + datetime.timedelta(days=10)
        event = Event(
            title=title,
            start=start,
            end=start + datetime.timedelta(hours=hours),
            live=live,
            **fields,
        )
        event.save()
        event.audiences.set([audiences[key] for key in audience_keys])
        event.save()
        return event

    return make


BACKENDS = [
    pytest.param("default", id="database"),
    pytest.param(
        "elasticsearch",
        id="elasticsearch",
        marks=[
            pytest.mark.elasticsearch,
            pytest.mark.skipif(not ELASTICSEARCH_URL, reason="ELASTICSEARCH_URL is not set"),
        ],
    ),
]


@pytest.fixture(params=BACKENDS)
def search_backend(request, settings):
    """The backend the site would use: the database, or the engine named by
    SEARCH_ENGINE at ELASTICSEARCH_URL when one is set. For the engine, the indexes are
    rebuilt from the test's records on first use, and deleted after the test. Tests marked
    ``engine_analysis`` skip on the emulator (tests/engine_fixtures.py)."""
    if request.param == "default":
        return get_search_backend()

    from tests.engine_fixtures import engine_params, skip_on_emulator

    skip_on_emulator(request)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "elasticsearch": engine_params(prefix=f"clb_test_{worker}_es_"),
    }
    backend = get_search_backend("elasticsearch")
    request.addfinalizer(lambda: _delete_indexes(backend))
    return ElasticsearchForTests(backend)


def _delete_indexes(backend):
    for name in backend.es.indices.get(index=f"{backend.index_prefix}*"):
        backend.es.indices.delete(index=name)


class ElasticsearchForTests:
    """Wraps the backend: before each search, (re)index what the test created."""

    def __init__(self, backend):
        self.backend = backend

    def _sync(self, model):
        index = self.backend.get_index_for_model(model)
        index.reset()
        index.add_model(model)
        index.add_items(model, list(model.objects.all()))
        index.refresh()

    def search(self, query, queryset, **kwargs):
        self._sync(queryset.model)
        return self.backend.search(query, queryset, **kwargs)

    def autocomplete(self, query, queryset, **kwargs):
        self._sync(queryset.model)
        return self.backend.autocomplete(query, queryset, **kwargs)
