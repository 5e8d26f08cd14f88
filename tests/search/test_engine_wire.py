"""The engine over the wire: the site's own backend (SEARCH_ENGINE at ELASTICSEARCH_URL,
in CI an osmem-server) as ``default``, with the database backend beside it.

- suggestions (autocomplete) from the engine;
- every total and facet count equals the database backend's on the same records, for
  queries that do not depend on stemming;
- ``reconcile_index`` repairs an index broken on purpose.

The outage drill, with an engine of its own to hang, kill and restart, is in
test_engine_outage.py. Run by .ci/run's engine pass; skipped without ELASTICSEARCH_URL.
"""

import datetime
import io

from django.core.management import call_command

from wagtail.search.backends import get_search_backend

import pytest

from motionbank.models import Motion
from search.engine import faceted_search
from tests.engine_fixtures import ENGINE_URL
from tests.search.test_engine import motion_facets

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.elasticsearch,
    pytest.mark.skipif(not ENGINE_URL, reason="ELASTICSEARCH_URL is not set"),
]


@pytest.fixture
def engine():
    backend = get_search_backend("default")
    assert hasattr(backend, "es"), "the engine pass makes the engine the default backend"
    return backend


def refresh(engine, model=Motion):
    engine.get_index_for_model(model).refresh()


@pytest.fixture
def bank(make_motion, engine):
    """Motions over every facet: bodies in two provinces and three tiers, themes,
    outcomes, document types and years."""
    rows = [
        ("Armoede bestrijden met een minimaregeling", "tilburg", "armoede", "aangenomen", 2023),
        ("Schuldhulp zonder wachtlijst bij armoede", "breda", "armoede", "verworpen", 2024),
        ("Armoede onder kinderen in beeld", "middelburg", "armoede", "aangenomen", 2024),
        ("Betaalbare woningen voor jongeren", "zeeland", "wonen", "aangenomen", 2022),
        ("Woningen voor starters en jongeren", "breda", "wonen", "aangehouden", 2023),
        ("Schoon water in de polder", "scheldestromen", "water", "ingetrokken", 2021),
        ("Water en woningen in de polder", "middelburg", "water", "aangenomen", 2024),
        ("Jongeren en armoede in de stad", "tilburg", "armoede", "verworpen", 2022),
        ("Polder zonder water", "zeeland", "water", "aangenomen", 2020),
    ]
    for number, (title, body, theme, outcome, year) in enumerate(rows):
        make_motion(
            title,
            body=body,
            theme=theme,
            outcome=outcome,
            date=datetime.date(year, 1 + number % 12, 1),
            document_type="motie" if number % 3 else "amendement",
        )
    make_motion("Concept over armoede", live=False)
    refresh(engine)


# Whole words as they stand in the records: no stemming, no stop words.
QUERIES = ["", "armoede", "woningen", "polder", "jongeren", "water", "armoede jongeren"]
SELECTIONS = [
    {},
    {"uitkomst": ["aangenomen"]},
    {"provincie": ["Zeeland"]},
    {"laag": ["gemeente"], "thema": ["test-armoede", "test-wonen"]},
    {"jaar": ["2024", "2022"], "uitkomst": ["aangenomen", "verworpen"]},
]


def counts(outcome):
    return {
        facet.param: {option.param: option.count for option in facet.options}
        for facet in outcome.facets
    }


def test_every_total_and_facet_count_equals_the_database_backends(bank, engine):
    database = get_search_backend("database")
    compared = 0
    for query in QUERIES:
        for selected in SELECTIONS:
            outcomes = [
                faceted_search(
                    Motion.objects.live(),
                    query=query,
                    selected=selected,
                    facets=motion_facets(),
                    backend=backend,
                )
                for backend in (engine, database)
            ]
            over_wire, in_database = outcomes
            assert not over_wire.notice, "the engine answered, not the fallback"
            where = (query, selected)
            assert over_wire.total == in_database.total, where
            assert counts(over_wire) == counts(in_database), where
            assert {m.pk for m in over_wire.results} == {m.pk for m in in_database.results}
            compared += 1
    assert compared == len(QUERIES) * len(SELECTIONS)


def test_suggestions_come_from_the_engine(bank, engine, client, home_page):
    from tests.factories import StandardPageFactory

    results = engine.autocomplete("armo", Motion.objects.live())
    titles = {m.title for m in results}
    assert "Armoede bestrijden met een minimaregeling" in titles
    assert "Concept over armoede" not in titles
    assert not results.used_fallback
    database = get_search_backend("database").autocomplete("armo", Motion.objects.live())
    assert titles == {m.title for m in database}

    StandardPageFactory(parent=home_page, title="Over de motiebank")
    refresh(engine, type(home_page))
    response = client.get("/zoeken/suggesties/", {"q": "motieb"})
    assert response.status_code == 200
    assert "Over de motiebank" in response.content.decode()


def reconcile(*args):
    out = io.StringIO()
    call_command("reconcile_index", "--backend", "default", *args, stdout=out)
    return out.getvalue()


def test_reconcile_index_repairs_an_index_broken_on_purpose(make_motion, engine):
    missing = make_motion("Motie over fietspaden")
    stale = make_motion("Motie over bomen")
    make_motion("Motie over water")
    index = engine.get_index_for_model(Motion)
    mapping = engine.mapping_class(Motion)
    # Break the index on purpose: one document gone, one with old text, one orphan.
    engine.es.delete(index=index.name, id=mapping.get_document_id(missing))
    Motion.objects.filter(pk=stale.pk).update(title="Motie over groen")
    orphan = Motion(
        pk=999_999,
        title="Verdwenen motie",
        governing_body=stale.governing_body,
        theme=stale.theme,
        date_submitted=stale.date_submitted,
    )
    engine.es.index(
        index=index.name, id=mapping.get_document_id(orphan), body=mapping.get_document(orphan)
    )
    index.refresh()

    def found(query):
        return {m.title for m in engine.search(query, Motion.objects.all())}

    assert found("fietspaden") == set()
    assert engine.search("verdwenen", Motion.objects.all()).count() == 1  # the orphan

    report = reconcile("--dry-run", "--model", "motionbank.Motion")
    assert "motionbank.Motion: 1 ontbrekend, 1 verouderd, 1 verwijderd (gevonden)" in report
    assert found("fietspaden") == set()  # a dry run changes nothing

    report = reconcile("--model", "motionbank.Motion")
    assert "1 ontbrekend, 1 verouderd, 1 verwijderd (hersteld)" in report
    index.refresh()
    assert found("fietspaden") == {"Motie over fietspaden"}
    assert found("groen") == {"Motie over groen"}
    assert engine.search("verdwenen", Motion.objects.all()).count() == 0
    assert "Alle indexen kloppen." in reconcile("--model", "motionbank.Motion")


def test_reconcile_index_rebuilds_an_index_that_is_gone(make_motion, engine):
    make_motion("Motie over fietspaden")
    make_motion("Motie over bomen")
    index = engine.get_index_for_model(Motion)
    engine.es.indices.delete(index=index.name)

    assert "motionbank.Motion: 2 ontbrekend" in reconcile(
        "--dry-run", "--model", "motionbank.Motion"
    )
    assert "2 ontbrekend, 0 verouderd, 0 verwijderd (hersteld)" in reconcile(
        "--model", "motionbank.Motion"
    )
    index.refresh()
    assert engine.search("fietspaden", Motion.objects.all()).count() == 1
    assert "Alle indexen kloppen." in reconcile("--model", "motionbank.Motion")
