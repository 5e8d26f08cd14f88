"""
The fast path of the database backend (search/fastindex): in-memory columns kept up to
date from the change log, text matching with folding and stop words, ranking, and the
SQL path for what the columns cannot answer.
"""

import datetime
import io

from django.db import connection, transaction

from modelsearch.query import Phrase
from wagtail.search.backends import get_search_backend

import numpy as np
import pytest

from motionbank.models import Motion
from search.fastindex import registry
from search.fastindex.text import STOP_WORDS, document_for, words
from search.models import IndexChange

pytestmark = pytest.mark.django_db


def titles(results):
    return [motion.title for motion in results]


def backend():
    return get_search_backend()


def test_words_are_folded_and_stop_words_dropped():
    assert words("De Financiën van het College, 's-Hertogenbosch!") == [
        "financien",
        "college",
        "s",
        "hertogenbosch",
    ]
    assert {"de", "het", "van", "een", "en"} <= STOP_WORDS


def test_fields_go_to_title_head_and_body_by_boost(make_motion):
    motion = make_motion(
        "Armoede de wereld uit",
        summary="Een korte samenvatting",
        findings="Constaterende dat het armoedecijfer stijgt",
    )
    document = document_for(motion)
    assert document.title == ["Armoede de wereld uit"]
    assert "Een korte samenvatting" in document.head
    assert any("armoedecijfer" in text for text in document.body)
    assert "Teststad Tilburg" in " ".join(document.body)  # related fields count as body


def test_saving_a_motion_writes_the_change_log(make_motion):
    before = IndexChange.objects.count()
    motion = make_motion("Logboekmotie")
    assert IndexChange.objects.filter(model="motionbank.motion", object_id=motion.pk).exists()
    assert IndexChange.objects.count() > before


def test_columns_follow_changes_without_a_full_reload(make_motion):
    first = make_motion("Eerste motie", outcome="aangenomen")
    assert backend().search("motie", Motion.objects.filter(outcome="aangenomen")).count() == 1
    store = registry.store_for(Motion)
    loaded_at = store.loaded_at

    second = make_motion("Tweede motie", outcome="aangenomen")
    first.outcome = "verworpen"
    first.save()
    found = backend().search("motie", Motion.objects.filter(outcome="aangenomen"))
    assert titles(found) == ["Tweede motie"]
    assert registry.store_for(Motion).loaded_at == loaded_at  # patched, not reloaded

    second.delete()
    assert backend().search("motie", Motion.objects.filter(outcome="aangenomen")).count() == 0
    assert backend().search("motie", Motion.objects.all()).count() == 1


def test_a_rolled_back_change_is_noticed(make_motion):
    make_motion("Blijvende motie")
    assert backend().search("motie", Motion.objects.all()).count() == 1
    with pytest.raises(RuntimeError), transaction.atomic():
        make_motion("Teruggedraaide motie")
        assert backend().search("motie", Motion.objects.all()).count() == 2
        raise RuntimeError("roll back")
    registry.forget_checks()
    assert titles(backend().search("motie", Motion.objects.all())) == ["Blijvende motie"]


@pytest.mark.parametrize("later_change", [False, True])
def test_a_change_id_given_out_again_is_noticed(make_motion, later_change):
    """After a rolled back transaction the database may give the same change id, for the
    same motion, to another write (a test case's rollback does it every time): the time
    of the change tells them apart, also when newer changes follow it."""
    motion = make_motion("Motie", outcome="aangenomen")
    assert backend().search("motie", Motion.objects.filter(outcome="aangenomen")).count() == 1
    newest = IndexChange.objects.order_by("-id").first()
    Motion.objects.filter(pk=motion.pk).update(outcome="verworpen")
    IndexChange.objects.filter(pk=newest.pk).update(
        created_at=newest.created_at + datetime.timedelta(seconds=1)
    )
    if later_change:
        make_motion("Andere motie", outcome="verworpen")
    registry.forget_checks()
    assert backend().search("motie", Motion.objects.filter(outcome="aangenomen")).count() == 0


def test_facet_counts_come_from_memory(make_motion, django_assert_max_num_queries):
    for number in range(6):
        make_motion(f"Motie {number}", outcome="aangenomen" if number % 3 else "verworpen")
    results = backend().search("motie", Motion.objects.all())
    assert results.count() == 6  # loads the columns
    with django_assert_max_num_queries(0):
        assert results.facet("outcome") == {"aangenomen": 4, "verworpen": 2}


