"""
Registration on the site: taking a place, the waiting list, cancelling and promotion.

Places are taken inside a transaction that first locks the event's row
(``select_for_update``; PostgreSQL waits there, SQLite writes one transaction at a time
anyway) and then counts the confirmed registrations. Two people asking for the last place
at the same moment are served one after the other: one gets it, the other the waiting
list. Cancelling a place promotes the first on the waiting list in the same way.

The mails go out when the transaction commits (clbsite.mail, agenda/registration_mail.py).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone

from agenda import dates, registration_mail
from agenda.models import Event, Registration, RegistrationStatus
from agenda.models.registrations import normalise_email

# A second identical submission within this time (a double click, a reload of the POST)
# gets no second "you were already registered" mail.
REPEAT_WINDOW = datetime.timedelta(minutes=10)


class RegistrationClosed(Exception):
    """The event takes no (more) registrations: deadline passed, started, cancelled."""


@dataclass
class Outcome:
    registration: Registration
    created: bool  # False: the address was registered already (nothing changed)


def places(event):
    """(confirmed, waiting, capacity or None) for an event."""
    counts = {RegistrationStatus.CONFIRMED: 0, RegistrationStatus.WAITING: 0}
    rows = (
        Registration.objects.filter(event=event)
        .active()
        .order_by()
        .values_list("status")
        .annotate(count=Count("pk"))
    )
    for status, count in rows:
        counts[status] = count
    return counts[RegistrationStatus.CONFIRMED], counts[RegistrationStatus.WAITING], event.capacity


def _locked(event):
    return Event.objects.select_for_update().get(pk=event.pk)


def _has_room(event):
    if event.capacity is None:
        return True
    return Registration.objects.filter(event=event).confirmed().count() < event.capacity


def register(event, *, name, email, function="", governing_body="", user=None):
    """Register ``email`` for ``event``: a place while there is one, else the waiting list.
    An address that is registered already changes nothing (``created`` False); its owner
    gets a mail saying so, unless they asked a moment ago."""
    email = normalise_email(email)
    try:
        with transaction.atomic():
            event = _locked(event)
            if not event.registers_on_site or not event.registration_open(dates.now()):
                raise RegistrationClosed
            existing = Registration.objects.filter(event=event, email=email).active().first()
            if existing is not None:
                if timezone.now() - existing.created_at > REPEAT_WINDOW:
                    registration_mail.already_registered(existing)
                return Outcome(existing, created=False)
            status = (
                RegistrationStatus.CONFIRMED if _has_room(event) else RegistrationStatus.WAITING
            )
            registration = Registration.objects.create(
                event=event,
                user=user,
                name=name.strip(),
                email=email,
                function=function.strip(),
                governing_body=governing_body.strip(),
                status=status,
            )
            if status == RegistrationStatus.CONFIRMED:
                registration_mail.confirmed(registration)
            else:
                registration_mail.waiting(registration)
            return Outcome(registration, created=True)
    except IntegrityError:
        # The same address in a concurrent request: that one won, nothing here was saved.
        existing = Registration.objects.filter(event=event, email=email).active().first()
        if existing is None:
            raise
        return Outcome(existing, created=False)


def cancel(registration):
    """Cancel a registration (a confirmed place or the waiting list) and, when a place came
    free, promote whoever is first on the waiting list. Returns the promoted registrations.
    Cancelling twice changes nothing."""
    with transaction.atomic():
        event = _locked(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if not registration.is_active:
            return []
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        registration_mail.cancelled(registration)
        if event.cancelled or event.has_ended(dates.now()):
            return []
        return promote(event)


def promote(event):
    """Give free places to the waiting list, first come first served (inside the lock)."""
    promoted = []
    for candidate in Registration.objects.filter(event=event).waiting():
        if not _has_room(event):
            break
        candidate.status = RegistrationStatus.CONFIRMED
        candidate.promoted_at = timezone.now()
        candidate.save(update_fields=["status", "promoted_at"])
        registration_mail.promoted(candidate)
        promoted.append(candidate)
    return promoted


def delete_expired(now=None, days=None):
    """Delete the registrations of events that ended more than REGISTRATION_RETENTION_DAYS
    ago. Returns how many were deleted."""
    now = now or dates.now()
    days = settings.REGISTRATION_RETENTION_DAYS if days is None else days
    cutoff = now - datetime.timedelta(days=days)
    deleted, _by_model = Registration.objects.filter(event__end__lt=cutoff).delete()
    return deleted
