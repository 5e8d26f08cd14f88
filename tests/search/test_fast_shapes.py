"""
Every search of a fast model is answered correctly by the fast path itself, whatever its
shape (search/fastindex/execution.py): Wagtail's index holds only each object's entry
with its title (search/fastindex/entries.py), never read by a search.
Where Wagtail's stock database backend answers a shape, both give the same results on
the same records. And a FAST_MODELS entry the fast path cannot serve is refused at
start-up (search/checks.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.core import checks
from django.core.management import call_command
from django.db import NotSupportedError, connection
from django.db.models import F
from django.db.models.functions import Length

from modelsearch.query import MATCH_ALL, MATCH_NONE, Boost, Fuzzy, Not, Phrase, PlainText
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

import pytest

from motionbank.models import Motion
from search.analysis.dutch import analysed_text

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


@pytest.fixture
def stock(motions):
    """Wagtail's stock database backend, with its own index of the same motions."""
    params = {"SEARCH_CONFIG": "dutch"} if connection.vendor == "postgresql" else {}
    backend = get_search_backend("wagtail.search.backends.database", **params)
    backend.add_bulk(Motion, list(Motion.objects.all()))
    return backend


POSTGRES = connection.vendor == "postgresql"

# Shapes of query that the text tables do not match in one query: set algebra over the
# matches of their parts. Compared with stock where it answers them (its SQLite backend
# has no boosts and no negation inside an OR).
QUERIES = {
    "not": (lambda: Not(PlainText("zwembad")), ["Armoede", "Water in de polder"], True),
    "and not": (
        lambda: PlainText("water") & ~PlainText("dijken"),
        ["Armoede", "Schoon water"],
        True,
    ),
    "or not": (lambda: PlainText("zwembad") | ~PlainText("water"), ["Schoon water"], POSTGRES),
    "not of or": (lambda: Not(PlainText("zwembad") | PlainText("dijken")), ["Armoede"], True),
    "boost": (
        lambda: PlainText("stijgt") | Boost(PlainText("dijken"), 2.0),
        ["Armoede", "Water in de polder"],
        POSTGRES,
    ),
    "phrase or words": (
        lambda: Phrase("schoon water") | PlainText("dijken"),
        ["Schoon water", "Water in de polder"],
        True,
    ),
}


@pytest.mark.parametrize("name", QUERIES)
def test_each_query_shape_finds_what_stock_finds(stock, name):
    make_query, expected, stock_answers = QUERIES[name]
    ours = get_search_backend().search(make_query(), Motion.objects.all())
    assert titles(ours) == expected
    assert ours.count() == len(expected)
    if stock_answers:
        assert titles(stock.search(make_query(), Motion.objects.all())) == expected


def test_a_boost_ranks_its_part_first(motions):
    backend = get_search_backend()
    plain = backend.search(PlainText("polder") | PlainText("zwembad"), Motion)
    boosted = backend.search(PlainText("polder") | Boost(PlainText("zwembad"), 100.0), Motion)
    assert [motion.title for motion in boosted][0] == "Schoon water"
    assert sorted(m.title for m in plain) == sorted(m.title for m in boosted)


def test_match_all_and_none_inside_other_queries(motions):
    backend = get_search_backend()
    assert titles(backend.search(PlainText("zwembad") | MATCH_NONE, Motion)) == ["Schoon water"]
    assert titles(backend.search(PlainText("zwembad") & MATCH_ALL, Motion)) == ["Schoon water"]
    assert len(backend.search(PlainText("zwembad") | MATCH_ALL, Motion)) == 3
    assert titles(backend.search(PlainText("zwembad") & MATCH_NONE, Motion)) == []
    assert len(backend.search(Not(MATCH_NONE), Motion)) == 3


# Querysets whose filters or orderings the in-memory columns do not hold: the ORM
# answers them on the caller's queryset.
QUERYSETS = {
    "startswith on text": lambda: Motion.objects.filter(outcome__startswith="verw"),
    "a range on text": lambda: Motion.objects.filter(outcome__gt="b"),
    "annotated": lambda: Motion.objects.annotate(length=Length("title")).filter(live=True),
    "ordered by an expression": lambda: Motion.objects.order_by(F("title").desc()),
}


@pytest.mark.parametrize("name", QUERYSETS)
@pytest.mark.parametrize("relevance", [True, False])
def test_each_queryset_shape_finds_what_stock_finds(stock, name, relevance):
    queryset = QUERYSETS[name]()
    ours = get_search_backend().search("water", queryset, order_by_relevance=relevance)
    theirs = stock.search("water", queryset, order_by_relevance=relevance)
    if relevance:
        assert titles(ours) == titles(theirs)
    else:
        assert [motion.title for motion in ours] == [motion.title for motion in theirs]
    assert ours.count() == theirs.count()


def test_a_sliced_queryset_is_searched_within_its_slice(motions):
    first_two = Motion.objects.order_by("-id")[:2]
    found = get_search_backend().search("water", first_two, order_by_relevance=False)
    assert titles(found) == ["Armoede", "Schoon water"]


