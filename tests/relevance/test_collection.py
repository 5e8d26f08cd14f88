"""
The relevance collection is well-formed: enough motions written for it, importable by
`manage.py import_motions`, enough judged queries in every category, every judgment on
a motion that exists. And the measures compute what docs/search.md says they do.
"""

import re
from collections import Counter

import pytest

from motionbank.io import import_rows
from motionbank.models import Motion
from motionbank.models.motions import DocumentType
from motionbank.models.reference import PROVINCE_CHOICES, Tier
from tools.relevance.collection import CATEGORIES, FILTERS, corpus_rows, queries
from tools.relevance.evaluate import reference_data
from tools.relevance.metrics import ndcg_at, overlap_at, recall_at

ROWS = corpus_rows()
QUERIES = queries()
TEXT_FIELDS = ("title", "summary", "findings", "considerations", "operative_text")


def test_the_corpus_has_at_least_150_motions_with_unique_ids_and_titles():
    assert len(ROWS) >= 150
    assert len({row["id"] for row in ROWS}) == len(ROWS)
    assert len({row["title"] for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["id"])
def test_every_motion_is_a_realistic_length(row):
    words = len(re.findall(r"\w+", " ".join(row[name] for name in TEXT_FIELDS)))
    assert 80 <= words <= 250, f"{row['id']}: {words} woorden"


def test_the_corpus_covers_every_tier_type_and_many_themes():
    bodies = Counter(row["governing_body"].split()[0] for row in ROWS)
    assert bodies["Provincie"] >= 15
    assert sum(bodies[word] for word in ("Waterschap", "Hoogheemraadschap", "Wetterskip")) >= 10
    types = Counter(row["document_type"] for row in ROWS)
    assert {"motie", "amendement", "schriftelijke_vragen"} <= set(types)
    assert len({row["theme"] for row in ROWS}) >= 12


@pytest.mark.django_db
def test_the_importer_accepts_every_motion_of_the_corpus():
    reference_data()
    report = import_rows(enumerate(ROWS, start=1))
    assert report.rejected == []
    assert report.created == len(ROWS)
    assert Motion.objects.live().count() == len(ROWS)


def test_there_are_at_least_80_queries_with_unique_ids():
    assert len(QUERIES) >= 80
    assert len({query.id for query in QUERIES}) == len(QUERIES)


def test_every_category_is_present_with_several_queries():
    counts = Counter(query.category for query in QUERIES)
    assert set(counts) == set(CATEGORIES)
    assert min(counts.values()) >= 8, counts


def test_every_judged_motion_exists_and_grades_are_1_or_2():
    ids = {row["id"] for row in ROWS}
    for query in QUERIES:
        assert set(query.relevant) <= ids, query.id
        assert set(query.relevant.values()) <= {1, 2}, query.id
        assert 2 in query.relevant.values(), f"{query.id}: no motion judged 2"


def test_filters_are_those_the_motion_bank_form_takes():
    known = {
        "laag": set(Tier.values),
        "provincie": {value for value, _label in PROVINCE_CHOICES},
        "soort": set(DocumentType.values),
    }
    assert set(known) == set(FILTERS)
    filtered = [query for query in QUERIES if query.filters]
    assert filtered
    for query in filtered:
        for name, values in query.filters.items():
            assert set(values) <= known[name], query.id


def test_recall_counts_the_relevant_motions_on_the_first_page():
    relevant = {"a": 2, "b": 1, "c": 1, "d": 2}
    assert recall_at(["a", "x", "b"], relevant, 20) == 0.5
    assert recall_at(["x", "y"], relevant, 20) == 0.0
    # More relevant motions than places: a full page of them is complete.
    many = {f"m{i}": 1 for i in range(30)}
    assert recall_at([f"m{i}" for i in range(20)], many, 20) == 1.0


def test_ndcg_rewards_the_best_motions_first():
    relevant = {"a": 2, "b": 1}
    assert ndcg_at(["a", "b"], relevant, 10) == pytest.approx(1.0)
    assert ndcg_at(["b", "a"], relevant, 10) < ndcg_at(["a", "b"], relevant, 10)
    assert ndcg_at(["x", "a", "b"], relevant, 10) < ndcg_at(["a", "b", "x"], relevant, 10)
    assert ndcg_at(["x", "y"], relevant, 10) == 0.0
    # (2^2 - 1) / log2(3) + (2^1 - 1) / log2(2) over the ideal 3 / 1 + 1 / log2(3)
    assert ndcg_at(["b", "a"], relevant, 10) == pytest.approx(
        (1 + 3 / 1.5849625) / (3 + 1 / 1.5849625)
    )


def test_overlap_is_the_shared_share_of_the_top_ten():
    assert overlap_at(["a", "b"], ["b", "a"], 10) == 1.0
    assert overlap_at(["a", "b", "c", "d"], ["a", "b"], 10) == 0.5
    assert overlap_at([], [], 10) == 1.0
    assert overlap_at(list("abcdefghijk"), list("abcdefghijz"), 10) == 1.0
