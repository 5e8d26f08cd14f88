"""
The motion bank's sections of Mijn CLB (home.mijnclb): mijn bijdragen, bewaarde moties
and zoekopdrachten, with their forms (POST /mijn-clb/<section>/<action>/). A member only
ever reaches their own saved items: another member's id is a 404.
"""

import copy
from urllib.parse import parse_qsl, urlencode

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import access
from .models import Frequency, MotionBankPage, SavedMotion, SavedSearch
from .submissions import PENDING, RETURNED, submissions_with_state

MAX_SAVED_SEARCHES = 50
SEARCH_PARAMS_SKIPPED = {"pagina", "page"}


def bank_page():
    return MotionBankPage.objects.live().first()


def _section_url(key):
    return reverse("mijn_clb") + f"#{key}"


def _back(request, key):
    """Back to where the form was (a result list, a motion page), else the section."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(_section_url(key))


def _pk(value):
    value = str(value or "")
    if value.isascii() and value.isdigit() and 0 < len(value) <= 18:
        return int(value)
    raise Http404(_("Dit item bestaat niet."))


# Functie -------------------------------------------------------------------------------


def governing_body_choices():
    """Every active governing body, grouped by tier (gemeenten, provincies, waterschappen)
    and by name within a tier: the groups of a plain select."""
    from .models import GoverningBody, Tier

    bodies = GoverningBody.objects.filter(active=True).order_by("name", "pk")
    groups = []
    for tier, label in Tier.choices:
        options = [(str(body.pk), body.display_name) for body in bodies if body.tier == tier]
        if options:
            groups.append((label, options))
    return [("", _("Kies je gemeente, provincie of waterschap"))] + groups


class FunctionForm(forms.Form):
    function = forms.ChoiceField(
        label=gettext_lazy("Functie"),
        error_messages={
            "required": gettext_lazy("Kies je functie."),
            "invalid_choice": gettext_lazy("Kies je functie uit de lijst."),
        },
    )
    governing_body = forms.ChoiceField(
        label=gettext_lazy("Gemeente, provincie of waterschap"),
        error_messages={
            "required": gettext_lazy("Kies je gemeente, provincie of waterschap."),
            "invalid_choice": gettext_lazy(
                "Kies je gemeente, provincie of waterschap uit de lijst."
            ),
        },
    )

    def __init__(self, *args, **kwargs):
        from .models import MemberFunction

        super().__init__(*args, **kwargs)
        self.fields["function"].choices = MemberFunction.choices
        self.fields["governing_body"].choices = governing_body_choices()

    def clean_governing_body(self):
        from .models import GoverningBody

        body = GoverningBody.objects.filter(
            active=True, pk=_pk(self.cleaned_data["governing_body"])
        ).first()
        if body is None:  # made inactive meanwhile
            raise forms.ValidationError(
                _("Kies je gemeente, provincie of waterschap uit de lijst.")
            )
        return body


def function_context(request):
    from .models import Member

    member = Member.for_user(request.user)
    initial = {}
    if member is not None:
        initial = {"function": member.function, "governing_body": member.governing_body_id}
    return {"member": member, "form": FunctionForm(initial=initial, auto_id="functie-%s")}


def function_post(request, action):
    """Change one's own function and governing body (creating the member record)."""
    from .models import Member

    if action != "wijzig":
        return None
    form = FunctionForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return HttpResponseRedirect(_section_url("functie"))
    Member.objects.update_or_create(
        user=request.user,
        defaults={
            "function": form.cleaned_data["function"],
            "governing_body": form.cleaned_data["governing_body"],
        },
    )
    messages.success(request, _("Je functie en bestuursorgaan zijn opgeslagen."))
    return HttpResponseRedirect(_section_url("functie"))


# Mijn bijdragen -------------------------------------------------------------------------


def contributions_context(request):
    page = bank_page()
    motions = access.own_submissions(request.user).for_listing().order_by("-created_at", "-pk")
    rows = submissions_with_state(motions.select_related("latest_revision")[:50])
    for item in rows:
        # A draft edited here (bewerken) has its new title in its latest revision only.
        revision = item.motion.latest_revision
        if not item.motion.live and revision is not None:
            item.motion.title = revision.content.get("title") or item.motion.title
    return {
        "rows": [(item, page.motion_url(item.motion) if page else "") for item in rows],
        "upload_url": page.upload_url if page else "",
        "mine_url": page.mine_url if page else "",
    }


