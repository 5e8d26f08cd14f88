"""
A fast full-text and faceted search on the database, for the models with many records
(motions, events). See docs/search.md, "The fast path".

- ``text``: turning objects and queries into words (folding, Dutch stop words, weights).
- ``keys``: where a record's text lives in the shared text tables.
- ``sqlite`` / ``postgres``: the text tables (created by search's migrations).
- ``store``: the filter fields of every record in memory, as columns (numpy), kept up
  to date from a change log, so filters, counts, facets and orderings never scan tables.
- ``execution``: running a search of any shape (the fast models have no other index).
"""
