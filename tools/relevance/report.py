"""
Scores of measured runs (evaluate.measure) against the judgments, and the table that
`make relevance` prints.
"""

from dataclasses import dataclass

from .collection import CATEGORIES
from .metrics import mean, ndcg_at, overlap_at, recall_at

RECALL_TARGET = 0.95  # recall@20, mean over the queries (issue 21, point 9)
NDCG_TARGET = 0.85  # nDCG@10
OVERLAP_TARGET = 0.90  # top-10 overlap of SQLite and PostgreSQL, mean over the queries


@dataclass
class Score:
    query: object
    top: list
    recall: float
    ndcg: float
    suggested: str | None = None

    @property
    def missed(self):
        """The relevant motions not in the first page, best graded first."""
        shown = set(self.top)
        return sorted(
            (item for item in self.query.relevant if item not in shown),
            key=lambda item: (-self.query.relevant[item], item),
        )


def scores(queries, results):
    """One Score per query, from a run's results ({query id: {"top": [...], ...}})."""
    found = []
    for query in queries:
        result = results.get(query.id, {"top": []})
        found.append(
            Score(
                query=query,
                top=result["top"],
                recall=recall_at(result["top"], query.relevant, 20),
                ndcg=ndcg_at(result["top"], query.relevant, 10),
                suggested=result.get("suggested"),
            )
        )
    return found


def summary(found):
    return {"recall": mean(s.recall for s in found), "ndcg": mean(s.ndcg for s in found)}


def by_category(found):
    return {
        category: summary([s for s in found if s.query.category == category])
        for category in CATEGORIES
        if any(s.query.category == category for s in found)
    }


def overlap(first, second):
    """Mean top-10 overlap of two runs' Score lists (same queries, same order)."""
    return mean(overlap_at(a.top, b.top, 10) for a, b in zip(first, second, strict=True))


def table(runs, queries):
    """The report as text. ``runs``: [(label, results)] in order."""
    scored = [(label, scores(queries, results)) for label, results in runs]
    lines = [f"Relevantie: {len(queries)} zoekvragen (tests/relevance/queries.yaml)", ""]
    header = f"{'':16}" + "".join(f"{label:>22}" for label, _ in scored)
    lines.append(header)
    lines.append(f"{'':16}" + "".join(f"{'recall@20  nDCG@10':>22}" for _ in scored))
    rows = [("alle", [summary(found) for _, found in scored])]
    for category in CATEGORIES:
        values = [by_category(found).get(category) for _, found in scored]
        if all(values):
            rows.append((category, values))
    for name, values in rows:
        cells = "".join(f"{v['recall']:>13.3f}{v['ndcg']:>9.3f}" for v in values)
        lines.append(f"{name:16}{cells}")
    lines.append("")
    for label, found in scored:
        total = summary(found)
        verdict = (
            "haalt de doelen"
            if total["recall"] >= RECALL_TARGET and total["ndcg"] >= NDCG_TARGET
            else "haalt de doelen niet"
        )
        lines.append(
            f"{label}: recall@20 {total['recall']:.3f} (doel {RECALL_TARGET}), "
            f"nDCG@10 {total['ndcg']:.3f} (doel {NDCG_TARGET}): {verdict}"
        )
    if len(scored) >= 2:
        (first_label, first), (second_label, second) = scored[0], scored[1]
        value = overlap(first, second)
        mark = "haalt het doel" if value >= OVERLAP_TARGET else "haalt het doel niet"
        lines.append(
            f"Overlap top-10 {first_label}/{second_label}: {value:.3f} "
            f"(doel {OVERLAP_TARGET}): {mark}"
        )
    for label, found in scored:
        lines += ["", f"Missers op {label} (recall@20 < 1 of nDCG@10 < {NDCG_TARGET}):"]
        misses = [s for s in found if s.recall < 1 or s.ndcg < NDCG_TARGET]
        for s in misses:
            via = f" -> '{s.suggested}'" if s.suggested else ""
            missed = ", ".join(s.missed[:8]) + (" ..." if len(s.missed) > 8 else "")
            filters = "".join(f" {k}={','.join(v)}" for k, v in s.query.filters.items())
            lines.append(
                f"  {s.query.id} {s.query.category:14} '{s.query.text}'{filters}{via}: "
                f"recall {s.recall:.2f}, nDCG {s.ndcg:.2f}; mist {missed or '-'}"
            )
        if not misses:
            lines.append("  geen")
    return "\n".join(lines)