def contributions_post(request, action):
    """Withdraw (intrekken) or edit (bewerken) one's own submission in moderation or sent
    back. Withdrawing: a confirmation page first, then the workflow is cancelled and the
    motion deleted with its file (motionbank.files). Editing: _edit_submission."""
    if action not in ("intrekken", "bewerken"):
        return None
    motion = get_object_or_404(
        access.own_submissions(request.user).filter(live=False), pk=_pk(request.POST.get("id"))
    )
    (submission,) = submissions_with_state([motion])
    if submission.state not in (PENDING, RETURNED):
        if action == "bewerken":
            messages.error(request, _("Deze bijdrage kun je niet meer bewerken."))
        else:
            messages.error(request, _("Deze bijdrage kun je niet meer intrekken."))
        return HttpResponseRedirect(_section_url("mijn-bijdragen"))
    if action == "bewerken":
        return _edit_submission(request, motion)
    if request.POST.get("bevestig") != "ja":
        return TemplateResponse(
            request, "motionbank/mijnclb/withdraw_confirm.html", {"motion": motion}
        )
    title = motion.title
    with transaction.atomic():
        state = motion.current_workflow_state
        if state is not None:
            state.cancel(user=request.user)
        motion.delete()
    messages.success(request, _("Je bijdrage ‘%(title)s’ is ingetrokken.") % {"title": title})
    return HttpResponseRedirect(_section_url("mijn-bijdragen"))


class SubmissionEditForm(forms.Form):
    """The text of a submission as the upload form has it (motionbank.forms): the title,
    the theme and the parts of its document type. The type, the file and the facts of the
    vote stay as sent; the redactie can change those."""

    title = forms.CharField(
        label=gettext_lazy("Titel"),
        max_length=300,
        error_messages={"required": gettext_lazy("Vul een titel in.")},
    )
    theme = forms.ModelChoiceField(
        label=gettext_lazy("Thema"),
        queryset=None,
        empty_label=gettext_lazy("Kies…"),
        error_messages={
            "required": gettext_lazy("Kies een thema."),
            "invalid_choice": gettext_lazy("Kies een thema uit de lijst."),
        },
    )

    def __init__(self, *args, motion, **kwargs):
        from .forms import MotionUploadForm
        from .models import Theme

        super().__init__(*args, **kwargs)
        self.motion = motion
        self.fields["theme"].queryset = Theme.objects.all()
        self.part_names = MotionUploadForm.part_fields(motion.document_type)
        for form_name, _name in self.part_names:
            self.fields[form_name] = copy.deepcopy(MotionUploadForm.base_fields[form_name])

    def clean_title(self):
        from .text import one_line

        return one_line(self.cleaned_data["title"])

    def clean(self):
        from .documents import missing_parts

        cleaned = super().clean()
        parts = self.parts_from(cleaned)
        if self.motion.original_file_id is None:  # without a file, the text is the motion
            names = {name: form_name for form_name, name in self.part_names}
            for name, message in missing_parts(self.motion.document_type, parts).items():
                if names[name] not in self.errors:
                    self.add_error(names[name], forms.ValidationError(message, code="required"))
        return cleaned

    def parts_from(self, cleaned):
        return {name: (cleaned.get(form_name) or "").strip() for form_name, name in self.part_names}

    @classmethod
    def initial_for(cls, draft):
        from .forms import MotionUploadForm

        initial = {"title": draft.title, "theme": draft.theme_id}
        for form_name, name in MotionUploadForm.part_fields(draft.document_type):
            initial[form_name] = getattr(draft, name) or ""
        return initial


def _edit_submission(request, motion):
    """Bewerken: the form (prefilled from the latest revision), then a new revision; a
    submission that was sent back goes into moderation again."""
    from wagtail.models import WorkflowState

    from .submissions import start_moderation

    draft = motion.get_latest_revision_as_object()
    if request.POST.get("opslaan") != "ja":
        form = SubmissionEditForm(initial=SubmissionEditForm.initial_for(draft), motion=motion)
        return TemplateResponse(
            request, "motionbank/mijnclb/edit_submission.html", {"motion": motion, "form": form}
        )
    form = SubmissionEditForm(request.POST, motion=motion)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "motionbank/mijnclb/edit_submission.html",
            {"motion": motion, "form": form},
            status=400,
        )
    draft.title = form.cleaned_data["title"]
    draft.theme = form.cleaned_data["theme"]
    for name, text in form.parts_from(form.cleaned_data).items():
        setattr(draft, name, text)
    with transaction.atomic():
        draft.save_revision(user=request.user, log_action=True)
        state = motion.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(request.user)
            resent = True
        elif state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
            start_moderation(motion, request.user)
            resent = True
        else:
            resent = False
    if resent:
        message = _(
            "Je wijzigingen in ‘%(title)s’ zijn opgeslagen en opnieuw ter beoordeling gestuurd."
        )
    else:
        message = _(
            "Je wijzigingen in ‘%(title)s’ zijn opgeslagen; de redactie ziet ze bij de beoordeling."
        )
    messages.success(request, message % {"title": draft.title})
    return HttpResponseRedirect(_section_url("mijn-bijdragen"))


