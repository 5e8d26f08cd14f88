"""
The collection itself, without Django: the corpus (tests/relevance/corpus.jsonl, in the
format of `manage.py import_motions`, plus an "id" per motion) and the judged queries
(tests/relevance/queries.yaml).
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "relevance" / "corpus.jsonl"
QUERIES = ROOT / "tests" / "relevance" / "queries.yaml"

CATEGORIES = (
    "plural",
    "diminutive",
    "compound-part",
    "compound-whole",
    "diacritics",
    "typo",
    "synonym",
    "abbreviation",
    "multi-word",
    "filtered",
)
# The motion bank's filter parameters a query may use (motionbank/searching.py FACETS).
FILTERS = ("laag", "provincie", "soort")


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    category: str
    relevant: dict  # motion id -> grade (1 or 2)
    filters: dict = field(default_factory=dict)  # parameter -> list of URL values


def corpus_rows(path=CORPUS):
    """The corpus as a list of dicts (one per motion), in file order."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def queries(path=QUERIES):
    with open(path, encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    return [
        Query(
            id=item["id"],
            text=item["query"],
            category=item["category"],
            relevant=dict(item["relevant"]),
            filters={name: list(values) for name, values in (item.get("filters") or {}).items()},
        )
        for item in raw
    ]


def motion_key(row):
    """What finds a corpus motion in the database: its title and date (the titles of the
    corpus are unique)."""
    return (row["title"], row["date_submitted"])
