"""
Dutch search as a member uses it (issue 21): the word they know finds the motions and
pages that use it in another form, a compound or a plural, through the real views of
the motion bank and the site search. Runs on SQLite, and on PostgreSQL with
DATABASE_URL set: both index the same analysed terms.
"""

import re

import pytest

from search.highlight import excerpt
from tests.factories import StandardPageFactory, member
from tests.factories.motionbank import MotionBankPageFactory

pytestmark = pytest.mark.django_db

CARD_TITLE = re.compile(r'<h3 class="card__title"><a href="[^"]*">([^<]*)</a></h3>')


@pytest.fixture
def bank(home_page):
    return MotionBankPageFactory(parent=home_page)


@pytest.fixture
def member_client(client):
    client.force_login(member())
    return client


@pytest.fixture
def motions(make_motion):
    made = {
        "huur": make_motion(
            "Meer sociale huurwoningen",
            findings="De wachttijd voor een sociale huurwoning is lang.",
            theme="wonen",
        ),
        "koop": make_motion(
            "Zelfbewoning bij nieuwe koopwoningen",
            findings="Beleggers kopen nieuwbouw op.",
            theme="wonen",
        ),
        "energie": make_motion(
            "Warme huizen voor iedereen", findings="Isolatie helpt.", theme="wonen"
        ),
        "water": make_motion(
            "Eerlijke waterschapsbelasting",
            findings="Huishoudens met een laag inkomen betalen veel.",
            body="scheldestromen",
            theme="water",
        ),
        "zon": make_motion(
            "Zonnepanelen op scholen", findings="Daken liggen er ongebruikt bij.", theme="water"
        ),
        "kinderen": make_motion(
            "Speelplekken voor kinderen", findings="Buiten spelen is gezond.", theme="wonen"
        ),
        "kind": make_motion(
            "Elk kind een zwemdiploma", findings="Zwemles voor iedereen.", theme="water"
        ),
        "other": make_motion("Schoon water", findings="Het zwembad gaat dicht.", theme="water"),
    }
    made["energie"].tags.add("energiearmoede")
    made["energie"].save()  # the tags are stored
    made["energie"].save()  # and indexed
    return made


def titles(response):
    assert response.status_code == 200
    return CARD_TITLE.findall(response.content.decode())


def bank_titles(member_client, bank, query):
    return titles(member_client.get(bank.url, {"q": query}))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("woningen", {"Meer sociale huurwoningen", "Zelfbewoning bij nieuwe koopwoningen"}),
        ("woning", {"Meer sociale huurwoningen", "Zelfbewoning bij nieuwe koopwoningen"}),
        ("armoede", {"Warme huizen voor iedereen"}),  # only tagged energiearmoede
        ("belasting", {"Eerlijke waterschapsbelasting"}),
        ("zonnepaneel", {"Zonnepanelen op scholen"}),
        ("kind", {"Speelplekken voor kinderen", "Elk kind een zwemdiploma"}),
        ("kinderen", {"Speelplekken voor kinderen", "Elk kind een zwemdiploma"}),
        ("speelplekje", {"Speelplekken voor kinderen"}),  # a diminutive
    ],
)
def test_the_word_a_member_knows_finds_other_forms(member_client, bank, motions, query, expected):
    assert set(bank_titles(member_client, bank, query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # every part of a compound first, then a motion with one of them
        ("kinderspeelplekken", [{"Speelplekken voor kinderen"}, {"Elk kind een zwemdiploma"}]),
        # no motion with both parts: those with one of them
        (
            "kinderzwembad",
            [{"Speelplekken voor kinderen", "Elk kind een zwemdiploma", "Schoon water"}],
        ),
        # no motion with both words: the one with the whole word, then one with a part
        (
            "Financien huurwoning",
            [{"Meer sociale huurwoningen"}, {"Zelfbewoning bij nieuwe koopwoningen"}],
        ),
    ],
)
def test_with_too_few_motions_with_every_word_those_with_some_follow(
    member_client, bank, motions, query, expected
):
    found = bank_titles(member_client, bank, query)
    groups = []
    for group in expected:
        groups.append(set(found[: len(group)]))
        found = found[len(group) :]
    assert groups == expected
    assert found == []


