"""Staff (Wagtail admin, *Rapporten → Zoekopdrachten van leden*): how many members use
saved searches and alerts, counts only, and a test digest to themselves."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .access import is_staff_member
from .alerts import send_test_digest
from .models import Frequency, SavedMotion, SavedSearch


def counts():
    alerts_on = SavedSearch.objects.exclude(frequency=Frequency.NEVER).exclude(
        user__mail_preferences__alerts=False
    )
    return [
        (_("Leden met bewaarde zoekopdrachten"), _members(SavedSearch.objects.all())),
        (_("Leden die meldingen krijgen"), _members(alerts_on)),
        (_("Bewaarde zoekopdrachten"), SavedSearch.objects.count()),
        (_("… met een dagelijkse melding"), alerts_on.filter(frequency=Frequency.DAILY).count()),
        (_("… met een wekelijkse melding"), alerts_on.filter(frequency=Frequency.WEEKLY).count()),
        (_("Leden met bewaarde moties"), _members(SavedMotion.objects.all())),
        (_("Bewaarde moties"), SavedMotion.objects.count()),
    ]


def _members(queryset):
    return queryset.filter(~Q(user=None)).values("user").distinct().count()


def saved_search_report(request):
    if not (is_staff_member(request.user) or request.user.is_superuser):
        messages.error(request, _("Dit overzicht is voor de redactie."))
        return redirect("wagtailadmin_home")
    if request.method == "POST":
        if not request.user.email:
            messages.error(request, _("Je account heeft geen e-mailadres."))
        else:
            try:
                count = send_test_digest(request.user)
            except Exception:
                messages.error(request, _("De mailserver nam de testdigest niet aan."))
            else:
                messages.success(
                    request,
                    _("Een testdigest met %(count)s moties is naar %(email)s gestuurd.")
                    % {"count": count, "email": request.user.email},
                )
        return redirect("motionbank_saved_search_report")
    return TemplateResponse(
        request,
        "motionbank/admin/saved_search_report.html",
        {
            "counts": counts(),
            "has_searches": SavedSearch.objects.filter(user=request.user).exists(),
        },
    )
