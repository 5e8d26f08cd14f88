"""
Signing up for Lokaal Bestuur: the form in every page's footer and on /nieuwsbrief/,
double opt-in through a confirmation mail received by a real SMTP server (aiosmtpd), the
one-click unsubscribe, and what bad or repeated input gets.
"""

import re
import time

from django.core import signing
from django.test import Client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsletter.links import CONFIRM_SALT, unsubscribe_path
from newsletter.models import Subscriber
from tests.factories.newsletter import SubscriberFactory

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/nieuwsbrief/aanmelden/"
LINK = re.compile(r"https://www\.clb\.test(/nieuwsbrief/bevestigen/[^/\s]+/)")


def subscribe(client, capture, email, **extra):
    with capture(execute=True):
        return client.post(SUBSCRIBE, {"email": email, "bron": "footer", **extra})


def confirmation_link(inbox, address):
    [message] = inbox.to(address)
    return LINK.search(message.get_body(("plain",)).get_content()).group(1)


def test_every_page_has_the_footer_form_and_stays_cacheable(client, newsletter_page):
    response = client.get(newsletter_page.url)
    html = response.content.decode()
    footer = html[html.index('class="newsletter-signup"') :]
    assert f'action="{SUBSCRIBE}"' in footer
    assert 'name="email"' in footer and 'value="footer"' in footer
    assert '<label for="nieuwsbrief-voet-email">' in footer
    # No CSRF cookie (nor Vary: Cookie from it): the page cache may keep the page.
    assert "csrftoken" not in response.cookies


def test_a_visitor_subscribes_and_confirms(client, smtp, django_capture_on_commit_callbacks):
    response = subscribe(client, django_capture_on_commit_callbacks, " Anna@Voorbeeld.NL ")
    assert response.status_code == 200
    assert "Bijna aangemeld" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "anna@voorbeeld.nl"
    assert subscriber.source == "footer"
    assert not subscriber.is_confirmed

    [message] = smtp.to("anna@voorbeeld.nl")
    assert "Bevestig je aanmelding" in message["Subject"]
    link = confirmation_link(smtp, "anna@voorbeeld.nl")
    confirmed = Client().get(link)
    assert confirmed.status_code == 200
    assert "Je bent aangemeld" in confirmed.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed
    # The link again: still fine, nothing changes.
    assert Client().get(link).status_code == 200


def test_the_answer_never_tells_whether_an_address_is_subscribed(
    client, smtp, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="bekend@voorbeeld.nl")
    known = subscribe(client, django_capture_on_commit_callbacks, "bekend@voorbeeld.nl")
    unknown = subscribe(client, django_capture_on_commit_callbacks, "nieuw@voorbeeld.nl")
    assert known.status_code == unknown.status_code == 200
    strip = lambda response: response.content.decode().replace("bekend", "X").replace("nieuw", "X")  # noqa: E731
    assert strip(known) == strip(unknown)
    assert smtp.to("bekend@voorbeeld.nl") == []  # already confirmed: no mail
    assert len(smtp.to("nieuw@voorbeeld.nl")) == 1