def test_a_title_with_the_word_as_typed_comes_before_a_part_deep_in_the_text(
    member_client, bank, make_motion, motions
):
    make_motion(
        "Starters op de woningmarkt",
        findings="Er zijn " + "veel plannen en " * 40 + "te weinig koopwoningen.",
    )
    make_motion("Woningen voor starters", findings="Bouw sneller.")
    found = bank_titles(member_client, bank, "woningen starters")
    assert found[:2] == ["Woningen voor starters", "Starters op de woningmarkt"]
    # Fewer than a page with both words: those with one of them follow.
    assert set(found[2:]) == {"Meer sociale huurwoningen", "Zelfbewoning bij nieuwe koopwoningen"}


def test_the_snippet_marks_the_matched_part_of_a_compound(member_client, bank, motions):
    html = member_client.get(bank.url, {"q": "woning"}).content.decode()
    assert "sociale huur<mark>woning</mark>" in html


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ("Meer huurwoningen nodig", "woning", "huur<mark>woningen</mark>"),
        ("Meer huurwoningen nodig", "woningen", "huur<mark>woningen</mark>"),
        ("Speelplekken voor kinderen", "kind", "<mark>kinderen</mark>"),
        ("De waterschapsbelasting stijgt", "belasting", "waterschaps<mark>belasting</mark>"),
        ("Financiën op orde", "financien", "<mark>Financiën</mark>"),
    ],
)
def test_highlighting_follows_the_analysis(text, query, marked):
    assert marked in excerpt(text, query)


def test_highlighting_marks_nothing_the_search_did_not_find():
    assert "<mark>" not in excerpt("Het verkeer in de wijk", "keer")


@pytest.fixture
def pages(home_page):
    return {
        "wibaut": StandardPageFactory(
            parent=home_page,
            title="Wibautleergang",
            introduction="Net gekozen in de raad? Deze leergang helpt je op weg.",
        ),
        "schaper": StandardPageFactory(
            parent=home_page,
            title="Jan Schaperleergang",
            introduction="Voor wethouders en fractievoorzitters.",
        ),
        "finance": StandardPageFactory(
            parent=home_page,
            title="Financiën van de gemeente",
            introduction="Hoe de begroting werkt.",
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Wibaut", "Wibautleergang"),
        ("schaper", "Jan Schaperleergang"),
        ("leergang", "Wibautleergang"),
        ("financien", "Financiën van de gemeente"),
    ],
)
def test_site_search_finds_pages_by_a_part_of_their_name(client, pages, query, expected):
    assert expected in titles(client.get("/zoeken/", {"q": query}))


def test_site_search_finds_motions_by_their_stems_for_members(member_client, pages, motions):
    found = titles(member_client.get("/zoeken/", {"q": "woningen"}))
    assert "Meer sociale huurwoningen" in found


def test_site_search_snippets_are_clean_text_with_marks(client, home_page, pages):
    home_page.introduction = "<p>Het CLB helpt <b>wethouders</b> met de woningbouw.</p>"
    home_page.save_revision().publish()
    html = client.get("/zoeken/", {"q": "wethouder"}).content.decode()
    assert "&lt;p&gt;" not in html and "&lt;b&gt;" not in html
    assert "helpt <mark>wethouders</mark> met" in html


def test_autocomplete_folds_and_offers_whole_titles(client, pages):
    found = client.get("/zoeken/suggesties/", {"q": "financ"}).json()["suggestions"]
    assert {"title": "Financiën van de gemeente", "kind": "Pagina"} in found
    found = client.get("/zoeken/suggesties/", {"q": "Wibau"}).json()["suggestions"]
    assert [item["title"] for item in found] == ["Wibautleergang"]


@pytest.mark.parametrize(
    "query",
    [
        "de het een",  # only stop words
        "!!! ??? ...",  # only punctuation
        "🏠🏠 woningen 🔥",
        "жильё 住宅 سكن",
        "huur" * 49,  # one very long word (the forms take 200 characters)
        "waterwaterwaterwaterwaterwaterwaterwaterwater",  # parts upon parts
        " ".join(["woningen"] * 22),
    ],
)
def test_bad_input_answers(member_client, bank, motions, query):
    """Within the forms' 200 characters (longer text gets a message and a 400)."""
    assert member_client.get(bank.url, {"q": query}).status_code == 200
    assert member_client.get("/zoeken/", {"q": query}).status_code == 200
    assert member_client.get("/zoeken/suggesties/", {"q": query}).status_code == 200


def test_emoji_around_a_word_still_finds_it(member_client, bank, motions):
    assert set(bank_titles(member_client, bank, "🏠 woningen 🔥")) == {
        "Meer sociale huurwoningen",
        "Zelfbewoning bij nieuwe koopwoningen",
    }
