"""
The views behind AgendaPage's routes (see agenda/models/pages.py for the URLs).

Access: every queryset starts from ``Event.objects.visible_to(user)``: live events, and
members-only events only for members. A members-only event is a 404 for anyone else
(not even its title leaks), a draft is a 404 for everyone; editors preview drafts in
the admin. The personal feed answers only for a token whose user is an active member.
"""

import datetime
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Page

from agenda import dates, ical, registrations
from agenda.filters import FACETS, parse_selection, search_events, search_selection
from agenda.forms import RegistrationForm, period_bounds
from agenda.models import CalendarFeedToken, Event, Registration, RegistrationState
from home.groups import is_member
from home.memberdetails import member_details
from home.siteurl import absolute
from search.suggestions import (
    OtherFilter,
    WayOn,
    filtered,
    search_count,
    suggestion,
    ways_on,
)


def _setting(name, default):
    return getattr(settings, name, default)


def group_by_month(events):
    """[{"label": "maart 2026", "events": [...]}, ...] in the order given."""
    groups = []
    for event in events:
        label = dates.format_month(event.first_day)
        if not groups or groups[-1]["label"] != label:
            groups.append({"label": label, "events": []})
        groups[-1]["events"].append(event)
    return groups


def subscription_links(feed_url):
    """The ways to subscribe to a feed: its https address, webcal:// and Google Calendar."""
    webcal_url = "webcal://" + feed_url.split("://", 1)[-1]
    return {
        "url": feed_url,
        "webcal_url": webcal_url,
        "google_url": "https://calendar.google.com/calendar/render?cid=" + quote(webcal_url, ""),
    }


def _private(response):
    patch_cache_control(response, private=True)
    patch_vary_headers(response, ["Cookie"])
    return response


# The agenda and its archive ---------------------------------------------------------


def agenda_listing(request, page, *, archive):
    now = dates.now()
    request._agenda_page = page
    member = is_member(request.user)
    # A wrong filter value answers 400.
    selection = parse_selection(request.GET, archive=archive)

    def search():
        events = Event.objects.visible_to(request.user)
        events = events.past(now) if archive else events.upcoming(now)
        search_selection(
            selection, events, now=now, per_page=_setting("AGENDA_EVENTS_PER_PAGE", 20)
        )
        results = selection.outcome.page.object_list
        prefetch_related_objects(results, "audiences")
        total = selection.outcome.total
        return {
            "outcome": selection.outcome,
            "months": group_by_month(results),
            "result_count": ngettext("%(count)s activiteit", "%(count)s activiteiten", total)
            % {"count": total},
        }

    found = search()
    suggested, ways = _ways_on(request, page, selection, now, archive=archive)
    context = page.get_context(request)
    context.update(
        {
            "archive": archive,
            "form": selection.form,
            "outcome": found["outcome"],
            "selection": selection,
            "months": found["months"],
            "result_count": found["result_count"],
            "is_member": member,
            "noindex": bool(request.GET),
            "upcoming_url": page.get_url(request),
            "archive_url": page.route_url("archive", request),
            "form_action": page.route_url("archive", request) if archive else page.get_url(request),
            "suggestion": suggested,
            "ways": ways,
        }
    )
    if not archive:
        querystring = selection.querystring()
        context["subscribe"] = subscription_links(
            page.file_url("feed", request, full=True) + querystring
        )
        if member:
            context["personal_feed_page_url"] = page.route_url("feed_token", request) + querystring
    status = 400 if selection.has_problems else 200
    response = TemplateResponse(request, "agenda/agenda_page.html", context, status=status)
    return _private(response) if member else response


def _ways_on(request, page, selection, now, *, archive):
    """ "Bedoelde je ...?" and, when nothing was found, the ways on: without a filter,
    without the period, without the rarest word, in the archive (search/suggestions.py)."""
    values, options = selection.values, selection.form.options
    query = values["q"]
    if not query:
        return None, []
    visible = Event.objects.visible_to(request.user)
    events = visible.past(now) if archive else visible.upcoming(now)
    begin, until = period_bounds(values, now)
    in_period = events.overlapping(begin, until)
    base = page.route_url("archive", request) if archive else page.get_url(request)
    suggested = suggestion(
        request.GET, query, filtered(in_period, values["selected"], FACETS, options), base=base
    )
    if selection.outcome.total:
        return suggested, []
    period = []
    if begin or until:
        period = [OtherFilter(_("periode"), ("periode", "van", "tot"), events)]
    ways = ways_on(
        request.GET,
        in_period,
        query,
        selected=values["selected"],
        facets=FACETS,
        options=options,
        other_filters=period,
        browse_label=None if suggested else _("Alle activiteiten zonder deze zoekwoorden"),
        base=base,
    )
    if not archive:
        past = filtered(visible.past(now), values["selected"], FACETS, options)
        found = search_count(query, past)
        if found:
            params = request.GET.copy()
            for name in ("periode", "van", "tot", "pagina"):
                params.pop(name, None)
            url = page.route_url("archive", request) + "?" + params.urlencode()
            ways.append(WayOn(_("Zoek in het archief van eerdere activiteiten"), url, found))
    return suggested, ways


