"""
Faults the motion bank must survive without losing anything:

- the search engine hangs: a member's search answers from the database within the
  engine's timeout plus half a second, the cluster is left alone for the back-off time,
  and tried again after it (the production configuration, from the environment);
- index updates are lost (the task queue was emptied): `reconcile_index` finds the
  missing, stale and deleted entries, says so and repairs them;
- the task worker is stopped: a member's upload is accepted and shown under "Mijn
  bijdragen" while its text extraction (and the search index update) waits in the
  database queue; once the worker runs, the text is there and, after approval, members
  find the motion by words from its file;
- the mail server refuses connections, or accepts them and refuses the mail: an editor's
  approval (or request for changes) in the admin still goes through, and the failure is
  logged.
"""

import io
import logging
import re
import smtplib
import socket
import threading
import time

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from wagtail.models import WorkflowState

import environ
import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from clbsite.settings.search import search_backends_from_env
from home.demo.pdf import make_pdf
from motionbank.models import Motion
from search.backends.fallback import breaker
from search.engine import FALLBACK_NOTICE
from search.fastindex import registry
from tests.factories.motionbank import MotionFactory

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


# The search engine hangs ------------------------------------------------------------------


class LocalServer:
    """A TCP server on a free port of 127.0.0.1, accepting in a thread until close();
    subclasses say what happens to each connection (``accepted``)."""

    def __init__(self):
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.listener.settimeout(0.1)
        self.port = self.listener.getsockname()[1]
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while self.running:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                continue
            self.accepted(connection)

    def accepted(self, connection):
        raise NotImplementedError

    def close(self):
        self.running = False
        self.thread.join(timeout=2)
        self.listener.close()


class HangingServer(LocalServer):
    """A TCP server that accepts connections and never answers: a cluster that hangs
    (the worst case: a refused connection fails at once, this one waits for the timeout).
    Counts the connections, so a test can see whether the cluster was tried."""

    def __init__(self):
        self.connections = []
        super().__init__()

    def accepted(self, connection):
        self.connections.append(connection)  # held open, never answered

    def close(self):
        super().close()
        for held in self.connections:
            held.close()


ENGINE_TIMEOUT = 1.0
BACKOFF = 2.0


@pytest.fixture
def hanging_cluster(settings, monkeypatch):
    """The production search configuration (clbsite/settings/search.py, read from the
    environment as in production) pointed at a cluster that hangs."""
    server = HangingServer()
    monkeypatch.setenv("ELASTICSEARCH_URL", f"http://127.0.0.1:{server.port}")
    monkeypatch.setenv("ELASTICSEARCH_INDEX_PREFIX", "clb_faults_")
    monkeypatch.setenv("ELASTICSEARCH_TIMEOUT", str(ENGINE_TIMEOUT))
    monkeypatch.setenv("ELASTICSEARCH_BACKOFF", str(BACKOFF))
    backends = search_backends_from_env(environ.Env(), settings.DATABASES["default"])
    breaker.reset()
    yield server, backends
    breaker.reset()
    server.close()


def timed_search(client, bank, query):
    started = time.monotonic()
    response = client.get(bank.url, {"q": query})
    return response, time.monotonic() - started


def test_a_hanging_search_engine_is_answered_from_the_database_and_left_alone(
    hanging_cluster, settings, site, people, client_for, tilburg, theme
):
    server, backends = hanging_cluster
    MotionFactory(title="Motie Groene daken", governing_body=tilburg, theme=theme)
    member = client_for(people["member"])
    assert timed_search(member, site.bank, "daken")[0].status_code == 200  # warm up

    settings.WAGTAILSEARCH_BACKENDS = backends
    response, seconds = timed_search(member, site.bank, "daken")
    html = response.content.decode()
    assert response.status_code == 200
    # One wait for the engine, for the whole page (its count, results and every facet).
    assert seconds < ENGINE_TIMEOUT + 0.5, seconds
    assert len(server.connections) == 1  # tried once: no retries
    assert "Motie Groene daken" in html
    assert str(FALLBACK_NOTICE)[:40] in html

    # Backing off: the next searches do not try the cluster, and do not wait.
    for query in ("groene", "daken"):
        response, seconds = timed_search(member, site.bank, query)
        assert "Motie Groene daken" in response.content.decode()
        assert seconds < 0.5 + 0.5, seconds
    assert len(server.connections) == 1

    # After the back-off the cluster is tried again (once), still within the bound.
    time.sleep(BACKOFF + 0.1)
    response, seconds = timed_search(member, site.bank, "daken")
    assert "Motie Groene daken" in response.content.decode()
    assert seconds < ENGINE_TIMEOUT + 0.5, seconds
    assert len(server.connections) == 2


