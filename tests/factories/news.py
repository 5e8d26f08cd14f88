import datetime

import factory
import wagtail_factories

from news.models import NewsArticlePage, NewsIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"
    introduction = "Het laatste nieuws van het CLB."

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bericht {n}")
    date = datetime.date(2026, 3, 12)
    introduction = "Een korte inleiding op het bericht."
    author = "Redactie CLB"

    class Meta:
        model = NewsArticlePage
