import datetime

from django.utils import timezone

import factory
import wagtail_factories

from newsletter.models import NewsletterIndexPage, NewsletterIssuePage, Subscriber


class NewsletterIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuwsbrief Lokaal Bestuur"
    slug = "nieuwsbrief"
    introduction = "<p>Lokaal Bestuur: nieuws voor lokale bestuurders.</p>"

    class Meta:
        model = NewsletterIndexPage


class NewsletterIssuePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lokaal Bestuur nummer {n + 1}")
    slug = factory.Sequence(lambda n: f"nummer-{n + 1}")
    issue_date = datetime.date(2026, 12, 10)
    introduction = "De begroting, het middenbestuur en een nieuwe leergang."
    body = [
        ("heading", {"text": "Uit het land", "level": "h2"}),
        ("paragraph", "<p>Raadsleden in Tilburg deelden hun motie over armoede.</p>"),
    ]

    class Meta:
        model = NewsletterIssuePage


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"lezer{n + 1}@voorbeeld.nl")
    name = ""
    source = Subscriber.Source.PAGE
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Subscriber
