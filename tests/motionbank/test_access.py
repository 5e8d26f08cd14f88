"""
Who may see what: every motion-bank URL and the files, for anonymous visitors, logged-in
non-members, members, another member, editors and superusers. Checked in the views and
the querysets, whatever Wagtail's own page and collection privacy does.
"""

from urllib.parse import quote

from wagtail.models import CollectionViewRestriction, PageViewRestriction

import pytest

from motionbank.access import own_submissions, readable_motions, visible_motions

pytestmark = pytest.mark.django_db

ALLOWED = ["member", "other_member", "editor", "superuser"]
EVERYONE = ["anonymous", "non_member", *ALLOWED]


@pytest.fixture
def urls(bank, motion, motion_with_file):
    base = bank.url
    return {
        "search": base,
        "search with query": f"{base}?q=kind&thema=testarmoede",
        "motion": bank.motion_url(motion),
        "short motion URL": f"{base}{motion.pk}/",
        "file": bank.motion_url(motion_with_file, route="motion_file"),
        "word": bank.motion_url(motion, route="motion_word"),
        "upload": bank.upload_url,
        "mine": bank.mine_url,
        "unknown motion": f"{base}999999-bestaat-niet/",
    }


EXPECTED_FOR_ALLOWED = {
    "search": 200,
    "search with query": 200,
    "motion": 200,
    "short motion URL": 302,
    "file": 200,
    "word": 200,
    "upload": 200,
    "mine": 200,
    "unknown motion": 404,
}


def _client_for(role, client, people):
    if role != "anonymous":
        client.force_login(people[role])
    return client


@pytest.mark.parametrize("role", EVERYONE)
@pytest.mark.parametrize("name", list(EXPECTED_FOR_ALLOWED))
def test_every_url_for_every_role(client, people, urls, role, name):
    client = _client_for(role, client, people)
    url = urls[name]
    response = client.get(url)
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"] == f"/account/inloggen/?next={quote(url, safe='/')}"
    elif role == "non_member":
        assert response.status_code == 403
        assert "alleen voor leden" in response.content.decode()
    else:
        assert response.status_code == EXPECTED_FOR_ALLOWED[name]
    if response.status_code != 404:
        assert "private" in response["Cache-Control"]
        assert response["X-Robots-Tag"].startswith("noindex")


@pytest.mark.parametrize("role", ["anonymous", "non_member"])
def test_posting_an_upload_is_refused_before_anything_happens(client, people, bank, role):
    from motionbank.models import Motion

    client = _client_for(role, client, people)
    response = client.post(bank.upload_url, {"title": "Ongevraagd"})
    assert response.status_code in (302, 403)
    assert not Motion.objects.filter(title="Ongevraagd").exists()


def test_the_403_page_explains_and_offers_logout(client, people, bank):
    client.force_login(people["non_member"])
    html = client.get(bank.url).content.decode()
    assert "De motiebank is alleen voor leden" in html
    assert "geen-lid" in html
    assert 'action="/account/uitloggen/"' in html


def test_login_page_brings_a_member_back(client, people, bank):
    response = client.get(bank.url)
    login = client.get(response["Location"])
    assert login.status_code == 200
    ok = client.post(
        response["Location"],
        {"username": "lid1", "password": "een-goed-wachtwoord-42"},
        REMOTE_ADDR="10.0.0.1",
    )
    assert ok.status_code == 302
    assert ok["Location"] == bank.url


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("member", 200),
        ("other_member", 404),
        ("editor", 200),
        ("superuser", 200),
        ("non_member", 403),
        ("anonymous", 302),
    ],
)
def test_a_draft_is_seen_only_by_its_uploader_and_staff(
    client, people, bank, make_motion, role, status
):
    draft = make_motion(title="Nog in behandeling", live=False, uploaded_by=people["member"])
    client = _client_for(role, client, people)
    assert client.get(bank.motion_url(draft)).status_code == status
    assert client.get(bank.motion_url(draft, route="motion_word")).status_code == status


