"""
Share and follow up on a motion: its permanent link (members only behind it), printing
the motion alone, and "Reageer", which sends a message to whoever shared the motion
without showing either address (rate limited, in the audit log).
"""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.core import mail
from django.test import Client

from wagtail.models import ModelLogEntry

import pytest

from motionbank.replies import LOG_ACTION
from tests.factories.motionbank import MotionFactory

pytestmark = pytest.mark.django_db

PUBLIC = "https://www.clb.example.org"
TEXT = "Mooie motie! Hoe reageerde de wethouder op het dictum?"


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC


@pytest.fixture
def shared(people, tilburg, theme):
    """A live motion shared by the other member."""
    sharer = people["other_member"]
    sharer.first_name, sharer.last_name, sharer.email = "Sanne", "Deler", "sanne@prive.example"
    sharer.save()
    return MotionFactory(
        title="Motie Schoolzwemmen voor ieder kind",
        governing_body=tilburg,
        theme=theme,
        uploaded_by=sharer,
    )


@pytest.fixture
def member_client(client, people):
    people["member"].email = "lotte@prive.example"
    people["member"].save()
    client.force_login(people["member"])
    return client


def reply_url(bank, motion):
    return bank.motion_url(motion, route="motion_reply")


# The permanent link ------------------------------------------------------------------


def test_the_motion_page_shows_its_permanent_link(member_client, bank, shared):
    html = member_client.get(bank.motion_url(shared)).content.decode()
    assert f'value="{PUBLIC}/motiebank/{shared.pk}/"' in html


def test_the_permanent_link_follows_a_new_title(member_client, bank, shared):
    shared.title = "Motie Zwemles op school"
    shared.save()
    shared.refresh_from_db()
    response = member_client.get(f"/motiebank/{shared.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/motiebank/{shared.pk}-{shared.slug}/"
    assert "zwemles" in shared.slug


def test_the_permanent_link_is_for_members_only(client, people, bank, shared):
    response = client.get(f"/motiebank/{shared.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/inloggen/?next=")
    client.force_login(people["non_member"])
    assert client.get(f"/motiebank/{shared.pk}/").status_code == 403


# Printing ----------------------------------------------------------------------------


def test_print_button_and_its_fallback(member_client, bank, shared):
    html = member_client.get(bank.motion_url(shared)).content.decode()
    assert "data-print hidden>Afdrukken</button>" in html  # shown by motion-share.js
    assert "js/motion-share.js" in html
    assert "gebruik de afdrukfunctie van je browser" in html  # without JavaScript


def test_the_print_stylesheet_prints_the_motion_alone():
    site_css = Path(finders.find("css/site.css")).read_text()
    bank_css = Path(finders.find("css/motionbank.css")).read_text()
    assert "@media print { .site-header, .site-footer, .skip-link, .breadcrumbs" in site_css
    print_rules = bank_css.split("@media print")[1:]
    hidden = " ".join(print_rules)
    for selector in (".motionbank-nav", ".motion-reuse", ".motion-share", "motion-related"):
        assert selector in hidden, selector


# Reageer -----------------------------------------------------------------------------


def test_reply_reaches_the_submitter_without_addresses(
    member_client, people, bank, shared, django_capture_on_commit_callbacks
):
    form = member_client.get(reply_url(bank, shared))
    assert form.status_code == 200
    page = form.content.decode()
    assert "Sanne Deler" in page
    assert "sanne@prive.example" not in page

    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(reply_url(bank, shared), {"message": TEXT})
    assert response.status_code == 302
    assert response["Location"] == bank.motion_url(shared)

    (message,) = mail.outbox
    assert message.to == ["sanne@prive.example"]
    assert message.subject == "Reactie op ‘Motie Schoolzwemmen voor ieder kind’ via de motiebank"
    assert TEXT in message.body
    assert "Lotte Lid, raadslid in Breda" in message.body  # name and function
    assert f"{PUBLIC}/motiebank/{shared.pk}-{shared.slug}/" in message.body
    everything = str(message.message())
    assert "lotte@prive.example" not in everything
    assert message.reply_to == []
    assert "Reply-To" not in message.message()
    assert "lotte@prive.example" not in message.from_email

    after = member_client.get(response["Location"]).content.decode()
    assert "Je reactie is verstuurd naar Sanne Deler." in after


def test_a_reply_is_logged_without_its_text(member_client, people, bank, shared):
    member_client.post(reply_url(bank, shared), {"message": TEXT})
    (entry,) = ModelLogEntry.objects.filter(action=LOG_ACTION)
    assert entry.user_id == people["member"].pk
    assert entry.object_id == str(shared.pk)
    assert TEXT not in str(entry.data)
    assert entry.timestamp is not None


@pytest.mark.parametrize(
    "message, error",
    [
        ("", "Schrijf eerst je reactie."),
        ("   \n ", "Schrijf eerst je reactie."),
        ("x" * 3001, "Je reactie is te lang: hooguit 3000 tekens (nu 3001)."),
    ],
    ids=["empty", "blank", "too long"],
)
def test_bad_replies_get_a_dutch_message(member_client, bank, shared, message, error):
    response = member_client.post(reply_url(bank, shared), {"message": message})
    assert response.status_code == 400
    assert error in response.content.decode()
    assert mail.outbox == []


def test_a_nul_character_is_refused_in_dutch(member_client, bank, shared):
    response = member_client.post(reply_url(bank, shared), {"message": "nul\x00teken"})
    assert response.status_code == 400
    assert "Controleer het formulier" in response.content.decode()


def test_replies_are_rate_limited(member_client, bank, shared):
    for _number in range(5):
        assert member_client.post(reply_url(bank, shared), {"message": TEXT}).status_code == 302
    response = member_client.post(reply_url(bank, shared), {"message": TEXT})
    assert response.status_code == 429
    assert "Te veel pogingen in korte tijd" in response.content.decode()
    assert len(mail.outbox) == 5


def test_reply_needs_the_csrf_token(people, bank, shared):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["member"])
    response = client.post(reply_url(bank, shared), {"message": TEXT})
    assert response.status_code == 403
    assert mail.outbox == []


