"""
Stock views with a rate limit (home/ratelimit.py, ``settings.RATE_LIMITS``).

- Wagtail's password forms for a page or a collection's documents: wrong passwords are
  counted per address and per restriction. Over the limit the form is shown again with
  a Dutch message and status 429, without checking the password, so a correct guess is
  not told apart from a wrong one.
- Django's password reset: requests are counted per address and per e-mail address,
  whether or not the address has an account, so the refusal (the form again, with a
  Dutch message and status 429) tells nothing about accounts.
"""

from functools import partial

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.forms.utils import ErrorDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse

from wagtail import views as wagtail_views
from wagtail.documents.views import serve as document_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from home import ratelimit

TOO_MANY = 429


class RefusedPasswordForm(PasswordViewRestrictionForm):
    """Wagtail's password form, refused before its password is checked."""

    def full_clean(self):
        self._errors = ErrorDict()
        self.cleaned_data = {}
        self.add_error(None, ratelimit.refusal("password_form"))


def _limited_password_form(request, restriction_key, answer, refuse):
    """``answer()`` (Wagtail's view) unless this address or restriction has had too many
    wrong passwords, then ``refuse()``: the form again, refused. A POST that does not let
    the visitor in (the form again) counts as a wrong password."""
    if request.method != "POST":
        return answer()
    keys = {"address": ratelimit.client_ip(request), "restriction": restriction_key}
    if ratelimit.is_limited("password_form", **keys):
        response = refuse()
        response.status_code = TOO_MANY
        return response
    response = answer()
    if response.status_code != 302:
        ratelimit.count("password_form", **keys)
    return response


def authenticate_with_page_password(request, page_view_restriction_id, page_id):
    """Wagtail's ``wagtailcore_authenticate_with_password``, rate limited."""

    def refuse():
        restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
        page = get_object_or_404(Page, id=page_id).specific
        form = RefusedPasswordForm(request.POST, instance=restriction)
        action_url = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
        )
        return page.serve_password_required_response(request, form, action_url)

    return _limited_password_form(
        request,
        f"page:{page_view_restriction_id}",
        partial(
            wagtail_views.authenticate_with_password, request, page_view_restriction_id, page_id
        ),
        refuse,
    )


def authenticate_with_document_password(request, restriction_id):
    """Wagtail's ``wagtaildocs_authenticate_with_password``, rate limited."""

    def refuse():
        restriction = get_object_or_404(CollectionViewRestriction, id=restriction_id)
        form = RefusedPasswordForm(request.POST, instance=restriction)
        template = getattr(
            settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html"
        )
        action_url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.id])
        return TemplateResponse(request, template, {"form": form, "action_url": action_url})

    return _limited_password_form(
        request,
        f"collection:{restriction_id}",
        partial(document_views.authenticate_with_password, request, restriction_id),
        refuse,
    )


class PasswordResetView(auth_views.PasswordResetView):
    """Django's password reset, rate limited per address and per e-mail address."""

    def form_valid(self, form):
        keys = {
            "address": ratelimit.client_ip(self.request),
            "email": form.cleaned_data["email"].strip().lower(),
        }
        if ratelimit.is_limited("password_reset", **keys):
            form.add_error(None, ratelimit.refusal("password_reset"))
            return self.render_to_response(self.get_context_data(form=form), status=TOO_MANY)
        ratelimit.count("password_reset", **keys)
        return super().form_valid(form)
