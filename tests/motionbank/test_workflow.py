"""
Moderation, end to end: a member shares a motion, an editor approves it (or sends it
back) in Wagtail's admin, and only then do members find it in the bank. "Mijn bijdragen"
follows every step.
"""

import re

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import WorkflowState

import pytest

from motionbank.models import Motion

pytestmark = pytest.mark.django_db

TITLE = "Motie Warme maaltijd op school"


@pytest.fixture
def submitted(client, people, bank, breda, theme, pdf_bytes, django_capture_on_commit_callbacks):
    """A PDF motion shared by the member, in moderation."""
    client.force_login(people["member"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            bank.upload_url,
            {
                "document_type": "motie",
                "title": TITLE,
                "governing_body": breda.pk,
                "date_submitted": "2024-09-19",
                "outcome": "aangenomen",
                "theme": theme.pk,
                "operative_text": "Verzoekt het college elke school een warme maaltijd te bieden.",
                "file": SimpleUploadedFile("m.pdf", pdf_bytes, content_type="application/pdf"),
            },
        )
    assert response.status_code == 302
    client.logout()
    return Motion.objects.get(title=TITLE)


def search_titles(client, bank, query):
    html = client.get(bank.url, {"q": query}).content.decode()
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def workflow_action_url(motion, action):
    state = WorkflowState.objects.for_instance(motion).get(status="in_progress")
    return reverse(
        "wagtailsnippets_motionbank_motion:workflow_action",
        args=(motion.pk, action, state.current_task_state.pk),
    )


def states(client, bank):
    html = client.get(bank.mine_url).content.decode()
    return re.findall(r'<span class="tag tag--state-[^"]+">([^<]+)</span>', html)


def test_editors_are_told_by_mail(submitted, people):
    subjects = [m.subject for m in mail.outbox if people["editor"].email in m.to]
    assert subjects, [m.to for m in mail.outbox]


def test_upload_approve_then_found(client, people, bank, submitted, groups):
    client.force_login(people["other_member"])
    assert TITLE not in search_titles(client, bank, "maaltijd")

    client.force_login(people["member"])
    assert states(client, bank) == ["In behandeling"]

    client.force_login(people["editor"])
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert TITLE in dashboard.content.decode()  # the editor's "awaiting your review" panel
    response = client.post(workflow_action_url(submitted, "approve"), {"comment": ""})
    assert response.status_code in (200, 302)

    submitted.refresh_from_db()
    assert submitted.live
    assert "de lucht vies is" in submitted.extracted_text  # kept through publishing
    assert WorkflowState.objects.for_instance(submitted).get().status == "approved"

    client.force_login(people["other_member"])
    assert TITLE in search_titles(client, bank, "maaltijd")
    assert TITLE in search_titles(client, bank, "lucht")  # words from the PDF

    client.force_login(people["member"])
    assert states(client, bank) == ["Gepubliceerd"]


def test_sent_back_with_a_comment(client, people, bank, submitted, groups):
    client.force_login(people["editor"])
    response = client.post(
        workflow_action_url(submitted, "reject"), {"comment": "Graag de indieners aanvullen."}
    )
    assert response.status_code in (200, 302)
    submitted.refresh_from_db()
    assert not submitted.live

    client.force_login(people["member"])
    html = client.get(bank.mine_url).content.decode()
    assert "Teruggestuurd of afgewezen" in html
    assert "Graag de indieners aanvullen." in html

    client.force_login(people["other_member"])
    assert TITLE not in search_titles(client, bank, "maaltijd")


def test_members_cannot_approve(client, people, submitted, groups):
    client.force_login(people["other_member"])
    response = client.post(workflow_action_url(submitted, "approve"), {"comment": ""})
    assert response.status_code in (302, 403)
    submitted.refresh_from_db()
    assert not submitted.live


def test_the_workflow_is_assigned_to_motions(submitted):
    workflow = submitted.get_workflow()
    assert workflow.name == "Moderatie motiebank"
    (task,) = [task.specific for task in workflow.tasks]
    assert [group.name for group in task.groups.all()] == ["Redactie"]