# One event ------------------------------------------------------------------------


def _visible_event(request, pk):
    return get_object_or_404(Event.objects.visible_to(request.user), pk=pk)


def event_context(request, event, agenda_page, *, preview=False):
    """The context of the event page; also used by the admin preview."""
    now = dates.now()
    context = agenda_page.get_context(request) if agenda_page else {"request": request}
    member = is_member(request.user)
    related_page = None
    if event.related_page_id:
        related_page = Page.objects.live().public().filter(pk=event.related_page_id).first()
    state = event.registration_state(now)
    context.update(
        {
            "event": event,
            "audiences": list(event.audiences.all()),
            "is_member": member,
            "show_join_link": member and bool(event.join_url),
            "login_url": f"{reverse('login')}?next={quote(request.get_full_path())}",
            "registration_state": state,
            "registration_open": state == RegistrationState.OPEN,
            "registration_deadline": (
                dates.format_moment(event.registration_deadline)
                if event.registration_deadline
                else ""
            ),
            "has_ended": event.has_ended(now),
            "related_page": related_page,
            "agenda_page": agenda_page,
            "agenda_url": agenda_page.get_url(request) if agenda_page else None,
            "ics_url": (
                agenda_page.event_ics_url(event, request) if agenda_page and event.pk else None
            ),
            "noindex": event.members_only or preview,
            "preview": preview,
        }
    )
    if event.registers_on_site:
        context.update(registration_context(request, event, agenda_page, preview=preview))
    return context


def registration_context(request, event, agenda_page, *, preview=False, form=None):
    """The registration part of the event page: places, the form, one's own registration."""
    confirmed, waiting, capacity = (
        registrations.places(event) if event.pk else (0, 0, event.capacity)
    )
    user = request.user
    own = None
    if user.is_authenticated and event.pk:
        own = Registration.objects.filter(event=event, user=user).active().first()
    if form is None:
        form = RegistrationForm(initial=_initial(user), fixed_email=_account_email(user))
    return {
        "registers_on_site": True,
        "places": {
            "confirmed": confirmed,
            "waiting": waiting,
            "capacity": capacity,
            "free": None if capacity is None else max(capacity - confirmed, 0),
        },
        "registration_form": form,
        "own_registration": own,
        "register_url": (
            agenda_page.route_url("register", request, pk=event.pk, slug=event.slug)
            if agenda_page and event.pk and not preview
            else ""
        ),
    }


def _account_email(user):
    return user.email if user.is_authenticated and user.email else None


def _initial(user):
    if not user.is_authenticated:
        return {}
    return {"name": user.get_full_name(), **member_details(user)}


def event_detail(request, page, pk, slug):
    event = _visible_event(request, pk)
    if slug != event.slug:
        return redirect(page.event_url(event, request), permanent=True)
    request._agenda_page = page
    response = TemplateResponse(
        request, "agenda/event_page.html", event_context(request, event, page)
    )
    # With registration on the site the page shows the places of this moment (and to a
    # signed-in person their own registration): never stored in the page cache.
    private = event.members_only or event.join_url or event.registers_on_site
    return _private(response) if private else response


# Registration -------------------------------------------------------------------------


def register(request, page, pk, slug):
    """POST /agenda/<pk>-<slug>/aanmelden/: the registration form of the event page."""
    event = _visible_event(request, pk)
    event_url = page.event_url(event, request)
    if request.method != "POST" or slug != event.slug or not event.registers_on_site:
        return redirect(event_url)
    request._agenda_page = page
    user = request.user
    form = RegistrationForm(request.POST, fixed_email=_account_email(user))
    if not form.is_valid():
        context = event_context(request, event, page)
        context.update(registration_context(request, event, page, form=form))
        return _private(TemplateResponse(request, "agenda/event_page.html", context, status=400))
    try:
        outcome = registrations.register(
            event,
            name=form.cleaned_data["name"],
            email=form.address,
            function=form.cleaned_data["function"],
            governing_body=form.cleaned_data["governing_body"],
            user=user if user.is_authenticated else None,
        )
    except registrations.RegistrationClosed:
        messages.error(request, _("Aanmelden voor deze activiteit is niet (meer) mogelijk."))
        return redirect(event_url + "#aanmelden")
    if form.fixed_email:
        # Their own address: they may know how it stands.
        registration = outcome.registration
        if not outcome.created:
            text = _("Je was al aangemeld voor deze activiteit; er is niets veranderd.")
        elif registration.status == "wachtlijst":
            text = _("Alle plaatsen zijn bezet: je staat op de wachtlijst. Je krijgt een e-mail.")
        else:
            text = _("Je bent aangemeld. Je krijgt een bevestiging per e-mail.")
    else:
        # A visitor learns nothing here about an address being registered already: the
        # answer is the same, and the mail to that address says how it stands.
        text = _(
            "Dank je wel. We hebben je aanmelding ontvangen en sturen je een e-mail: daarin "
            "staat of je een plaats hebt of op de wachtlijst staat. Geen e-mail gekregen? "
            "Kijk in je map met ongewenste e-mail."
        )
    messages.success(request, text)
    return redirect(event_url + "#aanmelden")


