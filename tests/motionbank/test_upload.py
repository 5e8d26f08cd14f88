"""
Sharing a motion: good PDF, DOCX and text-only uploads go into moderation as drafts, with
their text extracted in the background; bad files are refused by their content with a
clear Dutch message and nothing is saved (no document, no motion, no file on disk).
"""

import io
import logging
import smtplib
import zipfile

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import WorkflowState

import pytest
from pypdf import PdfReader, PdfWriter

from motionbank.models import Motion
from tests.motionbank.conftest import docx_bytes

pytestmark = pytest.mark.django_db

Document = get_document_model()


@pytest.fixture
def member_client(client, people):
    client.force_login(people["member"])
    return client


@pytest.fixture
def form_data(breda, theme):
    def data(**overrides):
        values = {
            "document_type": "motie",
            "title": "Motie Schone lucht bij scholen",
            "governing_body": str(breda.pk),
            "date_submitted": "2024-05-16",
            "outcome": "aangenomen",
            "theme": str(theme.pk),
            "tags": "luchtkwaliteit, scholen",
            "submitters": "Lotte Lid",
            "parties": "PvdA",
            "summary": "",
            "findings": "",
            "considerations": "",
            "operative_text": "",
            "source_url": "",
        }
        values.update(overrides)
        return values

    return data


