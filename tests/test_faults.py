"""
Faults the motion bank must survive without losing anything:

- the task worker is stopped: a member's upload is accepted and shown under "Mijn
  bijdragen" while its text extraction (and the search index update) waits in the
  database queue; once the worker runs, the text is there and, after approval, members
  find the motion by words from its file;
- the mail server refuses connections: an editor's approval (or request for changes)
  in the admin still goes through, and the failure is logged.
"""

import logging
import re
import smtplib
import socket

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import WorkflowState

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from home.demo.pdf import make_pdf
from motionbank.models import Motion

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media_root")]

TITLE = "Motie Groene schoolpleinen"
PDF_WORD = "tegelwipper"  # only in the PDF, not in the form


def share(client, bank, tilburg, theme, capture):
    pdf = make_pdf(TITLE, [f"Constaterende dat elke {PDF_WORD} telt.", "Verzoekt het college."])
    with capture(execute=True):
        response = client.post(
            bank.upload_url,
            {
                "document_type": "motie",
                "title": TITLE,
                "governing_body": tilburg.pk,
                "date_submitted": "2024-10-03",
                "outcome": "aangenomen",
                "theme": theme.pk,
                "file": SimpleUploadedFile("motie.pdf", pdf, content_type="application/pdf"),
            },
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Motion.objects.get(title=TITLE)


def approve(client, motion):
    state = WorkflowState.objects.for_instance(motion).get(status="in_progress")
    url = reverse(
        "wagtailsnippets_motionbank_motion:workflow_action",
        args=(motion.pk, "approve", state.current_task_state.pk),
    )
    return client.post(url, {"comment": ""})


def found(client, bank, query):
    html = client.get(bank.url, {"q": query}).content.decode()
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


# The task worker is stopped ----------------------------------------------------------------


@pytest.fixture
def database_tasks(settings, monkeypatch):
    """Tasks go to the database queue (as in production) and wait for a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The worker checks its database connection between tasks, as a long-running process
    # should; inside a test's transaction that would close the test's own connection.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


def run_worker():
    """What `manage.py db_worker` does once started: work through the queue, then stop."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", "--queue-name", "*")


def waiting(task_name):
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, task_path__endswith=task_name
    ).count()


def test_uploads_wait_for_the_worker_and_are_found_once_it_ran(
    database_tasks, site, people, client_for, tilburg, theme, django_capture_on_commit_callbacks
):
    member = client_for(people["member"])
    motion = share(member, site.bank, tilburg, theme, django_capture_on_commit_callbacks)

    # Accepted: the member sees it, in moderation, while the extraction waits.
    mine = member.get(site.bank.mine_url).content.decode()
    assert TITLE in mine
    assert "In behandeling" in mine
    motion.refresh_from_db()
    assert motion.extracted_text == ""
    assert waiting("extract_motion_text") == 1
    assert waiting("insert_or_update_object_task") >= 1

    run_worker()
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).exists()
    motion.refresh_from_db()
    assert PDF_WORD in motion.extracted_text
    assert PDF_WORD in motion.latest_revision.content["extracted_text"]

    # An editor approves; publishing queues the index update, which the worker does.
    response = approve(client_for(people["editor"]), motion)
    assert response.status_code in (200, 302)
    motion.refresh_from_db()
    assert motion.live
    assert PDF_WORD in motion.extracted_text  # publishing the revision kept the text
    run_worker()
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).exists()

    other = client_for(people["other_member"])
    assert TITLE in found(other, site.bank, PDF_WORD)
    assert "Gepubliceerd" in client_for(people["member"]).get(site.bank.mine_url).content.decode()


