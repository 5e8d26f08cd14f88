"""
The site's e-mail backend: mail that never breaks the request that sends it.

It delivers through EMAIL_DELIVERY_BACKEND (SMTP in production), and on the way:

- makes every subject one line. A subject is often built from a title (Wagtail's
  moderation mail, the confirmation of a submission); a line break in it would make
  Django refuse the whole message (BadHeaderError).
- sends only once the database transaction that asked for the mail has been committed
  (``transaction.on_commit``): no mail about a submission that was rolled back, and no
  mail server holding a transaction open. Outside a transaction it sends at once.
- when the mail server is down, refuses the connection or hangs up, logs the error and
  goes on: a member's submission, an editor's approval or a password reset is never lost
  because a notification could not be sent. Editors see pending moderation in the admin
  either way.
"""

import logging
import smtplib
from functools import partial

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

logger = logging.getLogger("clbsite.mail")

DELIVERY_ERRORS = (smtplib.SMTPException, OSError)


def single_line(text):
    """A mail header's text on one line: each run of whitespace (line breaks too) one space."""
    return " ".join(str(text or "").split())


def _in_transaction():
    return transaction.get_connection().in_atomic_block


class ResilientEmailBackend(BaseEmailBackend):
    def __init__(self, fail_silently=False, **kwargs):
        super().__init__(fail_silently=fail_silently)
        self.delivery = get_connection(
            settings.EMAIL_DELIVERY_BACKEND, fail_silently=fail_silently, **kwargs
        )

    def open(self):
        if _in_transaction():
            return False  # the delivery after the commit opens its own connection
        try:
            return self.delivery.open()
        except DELIVERY_ERRORS:
            logger.exception("The mail server could not be reached")
            return False

    def close(self):
        try:
            self.delivery.close()
        except DELIVERY_ERRORS:
            logger.exception("Closing the connection to the mail server failed")

    def send_messages(self, email_messages):
        email_messages = list(email_messages)
        for message in email_messages:
            message.subject = single_line(message.subject)
        if _in_transaction():
            transaction.on_commit(partial(self.deliver, email_messages), robust=True)
            return len(email_messages)
        return self.deliver(email_messages)

    def deliver(self, email_messages):
        try:
            return self.delivery.send_messages(email_messages)
        except DELIVERY_ERRORS:
            logger.exception(
                "E-mail could not be sent (%s message(s), to %s)",
                len(email_messages),
                ", ".join(sorted({to for message in email_messages for to in message.to})),
            )
            return 0