def test_subscribing_again_after_unsubscribing_needs_a_new_confirmation(
    client, smtp, django_capture_on_commit_callbacks
):
    old = SubscriberFactory(email="terug@voorbeeld.nl")
    old.unsubscribe()
    subscribe(client, django_capture_on_commit_callbacks, "terug@voorbeeld.nl")
    old.refresh_from_db()
    assert not old.is_confirmed
    Client().get(confirmation_link(smtp, "terug@voorbeeld.nl"))
    old.refresh_from_db()
    assert old.is_confirmed and old.unsubscribed_at is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": ""}, "Vul je e-mailadres in."),
        ({"email": "geen-adres"}, "Vul een geldig e-mailadres in"),
        ({"email": "a@b"}, "Vul een geldig e-mailadres in"),
        ({"email": "x" * 250 + "@voorbeeld.nl"}, "Dit e-mailadres is te lang"),
        ({"email": "ok@voorbeeld.nl", "name": "N" * 101}, "hoogstens 100 tekens"),
        ({"email": "ok@voorbeeld.nl", "name": "Anna\x00"}, "Null-tekens zijn niet toegestaan"),
        ({"email": "ok@voorbeeld.nl", "name": "Anna\x07"}, "Je naam bevat tekens die niet kunnen"),
    ],
)
def test_bad_input_gets_a_dutch_message_and_saves_nothing(client, data, message):
    response = client.post(SUBSCRIBE, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Subscriber.objects.exists()


def test_repeated_submissions_are_refused(client, smtp, django_capture_on_commit_callbacks):
    for _attempt in range(3):
        assert (
            subscribe(client, django_capture_on_commit_callbacks, "veel@voorbeeld.nl").status_code
            == 200
        )
    refused = subscribe(client, django_capture_on_commit_callbacks, "veel@voorbeeld.nl")
    assert refused.status_code == 429
    assert "Te veel pogingen in korte tijd" in refused.content.decode()
    assert len(smtp.to("veel@voorbeeld.nl")) == 3
    # Per address too: other e-mail addresses from the same address, up to its limit.
    for number in range(7):
        subscribe(client, django_capture_on_commit_callbacks, f"ander{number}@voorbeeld.nl")
    assert (
        subscribe(client, django_capture_on_commit_callbacks, "laatste@voorbeeld.nl").status_code
        == 429
    )
    assert not Subscriber.objects.filter(email="laatste@voorbeeld.nl").exists()


def test_a_post_from_another_site_is_refused(client):
    for headers in ({"sec-fetch-site": "cross-site"}, {"origin": "https://elders.example"}):
        response = client.post(SUBSCRIBE, {"email": "slachtoffer@voorbeeld.nl"}, headers=headers)
        assert response.status_code == 403
    assert not Subscriber.objects.exists()
    same = client.post(
        SUBSCRIBE, {"email": "zelf@voorbeeld.nl"}, headers={"sec-fetch-site": "same-origin"}
    )
    assert same.status_code == 200


def test_a_confirmation_link_that_is_wrong_or_expired_does_nothing(client, monkeypatch):
    subscriber = SubscriberFactory(email="later@voorbeeld.nl", confirmed_at=None)
    changed = signing.dumps({"s": subscriber.pk, "e": "ander@voorbeeld.nl"}, salt=CONFIRM_SALT)
    eight_days_ago = time.time() - 8 * 86400
    with monkeypatch.context() as patch:  # a link made eight days ago
        patch.setattr(signing.time, "time", lambda: eight_days_ago)
        expired = signing.dumps({"s": subscriber.pk, "e": subscriber.email}, salt=CONFIRM_SALT)
    for bad in ("onzin", changed, expired, expired[:-2] + "xx"):
        response = client.get(f"/nieuwsbrief/bevestigen/{bad}/")
        assert response.status_code == 404
        assert "werkt niet" in response.content.decode()
    subscriber.refresh_from_db()
    assert not subscriber.is_confirmed
    fresh = signing.dumps({"s": subscriber.pk, "e": subscriber.email}, salt=CONFIRM_SALT)
    assert client.get(f"/nieuwsbrief/bevestigen/{fresh}/").status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed


def test_unsubscribe_page_and_one_click(client):
    subscriber = SubscriberFactory(email="weg@voorbeeld.nl")
    url = unsubscribe_path(subscriber)
    page = client.get(url)
    assert page.status_code == 200
    assert "weg@voorbeeld.nl" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed  # a GET (a link scanner) changes nothing
    # What a mail client sends for List-Unsubscribe-Post: no session, no CSRF token.
    one_click = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert one_click.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert client.get("/nieuwsbrief/afmelden/onzin/").status_code == 404


FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(
    email=st.text(max_size=300),
    name=st.one_of(st.none(), st.text(max_size=150)),
    bron=st.one_of(st.none(), st.text(max_size=20), st.sampled_from(["footer", "pagina"])),
)
def test_no_crafted_subscription_gives_a_server_error(client, email, name, bron):
    data = {"email": email}
    if name is not None:
        data["name"] = name
    if bron is not None:
        data["bron"] = bron
    before = Subscriber.objects.count()
    response = client.post(SUBSCRIBE, data)
    assert response.status_code in (200, 400, 429)
    if response.status_code != 200:
        assert Subscriber.objects.count() == before
