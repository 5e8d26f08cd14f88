"""
A search whose words together find less than a page is widened (search.engine.
relaxed_query, search.queries.SomeOf): motions with some of the words follow those with
all of them, the most of them first; a compound word also counts by the share of its
parts a motion has. On SQLite, and on PostgreSQL with DATABASE_URL set.
"""

from django.db import connection

from modelsearch.query import Or, Phrase, PlainText
from wagtail.search.backends import get_search_backend

import pytest

from motionbank.models import Motion
from search.engine import MAX_RELAXED_TERMS, Sort, build_query, faceted_search, relaxed_query
from search.fastindex import registry
from search.models import Synonym
from search.queries import SomeOf
from search.synonyms import build_map

pytestmark = pytest.mark.django_db

RELEVANCE = Sort("relevantie", ("-date_submitted", "-pk"), relevance=True)
NEWEST = Sort("nieuwste", ("-date_submitted", "-pk"))
SYNONYMS = build_map([("OV", ["openbaar vervoer"])])


def titles(outcome):
    return [motion.title for motion in outcome.results]


def search(query, sort=RELEVANCE, per_page=20):
    return faceted_search(
        Motion.objects.live(),
        query=query,
        sort=sort,
        per_page=per_page,
        backend=get_search_backend(),
    )


@pytest.fixture
def motions(make_motion):
    make_motion("Betaalbare woningen voor starters", findings="Bouw sneller.")
    make_motion("Woningen voor starters", findings="Er is weinig aanbod.")
    make_motion("Betaalbare woningen", findings="Voor iedereen.")
    make_motion("Een lening voor starters", findings="Kopers krijgen hulp.")
    make_motion("Betaalbare kinderopvang", findings="Ouders betalen te veel.")
    make_motion("Schoon water", findings="Het zwembad gaat dicht.")


def test_the_motions_with_the_most_of_the_words_come_first(motions):
    found = search("betaalbare woningen starters")
    ordered = titles(found)
    assert ordered[0] == "Betaalbare woningen voor starters"  # all three words
    assert set(ordered[1:3]) == {"Woningen voor starters", "Betaalbare woningen"}  # two
    assert set(ordered[3:]) == {"Een lening voor starters", "Betaalbare kinderopvang"}  # one
    assert found.total == 5  # "Schoon water" has none of them


def test_a_page_full_of_motions_with_every_word_is_not_widened(motions):
    found = search("woningen starters", per_page=2)
    assert set(titles(found)) == {"Woningen voor starters", "Betaalbare woningen voor starters"}
    assert found.total == 2


def test_only_a_search_by_relevance_is_widened(motions):
    assert search("woningen starters", sort=NEWEST).total == 2
    assert search("woningen starters").total == 4  # with either word


def test_a_compound_counts_the_share_of_its_parts(make_motion):
    make_motion("Woningbouwplannen in de regio", findings="Snel bouwen.")
    make_motion("Plannen voor woningen", findings="Ook bouw van scholen.")
    make_motion("Bouw van woningen", findings="Nu.")
    make_motion("Nieuwe plannen", findings="Voor het park.")
    ordered = titles(search("woningbouwplannen"))
    # the word, or every part in the text; then two of three parts; then one
    assert set(ordered[:2]) == {"Woningbouwplannen in de regio", "Plannen voor woningen"}
    assert ordered[2:] == ["Bouw van woningen", "Nieuwe plannen"]


def test_typed_words_with_synonyms_count_by_their_share(make_motion):
    Synonym.objects.create(term="OV", equivalents="openbaar vervoer")
    make_motion("Gratis OV voor ouderen", findings="Buiten de spits.")
    make_motion("Beter openbaar vervoer", findings="Meer bussen.")
    make_motion("Het Wmo-vervoer en de regiotaxi", findings="Te laat.")
    make_motion("Schoon water", findings="Het zwembad gaat dicht.")
    assert repr(relaxed_query("openbaar vervoer", SYNONYMS)) == repr(
        SomeOf([Or([PlainText("openbaar vervoer", operator="or"), PlainText("OV")])])
    )
    ordered = titles(search("openbaar vervoer"))
    assert set(ordered[:2]) == {"Gratis OV voor ouderen", "Beter openbaar vervoer"}
    assert ordered[2:] == ["Het Wmo-vervoer en de regiotaxi"]  # one of the two words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("armoede", None),  # one word, no compound: nothing to widen
        ("", None),
        ("woningen starters", SomeOf([PlainText("woningen"), PlainText("starters")])),
        ("zonnepanelen op scholen", SomeOf([PlainText("zonnepanelen"), PlainText("scholen")])),
        ("kinderopvangtoeslag", SomeOf([PlainText("kinderopvangtoeslag")])),
        ('"sociale huur"', None),  # a phrase in quotes stays one
        ('"sociale huur" starters', SomeOf([Phrase("sociale huur"), PlainText("starters")])),
    ],
)
def test_what_a_search_is_widened_to(text, expected):
    assert repr(relaxed_query(text, {})) == repr(expected)


def test_widening_is_bounded():
    """Each word and part is one more match of the text: past MAX_RELAXED_TERMS the
    search stays as typed."""
    many = " ".join(f"woord{number}" for number in range(MAX_RELAXED_TERMS + 1))
    assert relaxed_query(many, {}) is None
    assert build_query(many, {}) is not None


def test_any_backend_answers_some_of_as_an_or(motions):
    """A SomeOf is an Or of modelsearch's: the fast path matches it in one query of the
    text tables and ranks it; any other backend takes it as the Or it is."""
    query = SomeOf([PlainText("betaalbare"), PlainText("starters")])
    found = list(get_search_backend().search(query, Motion.objects.live()))
    assert found[0].title == "Betaalbare woningen voor starters"
    assert len(found) == 5


def test_widening_costs_one_match_of_the_text_per_word_and_part(motions, monkeypatch):
    """The strict search, the widened one, and one match per word and compound part
    for the levels; a second page asks for nothing new."""
    text_index = registry.text_index_for(Motion, connection.alias, get_search_backend().text_config)
    asked = []
    original = type(text_index).match
    monkeypatch.setattr(
        type(text_index),
        "match",
        lambda self, query: asked.append(repr(query)) or original(self, query),
    )
    search("betaalbare woningen starters", per_page=2)
    # strict, widened, then betaalbare, woningen, starters for the levels
    assert len(asked) == 5
    asked.clear()
    faceted_search(
        Motion.objects.live(),
        query="betaalbare woningen starters",
        sort=RELEVANCE,
        page=2,
        per_page=2,
        backend=get_search_backend(),
    )
    assert asked == []
