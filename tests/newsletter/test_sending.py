"""
Sending an issue (newsletter.sending, ``send_newsletters``): received by a real SMTP server
(aiosmtpd on 127.0.0.1) through Django's SMTP backend. Everyone confirmed gets it once,
with a plain-text part and a one-click unsubscribe of their own; an interrupted send
resumes without mailing anyone twice.
"""

import datetime
import re

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from newsletter import sending
from newsletter.models import Delivery, Dispatch, NewsletterIssuePage, Subscriber
from tests.factories.news import NewsArticlePageFactory, NewsIndexPageFactory
from tests.factories.newsletter import SubscriberFactory

pytestmark = pytest.mark.django_db

LONG_AGO = datetime.timedelta(hours=1)


def received(inbox):
    return sorted(address for rcpts, _message in inbox.messages for address in rcpts)


def subscribers(count, prefix="lezer"):
    return [SubscriberFactory(email=f"{prefix}{n}@voorbeeld.nl") for n in range(count)]


def due(dispatch, ago=LONG_AGO):
    """Move a dispatch's time (and any progress) into the past instead of the clock."""
    past = timezone.now() - ago
    Dispatch.objects.filter(pk=dispatch.pk).update(
        send_at=past, progress_at=None if dispatch.progress_at is None else past
    )


def test_an_issue_goes_once_to_every_confirmed_subscriber_only(smtp, issue, settings):
    settings.NEWSLETTER_BATCH_SIZE = 2
    confirmed = subscribers(5)
    SubscriberFactory(email="onbevestigd@voorbeeld.nl", confirmed_at=None)
    SubscriberFactory(email="afgemeld@voorbeeld.nl").unsubscribe()
    dispatch = sending.schedule(issue, timezone.now())
    call_command("send_newsletters")
    assert received(smtp) == sorted(s.email for s in confirmed)
    dispatch.refresh_from_db()
    assert dispatch.status == Dispatch.Status.DONE
    assert Delivery.objects.filter(dispatch=dispatch, sent_at__isnull=False).count() == 5
    # The worker again (cron every five minutes): nobody gets it twice.
    call_command("send_newsletters")
    due(dispatch)
    call_command("send_newsletters")
    assert len(smtp.messages) == 5


def test_the_mail_has_text_html_absolute_links_and_its_own_one_click_unsubscribe(smtp, issue):
    anna, _bram = (
        SubscriberFactory(email="anna@voorbeeld.nl"),
        SubscriberFactory(email="bram@voorbeeld.nl"),
    )
    sending.start(sending.schedule(issue, timezone.now()))
    [message] = smtp.to("anna@voorbeeld.nl")
    assert message["Subject"] == "Lokaal Bestuur 10 december"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = re.fullmatch(
        r"<(https://www\.clb\.test/nieuwsbrief/afmelden/[^>]+/)>",
        message["List-Unsubscribe"].strip(),
    )
    assert unsubscribe
    [other] = smtp.to("bram@voorbeeld.nl")
    assert other["List-Unsubscribe"] != message["List-Unsubscribe"]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Raadsleden in Tilburg deelden hun motie over armoede." in text
    assert "<h2" in html and "Uit het land" in html and "<" not in text.replace("<https", "")
    assert f"https://www.clb.test{issue.url}" in html and f"https://www.clb.test{issue.url}" in text
    assert 'href="/' not in html and 'src="/' not in html
    # The mail client's one-click unsubscribe: a POST without session or CSRF token.
    path = unsubscribe.group(1).removeprefix("https://www.clb.test")
    assert (
        Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"}).status_code
        == 200
    )
    anna.refresh_from_db()
    assert anna.status == Subscriber.Status.UNSUBSCRIBED


def test_only_the_published_version_is_sent_never_a_newer_draft(smtp, issue):
    SubscriberFactory(email="anna@voorbeeld.nl")
    issue.title = "Geheim concept"
    issue.body = [("paragraph", "<p>Nog niet klaar</p>")]
    issue.save_revision()
    sending.start(sending.schedule(issue, timezone.now()))
    [message] = smtp.messages[0][1:]
    assert message["Subject"] == "Lokaal Bestuur 10 december"
    assert "Nog niet klaar" not in message.get_body(("html",)).get_content()


def test_an_unpublished_issue_waits(smtp, issue):
    SubscriberFactory(email="anna@voorbeeld.nl")
    issue.unpublish()
    dispatch = sending.schedule(issue, timezone.now())
    call_command("send_newsletters")
    assert smtp.messages == []
    dispatch.refresh_from_db()
    assert dispatch.started_at is None


