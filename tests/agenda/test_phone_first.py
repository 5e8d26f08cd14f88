"""The agenda shows its events first: the search and filters wait in a disclosure (closed
until asked for, so a phone sees events first) that counts what is chosen. The browser
checks on a phone are in tests/browser/test_phone_first.py."""

import re

import pytest

from tests.factories.agenda import EventFactory, local

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(now):
    return [
        EventFactory(
            title="Webinar stikstof",
            start=local(2026, 4, 2, 12, 0),
            end=local(2026, 4, 2, 13, 0),
            event_type="webinar",
            format="online",
        ),
        EventFactory(title="Netwerk wonen", start=local(2026, 3, 12, 19, 30)),
    ]


def summary(html):
    found = re.search(r'<summary class="filters-disclosure__summary">(.*?)</summary>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", found[1]).split())


def test_search_and_filters_wait_in_a_disclosure_before_the_events(client, agenda_page, events):
    html = client.get("/agenda/").content.decode()
    details = html.index('<details class="filters-disclosure" data-filters-disclosure>')
    assert details < html.index('id="agenda-q"') < html.index("</details>")
    assert html.index("</details>") < html.index('class="event-item')
    assert summary(html) == "Zoeken en filteren"
    assert "filters.js" in html


def test_the_summary_counts_words_period_dates_and_facets(client, agenda_page, events):
    params = {"q": "stikstof", "soort": "webinar", "van": "2026-03-01"}
    html = client.get("/agenda/", params).content.decode()
    assert summary(html) == "Zoeken en filteren (3 actief)"
    assert "Webinar stikstof" in html and "Netwerk wonen" not in html
