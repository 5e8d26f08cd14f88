"""
Every search of a fast model is answered correctly, whatever its shape: what the fast
path does not answer itself is answered by Wagtail's own backend from its index of the
same records (search/backends/database.py), never raised to the caller. And a
FAST_MODELS entry the fast path cannot serve is refused at start-up (search/checks.py).
"""

from django.core import checks
from django.db.models import F

from modelsearch.query import MATCH_ALL, MATCH_NONE, Not, PlainText
from wagtail.search.backends import get_search_backend

import pytest

from motionbank.models import Motion

pytestmark = pytest.mark.django_db


def titles(results):
    return sorted(motion.title for motion in results)


@pytest.fixture
def motions(make_motion):
    return [
        make_motion("Water in de polder", findings="De dijken moeten omhoog.", body="middelburg"),
        make_motion("Schoon water", findings="Het zwembad gaat dicht."),
        make_motion("Armoede", findings="Het water stijgt.", outcome="verworpen"),
    ]


def test_negations_are_answered(motions):
    backend = get_search_backend()
    assert titles(backend.search(Not(PlainText("water")), Motion.objects.all())) == []
    assert titles(backend.search(Not(PlainText("zwembad")), Motion.objects.all())) == [
        "Armoede",
        "Water in de polder",
    ]
    assert titles(backend.search(PlainText("water") & ~PlainText("dijken"), Motion)) == [
        "Armoede",
        "Schoon water",
    ]


def test_match_none_finds_nothing_and_match_all_everything(motions):
    backend = get_search_backend()
    assert list(backend.search(MATCH_NONE, Motion.objects.all())) == []
    assert backend.search(MATCH_NONE, Motion.objects.all()).count() == 0
    assert len(titles(backend.search(MATCH_ALL, Motion.objects.all()))) == 3


def test_a_search_on_some_fields_looks_only_there(motions):
    found = get_search_backend().search("water", Motion.objects.all(), fields=["title"])
    assert titles(found) == ["Schoon water", "Water in de polder"]


def test_lookups_on_text_beyond_equality_are_answered(motions):
    backend = get_search_backend()
    starting = Motion.objects.filter(outcome__startswith="verw")
    assert titles(backend.search("water", starting)) == ["Armoede"]
    later = Motion.objects.filter(outcome__gt="b")
    assert titles(backend.search("water", later)) == ["Armoede"]


def test_an_ordering_by_an_expression_is_answered(motions):
    found = get_search_backend().search(
        "water", Motion.objects.order_by(F("title").desc()), order_by_relevance=False
    )
    assert [motion.title for motion in found] == ["Water in de polder", "Schoon water", "Armoede"]


def test_scores_can_be_annotated(motions):
    found = get_search_backend().search("water", Motion.objects.all()).annotate_score("_score")
    assert len(found) == 3
    assert all(isinstance(motion._score, float) for motion in found)


def test_autocomplete_looks_in_the_autocomplete_fields(make_motion):
    """Motions autocomplete on their title (their AutocompleteField), not on their text."""
    make_motion("Armoedebeleid", findings="Het zwembadtarief stijgt.")
    backend = get_search_backend()
    assert titles(backend.autocomplete("armoed", Motion.objects.all())) == ["Armoedebeleid"]
    assert titles(backend.autocomplete("zwembadt", Motion.objects.all())) == []


def _errors(settings, fast_models):
    from search.checks import check_fast_models

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends.database", "FAST_MODELS": fast_models}
    }
    return [message.id for message in check_fast_models() if message.level >= checks.ERROR]


def test_the_system_check_refuses_what_the_fast_path_cannot_serve(settings):
    assert _errors(settings, ["motionbank.Motion", "agenda.Event"]) == []
    assert _errors(settings, ["motionbank.Nothing"]) == ["search.E001"]
    # A page type without the pages it inherits from: the parent's search would miss it.
    assert _errors(settings, ["home.StandardPage"]) == ["search.E002"]
