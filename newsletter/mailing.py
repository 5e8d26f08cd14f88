"""
The mails of the newsletter: the confirmation of a subscription, and an issue (HTML and
plain text, every link absolute, one-click unsubscribe headers per recipient, RFC 8058).

An issue's body is rendered once per batch (``IssueMail``); only the greeting and the
unsubscribe link differ per recipient.
"""

import html
import re
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection, send_mail
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from home.siteurl import absolute, base_url
from newsletter.links import confirm_url, unsubscribe_url

NEWSLETTER_NAME = "Lokaal Bestuur"
# What a mail server that fails raises through Django's SMTP backend.
DELIVERY_ERRORS = (smtplib.SMTPException, OSError)
LIST_ID = "Lokaal Bestuur <lokaal-bestuur.nieuwsbrief.clb.nl>"
RELATIVE_LINK = re.compile(r'(\s(?:href|src))="(/[^"/][^"]*|/)"')
LINK = re.compile(r'<a\s[^>]*href="([^"]+)"[^>]*>(.*?)</a>', re.S | re.I)
TAG = re.compile(r"<[^>]+>")
BLOCK_END = re.compile(r"</(p|h[1-6]|li|ul|ol|blockquote)>|<br\s*/?>", re.I)


def absolutise(markup):
    """Relative links and images in HTML made absolute with the site's base URL."""
    base = base_url()
    return RELATIVE_LINK.sub(lambda m: f'{m.group(1)}="{base}{m.group(2)}"', str(markup))


def plain_text(markup):
    """HTML as readable plain text: links as "text (url)", one paragraph a line."""
    text = LINK.sub(lambda m: f"{TAG.sub('', m.group(2)).strip()} ({m.group(1)})", str(markup))
    text = BLOCK_END.sub("\n", text)
    text = html.unescape(TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def delivery_connection():
    """The backend that really delivers and raises when it fails: EMAIL_DELIVERY_BACKEND
    behind the site's ResilientEmailBackend (which logs and goes on), else EMAIL_BACKEND
    itself (locmem in tests). Sending must know whether a mail went out."""
    backend = settings.EMAIL_BACKEND
    if backend == "clbsite.mail.ResilientEmailBackend":
        backend = settings.EMAIL_DELIVERY_BACKEND
    return get_connection(backend, fail_silently=False)


def send_confirmation(subscriber):
    """The double opt-in mail (through the site's backend: after the commit, and a mail
    server that is down is logged; the visitor can simply sign up again)."""
    context = {"subscriber": subscriber, "url": confirm_url(subscriber), "name": NEWSLETTER_NAME}
    send_mail(
        _("Bevestig je aanmelding voor de nieuwsbrief %(name)s") % {"name": NEWSLETTER_NAME},
        render_to_string("newsletter/email/confirm.txt", context),
        None,
        [subscriber.email],
    )


class IssueMail:
    """An issue as mail: ``message_for(subscriber)`` for the real sending, ``test_message``
    for an editor's test."""

    def __init__(self, issue):
        self.issue = issue
        blocks = [
            {
                "html": mark_safe(
                    absolutise(
                        render_to_string(
                            f"newsletter/email/blocks/{block.block_type}.html",
                            {"value": block.value, "block": block},
                        )
                    )
                ),
            }
            for block in issue.body
        ]
        for block in blocks:
            block["text"] = plain_text(block["html"])
        self.context = {
            "issue": issue,
            "blocks": blocks,
            "name": NEWSLETTER_NAME,
            "issue_url": absolute(issue.url) if issue.live and issue.url else "",
            "archive_url": absolute(f"{issue.get_parent().url}archief/"),
        }

    def _message(self, to, context, headers):
        context = {**self.context, **context}
        message = EmailMultiAlternatives(
            subject=context["subject"],
            body=render_to_string("newsletter/email/issue.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[to],
            headers={"List-Id": LIST_ID, "Precedence": "bulk", **headers},
        )
        message.attach_alternative(
            render_to_string("newsletter/email/issue.html", context), "text/html"
        )
        return message

    def message_for(self, subscriber):
        unsubscribe = unsubscribe_url(subscriber)
        return self._message(
            subscriber.email,
            {"subject": self.issue.title, "subscriber": subscriber, "unsubscribe_url": unsubscribe},
            {
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )

    def test_message(self, email):
        subject = _("[Test] %(title)s") % {"title": self.issue.title}
        return self._message(email, {"subject": subject, "test": True}, {})
