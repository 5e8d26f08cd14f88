"""Which models use the fast index, and their stores and text indexes per process."""

import threading

from django.apps import apps
from django.db import connections, models
from django.utils import timezone

from modelsearch.index import FilterField

from . import keys
from .store import ColumnStore

_lock = threading.Lock()
_stores = {}
_text_indexes = {}
# Stores already brought up to date in this thread since the request started or the
# last index write: a page with a search and its facet counts asks the change log once.
_checked = threading.local()


def _checked_keys():
    if not hasattr(_checked, "keys"):
        _checked.keys = set()
    return _checked.keys


def forget_checks(**kwargs):
    _checked_keys().clear()


def text_index_for(model, using="default", config=None):
    key = (model._meta.label_lower, using)
    index = _text_indexes.get(key)
    if index is None:
        if connections[using].vendor == "postgresql":
            from .postgres import PostgresTextIndex

            index = PostgresTextIndex(model, using, config or text_config_for(model) or "dutch")
        else:
            from .sqlite import SQLiteTextIndex

            index = SQLiteTextIndex(model, using)
        _text_indexes[key] = index
    return index


# Fields whose values the store holds as numbers or text codes, compared as the database
# compares them. Filters on any other field (JSON, arrays, files) go to Wagtail's backend.
SCALAR_FIELDS = (
    models.BooleanField,
    models.CharField,
    models.TextField,
    models.IntegerField,
    models.AutoField,
    models.FloatField,
    models.DecimalField,
    models.DateField,
    models.TimeField,
    models.UUIDField,
    models.ForeignKey,
)


def filter_attnames(model):
    """The model's FilterFields as (column attnames, many-to-many names)."""
    columns, many_to_many = [], []
    concrete = {f.name: f for f in model._meta.concrete_fields}
    for search_field in model.get_search_fields():
        if not isinstance(search_field, FilterField):
            continue
        try:
            model_field = model._meta.get_field(search_field.field_name)
        except Exception:  # a FilterField on a method or property: not a column
            continue
        if model_field.many_to_many:
            many_to_many.append(model_field.name)
        elif (
            model_field.name in concrete
            and not model_field.primary_key
            and isinstance(model_field, SCALAR_FIELDS)
        ):
            columns.append(model_field.attname)
    return list(dict.fromkeys(columns)), list(dict.fromkeys(many_to_many))


def store_for(model, using="default"):
    """The model's column store, brought up to date with the change log."""
    from search.models import IndexChange

    key = (model._meta.label_lower, using)
    with _lock:
        store = _stores.get(key)
        if store is None:
            store = _stores[key] = ColumnStore(model, *filter_attnames(model), using=using)
    checked = _checked_keys()
    if key in checked and store.generation >= 0:
        return store
    with store.lock:
        changes = IndexChange.objects.using(using)
        newest = _newest_change(using) or (0, None, None)
        latest = newest[0]
        if store.generation < 0 or store.is_stale() or _rolled_back(store, newest, using):
            store.load(latest)
        elif latest > store.generation:
            changed = set(
                changes.filter(
                    id__gt=store.generation, id__lte=latest, model=store.label
                ).values_list("object_id", flat=True)
            )
            if changed:
                store.apply_changes(changed, latest)
            store.generation = latest
        store.last_change = newest
        checked.add(key)
    return store


def _newest_change(using):
    """(id, object key, time) of the newest change. The time tells a change from an
    earlier one whose id was rolled back and given out again."""
    from search.models import IndexChange

    return (
        IndexChange.objects.using(using)
        .order_by("-id")
        .values_list("id", "object_id", "created_at")
        .first()
    )


def _change(change_id, using):
    from search.models import IndexChange

    return (
        IndexChange.objects.using(using)
        .filter(id=change_id)
        .values_list("id", "object_id", "created_at")
        .first()
    )


def _rolled_back(store, newest, using):
    """True when the change the store last saw is gone: rolled back, its id perhaps
    reused. (Change ids come from the database and never go down otherwise.)"""
    last = store.last_change
    if not last or not last[0]:
        return False
    if newest[0] < last[0] or (newest[0] == last[0] and tuple(newest) != tuple(last)):
        return True
    if newest[0] > last[0]:
        seen = _change(last[0], using)
        return seen is None or tuple(seen) != tuple(last)
    return False


def record_changes(model, pks, using="default"):
    """Note in the change log that these objects of a fast model were written or removed
    (their keys: keys.py), so every process reads them again before its next search."""
    from search.models import IndexChange

    forget_checks()
    local = [int(key) for key in keys.keys_for(model, list(pks), using, create=True)]
    if not local:
        return
    # One statement, without a model instance per row (a bulk index writes thousands):
    # the rows bulk_create would write, with the time of the write.
    table = IndexChange._meta.db_table
    connection = connections[using]
    params = [model._meta.label_lower, connection.ops.adapt_datetimefield_value(timezone.now())]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"INSERT INTO {table} (model, object_id, created_at) "
                "SELECT %s, object_id, %s FROM unnest(%s::bigint[]) AS object_id",
                [*params, local],
            )
        else:
            cursor.executemany(
                f"INSERT INTO {table} (model, object_id, created_at) VALUES (%s, %s, %s)",
                [(params[0], key, params[1]) for key in local],
            )


def record_reset(model, using="default"):
    """Note that all of a fast model's text was removed: every process reloads it."""
    from search.models import IndexChange

    forget_checks()
    IndexChange.objects.using(using).create(model=model._meta.label_lower, object_id=0)


def reset():
    """Forget every store and text index of this process (tests; after a restore)."""
    with _lock:
        _stores.clear()
        _text_indexes.clear()
        forget_checks()


def text_config_for(model):
    """The text search configuration of the backend that keeps the model fast."""
    from django.conf import settings

    label = model._meta.label_lower
    for params in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).values():
        if label in fast_model_labels(params) and params.get("SEARCH_CONFIG"):
            return params["SEARCH_CONFIG"]
    return None


def fast_model_labels(backend_params):
    return [label.lower() for label in backend_params.get("FAST_MODELS", [])]


def is_fast(model, labels):
    from modelsearch.backends.base import get_model_root

    return get_model_root(model)._meta.label_lower in labels and model._meta.label_lower in labels


def configured_fast_models():
    from django.conf import settings

    labels = set()
    for params in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).values():
        labels.update(fast_model_labels(params))
    return [apps.get_model(label) for label in sorted(labels)]