def test_an_interrupted_send_resumes_without_mailing_anyone_twice(smtp, issue, settings):
    settings.NEWSLETTER_BATCH_SIZE = 3
    everyone = subscribers(7)
    dispatch = sending.schedule(issue, timezone.now() - LONG_AGO)
    ids = [s.pk for s in everyone]
    # The worker ran the first batch, then was stopped: the other batches never ran.
    Dispatch.objects.filter(pk=dispatch.pk).update(
        started_at=timezone.now(), progress_at=timezone.now()
    )
    sending.send_batch(dispatch.pk, ids[:3])
    # One more was claimed when the worker died between the server's answer and the mark:
    # it may have gone out, so it is never sent again.
    Delivery.objects.create(dispatch=dispatch, subscriber=everyone[3], email=everyone[3].email)
    assert received(smtp) == sorted(s.email for s in everyone[:3])
    # Within the quarter of an hour, a sending in progress is left alone...
    call_command("send_newsletters")
    assert len(smtp.messages) == 3
    # ...after it, the stalled sending is picked up where it stopped.
    dispatch.refresh_from_db()
    due(dispatch)
    call_command("send_newsletters")
    assert received(smtp) == sorted(s.email for s in everyone[:3] + everyone[4:])
    dispatch.refresh_from_db()
    assert dispatch.status == Dispatch.Status.DONE
    # The same batch handed out twice (two workers): nothing twice.
    sending.send_batch(dispatch.pk, ids)
    assert len(smtp.messages) == 6


def test_a_refused_address_is_tried_again_the_others_are_not(smtp, issue):
    subscribers(3)
    smtp.refuse.add("lezer1@voorbeeld.nl")
    dispatch = sending.schedule(issue, timezone.now())
    call_command("send_newsletters")
    assert received(smtp) == ["lezer0@voorbeeld.nl", "lezer2@voorbeeld.nl"]
    dispatch.refresh_from_db()
    assert dispatch.status == Dispatch.Status.SENDING
    smtp.refuse.clear()
    due(dispatch)
    call_command("send_newsletters")
    assert received(smtp) == ["lezer0@voorbeeld.nl", "lezer1@voorbeeld.nl", "lezer2@voorbeeld.nl"]
    dispatch.refresh_from_db()
    assert dispatch.status == Dispatch.Status.DONE


