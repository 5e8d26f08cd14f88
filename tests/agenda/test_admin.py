"""The Event snippet in the admin: create, schedule, filter, export, inspect, preview."""

import datetime

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Revision
from wagtail.test.utils.form_data import rich_text

import pytest

from agenda.models import Event
from tests.factories.agenda import EventFactory, audience, local
from tests.factories.users import editor

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_agenda_event:list"


@pytest.fixture
def admin_client(client):
    client.force_login(editor())
    return client


def form_data(**overrides):
    data = {
        "title": "Webinar stikstof",
        "start": "2026-03-12 19:30",
        "end": "2026-03-12 21:30",
        "format": "online",
        "venue_name": "",
        "venue_address": "",
        "join_url": "https://meet.clb-test.nl/stikstof",
        "region": "landelijk",
        "event_type": "webinar",
        "audiences": [audience("statenleden").pk, audience("gedeputeerden").pk],
        "related_page": "",
        "description": rich_text("<p>Wat betekent de stikstofaanpak voor provincies?</p>"),
        "registration_mode": "geen",
        "capacity": "",
        "registration_url": "",
        "registration_deadline": "",
        "costs": "",
        "capacity_note": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(overrides)
    return data


def listed(response):
    return [row.title for row in response.context["object_list"]]


def test_editor_creates_and_publishes_an_event(admin_client, agenda_page, now):
    response = admin_client.post(
        reverse("wagtailsnippets_agenda_event:add"), {**form_data(), "action-publish": "publish"}
    )
    assert response.status_code == 302, response.context["form"].errors
    event = Event.objects.get(title="Webinar stikstof")
    assert event.live
    assert event.local_start == local(2026, 3, 12, 19, 30)
    assert {a.slug for a in event.audiences.all()} == {"statenleden", "gedeputeerden"}
    assert event.revisions.count() == 1
    # The time the editor typed is the time in the calendar.
    body = admin_client.get(f"/agenda/{event.pk}-{event.slug}/agenda.ics").content
    assert b"DTSTART;TZID=Europe/Amsterdam:20260312T193000" in body


def test_saving_a_draft_publishes_nothing(admin_client, agenda_page, now):
    admin_client.post(reverse("wagtailsnippets_agenda_event:add"), form_data())
    event = Event.objects.get(title="Webinar stikstof")
    assert not event.live
    assert admin_client.get(f"/agenda/{event.pk}-{event.slug}/").status_code == 404


def test_scheduled_publishing(admin_client, agenda_page, now):
    go_live = timezone.localtime() + datetime.timedelta(hours=2)
    response = admin_client.post(
        reverse("wagtailsnippets_agenda_event:add"),
        {
            **form_data(go_live_at=go_live.strftime("%Y-%m-%d %H:%M")),
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302
    event = Event.objects.get(title="Webinar stikstof")
    assert not event.live
    revision = Revision.objects.get(object_id=str(event.pk), approved_go_live_at__isnull=False)
    assert event.pk not in Event.objects.live().values_list("pk", flat=True)
    # Two hours later, cron runs publish_scheduled (we move the schedule instead of the clock).
    earlier = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = earlier
    revision.content["go_live_at"] = earlier.isoformat()
    revision.save()
    call_command("publish_scheduled")
    event.refresh_from_db()
    assert event.live


def test_all_day_event_entered_in_the_admin(admin_client, agenda_page, now):
    admin_client.post(
        reverse("wagtailsnippets_agenda_event:add"),
        {
            **form_data(title="Burgemeestersdag", start="2026-05-29 00:00", end="2026-05-29 00:00"),
            "all_day": "on",
            "format": "fysiek",
            "action-publish": "publish",
        },
    )
    event = Event.objects.get(title="Burgemeestersdag")
    assert event.when == "vrijdag 29 mei 2026 (hele dag)"
    assert event.local_end.date() == datetime.date(2026, 5, 29)


@pytest.fixture
def spread(now):
    return [
        EventFactory(title="Webinar wonen", event_type="webinar", audiences=["wethouders"]),
        EventFactory(
            title="Oud overleg", start=local(2025, 12, 1, 19, 30), audiences=["raadsleden"]
        ),
        EventFactory(title="Ledenavond", members_only=True, region="Zeeland"),
        EventFactory(title="Afgelast", cancelled=True, format="online"),
        EventFactory(title="Concept", live=False),
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"Webinar wonen", "Oud overleg", "Ledenavond", "Afgelast", "Concept"}),
        ({"event_type": "webinar"}, {"Webinar wonen"}),
        ({"audiences": "wethouders"}, {"Webinar wonen"}),
        ({"format": "online"}, {"Afgelast"}),
        ({"region": "Zeeland"}, {"Ledenavond"}),
        ({"members_only": "true"}, {"Ledenavond"}),
        ({"cancelled": "true"}, {"Afgelast"}),
        ({"when": "voorbij"}, {"Oud overleg"}),
        ({"status": "concept"}, {"Concept"}),
        ({"when": "komend", "q": "webinar"}, {"Webinar wonen"}),
    ],
)
def test_listing_filters(admin_client, spread, params, expected):
    if params.get("audiences"):
        params = {**params, "audiences": audience(params["audiences"]).pk}
    response = admin_client.get(reverse(LIST), params)
    assert response.status_code == 200
    assert set(listed(response)) == expected