def test_facet_counts_count_empty_values_and_follow_changes(make_motion):
    """A facet over a field that may be empty (who uploaded a motion) counts the empty
    ones apart, also when the column had none before (what the store knows of a whole
    column is known again after a change)."""
    from tests.factories import UserFactory

    first, second = UserFactory(), UserFactory()
    motions = [make_motion(f"Motie {number}", uploaded_by=first) for number in range(4)]

    def counts():
        registry.forget_checks()
        return backend().search("motie", Motion.objects.all()).facet("uploaded_by_id")

    assert counts() == {first.pk: 4}
    motions[1].uploaded_by = None
    motions[1].save()
    motions[2].uploaded_by = second
    motions[2].save()
    assert counts() == {first.pk: 2, second.pk: 1, None: 1}


def test_only_stop_words_match_nothing(make_motion):
    make_motion("Het is de motie van de raad")
    assert backend().search("het de van", Motion.objects.all()).count() == 0
    assert backend().search("de raad", Motion.objects.all()).count() == 1


def test_phrases_need_the_words_together(make_motion):
    make_motion("Gratis openbaar vervoer voor ouderen")
    make_motion("Vervoer voor ouderen is niet gratis openbaar")
    from modelsearch.query import Phrase

    found = backend().search(Phrase("gratis openbaar vervoer"), Motion.objects.all())
    assert titles(found) == ["Gratis openbaar vervoer voor ouderen"]


def test_relevance_prefers_title_then_text_and_orders_the_rest_by_date(make_motion):
    make_motion(
        "Iets anders", findings="woningbouw woningbouw woningbouw", date=datetime.date(2020, 1, 1)
    )
    make_motion("Ook iets anders", findings="woningbouw", date=datetime.date(2024, 1, 1))
    make_motion("Woningbouw in de wijk", date=datetime.date(2019, 1, 1))
    found = titles(backend().search("woningbouw", Motion.objects.all()))
    assert found[0] == "Woningbouw in de wijk"
    assert found[1:] == ["Iets anders", "Ook iets anders"]  # more mentions rank higher


@pytest.mark.parametrize("narrow", ["no", "filters", "matches"])
def test_many_matches_rank_title_and_summary_first_within_the_filters(
    make_motion, bodies, monkeypatch, narrow
):
    """With many matches only titles and summaries are scored (search/fastindex/
    execution.py); when filters keep a small share of the bank, or the words match a
    small share, only the matches the filters keep."""
    from search.fastindex import execution

    monkeypatch.setattr(execution, "FULL_RANK_LIMIT", 0)
    monkeypatch.setattr(execution, "NARROW_FRACTION", 1.01 if narrow == "filters" else 0)
    monkeypatch.setattr(execution, "FEW_MATCHES_FRACTION", 1.01 if narrow == "matches" else 0)
    text_index = registry.text_index_for(Motion, connection.alias, backend().text_config)
    asked = []
    original = type(text_index).head_scores
    monkeypatch.setattr(
        type(text_index),
        "head_scores",
        lambda self, words, among=None: asked.append(among) or original(self, words, among),
    )
    make_motion("Woningbouw in Zeeland", body="middelburg", date=datetime.date(2024, 5, 1))
    make_motion("Iets anders", findings="woningbouw", date=datetime.date(2024, 4, 1))
    make_motion("Nog iets", summary="Meer woningbouw", date=datetime.date(2019, 1, 1))
    make_motion("Woningbouw in Tilburg", date=datetime.date(2018, 1, 1))
    queryset = Motion.objects.filter(governing_body=bodies["tilburg"])
    found = titles(backend().search("woningbouw", queryset))
    assert found == ["Woningbouw in Tilburg", "Nog iets", "Iets anders"]
    if narrow == "no":
        assert asked == [None]  # every title and summary with the word, kept for later
    else:  # only the three matches in Tilburg
        assert len(asked) == 1 and len(asked[0]) == 3