# Index updates are lost ---------------------------------------------------------------------


def test_reconcile_index_repairs_what_lost_index_updates_left_behind(
    settings, site, people, client_for, tilburg, theme
):
    renamed = MotionFactory(title="Motie Oude fietsenstalling", governing_body=tilburg, theme=theme)
    removed = MotionFactory(title="Motie Verdwenen kiosk", governing_body=tilburg, theme=theme)
    other = client_for(people["other_member"])
    assert found(other, site.bank, "kiosk") == ["Motie Verdwenen kiosk"]

    # The worker is stopped, and its queue is lost before it runs (emptied by hand, a
    # restore of an older backup...): the new motion and the new title never reach the
    # index. A motion deleted in SQL (no signals) leaves its index entry behind.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    MotionFactory(title="Motie Nieuwe speeltuin", governing_body=tilburg, theme=theme)
    renamed.title = "Motie Overdekte fietsenstalling"
    renamed.save()
    DBTaskResult.objects.all().delete()
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {Motion._meta.db_table} WHERE id = %s", [removed.pk])
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    registry.forget_checks()
    assert found(other, site.bank, "speeltuin") == []  # missing
    assert found(other, site.bank, "overdekte") == []  # stale
    assert found(other, site.bank, "oude") == ["Motie Overdekte fietsenstalling"]  # stale
    assert found(other, site.bank, "kiosk") == []  # deleted: never shown, but still indexed

    out = io.StringIO()
    call_command("reconcile_index", "--model", "motionbank.Motion", stdout=out)
    assert "motionbank.Motion: 1 ontbrekend, 1 verouderd, 1 verwijderd (hersteld)" in (
        out.getvalue()
    )
    registry.forget_checks()
    assert found(other, site.bank, "speeltuin") == ["Motie Nieuwe speeltuin"]
    assert found(other, site.bank, "overdekte") == ["Motie Overdekte fietsenstalling"]
    assert found(other, site.bank, "oude") == []
    out = io.StringIO()
    call_command("reconcile_index", "--model", "motionbank.Motion", stdout=out)
    assert "Alle indexen kloppen." in out.getvalue()


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


class RefusingSmtpServer(LocalServer):
    """A real SMTP server that greets, then refuses every message (550), like a server
    that does not relay for us or has blocked our address."""

    REPLIES = {
        b"EHLO": b"250 refuser.example\r\n",
        b"HELO": b"250 refuser.example\r\n",
        b"MAIL": b"550 5.7.1 Relaying denied\r\n",
        b"RSET": b"250 OK\r\n",
        b"NOOP": b"250 OK\r\n",
    }

    def __init__(self):
        self.refused = 0
        super().__init__()

    def accepted(self, connection):
        threading.Thread(target=self.talk, args=(connection,), daemon=True).start()

    def talk(self, connection):
        with connection, connection.makefile("rb") as lines:
            connection.sendall(b"220 refuser.example ESMTP\r\n")
            for line in lines:
                verb = line[:4].upper()
                if verb == b"QUIT":
                    connection.sendall(b"221 Bye\r\n")
                    return
                if verb == b"MAIL":
                    self.refused += 1
                connection.sendall(self.REPLIES.get(verb, b"502 5.5.2 Not implemented\r\n"))


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens here once the socket is closed


@pytest.fixture(params=["refusing backend", "smtp to a closed port", "smtp refusing mail"])
def refusing_mail(request, settings):
    settings.EMAIL_BACKEND = "clbsite.mail.ResilientEmailBackend"
    if request.param == "refusing backend":
        settings.EMAIL_DELIVERY_BACKEND = f"{__name__}.RefusingMailServer"
    elif request.param == "smtp refusing mail":
        server = RefusingSmtpServer()
        request.addfinalizer(server.close)
        settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_TIMEOUT = 2
        with (
            smtplib.SMTP("127.0.0.1", server.port, timeout=2) as smtp,
            pytest.raises(smtplib.SMTPSenderRefused),
        ):
            smtp.sendmail("a@clb.nl", ["b@clb.nl"], "Subject: x\r\n\r\ny")
        assert server.refused == 1
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