def test_a_draft_never_appears_in_search_not_even_for_its_uploader(
    client, people, bank, make_motion
):
    make_motion(title="Verborgen concept", live=False, uploaded_by=people["member"])
    make_motion(title="Zichtbare motie")
    client.force_login(people["member"])
    html = client.get(bank.url).content.decode()
    assert "Zichtbare motie" in html
    assert "Verborgen concept" not in html


class TestWagtailDocumentURL:
    """Wagtail's own document URL never hands out a motion file to a non-member, and
    sends members to the checked view of the motion page."""

    def test_anonymous_is_sent_to_login(self, client, motion_with_file):
        response = client.get(motion_with_file.original_file.url)
        assert response.status_code == 302
        assert response["Location"].startswith("/account/inloggen/")

    def test_non_member_is_refused(self, client, people, motion_with_file):
        client.force_login(people["non_member"])
        assert client.get(motion_with_file.original_file.url).status_code == 403

    def test_member_is_redirected_to_the_checked_view(self, client, people, bank, motion_with_file):
        client.force_login(people["member"])
        response = client.get(motion_with_file.original_file.url)
        assert response.status_code == 302
        assert response["Location"] == bank.motion_url(motion_with_file, route="motion_file")

    def test_member_cannot_fetch_another_members_draft_file(
        self, client, people, bank, make_motion, motion_document
    ):
        make_motion(
            title="Concept met bestand",
            live=False,
            uploaded_by=people["member"],
            original_file=motion_document,
        )
        client.force_login(people["other_member"])
        assert client.get(motion_document.url).status_code == 404

    def test_editor_gets_the_file(self, client, people, motion_with_file):
        client.force_login(people["editor"])
        response = client.get(motion_with_file.original_file.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_file_is_served_with_safe_headers(client, people, motion_with_file, bank):
    client.force_login(people["member"])
    response = client.get(bank.motion_url(motion_with_file, route="motion_file"))
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_the_files_are_not_under_a_public_media_url(client, people, motion_with_file):
    client.force_login(people["member"])
    response = client.get(f"/media/{motion_with_file.original_file.file.name}")
    assert response.status_code == 404


def test_wagtail_privacy_is_set_as_a_second_line(bank, motion_with_file):
    restriction = PageViewRestriction.objects.get(page=bank)
    assert {g.name for g in restriction.groups.all()} == {"Leden", "Redactie"}
    collection = motion_with_file.original_file.collection
    restriction = CollectionViewRestriction.objects.get(collection=collection)
    assert {g.name for g in restriction.groups.all()} == {"Leden", "Redactie"}


def test_querysets_give_nothing_to_non_members(people, make_motion):
    from django.contrib.auth.models import AnonymousUser

    make_motion(title="Voor leden")
    make_motion(title="Eigen concept", live=False, uploaded_by=people["member"])
    for user in (AnonymousUser(), people["non_member"]):
        assert not visible_motions(user).exists()
        assert not readable_motions(user).exists()
        assert not own_submissions(user).exists()
    assert set(visible_motions(people["member"]).values_list("title", flat=True)) == {"Voor leden"}
    assert set(readable_motions(people["member"]).values_list("title", flat=True)) == {
        "Voor leden",
        "Eigen concept",
    }
    assert set(readable_motions(people["other_member"]).values_list("title", flat=True)) == {
        "Voor leden"
    }


def test_a_deactivated_member_is_logged_out(client, people, bank):
    user = people["member"]
    user.is_active = False
    user.save()
    client.force_login(user)
    response = client.get(bank.url)
    assert response.status_code == 302


def test_motion_page_is_left_out_of_the_sitemap(client, bank, motion):
    assert bank.url not in client.get("/sitemap.xml").content.decode()


def test_members_do_not_see_motions_without_the_group(client, people, bank):
    """A Member record alone gives no access: the group does."""
    from tests.factories.motionbank import MemberFactory
    from tests.factories.users import UserFactory

    record = MemberFactory(user=UserFactory(username="zonder-groep"))
    client.force_login(record.user)
    assert client.get(bank.url).status_code == 403
