"""
The views of Mijn CLB (home.mijnclb): the page with every registered section, the POSTs
of the sections, the password change, signing out everywhere, and the one-click
unsubscribe of the alert mails (a signed link that works without signing in).
"""

from functools import wraps

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import redirect_to_login
from django.contrib.sessions.models import Session
from django.core import signing
from django.core.mail import send_mail
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt

from home.groups import is_member
from home.mijnclb import mijn_clb_sections, section_for
from home.models import MailPreferences

UNSUBSCRIBE_SALT = "home.mijnclb.unsubscribe"


def members_only(view):
    """Anonymous visitors log in first; signed-in non-members get a 403 that says why.
    Nothing of a member's own page is ever cached."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_member(request.user):
            response = TemplateResponse(request, "home/mijn_clb_no_access.html", status=403)
        else:
            response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        response.headers.setdefault("X-Robots-Tag", "noindex, nofollow")
        return response

    return wrapper


def page_url(key=""):
    return reverse("mijn_clb") + (f"#{key}" if key else "")


@members_only
def mijn_clb(request):
    sections = [
        {"section": section, "context": section.context(request)} for section in mijn_clb_sections()
    ]
    return TemplateResponse(request, "home/mijn_clb.html", {"sections": sections})


@members_only
def section_action(request, key, action):
    """A section's form: POST /mijn-clb/<key>/<action>/."""
    section = section_for(key)
    if section is None or section.post is None:
        raise Http404(_("Dit onderdeel bestaat niet."))
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    response = section.post(request, action)
    if response is None:
        raise Http404(_("Deze actie bestaat niet."))
    return response


# Home's own sections: profiel, wachtwoord, e-mail ------------------------------------


EMAIL_SALT = "home.mijnclb.email"
EMAIL_LINK_DAYS = 3


class ProfileForm(forms.Form):
    first_name = forms.CharField(label=gettext_lazy("Voornaam"), max_length=150, required=False)
    last_name = forms.CharField(label=gettext_lazy("Achternaam"), max_length=150, required=False)
    email = forms.EmailField(
        label=gettext_lazy("E-mailadres"),
        help_text=gettext_lazy(
            "Een nieuw adres gaat pas in als je op de link klikt die we ernaar sturen."
        ),
    )


def account_context(request):
    user = request.user
    form = ProfileForm(
        initial={"first_name": user.first_name, "last_name": user.last_name, "email": user.email}
    )
    return {"account": user, "form": form}


def email_change_url(user, new_email):
    token = signing.dumps({"u": user.pk, "old": user.email, "new": new_email}, salt=EMAIL_SALT)
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("mijn_clb_confirm_email", args=[token])


def profile_post(request, action):
    if action != "opslaan":
        return None
    form = ProfileForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return HttpResponseRedirect(page_url("profiel"))
    user = request.user
    user.first_name = form.cleaned_data["first_name"]
    user.last_name = form.cleaned_data["last_name"]
    user.save(update_fields=["first_name", "last_name"])
    new_email = form.cleaned_data["email"]
    if new_email.lower() != (user.email or "").lower():
        taken = get_user_model().objects.filter(email__iexact=new_email).exclude(pk=user.pk)
        if not taken.exists():  # never tell whether another account has the address
            context = {"user": user, "url": email_change_url(user, new_email)}
            context["days"] = EMAIL_LINK_DAYS
            send_mail(
                _("Bevestig je nieuwe e-mailadres"),
                render_to_string("home/mijnclb/email_change.txt", context),
                None,
                [new_email],
            )
        messages.success(
            request,
            _(
                "We hebben een link gestuurd naar %(email)s. Je nieuwe adres gaat in zodra "
                "je daarop klikt."
            )
            % {"email": new_email},
        )
    else:
        messages.success(request, _("Je profiel is opgeslagen."))
    return HttpResponseRedirect(page_url("profiel"))


def confirm_email(request, token):
    """The link sent to a new e-mail address: only then is the address saved."""
    try:
        data = signing.loads(token, salt=EMAIL_SALT, max_age=EMAIL_LINK_DAYS * 86400)
    except signing.BadSignature:
        data = None
    user = None
    if data is not None:
        user = get_user_model().objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None or user.email != data.get("old"):
        response = TemplateResponse(
            request, "home/mijn_clb_email_confirmed.html", {"invalid": True}, status=404
        )
    else:
        user.email = data["new"]
        user.save(update_fields=["email"])
        response = TemplateResponse(
            request, "home/mijn_clb_email_confirmed.html", {"email": user.email}
        )
    add_never_cache_headers(response)
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


def password_context(request):
    return {"password_url": reverse("mijn_clb_password")}


def sign_out_everywhere(user, keep=None):
    """Delete every other session of ``user`` (sessions are cached_db: through the session
    store, so the cache forgets them too). Returns how many went."""
    from importlib import import_module

    store = import_module(settings.SESSION_ENGINE).SessionStore
    removed = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.session_key == keep:
            continue
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            store(session_key=session.session_key).delete()
            removed += 1
    return removed


def password_post(request, action):
    if action != "overal-uitloggen":
        return None
    removed = sign_out_everywhere(request.user, keep=request.session.session_key)
    request.session.cycle_key()
    messages.success(
        request,
        _("Je bent overal uitgelogd, behalve hier (%(count)s andere sessies gesloten).")
        % {"count": removed},
    )
    return HttpResponseRedirect(page_url("wachtwoord"))


def preferences_context(request):
    return {"preferences": MailPreferences.objects.filter(user=request.user).first()}


def preferences_post(request, action):
    if action != "opslaan":
        return None
    preferences = MailPreferences.for_user(request.user)
    preferences.alerts = request.POST.get("alerts") == "aan"
    preferences.save()
    messages.success(request, _("Je e-mailvoorkeuren zijn opgeslagen."))
    return HttpResponseRedirect(page_url("e-mail"))


@method_decorator(members_only, name="dispatch")
class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "home/mijn_clb_password.html"
    success_url = reverse_lazy("mijn_clb")

    def form_valid(self, form):
        response = super().form_valid(form)  # keeps this session signed in
        update_session_auth_hash(self.request, form.user)
        messages.success(self.request, _("Je wachtwoord is gewijzigd."))
        return response


# One-click unsubscribe ----------------------------------------------------------------


def unsubscribe_token(user):
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_url(user):
    """The absolute URL of a member's unsubscribe link (for mails)."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("mijn_clb_unsubscribe", args=[unsubscribe_token(user)])


def _user_for_token(token):
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=pk, is_active=True).first()


@csrf_exempt  # a mail client's one-click POST (RFC 8058) carries no CSRF token
def unsubscribe(request, token):
    """GET: a page with one button; POST: alerts off (what a mail client's one-click
    unsubscribe sends). No login needed: the signed token says who."""
    user = _user_for_token(token)
    if user is None:
        response = TemplateResponse(
            request, "home/mijn_clb_unsubscribe.html", {"invalid": True}, status=404
        )
    elif request.method == "POST":
        preferences = MailPreferences.for_user(user)
        preferences.alerts = False
        preferences.save()
        response = TemplateResponse(request, "home/mijn_clb_unsubscribe.html", {"done": True})
    else:
        response = TemplateResponse(request, "home/mijn_clb_unsubscribe.html", {"token": token})
    add_never_cache_headers(response)
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response
