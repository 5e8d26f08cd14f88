"""
A member's personal data: everything the site keeps about them can be exported (a
command and the member admin), and the member can be removed (a command and the member
admin) while the motions they shared stay, credited to nobody, even one that still
waits for moderation. See motionbank/privacy.py and docs/operations.md.
"""

import io
import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from wagtail.models import Revision, WorkflowState

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog

from agenda.models import CalendarFeedToken
from home.demo.pdf import make_pdf
from motionbank.models import Member, Motion
from motionbank.privacy import RemovalRefused, export_member_data, remove_member
from tests.site_fixtures import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media_root")]

User = get_user_model()
TITLE = "Motie Warme maaltijd op school"


@pytest.fixture
def submitted(site, people, client_for, tilburg, theme, django_capture_on_commit_callbacks):
    """A PDF motion the member shared through the upload form, waiting for moderation."""
    client = client_for(people["member"])
    pdf = make_pdf(TITLE, ["Verzoekt het college elke school een warme maaltijd te bieden."])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            site.bank.upload_url,
            {
                "document_type": "motie",
                "title": TITLE,
                "governing_body": tilburg.pk,
                "date_submitted": "2024-09-19",
                "outcome": "aangenomen",
                "theme": theme.pk,
                "operative_text": "Verzoekt het college elke school een warme maaltijd te bieden.",
                "file": SimpleUploadedFile("m.pdf", pdf, content_type="application/pdf"),
            },
        )
    assert response.status_code == 302
    client.logout()
    return Motion.objects.get(title=TITLE)


@pytest.fixture
def logged_in_once(client, people):
    """A failed and a successful login of the member, which django-axes records."""
    client.post(
        "/account/inloggen/", {"username": "lid1", "password": "fout"}, REMOTE_ADDR="10.1.2.3"
    )
    client.post(
        "/account/inloggen/", {"username": "lid1", "password": PASSWORD}, REMOTE_ADDR="10.1.2.3"
    )
    client.logout()
    assert AccessLog.objects.filter(username="lid1").exists()


# Export ---------------------------------------------------------------------------------


def test_the_export_has_account_member_record_submissions_feed_and_logins(
    site, people, logged_in_once
):
    people["member"].refresh_from_db()
    data = export_member_data(people["member"])
    json.dumps(data)  # all of it can be written as JSON

    assert data["account"]["username"] == "lid1"
    assert data["account"]["email"] == "lotte@clb-test.nl"
    assert data["account"]["first_name"] == "Lotte"
    assert data["account"]["groups"] == ["Leden"]
    assert data["account"]["last_login"] is not None

    assert data["member"]["function"] == "raadslid"
    assert data["member"]["governing_body"] == {"code": "TS0855", "name": "Tilburg"}

    (submission,) = data["submissions"]
    assert submission["title"] == "Motie Nog in behandeling"
    assert submission["live"] is False
    assert submission["state_label"] == "In behandeling"
    assert submission["original_file"].startswith("documents/")

    assert data["calendar_feed"]["token"] == site.tokens["member"].token

    kinds = {record["kind"] for record in data["login_records"]}
    assert kinds >= {"login"}
    assert {record["ip_address"] for record in data["login_records"]} == {"10.1.2.3"}


def test_someone_without_a_member_record_or_token_exports_too(people):
    data = export_member_data(people["non_member"])
    assert data["member"] is None
    assert data["calendar_feed"] is None
    assert data["submissions"] == []


def test_export_command_writes_json(site, people, tmp_path):
    out = io.StringIO()
    call_command("export_member_data", "lid1", stdout=out)
    data = json.loads(out.getvalue())
    assert data["account"]["username"] == "lid1"
    assert [s["title"] for s in data["submissions"]] == ["Motie Nog in behandeling"]

    target = tmp_path / "lid1.json"
    call_command("export_member_data", "lid1", "--output", str(target), stderr=io.StringIO())
    assert json.loads(target.read_text(encoding="utf-8"))["member"]["function"] == "raadslid"


def test_export_command_refuses_an_unknown_user(db):
    with pytest.raises(CommandError, match="Er is geen gebruiker"):
        call_command("export_member_data", "niemand", stdout=io.StringIO())


def may_manage_member_data(user):
    """Give ``user`` the permission of the member admin's privacy actions, which
    Redactie does not have (tests/motionbank/test_member_data_admin.py)."""
    user.user_permissions.add(Permission.objects.get(codename="manage_member_data"))
    return user


def test_editors_with_the_permission_download_a_members_data_in_the_admin(site, people, client_for):
    client = client_for(may_manage_member_data(people["editor"]))
    listing = client.get("/admin/motionbank/member/").content.decode()
    url = reverse("motionbank_member_export", args=[people["member"].pk])
    assert url in listing
    assert reverse("motionbank_member_remove", args=[people["member"].pk]) in listing

    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    assert json.loads(response.content)["calendar_feed"]["token"] == site.tokens["member"].token


