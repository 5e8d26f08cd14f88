"""
A fast full-text and faceted search on the database, for the models with many records
(motions, events). See docs/search.md, "The fast path".

- ``text``: turning objects and queries into words (folding, Dutch stop words, weights).
- ``sqlite`` / ``postgres``: one full-text table per model, keyed by the object's id.
- ``store``: the filter fields of every record in memory, as columns (numpy), kept up
  to date from a change log, so filters, counts, facets and orderings never scan tables.
"""
