"""
A real SMTP server (aiosmtpd on 127.0.0.1) behind Django's SMTP backend, for tests that
check delivery: the ``smtp`` fixture gives its ``Inbox``. Used by the saved-search alerts
(tests/motionbank/test_alerts.py) and the newsletter (tests/newsletter/).
"""

import email
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller


class Inbox:
    """What the SMTP server received; addresses in ``refuse`` get a 451 (try later)."""

    def __init__(self):
        self.messages = []
        self.refuse = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "451 4.3.0 Probeer het later nog eens"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 OK"

    def to(self, address):
        return [message for rcpts, message in self.messages if address in rcpts]

    def clear(self):
        self.messages.clear()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "clbsite.mail.ResilientEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.WAGTAILADMIN_BASE_URL = "https://www.clb.test"
    yield inbox
    controller.stop()
