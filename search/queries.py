"""
A query class of our own, on modelsearch's: ``SomeOf``, what a search with few results
is widened to (``search.engine.relaxed_query``; docs/search.md, "Query text").

It is an ``Or``, so every backend answers it as one (Wagtail's database backends and
Elasticsearch/OpenSearch look at queries with ``isinstance``). The fast path of motions
and events knows it better: a record matches when it has any of its parts, a compound
word of a part also by any one of the compound's parts, and the matches rank first by
how much of the query they have (every part counts 1; a compound word found only by
some of its parts counts the share of its parts it has), then by score.
"""

from modelsearch.query import Or


class SomeOf(Or):
    """Records with some of the subqueries, those with the most of them first."""

    def __repr__(self):
        return f"<SomeOf {self.subqueries!r}>"
