"""
Staff: the subscribers with their counts and a spreadsheet-safe export, the send page's
refusals, issue pages in the admin; members: the switch in Mijn CLB.
"""

import csv
import datetime
import io

from django.test import Client
from django.utils import timezone

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from home.memberdata import member_data_parts
from home.models import HomePage
from newsletter import sending
from newsletter.models import (
    Delivery,
    Dispatch,
    NewsletterIndexPage,
    NewsletterIssuePage,
    Subscriber,
)
from tests.factories.newsletter import NewsletterIssuePageFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

LISTING = "/admin/nieuwsbrief/abonnees/"


@pytest.fixture
def editor_client(people):
    client = Client()
    client.force_login(people["editor"])
    return client


def test_staff_see_subscriber_counts_and_filter_by_status(editor_client):
    SubscriberFactory(email="a@voorbeeld.nl")
    SubscriberFactory(email="b@voorbeeld.nl")
    SubscriberFactory(email="c@voorbeeld.nl", confirmed_at=None)
    SubscriberFactory(email="d@voorbeeld.nl").unsubscribe()
    response = editor_client.get(LISTING)
    assert response.status_code == 200
    counts = dict(response.context["subscriber_counts"])
    assert counts == {"Aangemeld": 2, "Nog niet bevestigd": 1, "Afgemeld": 1}
    pending = editor_client.get(LISTING, {"status": "onbevestigd"}).content.decode()
    assert "c@voorbeeld.nl" in pending and "a@voorbeeld.nl" not in pending


