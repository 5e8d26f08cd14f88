"""A many-to-many filter field reaches Elasticsearch/OpenSearch when it changes.

Wagtail indexes a record on ``post_save``. A ``ParentalManyToManyField`` (an event's
audiences) is written after that signal, when modelcluster commits it, and a plain
many-to-many change sends no ``post_save`` at all: the engine's document kept the old
values, and with them its filters and facet counts, until the next save. So, when an
engine is configured, a change of a many-to-many filter field of an indexed model
enqueues the record's index task again (the database backends read those values from
the database at search time). Connected in ``SearchConfig.ready()``.
"""

from django.db.models.signals import m2m_changed


def engine_configured():
    from django.conf import settings

    backends = getattr(settings, "WAGTAILSEARCH_BACKENDS", None) or {}
    return any(
        "elasticsearch" in str(params.get("BACKEND", ""))
        or "opensearch" in str(params.get("BACKEND", ""))
        for params in backends.values()
    )


def reindex(model, pks):
    from modelsearch.tasks import insert_or_update_object_task

    for pk in pks:
        insert_or_update_object_task.enqueue(model._meta.app_label, model._meta.model_name, str(pk))


def related_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if not reverse:
        if action in ("post_add", "post_remove", "post_clear"):
            reindex(type(instance), [instance.pk])
    elif action in ("post_add", "post_remove") and pk_set:
        reindex(model, sorted(pk_set))


def connect():
    if not engine_configured():
        return
    from modelsearch.index import get_indexed_models

    from search.fastindex.registry import filter_attnames

    for model in get_indexed_models():
        for name in filter_attnames(model)[1]:
            through = model._meta.get_field(name).remote_field.through
            m2m_changed.connect(
                related_changed,
                sender=through,
                dispatch_uid=f"search.engine_sync.{model._meta.label_lower}.{name}",
            )
