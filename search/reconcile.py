"""
Compare each search index with the database and repair what differs.

An index write that fails (a cluster that was down, a task that was lost) must not be
forgotten: `python manage.py reconcile_index` finds, per backend and model,

- missing entries (objects the index does not have),
- stale entries (the index holds other text or values than the object has now),
- deleted entries (the index holds objects that no longer exist),

reports them and, unless --dry-run, repairs them. It reads the database in batches.
"""

import logging
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from modelsearch.index import get_indexed_models

from search.backends.analysed import AnalysedIndexMixin, AnalysedObject
from search.fastindex.entries import index_entry_model

logger = logging.getLogger(__name__)
BATCH = 500


@dataclass
class Difference:
    backend: str
    model: str
    missing: int = 0
    stale: int = 0
    deleted: int = 0

    @property
    def total(self):
        return self.missing + self.stale + self.deleted


def leaf_models():
    """Indexed models without indexed subclasses (each object counted once)."""
    models = list(get_indexed_models())
    return [
        model
        for model in models
        if not any(other is not model and issubclass(other, model) for other in models)
    ]


def batches(model, batch_size=BATCH):
    queryset = model.get_indexed_objects().order_by("pk")
    last = None
    while True:
        page = queryset if last is None else queryset.filter(pk__gt=last)
        items = list(page[:batch_size])
        if not items:
            return
        yield items
        last = items[-1].pk


def reconcile(name, backend, model, fix=True):
    if getattr(backend, "is_fast", None) and backend.is_fast(model):
        return _fast(name, backend, model, fix)
    if hasattr(backend, "es"):
        return _elasticsearch(name, backend, model, fix)
    return _database(name, backend, model, fix)


def _fast(name, backend, model, fix):
    """The fast path's text tables (a fingerprint per object) and each object's entry
    in Wagtail's index table (search/fastindex/entries.py): an object without either
    is missing."""
    from search.fastindex.registry import record_changes, text_index_for
    from search.fastindex.text import prepare

    text = text_index_for(model, config=backend.text_config)
    indexed = text.fingerprints()
    entries = index_entry_model()._default_manager.filter(
        content_type=ContentType.objects.get_for_model(model)
    )
    entry_ids = set(entries.values_list("object_id", flat=True))
    difference = Difference(name, model._meta.label)
    for items in batches(model):
        repair = []
        for obj in items:
            stored = indexed.pop(obj.pk, None)
            has_entry = str(obj.pk) in entry_ids
            entry_ids.discard(str(obj.pk))
            if stored is None or not has_entry:
                difference.missing += 1
                repair.append(obj)
            elif stored != prepare(obj).fingerprint:
                difference.stale += 1
                repair.append(obj)
        if fix and repair:
            backend.add_bulk(model, repair)
    # What is left: entries of objects that are gone, from either place.
    difference.deleted = len({str(pk) for pk in indexed} | entry_ids)
    if fix and indexed:
        text.delete(sorted(indexed))
        record_changes(model, sorted(indexed))
    if fix and entry_ids:
        entries.filter(object_id__in=sorted(entry_ids)).delete()
    return difference


def _database(name, backend, model, fix):
    """Wagtail's database index: one IndexEntry per object, with its text."""
    from django.db import connection

    from wagtail.search.models import IndexEntry

    content_type = ContentType.objects.get_for_model(model)
    fields = (
        ("title_text", "body_text")
        if connection.vendor == "postgresql"
        else ("title", "body", "autocomplete")
    )
    entries = {
        object_id: values
        for object_id, *values in IndexEntry.objects.filter(content_type=content_type).values_list(
            "object_id", *fields
        )
    }
    indexer_class = _object_indexer()
    # The site's database backend stores analysed text (search/backends/analysed.py).
    analysed = issubclass(getattr(backend, "index_class", object), AnalysedIndexMixin)
    difference = Difference(name, model._meta.label)
    for items in batches(model):
        repair = []
        for obj in items:
            stored = entries.pop(str(obj.pk), None)
            if stored is None:
                difference.missing += 1
                repair.append(obj)
                continue
            indexer = indexer_class(AnalysedObject(obj) if analysed else obj, backend)
            if [getattr(indexer, field) for field in fields] != list(stored):
                difference.stale += 1
                repair.append(obj)
        if fix and repair:
            backend.add_bulk(model, repair)
    difference.deleted = len(entries)
    if fix and entries:
        IndexEntry.objects.filter(content_type=content_type, object_id__in=list(entries)).delete()
    return difference


def _object_indexer():
    from django.db import connection

    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import ObjectIndexer
    else:
        from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer
    return ObjectIndexer


def _elasticsearch(name, backend, model, fix):
    """An Elasticsearch/OpenSearch index: documents by id, compared with what the
    mapping makes of each object now."""
    index = backend.get_index_for_model(model)
    mapping = backend.mapping_class(model)
    difference = Difference(name, model._meta.label)
    exists = bool(backend.es.indices.exists(index=index.name))
    if fix and not exists:
        # A cluster that came back empty: an index with the mapping, then every object.
        index.put()
        index.add_model(model)
        exists = True
    expected_ids = set()
    for items in batches(model):
        documents = {
            mapping.get_document_id(obj): (obj, mapping.get_document(obj)) for obj in items
        }
        expected_ids.update(documents)
        if not exists:  # a dry run on a cluster without the index: everything is missing
            difference.missing += len(documents)
            continue
        # body= is the form every client takes: elasticsearch-py 7 to 9 and opensearch-py.
        found = backend.es.mget(index=index.name, body={"ids": list(documents)})["docs"]
        repair = []
        for doc in found:
            obj, document = documents[doc["_id"]]
            if not doc.get("found"):
                difference.missing += 1
                repair.append(obj)
            elif doc.get("_source") != _jsonable(backend, document):
                difference.stale += 1
                repair.append(obj)
        if fix and repair:
            backend.add_bulk(model, repair)
    content_type = mapping.get_content_type()
    query = {"term": {"_django_content_type": content_type}}
    orphans = []
    for hit in _scan(backend, index.name, query) if exists else ():
        if hit["_id"] not in expected_ids:
            orphans.append(hit["_id"])
    difference.deleted = len(orphans)
    if fix:
        for document_id in orphans:
            backend.es.delete(index=index.name, id=document_id)
    return difference


def _scan(backend, index_name, query):
    """Every hit of the query, by scrolling, with the scan helper of the backend's client."""
    if type(backend.es).__module__.startswith("opensearchpy"):
        from opensearchpy.helpers import scan
    else:
        from elasticsearch.helpers import scan

    return scan(backend.es, index=index_name, query={"query": query, "_source": False})


def _jsonable(backend, document):
    """The document as the engine stores it: serialised by the backend's own client (dates
    as isoformat(), as each client writes them), read back."""
    import json

    transport = backend.es.transport
    serializer = getattr(transport, "serializer", None)  # opensearch-py, elasticsearch-py 7
    if serializer is not None:
        return json.loads(serializer.dumps(document))
    return json.loads(transport.serializers.dumps(document, mimetype="application/json"))
