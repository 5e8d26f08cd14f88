"""
Where a record's text lives in the fast path's shared text tables: one integer key per
record, ``(content type of the root model << 40) | local key``.

- The content type is the root model's (modelsearch's ``get_model_root``): a child of
  multi-table inheritance (a Novel under Book) shares its parent's primary key, so its
  text is found by a search of the parent and of the child alike.
- The local key is the primary key itself when that is an integer from 0 to 2**40 (as
  database ids are), and otherwise a number given out once per object by
  ``search.models.FastKey`` (UUID or text primary keys).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from modelsearch.backends.base import get_model_root

import numpy as np

LOCAL_BITS = 40
LOCAL_LIMIT = 1 << LOCAL_BITS
INTEGER_FIELDS = (models.AutoField, models.BigAutoField, models.IntegerField)


class KeyOutOfRange(ValueError):
    """An integer primary key outside what a local key holds (0 to 2**40)."""


def integer_pk(model):
    """True when the model's primary key is the local key itself."""
    field = model._meta.pk
    while field.is_relation:  # a child's pointer to its parent (multi-table inheritance)
        field = field.target_field
    return isinstance(field, INTEGER_FIELDS)


def prefix(model, using="default"):
    """The first key of the model's range of keys (its root model's content type)."""
    root = get_model_root(model)
    content_type = ContentType.objects.db_manager(using).get_for_model(root)
    return content_type.pk << LOCAL_BITS


def key_range(model, using="default"):
    """(lowest, highest) key of the model's records."""
    low = prefix(model, using)
    return low, low + LOCAL_LIMIT - 1


def keys_for(model, pks, using="default", create=False):
    """The local key of each primary key, as int64. Objects of a model without integer
    keys get one from FastKey (``create``) or -1 when they have none yet."""
    pks = list(pks)
    if integer_pk(model):
        keys = np.array([int(pk) for pk in pks], dtype=np.int64)
        if len(keys) and (keys.min() < 0 or keys.max() >= LOCAL_LIMIT):
            raise KeyOutOfRange(
                f"{model._meta.label}: primary keys of the fast search path run from 0 to "
                f"{LOCAL_LIMIT - 1}"
            )
        return keys
    from search.models import FastKey

    content_type = ContentType.objects.db_manager(using).get_for_model(get_model_root(model))
    wanted = [str(pk) for pk in pks]
    known = dict(_fast_keys(using, content_type, wanted))
    missing = [object_id for object_id in dict.fromkeys(wanted) if object_id not in known]
    if create and missing:
        FastKey.objects.using(using).bulk_create(
            [FastKey(content_type=content_type, object_id=object_id) for object_id in missing],
            ignore_conflicts=True,
        )
        known.update(_fast_keys(using, content_type, missing))
    return np.array([known.get(object_id, -1) for object_id in wanted], dtype=np.int64)


def pks_for(model, keys, using="default"):
    """The primary keys of some local keys ({key: pk}); keys without an object left out."""
    keys = [int(key) for key in keys]
    if integer_pk(model):
        return {key: key for key in keys}
    from search.models import FastKey

    content_type = ContentType.objects.db_manager(using).get_for_model(get_model_root(model))
    pk_field = model._meta.pk
    found = FastKey.objects.using(using).filter(content_type=content_type, id__in=keys)
    return {
        key: pk_field.to_python(object_id)
        for key, object_id in found.values_list("id", "object_id")
    }


def all_keys(model, using="default"):
    """{str(pk): local key} of every object of a model without integer keys."""
    from search.models import FastKey

    content_type = ContentType.objects.db_manager(using).get_for_model(get_model_root(model))
    return dict(
        FastKey.objects.using(using)
        .filter(content_type=content_type)
        .values_list("object_id", "id")
    )


def _fast_keys(using, content_type, object_ids):
    from search.models import FastKey

    found = []
    for start in range(0, len(object_ids), 500):
        found.extend(
            FastKey.objects.using(using)
            .filter(content_type=content_type, object_id__in=object_ids[start : start + 500])
            .values_list("object_id", "id")
        )
    return found
