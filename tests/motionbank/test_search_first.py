"""
The motion bank's page puts the search first: the box and the results open it, what the
bank is about comes below; the filters sit in a disclosure that counts the chosen ones;
results show type, body, date and, except for written questions, the outcome.
(The browser checks on a phone are in tests/browser/test_phone_first.py.)
"""

import re

import pytest

from search.templatetags.filter_tags import active_filter_count
from tests.factories.motionbank import GoverningBodyFactory, MotionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_client(client, people):
    client.force_login(people["member"])
    return client


@pytest.fixture
def motions(theme):
    zeeland = GoverningBodyFactory(name="Eerstegoes", province="Zeeland")
    brabant = GoverningBodyFactory(name="Eersteoss", province="Noord-Brabant")
    return {
        "motion": MotionFactory(
            title="Schuldhulp zonder wachtlijst", governing_body=zeeland, theme=theme
        ),
        "questions": MotionFactory(
            title="Vragen over schuldhulp",
            governing_body=brabant,
            theme=theme,
            document_type="schriftelijke_vragen",
            outcome="onbekend",
        ),
    }


def summary(html):
    return re.search(r'<summary class="filters-disclosure__summary">(.*?)</summary>', html, re.S)[1]


def text(fragment):
    return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())


def test_search_box_and_results_come_before_what_the_bank_is_about(member_client, bank, motions):
    html = member_client.get(bank.url, {"q": "schuldhulp"}).content.decode()
    box = html.index('id="mb-q"')
    results = html.index('class="search-results"')
    about = html.index("Over de motiebank")
    assert box < results < about
    # (the introduction is also the page's description in the head's meta tags)
    intro = html.index(bank.introduction, html.index("<body"))
    assert box < intro and results < intro


def test_filters_sit_in_a_closed_disclosure_that_counts_the_chosen_ones(
    member_client, bank, motions
):
    html = member_client.get(bank.url, {"q": "schuldhulp"}).content.decode()
    assert re.search(r"<details class=\"filters-disclosure\" data-filters-disclosure>", html)
    assert text(summary(html)) == "Filters"
    assert html.index("<details") < html.index('id="facet-provincie"') < html.index("</details>")
    assert "filters.js" in html

    # The search words are not a filter; a province and an outcome are two.
    params = {"q": "schuldhulp", "provincie": "Zeeland", "uitslag": "aangenomen"}
    html = member_client.get(bank.url, params).content.decode()
    assert text(summary(html)) == "Filters (2 actief)"
    assert "Schuldhulp zonder wachtlijst" in html


def test_written_questions_show_no_outcome(member_client, bank, motions):
    html = member_client.get(bank.url, {"q": "schuldhulp"}).content.decode()
    cards = dict(
        re.findall(
            r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>(.*?)</article>', html, re.S
        )
    )
    assert set(cards) == {"Schuldhulp zonder wachtlijst", "Vragen over schuldhulp"}
    motion, questions = cards["Schuldhulp zonder wachtlijst"], cards["Vragen over schuldhulp"]
    assert "Uitslag:" in motion and "Aangenomen" in motion
    assert "Uitslag:" not in questions and "Onbekend" not in questions
    for card in (motion, questions):
        assert re.search(r'<time datetime="\d{4}-\d\d-\d\d">', card)
    assert "Schriftelijke vragen" in questions and "Eersteoss" in questions


class Facet:
    def __init__(self, chosen):
        self.selected = list(range(chosen))


class Outcome:
    def __init__(self, *chosen):
        self.facets = [Facet(n) for n in chosen]


@pytest.mark.parametrize(
    ("outcome", "values", "expected"),
    [
        (None, (), 0),
        (Outcome(), (), 0),
        (Outcome(0, 2, 1), (), 3),
        (Outcome(1), ("woorden", "", None, "2026-03-01"), 3),
    ],
)
def test_active_filter_count(outcome, values, expected):
    assert active_filter_count(outcome, *values) == expected
