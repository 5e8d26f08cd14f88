"""
Saving a member's upload and sending it into moderation.

Everything happens in one transaction: the document (its file stored under a name we
make, never the uploader's), the motion as a draft with a revision, and the start of the
workflow "Moderatie motiebank" (a group approval task for Redactie, whose members get
Wagtail's notification e-mail). If any step fails, the transaction is rolled back and
the stored file removed: nothing half-saved. Mail (the confirmation to the member, and
Wagtail's notification through the site's mail backend, clbsite.mail) and text extraction
wait for the commit; a mail that fails then is logged, never shown to the member.

The same submission sent again while the first waits for moderation (the member went
back and sent it once more) is not saved twice: the member gets the same confirmation.
See docs/motionbank.md.
"""

import logging
import smtplib
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.documents import get_document_model
from wagtail.models import WorkflowState
from wagtail.utils.file import hash_filelike

from home.siteurl import absolute

from .models import Motion
from .privacy import motion_collection
from .tasks import enqueue_extraction
from .text import normalize_title, one_line

logger = logging.getLogger(__name__)


def stored_file_name(title, checked_file):
    """Our own file name: the uploader's name is never used as (part of) a path."""
    stem = slugify(title)[:60].strip("-") or "motie"
    return f"motie-{stem}.{checked_file.extension}"


def pending_duplicate(form, user):
    """The member's own submission, still waiting for moderation, that this form repeats
    field for field (the file by its content), or None."""
    data = form.cleaned_data
    candidates = (
        Motion.objects.filter(
            uploaded_by=user,
            live=False,
            title_key=normalize_title(data["title"]),
            document_type=data["document_type"],
            governing_body=data["governing_body"],
            date_submitted=data["date_submitted"],
            outcome=data["outcome"],
            theme=data["theme"],
            adapted_from=form.adapted_motion,
        )
        .select_related("original_file")
        .order_by("-pk")
    )
    fields = ("submitters", "parties", "summary", "source_url")
    parts = form.parts
    upload_hash = hash_filelike(data["file"]) if data.get("file") else ""
    for submission in submissions_with_state(candidates):
        motion = submission.motion
        if submission.state != PENDING:
            continue
        if any((getattr(motion, name) or "").strip() != data[name].strip() for name in fields):
            continue
        if any(getattr(motion, name) != value for name, value in parts.items()):
            continue
        if sorted(tag.name for tag in motion.tags.all()) != sorted(data["tags"]):
            continue
        document = motion.original_file
        if (document.file_hash if document else "") == upload_hash:
            return motion
    return None


def create_submission(form, user, *, request=None):
    """Create the draft motion from a valid MotionUploadForm and start moderation, or
    return the member's pending submission that the form repeats (see pending_duplicate)."""
    data = form.cleaned_data
    Document = get_document_model()
    stored = []
    try:
        with transaction.atomic():
            # One submission at a time per member (a double click sends two requests), so
            # that the second sees the first. PostgreSQL locks the row; SQLite ignores it.
            list(get_user_model().objects.select_for_update().filter(pk=user.pk).values("pk"))
            duplicate = pending_duplicate(form, user)
            if duplicate is not None:
                return duplicate
            document = None
            if form.checked_file is not None:
                document = Document(
                    title=data["title"][:255],
                    collection=motion_collection(),
                    uploaded_by_user=user,
                )
                upload = data["file"]
                upload.seek(0)
                document.file.save(
                    stored_file_name(data["title"], form.checked_file), upload, save=False
                )
                stored.append(document.file.name)
                document._set_document_file_metadata()
                document.save()

            motion = Motion(
                title=data["title"],
                document_type=data["document_type"],
                governing_body=data["governing_body"],
                date_submitted=data["date_submitted"],
                outcome=data["outcome"],
                theme=data["theme"],
                submitters=data["submitters"],
                parties=data["parties"],
                summary=data["summary"],
                **form.parts,
                source_url=data["source_url"],
                original_file=document,
                uploaded_by=user,
                adapted_from=form.adapted_motion,
                live=False,
            )
            if data["tags"]:
                motion.tags.add(*data["tags"])
            motion.save()
            motion.save_revision(user=user, log_action=True)
            start_moderation(motion, user)
            if document is not None:
                enqueue_extraction(motion.pk)
            transaction.on_commit(lambda: confirm_to_member(motion, user, request), robust=True)
    except BaseException:
        for name in stored:
            Document._meta.get_field("file").storage.delete(name)
        raise
    return motion


def start_moderation(motion, user):
    workflow = motion.get_workflow()
    if workflow is None:
        logger.error(
            "No workflow is assigned to motions; motion %s waits as a draft. Assign the "
            "workflow 'Moderatie motiebank' to 'motie' in Settings > Workflows.",
            motion.pk,
        )
        return None
    return workflow.start(motion, user)


def confirm_to_member(motion, user, request=None):
    """A short confirmation to the member. A failing mail server is logged, never shown:
    the motion has been saved and is in moderation either way."""
    if not user.email:
        return False
    from .models import MotionBankPage

    page = MotionBankPage.objects.live().first()
    url = absolute(page.mine_url) if page is not None else ""
    body = render_to_string(
        "motionbank/email/submission_received.txt", {"motion": motion, "user": user, "url": url}
    )
    try:
        send_mail(
            _("Ontvangen: %(title)s") % {"title": one_line(motion.title)[:150]},
            body,
            None,
            [user.email],
        )
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send the submission confirmation for motion %s", motion.pk)
        return False
    return True


# States of a submission as the member sees them in "Mijn bijdragen" ------------------

PENDING = "in_behandeling"
PUBLISHED = "gepubliceerd"
RETURNED = "teruggestuurd"
WITHDRAWN = "niet_gepubliceerd"

STATE_LABELS = {
    PENDING: gettext_lazy("In behandeling"),
    PUBLISHED: gettext_lazy("Gepubliceerd"),
    RETURNED: gettext_lazy("Teruggestuurd of afgewezen"),
    WITHDRAWN: gettext_lazy("Niet gepubliceerd"),
}


@dataclass
class Submission:
    motion: Motion
    state: str
    comment: str = ""

    @property
    def label(self):
        return STATE_LABELS[self.state]


def submissions_with_state(motions):
    """Each motion with its moderation state, in three queries whatever their number."""
    motions = list(motions)
    if not motions:
        return []
    content_type = motions[0].get_base_content_type()
    latest = {}
    states = (
        WorkflowState.objects.filter(
            base_content_type=content_type, object_id__in=[str(m.pk) for m in motions]
        )
        .select_related("current_task_state")
        .order_by("created_at", "pk")
    )
    for state in states:
        latest[state.object_id] = state  # the last one wins
    result = []
    for motion in motions:
        state = latest.get(str(motion.pk))
        comment = ""
        if motion.live:
            code = PUBLISHED
        elif state is None or state.status == WorkflowState.STATUS_IN_PROGRESS:
            code = PENDING
        elif state.status in (WorkflowState.STATUS_NEEDS_CHANGES, WorkflowState.STATUS_CANCELLED):
            code = RETURNED
            if state.current_task_state is not None:
                comment = state.current_task_state.comment
        else:
            code = WITHDRAWN
        result.append(Submission(motion=motion, state=code, comment=comment))
    return result
