"""
The search page of the motion bank: full text, every filter and its facet counts (on every
configured backend), sorting, excerpts, pagination, bad parameters, accessibility, and a
constant number of queries whatever the number of results.
"""

import datetime
import re
from html import unescape
from html.parser import HTMLParser

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from motionbank.access import visible_motions
from motionbank.searching import FACETS, SORTS
from search.engine import faceted_search
from tests.factories.motionbank import GoverningBodyFactory, MotionFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(people, groups):
    """Eight motions in two provinces and all three tiers, plus one draft."""
    bodies = {
        "goes": GoverningBodyFactory(code="TS0664", name="Zoekgoes", province="Zeeland"),
        "zeeland": GoverningBodyFactory(
            code="TSPV29", name="Zoekzeeland", tier="provincie", province="Zeeland"
        ),
        "water": GoverningBodyFactory(
            code="TSWS61", name="Zoekwaterschap", tier="waterschap", province="Zeeland"
        ),
        "oss": GoverningBodyFactory(code="TS0828", name="Zoekoss", province="Noord-Brabant"),
    }
    themes = {
        # Not "Zoekarmoede": a search for armoede would find its compound part.
        "armoede": ThemeFactory(name="Zoekthema A", slug="zoekarmoede"),
        "wonen": ThemeFactory(name="Zoekwonen", slug="zoekwonen"),
    }

    def make(title, body, theme, outcome, year, kind="motie", live=True, text=""):
        return MotionFactory(
            title=title,
            governing_body=bodies[body],
            theme=themes[theme],
            outcome=outcome,
            date_submitted=datetime.date(year, 3, 1),
            document_type=kind,
            live=live,
            findings=text or f"- Er in {bodies[body].name} iets speelt;",
        )

    make(
        "Kindpakket voor iedereen",
        "goes",
        "armoede",
        "aangenomen",
        2023,
        text="- Veel kinderen in armoede opgroeien in de gemeente;",
    )
    make("Schuldhulp zonder wachtlijst", "oss", "armoede", "verworpen", 2022)
    make("Armoede in de provincie", "zeeland", "armoede", "aangenomen", 2021)
    make("Kwijtschelding waterschapsbelasting", "water", "armoede", "ingetrokken", 2023)
    make("Sociale huur in nieuwbouw", "oss", "wonen", "aangenomen", 2023)
    make(
        "Vragen over huisjesmelkers", "goes", "wonen", "onbekend", 2024, kind="schriftelijke_vragen"
    )
    make("Opkoopbescherming", "oss", "wonen", "aangenomen", 2020, kind="amendement")
    make("Starterswoningen", "zeeland", "wonen", "verworpen", 2024)
    make("Concept over armoede", "goes", "armoede", "aangenomen", 2024, live=False)
    return bodies, themes


def titles(response):
    """The titles of the results (not of the related motions that may follow them)."""
    html = response.content.decode().split('id="mb-related"', 1)[0]
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def count_text(response):
    return re.search(r'class="result-count"[^>]*>([^<]*)', response.content.decode()).group(1)


@pytest.fixture
def member_client(client, people):
    client.force_login(people["member"])
    return client


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "armoede"}, {"Kindpakket voor iedereen", "Armoede in de provincie"}),
        ({"soort": "schriftelijke_vragen"}, {"Vragen over huisjesmelkers"}),
        ({"soort": "amendement"}, {"Opkoopbescherming"}),
        (
            {"thema": "zoekwonen"},
            {
                "Sociale huur in nieuwbouw",
                "Vragen over huisjesmelkers",
                "Opkoopbescherming",
                "Starterswoningen",
            },
        ),
        ({"uitslag": "verworpen"}, {"Schuldhulp zonder wachtlijst", "Starterswoningen"}),
        ({"laag": "waterschap"}, {"Kwijtschelding waterschapsbelasting"}),
        ({"laag": "provincie"}, {"Armoede in de provincie", "Starterswoningen"}),
        (
            {"provincie": "Zeeland"},
            {
                "Kindpakket voor iedereen",
                "Armoede in de provincie",
                "Kwijtschelding waterschapsbelasting",
                "Vragen over huisjesmelkers",
                "Starterswoningen",
            },
        ),
        (
            {"orgaan": "TS0828"},
            {"Schuldhulp zonder wachtlijst", "Sociale huur in nieuwbouw", "Opkoopbescherming"},
        ),
        ({"jaar": "2024"}, {"Vragen over huisjesmelkers", "Starterswoningen"}),
    ],
)
def test_each_filter(member_client, bank, corpus, params, expected):
    response = member_client.get(bank.url, params)
    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_or_within_a_facet_and_across_facets(member_client, bank, corpus):
    either = member_client.get(bank.url, {"uitslag": ["verworpen", "ingetrokken"]})
    assert set(titles(either)) == {
        "Schuldhulp zonder wachtlijst",
        "Starterswoningen",
        "Kwijtschelding waterschapsbelasting",
    }
    both = member_client.get(
        bank.url, {"uitslag": ["verworpen", "ingetrokken"], "provincie": "Zeeland"}
    )
    assert set(titles(both)) == {"Starterswoningen", "Kwijtschelding waterschapsbelasting"}


