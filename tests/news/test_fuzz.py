"""Whatever a person or a crawler puts in the news archive's URL: the page (200), never a
500. The feeds take no parameters and ignore any."""

from urllib.parse import quote

from django.test import Client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.news.conftest import day

pytestmark = pytest.mark.django_db

KNOWN = ["q", "thema", "jaar", "pagina", "sortering", "alle"]
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
VALUES = st.one_of(
    TEXT,
    st.sampled_from(
        [
            "testwonen",
            "testwater",
            "2026",
            "2025",
            "0",
            "-1",
            "1e3",
            "99999999999999999999",
            '"onafgesloten',
            "\x00",
            "datum",
            "thema",
        ]
    ),
)
PARAMS = st.lists(st.tuples(st.one_of(st.sampled_from(KNOWN), TEXT), VALUES), max_size=6)


@pytest.fixture
def news(news_index, article, themes):
    article("Wonen in 2026", day(3), themes=[themes["wonen"]])
    article("Water in 2025", day(10, 1, 2025), themes=[themes["water"]])
    return news_index


def _query(params):
    return "&".join(quote(key, safe="") + "=" + quote(value, safe="") for key, value in params)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(params=PARAMS, path=st.sampled_from(["/nieuws/", "/nieuws/feed/", "/nieuws/feed/rss/"]))
def test_any_parameters_give_200(news, path, params):
    response = Client(raise_request_exception=False).get(path, QUERY_STRING=_query(params))
    assert response.status_code == 200, (path, params, response.status_code)