def test_no_reply_to_ones_own_motion(client, people, bank, shared):
    client.force_login(people["other_member"])
    page = client.get(bank.motion_url(shared)).content.decode()
    assert "Reageer op deze motie" not in page
    response = client.post(reply_url(bank, shared), {"message": TEXT})
    assert response.status_code == 400
    assert "Dit is je eigen bijdrage." in response.content.decode()
    assert mail.outbox == []


def test_no_reply_without_a_known_submitter(member_client, bank, tilburg, theme):
    imported = MotionFactory(title="Geïmporteerde motie", governing_body=tilburg, theme=theme)
    assert (
        "Reageer op deze motie" not in member_client.get(bank.motion_url(imported)).content.decode()
    )
    response = member_client.post(reply_url(bank, imported), {"message": TEXT})
    assert response.status_code == 400
    assert "geen indiener bekend" in response.content.decode()
    assert mail.outbox == []


def test_the_reply_link_is_on_the_motion_page(member_client, bank, shared):
    html = member_client.get(bank.motion_url(shared)).content.decode()
    assert f'href="{reply_url(bank, shared)}"' in html


@pytest.mark.parametrize("role, expected", [("anonymous", 302), ("non_member", 403)])
def test_reply_is_for_members_only(client, people, bank, shared, role, expected):
    if role != "anonymous":
        client.force_login(people[role])
    response = client.post(reply_url(bank, shared), {"message": TEXT})
    assert response.status_code == expected
    if expected == 302:
        assert response["Location"].startswith("/account/inloggen/")
    assert mail.outbox == []


def test_reply_to_a_draft_or_an_unknown_motion_is_not_found(member_client, people, bank, shared):
    draft = MotionFactory(title="Concept", live=False, uploaded_by=people["other_member"])
    assert member_client.get(reply_url(bank, draft)).status_code == 404
    assert member_client.post(reply_url(bank, draft), {"message": TEXT}).status_code == 404
    for pk in ("999999", "99999999999999999999"):
        assert member_client.get(f"/motiebank/{pk}-x/reageer/").status_code == 404


def test_an_old_slug_in_the_reply_url_redirects(member_client, bank, shared):
    response = member_client.get(f"/motiebank/{shared.pk}-oude-titel/reageer/")
    assert response.status_code == 302
    assert response["Location"] == reply_url(bank, shared)