# Bewaarde moties --------------------------------------------------------------------


class NoteForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("Notitie"), required=False, max_length=2000, widget=forms.Textarea
    )


def saved_motions_context(request):
    page = bank_page()
    visible = access.readable_motions(request.user)
    saved = (
        SavedMotion.objects.filter(user=request.user, motion__in=visible)
        .select_related("motion", "motion__governing_body")
        .order_by("-created_at", "-pk")
    )
    return {"saved": [(item, page.motion_url(item.motion) if page else "") for item in saved]}


def saved_motions_post(request, action):
    key = "bewaarde-moties"
    if action == "bewaar":
        motion = access.readable_motion(request.user, _pk(request.POST.get("motion")))
        if motion is None:
            raise Http404(_("Deze motie bestaat niet of is niet zichtbaar."))
        _item, created = SavedMotion.objects.get_or_create(user=request.user, motion=motion)
        if created:
            message = _("‘%(title)s’ is bewaard bij Mijn CLB.")
        else:
            message = _("‘%(title)s’ had je al bewaard.")
        messages.success(request, message % {"title": motion.title})
        return _back(request, key)
    item = get_object_or_404(SavedMotion, pk=_pk(request.POST.get("id")), user=request.user)
    if action == "notitie":
        form = NoteForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Een notitie is hoogstens 2000 tekens lang."))
            return HttpResponseRedirect(_section_url(key))
        item.note = form.cleaned_data["note"]
        item.save(update_fields=["note"])
        messages.success(request, _("Je notitie is opgeslagen."))
        return HttpResponseRedirect(_section_url(key))
    if action == "verwijder":
        item.delete()
        messages.success(request, _("De motie is niet meer bewaard."))
        return _back(request, key)
    return None


def is_saved(user, motion):
    return SavedMotion.objects.filter(user=user, motion=motion).exists()


# Zoekopdrachten ---------------------------------------------------------------------


def clean_querystring(querystring):
    """The search's parameters as the form makes them, without the page number."""
    pairs = [
        (name, value)
        for name, value in parse_qsl(str(querystring or ""), keep_blank_values=False)
        if name not in SEARCH_PARAMS_SKIPPED
    ]
    return urlencode(pairs)[:1000]


class SavedSearchForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Naam"), max_length=100)
    frequency = forms.ChoiceField(
        label=gettext_lazy("E-mail met nieuwe moties"),
        choices=Frequency.choices,
        initial=Frequency.DAILY,
    )
    querystring = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)


def saved_searches_context(request):
    page = bank_page()
    base = page.url if page else ""
    searches = SavedSearch.objects.filter(user=request.user).order_by("name", "pk")
    return {
        "searches": [
            (item, f"{base}?{item.querystring}" if item.querystring else base) for item in searches
        ],
        "frequencies": Frequency.choices,
    }


def saved_searches_post(request, action):
    key = "zoekopdrachten"
    if action == "bewaar":
        form = SavedSearchForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Geef de zoekopdracht een naam (hoogstens 100 tekens)."))
            return _back(request, key)
        if SavedSearch.objects.filter(user=request.user).count() >= MAX_SAVED_SEARCHES:
            messages.error(request, _("Je kunt hoogstens 50 zoekopdrachten bewaren."))
            return _back(request, key)
        search = SavedSearch.objects.create(
            user=request.user,
            name=form.cleaned_data["name"],
            frequency=form.cleaned_data["frequency"],
            querystring=clean_querystring(form.cleaned_data["querystring"]),
        )
        messages.success(
            request,
            _("De zoekopdracht ‘%(name)s’ is bewaard bij Mijn CLB.") % {"name": search.name},
        )
        return _back(request, key)
    item = get_object_or_404(SavedSearch, pk=_pk(request.POST.get("id")), user=request.user)
    if action == "wijzig":
        frequency = request.POST.get("frequency", "")
        if frequency not in Frequency.values:
            messages.error(request, _("Kies hoe vaak je een e-mail wilt."))
        else:
            item.frequency = frequency
            item.save(update_fields=["frequency"])
            messages.success(request, _("De zoekopdracht is bijgewerkt."))
        return HttpResponseRedirect(_section_url(key))
    if action == "verwijder":
        item.delete()
        messages.success(request, _("De zoekopdracht is verwijderd."))
        return HttpResponseRedirect(_section_url(key))
    return None
