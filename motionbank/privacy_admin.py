"""
The member admin's two privacy actions (motionbank.privacy): download everything the site
keeps about a member as JSON, and remove the member while their motions stay. Both are
under /admin/ (so behind Wagtail's admin login) and ask for their own permission,
``motionbank.manage_member_data``, which no group has by default (superusers have it).
They act on members only (``privacy.member_accounts``): any other id is a 404, staff and
superusers included. Every export and removal, and every refused attempt on an existing
account, is written to Wagtail's audit log (*Rapporten → Sitegeschiedenis*).
"""

import json

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.admin import messages

from .privacy import (
    PERMISSION,
    REFUSED,
    export_member_data,
    log_use,
    member_accounts,
    remove_member,
)


def _member(request, user_id, view):
    """The member ``user_id``, if the request's user may act on members' data and the
    account is a member's; else PermissionDenied (for any id, so that nothing about the
    account shows) or Http404, and a refusal in the audit log when the account exists."""
    allowed = request.user.has_perm(PERMISSION)
    member = member_accounts().filter(pk=user_id).first() if allowed else None
    if member is not None:
        return member
    target = get_user_model().objects.filter(pk=user_id).first()
    if target is not None:
        reason = "not_a_member" if allowed else "no_permission"
        log_use(
            REFUSED,
            target,
            by=request.user,
            via="admin",
            view=view,
            method=request.method,
            reason=reason,
        )
    if not allowed:
        raise PermissionDenied
    raise Http404(_("Er is geen lid met dit nummer."))


def export_view(request, user_id):
    user = _member(request, user_id, "export")
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    data = export_member_data(user, by=request.user, via="admin")
    text = json.dumps(data, ensure_ascii=False, indent=2)
    response = HttpResponse(text, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="gegevens-{user.pk}.json"'
    add_never_cache_headers(response)
    return response


@require_http_methods(["GET", "POST"])
def remove_view(request, user_id):
    user = _member(request, user_id, "remove")
    index_url = reverse("motionbank_member_modeladmin_index")
    if request.method == "POST":
        removal = remove_member(user, by=request.user, via="admin")
        messages.success(
            request,
            _(
                "%(username)s is verwijderd. %(count)s gedeelde motie(s) blijven in de "
                "motiebank, zonder naam van wie ze deelde."
            )
            % {"username": removal.username, "count": removal.motions_kept},
        )
        return redirect(index_url)
    context = {
        "person": user,
        "motions": user.uploaded_motions.count(),
        "export_url": reverse("motionbank_member_export", args=[user.pk]),
        "index_url": index_url,
    }
    return TemplateResponse(request, "motionbank/admin/remove_member.html", context)


urlpatterns = [
    path("leden/<int:user_id>/gegevens/", export_view, name="motionbank_member_export"),
    path("leden/<int:user_id>/verwijderen/", remove_view, name="motionbank_member_remove"),
]
