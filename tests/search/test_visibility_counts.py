"""
Totals and facet counts never show what the list hides, at the moment of the request,
with production-like tasks: the index task runs later in a worker (here: never), yet an
event made members-only or a motion taken offline leaves the counts at once.
"""

import re

import pytest

from tests.factories.agenda import AgendaPageFactory
from tests.factories.motionbank import MotionBankPageFactory
from tests.factories.users import member

pytestmark = pytest.mark.django_db


def worker_never_runs(settings):
    """Tasks are stored for a worker that never comes: nothing is indexed from now on."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def result_count(response):
    return int(re.search(r'class="result-count"[^>]*>\s*(\d+)', response.content.decode())[1])


def facet_counts(response):
    """{option label: count} of every facet option the page shows."""
    html = response.content.decode()
    return {
        label.strip(): int(count)
        for label, count in re.findall(
            r'<label for="[^"]+">([^<]+)<span class="facet__count">\((\d+)', html
        )
    }


def test_event_made_members_only_leaves_a_visitors_counts_at_once(
    client, home_page, make_event, settings
):
    agenda = AgendaPageFactory(parent=home_page)
    make_event(
        "Avond over klimaat in de raad",
        event_type="netwerkbijeenkomst",
        format="fysiek",
        audience_keys=("raadsleden",),
    )
    hidden = make_event(
        "Webinar over klimaat voor wethouders",
        event_type="webinar",
        format="online",
        audience_keys=("wethouders",),
    )
    before = client.get(agenda.url)
    assert result_count(before) == 2
    assert facet_counts(before)["Webinar"] == 1
    assert facet_counts(before)["Online"] == 1
    assert facet_counts(before)["Test wethouders"] == 1
    assert client.get("/zoeken/", {"q": "klimaat"}).context["total"] == 2

    worker_never_runs(settings)
    hidden.members_only = True
    hidden.save()

    after = client.get(agenda.url)
    assert "Webinar over klimaat voor wethouders" not in after.content.decode()
    assert result_count(after) == 1
    counts = facet_counts(after)
    assert counts.get("Webinar", 0) == 0
    assert counts.get("Online", 0) == 0
    assert counts.get("Test wethouders", 0) == 0
    assert counts["Test raadsleden"] == 1
    search = client.get("/zoeken/", {"q": "klimaat"})
    assert search.context["total"] == 1
    assert "Webinar over klimaat voor wethouders" not in search.content.decode()
    # Nothing was indexed: the text index still holds the event as it was.
    assert hidden.pk in _indexed_event_ids()


def _indexed_event_ids():
    from agenda.models import Event
    from search.fastindex.registry import text_index_for

    return set(text_index_for(Event).indexed_pks())


def test_motion_taken_offline_leaves_a_members_counts_at_once(
    client, home_page, make_motion, settings
):
    bank = MotionBankPageFactory(parent=home_page)
    make_motion(
        "Motie over klimaat en fondsen", body="tilburg", theme="armoede", outcome="aangenomen"
    )
    offline = make_motion(
        "Motie over klimaat en adaptatie", body="middelburg", theme="water", outcome="verworpen"
    )
    client.force_login(member())
    before = client.get(bank.url)
    assert result_count(before) == 2
    assert facet_counts(before)["Test water"] == 1
    assert facet_counts(before)["Verworpen"] == 1

    worker_never_runs(settings)
    offline.unpublish()

    after = client.get(bank.url)
    assert "Motie over klimaat en adaptatie" not in after.content.decode()
    assert result_count(after) == 1
    counts = facet_counts(after)
    assert counts.get("Test water", 0) == 0
    assert counts.get("Verworpen", 0) == 0
    assert counts["Test armoede"] == 1
    assert client.get("/zoeken/", {"q": "klimaat"}).context["total"] == 1


def test_deleted_event_leaves_the_counts_at_once(client, home_page, make_event, settings):
    agenda = AgendaPageFactory(parent=home_page)
    make_event("Avond over klimaat in de raad", event_type="netwerkbijeenkomst")
    gone = make_event("Klimaatwebinar", event_type="webinar")
    assert result_count(client.get(agenda.url)) == 2
    worker_never_runs(settings)
    gone.delete()
    after = client.get(agenda.url)
    assert result_count(after) == 1
    assert facet_counts(after).get("Webinar", 0) == 0


@pytest.mark.parametrize("change", ["remove", "clear"])
def test_audience_taken_off_from_its_side_leaves_the_counts_at_once(
    client, home_page, make_event, audiences, settings, change
):
    """No event is saved: only the many-to-many rows change (from the audience's side)."""
    agenda = AgendaPageFactory(parent=home_page)
    event = make_event("Avond over klimaat", audience_keys=("wethouders",))
    assert facet_counts(client.get(agenda.url))["Test wethouders"] == 1
    worker_never_runs(settings)
    wethouders = audiences["wethouders"]
    if change == "remove":
        wethouders.events.remove(event)
    else:
        wethouders.events.clear()
    assert facet_counts(client.get(agenda.url)).get("Test wethouders", 0) == 0
    filtered = client.get(agenda.url, {"doelgroep": "test-wethouders"})
    assert filtered.status_code == 200
    assert result_count(filtered) == 0
