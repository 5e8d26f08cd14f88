"""
Listings run the same number of database queries for 5 items as for 50: the admin's
snippet and modeladmin listings (index pages, the agenda and the motion bank's results
have their own tests beside their features).
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories import UserFactory
from tests.factories.agenda import EventFactory
from tests.factories.motionbank import GoverningBodyFactory, MemberFactory, MotionFactory

pytestmark = pytest.mark.django_db


def query_count(client, url):
    client.get(url)  # the first request after changes fills per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="beheer", is_superuser=True, is_staff=True))
    return client


def make_motions(count, body):
    for number in range(count):
        MotionFactory(title=f"Motie {number}", governing_body=body, tags=["wonen", "zorg"])


@pytest.mark.parametrize(
    "url, make",
    [
        ("/admin/snippets/motionbank/motion/", lambda n, body: make_motions(n, body)),
        (
            "/admin/snippets/agenda/event/",
            lambda n, body: [EventFactory(audiences=["wethouders"]) for _ in range(n)],
        ),
        (
            "/admin/motionbank/member/",
            lambda n, body: [MemberFactory(governing_body=body) for _ in range(n)],
        ),
    ],
    ids=["motions", "events", "members"],
)
def test_admin_listings_are_constant(admin_client, url, make):
    body = GoverningBodyFactory(name="Telgemeente")
    make(5, body)
    with_five = query_count(admin_client, url)
    make(45, body)
    assert query_count(admin_client, url) == with_five
