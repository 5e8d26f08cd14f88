"""
The mails of registration on the site, in Dutch plain text (templates/agenda/email/):
confirmation (with the event as an .ics attachment and the cancel link), waiting list,
promotion from the waiting list (with the .ics), cancellation received, "you were already
registered", the event is cancelled (with the cancelled .ics), and the staff's message to
all registrants.

They go through the site's mail backend (clbsite.mail): sent when the transaction that
asked for them commits, and a mail server that is down is logged, never a lost
registration. Links are absolute with WAGTAILADMIN_BASE_URL (home/siteurl.py).
"""

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from agenda import ical
from agenda.models import AgendaPage
from home.groups import is_member
from home.siteurl import absolute


def cancel_url(registration):
    page = AgendaPage.for_request(None)
    if page is None:
        return ""
    return page.route_url("cancel_registration", full=True, token=registration.token)


def _event_url(event):
    return absolute(event.get_full_url() or "")


def _ics(registration):
    event = registration.event
    user = registration.user
    return ical.build_calendar(
        [event],
        name=event.title,
        event_url=lambda item: _event_url(item),
        include_join_links=user is not None and is_member(user),
    )


def build(registration, kind, *, subject, with_ics=False, extra=None):
    event = registration.event
    context = {
        "registration": registration,
        "event": event,
        "event_url": _event_url(event),
        "cancel_url": cancel_url(registration),
        "mijn_clb_url": absolute("/mijn-clb/#aanmeldingen") if registration.user_id else "",
        **(extra or {}),
    }
    message = EmailMessage(
        subject=subject % {"title": event.title},
        body=render_to_string(f"agenda/email/{kind}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    if with_ics:
        message.attach(f"{event.slug or 'activiteit'}.ics", _ics(registration), "text/calendar")
    return message


def _send(message):
    message.send()


def confirmed(registration):
    _send(build(registration, "confirmed", subject=_("Aangemeld: %(title)s"), with_ics=True))


def waiting(registration):
    _send(build(registration, "waiting", subject=_("Op de wachtlijst: %(title)s")))


def promoted(registration):
    _send(
        build(
            registration,
            "promoted",
            subject=_("Er is een plaats voor je: %(title)s"),
            with_ics=True,
        )
    )


def cancelled(registration):
    _send(build(registration, "cancelled", subject=_("Afgemeld: %(title)s")))


def already_registered(registration):
    _send(build(registration, "already_registered", subject=_("Je bent al aangemeld: %(title)s")))


def send_all(messages):
    """Several mails over one connection (the event is cancelled, a message from staff)."""
    if not messages:
        return 0
    with get_connection() as connection:
        return connection.send_messages(messages)


def event_cancelled(registration):
    return build(
        registration, "event_cancelled", subject=_("Gaat niet door: %(title)s"), with_ics=True
    )


def staff_message(registration, subject, text):
    return build(
        registration,
        "message",
        subject=_("%(title)s: ") + subject.replace("%", "%%"),
        extra={"text": text},
    )