def test_each_text_index_sets_how_many_matches_are_ranked_on_all_their_text(
    make_motion, monkeypatch
):
    """PostgreSQL ranks fewer matches on all their text than SQLite (reading whole
    vectors costs more there): above its text index's limit, titles and summaries are
    ranked first, the rest by date."""
    make_motion("Iets anders", findings="zonnepark zonnepark", date=datetime.date(2020, 1, 1))
    make_motion("Nog iets", findings="zonnepark", date=datetime.date(2024, 1, 1))
    make_motion("Zonnepark bij de dijk", date=datetime.date(2019, 1, 1))
    text_index = registry.text_index_for(Motion, connection.alias, backend().text_config)
    assert text_index.full_rank_limit == (1000 if connection.vendor == "postgresql" else 5000)
    calls = []
    for scorer in ("scores", "head_scores"):
        original = getattr(type(text_index), scorer)
        monkeypatch.setattr(
            type(text_index),
            scorer,
            lambda self, *a, _name=scorer, _original=original, **k: (
                calls.append(_name) or _original(self, *a, **k)
            ),
        )
    found = titles(backend().search("zonnepark", Motion.objects.all()))
    assert calls == ["scores", "head_scores"]  # and which have the word in the title
    assert found == ["Zonnepark bij de dijk", "Iets anders", "Nog iets"]  # by mentions

    monkeypatch.setattr(type(text_index), "full_rank_limit", 2)
    registry.forget_checks()
    calls.clear()
    found = titles(backend().search("zonnepark", Motion.objects.filter(live=True)))
    assert calls == ["head_scores"]
    assert found == ["Zonnepark bij de dijk", "Nog iets", "Iets anders"]  # then newest


@pytest.mark.parametrize("many", [False, True])
def test_remembered_scores_follow_a_changed_text(make_motion, monkeypatch, many):
    """Scores are kept with the text matches of the store (for the next page or other
    filters) and dropped with them when a motion changes."""
    from search.fastindex import execution

    if many:
        monkeypatch.setattr(execution, "FULL_RANK_LIMIT", 0)
        monkeypatch.setattr(execution, "NARROW_FRACTION", 0)
    make_motion("Dijkversterking langs de rivier", date=datetime.date(2020, 1, 1))
    later = make_motion("Iets anders", findings="dijkversterking", date=datetime.date(2024, 1, 1))
    assert titles(backend().search("dijkversterking", Motion.objects.all()))[0] == (
        "Dijkversterking langs de rivier"
    )
    calls = []
    text_index = registry.text_index_for(Motion, connection.alias, backend().text_config)
    scorer = "head_scores" if many else "scores"
    original = getattr(type(text_index), scorer)
    monkeypatch.setattr(
        type(text_index), scorer, lambda self, *a, **k: calls.append(1) or original(self, *a, **k)
    )
    list(backend().search("dijkversterking", Motion.objects.filter(outcome="aangenomen"))[:20])
    list(backend().search("dijkversterking", Motion.objects.all())[10:20])
    assert calls == [], "scored again for the same words"

    later.title = "Dijkversterking nu"
    later.summary = "Dijkversterking dijkversterking"
    later.save()
    found = titles(backend().search("dijkversterking", Motion.objects.all()))
    assert found[0] == "Dijkversterking nu"
    assert calls, "a changed motion did not drop the remembered scores"


def test_orderings_and_slices(make_motion):
    for day in range(1, 8):
        make_motion(f"Motie {day}", date=datetime.date(2024, 1, day))
    queryset = Motion.objects.order_by("date_submitted")
    results = backend().search("motie", queryset, order_by_relevance=False)
    assert titles(results[2:5]) == ["Motie 3", "Motie 4", "Motie 5"]
    assert results[2:5].count() == 3
    newest = backend().search(
        "motie", Motion.objects.order_by("-date_submitted"), order_by_relevance=False
    )
    assert titles(newest[:2]) == ["Motie 7", "Motie 6"]


def test_filters_it_cannot_answer_use_sql(make_motion, bodies):
    make_motion("Motie in Brabant", body="tilburg")
    make_motion("Motie in Zeeland", body="middelburg")
    # A filter across a relation is not a column in memory: the SQL path answers.
    queryset = Motion.objects.filter(uploaded_by__isnull=True)
    assert backend().search("motie", queryset).count() == 2


def test_shown_results_are_checked_against_the_database(make_motion):
    motion = make_motion("Motie die verdwijnt")
    results = backend().search("motie", Motion.objects.filter(live=True))
    assert results.count() == 1
    # Changed behind the index's back (no save signal): never shown while it no longer
    # matches the caller's queryset.
    Motion.objects.filter(pk=motion.pk).update(live=False)
    assert titles(backend().search("motie", Motion.objects.filter(live=True))) == []


