import pytest

from tests.factories.newsletter import NewsletterIndexPageFactory, NewsletterIssuePageFactory


@pytest.fixture
def newsletter_page(home_page):
    return NewsletterIndexPageFactory(parent=home_page)


@pytest.fixture
def issue(newsletter_page):
    return NewsletterIssuePageFactory(parent=newsletter_page, title="Lokaal Bestuur 10 december")