def upload(name, content, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


class TestGoodUploads:
    def test_pdf_goes_into_moderation_with_its_text_extracted(
        self,
        member_client,
        bank,
        form_data,
        pdf_bytes,
        people,
        groups,
        django_capture_on_commit_callbacks,
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = member_client.post(
                bank.upload_url, form_data(file=upload("mijn motie.pdf", pdf_bytes))
            )
        assert response.status_code == 302
        assert response["Location"] == bank.mine_url
        motion = Motion.objects.get(title="Motie Schone lucht bij scholen")
        assert not motion.live
        assert motion.uploaded_by == people["member"]
        assert sorted(tag.name for tag in motion.tags.all()) == ["luchtkwaliteit", "scholen"]
        document = motion.original_file
        assert document.collection.name == "Motiebank"
        assert document.file.name.startswith("documents/motie-motie-schone-lucht-bij-scholen")
        assert document.file.name.endswith(".pdf")
        assert document.file_size == len(pdf_bytes)
        assert "de lucht vies is" in motion.extracted_text
        assert "de lucht vies is" in motion.latest_revision.content["extracted_text"]
        state = WorkflowState.objects.for_instance(motion).get()
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert state.workflow.name == "Moderatie motiebank"
        assert state.requested_by == people["member"]

    def test_docx_is_accepted_and_its_text_extracted(
        self, member_client, bank, form_data, django_capture_on_commit_callbacks
    ):
        content = docx_bytes("Constaterende dat de bus te duur is voor minima.")
        with django_capture_on_commit_callbacks(execute=True):
            response = member_client.post(
                bank.upload_url,
                form_data(
                    title="Motie Gratis bus",
                    file=upload("bus.docx", content, "application/octet-stream"),
                ),
            )
        assert response.status_code == 302
        motion = Motion.objects.get(title="Motie Gratis bus")
        assert motion.original_file.file.name.endswith(".docx")
        assert "bus te duur" in motion.extracted_text

    def test_text_without_file(self, member_client, bank, form_data):
        response = member_client.post(
            bank.upload_url,
            form_data(title="Motie Alleen tekst", operative_text="Verzoekt het college iets."),
        )
        assert response.status_code == 302
        motion = Motion.objects.get(title="Motie Alleen tekst")
        assert motion.original_file is None
        assert motion.operative_text == "Verzoekt het college iets."

    def test_the_file_name_is_ours_not_the_uploaders(
        self, member_client, bank, form_data, pdf_bytes, media_files
    ):
        before = media_files()
        response = member_client.post(
            bank.upload_url, form_data(file=upload("../../../../etc/cron.d/evil.pdf", pdf_bytes))
        )
        assert response.status_code == 302
        new = media_files() - before
        assert len(new) == 1
        (name,) = new
        assert name.startswith("documents/motie-") and ".." not in name and "evil" not in name

    def test_mail_to_the_member_and_the_editors(
        self, member_client, bank, form_data, people, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            member_client.post(
                bank.upload_url, form_data(operative_text="Verzoekt het college iets.")
            )
        recipients = {address for message in mail.outbox for address in message.to}
        assert people["member"].email in recipients
        assert people["editor"].email in recipients
        confirmation = next(m for m in mail.outbox if m.to == [people["member"].email])
        assert "Motie Schone lucht bij scholen" in confirmation.body
        assert bank.mine_url in confirmation.body


class FailingMailServer(BaseEmailBackend):
    def open(self):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class RefusingMailServer(BaseEmailBackend):
    def open(self):
        raise ConnectionRefusedError(111, "Connection refused")

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


@pytest.mark.parametrize("backend", [FailingMailServer, RefusingMailServer])
def test_a_failing_mail_server_does_not_break_the_submission(
    member_client,
    bank,
    form_data,
    settings,
    caplog,
    backend,
    people,
    django_capture_on_commit_callbacks,
):
    people["editor"].email = ""  # Wagtail's own notification is tested for the refusal
    people["editor"].save()
    settings.EMAIL_BACKEND = "clbsite.mail.ResilientEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = f"{__name__}.{backend.__name__}"
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            bank.upload_url, form_data(operative_text="Verzoekt het college iets.")
        )
    assert response.status_code == 302
    assert Motion.objects.filter(title="Motie Schone lucht bij scholen", live=False).exists()
    assert "E-mail could not be sent" in caplog.text


def test_wagtails_notification_survives_a_refused_connection(
    member_client, bank, form_data, settings, people, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "clbsite.mail.ResilientEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = f"{__name__}.RefusingMailServer"
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            bank.upload_url, form_data(operative_text="Verzoekt het college iets.")
        )
    assert response.status_code == 302
    assert WorkflowState.objects.filter(status="in_progress").count() == 1


# Refusals -------------------------------------------------------------------------------


def encrypted_pdf(pdf_bytes):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    writer.encrypt("geheim", algorithm="RC4-128")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def zip_bomb():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/media/image1.png", b"\0" * (5 * 1024 * 1024))
    return output.getvalue()


def too_many_entries():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(1100):
            archive.writestr(f"word/x{number}.xml", "")
    return output.getvalue()


def not_a_word_zip():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("readme.txt", "hallo")
    return output.getvalue()


def refusals(pdf):
    executable = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
    return {
        "renamed executable": (upload("motie.pdf", executable), "geen PDF of Word-document"),
        "elf binary as docx": (
            upload(
                "motie.docx",
                b"\x7fELF\x02\x01\x01" + b"\0" * 100,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
            "geen PDF of Word-document",
        ),
        "random bytes": (upload("motie.pdf", bytes(range(256)) * 8), "geen PDF of Word-document"),
        "html pretending": (
            upload("motie.pdf", b"<html><script>alert(1)</script>"),
            "geen PDF of Word-document",
        ),
        "truncated pdf": (upload("motie.pdf", pdf[: len(pdf) // 2]), "beschadigd of onvolledig"),
        "corrupt pdf": (
            upload("motie.pdf", b"%PDF-1.4\n" + b"garbage " * 300 + b"\n%%EOF\n"),
            "beschadigd of onvolledig",
        ),
        "encrypted pdf": (upload("motie.pdf", encrypted_pdf(pdf)), "beveiligd met een wachtwoord"),
        "docx zip bomb": (upload("motie.docx", zip_bomb()), "onredelijk grote hoeveelheid"),
        "zip with too many entries": (
            upload("motie.docx", too_many_entries()),
            "onredelijk grote hoeveelheid",
        ),
        "zip that is not word": (upload("motie.docx", not_a_word_zip()), "geen Word-document"),
        "corrupt docx": (upload("motie.docx", b"PK\x03\x04" + b"\0" * 300), "beschadigd"),
        "old word file": (
            upload("motie.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500),
            "oud Word-bestand",
        ),
        "empty file": (upload("motie.pdf", b""), "bestand is leeg"),
    }


REFUSALS = [
    "renamed executable",
    "elf binary as docx",
    "random bytes",
    "html pretending",
    "truncated pdf",
    "corrupt pdf",
    "encrypted pdf",
    "docx zip bomb",
    "zip with too many entries",
    "zip that is not word",
    "corrupt docx",
    "old word file",
    "empty file",
]


@pytest.mark.parametrize("case", REFUSALS)
def test_bad_files_are_refused_and_nothing_is_saved(
    member_client,
    bank,
    form_data,
    pdf_bytes,
    media_files,
    case,
    django_capture_on_commit_callbacks,
):
    uploaded, message = refusals(pdf_bytes)[case]
    before = media_files()
    documents, motions = Document.objects.count(), Motion.objects.count()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = member_client.post(bank.upload_url, form_data(file=uploaded))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Controleer het formulier" in html
    assert message in html
    assert Document.objects.count() == documents
    assert Motion.objects.count() == motions
    assert media_files() == before
    assert callbacks == []


def test_an_oversized_file_is_refused(
    member_client, bank, form_data, pdf_bytes, media_files, settings
):
    settings.MOTION_UPLOAD_MAX_BYTES = len(pdf_bytes) - 1
    before = media_files()
    response = member_client.post(bank.upload_url, form_data(file=upload("m.pdf", pdf_bytes)))
    assert response.status_code == 400
    assert "Het bestand is te groot" in response.content.decode()
    assert not Motion.objects.exists()
    assert media_files() == before


def test_the_default_size_limit_is_ten_megabytes(settings):
    from motionbank.uploads import max_upload_bytes

    assert max_upload_bytes() == 10 * 1024 * 1024


def test_file_or_text_is_required(member_client, bank, form_data):
    response = member_client.post(bank.upload_url, form_data())
    assert response.status_code == 400
    assert "Voeg een bestand toe (PDF of Word) of vul de tekst" in response.content.decode()
    assert not Motion.objects.exists()


def test_a_failure_while_saving_leaves_nothing_behind(
    member_client, bank, form_data, pdf_bytes, media_files, monkeypatch
):
    import motionbank.submissions

    def broken(motion, user):
        raise RuntimeError("workflow kapot")

    monkeypatch.setattr(motionbank.submissions, "start_moderation", broken)
    before = media_files()
    with pytest.raises(RuntimeError):
        member_client.post(bank.upload_url, form_data(file=upload("m.pdf", pdf_bytes)))
    assert not Motion.objects.exists()
    assert not Document.objects.exists()
    assert media_files() == before


# Defaults, adapting, similar motions ---------------------------------------------------------


def test_defaults_come_from_the_member_record(member_client, bank, breda):
    html = member_client.get(bank.upload_url).content.decode()
    assert f'<option value="{breda.pk}" selected>Breda</option>' in html
    assert f'value="{timezone.localdate():%Y-%m-%d}"' in html
    assert 'value="Lotte Lid"' in html


def test_adapting_prefills_the_form_with_the_members_own_body(member_client, bank, motion):
    html = member_client.get(f"{bank.upload_url}?gebaseerd_op={motion.pk}").content.decode()
    assert f'name="adapted_from" value="{motion.pk}"' in html
    assert 'value="Geen kind buiten spel"' in html
    assert "In Breda veel kinderen in armoede opgroeien" in html
    assert "Het college van Breda een kindpakket" in html
    assert "Tilburg veel kinderen" not in html


def test_adapted_from_is_saved(member_client, bank, form_data, motion):
    member_client.post(
        bank.upload_url,
        form_data(
            title="Kindpakket in Breda",
            adapted_from=str(motion.pk),
            operative_text="Een kindpakket in te voeren.",
        ),
    )
    assert Motion.objects.get(title="Kindpakket in Breda").adapted_from == motion


def test_adapted_from_cannot_point_at_a_motion_the_member_may_not_see(
    member_client, bank, form_data, make_motion, people
):
    hidden = make_motion(
        title="Concept van een ander", live=False, uploaded_by=people["other_member"]
    )
    member_client.post(
        bank.upload_url,
        form_data(title="Poging", adapted_from=str(hidden.pk), operative_text="Iets."),
    )
    assert Motion.objects.get(title="Poging").adapted_from is None


class TestSimilarWarning:
    def test_same_title_warns_and_saves_nothing_until_confirmed(
        self, member_client, bank, form_data, motion
    ):
        data = form_data(title="Geen kind  buiten spel!", operative_text="Iets anders doen.")
        response = member_client.post(bank.upload_url, data)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Lijkt hierop al een motie in de motiebank?" in html
        assert bank.motion_url(motion) in html
        assert "dezelfde titel" in html
        assert Motion.objects.count() == 1
        confirmed = member_client.post(bank.upload_url, {**data, "confirm_similar": "on"})
        assert confirmed.status_code == 302
        assert Motion.objects.count() == 2

    def test_nearly_the_same_text_warns(self, member_client, bank, form_data, make_motion):
        text = (
            "Constaterende dat veel huurders in de stad klagen over schimmel en vocht in hun "
            "woning en dat de verhuurder de klachten niet oplost binnen een redelijke termijn"
        )
        make_motion(title="Huurteam", findings=text)
        response = member_client.post(
            bank.upload_url,
            form_data(
                title="Iets heel anders",
                findings=text + ".",
                operative_text="- Er iets aan te doen.",
            ),
        )
        assert response.status_code == 200
        assert "grotendeels dezelfde tekst" in response.content.decode()

    def test_a_different_motion_does_not_warn(self, member_client, bank, form_data, motion):
        response = member_client.post(
            bank.upload_url,
            form_data(title="Gratis zwemles", operative_text="Zwemles voor alle kinderen."),
        )
        assert response.status_code == 302