def cancel_registration(request, page, token):
    """/agenda/afmelden/<token>/: the cancel link of the mails. A GET asks (mail programs
    and virus scanners open links), the POST of its button cancels."""
    registration = Registration.objects.select_related("event").filter(token=token).first()
    if registration is None or not registration.event.live:
        raise Http404
    event = registration.event
    context = page.get_context(request)
    context.update(
        {
            "registration": registration,
            "event": event,
            "event_url": page.event_url(event, request),
            "noindex": True,
            "done": False,
        }
    )
    if request.method == "POST" and registration.is_active:
        registrations.cancel(registration)
        registration.refresh_from_db()
        context["done"] = True
    return _no_store(TemplateResponse(request, "agenda/cancel_registration.html", context))


def event_ics(request, page, pk, slug):
    event = _visible_event(request, pk)
    if slug != event.slug:
        return redirect(page.event_ics_url(event, request), permanent=True)
    member = is_member(request.user)
    content = ical.build_calendar(
        [event],
        name=event.title,
        event_url=lambda item: page.event_url(item, request, full=True),
        include_join_links=member,
    )
    response = _calendar_response(content, f"{event.slug}.ics", attachment=True)
    return _private(response) if event.members_only or member else response


# Feeds ------------------------------------------------------------------------------


def _calendar_response(content, filename, *, attachment=False):
    response = HttpResponse(content, content_type=ical.CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    return response


def _feed(request, page, events, *, personal, user=None):
    now = dates.now()
    window_start = now - datetime.timedelta(days=_setting("AGENDA_FEED_PAST_DAYS", 31))
    selection = search_events(
        request.GET,
        events.upcoming(window_start),
        now=now,
        per_page=_setting("AGENDA_FEED_MAX_EVENTS", 500),
        first_page_only=True,
    )
    if selection.has_problems:
        text = "\n".join(str(message) for message in selection.form.messages)
        return HttpResponseBadRequest(text + "\n", content_type="text/plain; charset=utf-8")
    results = selection.outcome.page.object_list
    prefetch_related_objects(results, "audiences")

    name = _("CLB-agenda")
    if personal:
        name = _("CLB-agenda (persoonlijk)")
    summary = selection.summary()
    if summary:
        name = f"{name}: {summary}"
    description = _("De activiteiten van het Centrum voor Lokaal Bestuur (CLB).")
    content = ical.build_calendar(
        results,
        name=name,
        description=description,
        source_url=absolute(request.get_full_path()),
        event_url=lambda event: page.event_url(event, request, full=True),
        now=now,
        include_join_links=personal and user is not None and is_member(user),
    )
    response = _calendar_response(content, "clb-agenda.ics")
    hours = _setting("AGENDA_FEED_REFRESH_HOURS", 6)
    patch_cache_control(response, max_age=min(hours * 3600, 3600))
    if personal:
        patch_cache_control(response, private=True)
    else:
        patch_cache_control(response, public=True)
    return response


def public_feed(request, page):
    """Everything anyone may see, with the page's filters: /agenda/agenda.ics?..."""
    return _feed(request, page, Event.objects.live().filter(members_only=False), personal=False)


def personal_feed(request, page, token):
    """A member's feed, members-only events included: /agenda/persoonlijk/<token>.ics."""
    feed_token = CalendarFeedToken.objects.usable().filter(token=token).first()
    if feed_token is None or not is_member(feed_token.user):
        raise Http404
    feed_token.mark_used()
    events = Event.objects.visible_to(feed_token.user)
    return _feed(request, page, events, personal=True, user=feed_token.user)


def feed_token_page(request, page):
    """/agenda/mijn-agenda-feed/: a member's personal feed address, and a way to reset it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    context = page.get_context(request)
    context.update({"noindex": True, "agenda_url": page.get_url(request)})
    if not is_member(request.user):
        response = TemplateResponse(
            request, "agenda/feed_token_page.html", {**context, "forbidden": True}, status=403
        )
        return _no_store(response)

    feed_token = CalendarFeedToken.for_user(request.user)
    selection = parse_selection(request.GET)
    querystring = selection.querystring()
    if request.method == "POST":
        if request.POST.get("action") == "reset":
            feed_token.reset()
            messages.success(
                request,
                _(
                    "Je persoonlijke agenda-adres is vernieuwd. Het oude adres werkt niet "
                    "meer: abonneer je agenda opnieuw met het nieuwe adres."
                ),
            )
        return redirect(page.route_url("feed_token", request) + querystring)

    feed_url = (
        page.file_url("personal_feed", request, full=True, token=feed_token.token) + querystring
    )
    context.update(
        {
            "feed_token": feed_token,
            "subscribe": subscription_links(feed_url),
            "selection_summary": selection.summary(),
            "form_messages": selection.form.messages,
            "unfiltered_url": page.route_url("feed_token", request),
        }
    )
    response = TemplateResponse(request, "agenda/feed_token_page.html", context)
    return _no_store(response)


def _no_store(response):
    """The page shows a secret: never cache it anywhere."""
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ["Cookie"])
    return response
