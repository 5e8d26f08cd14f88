"""
"Reageer": a member sends a message to whoever shared a motion, through the site.

Neither address is shown to the other: the mail goes from the site's own address to the
submitter, has no Reply-To, and says who wrote it by name and function only (from the
member record: "Lotte Lid, raadslid in Breda"). Members only (the route is wrapped in
``access.members_only``), on published motions they can read, CSRF-protected, limited to
``RATE_LIMITS["motion_reply"]`` per member (home/ratelimit.py), and each message sent is
recorded in Wagtail's audit log of the motion (who, when, which motion; not the text).
See docs/motionbank.md, "Sharing and following up".
"""

import logging

from django import forms
from django.contrib import messages
from django.core.mail import EmailMessage
from django.http import Http404, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log

from home import ratelimit
from home.siteurl import absolute

from . import access
from .models import Member
from .text import one_line

logger = logging.getLogger(__name__)

SCOPE = "motion_reply"
LOG_ACTION = "motionbank.reply_sent"
MAX_LENGTH = 3000


class ReplyForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("Je reactie"),
        widget=forms.Textarea(attrs={"rows": 8}),
        min_length=2,
        max_length=MAX_LENGTH,
        strip=True,
        error_messages={
            "required": gettext_lazy("Schrijf eerst je reactie."),
            "min_length": gettext_lazy("Schrijf eerst je reactie."),
            "max_length": gettext_lazy(
                "Je reactie is te lang: hooguit %(limit_value)d tekens (nu %(show_value)d)."
            ),
        },
    )


def sender_description(user):
    """Name and function, never an address: "Lotte Lid, raadslid in Breda"."""
    name = user.get_full_name() or user.get_username()
    member = Member.for_user(user)
    if member is not None and member.function:
        function = member.get_function_display().lower()
        if member.governing_body_id:
            return _("%(name)s, %(function)s in %(body)s") % {
                "name": name,
                "function": function,
                "body": member.governing_body.display_name,
            }
        return f"{name}, {function}"
    if access.is_staff_member(user):
        return _("%(name)s, redactie CLB") % {"name": name}
    return name


def recipient_for(motion, user):
    """The member to write to, or None with the Dutch reason why not."""
    recipient = motion.uploaded_by
    if recipient is None or not recipient.is_active or not recipient.email:
        return None, _("Van deze motie is geen indiener bekend die je via de site kunt bereiken.")
    if recipient.pk == user.pk:
        return None, _("Dit is je eigen bijdrage.")
    return recipient, ""


def can_reply(motion, user):
    return motion.live and recipient_for(motion, user)[0] is not None


def reply_url(page, motion):
    return page.motion_url(motion, route="motion_reply")


def _motion_or_404(user, pk):
    if not 0 < pk <= access.LARGEST_ID:
        raise Http404
    motion = (
        access.visible_motions(user)
        .select_related("uploaded_by", "governing_body")
        .filter(pk=pk)
        .first()
    )
    if motion is None:
        raise Http404(_("Deze motie bestaat niet of is niet zichtbaar."))
    return motion


def send_reply(request, page, motion, recipient, text):
    sender = sender_description(request.user)
    context = {
        "motion": motion,
        "recipient": recipient,
        "sender": sender,
        "message": text,
        "url": absolute(page.motion_url(motion)),
    }
    with translation.override("nl"):
        subject = _("Reactie op ‘%(title)s’ via de motiebank") % {
            "title": one_line(motion.title)[:150]
        }
        body = render_to_string("motionbank/email/reply.txt", context)
    # From the site's own address, no Reply-To: the sender's address stays private. The
    # site's mail backend delivers after any commit and logs a failing mail server.
    EmailMessage(subject, body, None, [recipient.email]).send()
    log(motion, LOG_ACTION, user=request.user, data={"recipient_id": recipient.pk})


def reply(request, page, pk, slug):
    motion = _motion_or_404(request.user, pk)
    if request.method == "GET" and slug != motion.slug:
        return HttpResponseRedirect(reply_url(page, motion))
    recipient, reason = recipient_for(motion, request.user)
    status = 200
    form = ReplyForm()
    if recipient is not None and request.method == "POST":
        form = ReplyForm(request.POST)
        if ratelimit.is_limited(SCOPE, member=request.user.pk):
            form.add_error(None, ratelimit.refusal(SCOPE))
            status = 429
        elif form.is_valid():
            ratelimit.count(SCOPE, member=request.user.pk)
            send_reply(request, page, motion, recipient, form.cleaned_data["message"])
            messages.success(
                request,
                _("Je reactie is verstuurd naar %(name)s.")
                % {"name": recipient.get_full_name() or recipient.get_username()},
            )
            return HttpResponseRedirect(page.motion_url(motion))
        else:
            status = 400
    elif recipient is None and request.method == "POST":
        status = 400
    context = {
        "page": page,
        "self": page,
        "motion": motion,
        "motion_url": page.motion_url(motion),
        "form": form,
        "recipient": recipient,
        "reason": reason,
    }
    return TemplateResponse(request, "motionbank/reply.html", context, status=status)
