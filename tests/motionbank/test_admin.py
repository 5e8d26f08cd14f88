"""The motion bank in Wagtail's admin: the Motion snippet (filters, inspect, export) and the
modeladmin registrations of members, governing bodies and themes."""

import re

from django.urls import reverse

import pytest

from tests.factories.motionbank import MemberFactory

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/motionbank/motion/"


@pytest.fixture
def editor_client(client, people, groups):
    client.force_login(people["editor"])
    return client


@pytest.fixture
def listed(make_motion, people):
    make_motion(title="Gepubliceerde motie", outcome="aangenomen")
    make_motion(
        title="Concept van een lid", live=False, uploaded_by=people["member"], outcome="verworpen"
    )


def titles(response):
    return set(
        re.findall(r'id="snippet_\d+_title"[^>]*>\s*([^<]+?)\s*<', response.content.decode())
    )


def test_motion_list_and_filters(editor_client, listed):
    assert {"Gepubliceerde motie", "Concept van een lid"} <= titles(editor_client.get(LIST))
    drafts = editor_client.get(LIST, {"live": "false"})
    assert "Concept van een lid" in titles(drafts)
    assert "Gepubliceerde motie" not in titles(drafts)
    rejected = editor_client.get(LIST, {"outcome": "verworpen"})
    assert titles(rejected) == {"Concept van een lid"}
    for params in (
        {"tier": "gemeente"},
        {"province": "Noord-Brabant"},
        {"year": "2023"},
        {"document_type": "motie"},
    ):
        assert editor_client.get(LIST, params).status_code == 200


def test_inspect_and_edit_views(editor_client, motion):
    inspect = editor_client.get(
        reverse("wagtailsnippets_motionbank_motion:inspect", args=(motion.pk,))
    )
    assert inspect.status_code == 200
    assert "Geen kind buiten spel" in inspect.content.decode()
    edit = editor_client.get(reverse("wagtailsnippets_motionbank_motion:edit", args=(motion.pk,)))
    assert edit.status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/admin/motionbank/member/",
        "/admin/motionbank/governingbody/",
        "/admin/motionbank/theme/",
        "/admin/motionbank/member/create/",
    ],
)
def test_modeladmin_pages_for_editors(editor_client, url):
    MemberFactory()
    assert editor_client.get(url).status_code == 200


def test_members_have_no_admin(client, people):
    client.force_login(people["member"])
    response = client.get(LIST)
    assert response.status_code == 302
