"""
The measures of the relevance collection, on ranked lists of motion ids.

- recall@k: the share of the relevant motions among the first k results; when more than
  k motions are relevant, out of k (a full first page counts as complete).
- nDCG@k: discounted cumulative gain of the first k results with gain 2^grade - 1 and
  discount log2(rank + 1), divided by that of the ideal order of the judged motions.
- overlap@k: of two backends' first k results, the shared share of the larger set
  (1.0 when both find nothing).
"""

import math


def recall_at(ranked, relevant, k=20):
    if not relevant:
        return 1.0
    found = len(set(ranked[:k]) & set(relevant))
    return found / min(len(relevant), k)


def dcg(grades):
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def ndcg_at(ranked, relevant, k=10):
    """``relevant`` maps motion id -> grade (1 or 2)."""
    ideal = dcg(sorted(relevant.values(), reverse=True)[:k])
    if not ideal:
        return 1.0
    return dcg([relevant.get(item, 0) for item in ranked[:k]]) / ideal


def overlap_at(first, second, k=10):
    a, b = set(first[:k]), set(second[:k])
    if not a and not b:
        return 1.0
    return len(a & b) / max(len(a), len(b))


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0
