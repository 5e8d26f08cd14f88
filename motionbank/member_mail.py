"""
The mail a member gets when the editors approve their shared motion or send it back.

Wagtail's own notices (``wagtail.admin.mail``) are written for editors: their only link
goes to the admin, which a member cannot open. For a motion a member uploaded, these
notifiers send a mail written for the member instead: Dutch, the motion's title, a link to
the motion on the site (approved) or to "Mijn bijdragen" (sent back), and the editor's
comment. Links use the site's configured address (``home.siteurl``). Everything else
(pages, motions an editor put into moderation) keeps Wagtail's notice.

They take the place of Wagtail's receivers by using the same ``dispatch_uid``: Django
keeps the first receiver connected under a uid, and this app is ready before
``wagtail.admin`` (INSTALLED_APPS), which connects its own in its ``ready()``.
``tests/motionbank/test_member_mails.py`` fails if that order changes.

The mail is rendered and sent after the commit of the moderation step
(``transaction.on_commit``, robust): from the published motion, and never about a step
that was rolled back.
"""

import logging
from functools import partial

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected

from home.siteurl import absolute

from .text import one_line

logger = logging.getLogger(__name__)

APPROVED = "approved"
RETURNED = "returned"


def member_submission(workflow_state, triggering_user=None):
    """The motion and the member to write to, if this workflow is a member's upload."""
    from .models import Motion

    if workflow_state.base_content_type.model_class() is not Motion:
        return None
    motion = Motion.objects.filter(pk=workflow_state.object_id).first()
    member = workflow_state.requested_by
    if motion is None or member is None or motion.uploaded_by_id != member.pk:
        return None
    if triggering_user is not None and triggering_user.pk == member.pk:
        return None
    return motion, member


def editor_comment(workflow_state):
    task_state = workflow_state.current_task_state
    if task_state is None:
        return ""
    return (task_state.comment or "").strip()


def send_member_mail(kind, motion_pk, member, comment):
    """Render and send the mail (after the commit). Returns whether it was handed over."""
    from .models import Motion, MotionBankPage

    motion = Motion.objects.filter(pk=motion_pk).first()
    if motion is None or not member.is_active or not member.email:
        return False
    page = MotionBankPage.objects.live().first()
    url = ""
    if page is not None:
        url = absolute(page.motion_url(motion) if kind == APPROVED else page.mine_url)
    context = {"motion": motion, "user": member, "url": url, "comment": comment}
    with translation.override("nl"):
        subject = render_to_string(f"motionbank/email/{kind}_subject.txt", context)
        body = render_to_string(f"motionbank/email/{kind}.txt", context)
    # The site's mail backend logs (never raises) a failing mail server.
    send_mail(one_line(subject)[:200], body, None, [member.email])
    return True


class MemberAwareNotifier:
    kind = ""

    def __call__(self, instance=None, **kwargs):
        found = member_submission(instance, kwargs.get("user")) if instance else None
        if found is None:
            return super().__call__(instance=instance, **kwargs)
        motion, member = found
        transaction.on_commit(
            partial(send_member_mail, self.kind, motion.pk, member, editor_comment(instance)),
            robust=True,
        )
        return True


class ApprovalNotifier(MemberAwareNotifier, WorkflowStateApprovalEmailNotifier):
    kind = APPROVED


class RejectionNotifier(MemberAwareNotifier, WorkflowStateRejectionEmailNotifier):
    kind = RETURNED


approval_notifier = ApprovalNotifier()
rejection_notifier = RejectionNotifier()


def connect():
    """Called from MotionbankConfig.ready(), before wagtail.admin connects its own."""
    workflow_approved.connect(
        approval_notifier,
        sender=WorkflowState,
        dispatch_uid="workflow_state_approved_email_notification",
    )
    workflow_rejected.connect(
        rejection_notifier,
        sender=WorkflowState,
        dispatch_uid="workflow_state_rejected_email_notification",
    )
