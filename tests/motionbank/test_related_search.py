"""
A search by relevance that finds less than a page fills its first page with related
motions (search/related.py): those most like its first results, without the query's
words, apart from the results and not counted. Only motions the member may see, with
the same filters.
"""

from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

import pytest

from motionbank.models import Motion
from motionbank.searching import run_search, search_form
from search.related import feedback_words
from search.suggestions import update_vocabulary
from tests.factories.motionbank import GoverningBodyFactory, MotionFactory

pytestmark = pytest.mark.django_db

RELATED_TEXT = "Vrijwilligers komen op huisbezoek en helpen met energiebesparing en tochtstrips."


@pytest.fixture
def motions(breda):
    other = GoverningBodyFactory(code="TS0828", name="Oss", province="Noord-Brabant")
    made = {
        "coach": MotionFactory(
            title="Energiecoaches in elke wijk",
            governing_body=breda,
            summary="Een coach komt op huisbezoek, helpt met energiebesparing en tochtstrips.",
        ),
        "related": MotionFactory(
            title="Vrijwilligers aan de deur", governing_body=breda, summary=RELATED_TEXT
        ),
        "elsewhere": MotionFactory(
            title="Hulp aan huis in Oss", governing_body=other, summary=RELATED_TEXT
        ),
        "draft": MotionFactory(
            title="Concept over tochtstrips", governing_body=breda, summary=RELATED_TEXT, live=False
        ),
        "other": MotionFactory(
            title="Schoon water in de haven",
            governing_body=breda,
            summary="Een zuiveringsinstallatie voor de haven.",
        ),
    }
    # The factory's own text ("Er iets aan de hand is") in many motions: common words.
    MotionFactory.create_batch(10, governing_body=breda)
    update_vocabulary()
    return made


def search(query, per_page=20, **params):
    data = QueryDict(mutable=True)
    data["q"] = query
    for name, value in params.items():
        data[name] = value
    return run_search(Motion.objects.live(), search_form(data), per_page=per_page)[1]


def titles(motions):
    return {motion.title for motion in motions}


def test_a_small_result_is_followed_by_motions_like_it(motions):
    outcome = search("coach")
    assert titles(outcome.results) == {"Energiecoaches in elke wijk"}
    assert titles(outcome.related) == {"Vrijwilligers aan de deur", "Hulp aan huis in Oss"}
    assert outcome.total == 1  # the related motions are not counted


def test_related_motions_keep_the_filters(motions):
    outcome = search("coach", orgaan="TS0828")  # Oss: no energy coach there
    assert outcome.total == 0 and outcome.related == []
    outcome = search("coach", orgaan=motions["coach"].governing_body.code)
    assert titles(outcome.related) == {"Vrijwilligers aan de deur"}


def test_a_full_page_or_another_order_has_no_related_motions(motions):
    assert search("coach", per_page=1).related == []
    assert search("coach", sortering="nieuwste").related == []
    assert search("tochtstrips").related == []  # every motion with the words is found


def test_the_telling_words_leave_out_the_query_and_common_words(motions):
    words = feedback_words([motions["coach"]], "coach")
    assert {"huisbezoek", "energiebesparing", "tochtstrips"} <= set(words)
    assert "coach" not in words and "energiecoaches" not in words  # in one record only
    assert "hand" not in words  # the factory's findings, in most motions


def test_the_member_sees_them_under_their_own_heading(client, people, bank, motions):
    client.force_login(people["member"])
    response = client.get(bank.url, {"q": "coach"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 resultaat" in html
    related = html.split('id="mb-related"', 1)[1]
    assert "Vrijwilligers aan de deur" in related
    assert "Energiecoaches in elke wijk" not in related
    assert "Concept over tochtstrips" not in html


def test_related_motions_cost_the_same_queries_for_more_results(
    client, people, bank, motions, breda
):
    client.force_login(people["member"])
    client.get(bank.url, {"q": "coach"})  # per-process caches (site, vocabulary)
    with CaptureQueriesContext(connection) as one:
        client.get(bank.url, {"q": "coach"})
    for number in range(3):
        MotionFactory(
            title=f"Coaching {number}",
            governing_body=breda,
            summary="Een coach voor huisbezoek en energiebesparing.",
            tags=["coaching", "energie"],
        )
    client.get(bank.url, {"q": "coach"})  # the search columns see the new motions
    with CaptureQueriesContext(connection) as four:
        response = client.get(bank.url, {"q": "coach"})
    assert "4 resultaten" in response.content.decode()
    assert len(four) == len(one)
