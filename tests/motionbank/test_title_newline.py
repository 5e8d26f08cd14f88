"""
A title with a line break never breaks a submission. A member's title is made one line
by the upload form; every mail subject the site sends is made one line by the site's mail
backend (so an odd title from the admin or an import cannot break a notification either);
the submission is saved and sent into moderation at once, its mail goes out after the
commit, and sending the same submission again does not save it twice.
"""

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail import EmailMessage, get_connection
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data

import pytest

from motionbank.models import Motion

pytestmark = pytest.mark.django_db

SINGLE_LINE = "Eerste regel Tweede regel"
TITLES = {
    "newline": "Eerste regel\nTweede regel",
    "carriage return and newline": "Eerste regel\r\nTweede regel",
    "runs of whitespace": "  Eerste\tregel \r\n\r\n  Tweede\u2028regel  ",
}


@pytest.fixture
def member_client(client, people):
    client.force_login(people["member"])
    return client


@pytest.fixture
def share(member_client, bank, breda, theme, pdf_bytes, django_capture_on_commit_callbacks):
    """Post the upload form as a member's browser would, running what waits for the commit."""

    def post(title, commit=True, **overrides):
        data = {
            "document_type": "motie",
            "title": title,
            "governing_body": str(breda.pk),
            "date_submitted": "2024-05-16",
            "outcome": "aangenomen",
            "theme": str(theme.pk),
            "operative_text": "Verzoekt het college de schoolpleinen te vergroenen.",
            "file": SimpleUploadedFile("motie.pdf", pdf_bytes, content_type="application/pdf"),
        }
        data.update(overrides)
        with django_capture_on_commit_callbacks(execute=commit):
            return member_client.post(bank.upload_url, data)

    return post


def assert_single_line_subjects():
    assert mail.outbox
    for message in mail.outbox:
        assert "\n" not in message.subject and "\r" not in message.subject, message.subject
        message.message()  # what the mail server is handed: no BadHeaderError


@pytest.mark.parametrize("title", TITLES.values(), ids=TITLES.keys())
def test_a_title_with_a_line_break_is_saved_on_one_line_and_mailed(
    share, member_client, bank, people, title
):
    response = share(title)

    assert response.status_code == 302
    assert response["Location"] == bank.mine_url
    confirmation = member_client.get(bank.mine_url).content.decode()
    assert f"‘{SINGLE_LINE}’ is ontvangen" in confirmation
    motion = Motion.objects.get()
    assert motion.title == SINGLE_LINE
    assert motion.original_file.title == SINGLE_LINE
    assert WorkflowState.objects.for_instance(motion).get().status == "in_progress"
    editors = [m for m in mail.outbox if people["editor"].email in m.to]
    assert editors and all(SINGLE_LINE in m.subject for m in editors)
    assert any(m.to == [people["member"].email] for m in mail.outbox)
    assert_single_line_subjects()


def test_a_title_of_only_whitespace_is_refused(share):
    response = share("\r\n \n\t")
    assert response.status_code == 400
    assert "Dit is een verplicht veld." in response.content.decode()
    assert not Motion.objects.exists()


def test_sending_the_same_submission_again_saves_nothing_twice(share, member_client, bank):
    """Going back and sending again (the member who once saw an error did): the member
    sees the same confirmation, and the submission is kept, moderated and mailed once."""
    assert share(TITLES["newline"]).status_code == 302
    sent = len(mail.outbox)

    again = share(TITLES["carriage return and newline"])

    assert again.status_code == 302
    assert again["Location"] == bank.mine_url
    assert f"‘{SINGLE_LINE}’ is ontvangen" in member_client.get(bank.mine_url).content.decode()
    assert Motion.objects.count() == 1
    assert get_document_model().objects.count() == 1
    assert WorkflowState.objects.count() == 1
    assert len(mail.outbox) == sent


def test_a_changed_submission_is_a_new_one(share):
    """Only the very same submission counts as sent twice: another file or other text is
    something new for the editors to look at (the similar-motions check still asks)."""
    share(TITLES["newline"])
    response = share(
        TITLES["newline"],
        operative_text="Verzoekt het college de schoolpleinen ook 's avonds open te houden.",
        confirm_similar="on",
    )
    assert response.status_code == 302
    assert Motion.objects.count() == 2
    assert WorkflowState.objects.count() == 2


def test_the_same_motion_from_another_member_is_theirs(
    share, client, bank, people, breda, theme, django_capture_on_commit_callbacks
):
    share(TITLES["newline"])
    client.force_login(people["other_member"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            bank.upload_url,
            {
                "document_type": "motie",
                "title": SINGLE_LINE,
                "governing_body": str(breda.pk),
                "date_submitted": "2024-05-16",
                "outcome": "aangenomen",
                "theme": str(theme.pk),
                "operative_text": "Verzoekt het college de schoolpleinen te vergroenen.",
            },
        )
    assert response.status_code == 302
    assert Motion.objects.filter(uploaded_by=people["other_member"]).count() == 1


def test_a_title_entered_in_the_admin_is_saved_on_one_line(client, people, groups, tilburg, theme):
    client.force_login(people["editor"])
    response = client.post(
        reverse("wagtailsnippets_motionbank_motion:add"),
        nested_form_data(
            {
                "title": "Motie\r\nSchone lucht",
                "document_type": "motie",
                "date_submitted": "2024-05-16",
                "governing_body": tilburg.pk,
                "outcome": "onbekend",
                "theme": theme.pk,
                "tags": "",
                "operative_text": "- De schoolpleinen te vergroenen.",
            }
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    assert Motion.objects.get().title == "Motie Schone lucht"


@pytest.fixture
def site_mail(settings):
    """The site's mail backend, as in production, delivering to the test outbox."""
    settings.EMAIL_BACKEND = "clbsite.mail.ResilientEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def test_every_subject_the_site_sends_is_one_line(site_mail, django_capture_on_commit_callbacks):
    """A subject built from an odd title (an import, the admin) reaches the mail server
    on one line, instead of failing with Django's BadHeaderError."""
    message = EmailMessage("Ter beoordeling: Motie\r\nSchone\nlucht", "Tekst", to=["r@clb.nl"])
    with django_capture_on_commit_callbacks(execute=True):
        assert get_connection().send_messages([message]) == 1
    (sent,) = mail.outbox
    assert sent.subject == "Ter beoordeling: Motie Schone lucht"
    assert_single_line_subjects()


def test_an_admin_title_with_a_line_break_reaches_the_editors(
    site_mail, people, make_motion, django_capture_on_commit_callbacks
):
    """Wagtail's own moderation mail, built from a title saved with a line break."""
    motion = make_motion(title="Motie Groen", live=False)
    Motion.objects.filter(pk=motion.pk).update(title="Motie\nGroen")  # as an old import left it
    motion.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        motion.save_revision()
        motion.get_workflow().start(motion, people["member"])
    editors = [m for m in mail.outbox if people["editor"].email in m.to]
    assert editors and all("Motie Groen" in m.subject for m in editors)
    assert_single_line_subjects()


def test_mail_waits_for_the_commit(site_mail, share, people):
    """What a submission sends, Wagtail's moderation mail included, goes out only once the
    submission is saved for good: a submission rolled back sends nothing."""
    response = share(TITLES["newline"], commit=False)
    assert response.status_code == 302
    assert Motion.objects.filter(title=SINGLE_LINE).exists()
    assert mail.outbox == []
