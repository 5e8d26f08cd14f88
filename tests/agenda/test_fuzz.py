"""Whatever a person or a crawler puts in the URL: a page (200) or a clear 400, never a 500."""

from django.test import Client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories.agenda import EventFactory, local

pytestmark = pytest.mark.django_db

KNOWN = ["q", "soort", "doelgroep", "vorm", "regio", "periode", "van", "tot", "pagina", "sortering"]
# Text without surrogates (those cannot even be sent as UTF-8), with control characters.
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
VALUES = st.one_of(
    TEXT,
    st.sampled_from(
        [
            "wethouders",
            "webinar",
            "online",
            "Utrecht",
            "deze-maand",
            "drie-maanden",
            "2026-03-12",
            "31-02-2026",
            "9999-12-31",
            "0001-01-01",
            "2026-13-45",
            "-1",
            "0",
            "99999999999999999999",
            '"onafgesloten',
            "\x00",
            "datum",
        ]
    ),
)
PARAMS = st.lists(st.tuples(st.one_of(st.sampled_from(KNOWN), TEXT), VALUES), max_size=6)


@pytest.fixture
def site(agenda_page, now):
    EventFactory(title="Netwerk wonen", audiences=["wethouders"])
    EventFactory(title="Oud", start=local(2025, 6, 1, 19, 30), audiences=["raadsleden"])
    EventFactory(title="Webinar", format="online", event_type="webinar", members_only=True)


def query(params):
    return {"QUERY_STRING": "&".join(_encode(key) + "=" + _encode(value) for key, value in params)}


def _encode(text):
    from urllib.parse import quote

    return quote(text, safe="")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(params=PARAMS, path=st.sampled_from(["/agenda/", "/agenda/archief/", "/agenda/agenda.ics"]))
def test_any_parameters_give_200_or_400(site, path, params):
    response = Client(raise_request_exception=False).get(path, **query(params))
    assert response.status_code in (200, 400), (path, params, response.status_code)
