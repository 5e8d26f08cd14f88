"""
Issue 25's newsletter in a real browser: a visitor signs up in the footer of the home
page (without JavaScript: a plain form), opens the confirmation link from the mail and
sees the confirmation; axe-core on the newsletter page, its archive, an issue, and the
pages of signing up, confirming and unsubscribing.
"""

import re

from django.core import mail

import pytest
from playwright.sync_api import expect

from newsletter.links import unsubscribe_path
from newsletter.models import Subscriber
from tests.factories.newsletter import NewsletterIndexPageFactory, NewsletterIssuePageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def newsletter(home_page):
    index = NewsletterIndexPageFactory(parent=home_page)
    issue = NewsletterIssuePageFactory(parent=index, title="Lokaal Bestuur 10 december")
    return index, issue


def test_subscribe_in_the_footer_and_confirm(
    new_page, live_server, settings, newsletter, assert_accessible
):
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    visitor = new_page(java_script_enabled=False)
    visitor.goto("/")
    footer = visitor.get_by_role("region", name="Nieuwsbrief Lokaal Bestuur")
    footer.get_by_label("E-mailadres").fill("bezoeker@voorbeeld.nl")
    footer.get_by_role("button", name="Aanmelden").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Bijna aangemeld")
    assert not Subscriber.objects.get(email="bezoeker@voorbeeld.nl").is_confirmed

    [message] = mail.outbox
    link = re.search(r"https?://\S+/nieuwsbrief/bevestigen/\S+/", message.body).group(0)
    visitor.goto(link)
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Aanmelding bevestigd")
    expect(visitor.get_by_role("status")).to_contain_text("bezoeker@voorbeeld.nl")
    assert Subscriber.objects.get(email="bezoeker@voorbeeld.nl").is_confirmed


def test_the_newsletter_pages_are_accessible(new_page, newsletter, assert_accessible):
    index, issue = newsletter
    subscriber = Subscriber.objects.create(email="lezer@voorbeeld.nl", source="pagina")
    page = new_page()
    for url in (
        index.url,
        index.url + "archief/",
        issue.url,
        "/nieuwsbrief/aanmelden/",
        unsubscribe_path(subscriber),
        "/nieuwsbrief/bevestigen/vals/",
    ):
        page.goto(url)
        assert_accessible(page, url)
    # A form with errors, shown again.
    page.goto(index.url)
    aside = page.get_by_role("complementary")
    aside.get_by_label("E-mailadres").fill("geen-adres")
    aside.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("alert")).to_contain_text("Vul een geldig e-mailadres in")
    assert_accessible(page, "the form with an error")
    page.goto(index.url + "archief/")
    expect(page.get_by_role("link", name="Lokaal Bestuur 10 december")).to_be_visible()
