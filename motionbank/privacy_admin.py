"""
The member admin's two privacy actions (motionbank.privacy): download everything the site
keeps about a member as JSON, and remove the member while their motions stay. Both are
under /admin/ (so behind Wagtail's admin login) and ask for the permission to view or
delete member records, which the editors (Redactie) have.
"""

import json

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.admin import messages

from .privacy import RemovalRefused, check_removable, export_member_data, remove_member


def _user(request, user_id, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied
    return get_object_or_404(get_user_model(), pk=user_id)


def export_view(request, user_id):
    user = _user(request, user_id, "motionbank.view_member")
    data = json.dumps(export_member_data(user), ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="gegevens-{user.pk}.json"'
    add_never_cache_headers(response)
    return response


@require_http_methods(["GET", "POST"])
def remove_view(request, user_id):
    user = _user(request, user_id, "motionbank.delete_member")
    index_url = reverse("motionbank_member_modeladmin_index")
    try:
        check_removable(user)
    except RemovalRefused as error:
        messages.error(request, str(error))
        return redirect(index_url)
    if request.method == "POST":
        removal = remove_member(user)
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