def test_the_export_is_spreadsheet_safe(editor_client):
    SubscriberFactory(email="formule@voorbeeld.nl", name='=HYPERLINK("http://x","klik")')
    response = editor_client.get(LISTING, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    row = next(row for row in rows if "formule@voorbeeld.nl" in row)
    assert '\'=HYPERLINK("http://x","klik")' in row
    assert "Aangemeld" in row


def test_the_admin_adds_no_subscribers_by_hand(editor_client):
    assert editor_client.get(LISTING + "new/").status_code in (302, 403)


def test_scheduling_refuses_the_past_and_an_issue_that_will_not_be_live(editor_client, issue):
    url = f"/admin/nieuwsbrief/nummers/{issue.pk}/verzenden/"
    past = (timezone.localtime() - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    response = editor_client.post(url, {"action": "plan", "send_at": past})
    assert response.status_code == 400
    assert "Kies een moment in de toekomst" in response.content.decode()
    garbage = editor_client.post(url, {"action": "plan", "send_at": "morgen"})
    assert "Vul een datum en tijd in" in garbage.content.decode()
    issue.unpublish()
    future = (timezone.localtime() + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = editor_client.post(url, {"action": "plan", "send_at": future})
    assert "Dit nummer is dan nog niet gepubliceerd" in response.content.decode()
    now = editor_client.post(url, {"action": "nu"}, follow=True)
    assert "Publiceer dit nummer eerst" in now.content.decode()
    assert not Dispatch.objects.exists()


def test_a_plan_can_be_cancelled_and_a_started_sending_not_repeated(editor_client, issue, smtp):
    url = f"/admin/nieuwsbrief/nummers/{issue.pk}/verzenden/"
    future = (timezone.localtime() + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    editor_client.post(url, {"action": "plan", "send_at": future})
    assert Dispatch.objects.filter(issue=issue).exists()
    editor_client.post(url, {"action": "annuleren"})
    assert not Dispatch.objects.exists()
    SubscriberFactory(email="anna@voorbeeld.nl")
    editor_client.post(url, {"action": "nu"})
    assert len(smtp.messages) == 1
    again = editor_client.post(url, {"action": "nu"}, follow=True)
    assert "het gaat maar één keer weg" in again.content.decode()
    assert len(smtp.messages) == 1


def test_only_who_may_publish_the_issue_may_send_it(people, issue):
    client = Client()
    client.force_login(people["member"])
    response = client.get(f"/admin/nieuwsbrief/nummers/{issue.pk}/verzenden/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_issue_page_in_the_admin_has_a_send_button_and_a_preview(editor_client, issue):
    edit = editor_client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    assert f"/admin/nieuwsbrief/nummers/{issue.pk}/verzenden/" in edit
    preview_url = f"/admin/pages/{issue.pk}/edit/preview/"
    data = nested_form_data(
        {
            "title": "Voorvertoond nummer",
            "slug": issue.slug,
            "issue_date": "2026-12-10",
            "introduction": "Nog niet opgeslagen.",
            "body": streamfield(
                [("heading", {"text": "Alleen in de voorvertoning", "level": "h2"})]
            ),
        }
    )
    assert editor_client.post(preview_url, data).json()["is_valid"]
    preview = editor_client.get(preview_url).content.decode()
    assert "Voorvertoond nummer" in preview and "Alleen in de voorvertoning" in preview


def test_the_issues_listing_shows_their_status(editor_client, issue, newsletter_page):
    NewsletterIssuePageFactory(parent=newsletter_page, title="Nog een concept", live=False)
    listing = editor_client.get("/admin/nieuwsbrief/nummers-overzicht/")
    assert listing.status_code == 200
    body = listing.content.decode()
    assert "Lokaal Bestuur 10 december" in body and "Nog een concept" in body
    assert "draft" in body.lower() or "concept" in body.lower()


class TestPageTypes(WagtailPageTestCase):
    def test_where_they_go(self):
        self.assertCanCreateAt(HomePage, NewsletterIndexPage)
        self.assertCanCreateAt(NewsletterIndexPage, NewsletterIssuePage)
        self.assertCanNotCreateAt(HomePage, NewsletterIssuePage)
        self.assertAllowedSubpageTypes(NewsletterIssuePage, {})


def test_the_archive_lists_live_public_issues_newest_first(client, newsletter_page):
    NewsletterIssuePageFactory(
        parent=newsletter_page, title="Oud nummer", issue_date=datetime.date(2026, 1, 5)
    )
    NewsletterIssuePageFactory(
        parent=newsletter_page, title="Nieuw nummer", issue_date=datetime.date(2026, 11, 30)
    )
    NewsletterIssuePageFactory(parent=newsletter_page, title="Concept", live=False)
    body = client.get("/nieuwsbrief/archief/").content.decode()
    assert body.index("Nieuw nummer") < body.index("Oud nummer")
    assert "Concept" not in body
    assert client.get("/nieuwsbrief/archief/?pagina=999").status_code == 200


# Mijn CLB --------------------------------------------------------------------------------


def test_a_member_switches_the_newsletter_on_and_off_in_mijn_clb(people):
    member = people["member"]
    client = Client()
    client.force_login(member)
    page = client.get("/mijn-clb/").content.decode()
    assert (
        'id="pref-newsletter"' in page
        and "checked" not in page.split('id="pref-newsletter"')[1][:80]
    )
    client.post("/mijn-clb/nieuwsbrief/opslaan/", {"nieuwsbrief": "aan"})
    subscriber = Subscriber.objects.get(email=member.email)
    assert subscriber.is_confirmed and subscriber.user == member
    assert subscriber.source == Subscriber.Source.MIJN_CLB
    client.post("/mijn-clb/nieuwsbrief/opslaan/", {})
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(
    action=st.one_of(st.sampled_from(["plan", "nu", "annuleren", "test"]), st.text(max_size=10)),
    send_at=st.text(max_size=40),
)
def test_no_crafted_send_request_gives_a_server_error(editor_client, issue, action, send_at):
    url = f"/admin/nieuwsbrief/nummers/{issue.pk}/verzenden/"
    response = editor_client.post(url, {"action": action, "send_at": send_at})
    assert response.status_code in (200, 302, 400)


def test_a_members_data_includes_and_removes_their_subscription(people, issue, smtp):
    member = people["member"]
    SubscriberFactory(email=member.email, user=member, name="Lotte Lid")
    sending.start(sending.schedule(issue, timezone.now()))
    [part] = [part for part in member_data_parts() if part.key == "newsletter"]
    [exported] = part.export(member)
    assert exported["email"] == member.email and exported["status"] == "Aangemeld"
    assert part.remove(member)
    assert not Subscriber.objects.filter(email=member.email).exists()
    assert not Delivery.objects.filter(email=member.email).exists()
