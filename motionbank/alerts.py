"""
Saved-search alerts (Mijn CLB): a digest per member of the motions published since their
last alert that match their saved searches, found through the site's own search
(motionbank.searching.run_search on motionbank.access.visible_motions), so the Dutch
analysis and the member's visibility apply.

Bookkeeping, so that a motion is never mailed twice to a member and a failed or stopped
run is made good by the next one:

1. the motions of a digest are written to AlertSent as *pending* (sent_at empty), in one
   transaction, before the mail goes out;
2. the mail is sent straight through the delivery backend (EMAIL_DELIVERY_BACKEND, which
   raises when the server fails, unlike the site's ResilientEmailBackend);
3. after it was accepted, one transaction marks them sent and moves the searches'
   ``last_alert_at`` on.

A mail that failed leaves its motions pending and ``last_alert_at`` where it was: the next
run sends them again, to that member only. Motions already marked sent are left out of
every later digest. ``send_saved_search_alerts`` (the command) hands the members whose
searches are due to the task worker in batches (``send_alert_batch``).
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from django_tasks import task

from home.groups import is_member
from home.mijnclb_views import unsubscribe_url
from home.models import MailPreferences

from . import access
from .models import AlertSent, Frequency, MotionBankPage, SavedSearch
from .searching import run_search, search_form

logger = logging.getLogger(__name__)

# A little under a day and a week: a daily cron at a fixed hour catches every day.
INTERVALS = {
    Frequency.DAILY: timedelta(hours=23),
    Frequency.WEEKLY: timedelta(days=7) - timedelta(hours=1),
}
MOTIONS_PER_SEARCH = 50  # more new ones than this: the digest says so and links the search
BATCH_SIZE = 50


@dataclass
class DigestGroup:
    search: SavedSearch
    search_url: str
    motions: list = field(default_factory=list)  # (motion, absolute URL)
    more: bool = False


def base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"


def due_searches(now=None, user=None):
    """Saved searches whose alert is due: frequency not "nooit", and the last alert (or
    the saving) at least about a day or a week ago."""
    now = now or timezone.now()
    due = Q()
    for frequency, interval in INTERVALS.items():
        due |= Q(frequency=frequency) & (
            Q(last_alert_at__isnull=True) | Q(last_alert_at__lte=now - interval)
        )
    searches = SavedSearch.objects.filter(due, user__is_active=True).exclude(
        user__mail_preferences__alerts=False
    )
    if user is not None:
        searches = searches.filter(user=user)
    return searches


def due_user_ids(now=None):
    return list(due_searches(now).values_list("user_id", flat=True).distinct().order_by("user_id"))


def new_motions(search, user, page, *, since=None, already_sent=None):
    """The live motions the member may see, published after ``since`` (the last alert, or
    the saving of the search), that this saved search finds and that were never mailed
    to the member: (motions, whether there were more)."""
    since = since or search.last_alert_at or search.created_at
    if already_sent is None:
        already_sent = AlertSent.objects.filter(user=user, sent_at__isnull=False)
        already_sent = already_sent.values("motion_id")
    # Narrowed by id (a filter the search index knows): few motions are new each day.
    visible = access.visible_motions(user)
    new_ids = list(
        visible.filter(first_published_at__gt=since)
        .exclude(pk__in=already_sent)
        .values_list("pk", flat=True)
    )
    if not new_ids:
        return [], False
    queryset = visible.filter(id__in=new_ids)
    data = QueryDict(search.querystring, mutable=True)
    data.pop("pagina", None)
    data["sortering"] = "nieuwste"
    form = search_form(data)
    values = form.values()
    values["page"] = 1
    outcome = run_search(queryset, form, per_page=MOTIONS_PER_SEARCH, values=values)[1]
    motions = list(outcome.results)
    return motions, outcome.page.paginator.count > len(motions)


def build_digest(user, searches, *, test=False):
    """The groups of a digest: one per saved search with something new. ``test``: the
    newest motions each search finds, whatever was mailed before (the staff test)."""
    page = MotionBankPage.objects.live().first()
    if page is None:
        return []
    base = base_url()
    groups = []
    for search in searches:
        kwargs = {"since": timezone.now() - timedelta(days=36500)} if test else {}
        if test:
            kwargs["already_sent"] = []
        motions, more = new_motions(search, user, page, **kwargs)
        if not motions:
            continue
        groups.append(
            DigestGroup(
                search=search,
                search_url=urljoin(base, f"{page.url}?{search.querystring}"),
                motions=[(motion, urljoin(base, page.motion_url(motion))) for motion in motions],
                more=more,
            )
        )
    return groups


def digest_message(user, groups, *, test=False):
    unsubscribe = unsubscribe_url(user)
    context = {
        "user": user,
        "groups": groups,
        "unsubscribe_url": unsubscribe,
        "mijn_clb_url": urljoin(base_url(), "/mijn-clb/#zoekopdrachten"),
        "test": test,
    }
    count = len({motion.pk for group in groups for motion, _url in group.motions})
    subject = (
        _("Nieuwe moties bij je zoekopdrachten (%(count)s)") % {"count": count}
        if not test
        else _("Testdigest: moties bij je zoekopdrachten")
    )
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("motionbank/email/digest.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    html = render_to_string("motionbank/email/digest.html", context)
    message.attach_alternative(html, "text/html")
    return message


def delivery_connection():
    """The backend that really delivers, raising when it fails: EMAIL_DELIVERY_BACKEND
    behind the site's ResilientEmailBackend, else EMAIL_BACKEND itself (locmem in tests)."""
    backend = settings.EMAIL_BACKEND
    if backend == "clbsite.mail.ResilientEmailBackend":
        backend = settings.EMAIL_DELIVERY_BACKEND
    return get_connection(backend, fail_silently=False)


