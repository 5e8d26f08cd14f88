import datetime
import io

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

import pytest
from PIL import Image as PILImage

from tests.factories.motionbank import ThemeFactory
from tests.factories.news import NewsArticlePageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def themes(db):
    return {
        "wonen": ThemeFactory(name="Testwonen", slug="testwonen"),
        "water": ThemeFactory(name="Testwater", slug="testwater"),
    }


@pytest.fixture
def article(news_index):
    """make(title, date, themes=(), **fields): a live article under the news index."""

    def make(title, day, *, themes=(), **fields):
        page = NewsArticlePageFactory(parent=news_index, title=title, date=day, **fields)
        if themes:
            page.themes.set(themes)
            page.save_revision().publish()
        return page

    return make


@pytest.fixture
def photo(own_media_root):
    """A real 1600x900 JPEG as a Wagtail image."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), "#336699").save(buffer, "JPEG")
    return get_image_model().objects.create(
        title="Raadszaal", file=ImageFile(buffer, name="raadszaal.jpg")
    )


def day(month, number=1, year=2026):
    return datetime.date(year, month, number)