def test_a_news_item_shows_only_while_it_is_live_and_public(smtp, issue, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    public = NewsArticlePageFactory(
        parent=news, title="Openbaar bericht", date=datetime.date(2026, 12, 1)
    )
    draft = NewsArticlePageFactory(parent=news, title="Conceptbericht", live=False)
    private = NewsArticlePageFactory(parent=news, title="Bericht voor leden")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    issue.body = [("news_item", public), ("news_item", draft), ("news_item", private)]
    issue.save_revision().publish()
    SubscriberFactory(email="anna@voorbeeld.nl")
    sending.start(sending.schedule(issue, timezone.now()))
    [(_to, message)] = smtp.messages
    html = message.get_body(("html",)).get_content()
    page = Client().get(issue.url).content.decode()
    for shown in (html, page):
        assert "Openbaar bericht" in shown and "1 december 2026" in shown
        assert "Conceptbericht" not in shown and "Bericht voor leden" not in shown


# The acceptance test of issue 25 -----------------------------------------------------------


def test_acceptance_subscribe_confirm_compose_test_schedule_send(
    smtp, people, newsletter_page, client, django_capture_on_commit_callbacks
):
    # A visitor subscribes in the footer and confirms from the mail.
    visitor = Client()
    with django_capture_on_commit_callbacks(execute=True):
        visitor.post(
            "/nieuwsbrief/aanmelden/", {"email": "bezoeker@voorbeeld.nl", "bron": "footer"}
        )
    [confirmation] = smtp.to("bezoeker@voorbeeld.nl")
    link = re.search(
        r"https://www\.clb\.test(/\S+/)", confirmation.get_body(("plain",)).get_content()
    )
    assert "Je bent aangemeld" in visitor.get(link.group(1)).content.decode()
    # Someone else signs up but never confirms; another has unsubscribed.
    with django_capture_on_commit_callbacks(execute=True):
        Client().post("/nieuwsbrief/aanmelden/", {"email": "twijfel@voorbeeld.nl"})
    SubscriberFactory(email="weg@voorbeeld.nl").unsubscribe()
    smtp.clear()

    # An editor writes a news item ...
    editor = people["editor"]
    client.force_login(editor)
    news_index = NewsIndexPageFactory(parent=newsletter_page.get_parent())
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", news_index.pk]),
        nested_form_data(
            {
                "title": "Raad van Tilburg neemt armoedemotie aan",
                "slug": "armoedemotie-tilburg",
                "date": "2026-12-11",
                "author": "Redactie CLB",
                "introduction": "Een motie uit de motiebank, aangepast aan Tilburg.",
                "body": streamfield([]),
                "related_motions": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302
    article = Page.objects.get(slug="armoedemotie-tilburg")
    assert article.live
    # ... and composes an issue with it in the admin (a draft) ...
    add = reverse(
        "wagtailadmin_pages:add", args=["newsletter", "newsletterissuepage", newsletter_page.pk]
    )
    response = client.post(
        add,
        nested_form_data(
            {
                "title": "Lokaal Bestuur 14 december",
                "slug": "14-december",
                "issue_date": "2026-12-14",
                "introduction": "Het laatste nummer van het jaar.",
                "body": streamfield(
                    [
                        ("heading", {"text": "Begroting 2027", "level": "h2"}),
                        ("paragraph", rich_text("<p>Wat raadsleden nu kunnen doen.</p>")),
                        ("news_item", article.pk),
                    ]
                ),
            }
        ),
    )
    assert response.status_code == 302
    issue = NewsletterIssuePage.objects.get(slug="14-december")
    assert not issue.live
    send_url = reverse("newsletter_send", args=[issue.pk])
    # ... sends a test of the draft to themselves ...
    client.post(send_url, {"action": "test"})
    [test] = smtp.messages
    assert test[0] == [editor.email]
    assert test[1]["Subject"] == "[Test] Lokaal Bestuur 14 december"
    assert "Begroting 2027" in test[1].get_body(("html",)).get_content()
    smtp.clear()
    # ... publishes it with Wagtail's scheduling for tomorrow morning, and plans the
    # sending for a little later.
    go_live = timezone.localtime() + datetime.timedelta(days=1)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[issue.pk]),
        nested_form_data(
            {
                "title": "Lokaal Bestuur 14 december",
                "slug": "14-december",
                "issue_date": "2026-12-14",
                "introduction": "Het laatste nummer van het jaar.",
                "go_live_at": go_live.strftime("%Y-%m-%d %H:%M"),
                "body": streamfield(
                    [
                        ("heading", {"text": "Begroting 2027", "level": "h2"}),
                        ("paragraph", rich_text("<p>Wat raadsleden nu kunnen doen.</p>")),
                        ("news_item", article.pk),
                    ]
                ),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302
    send_at = go_live + datetime.timedelta(minutes=30)
    response = client.post(
        send_url, {"action": "plan", "send_at": send_at.strftime("%Y-%m-%dT%H:%M")}
    )
    assert response.status_code == 302
    dispatch = Dispatch.objects.get(issue=issue)
    assert dispatch.status == Dispatch.Status.SCHEDULED
    assert "Gepland" in client.get(send_url).content.decode()
    # Before its time, the worker sends nothing.
    call_command("send_newsletters")
    assert smtp.messages == []
    # Tomorrow (we move the schedules instead of the clock): cron publishes, then sends.
    earlier = timezone.now() - datetime.timedelta(minutes=5)
    revision = Revision.objects.get(object_id=str(issue.pk), approved_go_live_at__isnull=False)
    revision.approved_go_live_at = earlier
    revision.content["go_live_at"] = earlier.isoformat()
    revision.save()
    Dispatch.objects.filter(pk=dispatch.pk).update(send_at=earlier)
    call_command("publish_scheduled")
    call_command("send_newsletters")
    call_command("send_newsletters")
    assert received(smtp) == ["bezoeker@voorbeeld.nl"]
    [(_to, message)] = smtp.messages
    assert message["Subject"] == "Lokaal Bestuur 14 december"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Begroting 2027" in text
    # The news item: title, date, introduction and a link to it.
    for body in (text, html):
        assert "Raad van Tilburg neemt armoedemotie aan" in body
        assert "11 december 2026" in body
        assert "Een motie uit de motiebank, aangepast aan Tilburg." in body
        assert f"https://www.clb.test{article.url}" in body
    assert message["List-Unsubscribe"]
    # It is in the archive now.
    assert "Lokaal Bestuur 14 december" in Client().get("/nieuwsbrief/archief/").content.decode()
