"""The site search at /zoeken/: what each visitor finds, promotions, logging, suggestions."""

import datetime

from django.contrib.auth.models import Group

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import StandardPageFactory, member, non_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(home_page, make_motion, make_event):
    about = StandardPageFactory(
        parent=home_page,
        title="Over het CLB",
        body=[("paragraph", "<p>Het CLB ondersteunt wethouders bij de woningbouw.</p>")],
    )
    hidden = StandardPageFactory(
        parent=home_page,
        title="Ledenpagina woningbouw",
        slug="ledenpagina",
    )
    restriction = PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Leden"))
    make_motion("Meer woningbouw voor starters", theme="wonen")
    make_event("Netwerk woningbouw", members_only=False)
    make_event("Besloten overleg woningbouw", members_only=True)
    make_event("Concept woningbouwavond", live=False)
    return {"about": about, "hidden": hidden}


def found(response):
    return response.content.decode()


def test_visitor_finds_public_pages_and_public_events(client, content):
    html = found(client.get("/zoeken/", {"q": "woningbouw"}))
    assert "Over het CLB" in html  # a word in the body
    assert "Netwerk woningbouw" in html
    assert "Ledenpagina woningbouw" not in html
    assert "Besloten overleg woningbouw" not in html
    assert "Concept woningbouwavond" not in html
    assert "Meer woningbouw voor starters" not in html


def test_logged_in_non_member_sees_no_members_content(client, content):
    client.force_login(non_member())
    html = found(client.get("/zoeken/", {"q": "woningbouw"}))
    assert "Besloten overleg woningbouw" not in html
    assert "Meer woningbouw voor starters" not in html
    assert "Ledenpagina woningbouw" not in html


def test_member_also_finds_motions_and_members_events(client, content):
    client.force_login(member())
    html = found(client.get("/zoeken/", {"q": "woningbouw"}))
    assert "Meer woningbouw voor starters" in html
    assert "Besloten overleg woningbouw" in html
    assert "Ledenpagina woningbouw" in html
    assert "Concept woningbouwavond" not in html
    # grouped by kind
    assert (
        html.index("Pagina&#x27;s")
        < html.index("Activiteiten")
        < html.index("Moties en schriftelijke vragen")
    )


def test_promotions_come_first_and_searches_are_counted(client, content):
    query = Query.get("lidmaatschap")
    SearchPromotion.objects.create(query=query, page=content["about"], description="Alles over")
    html = found(client.get("/zoeken/", {"q": "Lidmaatschap"}))
    assert html.index("Aanbevolen") < html.index("Over het CLB")
    assert Query.get("lidmaatschap").hits == 1


def test_promotion_to_a_page_the_visitor_may_not_see_is_left_out(client, content):
    SearchPromotion.objects.create(query=Query.get("leden"), page=content["hidden"])
    html = found(client.get("/zoeken/", {"q": "leden"}))
    assert "Ledenpagina woningbouw" not in html


def test_suggestions_on_titles(client, content):
    data = client.get("/zoeken/suggesties/", {"q": "Over h"}).json()
    assert {"title": "Over het CLB", "kind": "Pagina"} in data["suggestions"]
    hidden = client.get("/zoeken/suggesties/", {"q": "Ledenp"}).json()
    assert hidden["suggestions"] == []
    assert client.get("/zoeken/suggesties/", {"q": "a"}).json() == {"suggestions": []}


def test_empty_search_shows_just_the_form(client, content):
    response = client.get("/zoeken/")
    assert response.status_code == 200
    assert 'name="q"' in found(response)


def test_bad_page_number_is_a_400_with_a_message(client, content):
    response = client.get("/zoeken/", {"q": "woningbouw", "pagina": "x"})
    assert response.status_code == 400
    assert "Dit paginanummer bestaat niet" in found(response)


query_text = st.text(max_size=300)
params = st.dictionaries(
    st.sampled_from(["q", "pagina", "sortering", "soort", "x", "q[]", ""]),
    st.one_of(query_text, st.integers().map(str)),
    max_size=4,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=params)
def test_any_parameters_give_200_or_400(client, content, params):
    cleaned = {
        key: value.replace("\x00", "") if key != "q" else value for key, value in params.items()
    }
    response = client.get("/zoeken/", cleaned)
    assert response.status_code in (200, 400)
    suggestions = client.get("/zoeken/suggesties/", {"q": params.get("q", "")})
    assert suggestions.status_code == 200


@pytest.mark.engine_analysis  # the asciifolding of the index's default analyser
def test_finds_page_body_words_with_folding(client, home_page):
    StandardPageFactory(
        parent=home_page,
        title="Gemeentefinanciën",
        body=[("paragraph", "<p>Over de financiën van gemeenten.</p>")],
        first_published_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
    )
    assert "Gemeentefinanciën" in found(client.get("/zoeken/", {"q": "financien"}))


def test_a_typo_offers_a_suggestion_and_no_results_a_way_on(client, content):
    from search.suggestions import update_vocabulary

    update_vocabulary()
    client.force_login(member())
    html = found(client.get("/zoeken/", {"q": "woningbuow"}))
    assert (
        '<p class="did-you-mean">Bedoelde je <a href="/zoeken/?q=woningbouw" rel="nofollow">'
        "woningbouw</a>?"
    ) in html
    assert "Meer woningbouw voor starters" in found(client.get("/zoeken/?q=woningbouw"))
    # A word nothing has: what has the other words is listed (a search whose words
    # together find less than a page is widened), so no way on is needed.
    html = found(client.get("/zoeken/", {"q": "woningbouw xyzzyq"}))
    assert "Meer woningbouw voor starters" in html
    assert "Zoek zonder" not in html
