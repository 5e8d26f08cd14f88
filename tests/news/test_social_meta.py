"""Open Graph and Twitter card tags on every public page: title, summary, absolute URL and
image (the page's own as a rendition, else the site-wide one)."""

from html.parser import HTMLParser

import pytest

from tests.factories import NetworkIndexPageFactory, NetworkPageFactory, StandardPageFactory
from tests.news.conftest import day

pytestmark = pytest.mark.django_db


class Meta(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.found[attrs.get("property") or attrs["name"]] = attrs.get("content")


def meta_of(client, url):
    parser = Meta()
    response = client.get(url)
    assert response.status_code == 200, url
    parser.feed(response.content.decode())
    return parser.found


def test_an_article_with_its_image(client, article, photo, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://www.clb-test.nl"
    page = article(
        "Burgemeestersdag",
        day(10, 2),
        introduction="Burgemeesters spraken over veiligheid.",
        image=photo,
        image_alt="Burgemeesters in gesprek",
    )
    meta = meta_of(client, page.url)
    assert meta["og:title"] == "Burgemeestersdag"
    assert meta["og:description"] == "Burgemeesters spraken over veiligheid."
    assert meta["og:url"] == "https://www.clb-test.nl" + page.url
    assert meta["og:type"] == "article"
    assert meta["article:published_time"] == "2026-10-02"
    assert meta["og:image"].startswith("https://www.clb-test.nl/media/images/raadszaal")
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    assert meta["og:image:alt"] == "Burgemeesters in gesprek"
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["twitter:image"] == meta["og:image"]
    assert meta["twitter:title"] == "Burgemeestersdag"


def test_search_description_wins_over_introduction(client, article):
    page = article("Met beschrijving", day(3), introduction="De inleiding.")
    page.search_description = "Wat zoekmachines tonen."
    page.save_revision().publish()
    assert meta_of(client, page.url)["og:description"] == "Wat zoekmachines tonen."


def test_other_page_types_and_the_fallback(client, home_page, news_index):
    about = StandardPageFactory(parent=home_page, title="Over het CLB", introduction="Wie we zijn.")
    network = NetworkPageFactory(
        parent=NetworkIndexPageFactory(parent=home_page),
        title="Netwerk water",
        introduction="Voor waterschappers.",
    )
    for page, description in (
        (about, "Wie we zijn."),
        (network, "Voor waterschappers."),
        (news_index, "Het laatste nieuws van het CLB."),
    ):
        meta = meta_of(client, page.url)
        assert meta["og:title"] == page.title
        assert meta["og:description"] == description
        assert meta["og:type"] == "website"
        assert meta["og:url"] == "http://testserver" + page.url
        assert meta["og:image"] == "http://testserver/static/img/og-default.png"
    # A page without any text of its own gets the site-wide summary.
    bare = StandardPageFactory(parent=home_page, title="Kaal", introduction="")
    assert "Centrum voor Lokaal Bestuur" in meta_of(client, bare.url)["og:description"]


def test_routed_views_have_tags_too(client, news_index):
    meta = meta_of(client, "/account/inloggen/")
    assert meta["og:site_name"] == "Centrum voor Lokaal Bestuur"
    assert meta["og:url"] == "http://testserver/account/inloggen/"
