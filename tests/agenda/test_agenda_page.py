"""The agenda page and its archive: filters, facet counts, months, access, robustness."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories.agenda import EventFactory, local
from tests.factories.users import member, non_member

pytestmark = pytest.mark.django_db


def titles(response):
    return [event.title for event in response.context["outcome"].page.object_list]


def facet_counts(response, param):
    facet = next(f for f in response.context["outcome"].facets if f.param == param)
    return {option.param: option.count for option in facet.options}


@pytest.fixture
def events(now):
    """A spread of events around "now" (Sunday 1 March 2026, 12.00)."""
    return {
        "past": EventFactory(
            title="Vakschool van vorig jaar",
            start=local(2025, 11, 8, 10, 0),
            end=local(2025, 11, 8, 16, 0),
            event_type="vakschool",
            audiences=["raadsleden"],
        ),
        "recent": EventFactory(
            title="Wethoudersoverleg februari",
            start=local(2026, 2, 6, 12, 0),
            end=local(2026, 2, 6, 13, 0),
            format="online",
            audiences=["wethouders"],
        ),
        "running": EventFactory(
            title="Masterclass financiën",
            start=local(2026, 2, 28, 10, 0),
            end=local(2026, 3, 1, 16, 0),
            event_type="masterclass",
            audiences=["wethouders", "raadsleden"],
            region="Utrecht",
        ),
        "march": EventFactory(
            title="Netwerk wonen",
            start=local(2026, 3, 12, 19, 30),
            end=local(2026, 3, 12, 21, 30),
            audiences=["raadsleden"],
        ),
        "april": EventFactory(
            title="Webinar armoedebeleid",
            start=local(2026, 4, 2, 12, 0),
            end=local(2026, 4, 2, 13, 0),
            event_type="webinar",
            format="online",
            audiences=["wethouders"],
            cancelled=True,
        ),
        "may": EventFactory(
            title="Burgemeestersdag",
            start=local(2026, 5, 29),
            end=local(2026, 5, 29),
            all_day=True,
            event_type="overig",
            audiences=["burgemeesters"],
            region="Gelderland",
        ),
        "september": EventFactory(
            title="Inspiratiedag Staten en waterschappen",
            start=local(2026, 9, 19, 10, 0),
            end=local(2026, 9, 19, 16, 0),
            format="hybride",
            audiences=["statenleden", "waterschappers"],
        ),
        "members_only": EventFactory(
            title="Vertrouwelijk fractievoorzittersoverleg",
            start=local(2026, 3, 20, 20, 0),
            end=local(2026, 3, 20, 21, 30),
            members_only=True,
            audiences=["raadsleden"],
        ),
        "draft": EventFactory(
            title="Concept van een congres",
            start=local(2026, 6, 1, 10, 0),
            end=local(2026, 6, 1, 16, 0),
            live=False,
        ),
    }


def test_shows_upcoming_events_in_date_order(client, agenda_page, events):
    response = client.get("/agenda/")
    assert response.status_code == 200
    assert titles(response) == [
        "Masterclass financiën",  # still running: upcoming until it ends
        "Netwerk wonen",
        "Webinar armoedebeleid",
        "Burgemeestersdag",
        "Inspiratiedag Staten en waterschappen",
    ]


def test_groups_by_month_with_dutch_headings(client, agenda_page, events):
    html = client.get("/agenda/").content.decode()
    headings = re.findall(r'class="agenda-month__heading">([^<]+)<', html)
    assert headings == ["februari 2026", "maart 2026", "april 2026", "mei 2026", "september 2026"]
    assert "donderdag 12 maart 2026, 19.30–21.30 uur" in html
    assert "vrijdag 29 mei 2026 (hele dag)" in html


def test_archive_shows_past_events_newest_first(client, agenda_page, events):
    response = client.get("/agenda/archief/")
    assert response.status_code == 200
    assert titles(response) == ["Wethoudersoverleg februari", "Vakschool van vorig jaar"]
    assert 'aria-current="page">Archief' in response.content.decode()


def test_cancelled_event_is_marked_in_words(client, agenda_page, events):
    html = client.get("/agenda/").content.decode()
    item = html.split("Webinar armoedebeleid")[1].split("</li>")[0]
    assert "Gaat niet door" in item


def test_members_only_events_only_for_members(client, agenda_page, events):
    secret = "Vertrouwelijk fractievoorzittersoverleg"
    assert secret not in client.get("/agenda/").content.decode()
    client.force_login(non_member())
    assert secret not in client.get("/agenda/").content.decode()
    client.force_login(member())
    html = client.get("/agenda/").content.decode()
    assert secret in html
    assert "Alleen voor leden" in html


def test_drafts_never_listed(client, agenda_page, events):
    client.force_login(member())
    assert "Concept van een congres" not in client.get("/agenda/").content.decode()


def test_facet_count_equals_results_when_selected(client, agenda_page, events):
    response = client.get("/agenda/")
    for param in ("soort", "doelgroep", "vorm", "regio"):
        for value, count in facet_counts(response, param).items():
            selected = client.get("/agenda/", {param: value})
            assert selected.status_code == 200
            assert selected.context["outcome"].total == count, (param, value)
            assert len(titles(selected)) == count


def test_facet_counts(client, agenda_page, events):
    response = client.get("/agenda/")
    assert facet_counts(response, "doelgroep") == {
        "raadsleden": 2,
        "wethouders": 2,
        "burgemeesters": 1,
        "statenleden": 1,
        "waterschappers": 1,
    }
    assert facet_counts(response, "vorm") == {"fysiek": 3, "online": 1, "hybride": 1}
    assert facet_counts(response, "regio") == {"landelijk": 3, "Utrecht": 1, "Gelderland": 1}


def test_or_within_a_facet_and_across_facets(client, agenda_page, events):
    either = client.get("/agenda/?doelgroep=wethouders&doelgroep=burgemeesters")
    assert titles(either) == ["Masterclass financiën", "Webinar armoedebeleid", "Burgemeestersdag"]
    both = client.get("/agenda/?doelgroep=wethouders&vorm=online")
    assert titles(both) == ["Webinar armoedebeleid"]
    # A facet's own counts ignore its own selection, so a person can widen the choice.
    assert facet_counts(both, "vorm") == {"fysiek": 1, "online": 1}
    assert facet_counts(both, "doelgroep") == {"wethouders": 1}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"periode": "deze-maand"}, ["Masterclass financiën", "Netwerk wonen"]),
        (
            {"periode": "drie-maanden"},
            ["Masterclass financiën", "Netwerk wonen", "Webinar armoedebeleid", "Burgemeestersdag"],
        ),
        ({"van": "2026-04-01", "tot": "2026-05-29"}, ["Webinar armoedebeleid", "Burgemeestersdag"]),
        ({"van": "30-05-2026"}, ["Inspiratiedag Staten en waterschappen"]),
        ({"tot": "2026-03-01"}, ["Masterclass financiën"]),
    ],
)
def test_period(client, agenda_page, events, params, expected):
    response = client.get("/agenda/", params)
    assert response.status_code == 200
    assert titles(response) == expected


def test_archive_period(client, agenda_page, events):
    response = client.get("/agenda/archief/", {"van": "2026-01-01"})
    assert titles(response) == ["Wethoudersoverleg februari"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"van": "31-02-2026"}, "De datum bij “van” kunnen we niet lezen"),
        ({"tot": "morgen"}, "De datum bij “tot en met” kunnen we niet lezen"),
        ({"van": "1066-10-14"}, "ligt buiten 2000–2100"),
        ({"van": "2026-06-01", "tot": "2026-05-01"}, "ligt na de datum bij “tot en met”"),
        ({"periode": "volgend-jaar"}, "Deze periode kennen we niet"),
        ({"doelgroep": "astronauten"}, "kennen we niet"),
        ({"pagina": "abc"}, "Dit paginanummer bestaat niet"),
    ],
)
def test_bad_parameters_give_400_with_a_dutch_message_and_the_rest_applies(
    client, agenda_page, events, params, message
):
    response = client.get("/agenda/", {**params, "vorm": "online"})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert titles(response) == ["Webinar armoedebeleid"]


def test_full_text_search(client, agenda_page, events):
    response = client.get("/agenda/", {"q": "armoedebeleid"})
    assert titles(response) == ["Webinar armoedebeleid"]
    response = client.get("/agenda/", {"q": "Nieuwspoort wonen"})
    assert titles(response) == ["Netwerk wonen"]


def test_noindex_only_on_filtered_pages(client, agenda_page, events):
    assert 'name="robots"' not in client.get("/agenda/").content.decode()
    filtered = client.get("/agenda/?doelgroep=wethouders").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in filtered


def test_works_without_javascript(client, agenda_page, events):
    html = client.get("/agenda/").content.decode()
    form = re.search(r'<form method="get"[^>]*class="agenda-filters".*?</form>', html, re.S)
    assert form is not None
    for name in ("q", "periode", "van", "tot", "soort", "doelgroep", "vorm", "regio"):
        assert f'name="{name}"' in form.group(0)
    assert 'type="submit"' in form.group(0)
    assert "<script" not in html.split("<main")[1].split("</main>")[0]


def test_subscribe_link_carries_the_filters(client, agenda_page, events):
    html = client.get(
        "/agenda/?doelgroep=wethouders&periode=drie-maanden&pagina=1"
    ).content.decode()
    link = re.search(r'<a class="button" href="(webcal://[^"]+)"[^>]*>Abonneren</a>', html).group(1)
    assert link == (
        "webcal://testserver/agenda/agenda.ics?doelgroep=wethouders&amp;periode=drie-maanden"
    )
    assert "Gebruik je persoonlijke agenda-feed" not in html
    client.force_login(member())
    html = client.get("/agenda/?doelgroep=wethouders").content.decode()
    assert 'href="/agenda/mijn-agenda-feed/?doelgroep=wethouders"' in html


def test_pagination_keeps_filters(client, agenda_page, now, settings):
    settings.AGENDA_EVENTS_PER_PAGE = 2
    for day in range(2, 7):
        EventFactory(
            title=f"Webinar {day}", start=local(2026, 3, day, 12), audiences=["wethouders"]
        )
    response = client.get("/agenda/?doelgroep=wethouders")
    assert titles(response) == ["Webinar 2", "Webinar 3"]
    assert 'href="?doelgroep=wethouders&amp;pagina=2"' in response.content.decode()
    response = client.get("/agenda/?doelgroep=wethouders&pagina=3")
    assert titles(response) == ["Webinar 6"]


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("logged_in", [False, True])
def test_query_count_does_not_grow_with_the_number_of_events(
    client, agenda_page, now, django_assert_max_num_queries, logged_in
):
    if logged_in:
        client.force_login(member())

    def add(count):
        for number in range(count):
            EventFactory(
                title=f"Bijeenkomst {number}",
                start=local(2026, 3, 2 + number % 25, 19, 30),
                audiences=["raadsleden", "wethouders"],
                region="Utrecht" if number % 2 else "landelijk",
            )

    add(5)
    client.get("/agenda/")  # warm caches (content types, site root paths)
    with_five = _queries(client, "/agenda/")
    add(20)
    client.get("/agenda/")  # the first search after changes refreshes the search columns once
    with_twenty_five = _queries(client, "/agenda/")
    assert with_twenty_five == with_five
    with django_assert_max_num_queries(with_five):
        client.get("/agenda/?doelgroep=wethouders&regio=Utrecht")


def test_no_results_offers_a_way_on(client, agenda_page, events):
    from search.suggestions import update_vocabulary

    update_vocabulary()
    response = client.get("/agenda/", {"q": "armoedebelied"})
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        '<p class="did-you-mean">Bedoelde je <a href="/agenda/?q=armoedebeleid" rel="nofollow">'
        "armoedebeleid</a>?"
    ) in html
    assert titles(client.get("/agenda/?q=armoedebeleid")) == ["Webinar armoedebeleid"]
    # A filter that leaves nothing: without it; a past event: in the archive.
    response = client.get("/agenda/", {"q": "vakschool", "periode": "deze-maand"})
    html = response.content.decode()
    assert titles(response) == []
    assert '<a href="/agenda/archief/?q=vakschool" rel="nofollow">' in html
    assert "Zoek in het archief van eerdere activiteiten" in html
    response = client.get("/agenda/", {"q": "netwerk", "regio": "Utrecht"})
    html = response.content.decode()
    assert '<a href="/agenda/?q=netwerk" rel="nofollow">Zonder filter Regio: Utrecht</a>' in html
    assert "(1 resultaat)" in html
