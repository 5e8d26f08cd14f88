"""The faceted search function, on every configured backend."""

import datetime

from django.db import connection

import pytest

from home.provinces import PROVINCE_CHOICES
from motionbank.models import Motion
from motionbank.models.motions import DocumentType, Outcome
from motionbank.models.reference import Tier
from search.engine import Sort, faceted_search
from search.facets import Facet, choices_from_queryset

pytestmark = pytest.mark.django_db

NEWEST = Sort("nieuwste", ("-date_submitted", "-pk"))
RELEVANCE = Sort("relevantie", ("-date_submitted", "-pk"), relevance=True)


def motion_facets():
    from motionbank.models import GoverningBody, Theme

    return [
        Facet("soort", "document_type", "Soort", DocumentType.choices),
        Facet("laag", "tier", "Bestuurslaag", Tier.choices),
        Facet("provincie", "province", "Provincie", PROVINCE_CHOICES),
        Facet(
            "bestuur",
            "governing_body",
            "Bestuur",
            choices_from_queryset(GoverningBody.objects.all(), "code"),
        ),
        Facet("thema", "theme", "Thema", choices_from_queryset(Theme.objects.all(), "slug")),
        Facet("uitkomst", "outcome", "Uitkomst", Outcome.choices),
        Facet("jaar", "year", "Jaar", [(year, str(year)) for year in range(2015, 2027)]),
    ]


def search(backend, query="", selected=None, sort=NEWEST, page=1, per_page=20, queryset=None):
    return faceted_search(
        queryset if queryset is not None else Motion.objects.live(),
        query=query,
        selected=selected or {},
        facets=motion_facets(),
        sort=sort,
        page=page,
        per_page=per_page,
        backend=backend,
    )


def counts(outcome, param):
    facet = next(f for f in outcome.facets if f.param == param)
    return {option.param: option.count for option in facet.options}


@pytest.fixture
def corpus(make_motion):
    return [
        make_motion(
            "Armoede bestrijden met een minimaregeling",
            body="tilburg",
            outcome="aangenomen",
            date=datetime.date(2023, 5, 1),
        ),
        make_motion(
            "Schuldhulp zonder wachtlijst",
            body="breda",
            outcome="verworpen",
            findings="Armoede en schulden nemen toe in de stad.",
            date=datetime.date(2024, 1, 10),
        ),
        make_motion(
            "Armoedeval voorkomen",
            body="middelburg",
            outcome="aangenomen",
            document_type="schriftelijke_vragen",
            date=datetime.date(2024, 6, 1),
        ),
        make_motion(
            "Betaalbare woningen voor jongeren",
            body="zeeland",
            theme="wonen",
            outcome="aangenomen",
            date=datetime.date(2022, 9, 1),
        ),
        make_motion(
            "Schoon water in de polder",
            body="scheldestromen",
            theme="water",
            outcome="ingetrokken",
            date=datetime.date(2021, 2, 1),
        ),
        make_motion("Concept over armoede", body="tilburg", live=False),
    ]


def test_empty_query_lists_everything_live_by_sort_order(search_backend, corpus):
    outcome = search(search_backend)
    assert outcome.total == 5
    dates = [motion.date_submitted for motion in outcome.results]
    assert dates == sorted(dates, reverse=True)
    assert "Concept over armoede" not in [m.title for m in outcome.results]


def test_text_finds_words_in_title_and_body(search_backend, corpus):
    titles = {m.title for m in search(search_backend, "armoede").results}
    assert "Armoede bestrijden met een minimaregeling" in titles
    assert "Schuldhulp zonder wachtlijst" in titles  # in the findings
    assert "Concept over armoede" not in titles  # a draft never shows


def test_title_match_ranks_above_body_match(search_backend, corpus):
    results = list(search(search_backend, "armoede", sort=RELEVANCE).results)
    titles = [m.title for m in results]
    assert titles.index("Armoede bestrijden met een minimaregeling") < titles.index(
        "Schuldhulp zonder wachtlijst"
    )


