"""
The rendered results of a motion bank search, kept for all members with the same
parameters (motionbank/views.py, motionbank.searching.results_version): a second search
runs no search, and whatever changes a motion shows at once. The same for what a motion's
page shows below its title.
"""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from motionbank.models import Motion
from tests.factories.motionbank import GoverningBodyFactory, MotionFactory, ThemeFactory
from tests.motionbank.test_search import count_text, titles
from tests.test_cache_down import broken_cache  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def results_cache(settings):
    settings.FRAGMENT_CACHE_SECONDS = 60


@pytest.fixture
def motions(db):
    body = GoverningBodyFactory(code="TS0664", name="Cachegoes", province="Zeeland")
    theme = ThemeFactory(name="Cachewonen", slug="cachewonen")
    made = [
        MotionFactory(
            title=title,
            governing_body=body,
            theme=theme,
            outcome="aangenomen",
            date_submitted=datetime.date(2024, 3, day),
            summary="Over sociale huurwoningen in de wijk.",
        )
        for day, title in enumerate(["Huurwoningen erbij", "Huurwoningen behouden"], start=1)
    ]
    return {"body": body, "theme": theme, "motions": made}


@pytest.fixture
def member_client(client, people):
    client.force_login(people["member"])
    return client


def results_html(response):
    """The cached part: facets, count, cards and pages (the page around it holds a CSRF
    token for the logout button, new each time)."""
    html = response.content.decode()
    start = html.index('<div class="search-layout">')
    return html[start : html.index("</form>", start)]