def test_approved_before_the_worker_ran_it_becomes_searchable_once_it_runs(
    database_tasks, site, people, client_for, tilburg, theme, django_capture_on_commit_callbacks
):
    member = client_for(people["member"])
    motion = share(member, site.bank, tilburg, theme, django_capture_on_commit_callbacks)
    assert approve(client_for(people["editor"]), motion).status_code in (200, 302)
    motion.refresh_from_db()
    assert motion.live
    other = client_for(people["other_member"])
    # Live, but the index update and the file's text wait for the worker.
    assert TITLE not in found(other, site.bank, "schoolpleinen")
    assert TITLE not in found(other, site.bank, PDF_WORD)

    run_worker()
    motion.refresh_from_db()
    assert motion.live
    assert PDF_WORD in motion.extracted_text
    assert TITLE in found(other, site.bank, "schoolpleinen")
    assert TITLE in found(other, site.bank, PDF_WORD)


def test_nothing_is_lost_when_the_worker_starts_late_with_several_uploads(
    database_tasks, site, people, client_for, tilburg, theme, django_capture_on_commit_callbacks
):
    member = client_for(people["member"])
    titles = []
    for number in range(3):
        pdf = make_pdf(f"Motie {number}", [f"Constaterende dat woord{number}x bestaat."])
        with django_capture_on_commit_callbacks(execute=True):
            response = member.post(
                site.bank.upload_url,
                {
                    "document_type": "motie",
                    "title": f"Motie Wachtrij {number}",
                    "governing_body": tilburg.pk,
                    "date_submitted": "2024-10-03",
                    "outcome": "onbekend",
                    "theme": theme.pk,
                    "confirm_similar": "on",
                    "file": SimpleUploadedFile("m.pdf", pdf, content_type="application/pdf"),
                },
            )
        assert response.status_code == 302
        titles.append(f"Motie Wachtrij {number}")
    assert waiting("extract_motion_text") == 3
    run_worker()
    for number, title in enumerate(titles):
        assert f"woord{number}x" in Motion.objects.get(title=title).extracted_text
    assert waiting("") == 0


# The mail server refuses ------------------------------------------------------------------


class RefusingMailServer(BaseEmailBackend):
    def open(self):
        raise ConnectionRefusedError(111, "Connection refused")

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens here once the socket is closed


@pytest.fixture(params=["refusing backend", "smtp to a closed port"])
def refusing_mail(request, settings):
    settings.EMAIL_BACKEND = "clbsite.mail.ResilientEmailBackend"
    if request.param == "refusing backend":
        settings.EMAIL_DELIVERY_BACKEND = f"{__name__}.RefusingMailServer"
    else:
        settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = closed_port()
        settings.EMAIL_TIMEOUT = 2
        with pytest.raises(OSError), smtplib.SMTP("127.0.0.1", settings.EMAIL_PORT, timeout=2):
            pass
    return request.param


def test_an_editors_approval_survives_a_refusing_mail_server(
    refusing_mail,
    site,
    people,
    client_for,
    tilburg,
    theme,
    caplog,
    django_capture_on_commit_callbacks,
):
    member = client_for(people["member"])
    with caplog.at_level(logging.ERROR, logger="clbsite.mail"):
        motion = share(member, site.bank, tilburg, theme, django_capture_on_commit_callbacks)
        editor = client_for(people["editor"])
        with django_capture_on_commit_callbacks(execute=True):
            response = approve(editor, motion)
    assert response.status_code in (200, 302)
    motion.refresh_from_db()
    assert motion.live
    assert WorkflowState.objects.for_instance(motion).get().status == "approved"
    assert "could not be" in caplog.text  # logged, not raised
    assert TITLE in found(client_for(people["other_member"]), site.bank, "schoolpleinen")


def test_requesting_changes_survives_a_refusing_mail_server(
    refusing_mail, site, people, client_for, tilburg, theme, django_capture_on_commit_callbacks
):
    member = client_for(people["member"])
    motion = share(member, site.bank, tilburg, theme, django_capture_on_commit_callbacks)
    state = WorkflowState.objects.for_instance(motion).get(status="in_progress")
    editor = client_for(people["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse(
                "wagtailsnippets_motionbank_motion:workflow_action",
                args=(motion.pk, "reject", state.current_task_state.pk),
            ),
            {"comment": "Graag de indieners aanvullen."},
        )
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == "needs_changes"
    html = client_for(people["member"]).get(site.bank.mine_url).content.decode()
    assert "Graag de indieners aanvullen." in html
