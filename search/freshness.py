"""
The fast index's counts follow a saved record at once, whatever the text index's lag.

Counts, facet counts and filters of the fast path (search/fastindex) come from in-memory
columns that each process refreshes from the change log (``search.models.IndexChange``)
by reading the named records' filter fields from the database again. The index task
appends to that log too, but it runs in the worker in production, seconds or minutes
later: until then an event made members-only was still counted for visitors. So every
save, delete or change of a many-to-many filter field of a fast model appends to the log
at once, in the saving transaction (and is rolled back with it): the next request of every
process reads the record's columns again. The text of the record is still the indexed
one until the task has run; what a search shows is checked against the database anyway.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save


def record_saved(sender, instance, using="default", **kwargs):
    from search.fastindex.registry import record_changes

    record_changes(sender, [instance.pk], using)


def record_related(sender, instance, action, reverse, model, pk_set, using="default", **kwargs):
    """A many-to-many filter field changed (an event's audiences): from the record's side
    the record itself, from the other side the records added, removed or cleared."""
    from search.fastindex.registry import record_changes

    if not reverse:
        if action.startswith("post_"):
            record_changes(type(instance), [instance.pk], using)
    elif action in ("post_add", "post_remove") and pk_set:
        record_changes(model, sorted(pk_set), using)
    elif action == "pre_clear":  # the records are known only before they are cleared
        source = next(f for f in sender._meta.fields if f.related_model is model)
        target = next(f for f in sender._meta.fields if f.related_model is type(instance))
        related = sender._default_manager.using(using).filter(**{target.attname: instance.pk})
        pks = sorted(set(related.values_list(source.attname, flat=True)))
        if pks:
            record_changes(model, pks, using)


def connect():
    """Connect the handlers for every model some backend keeps in the fast index."""
    from search.fastindex.registry import configured_fast_models, filter_attnames

    for model in configured_fast_models():
        uid = f"search.freshness.{model._meta.label_lower}"
        post_save.connect(record_saved, sender=model, dispatch_uid=f"{uid}.saved")
        post_delete.connect(record_saved, sender=model, dispatch_uid=f"{uid}.deleted")
        for name in filter_attnames(model)[1]:
            through = model._meta.get_field(name).remote_field.through
            m2m_changed.connect(record_related, sender=through, dispatch_uid=f"{uid}.{name}")