def send_digest(user, *, now=None, connection=None):
    """Send one member's digest if anything is new. Returns "sent", "nothing" or
    "failed" (the mail server refused: tried again on the next run)."""
    now = now or timezone.now()
    if not user.is_active or not user.email or not is_member(user):
        return "nothing"
    if not MailPreferences.wants_alerts(user):
        return "nothing"
    searches = list(due_searches(now, user=user))
    if not searches:
        return "nothing"
    groups = build_digest(user, searches)
    motion_ids = {motion.pk for group in groups for motion, _url in group.motions}
    if not motion_ids:
        # Nothing new: the next run need not look before now again.
        SavedSearch.objects.filter(pk__in=[s.pk for s in searches]).update(last_alert_at=now)
        return "nothing"
    with transaction.atomic():
        for motion_id in motion_ids:
            AlertSent.objects.get_or_create(user=user, motion_id=motion_id)
    message = digest_message(user, groups)
    try:
        (connection or delivery_connection()).send_messages([message])
    except Exception:  # the mail server: tried again on the next run
        logger.exception("Saved-search digest for user %s could not be sent", user.pk)
        return "failed"
    with transaction.atomic():
        AlertSent.objects.filter(user=user, motion_id__in=motion_ids, sent_at__isnull=True).update(
            sent_at=now
        )
        SavedSearch.objects.filter(pk__in=[s.pk for s in searches]).update(last_alert_at=now)
    return "sent"


def send_test_digest(user, connection=None):
    """Staff: a digest of what the user's own saved searches find now, to themselves,
    without any bookkeeping. Returns the number of motions in it."""
    searches = list(SavedSearch.objects.filter(user=user))
    groups = build_digest(user, searches, test=True)
    message = digest_message(user, groups, test=True)
    (connection or delivery_connection()).send_messages([message])
    return len({motion.pk for group in groups for motion, _url in group.motions})


def send_batch(user_ids, now=None):
    """One batch of members: one connection, each member on their own, so a failure for
    one does not stop the others. Returns counts by outcome."""
    counts = {"sent": 0, "nothing": 0, "failed": 0}
    connection = delivery_connection()
    users = get_user_model().objects.filter(pk__in=user_ids).order_by("pk")
    try:
        for user in users:
            counts[send_digest(user, now=now, connection=connection)] += 1
    finally:
        try:
            connection.close()
        except Exception:
            logger.exception("Closing the mail connection failed")
    return counts


@task()
def send_alert_batch(user_ids):
    return send_batch(user_ids)


def enqueue_due_batches(batch_size=BATCH_SIZE, now=None):
    """Hand the members whose saved searches are due to the task worker, in batches.
    Returns the results of the batches that ran at once (the immediate backend) and the
    number of batches."""
    ids = due_user_ids(now)
    results = []
    for start in range(0, len(ids), batch_size):
        results.append(send_alert_batch.enqueue(ids[start : start + batch_size]))
    return ids, results
