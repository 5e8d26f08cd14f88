"""Background tasks of the motion bank (django-tasks; immediate in development and tests)."""

import logging

from django.db import transaction

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def extract_motion_text(motion_id):
    """Fill a motion's extracted_text from its original file and save it (which updates
    the search index). The draft revision under moderation gets the text too, so that
    publishing it does not wipe the text out again."""
    from .documents import part_names
    from .extraction import extract_text
    from .models import Motion
    from .split import split_text

    motion = Motion.objects.filter(pk=motion_id).select_related("original_file").first()
    if motion is None or motion.original_file is None:
        return 0
    try:
        with motion.original_file.open_file() as handle:
            data = handle.read()
    except FileNotFoundError:
        logger.warning("Motion %s: original file %s is missing", motion_id, motion.original_file)
        return 0
    try:
        text = extract_text(data)
    except Exception:
        logger.exception("Motion %s: text extraction failed", motion_id)
        return 0

    # A submission whose member typed none of its parts gets them from the text, where
    # the markers of its type are found, for the editor to check (motionbank/split.py).
    parts = {}
    own = part_names(motion.document_type)
    if not motion.live and not any((getattr(motion, name) or "").strip() for name in own):
        parts = split_text(motion.document_type, text)

    with transaction.atomic():
        motion.extracted_text = text
        for name, value in parts.items():
            setattr(motion, name, value)
        motion.save(update_fields=["extracted_text", *parts])
        revision = motion.latest_revision
        if revision is not None:
            changes = {"extracted_text": text, **parts}
            if any(revision.content.get(name, "") != value for name, value in changes.items()):
                revision.content.update(changes)
                revision.save(update_fields=["content"])
    return len(text)


def enqueue_extraction(motion_id):
    """Extract once the motion and its file are committed (never from half a save)."""
    transaction.on_commit(lambda: extract_motion_text.enqueue(motion_id))
