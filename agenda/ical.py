"""
iCalendar (RFC 5545, with the RFC 7986 calendar properties) for the agenda, built with
the ``icalendar`` library.

- Every event keeps its UID (``<uuid>@clb.nl``) in every feed and download, so a
  calendar program updates its copy instead of adding a second one; SEQUENCE goes up
  when time, place or status change (``Event.sequence``).
- Times are written as local wall-clock time with ``TZID=Europe/Amsterdam`` and the
  calendar carries the matching VTIMEZONE, so they stay right across daylight saving.
- All-day events are dates (``VALUE=DATE``) with an exclusive DTEND: the day after.
- Cancelled events stay in the feed with ``STATUS:CANCELLED`` (and say so in their
  title), so subscribers see the cancellation instead of a silently vanished event.
- Join links are only written for members (``include_join_links``).
"""

import datetime
import html
import re

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from icalendar import Calendar, Timezone, vText
from icalendar import Event as VEvent

from agenda import dates
from agenda.models import EventFormat, RegistrationMode

PRODID = "-//Centrum voor Lokaal Bestuur//CLB-agenda//NL"
BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)
CONTENT_TYPE = "text/calendar; charset=utf-8"
SEPARATORS = re.compile(r"\s*[,;]\s*")


def refresh_interval():
    return datetime.timedelta(hours=getattr(settings, "AGENDA_FEED_REFRESH_HOURS", 6))


def plain_text(rich_text):
    """Rich text as plain text: paragraphs on their own lines, no tags, no entities."""
    text = BLOCK_END.sub("\n", rich_text or "")
    text = html.unescape(strip_tags(text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def event_location(event, include_join_links):
    if event.has_venue:
        return ", ".join(part for part in (event.venue_name, event.venue_address) if part)
    if event.is_online:
        if include_join_links and event.join_url:
            return event.join_url
        return _("Online")
    return ""


def event_description(event, url, include_join_links):
    parts = []
    text = plain_text(event.description)
    if text:
        parts.append(text)
    facts = []
    audiences = [audience.name for audience in event.audiences.all()]
    if audiences:
        facts.append(_("Voor wie: %(audiences)s") % {"audiences": ", ".join(audiences)})
    if event.format == EventFormat.HYBRID:
        facts.append(_("Ook online te volgen."))
    if include_join_links and event.join_url:
        facts.append(_("Deelnemen: %(url)s") % {"url": event.join_url})
    if event.registration_kind == RegistrationMode.EXTERNAL and not event.cancelled:
        if event.registration_deadline:
            facts.append(
                _("Aanmelden kan tot %(deadline)s: %(url)s")
                % {
                    "deadline": dates.format_moment(event.registration_deadline),
                    "url": event.registration_url,
                }
            )
        else:
            facts.append(_("Aanmelden: %(url)s") % {"url": event.registration_url})
    if event.costs:
        facts.append(_("Kosten: %(costs)s") % {"costs": event.costs})
    if facts:
        parts.append("\n".join(facts))
    if url:
        parts.append(_("Meer informatie: %(url)s") % {"url": url})
    return "\n\n".join(parts)


def event_component(event, *, stamp, url=None, include_join_links=False):
    """One VEVENT."""
    component = VEvent()
    component.add("uid", event.ical_uid)
    component.add("dtstamp", stamp)
    component.add("last-modified", event.updated_at.astimezone(datetime.UTC))
    if event.first_published_at:
        component.add("created", event.first_published_at.astimezone(datetime.UTC))
    component.add("sequence", event.sequence)
    summary = event.title
    if event.cancelled:
        summary = _("Gaat niet door: %(title)s") % {"title": event.title}
    component.add("summary", summary)
    if event.all_day:
        component.add("dtstart", event.first_day)
        component.add("dtend", event.last_day + datetime.timedelta(days=1))
        component.add("transp", "TRANSPARENT")
    else:
        component.add("dtstart", event.local_start)
        component.add("dtend", event.local_end)
        component.add("transp", "OPAQUE")
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    location = event_location(event, include_join_links)
    if location:
        component.add("location", location)
    description = event_description(event, url, include_join_links)
    if description:
        component.add("description", description)
    component.add("categories", [str(event.get_event_type_display())])
    if url:
        component.add("url", url)
    return component


def build_calendar(
    events,
    *,
    name,
    description="",
    source_url=None,
    event_url=None,
    now=None,
    include_join_links=False,
):
    """
    A whole VCALENDAR as bytes (CRLF line endings, lines folded at 75 octets).

    ``event_url`` is a callable giving an event's absolute URL (or None).
    """
    now = now or dates.now()
    stamp = now.astimezone(datetime.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # Calendar programs disagree on unescaping "\," in X-WR-CALNAME, so the name has none.
    name = _without_separators(name)
    calendar.add("name", vText(name))
    calendar.add("x-wr-calname", vText(name))
    if description:
        description = _without_separators(description)
        calendar.add("description", vText(description))
        calendar.add("x-wr-caldesc", vText(description))
    tzid = dates.local_tz().key
    calendar.add("x-wr-timezone", tzid)
    calendar.add("refresh-interval", refresh_interval(), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", _duration(refresh_interval()))
    if source_url:
        calendar.add("url", source_url)
        calendar.add("source", source_url, parameters={"VALUE": "URI"})

    events = list(events)
    days = [dates.today(now)]
    for event in events:
        days.extend((event.first_day, event.last_day))
    # A VTIMEZONE that covers every date in the calendar, and no more than needed.
    calendar.add_component(
        Timezone.from_tzid(
            tzid,
            first_date=datetime.date(min(days).year, 1, 1),
            last_date=datetime.date(max(days).year + 2, 1, 1),
        )
    )
    for event in events:
        calendar.add_component(
            event_component(
                event,
                stamp=stamp,
                url=event_url(event) if event_url else None,
                include_join_links=include_join_links,
            )
        )
    return calendar.to_ical()


def _without_separators(text):
    """'Wethouders, komende drie maanden' -> 'Wethouders · komende drie maanden'."""
    return SEPARATORS.sub(" · ", text)


def _duration(value):
    """A timedelta as an RFC 5545 duration: 'PT6H'."""
    hours, rest = divmod(int(value.total_seconds()), 3600)
    minutes = rest // 60
    return f"PT{hours}H{minutes}M" if minutes else f"PT{hours}H"