def test_filters_or_within_and_across(search_backend, corpus):
    either = search(search_backend, selected={"uitkomst": ["aangenomen", "verworpen"]})
    assert either.total == 4
    both = search(search_backend, selected={"uitkomst": ["aangenomen"], "provincie": ["Zeeland"]})
    assert {m.title for m in both.results} == {
        "Armoedeval voorkomen",
        "Betaalbare woningen voor jongeren",
    }


def test_province_covers_municipalities_province_and_water_boards(search_backend, corpus):
    outcome = search(search_backend, selected={"provincie": ["Zeeland"]})
    assert {m.governing_body.tier for m in outcome.results} == {
        "gemeente",
        "provincie",
        "waterschap",
    }


def test_facet_counts_leave_out_their_own_filter(search_backend, corpus):
    outcome = search(search_backend, selected={"uitkomst": ["aangenomen"]})
    # The outcome facet still offers the other outcomes, counted without its own filter...
    assert counts(outcome, "uitkomst") == {
        "aangenomen": 3,
        "verworpen": 1,
        "ingetrokken": 1,
    }
    # ...while other facets count within the selection.
    assert counts(outcome, "provincie") == {"Noord-Brabant": 1, "Zeeland": 2}


def test_each_facet_count_equals_the_results_of_selecting_it(search_backend, corpus):
    base = {"laag": ["gemeente"]}
    outcome = search(search_backend, "armoede", selected=base)
    checked = 0
    for facet in outcome.facets:
        for option in facet.options:
            if facet.param == "laag":
                selection = {facet.param: [option.param]}
            else:
                selection = {**base, facet.param: [option.param]}
            narrowed = search(search_backend, "armoede", selected=selection)
            assert narrowed.total == option.count, (facet.param, option.param)
            checked += 1
    assert checked >= 8


def test_pagination_happens_in_the_engine(search_backend, make_motion):
    for number in range(25):
        make_motion(
            f"Motie nummer {number}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
        )
    first = search(search_backend, per_page=10)
    assert first.total == 25
    assert len(first.results) == 10
    third = search(search_backend, page=3, per_page=10)
    assert [m.title for m in third.results] == [f"Motie nummer {n}" for n in range(4, -1, -1)]
    beyond = search(search_backend, page=99, per_page=10)
    assert beyond.page.number == 3


@pytest.mark.engine_analysis  # the asciifolding of the index's default analyser
def test_diacritics_fold(search_backend, make_motion):
    make_motion("Financiën van de gemeente op orde", theme="wonen")
    assert search(search_backend, "financien").total == 1
    assert search(search_backend, "financiën").total == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="Dutch stemming is PostgreSQL's")
def test_dutch_stemming_on_postgresql(make_motion):
    from wagtail.search.backends import get_search_backend

    make_motion("Meer sociale huurwoningen bouwen", theme="wonen")
    found = search(get_search_backend(), "huurwoning")
    assert found.total == 1


def test_many_to_many_facet_counts_each_event_once(search_backend, make_event):
    from agenda.models import Event
    from home.models import Audience

    make_event("Netwerk wethouders en raadsleden", audience_keys=["wethouders", "raadsleden"])
    make_event("Alleen raadsleden", audience_keys=["raadsleden"])
    make_event("Statenleden dag", audience_keys=["statenleden"])
    facet = Facet(
        "doelgroep",
        "audiences",
        "Voor wie",
        choices_from_queryset(Audience.objects.filter(slug__startswith="test-"), "slug"),
        many_to_many=True,
    )

    def run(selected):
        return faceted_search(
            Event.objects.live(),
            selected=selected,
            facets=[facet],
            sort=Sort("", ("start",)),
            backend=search_backend,
        )

    outcome = run({"doelgroep": ["test-wethouders", "test-raadsleden"]})
    assert outcome.total == 2  # the event for both audiences once, not twice
    assert counts(outcome, "doelgroep") == {
        "test-wethouders": 1,
        "test-raadsleden": 2,
        "test-statenleden": 1,
    }
