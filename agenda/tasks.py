"""Background work of event registration (django-tasks: immediate in development and
tests, the database worker in production): mails to all registrants of an event."""

from django.db import transaction
from django.utils import timezone

from django_tasks import task

from agenda import dates, registration_mail, registrations
from agenda.models import Event, Registration


@task()
def mail_event_cancelled(event_id):
    """Tell every registrant (places and waiting list) that the event is off. Returns the
    number of mails."""
    active = Registration.objects.filter(event_id=event_id).active().select_related("event")
    return registration_mail.send_all(
        [registration_mail.event_cancelled(registration) for registration in active]
    )


@task()
def send_registrant_message(event_id, subject, text, include_waiting=False):
    """The staff's message to the registrants with a place (and the waiting list)."""
    registrants = Registration.objects.filter(event_id=event_id).select_related("event")
    registrants = registrants.active() if include_waiting else registrants.confirmed()
    return registration_mail.send_all(
        [registration_mail.staff_message(r, subject, text) for r in registrants]
    )


def event_published(sender, instance, **kwargs):
    """On publishing an event (wagtail.signals.published): when it is now cancelled, mail
    its registrants once; when it has more places than before, promote the waiting list."""
    if not isinstance(instance, Event) or not instance.registers_on_site:
        return
    if instance.cancelled:
        told = Event.objects.filter(pk=instance.pk, registrants_told_cancelled_at__isnull=True)
        if told.update(registrants_told_cancelled_at=timezone.now()):
            transaction.on_commit(lambda: mail_event_cancelled.enqueue(instance.pk))
        return
    Event.objects.filter(pk=instance.pk).update(registrants_told_cancelled_at=None)
    if not instance.has_ended(dates.now()):
        with transaction.atomic():
            registrations.promote(Event.objects.select_for_update().get(pk=instance.pk))
