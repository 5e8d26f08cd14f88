"""
Sending an issue to every confirmed subscriber, in batches, through the task worker.

- ``schedule(issue, send_at, user)``: the issue's Dispatch ("now" is a time too).
- ``send_due()`` (the command ``send_newsletters``, from cron every few minutes, and the
  admin's "Nu verzenden"): for each dispatch whose time has come and whose issue is live,
  hands the confirmed subscribers it has not reached yet to the worker in batches of
  ``NEWSLETTER_BATCH_SIZE`` (``send_issue_batch``).
- ``send_batch``: for each subscriber, first claims the address (a Delivery row; the
  unique constraint refuses a second claim), then sends, then marks it sent. A mail the
  server refused gives its claim back, so a later run tries again.

Resuming: a dispatch that has not finished and has made no progress for
``STALLED_AFTER`` (a worker that was stopped, a batch that died) is picked up again by
``send_due``: only addresses without a claim are handed out, so nobody gets the issue
twice. A claim without ``sent_at`` (a worker killed between the mail server's answer and
the mark) is never sent again: at most once, and the admin shows how many are unknown.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from django_tasks import task

from newsletter.mailing import DELIVERY_ERRORS, IssueMail, delivery_connection
from newsletter.models import Delivery, Dispatch, Subscriber

logger = logging.getLogger(__name__)

STALLED_AFTER = timedelta(minutes=15)


def batch_size():
    return max(1, getattr(settings, "NEWSLETTER_BATCH_SIZE", 100))


def schedule(issue, send_at, user=None):
    """Plan (or re-plan, until it has started) the sending of ``issue``."""
    dispatch, created = Dispatch.objects.get_or_create(
        issue=issue, defaults={"send_at": send_at, "requested_by": user}
    )
    if not created and dispatch.started_at is None:
        dispatch.send_at = send_at
        dispatch.requested_by = user
        dispatch.save(update_fields=["send_at", "requested_by"])
    return dispatch


def remaining(dispatch):
    """Confirmed subscribers this dispatch has not claimed yet, in a fixed order."""
    claimed = Delivery.objects.filter(dispatch=dispatch).values("email")
    return Subscriber.objects.confirmed().exclude(email__in=claimed).order_by("pk")


def due_dispatches(now=None):
    now = now or timezone.now()
    return (
        Dispatch.objects.filter(finished_at__isnull=True, send_at__lte=now, issue__live=True)
        .exclude(progress_at__gt=now - STALLED_AFTER)
        .select_related("issue")
        .order_by("send_at", "pk")
    )


def start(dispatch, now=None):
    """Hand the subscribers not yet reached to the worker; returns the task results."""
    now = now or timezone.now()
    updated = Dispatch.objects.filter(pk=dispatch.pk, finished_at__isnull=True)
    if dispatch.started_at is None:
        updated.filter(started_at__isnull=True).update(started_at=now)
    updated.update(progress_at=now)
    ids = list(remaining(dispatch).values_list("pk", flat=True))
    if not ids:
        finish_if_done(dispatch.pk, now)
        return []
    size = batch_size()
    return [
        send_issue_batch.enqueue(dispatch.pk, ids[start : start + size])
        for start in range(0, len(ids), size)
    ]


def send_due(now=None):
    """Start or resume every dispatch that is due: (dispatches, task results)."""
    dispatches = list(due_dispatches(now))
    results = []
    for dispatch in dispatches:
        results.extend(start(dispatch, now))
    return dispatches, results


def finish_if_done(dispatch_id, now=None):
    dispatch = Dispatch.objects.get(pk=dispatch_id)
    if dispatch.finished_at is None and not remaining(dispatch).exists():
        Dispatch.objects.filter(pk=dispatch_id).update(finished_at=now or timezone.now())


def _claim(dispatch, subscriber):
    try:
        with transaction.atomic():
            return Delivery.objects.create(
                dispatch=dispatch, subscriber=subscriber, email=subscriber.email
            )
    except IntegrityError:  # claimed before: by an earlier run, or another worker
        return None


def send_batch(dispatch_id, subscriber_ids, connection=None):
    """Send the issue of a dispatch to these subscribers (those still confirmed and not
    yet claimed). Returns counts: sent, skipped (claimed before), failed (tried again)."""
    counts = {"sent": 0, "skipped": 0, "failed": 0}
    dispatch = Dispatch.objects.select_related("issue").get(pk=dispatch_id)
    issue = dispatch.issue.specific  # the live content, never a draft
    if not issue.live:
        return counts
    mail = IssueMail(issue)
    subscribers = Subscriber.objects.confirmed().filter(pk__in=subscriber_ids).order_by("pk")
    own_connection = connection is None
    connection = connection or delivery_connection()
    try:
        for subscriber in subscribers:
            delivery = _claim(dispatch, subscriber)
            if delivery is None:
                counts["skipped"] += 1
                continue
            try:
                connection.send_messages([mail.message_for(subscriber)])
            except DELIVERY_ERRORS:
                logger.exception(
                    "Issue %s could not be sent to subscriber %s", issue.pk, subscriber.pk
                )
                delivery.delete()  # not sent: the next run tries this address again
                counts["failed"] += 1
                continue
            now = timezone.now()
            Delivery.objects.filter(pk=delivery.pk).update(sent_at=now)
            Dispatch.objects.filter(pk=dispatch_id).update(progress_at=now)
            counts["sent"] += 1
    finally:
        if own_connection:
            try:
                connection.close()
            except DELIVERY_ERRORS:
                logger.exception("Closing the mail connection failed")
    if not counts["failed"]:
        finish_if_done(dispatch_id)
    return counts


@task()
def send_issue_batch(dispatch_id, subscriber_ids):
    return send_batch(dispatch_id, subscriber_ids)


def send_test(issue, email, connection=None):
    """An editor's test: the latest revision (a draft too) to ``email`` only; no record."""
    draft = issue.get_latest_revision_as_object()
    (connection or delivery_connection()).send_messages([IssueMail(draft).test_message(email)])