def test_facets_of_a_search_filtered_by_the_orm(motions):
    queryset = Motion.objects.filter(outcome__startswith="a")
    results = get_search_backend().search("water", queryset)
    assert results.facet("outcome") == {"aangenomen": 2}
    assert results.count() == 2


FIELDS = [
    ("water", ["title"], ["Schoon water", "Water in de polder"]),
    ("water", ["findings"], ["Armoede"]),
    ("water", ["title", "findings"], ["Armoede", "Schoon water", "Water in de polder"]),
    (Phrase("dijken moeten"), ["title"], []),
    (Phrase("dijken moeten"), ["findings"], ["Water in de polder"]),
    (PlainText("polder zwembad", operator="or"), ["title"], ["Water in de polder"]),
    (PlainText("polder zwembad", operator="or"), ["findings"], ["Schoon water"]),
    (Not(PlainText("water")), ["title"], ["Armoede"]),
]


@pytest.mark.parametrize(("query", "fields", "expected"), FIELDS)
def test_fields_look_only_in_the_named_fields(stock, query, fields, expected):
    ours = get_search_backend().search(query, Motion.objects.all(), fields=fields)
    assert titles(ours) == expected
    if POSTGRES:  # stock SQLite searches its own index's columns, not the model's fields
        assert titles(stock.search(query, Motion.objects.all(), fields=fields)) == expected


def test_autocomplete_with_or_and_with_fields(make_motion):
    make_motion("Armoedebeleid in de stad")
    make_motion("Schuldhulp voor jongeren")
    make_motion("Sportpark")
    backend = get_search_backend()
    either = backend.autocomplete(PlainText("armoe schuld", operator="or"), Motion)
    assert titles(either) == ["Armoedebeleid in de stad", "Schuldhulp voor jongeren"]
    assert titles(backend.autocomplete("jonger", Motion, fields=["title"])) == [
        "Schuldhulp voor jongeren"
    ]
    assert titles(backend.autocomplete(~PlainText("sport"), Motion)) == [
        "Armoedebeleid in de stad",
        "Schuldhulp voor jongeren",
    ]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="fuzzy search is PostgreSQL's")
def test_fuzzy_finds_near_spellings_on_postgresql(motions):
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    backend = get_search_backend()
    assert titles(backend.search(Fuzzy("zwembd"), Motion)) == ["Schoon water"]
    assert titles(backend.search(Fuzzy("polders"), Motion)) == ["Water in de polder"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="fuzzy search is PostgreSQL's")
def test_fuzzy_without_pg_trgm_says_what_to_install(motions):
    with connection.cursor() as cursor:
        cursor.execute("DROP EXTENSION IF EXISTS pg_trgm")
    with pytest.raises(NotSupportedError, match="pg_trgm"):
        list(get_search_backend().search(Fuzzy("zwembd"), Motion))


def _wagtail_entries():
    content_type = ContentType.objects.get_for_model(Motion)
    return IndexEntry.objects.filter(content_type=content_type)


def test_each_fast_object_has_its_entry_in_wagtails_index_with_its_title(motions):
    """modelsearch's contract: one IndexEntry per indexed object (its content type and
    id); the fast path writes it with the title only (search/fastindex/entries.py)."""
    get_search_backend().add_bulk(Motion, motions)
    entries = {entry.object_id: entry for entry in _wagtail_entries()}
    assert set(entries) == {str(motion.pk) for motion in motions}
    entry = entries[str(motions[1].pk)]
    assert entry.model == "motion"
    assert str(entry) == "motie: Schoon water"
    # The title's analysed terms, as the stock index holds a page's (analysed.py).
    assert analysed_text("Schoon water") == "schon water schoon"
    if POSTGRES:
        assert entry.title_text == "schon water schoon"
        assert entry.body_text == ""
    else:
        assert entry.title == "schon water schoon"
        assert entry.body == ""
    assert entry.title_norm != 1.0  # set at once, not left for the stock refresh


def test_deleting_a_fast_object_removes_its_entry(motions):
    backend = get_search_backend()
    backend.add_bulk(Motion, motions)
    gone = motions[0].pk
    motions[0].delete()
    assert not _wagtail_entries().filter(object_id=str(gone)).exists()
    assert _wagtail_entries().count() == 2
    assert titles(backend.search("water", Motion)) == ["Armoede", "Schoon water"]


def test_update_index_keeps_one_entry_per_fast_object(stock):
    stale = _wagtail_entries().first()
    Motion.objects.filter(pk=stale.object_id).delete()  # without signals: a stale entry
    call_command("update_index", backend_name="default", stdout=None, verbosity=0)
    assert sorted(_wagtail_entries().values_list("object_id", flat=True)) == sorted(
        str(pk) for pk in Motion.objects.values_list("pk", flat=True)
    )
    assert titles(get_search_backend().search("zwembad", Motion)) == ["Schoon water"]


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
