"""
The targets of issue 21 (point 9) on the backend the suite runs on: the relevance
collection (tests/relevance/) through the motion bank's own search, recall@20 ≥ 0.95
and nDCG@10 ≥ 0.85 over all queries. `make relevance` prints the same figures per
backend with the queries that miss; docs/search.md, "Relevance".
"""

from django.db import transaction

import pytest

from tools.relevance import evaluate
from tools.relevance.collection import queries
from tools.relevance.report import NDCG_TARGET, RECALL_TARGET, by_category, scores, summary

pytestmark = pytest.mark.relevance


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker):
    """Every query's Score; the corpus loaded once for the module, rolled back after."""
    collection = queries()
    with django_db_blocker.unblock(), transaction.atomic():
        ids = evaluate.prepare()
        results = evaluate.measure(collection, ids)
        transaction.set_rollback(True)
    return scores(collection, results)


def explain(found, attribute, target):
    worst = sorted(
        (s for s in found if getattr(s, attribute) < target), key=lambda s: getattr(s, attribute)
    )
    categories = ", ".join(
        f"{name} {values[attribute]:.2f}" for name, values in by_category(found).items()
    )
    lines = [f"per categorie: {categories}"] + [
        f"{s.query.id} '{s.query.text}' ({s.query.category}): {attribute} "
        f"{getattr(s, attribute):.2f}, mist {', '.join(s.missed[:6]) or '-'}"
        for s in worst[:15]
    ]
    return "\n".join(lines)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "recall@20 is 0.943 on SQLite and 0.939 on PostgreSQL (make relevance), below 0.95: "
        "issue 21 stays open until it is met; strict, so meeting it fails here until this "
        "mark goes (docs/search.md, Relevance)"
    ),
)
def test_recall_at_20_meets_the_target(measured):
    value = summary(measured)["recall"]
    assert value >= RECALL_TARGET, f"recall@20 {value:.3f}\n" + explain(measured, "recall", 1.0)


def test_ndcg_at_10_meets_the_target(measured):
    value = summary(measured)["ndcg"]
    assert value >= NDCG_TARGET, f"nDCG@10 {value:.3f}\n" + explain(measured, "ndcg", NDCG_TARGET)
