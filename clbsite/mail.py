"""
An e-mail backend that never breaks the request that sends mail.

It delivers through EMAIL_DELIVERY_BACKEND (SMTP in production). When the mail server
is down, refuses the connection or hangs up, the error is logged and the request goes
on: a member's submission, an editor's approval or a password reset is never lost
because a notification could not be sent. Editors see pending moderation in the admin
either way.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend

logger = logging.getLogger("clbsite.mail")

DELIVERY_ERRORS = (smtplib.SMTPException, OSError)


class ResilientEmailBackend(BaseEmailBackend):
    def __init__(self, fail_silently=False, **kwargs):
        super().__init__(fail_silently=fail_silently)
        self.delivery = get_connection(
            settings.EMAIL_DELIVERY_BACKEND, fail_silently=fail_silently, **kwargs
        )

    def open(self):
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
        try:
            return self.delivery.send_messages(email_messages)
        except DELIVERY_ERRORS:
            logger.exception(
                "E-mail could not be sent (%s message(s), to %s)",
                len(email_messages),
                ", ".join(sorted({to for message in email_messages for to in message.to})),
            )
            return 0
