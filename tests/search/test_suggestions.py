"""'Bedoelde je ...?': the vocabulary of the site's text and the corrections it offers."""

import io

from django.core.management import call_command
from django.http import QueryDict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda.models import Event
from motionbank.models import Motion
from search.models import Synonym, VocabularyWord
from search.suggestions import (
    corrected_text,
    did_you_mean,
    suggestion,
    update_vocabulary,
    vocabulary,
    ways_on,
)
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(make_motion, make_event, home_page):
    motions = [
        make_motion("Armoede onder kinderen", summary="Energiearmoede en schulden."),
        make_motion("Armoede bestrijden", summary="Schuldhulp dichtbij."),
        make_motion("Jeugdzorg op orde", summary="Wachtlijsten in de jeugdzorg.", theme="wonen"),
        make_motion("Stikstof en boeren", summary="De stikstofuitstoot omlaag.", theme="water"),
        make_motion("Armada van plezierboten", summary="Een vlootschouw.", body="breda"),
        make_motion("Geheime armoede-aanpak", live=False),
    ]
    StandardPageFactory(
        parent=home_page,
        title="Gemeentefinanciën",
        body=[("paragraph", "<p>Over de financiën van gemeenten.</p>")],
    )
    make_event("Netwerkbijeenkomst armoede", members_only=False)
    make_event("Besloten overleg stikstof", members_only=True)
    update_vocabulary()
    return motions


def test_vocabulary_holds_folded_words_of_motions_events_and_pages(corpus):
    words = vocabulary()
    # Four motions (by text or theme name, offline ones too) and the event, each once.
    assert words["armoede"] == 5
    assert words["jeugdzorg"] == 1
    assert "financien" in words and "financiën" not in words  # folded, from the page
    assert "netwerkbijeenkomst" in words  # from the event
    assert "de" not in words and "en" not in words  # stop words are left out


def test_unknown_words_are_corrected_to_the_closest_frequent_word(corpus):
    assert corrected_text("armode") == "armoede"
    assert corrected_text("jeugzorg") == "jeugdzorg"
    assert corrected_text("stiksof") == "stikstof"
    # Known words, stop words, numbers and synonyms stay as typed.
    assert corrected_text("armoede in 2024") is None
    Synonym.objects.create(term="OZB", equivalents="onroerendezaakbelasting")
    assert corrected_text("OZB") is None
    # Only the unknown word changes; the rest of the query is kept as typed.
    assert corrected_text('"Armoede" onder kindren') == '"Armoede" onder kinderen'
    # Nothing close enough: no correction.
    assert corrected_text("xyzzyq") is None


def test_did_you_mean_offers_only_what_finds_more(corpus):
    motions = Motion.objects.live()
    assert did_you_mean("armode", motions) == "armoede"
    assert did_you_mean("jeugzorg", motions) == "jeugdzorg"
    assert did_you_mean("stiksof", motions) == "stikstof"
    assert did_you_mean("armoede", motions) is None
    assert did_you_mean("armode kindren", motions) == "armoede kinderen"
    # The correction must find something in the queryset the person may search.
    assert did_you_mean("stiksof", Event.objects.filter(members_only=False)) is None
    assert did_you_mean("stiksof", Event.objects.all()) == "stikstof"


def test_new_words_join_the_vocabulary_after_a_save(
    make_motion, corpus, django_capture_on_commit_callbacks
):
    assert "zwerfafval" not in vocabulary()
    with django_capture_on_commit_callbacks(execute=True):
        make_motion("Zwerfafval opruimen", summary="Statiegeld op blikjes.")
    assert VocabularyWord.objects.get(word="zwerfafval").frequency == 1
    assert VocabularyWord.objects.get(word="armoede").frequency == 5  # left for the rebuild
    update_vocabulary()
    assert did_you_mean("zwerfafal", Motion.objects.live()) == "zwerfafval"


def test_the_command_rebuilds_the_vocabulary(corpus):
    VocabularyWord.objects.all().delete()
    out = io.StringIO()
    call_command("update_search_vocabulary", stdout=out)
    assert "Zoekwoordenlijst bijgewerkt" in out.getvalue()
    assert VocabularyWord.objects.filter(word="stikstof").exists()
    assert did_you_mean("stiksof", Motion.objects.live()) == "stikstof"


def test_suggestion_link_keeps_the_filters(corpus):
    params = QueryDict("q=armode&thema=test-armoede&pagina=3")
    way = suggestion(params, "armode", Motion.objects.live(), base="/motiebank/")
    assert way.text == "armoede"
    assert way.url == "/motiebank/?thema=test-armoede&q=armoede"
    assert way.count == 3
    assert way.count_text == "3 resultaten"


def test_ways_on_drop_a_filter_or_the_rarest_word(corpus):
    from motionbank.searching import FACETS

    options = {facet.param: facet.options() for facet in FACETS}
    params = QueryDict("q=armoede&thema=test-water")
    ways = ways_on(
        params,
        Motion.objects.live(),
        "armoede",
        selected={"thema": ["test-water"]},
        facets=FACETS,
        options=options,
        base="/motiebank/",
    )
    assert [(w.text, w.url, w.count) for w in ways] == [
        ("Zonder filter Thema: Test water", "/motiebank/?q=armoede", 3)
    ]
    ways = ways_on(QueryDict("q=armoede+boeren"), Motion.objects.live(), "armoede boeren")
    assert [(w.text, w.url, w.count) for w in ways] == [
        ("Zoek zonder “boeren”: armoede", "?q=armoede", 3)
    ]
    ways = ways_on(
        QueryDict("q=xyzzyq"), Motion.objects.live(), "xyzzyq", browse_label="Alle moties"
    )
    assert [(w.text, w.url, w.count) for w in ways] == [("Alle moties", "?", 5)]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=120))
def test_any_text_gives_a_suggestion_or_none(corpus, query):
    result = did_you_mean(query, Motion.objects.live())
    assert result is None or isinstance(result, str)


def test_odd_input_gives_none(corpus):
    for query in ["", "   ", "🙂🙂", "a" * 300, "де", "!!!", "2024", '"']:
        assert did_you_mean(query, Motion.objects.live()) is None
