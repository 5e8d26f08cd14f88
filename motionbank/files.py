"""
The original files of motions: Wagtail documents in the collection "Motiebank".

A motion's file lives and dies with the motion. When a motion is deleted, however it is
deleted (the admin's delete and bulk delete, a queryset's delete() in a command or the
shell), its document is deleted too, unless another motion still uses it, in its current
version or in a revision (a draft, or an older version one can go back to). Deleting the
document deletes its file from storage once the transaction commits (Wagtail's own
handler, wagtail.documents.signal_handlers). Documents outside the collection "Motiebank"
are never deleted here: an editor chose them from the general library, where other pages
may use them.

``manage.py motion_files --orphans`` lists what is left over anyway (documents that no
motion uses, files without a document), ``--delete`` removes it. See docs/motionbank.md.
"""

import logging
import posixpath
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Revision

from .privacy import COLLECTION_NAME

logger = logging.getLogger(__name__)

DOCUMENTS_FOLDER = "documents"
# A file younger than this may belong to an upload whose transaction has not committed.
MIN_ORPHAN_AGE = timedelta(hours=1)


def motion_documents():
    """The documents in the collection "Motiebank" (a child of the root collection)."""
    return get_document_model().objects.filter(
        collection__name=COLLECTION_NAME, collection__depth=2
    )


def _motion_revisions():
    from .models import Motion

    return Revision.objects.filter(content_type=ContentType.objects.get_for_model(Motion))


def _ids(values):
    return {int(value) for value in values if value is not None}


def _unused(documents):
    """Those of ``documents`` that no motion uses, in its current version or a revision."""
    from .models import Motion

    candidates = set(
        documents.exclude(
            pk__in=Motion.objects.filter(original_file__isnull=False).values("original_file")
        ).values_list("pk", flat=True)
    )
    if candidates:
        candidates -= _ids(
            _motion_revisions()
            .filter(content__original_file__in=list(candidates))
            .values_list("content__original_file", flat=True)
        )
    return candidates


# Deleting a motion ---------------------------------------------------------------------


def remember_files(sender, instance, **kwargs):
    """pre_delete of a motion: the documents it uses, before its revisions are deleted."""
    instance._files_in_use = {instance.original_file_id} | _ids(
        _motion_revisions()
        .filter(object_id=str(instance.pk))
        .values_list("content__original_file", flat=True)
    )
    instance._files_in_use.discard(None)


def delete_unused_files(sender, instance, **kwargs):
    """post_delete of a motion: delete its documents that no other motion uses."""
    ids = getattr(instance, "_files_in_use", {instance.original_file_id} - {None})
    if not ids:
        return
    unused = _unused(motion_documents().filter(pk__in=ids))
    if unused:
        # A queryset delete sends post_delete for each document: Wagtail then removes the
        # file from storage once the transaction commits.
        get_document_model().objects.filter(pk__in=unused).delete()
        logger.info("Deleted the original file(s) %s of motion %s", sorted(unused), instance.pk)


# Finding what was left over ------------------------------------------------------------


def orphan_documents():
    """Documents in the collection "Motiebank" that no motion uses."""
    return motion_documents().filter(pk__in=_unused(motion_documents())).order_by("pk")


def _walk(storage, folder):
    directories, files = storage.listdir(folder)
    for name in sorted(files):
        yield posixpath.join(folder, name)
    for directory in sorted(directories):
        yield from _walk(storage, posixpath.join(folder, directory))


def orphan_files(now=None):
    """Files in the documents folder of the storage that no document (of any collection)
    points to, older than MIN_ORPHAN_AGE."""
    Document = get_document_model()
    storage = Document._meta.get_field("file").storage
    if not storage.exists(DOCUMENTS_FOLDER):
        return []
    known = set(Document.objects.values_list("file", flat=True))
    cutoff = (now or timezone.now()) - MIN_ORPHAN_AGE
    orphans = []
    for name in _walk(storage, DOCUMENTS_FOLDER):
        if name in known:
            continue
        try:
            if storage.get_modified_time(name) > cutoff:
                continue
        except NotImplementedError:
            pass
        orphans.append(name)
    return orphans