def test_only_live_motions_are_found(member_client, bank, corpus):
    response = member_client.get(bank.url, {"q": "concept"})
    assert titles(response) == []
    assert count_text(response).startswith("0 resultaten")


def _search(backend, query="", selected=None):
    from django.contrib.auth.models import AnonymousUser  # noqa: F401

    from motionbank.models import Motion

    return faceted_search(
        Motion.objects.live().for_listing(),
        query=query,
        selected=selected or {},
        facets=FACETS,
        sort=SORTS["nieuwste"],
        backend=backend,
        per_page=50,
    )


def test_facet_count_equals_the_results_of_selecting_it(search_backend, corpus):
    """For every facet option shown: selecting it gives exactly its count. On every
    configured backend (the database, and Elasticsearch when ELASTICSEARCH_URL is set)."""
    base = {"thema": ["zoekarmoede", "zoekwonen"]}
    outcome = _search(search_backend, selected=base)
    assert outcome.total == 8
    checked = 0
    for facet in outcome.facets:
        for option in facet.options:
            if option.selected:
                continue
            selection = {**base, facet.param: [option.param]}
            narrowed = _search(search_backend, selected=selection)
            assert narrowed.total == option.count, (facet.param, option.param)
            checked += 1
    assert checked >= 15


def test_facet_counts_leave_out_their_own_filter(search_backend, corpus):
    outcome = _search(
        search_backend, selected={"uitslag": ["aangenomen"], "thema": ["zoekarmoede", "zoekwonen"]}
    )
    assert outcome.total == 4
    outcomes = {o.param: o.count for o in _facet(outcome, "uitslag").options}
    assert outcomes == {"aangenomen": 4, "verworpen": 2, "ingetrokken": 1, "onbekend": 1}
    provinces = {o.param: o.count for o in _facet(outcome, "provincie").options}
    assert provinces == {"Zeeland": 2, "Noord-Brabant": 2}


def _facet(outcome, param):
    return next(facet for facet in outcome.facets if facet.param == param)


def test_facets_are_shown_with_counts_and_checked_state(member_client, bank, corpus):
    html = member_client.get(bank.url, {"provincie": "Zeeland"}).content.decode()
    assert re.search(r'name="provincie" value="Zeeland"[^>]*checked', html)
    assert "Zoekgoes" in html  # the governing body facet lists bodies with results
    assert 'name="orgaan" value="TS0664"' in html


def test_a_long_facet_lists_the_largest_few_and_links_to_all(member_client, bank, theme):
    """Hundreds of councils would be hundreds of checkboxes: the largest ten are listed
    (and any chosen one), the rest one link away, all without JavaScript."""
    for number in range(12):
        body = GoverningBodyFactory(code=f"TS9{number:03d}", name=f"Lijstplaats {number:02d}")
        for _ in range(1 if number == 11 else 2):
            MotionFactory(title="Lijstmotie", governing_body=body, theme=theme)

    def bodies(html):
        """{code: checked} of the listed governing bodies."""
        found = re.findall(r'name="orgaan" value="(TS9\d+)"([^>]*)>', html)
        return {code: "checked" in attributes for code, attributes in found}

    html = member_client.get(bank.url, {"q": "lijstmotie"}).content.decode()
    listed = bodies(html)
    assert len(listed) == 10
    assert "TS9011" not in listed  # the smallest is left out
    link = re.search(r'<a class="facet__more" href="([^"]+)">Alle 12 tonen', html)
    assert link

    everything = member_client.get(bank.url + link.group(1).replace("&amp;", "&"))
    html = everything.content.decode()
    assert len(bodies(html)) == 12
    assert 'Lijstplaats 11 <span class="facet__count">(1' in html
    assert '<input type="hidden" name="alle" value="orgaan">' in html
    assert "Minder tonen" in html

    chosen = member_client.get(bank.url, {"q": "lijstmotie", "orgaan": "TS9011"})
    assert bodies(chosen.content.decode())["TS9011"] is True