def test_listing_shows_dutch_dates(admin_client, spread):
    html = admin_client.get(reverse(LIST)).content.decode()
    assert "donderdag 12 maart 2026, 19.30–21.30 uur" in html


def test_csv_export(admin_client, spread):
    response = admin_client.get(reverse(LIST), {"export": "csv", "event_type": "webinar"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    header, row = content.strip().splitlines()[:2]
    assert header.startswith("Titel,Begin,Einde,Hele dag,Soort")
    assert row.startswith("Webinar wonen,2026-03-12 19:30,2026-03-12 21:30,")
    assert "Wethouders" in row
    assert len(content.strip().splitlines()) == 2


def test_inspect_view(admin_client, spread):
    event = spread[0]
    response = admin_client.get(reverse("wagtailsnippets_agenda_event:inspect", args=[event.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "donderdag 12 maart 2026, 19.30–21.30 uur" in html
    assert event.ical_uid in html


def test_preview_of_a_draft(admin_client, agenda_page, now):
    event = EventFactory(live=False, title="Congres in voorbereiding")
    url = reverse("wagtailsnippets_agenda_event:preview_on_edit", args=[event.pk])
    data = form_data(title="Congres in voorbereiding (nieuwe titel)")
    assert admin_client.post(url, data).json()["is_valid"]
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Congres in voorbereiding (nieuwe titel)" in html
    assert "donderdag 12 maart 2026, 19.30–21.30 uur" in html
    event.refresh_from_db()
    assert not event.live and event.title == "Congres in voorbereiding"


def test_preview_of_a_new_event(admin_client, agenda_page, now):
    url = reverse("wagtailsnippets_agenda_event:preview_on_add")
    data = form_data(title="Nog niet opgeslagen", all_day="on", start="2026-04-04 00:00")
    data["end"] = "2026-04-04 00:00"
    assert admin_client.post(url, data).json()["is_valid"]
    html = admin_client.get(url).content.decode()
    assert "Nog niet opgeslagen" in html
    assert "zaterdag 4 april 2026 (hele dag)" in html
    assert "Zet in mijn agenda" not in html  # nothing to download yet
    assert not Event.objects.exists()


def test_preview_of_an_event_with_registration_on_the_site(admin_client, agenda_page, now):
    event = EventFactory(live=False, title="Vakschool in voorbereiding")
    url = reverse("wagtailsnippets_agenda_event:preview_on_edit", args=[event.pk])
    data = form_data(title="Vakschool in voorbereiding", registration_mode="site", capacity="12")
    assert admin_client.post(url, data).json()["is_valid"]
    html = admin_client.get(url).content.decode()
    assert "Nog 12 plaatsen vrij van de 12." in html
    # The preview shows where the form comes, not a form that would register anyone.
    assert "Het aanmeldformulier verschijnt hier op de gepubliceerde pagina." in html
    assert "registration__form" not in html  # (the footer has the newsletter's form)


def test_an_external_registration_needs_its_link(admin_client, agenda_page, now):
    response = admin_client.post(
        reverse("wagtailsnippets_agenda_event:add"),
        {**form_data(registration_mode="extern"), "action-publish": "publish"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["registration_url"] == [
        "Vul de aanmeldlink in, of kies een andere manier."
    ]
    assert not Event.objects.exists()
