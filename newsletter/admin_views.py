"""
Staff (Wagtail admin): sending an issue. The "Verzenden" button of an issue page (its
header and its listing menu) opens /admin/nieuwsbrief/nummers/<id>/verzenden/, where an
editor who may publish the issue

- sends a test of the latest revision (a draft too) to their own address;
- sends it now, or plans it for a time (the issue must be live by then: published, or
  scheduled to be published through Wagtail's own scheduling);
- cancels a plan that has not started.

The sending itself is newsletter.sending's, in the task worker.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from newsletter import sending
from newsletter.mailing import DELIVERY_ERRORS
from newsletter.models import Delivery, Dispatch, NewsletterIssuePage, Subscriber


class ScheduleForm(forms.Form):
    send_at = forms.DateTimeField(
        label=gettext_lazy("Verzenden op"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        error_messages={
            "required": gettext_lazy("Kies een datum en tijd."),
            "invalid": gettext_lazy("Vul een datum en tijd in, zoals 2026-12-14 09:00."),
        },
    )

    def __init__(self, *args, issue, **kwargs):
        self.issue = issue
        super().__init__(*args, **kwargs)

    def clean_send_at(self):
        send_at = self.cleaned_data["send_at"]
        if send_at <= timezone.now():
            raise forms.ValidationError(_("Kies een moment in de toekomst, of verzend het nu."))
        if not self.issue.live:
            planned = self.issue.scheduled_revision
            if planned is None or planned.approved_go_live_at > send_at:
                raise forms.ValidationError(
                    _(
                        "Dit nummer is dan nog niet gepubliceerd. Publiceer het eerst, of plan "
                        "de publicatie vóór dit moment."
                    )
                )
        return send_at


def _stats(dispatch):
    if dispatch is None:
        return {}
    deliveries = Delivery.objects.filter(dispatch=dispatch)
    return {
        "sent": deliveries.filter(sent_at__isnull=False).count(),
        "unknown": deliveries.filter(sent_at__isnull=True).count(),
        "remaining": sending.remaining(dispatch).count(),
    }


def send_issue(request, page_id):
    issue = get_object_or_404(NewsletterIssuePage, pk=page_id)
    if not issue.permissions_for_user(request.user).can_publish():
        messages.error(request, _("Je mag dit nummer niet verzenden."))
        return redirect("wagtailadmin_home")
    dispatch = Dispatch.objects.filter(issue=issue).first()
    form = ScheduleForm(issue=issue)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "test":
            return _send_test(request, issue)
        if dispatch is not None and dispatch.started_at is not None:
            messages.error(request, _("Dit nummer wordt al verzonden; het gaat maar één keer weg."))
            return redirect("newsletter_send", issue.pk)
        if action == "nu":
            if not issue.live:
                messages.error(request, _("Publiceer dit nummer eerst; dan kan het weg."))
                return redirect("newsletter_send", issue.pk)
            dispatch = sending.schedule(issue, timezone.now(), request.user)
            sending.start(dispatch)
            messages.success(request, _("De verzending is begonnen."))
            return redirect("newsletter_send", issue.pk)
        if action == "plan":
            form = ScheduleForm(request.POST, issue=issue)
            if form.is_valid():
                send_at = form.cleaned_data["send_at"]
                sending.schedule(issue, send_at, request.user)
                messages.success(
                    request,
                    _("Gepland: dit nummer gaat op %(moment)s weg.")
                    % {"moment": timezone.localtime(send_at).strftime("%d-%m-%Y %H:%M")},
                )
                return redirect("newsletter_send", issue.pk)
        elif action == "annuleren" and dispatch is not None:
            dispatch.delete()
            messages.success(request, _("De geplande verzending is geannuleerd."))
            return redirect("newsletter_send", issue.pk)
        elif action != "plan":
            messages.error(request, _("Onbekende actie."))
            return redirect("newsletter_send", issue.pk)
    context = {
        "issue": issue,
        "dispatch": dispatch,
        "stats": _stats(dispatch),
        "form": form,
        "confirmed": Subscriber.objects.confirmed().count(),
    }
    return TemplateResponse(
        request, "newsletter/admin/send.html", context, status=400 if form.errors else 200
    )


def _send_test(request, issue):
    email = request.user.email
    if not email:
        messages.error(request, _("Je account heeft geen e-mailadres; vul het in bij je account."))
        return redirect("newsletter_send", issue.pk)
    try:
        sending.send_test(issue, email)
    except DELIVERY_ERRORS:
        messages.error(request, _("De mailserver nam de test niet aan. Probeer het later opnieuw."))
    else:
        messages.success(request, _("Een test is naar %(email)s gestuurd.") % {"email": email})
    return redirect("newsletter_send", issue.pk)