def search(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    read_motions = any('"motionbank_motion"' in query["sql"] for query in captured)
    return response, read_motions


def test_the_same_search_again_is_not_searched_again(member_client, bank, motions):
    url = f"{bank.url}?q=huurwoningen&uitslag=aangenomen"
    first, first_read = search(member_client, url)
    second, second_read = search(member_client, url)
    assert first_read and not second_read
    assert results_html(second) == results_html(first)
    assert titles(second) == ["Huurwoningen behouden", "Huurwoningen erbij"]
    assert count_text(second).startswith("2 resultaten")


def test_members_share_the_results_but_other_parameters_do_not(client, bank, people, motions):
    client.force_login(people["member"])
    url = f"{bank.url}?q=huurwoningen"
    first, _ = search(client, url)
    client.force_login(people["other_member"])
    again, read = search(client, url)
    assert not read and results_html(again) == results_html(first)
    # The links in the results repeat the parameters as asked: another order is another
    # entry, with the same results.
    reordered, read = search(client, f"{bank.url}?sortering=nieuwste&q=huurwoningen")
    assert read and titles(reordered) == titles(first)
    client.force_login(people["non_member"])
    assert client.get(url).status_code == 403


@pytest.mark.parametrize(
    "change",
    [
        "withdraw",
        "retitle",
        "delete",
    ],
)
def test_a_change_to_a_motion_shows_at_once(member_client, bank, motions, change):
    url = f"{bank.url}?q=huurwoningen"
    assert len(titles(member_client.get(url))) == 2
    motion = motions["motions"][0]
    if change == "withdraw":
        motion.live = False
        motion.save()
        expected = ["Huurwoningen behouden"]
    elif change == "retitle":
        motion.title = "Huurwoningen erbij, herzien"
        motion.save()
        expected = ["Huurwoningen behouden", "Huurwoningen erbij, herzien"]
    else:
        motion.delete()
        expected = ["Huurwoningen behouden"]
    response = member_client.get(url)
    assert titles(response) == expected
    assert count_text(response).startswith(f"{len(expected)} resulta")


def test_a_withdrawn_motion_leaves_the_results_before_the_index_catches_up(
    member_client, bank, motions, monkeypatch
):
    """In production a worker updates the search index after the save: until then the
    results are rendered again, and each card is checked against the database."""
    import types

    url = f"{bank.url}?q=huurwoningen"
    assert len(titles(member_client.get(url))) == 2
    monkeypatch.setattr(
        "modelsearch.signal_handlers.insert_or_update_object_task",
        types.SimpleNamespace(enqueue=lambda *args: None),  # the worker has not run yet
    )
    motion = motions["motions"][0]
    motion.live = False
    motion.save()
    assert titles(member_client.get(url)) == ["Huurwoningen behouden"]


def test_a_new_motion_shows_at_once(member_client, bank, motions):
    url = f"{bank.url}?q=woningnood"
    assert titles(member_client.get(url)) == []
    MotionFactory(
        title="Woningnood aanpakken", governing_body=motions["body"], theme=motions["theme"]
    )
    assert titles(member_client.get(url)) == ["Woningnood aanpakken"]


def test_a_bulk_change_shows_once_it_is_indexed(member_client, bank, motions):
    """Imports and bulk updates save no single motion: the results change with the
    search index (the newest index change is part of the key)."""
    from modelsearch.index import insert_or_update_object

    url = f"{bank.url}?q=huurwoningen"
    assert len(titles(member_client.get(url))) == 2
    motion = motions["motions"][0]
    Motion.objects.filter(pk=motion.pk).update(live=False)
    insert_or_update_object(Motion.objects.get(pk=motion.pk))
    assert titles(member_client.get(url)) == ["Huurwoningen behouden"]


def test_bad_parameters_keep_their_message_and_status(member_client, bank, motions):
    url = f"{bank.url}?q=huurwoningen&thema=bestaat-niet"
    for _ in range(2):
        response = member_client.get(url)
        assert response.status_code == 400
        assert "kennen we niet" in response.content.decode()
        assert len(titles(response)) == 2
    clean = member_client.get(f"{bank.url}?q=huurwoningen")
    assert clean.status_code == 200 and "kennen we niet" not in clean.content.decode()


def test_a_broken_cache_still_searches(member_client, bank, motions, broken_cache):  # noqa: F811
    for _ in range(2):
        response = member_client.get(f"{bank.url}?q=huurwoningen")
        assert response.status_code == 200
        assert len(titles(response)) == 2


# The motion page: what it shows below the title is kept the same way ---------------------


def related_titles(response):
    html = response.content.decode()
    if 'id="motion-related-heading"' not in html:
        return []
    section = html.split('id="motion-related-heading"')[1].split("</section>")[0]
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', section)


def test_a_motion_page_again_runs_none_of_the_queries_behind_it(member_client, bank, motions):
    motion, other = motions["motions"]
    motion.tags.add("huur")
    url = bank.motion_url(motion)
    with CaptureQueriesContext(connection) as first:
        first_page = member_client.get(url)
    with CaptureQueriesContext(connection) as second:
        second_page = member_client.get(url)
    assert related_titles(first_page) == related_titles(second_page) == [other.title]
    assert "huur" in second_page.content.decode()
    reads = [query["sql"] for query in second if '"motionbank_motion"' in query["sql"]]
    assert len(reads) == 1  # the motion itself: is it there, may this member read it
    assert not any("taggit" in query["sql"] for query in second)
    assert len(second) < len(first)


def test_a_related_motion_withdrawn_later_leaves_the_kept_page(member_client, bank, motions):
    motion, other = motions["motions"]
    url = bank.motion_url(motion)
    assert related_titles(member_client.get(url)) == [other.title]
    other.live = False
    other.save()
    assert related_titles(member_client.get(url)) == []
    other.live = True
    other.title = "Huurwoningen behouden, herzien"
    other.save()
    assert related_titles(member_client.get(url)) == ["Huurwoningen behouden, herzien"]


def test_a_draft_keeps_the_notice_for_whoever_reads_it(client, bank, people, motions):
    draft = MotionFactory(
        title="Huurwoningen in concept",
        governing_body=motions["body"],
        theme=motions["theme"],
        live=False,
        uploaded_by=people["member"],
    )
    own = "Je hebt deze bijdrage gedeeld"
    staff = "Deze bijdrage is niet gepubliceerd"
    for user, shown, hidden in [
        ("member", own, staff),
        ("editor", staff, own),
        ("member", own, staff),
    ]:
        client.force_login(people[user])
        html = client.get(bank.motion_url(draft)).content.decode()
        assert shown in html and hidden not in html


def test_a_renamed_theme_shows_on_a_kept_motion_page(member_client, bank, motions):
    motion = motions["motions"][0]
    url = bank.motion_url(motion)
    assert "Cachewonen" in member_client.get(url).content.decode()
    theme = motions["theme"]
    theme.name = "Cachewonen en bouwen"
    theme.save()
    assert "Cachewonen en bouwen" in member_client.get(url).content.decode()
