"""
The queries every member's request asks (clbsite/prepared.py): the page's state, the
session, the user, the page's restrictions and the search index's newest change. On
PostgreSQL they run as prepared statements; the answers are Django's on any database.
"""

import datetime

from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from clbsite import prepared

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"


def prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


@pytest.mark.skipif(not POSTGRESQL, reason="prepared statements are PostgreSQL's")
def test_a_members_search_runs_its_fixed_queries_prepared(site, client_for, people):
    client = client_for(people["member"])
    url = site.pages["motionbank.MotionBankPage"].url
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"{url}?q=lucht")
    assert response.status_code == 200 and "Motie Schone lucht" in response.content.decode()
    statements = prepared_statements()
    for table in (
        "wagtailcore_page",
        "django_session",
        "auth_user",
        "wagtailcore_pageviewrestriction",
        "search_indexchange",
    ):
        assert any(f'FROM "{table}"' in statement for statement in statements), table
    # Django's query log still shows them, with their values.
    logged = [query["sql"] for query in captured]
    assert any('FROM "django_session"' in sql and "'" in sql for sql in logged), logged


@pytest.mark.skipif(not POSTGRESQL, reason="prepared statements are PostgreSQL's")
def test_a_column_added_while_statements_are_prepared_changes_nothing(site, client_for, people):
    """A migration may add a column while the site runs (the workers restart after it):
    the prepared statements name their columns, so they keep answering."""
    client = client_for(people["member"])
    url = site.pages["motionbank.MotionBankPage"].url
    assert client.get(url).status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the test's rows are not committed
        # In a DO block, as another connection's migration would be: psycopg does not
        # see an ALTER on this connection, which would make it drop its statements.
        for table in ("auth_user", "django_session", "wagtailcore_pageviewrestriction"):
            cursor.execute(f"DO $$ BEGIN ALTER TABLE {table} ADD COLUMN clb_later integer; END $$")
    assert client.get(url).status_code == 200


def test_switched_off_the_same_queries_run_unprepared(site, client_for, people):
    client = client_for(people["member"])
    url = site.pages["motionbank.MotionBankPage"].url
    connection.ensure_connection()
    threshold = getattr(connection.connection, "prepare_threshold", None)
    if POSTGRESQL:
        connection.connection.prepare_threshold = None  # DATABASE_PREPARED_STATEMENTS=0
    before = prepared_statements() if POSTGRESQL else []
    try:
        response = client.get(f"{url}?q=lucht")
        assert "Motie Schone lucht" in response.content.decode()
        if POSTGRESQL:
            assert prepared_statements() == before
    finally:
        if POSTGRESQL:
            connection.connection.prepare_threshold = threshold


def test_a_session_is_read_until_it_expires(site, client_for, people):
    client = client_for(people["member"])
    url = site.pages["motionbank.MotionBankPage"].url
    assert client.get(url).status_code == 200
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get(url)
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]


def test_an_unknown_or_malformed_session_key_is_a_visitor(site, client):
    url = site.pages["motionbank.MotionBankPage"].url
    keys = ["doesnotexist" * 3, "x", "'; DELETE FROM django_session; --"]
    Session.objects.create(
        session_key="k" * 32, session_data="", expire_date=timezone.now() + datetime.timedelta(1)
    )
    for key in keys:
        client.cookies["sessionid"] = key
        response = client.get(url)
        assert response.status_code == 302, key
    assert list(Session.objects.values_list("session_key", flat=True)) == ["k" * 32]


def test_the_prepared_cursor_answers_like_djangos(db):
    with prepared.cursor() as cursor:
        cursor.execute("SELECT %s + 1, %s", [41, "woord"])
        assert cursor.fetchone() == (42, "woord")
