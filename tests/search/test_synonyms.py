"""Synonyms and abbreviations staff manage in the admin, applied to every search."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from modelsearch.query import And, Or, Phrase, PlainText

import pytest

from motionbank.models import Motion
from search.demo.loader import load, synonym_entries
from search.engine import build_query
from search.models import Synonym
from search.synonyms import build_map, synonym_map
from tests.factories import StandardPageFactory, member
from tests.factories.motionbank import MotionBankPageFactory

pytestmark = pytest.mark.django_db


def titles(results):
    return sorted(item.title for item in results)


@pytest.fixture
def synonyms(db):
    return [
        Synonym.objects.create(term="OZB", equivalents="onroerendezaakbelasting"),
        Synonym.objects.create(term="Wmo", equivalents="Wet maatschappelijke ondersteuning"),
        Synonym.objects.create(term="GR", equivalents="gemeenschappelijke regeling"),
    ]


@pytest.fixture
def motions(make_motion, synonyms):
    return {
        "ozb": make_motion(
            "Geen verhoging van de belastingen",
            summary="De onroerendezaakbelasting stijgt niet harder dan de inflatie.",
        ),
        "ozb_short": make_motion("Lagere OZB voor ondernemers", body="breda"),
        "wmo": make_motion(
            "Mantelzorgers ontlasten",
            summary="Meer respijtzorg vanuit de Wet maatschappelijke ondersteuning.",
        ),
        "gr": make_motion(
            "Grip op de gemeenschappelijke regeling",
            summary="De raad wil vooraf meepraten over de begroting.",
        ),
        "other": make_motion("Wet en regeling voor maatschappelijke stages"),
    }


def shape(query):
    """A comparable description of a modelsearch query."""
    if isinstance(query, (And, Or)):
        return (type(query).__name__, [shape(child) for child in query.subqueries])
    if isinstance(query, PlainText):
        return ("PlainText", query.query_string)
    if isinstance(query, Phrase):
        return ("Phrase", query.query_string)
    return repr(query)


def test_a_word_with_synonyms_becomes_an_or_of_stock_queries(synonyms):
    assert shape(build_query("OZB verhoging")) == (
        "And",
        [
            ("PlainText", "verhoging"),
            ("Or", [("PlainText", "OZB"), ("PlainText", "onroerendezaakbelasting")]),
        ],
    )
    # Several words that make a term are looked up together, folded.
    assert shape(build_query("wet Maatschappelijke ondersteuning")) == (
        "Or",
        [("Phrase", "wet Maatschappelijke ondersteuning"), ("PlainText", "Wmo")],
    )
    # Words without synonyms keep the plain shape.
    assert shape(build_query("armoede kinderen")) == ("PlainText", "armoede kinderen")
    assert shape(build_query('"gemeenschappelijke regeling"')) == (
        "Or",
        [("Phrase", "gemeenschappelijke regeling"), ("PlainText", "GR")],
    )


def test_entries_are_equivalent_both_ways_and_merge():
    synonyms = build_map(
        [("OZB", ["onroerendezaakbelasting"]), ("onroerendezaakbelasting", ["woonlasten"])]
    )
    assert synonyms[("ozb",)] == ["onroerendezaakbelasting"]
    assert synonyms[("onroerendezaakbelasting",)] == ["OZB", "woonlasten"]
    assert synonyms[("woonlasten",)] == ["onroerendezaakbelasting"]


def test_abbreviation_finds_the_full_term_and_back(search_backend, motions):
    def search(text):
        return titles(search_backend.search(build_query(text), Motion.objects.live()))

    assert search("OZB") == ["Geen verhoging van de belastingen", "Lagere OZB voor ondernemers"]
    assert search("onroerendezaakbelasting") == search("OZB")
    assert search("Wmo") == ["Mantelzorgers ontlasten"]
    assert search("GR") == ["Grip op de gemeenschappelijke regeling"]
    # The other words must still match.
    assert search("OZB ondernemers") == ["Lagere OZB voor ondernemers"]
    assert search("Wmo ondernemers") == []


def test_the_fast_path_answers_synonyms_itself(motions):
    from search.fastindex.execution import FastQueryCompiler

    calls = []
    original = FastQueryCompiler.plan

    def plan(self):
        try:
            original(self)
        except Exception as error:  # Unsupported: Wagtail's backend would answer
            calls.append(error)
            raise
        calls.append("fast")

    FastQueryCompiler.plan = plan
    try:
        from wagtail.search.backends import get_search_backend

        list(get_search_backend().search(build_query("OZB stijgt"), Motion.objects.live()))
    finally:
        FastQueryCompiler.plan = original
    assert calls == ["fast"], "the fast path handed the synonym query to Wagtail's backend"


def test_motion_bank_page_finds_by_abbreviation(client, motions, home_page):
    bank = MotionBankPageFactory(parent=home_page)
    client.force_login(member())
    html = client.get(bank.url, {"q": "ozb"}).content.decode()
    assert "Geen verhoging van de belastingen" in html
    assert "Lagere OZB voor ondernemers" in html
    assert "Mantelzorgers ontlasten" not in html


def test_site_search_pages_find_synonyms(client, home_page, synonyms):
    StandardPageFactory(
        parent=home_page,
        title="Handreiking zorg thuis",
        body=[("paragraph", "<p>Wat de Wet maatschappelijke ondersteuning vraagt.</p>")],
    )
    html = client.get("/zoeken/", {"q": "wmo"}).content.decode()
    assert "Handreiking zorg thuis" in html


def test_changes_in_the_admin_apply_at_the_next_search(motions):
    assert ("ozb",) in synonym_map()
    entry = Synonym.objects.get(term="OZB")
    entry.equivalents = "onroerendezaakbelasting\nwoonlasten"
    entry.save()
    assert synonym_map()[("ozb",)] == ["onroerendezaakbelasting", "woonlasten"]
    entry.delete()
    assert ("ozb",) not in synonym_map()
    assert shape(build_query("OZB")) == ("PlainText", "OZB")


def test_editors_manage_synonyms_in_the_admin(client, db):
    from home.groups import EDITOR_GROUP, ensure_groups

    ensure_groups()
    editor = get_user_model().objects.create_user("synoniem-redactie")
    editor.groups.add(Group.objects.get(name=EDITOR_GROUP))
    client.force_login(editor)
    assert "Synoniemen" in client.get("/admin/").content.decode()
    listing = client.get("/admin/snippets/search/synonym/")
    assert listing.status_code == 200
    response = client.post(
        "/admin/snippets/search/synonym/add/",
        {"term": "BUIG", "equivalents": "Bundeling van Uitkeringen Inkomensvoorziening"},
    )
    assert response.status_code == 302
    assert ("buig",) in synonym_map()
    assert "BUIG" in client.get("/admin/snippets/search/synonym/").content.decode()


def test_demo_seed_loads_once(db):
    entries = synonym_entries()
    assert 30 <= len(entries) <= 80
    assert load() == len(entries)
    assert load() == 0
    assert Synonym.objects.get(term="OZB").equivalent_list()[0] == "onroerendezaakbelasting"
    assert ("wet", "maatschappelijke", "ondersteuning") in synonym_map()
