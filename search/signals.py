"""Signals of the search index."""

from django.dispatch import Signal

# Sent with ``sender`` (the model) and ``pks`` whenever records of the database index
# are written or removed (search.fastindex.registry.record_changes): what caches search
# results keys on it, so that an import or a bulk change shows once it is indexed.
index_changed = Signal()