def test_autocomplete_on_titles(make_motion):
    make_motion("Armoedebeleid in de stad")
    make_motion("Schuldhulp")
    found = backend().autocomplete("armoe", Motion.objects.all())
    assert titles(found) == ["Armoedebeleid in de stad"]


def test_autocomplete_finds_whole_words_and_beginnings(make_motion):
    """A whole word typed in full is found too, also where the index holds its stem
    (PostgreSQL stores "besloten" as "beslot")."""
    make_motion("Besloten vergadering over woningen")
    make_motion("Schuldhulp")
    for typed in ("besl", "besloten", "besloten verg", "woningen", "Besloten vergadering"):
        found = backend().autocomplete(typed, Motion.objects.all())
        assert titles(found) == ["Besloten vergadering over woningen"], typed


def test_update_index_rebuilds_the_text_tables(make_motion):
    from django.core.management import call_command

    make_motion("Motie over water")
    registry.text_index_for(Motion, connection.alias).reset()
    registry.forget_checks()
    assert backend().search("water", Motion.objects.all()).count() == 0
    call_command("update_index", stdout=io.StringIO())
    registry.forget_checks()
    assert backend().search("water", Motion.objects.all()).count() == 1


def test_a_bulk_write_finds_what_single_writes_find(make_motion, monkeypatch):
    """A write of several chunks (a rebuild, an import) takes another route on
    PostgreSQL (a larger pending list of the GIN indexes, merged at the end): the
    same searches find the same motions, and the rest of the transaction keeps the
    server's setting."""
    motions = [
        make_motion("Woningbouw in de wijk", findings="gratis openbaar vervoer"),
        make_motion("Zonnepark bij de dijk", summary="Meer woningbouw"),
        make_motion("Iets anders", considerations="financiën van de gemeente"),
        make_motion("Nog iets", findings="woningbouw en water"),
        make_motion("Water in de polder"),
    ]
    searches = ["woningbouw", "water", "financien", Phrase("gratis openbaar vervoer")]

    def answers():
        registry.forget_checks()
        return [titles(backend().search(query, Motion.objects.all())) for query in searches]

    single = answers()
    assert single[0][0] == "Woningbouw in de wijk" and len(single[0]) == 3
    text_index = registry.text_index_for(Motion, connection.alias, backend().text_config)
    monkeypatch.setattr(type(text_index), "WRITE_CHUNK", 2, raising=False)
    text_index.reset()
    registry.record_reset(Motion, connection.alias)  # as the backend's reset does
    assert answers() == [[], [], [], []]
    with transaction.atomic():
        setting = _pending_list_setting()
        backend().add_bulk(Motion, Motion.objects.filter(pk__in=[m.pk for m in motions]))
        assert _pending_list_setting() == setting
    assert answers() == single


def _pending_list_setting():
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('gin_pending_list_limit')")
        return cursor.fetchone()[0]


def _write_many(text_index, bodies, themes, count=3000):
    """``count`` motions: nine in ten say "gemeente", one in ten "waterschap"."""
    motions = [
        Motion(
            title=f"Motie {number}",
            findings="De gemeente bouwt." if number % 10 else "Het waterschap meet.",
            governing_body=bodies["tilburg"],
            theme=themes["wonen"],
            date_submitted=datetime.date(2024, 1, 1),
        )
        for number in range(count)
    ]
    for motion in motions:
        motion.fill_derived()  # as save() does; bulk_create does not
    Motion.objects.bulk_create(motions)
    text_index.write(motions)


def test_document_counts_say_how_many_records_have_a_word(make_motion):
    make_motion("Zwembad open", findings="Het zwembad gaat over Financiën.")
    make_motion("Zwembad dicht")
    make_motion("Bibliotheek")
    counts, total = backend().document_counts(
        Motion, ["zwembad", "bibliotheek", "sauna", "de", "financien"]
    )
    assert counts == {"zwembad": 2, "bibliotheek": 1, "sauna": 0, "de": None, "financien": 1}
    assert total == 3


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a sample of PostgreSQL's pages")
def test_document_counts_of_a_large_table_come_from_a_sample(bodies, themes, monkeypatch):
    text_index = registry.text_index_for(Motion, connection.alias, backend().text_config)
    monkeypatch.setattr(type(text_index), "SAMPLE_RECORDS", 600)
    _write_many(text_index, bodies, themes)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_fasthead, search_fastmatch")
    counts, total = backend().document_counts(Motion, ["gemeente", "waterschap", "sauna"])
    assert total == 3000
    assert text_index._sample[1] < 3000  # records read for the counts
    assert 2300 <= counts["gemeente"] <= 3000  # 2,700
    assert 100 <= counts["waterschap"] <= 600  # 300
    assert counts["sauna"] == 0


