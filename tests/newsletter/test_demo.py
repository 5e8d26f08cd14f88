"""The newsletter's demo content (newsletter/demo/newsletter.yaml), loaded by its loader."""

from django.test import Client

import pytest

from newsletter.demo.loader import load
from newsletter.models import NewsletterIssuePage, Subscriber

pytestmark = pytest.mark.django_db


def test_the_demo_newsletter_page_archive_and_subscribers(home_page):
    created = load()
    assert created == 1 + 2 + 4
    archive = Client().get("/nieuwsbrief/archief/").content.decode()
    assert "de begroting, het middenbestuur en de Wibautleergang" in archive
    assert NewsletterIssuePage.objects.live().count() == 2
    assert Subscriber.objects.confirmed().count() == 3
    issue = NewsletterIssuePage.objects.get(slug="wonen-armoede-handreiking")
    assert "Betaalbaar wonen" in Client().get(issue.url).content.decode()
    assert load() == 0  # a second run changes nothing
