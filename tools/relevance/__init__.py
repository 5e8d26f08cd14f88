"""
The relevance collection of the Dutch search (tests/relevance/): a corpus of motions
written for it, judged queries, and a harness that measures the site's own motion search
against them. `make relevance` runs it on SQLite and PostgreSQL; see docs/search.md,
"Relevance".
"""