def test_selected_filters_are_listed_with_a_remove_link(member_client, bank, corpus):
    html = member_client.get(bank.url, {"q": "armoede", "provincie": "Zeeland"}).content.decode()
    filters = html.split('class="active-filters"')[1].split("</ul>")[0]
    assert "Provincie: Zeeland" in filters
    assert 'href="?q=armoede"' in filters


def test_sorting(member_client, bank, corpus):
    newest = titles(member_client.get(bank.url, {"sortering": "nieuwste"}))
    oldest = titles(member_client.get(bank.url, {"sortering": "oudste"}))
    assert newest[-1] == "Opkoopbescherming"  # 2020
    assert oldest[0] == "Opkoopbescherming"
    assert len(newest) == 8


def test_results_show_body_date_outcome_type_and_highlighted_excerpt(member_client, bank, corpus):
    html = member_client.get(bank.url, {"q": "kinderen"}).content.decode()
    card = html.split('class="card motion-card"')[1].split("</article>")[0]
    assert "Kindpakket voor iedereen" in card
    assert "Zoekgoes" in card
    assert "1 maart 2023" in card
    assert "Aangenomen" in card
    assert "Motie" in card
    assert "<mark>kinderen</mark>" in card


def test_result_count_is_announced(member_client, bank, corpus):
    html = member_client.get(bank.url, {"q": "armoede"}).content.decode()
    assert re.search(r'class="result-count" role="status"[^>]*>2 resultaten voor “armoede”', html)


def test_page_shows_the_intro_and_is_not_indexed(member_client, bank, corpus):
    response = member_client.get(bank.url)
    html = response.content.decode()
    assert "Moties van leden, voor leden." in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"].startswith("noindex")


class Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings = []
        self.inputs = []
        self.labels = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag in ("input", "select", "textarea") and attrs.get("type") not in ("hidden", "submit"):
            self.inputs.append(attrs)
        if tag == "label" and attrs.get("for"):
            self.labels.add(attrs["for"])


def test_accessible_outline(member_client, bank, corpus):
    outline = Outline()
    outline.feed(member_client.get(bank.url, {"q": "armoede"}).content.decode())
    assert outline.headings.count(1) == 1
    for before, after in zip(outline.headings, outline.headings[1:], strict=False):
        assert after <= before + 1, outline.headings
    for field in outline.inputs:
        assert field.get("id") in outline.labels or field.get("aria-label"), field


def test_pagination_keeps_the_search(member_client, bank, tilburg, theme):
    for number in range(25):
        MotionFactory(
            title=f"Pagina motie {number}",
            governing_body=tilburg,
            theme=theme,
            date_submitted=datetime.date(2023, 1, 1) + datetime.timedelta(days=number),
        )
    html = member_client.get(bank.url, {"q": "pagina", "thema": "testarmoede"}).content.decode()
    assert len(re.findall(r'class="card motion-card"', html)) == 20
    assert 'href="?q=pagina&amp;thema=testarmoede&amp;pagina=2"' in html
    second = member_client.get(bank.url, {"q": "pagina", "thema": "testarmoede", "pagina": 2})
    assert len(titles(second)) == 5
    assert 'start="21"' in second.content.decode()


def test_bad_parameters_give_400_with_a_message_and_still_search(member_client, bank, corpus):
    response = member_client.get(
        bank.url, {"q": "armoede", "provincie": "Atlantis", "pagina": "abc", "sortering": "x"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "kennen we niet" in html
    assert set(titles(response)) == {"Kindpakket voor iedereen", "Armoede in de provincie"}


def _query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_constant_number_of_queries(member_client, bank, tilburg, theme):
    for number in range(5):
        MotionFactory(
            title=f"Telmotie {number}", governing_body=tilburg, theme=theme, tags=["tellen"]
        )
    url = f"{bank.url}?q=telmotie&thema=testarmoede"
    member_client.get(url)  # warm up per-process caches (site root paths)
    few = _query_count(member_client, url)
    other = GoverningBodyFactory(name="Andere plaats")
    for number in range(5, 25):
        MotionFactory(
            title=f"Telmotie {number}", governing_body=other, theme=ThemeFactory(), tags=["tellen"]
        )
    # The first search after changes refreshes the in-memory search columns once.
    member_client.get(url.replace("&thema=testarmoede", ""))
    many = _query_count(member_client, url.replace("&thema=testarmoede", ""))
    assert few == many


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    params=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "q",
                    "soort",
                    "thema",
                    "uitslag",
                    "laag",
                    "provincie",
                    "orgaan",
                    "jaar",
                    "sortering",
                    "pagina",
                    "onbekend",
                    "q[]",
                ]
            ),
            st.text(max_size=40),
        ),
        max_size=6,
    )
)
def test_arbitrary_parameters_never_give_a_server_error(member_client, bank, params):
    response = member_client.get(bank.url, params)
    assert response.status_code in (200, 400)


