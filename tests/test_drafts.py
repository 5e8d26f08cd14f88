"""
Saving a draft never touches the live record (issue 19, point 1).

An editor changes the title, the date and the place (the region of an event, the
governing body of a motion) of something live and saves a draft, submits it for
moderation or schedules it. Until it is published, nobody sees any of it: not in its
address, the agenda and its facets and filters, the calendar feeds, the sitemap, the
motion bank's facets and filters, the site search or its suggestions. Publishing shows
it everywhere (the old address redirects); discarding the draft leaves nothing behind.

Everything goes through Wagtail's own admin views, as an editor would.
"""

import datetime
import re

from django.core.cache import caches
from django.urls import reverse
from django.utils.text import slugify

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import rich_text

import pytest

from agenda import dates
from agenda.models import Event
from motionbank.models import Motion
from tests.factories.motionbank import GoverningBodyFactory, MotionFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media_root")]

DRAFT_TITLE = "Embargo: ontslag van een wethouder"
DRAFT_SLUG = slugify(DRAFT_TITLE)
DRAFT_WORD = "Embargo"
VIEWERS = ("anonymous", "member")

VARYING = [
    # Parts of a response that differ between two identical requests.
    (re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"'), 'name="csrfmiddlewaretoken"'),
    (re.compile(r'nonce="[^"]*"'), 'nonce=""'),
    (re.compile(r"^DTSTAMP:.*$", re.MULTILINE), "DTSTAMP:"),
]
# Discarding a draft republishes the live revision: when it was last changed moves on.
REPUBLISHED = [*VARYING, (re.compile(r"^LAST-MODIFIED:.*$", re.MULTILINE), "LAST-MODIFIED:")]


def clear_caches():
    """What a later request sees once every cache has expired: a change cannot hide
    behind a cached page (nor show only because a cache was purged)."""
    for each in caches.all(initialized_only=True):
        each.clear()


def snapshot(client_for, users, urls, varying=VARYING):
    """{(viewer, url): (status, redirect target, body)} for every viewer and address."""
    shots = {}
    for viewer in VIEWERS:
        client = client_for(users.get(viewer))
        for url in urls:
            clear_caches()
            response = client.get(url)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            text = body.decode()
            for pattern, replacement in varying:
                text = pattern.sub(replacement, text)
            shots[viewer, url] = (response.status_code, response.get("Location"), text)
    return shots


def assert_unchanged(before, after):
    changed = [key for key in before if before[key] != after[key]]
    assert not changed, f"changed by a draft: {changed}"
    for (viewer, url), (_status, _location, body) in after.items():
        assert DRAFT_TITLE not in body, f"{viewer} sees the draft at {url}"
        # A word of the draft's title that no page has (the frame of a motion names "het
        # college van burgemeester en wethouders").
        assert "ontslag" not in body.lower(), f"{viewer} sees the draft at {url}"


def local_input(moment):
    return dates.local(moment).strftime("%Y-%m-%d %H:%M")


def suggestions(client, query):
    clear_caches()
    return [
        item["title"]
        for item in client.get("/zoeken/suggesties/", {"q": query}).json()["suggestions"]
    ]


# Events ----------------------------------------------------------------------------------


def event_form(event, **overrides):
    """The event's edit form as the admin would post it, with ``overrides``."""
    data = {
        "title": event.title,
        "start": local_input(event.start),
        "end": local_input(event.end),
        "format": event.format,
        "venue_name": event.venue_name,
        "venue_address": event.venue_address,
        "join_url": event.join_url,
        "region": event.region,
        "event_type": event.event_type,
        "audiences": [],
        "related_page": "",
        "description": rich_text(event.description),
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


@pytest.fixture
def live_event(site, people, client_for):
    """A public event a month from now, as an editor publishes it in the admin."""
    start = dates.start_of_day(dates.now().date() + datetime.timedelta(days=30))
    start += datetime.timedelta(hours=19, minutes=30)
    data = event_form(
        Event(
            title="Openbare avond over wonen",
            start=start,
            end=start + datetime.timedelta(hours=2),
            venue_name="Nieuwspoort",
            description="<p>Woordvoerders wisselen ervaringen uit.</p>",
        ),
        **{"action-publish": "publish"},
    )
    editor = client_for(people["editor"])
    response = editor.post(reverse("wagtailsnippets_agenda_event:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    event = Event.objects.get(title="Openbare avond over wonen")
    assert event.live and event.live_revision_id
    return event


@pytest.fixture
def event_draft(live_event):
    """What the editor changes: title, date (four months later) and region."""
    start = live_event.start + datetime.timedelta(days=120)
    return event_form(
        live_event,
        title=DRAFT_TITLE,
        start=local_input(start),
        end=local_input(start + datetime.timedelta(hours=2)),
        region="Zeeland",
    )


def event_urls(site, event, draft):
    old = f"/agenda/{event.pk}-{event.slug}/"
    new_day = draft["start"][:10]
    old_day = local_input(event.start)[:10]
    return [
        "/agenda/",
        "/agenda/archief/",
        "/agenda/?regio=landelijk",
        "/agenda/?regio=Zeeland",
        f"/agenda/?van={old_day}&tot={old_day}",
        f"/agenda/?van={new_day}&tot={new_day}",
        "/agenda/?periode=drie-maanden",
        old,
        f"/agenda/{event.pk}-{DRAFT_SLUG}/",
        f"{old}agenda.ics",
        "/agenda/agenda.ics",
        "/agenda/agenda.ics?regio=Zeeland",
        f"/agenda/persoonlijk/{site.tokens['member'].token}.ics",
        "/sitemap.xml",
        f"/zoeken/?q={DRAFT_WORD}",
        "/zoeken/?q=wonen",
        f"/zoeken/suggesties/?q={DRAFT_WORD[:5]}",
        "/zoeken/suggesties/?q=Openbare",
    ]


def post_event_edit(client, event, data, action=None):
    if action:
        data = {**data, f"action-{action}": action}
    response = client.post(reverse("wagtailsnippets_agenda_event:edit", args=[event.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    return response


def schedule(data):
    """Publish at a moment still to come: the live event stays as it is until then."""
    go_live = dates.now() + datetime.timedelta(days=2)
    return {**data, "go_live_at": local_input(go_live)}, "publish"


DRAFT_WAYS = {
    "save draft": lambda data: (data, None),
    "schedule": schedule,
}


@pytest.mark.parametrize("way", DRAFT_WAYS)
def test_an_event_draft_changes_nothing_live(
    site, people, client_for, live_event, event_draft, way
):
    urls = event_urls(site, live_event, event_draft)
    before = snapshot(client_for, people, urls)
    stored = Event.objects.values().get(pk=live_event.pk)

    data, action = DRAFT_WAYS[way](event_draft)
    post_event_edit(client_for(people["editor"]), live_event, data, action)

    after = snapshot(client_for, people, urls)
    assert_unchanged(before, after)
    now_stored = Event.objects.values().get(pk=live_event.pk)
    changed = {
        name
        for name in stored
        if stored[name] != now_stored[name]
        and name not in {"latest_revision_id", "has_unpublished_changes"}
    }
    assert not changed  # not the slug, the SEQUENCE or the time it was last changed
    assert now_stored["has_unpublished_changes"]


def test_an_event_draft_shows_once_published(site, people, client_for, live_event, event_draft):
    old_url = f"/agenda/{live_event.pk}-{live_event.slug}/"
    new_url = f"/agenda/{live_event.pk}-{DRAFT_SLUG}/"
    editor = client_for(people["editor"])
    post_event_edit(editor, live_event, event_draft)
    post_event_edit(editor, live_event, event_draft, "publish")

    event = Event.objects.get(pk=live_event.pk)
    assert (event.title, event.slug, event.region) == (DRAFT_TITLE, DRAFT_SLUG, "Zeeland")
    assert event.sequence == live_event.sequence + 1  # calendar programs update their copy
    new_day = event_draft["start"][:10]
    for viewer in VIEWERS:
        client = client_for(people.get(viewer))
        clear_caches()
        assert DRAFT_TITLE in client.get(new_url).content.decode()
        response = client.get(old_url)
        assert (response.status_code, response["Location"]) == (301, new_url)
        assert DRAFT_TITLE in client.get("/agenda/?regio=Zeeland").content.decode()
        assert DRAFT_TITLE in client.get(f"/agenda/?van={new_day}&tot={new_day}").content.decode()
        feed = client.get("/agenda/agenda.ics").content.decode().replace("\r\n ", "")
        assert f"SUMMARY:{DRAFT_TITLE}" in feed
        assert f"{live_event.pk}-{DRAFT_SLUG}/" in feed
        ics = client.get(f"{new_url}agenda.ics").content.decode()
        assert f"SEQUENCE:{event.sequence}" in ics
        sitemap = client.get("/sitemap.xml").content.decode()
        assert new_url in sitemap and old_url not in sitemap
        assert DRAFT_TITLE in client.get("/zoeken/", {"q": DRAFT_WORD}).content.decode()
        assert DRAFT_TITLE in suggestions(client, DRAFT_WORD[:5])


def test_a_discarded_event_draft_leaves_nothing(site, people, client_for, live_event, event_draft):
    urls = event_urls(site, live_event, event_draft)
    before = snapshot(client_for, people, urls, REPUBLISHED)
    stored = Event.objects.values().get(pk=live_event.pk)
    editor = client_for(people["editor"])
    post_event_edit(editor, live_event, event_draft)

    # Wagtail's way to discard a draft: revert to the live revision and publish it.
    revert = reverse(
        "wagtailsnippets_agenda_event:revisions_revert",
        args=[live_event.pk, live_event.live_revision_id],
    )
    response = editor.post(revert, {**event_form(live_event), "action-publish": "publish"})
    assert response.status_code == 302

    assert_unchanged(before, snapshot(client_for, people, urls, REPUBLISHED))
    event = Event.objects.get(pk=live_event.pk)
    assert not event.has_unpublished_changes
    for name in ("title", "slug", "start", "end", "region", "sequence"):
        assert getattr(event, name) == stored[name], name


# Motions ---------------------------------------------------------------------------------


def motion_form(motion, **overrides):
    data = {
        "title": motion.title,
        "summary": motion.summary,
        "document_type": motion.document_type,
        "date_submitted": motion.date_submitted.isoformat(),
        "governing_body": motion.governing_body_id,
        "outcome": motion.outcome,
        "theme": motion.theme_id,
        "tags": "",
        "submitters": motion.submitters,
        "parties": motion.parties,
        "findings": motion.findings,
        "considerations": motion.considerations,
        "operative_text": motion.operative_text,
        "original_file": motion.original_file_id or "",
        "extracted_text": motion.extracted_text,
        "source_url": motion.source_url,
        "adapted_from": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def zeeland(db):
    return GoverningBodyFactory(code="PV0029", name="Zeeland", tier="provincie", province="Zeeland")


@pytest.fixture
def live_motion(site, tilburg, theme):
    """A live motion of Tilburg, 2023, published through a revision as the admin does."""
    motion = MotionFactory(
        title="Motie Betaalbare huurwoningen",
        governing_body=tilburg,
        theme=theme,
        date_submitted=datetime.date(2023, 5, 11),
        live=False,
    )
    motion.save_revision().publish()
    motion.refresh_from_db()
    return motion


@pytest.fixture
def motion_draft(live_motion, zeeland):
    return motion_form(
        live_motion, title=DRAFT_TITLE, date_submitted="1995-06-01", governing_body=zeeland.pk
    )


def motion_urls(site, motion, zeeland):
    bank = site.bank.url
    old = site.bank.motion_url(motion)
    return [
        bank,
        f"{bank}?jaar=2023",
        f"{bank}?jaar=1995",
        f"{bank}?laag=gemeente",
        f"{bank}?laag=provincie",
        f"{bank}?provincie=Zeeland",
        f"{bank}?orgaan=TS0855",
        f"{bank}?orgaan={zeeland.code}",
        f"{bank}?q={DRAFT_WORD}",
        f"{bank}?q=huurwoningen",
        old,
        f"{bank}{motion.pk}-{DRAFT_SLUG}/",
        f"{bank}{motion.pk}/",
        f"/zoeken/?q={DRAFT_WORD}",
        "/zoeken/?q=huurwoningen",
        f"/zoeken/suggesties/?q={DRAFT_WORD[:5]}",
        "/zoeken/suggesties/?q=Betaalbare",
    ]


def post_motion_edit(client, motion, data, action=None):
    if action:
        data = {**data, f"action-{action}": action}
    response = client.post(
        reverse("wagtailsnippets_motionbank_motion:edit", args=[motion.pk]), data
    )
    assert response.status_code == 302, response.context["form"].errors
    return response


@pytest.mark.parametrize("action", [None, "submit"], ids=["save draft", "submit for moderation"])
def test_a_motion_draft_changes_nothing_live(
    site, people, client_for, live_motion, motion_draft, zeeland, action
):
    urls = motion_urls(site, live_motion, zeeland)
    before = snapshot(client_for, people, urls)
    stored = Motion.objects.values().get(pk=live_motion.pk)

    post_motion_edit(client_for(people["editor"]), live_motion, motion_draft, action)
    if action == "submit":
        assert WorkflowState.objects.for_instance(live_motion).get().status == "in_progress"

    after = snapshot(client_for, people, urls)
    assert_unchanged(before, after)
    now_stored = Motion.objects.values().get(pk=live_motion.pk)
    changed = {
        name
        for name in stored
        if stored[name] != now_stored[name]
        and name not in {"latest_revision_id", "has_unpublished_changes"}
    }
    assert not changed  # not the slug, title key, tier, province or year


def test_a_motion_draft_shows_once_published(
    site, people, client_for, live_motion, motion_draft, zeeland
):
    bank = site.bank.url
    old_url = site.bank.motion_url(live_motion)
    new_url = f"{bank}{live_motion.pk}-{DRAFT_SLUG}/"
    editor = client_for(people["editor"])
    post_motion_edit(editor, live_motion, motion_draft)
    post_motion_edit(editor, live_motion, motion_draft, "publish")

    motion = Motion.objects.get(pk=live_motion.pk)
    assert (motion.slug, motion.tier, motion.province, motion.year) == (
        DRAFT_SLUG,
        "provincie",
        "Zeeland",
        1995,
    )
    client = client_for(people["member"])
    clear_caches()
    assert DRAFT_TITLE in client.get(new_url).content.decode()
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"] == new_url
    for params in ({"jaar": "1995"}, {"laag": "provincie"}, {"orgaan": zeeland.code}):
        clear_caches()
        assert DRAFT_TITLE in client.get(bank, params).content.decode(), params
    clear_caches()
    assert live_motion.title not in client.get(bank, {"jaar": "2023"}).content.decode()
    clear_caches()
    assert DRAFT_TITLE in client.get("/zoeken/", {"q": DRAFT_WORD}).content.decode()
    assert DRAFT_TITLE in suggestions(client, DRAFT_WORD[:5])


def test_a_discarded_motion_draft_leaves_nothing(
    site, people, client_for, live_motion, motion_draft, zeeland
):
    urls = motion_urls(site, live_motion, zeeland)
    before = snapshot(client_for, people, urls)
    editor = client_for(people["editor"])
    post_motion_edit(editor, live_motion, motion_draft)

    revert = reverse(
        "wagtailsnippets_motionbank_motion:revisions_revert",
        args=[live_motion.pk, live_motion.live_revision_id],
    )
    response = editor.post(revert, {**motion_form(live_motion), "action-publish": "publish"})
    assert response.status_code == 302

    assert_unchanged(before, snapshot(client_for, people, urls))
    motion = Motion.objects.get(pk=live_motion.pk)
    assert not motion.has_unpublished_changes
    assert (motion.title, motion.slug, motion.year) == (live_motion.title, live_motion.slug, 2023)


# The rule underneath, on the models ------------------------------------------------------


def test_a_save_derives_only_from_the_fields_it_writes(tilburg, theme, zeeland):
    motion = MotionFactory(
        title="Motie Oud",
        governing_body=tilburg,
        theme=theme,
        date_submitted=datetime.date(2023, 5, 11),
    )
    motion.title, motion.governing_body, motion.date_submitted = (
        DRAFT_TITLE,
        zeeland,
        datetime.date(1995, 6, 1),
    )
    motion.save(update_fields=["has_unpublished_changes"])
    stored = Motion.objects.values("slug", "title_key", "tier", "province", "year").get()
    assert stored == {
        "slug": "motie-oud",
        "title_key": "motie oud",
        "tier": "gemeente",
        "province": "Noord-Brabant",
        "year": 2023,
    }
    motion.save(update_fields=["governing_body_id"])  # an attname counts too
    stored = Motion.objects.values("slug", "tier", "province", "year").get()
    assert stored == {"slug": "motie-oud", "tier": "provincie", "province": "Zeeland", "year": 2023}
    motion.save(update_fields=["title", "date_submitted"])
    assert Motion.objects.values_list("slug", "year").get() == (DRAFT_SLUG, 1995)


def test_an_event_save_derives_only_from_the_fields_it_writes(db):
    from tests.factories.agenda import EventFactory

    event = EventFactory(title="Avond oud")
    stored = Event.objects.values("slug", "sequence", "updated_at").get()
    event.title, event.venue_name = DRAFT_TITLE, "Elders"
    event.save(update_fields=["has_unpublished_changes", "locked"])
    assert Event.objects.values("slug", "sequence", "updated_at").get() == stored
    event.save(update_fields=["venue_name"])  # a calendar field: SEQUENCE, not the title
    now_stored = Event.objects.values("slug", "sequence", "updated_at").get()
    assert now_stored["slug"] == "avond-oud"
    assert now_stored["sequence"] == stored["sequence"] + 1
    assert now_stored["updated_at"] > stored["updated_at"]
    event.save(update_fields=["title"])
    assert Event.objects.values_list("slug", "sequence").get() == (DRAFT_SLUG, 2)
