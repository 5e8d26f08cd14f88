from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from agenda import admin_views
from agenda.models import AgendaPage, CalendarFeedToken, Event, Registration
from agenda.viewsets import EventViewSet, RegistrationViewSet
from home.memberdata import MemberDataPart
from search.areas import SiteSearchArea

register_snippet(EventViewSet)


@hooks.register("register_admin_viewset")
def registration_viewset():
    return RegistrationViewSet()


@hooks.register("register_admin_urls")
def registration_admin_urls():
    return [
        path(
            "agenda/aanmeldingen/bericht/<int:pk>/",
            admin_views.registrant_message,
            name="agenda_registrant_message",
        )
    ]


@hooks.register("register_site_search_area")
def events_search_area():
    """Events in the site search and its suggestions: the ones the person may see."""
    return SiteSearchArea(
        key="events",
        label=_("Activiteiten"),
        kind=_("Activiteit"),
        order=100,
        items_for=Event.objects.visible_to,
        section_for=AgendaPage.for_request,
        item_url=lambda agenda, event, request: agenda.event_url(event, request),
    )


def _moment(value):
    return value.isoformat() if value else None


def _export_calendar_feed(user):
    token = CalendarFeedToken.objects.filter(user=user).first()
    if token is None:
        return None
    return {
        "token": token.token,
        "created_at": _moment(token.created_at),
        "reset_at": _moment(token.reset_at),
        "last_used_at": _moment(token.last_used_at),
    }


def _remove_calendar_feed(user):
    deleted, _by_model = CalendarFeedToken.objects.filter(user=user).delete()
    return bool(deleted)


@hooks.register("register_member_data")
def calendar_feed_member_data():
    """A member's personal calendar feed, in the export and removal of their data."""
    return MemberDataPart(
        key="calendar_feed",
        label="agendafeed",
        export=_export_calendar_feed,
        remove=_remove_calendar_feed,
    )


def _export_registrations(user):
    rows = Registration.objects.filter(user=user).select_related("event")
    return [
        {
            "event": registration.event.title,
            "event_start": _moment(registration.event.start),
            "name": registration.name,
            "email": registration.email,
            "function": registration.function,
            "governing_body": registration.governing_body,
            "status": registration.status,
            "created_at": _moment(registration.created_at),
            "promoted_at": _moment(registration.promoted_at),
            "cancelled_at": _moment(registration.cancelled_at),
        }
        for registration in rows
    ] or None


def _remove_registrations(user):
    deleted, _by_model = Registration.objects.filter(user=user).delete()
    return bool(deleted)


@hooks.register("register_member_data")
def registrations_member_data():
    """A member's event registrations, in the export and removal of their data."""
    return MemberDataPart(
        key="event_registrations",
        label="aanmeldingen",
        export=_export_registrations,
        remove=_remove_registrations,
    )


@hooks.register("register_mijn_clb_section")
def mijn_clb_registrations_section():
    from home.mijnclb import MijnClbSection

    from . import mijnclb

    return MijnClbSection(
        key="aanmeldingen",
        order=65,
        title=_("Mijn aanmeldingen"),
        template="agenda/mijnclb/registrations.html",
        context=mijnclb.registrations_context,
        post=mijnclb.registrations_post,
    )


@hooks.register("register_mijn_clb_section")
def mijn_clb_agenda_section():
    from home.mijnclb import MijnClbSection

    from . import mijnclb

    return MijnClbSection(
        key="agenda",
        order=70,
        title=_("Agenda"),
        template="agenda/mijnclb/agenda.html",
        context=mijnclb.agenda_context,
        post=mijnclb.agenda_post,
    )
