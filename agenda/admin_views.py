"""Staff: a message to all registrants of an event (/admin/agenda/aanmeldingen/bericht/<pk>/),
sent by the task worker (agenda.tasks.send_registrant_message)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from agenda import tasks
from agenda.models import Event


class RegistrantMessageForm(forms.Form):
    subject = forms.CharField(label=gettext_lazy("Onderwerp"), max_length=150)
    text = forms.CharField(label=gettext_lazy("Bericht"), max_length=5000, widget=forms.Textarea)
    include_waiting = forms.BooleanField(
        label=gettext_lazy("Ook aan wie op de wachtlijst staat"), required=False
    )


def registrant_message(request, pk):
    if not request.user.has_perm("agenda.change_event"):
        raise PermissionDenied
    event = get_object_or_404(Event, pk=pk, registration_mode="site")
    back = reverse("agenda_registrations:index") + f"?event={event.pk}"
    form = RegistrantMessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        transaction.on_commit(
            lambda: tasks.send_registrant_message.enqueue(
                event.pk, data["subject"], data["text"], data["include_waiting"]
            )
        )
        messages.success(request, _("Het bericht wordt verstuurd."))
        return redirect(back)
    return TemplateResponse(
        request,
        "agenda/admin/registrant_message.html",
        {"event": event, "form": form, "back_url": back},
    )
