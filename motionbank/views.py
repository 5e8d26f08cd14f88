"""
The views of the motion bank, served as routes of MotionBankPage (motionbank.models.pages).
Each one runs after motionbank.access.members_only has let the person in, and reads
motions only through the querysets of motionbank.access.
"""

from django.contrib import messages
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from search.suggestions import filtered, suggestion, ways_on

from . import access
from .forms import MotionUploadForm
from .models import GoverningBody, Member
from .models.motions import DocumentType
from .searching import FACETS, related_motions, result_cards, run_search, search_form
from .similarity import find_similar
from .submissions import create_submission, pending_duplicate, submissions_with_state
from .uploads import CONTENT_TYPES, DOCX, PDF
from .word import CONTENT_TYPE as DOCX_CONTENT_TYPE
from .word import adapt, build_docx, choose_target

FILE_KINDS = {".pdf": PDF, ".docx": DOCX}


def search(request, page):
    """The search page."""
    form = search_form(request.GET)
    values = form.values()
    queryset = access.visible_motions(request.user)
    outcome = run_search(queryset, form, values=values)[1]
    query, selected = values["q"], values["selected"]
    # "Bedoelde je ...?" with the same filters; and ways on when nothing was found.
    narrowed = filtered(queryset, selected, FACETS, form.options)
    suggested = suggestion(request.GET, query, narrowed, base=page.url)
    ways = []
    if query and not outcome.total:
        ways = ways_on(
            request.GET,
            queryset,
            query,
            selected=selected,
            facets=FACETS,
            options=form.options,
            browse_label=None if suggested else _("Alle moties zonder deze zoekwoorden"),
            base=page.url,
        )
    context = {
        "page": page,
        "self": page,
        "form": form,
        "outcome": outcome,
        "query": values["q"],
        "sort": values["sort"],
        "results": result_cards(page, outcome.results, values["q"]),
        "related": result_cards(page, outcome.related, values["q"]),
        "filtered": bool(values["q"] or any(values["selected"].values())),
        "suggestion": suggested,
        "ways": ways,
    }
    status = 400 if form.has_problems else 200
    return TemplateResponse(request, "motionbank/motion_bank_page.html", context, status=status)


def _motion_or_404(request, pk):
    queryset = access.readable_motions(request.user).select_related(
        "governing_body", "theme", "original_file", "uploaded_by", "adapted_from"
    )
    return get_object_or_404(queryset, pk=pk)


def redirect_to_motion(request, page, pk, route="motion"):
    motion = _motion_or_404(request, pk)
    return HttpResponseRedirect(page.motion_url(motion, route=route))


def motion_detail(request, page, pk, slug):
    """A motion's page."""
    motion = access.readable_motion(request.user, pk)
    if motion is None:
        raise Http404(_("Deze motie bestaat niet of is niet zichtbaar."))
    if slug != motion.slug:  # a title changed when it was published: its old address
        return HttpResponsePermanentRedirect(page.motion_url(motion))
    visible = access.visible_motions(request.user)
    is_own = motion.uploaded_by_id == request.user.pk

    def adapted_from():
        if not motion.adapted_from_id:
            return None
        return visible.filter(pk=motion.adapted_from_id).for_listing().first()

    original = adapted_from()
    context = {
        "page": page,
        "self": page,
        "motion": motion,
        "tags": list(motion.tags.all()),
        "file_url": page.motion_url(motion, route="motion_file") if motion.original_file else "",
        "file_kind": _file_kind(motion.original_file),
        "word_url": page.motion_url(motion, route="motion_word"),
        "adapt_url": f"{page.upload_url}?gebaseerd_op={motion.pk}",
        "search_url": page.url,
        "related": _cards(page, related_motions(motion, visible)) if motion.live else [],
        "adapted_from": original,
        "adapted_from_url": page.motion_url(original) if original else "",
        "adaptations": _cards(
            page, visible.filter(adapted_from=motion).for_listing().order_by("-date_submitted")
        ),
        "is_own": is_own,
        "word": word_choice(motion, Member.for_user(request.user)),
    }
    return TemplateResponse(request, "motionbank/motion_detail.html", context)


def _cards(page, motions):
    return [(motion, page.motion_url(motion)) for motion in motions]


def _file_kind(document):
    if document is None:
        return ""
    name = document.file.name.lower()
    return next((kind for ext, kind in FILE_KINDS.items() if name.endswith(ext)), "")


def motion_file(request, page, pk, slug):
    """The original file, streamed through this checked view (never a public media URL)."""
    motion = _motion_or_404(request, pk)
    document = motion.original_file
    kind = _file_kind(document)
    if document is None or not kind:
        raise Http404(_("Bij deze motie hoort geen bestand."))
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as error:
        raise Http404(_("Het bestand is niet gevonden.")) from error
    response = FileResponse(
        handle,
        as_attachment=kind != PDF,
        filename=f"{motion.slug or 'motie'}.{kind}",
        content_type=CONTENT_TYPES[kind],
    )
    response["X-Content-Type-Options"] = "nosniff"
    # A PDF opens in the browser; it may show, never run anything on this site.
    response["Content-Security-Policy"] = "sandbox"
    return response