def test_an_admin_user_without_the_member_permissions_cannot_export(site, people, client_for):
    from django.contrib.auth.models import Group

    clerk = User.objects.create_user("griffie", password=PASSWORD)
    group = Group.objects.create(name="Alleen admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    clerk.groups.add(group)
    client = client_for(clerk)
    assert client.get("/admin/").status_code == 200
    for name in ("motionbank_member_export", "motionbank_member_remove"):
        response = client.get(reverse(name, args=[people["member"].pk]))
        assert response.status_code in (302, 403), name
        assert "lotte@clb-test.nl" not in response.content.decode()
    assert User.objects.filter(username="lid1").exists()


# Removal ---------------------------------------------------------------------------------


def assert_removed(username, motion_titles):
    assert not User.objects.filter(username=username).exists()
    assert not Member.objects.filter(user__username=username).exists()
    assert not CalendarFeedToken.objects.filter(user__username=username).exists()
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        assert not model.objects.filter(username=username).exists()
    for title in motion_titles:
        motion = Motion.objects.get(title=title)
        assert motion.uploaded_by_id is None
        for revision in Revision.objects.for_instance(motion):
            assert revision.content.get("uploaded_by") is None


def test_remove_member_command(site, people, client_for, logged_in_once):
    feed = site.agenda.file_url("personal_feed", token=site.tokens["member"].token)
    assert client_for(None).get(feed).status_code == 200
    draft = site.motions["draft"]

    out = io.StringIO()
    call_command("remove_member", "lid1", "--noinput", stdout=out)
    assert "lid1 verwijderd. 1 motie(s) blijven" in out.getvalue()

    assert_removed("lid1", ["Motie Nog in behandeling"])
    draft.refresh_from_db()
    assert draft.original_file is not None  # the file stays with the motion
    assert client_for(None).get(feed).status_code == 404  # the calendar token went
    assert User.objects.filter(username="lid2").exists()  # nobody else


def test_remove_member_asks_for_the_username(site, people, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "iets anders")
    with pytest.raises(CommandError, match="Niet bevestigd"):
        call_command("remove_member", "lid1", stdout=io.StringIO())
    assert User.objects.filter(username="lid1").exists()

    monkeypatch.setattr("builtins.input", lambda prompt: "lid1")
    call_command("remove_member", "lid1", stdout=io.StringIO())
    assert not User.objects.filter(username="lid1").exists()


@pytest.mark.parametrize("who", ["editor", "superuser", "unknown"])
def test_staff_are_not_removed_as_members(people, who):
    if who == "superuser":
        User.objects.create_superuser("baas", "baas@clb-test.nl", PASSWORD)
    username = {"editor": "redacteur", "superuser": "baas", "unknown": "niemand"}[who]
    with pytest.raises(CommandError):
        call_command("remove_member", username, "--noinput", stdout=io.StringIO())
    if who != "unknown":
        assert User.objects.filter(username=username).exists()
        with pytest.raises(RemovalRefused):
            remove_member(User.objects.get(username=username))


def test_a_pending_submission_can_still_be_approved_after_its_member_is_removed(
    site, people, client_for, submitted
):
    assert Revision.objects.for_instance(submitted).get().content["uploaded_by"] == (
        people["member"].pk
    )
    remove_member(people["member"])
    assert_removed("lid1", [TITLE])

    state = WorkflowState.objects.for_instance(submitted).get(status="in_progress")
    assert state.requested_by is None
    client = client_for(people["editor"])
    response = client.post(
        reverse(
            "wagtailsnippets_motionbank_motion:workflow_action",
            args=(submitted.pk, "approve", state.current_task_state.pk),
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    submitted.refresh_from_db()
    assert submitted.live
    assert submitted.uploaded_by is None
    assert "warme maaltijd" in submitted.extracted_text

    html = client_for(people["other_member"]).get(site.bank.url, {"q": "maaltijd"})
    assert TITLE in html.content.decode()


def test_deleting_the_account_in_the_user_admin_also_credits_nobody(
    site, people, client_for, submitted
):
    """However an account is deleted, the motions stay and can still be approved."""
    superuser = User.objects.create_superuser("baas", "baas@clb-test.nl", PASSWORD)
    client = client_for(superuser)
    response = client.post(reverse("wagtailusers_users:delete", args=[people["member"].pk]))
    assert response.status_code == 302
    assert not User.objects.filter(username="lid1").exists()
    assert Motion.objects.get(title=TITLE).uploaded_by is None
    for revision in Revision.objects.for_instance(submitted):
        assert revision.content.get("uploaded_by") is None
    submitted.refresh_from_db()
    submitted.latest_revision.publish()
    submitted.refresh_from_db()
    assert submitted.live and submitted.uploaded_by is None


def test_editors_with_the_permission_remove_a_member_in_the_admin(site, people, client_for):
    client = client_for(may_manage_member_data(people["editor"]))
    url = reverse("motionbank_member_remove", args=[people["member"].pk])
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Lid verwijderen" in html
    assert "De 1 motie die dit lid deelde blijft in de motiebank" in html
    assert reverse("motionbank_member_export", args=[people["member"].pk]) in html
    assert User.objects.filter(username="lid1").exists()  # a GET removes nothing

    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("motionbank_member_modeladmin_index")
    assert_removed("lid1", ["Motie Nog in behandeling"])
    listing = client.get(response["Location"]).content.decode()
    assert "lid1 is verwijderd" in listing


def test_the_admin_refuses_to_remove_an_editor(people, client_for, groups):
    client = client_for(may_manage_member_data(people["editor"]))
    other_editor = User.objects.create_user("redacteur2", password=PASSWORD)
    other_editor.groups.add(groups["editors"])
    response = client.post(reverse("motionbank_member_remove", args=[other_editor.pk]))
    assert response.status_code == 404
    assert User.objects.filter(username="redacteur2").exists()


def test_the_removed_members_motions_are_still_found(site, people, client_for):
    live = site.motions["live"]  # shared by other_member
    remove_member(people["other_member"])
    live.refresh_from_db()
    assert live.uploaded_by is None
    response = client_for(people["member"]).get(site.bank.url, {"q": "schone lucht"})
    assert "Motie Schone lucht" in response.content.decode()
    assert client_for(people["member"]).get(site.bank.motion_url(live)).status_code == 200