def test_visible_motions_is_what_the_page_searches(people, corpus):
    assert visible_motions(people["member"]).count() == 8


def test_a_renamed_theme_or_a_new_council_shows_in_the_filters_at_once(member_client, bank, corpus):
    """The filters' options follow the reference data at once."""
    bodies, themes = corpus
    html = member_client.get(bank.url, {"q": "armoede"}).content.decode()
    assert ">Zoekthema A " in html  # the label of its checkbox
    themes["armoede"].name = "Hernoemde zoekarmoede"
    themes["armoede"].save()
    html = member_client.get(bank.url, {"q": "armoede"}).content.decode()
    assert "Hernoemde zoekarmoede" in html and ">Zoekthema A " not in html

    new_body = GoverningBodyFactory(code="TS0999", name="Nieuwgemeente", province="Zeeland")
    MotionFactory(
        title="Armoede in Nieuwgemeente", governing_body=new_body, theme=themes["armoede"]
    )
    response = member_client.get(bank.url, {"q": "armoede", "orgaan": "TS0999"})
    assert response.status_code == 200
    assert titles(response) == ["Armoede in Nieuwgemeente"]


def ways_on_links(response):
    """(text, address, count) of the 'Bedoelde je' link and the ways on, as shown."""
    html = unescape(response.content.decode())
    suggested = re.search(
        r'<p class="did-you-mean">Bedoelde je <a href="([^"]+)"[^>]*>([^<]+)</a>\? '
        r'<span class="muted">\(([^)]*)\)',
        html,
    )
    ways = re.findall(
        r'<li><a href="([^"]+)" rel="nofollow">([^<]+)</a> <span class="muted">\(([^)]*)\)',
        html,
    )
    return suggested and suggested.groups(), [(text, url, count) for url, text, count in ways]


def test_a_typo_offers_the_word_one_click_away_with_the_same_filters(member_client, bank, corpus):
    from search.suggestions import update_vocabulary

    update_vocabulary()
    response = member_client.get(bank.url, {"q": "armode", "provincie": "Zeeland"})
    assert response.status_code == 200
    assert titles(response) == []
    suggested, ways = ways_on_links(response)
    assert suggested == ("/motiebank/?provincie=Zeeland&q=armoede", "armoede", "2 resultaten")
    # The link runs the corrected search with the filter kept.
    followed = member_client.get(suggested[0])
    assert set(titles(followed)) == {"Kindpakket voor iedereen", "Armoede in de provincie"}
    assert ways_on_links(followed) == (None, [])


def test_no_results_offers_dropping_a_filter_or_a_word(member_client, bank, corpus):
    response = member_client.get(bank.url, {"q": "armoede", "provincie": "Noord-Brabant"})
    assert titles(response) == []
    assert ways_on_links(response)[1] == [
        ("Zonder filter Provincie: Noord-Brabant", "/motiebank/?q=armoede", "2 resultaten")
    ]
    # No motion with both words: the search is widened to the motions with one of
    # them (search.engine.relaxed_query), so there is no need for a way on.
    response = member_client.get(bank.url, {"q": "armoede huisjesmelkers"})
    armoede = set(titles(member_client.get("/motiebank/?q=armoede")))
    assert len(armoede) == 2
    assert set(titles(response)) == armoede | {"Vragen over huisjesmelkers"}
    assert ways_on_links(response)[1] == []
    # Sorted by date every word must match: the way on leaves out the word.
    response = member_client.get(bank.url, {"q": "armoede huisjesmelkers", "sortering": "nieuwste"})
    assert titles(response) == []
    assert [text for text, _url, _count in ways_on_links(response)[1]] == [
        "Zoek zonder “huisjesmelkers”: armoede"
    ]
    # Nothing near: the motions without the words.
    response = member_client.get(bank.url, {"q": "xyzzyq", "jaar": "2024"})
    assert ways_on_links(response)[1] == [
        ("Alle moties zonder deze zoekwoorden", "/motiebank/?jaar=2024", "2 resultaten")
    ]