def motion_word(request, page, pk, slug):
    """The motion as a Word file, written for the body chosen in ``?orgaan=<CBS code>``
    (of the motion's tier), else the member's own of the same tier, else the original's."""
    motion = _motion_or_404(request, pk)
    member = Member.for_user(request.user)
    target = choose_target(
        motion, member.governing_body if member else None, request.GET.get("orgaan")
    )
    if target.error:
        messages.error(request, target.error)
        return HttpResponseRedirect(page.motion_url(motion) + "#word")
    data = build_docx(motion, target_body=target.body)
    response = HttpResponse(data, content_type=DOCX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{motion.slug or "motie"}.docx"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def word_choice(motion, member):
    """What the "aanpassen voor mijn gemeente/provincie/waterschap" form offers: the
    bodies of the motion's tier, the member's own chosen when it is of that tier."""
    body = motion.governing_body
    own = member.governing_body if member else None
    return {
        "words": body.words,
        "bodies": GoverningBody.objects.filter(tier=body.tier, active=True).only(
            "code", "name", "tier"
        ),
        "chosen": own.code if own is not None and own.tier == body.tier else "",
        "own": own,
        "original": body,
    }


def _initial(request, member, base):
    user = request.user
    initial = {
        "date_submitted": timezone.localdate(),
        "submitters": user.get_full_name(),
        "parties": "PvdA",
    }
    own = member.governing_body if member is not None else None
    if own is not None and (base is None or own.tier == base.governing_body.tier):
        initial["governing_body"] = own
    if base is not None:
        adapted = adapt(base, own)  # only a body of the original's tier is put in
        initial.update(
            {
                "adapted_from": base.pk,
                "document_type": base.document_type,
                "title": adapted.title,
                "theme": base.theme,
                "summary": adapted.summary,
                "tags": ", ".join(tag.name for tag in base.tags.all()),
            }
        )
        initial.update(
            {
                form_name: adapted.values[name]
                for form_name, name in MotionUploadForm.part_fields(base.document_type)
            }
        )
        if base.document_type == DocumentType.WRITTEN_QUESTIONS:
            initial["answers"] = ""  # the original's answers are not the member's
    return initial


def upload(request, page):
    member = Member.for_user(request.user)
    visible = access.visible_motions(request.user)
    base = None
    if request.method != "POST":
        base_id = request.GET.get("gebaseerd_op", "")
        # ASCII digits only ("²" is a digit to isdigit(), not to int()), and not too many.
        if base_id.isascii() and base_id.isdigit() and len(base_id) <= 18:
            base = visible.filter(pk=int(base_id)).for_listing().first()
    similar = []
    if request.method == "POST":
        form = MotionUploadForm(request.POST, request.FILES, adaptable=visible)
        if form.is_valid():
            # Sent again while the first waits for moderation: the same confirmation, and
            # not the first one as a "similar motion" (create_submission saves no second).
            repeated = pending_duplicate(form, request.user)
            if repeated is None and not form.cleaned_data["confirm_similar"]:
                similar = find_similar(
                    access.readable_motions(request.user),
                    title=form.cleaned_data["title"],
                    text=form.text,
                )
            if not similar:
                motion = repeated or create_submission(form, request.user, request=request)
                messages.success(
                    request,
                    _(
                        "Dank je wel! ‘%(title)s’ is ontvangen. De redactie bekijkt je "
                        "bijdrage; daarna staat hij in de motiebank."
                    )
                    % {"title": motion.title},
                )
                return HttpResponseRedirect(page.mine_url)
    else:
        form = MotionUploadForm(initial=_initial(request, member, base), adaptable=visible)
    context = {
        "page": page,
        "self": page,
        "form": form,
        "base": base,
        "base_url": page.motion_url(base) if base else "",
        "similar": [(item, page.motion_url(item.motion)) for item in similar],
        "had_file": bool(request.FILES.get("file")),
        "member": member,
        "search_url": page.url,
        "sections": [
            (value, label, [form[name] for name in names])
            for value, label, names in MotionUploadForm.type_sections()
        ],
    }
    status = 400 if request.method == "POST" and form.errors else 200
    return TemplateResponse(request, "motionbank/upload.html", context, status=status)


def my_submissions(request, page):
    motions = access.own_submissions(request.user).for_listing().order_by("-created_at", "-pk")
    submissions = submissions_with_state(motions)
    rows = [(item, page.motion_url(item.motion)) for item in submissions]
    context = {
        "page": page,
        "self": page,
        "rows": rows,
    }
    return TemplateResponse(request, "motionbank/my_submissions.html", context)


def motion_for_document(user, document):
    """The motion a member may open whose original file this document is, if any."""
    return access.readable_motions(user).filter(original_file=document).first()


__all__ = [
    "motion_detail",
    "motion_file",
    "motion_for_document",
    "motion_word",
    "my_submissions",
    "redirect_to_motion",
    "search",
    "upload",
]