@pytest.mark.parametrize("ids", [[2, 3, 5, 8, 13], [2, 3, 5, 8, 10**12]], ids=["dense", "sparse"])
def test_rows_of_ids_leave_out_what_the_store_does_not_hold(ids):
    from search.fastindex.store import ColumnStore

    store = ColumnStore(Motion, [], [])
    store.pks = np.array(ids, dtype=np.int64)
    asked = [ids[4], 4, ids[0], -1, 2**62, ids[2]]
    assert store.rows_for_pks(asked).tolist() == [4, 0, 2]
    assert store.mask_for_pks(asked).tolist() == [True, False, True, False, True]
    assert store.rows_for_pks([]).tolist() == []
    # New records (higher ids) are found once the store holds them.
    store.pks = np.array([*ids, ids[4] + 1], dtype=np.int64)
    store._changed()
    assert store.rows_for_pks([ids[4] + 1]).tolist() == [5]


def test_prune_keeps_the_newest_change(make_motion):
    from django.core.management import call_command

    make_motion("Motie")
    IndexChange.objects.update(created_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
    newest = IndexChange.objects.order_by("-id").first()
    call_command("prune_search_changes", stdout=io.StringIO())
    assert list(IndexChange.objects.all()) == [newest]


def test_many_to_many_values_follow_changes(make_event, audiences):
    from agenda.models import Event

    first = make_event("Eerste", audience_keys=["raadsleden"])
    second = make_event("Tweede", audience_keys=["wethouders"])
    results = backend().search("eerste tweede", Event.objects.all(), operator="or")
    assert results.facet("audiences") == {
        audiences["raadsleden"].pk: 1,
        audiences["wethouders"].pk: 1,
    }
    # A deleted record next to one that stays must not take the other's values along.
    first.delete()
    second.audiences.add(audiences["statenleden"])
    second.save()
    results = backend().search("eerste tweede", Event.objects.all(), operator="or")
    assert results.facet("audiences") == {
        audiences["wethouders"].pk: 1,
        audiences["statenleden"].pk: 1,
    }


@pytest.mark.parametrize("share", [0.0, 0.1, 0.5, 0.9, 1.0])
def test_facet_counts_of_few_and_of_most_records(share):
    """Counts over most records are the whole column's counts less the rest (kept per
    version of the store); they agree with counting the records one by one."""
    from collections import Counter

    from search.fastindex.store import ColumnStore

    rng = np.random.default_rng(3)
    store = ColumnStore(Motion, ["outcome", "year"], [])
    size = 1000
    store.pks = np.arange(1, size + 1, dtype=np.int64)
    store.alive = np.ones(size, dtype=bool)
    outcomes = ["aangenomen", "verworpen", "ingetrokken"]
    codes = rng.integers(0, 3, size)
    for value in outcomes:
        store.columns["outcome"].encode(value)
    store.columns["outcome"].data = codes.astype(np.int64)
    store.columns["year"].data = rng.integers(2019, 2026, size).astype(np.int64)
    mask = rng.random(size) < share

    def expected(values):
        return dict(Counter(values[mask].tolist()))

    assert store.counts("outcome", mask) == expected(np.array(outcomes, dtype=object)[codes])
    assert store.counts("year", mask) == expected(store.columns["year"].data)
    store.columns["year"].data[:500] = 2030  # a change: counted again, not from before
    store._changed()
    assert store.counts("year", mask) == expected(store.columns["year"].data)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")
def test_a_broad_word_is_found_through_the_index_after_analyze(bodies, themes):
    """Autovacuum analyzes the text tables in production. With statistics on the vectors
    PostgreSQL would read the whole table for a word in most records (every vector from
    TOAST: seconds at scale); the migration that creates the tables keeps them out."""
    text_index = registry.text_index_for(Motion, connection.alias, backend().text_config)
    _write_many(text_index, bodies, themes)
    low, high = text_index.range
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_fasthead, search_fastmatch")
        cursor.execute(
            "EXPLAIN SELECT id FROM search_fastmatch WHERE everything @@ "
            "plainto_tsquery('dutch', 'gemeente') AND id BETWEEN %s AND %s",
            [low, high],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Bitmap Index Scan" in plan and "Seq Scan" not in plan, plan
