"""
The mail a member gets when editors approve their shared motion or send it back: written
for the member (Dutch, the title, a link to the motion on the site or to "Mijn bijdragen",
the editor's comment), with the site's configured address, sent after the commit; never
Wagtail's editor notice with its admin link.
"""

from django.core import mail
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected

import pytest

from motionbank import member_mail
from motionbank.models import Motion
from tests.factories.motionbank import MotionFactory

pytestmark = pytest.mark.django_db

PUBLIC = "https://www.clb.example.org"
TITLE = "Motie Gratis schoolontbijt"


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC


@pytest.fixture
def submitted(client, people, bank, breda, theme, django_capture_on_commit_callbacks):
    """A motion the member shared, in moderation; the outbox emptied after."""
    client.force_login(people["member"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            bank.upload_url,
            {
                "document_type": "motie",
                "title": TITLE,
                "governing_body": breda.pk,
                "date_submitted": "2025-03-10",
                "outcome": "aangenomen",
                "theme": theme.pk,
                "operative_text": "Verzoekt het college elke basisschool een ontbijt te bieden.",
            },
        )
    assert response.status_code == 302, response.content[:300]
    client.logout()
    mail.outbox.clear()
    return Motion.objects.get(title=TITLE)


def act(client, user, motion, action, comment, capture, execute=True):
    state = WorkflowState.objects.for_instance(motion).get(status="in_progress")
    url = reverse(
        "wagtailsnippets_motionbank_motion:workflow_action",
        args=(motion.pk, action, state.current_task_state.pk),
    )
    client.force_login(user)
    with capture(execute=execute) as callbacks:
        response = client.post(url, {"comment": comment})
    assert response.status_code in (200, 302)
    return callbacks


def to(user):
    return [message for message in mail.outbox if user.email in message.to]


def test_approved_mail_links_to_the_motion_on_the_site(
    client, people, bank, submitted, django_capture_on_commit_callbacks
):
    act(client, people["editor"], submitted, "approve", "", django_capture_on_commit_callbacks)
    submitted.refresh_from_db()
    assert submitted.live

    (message,) = to(people["member"])
    assert message.subject == f"Gepubliceerd in de motiebank: {TITLE}"
    assert "Beste Lotte," in message.body
    assert f"‘{TITLE}’ goedgekeurd" in message.body
    assert f"{PUBLIC}/motiebank/{submitted.pk}-{submitted.slug}/" in message.body
    assert "/admin/" not in message.body
    assert "localhost" not in message.body and "testserver" not in message.body
    # The link opens for the member: the motion's page.
    client.force_login(people["member"])
    path = f"/motiebank/{submitted.pk}-{submitted.slug}/"
    assert client.get(path).status_code == 200


def test_sent_back_mail_has_the_comment_and_links_to_my_submissions(
    client, people, bank, submitted, django_capture_on_commit_callbacks
):
    act(
        client,
        people["editor"],
        submitted,
        "reject",
        "Graag de indieners en de datum aanvullen.",
        django_capture_on_commit_callbacks,
    )
    (message,) = to(people["member"])
    assert message.subject == f"Teruggestuurd door de redactie: {TITLE}"
    assert "Opmerking van de redactie:\nGraag de indieners en de datum aanvullen." in message.body
    assert f"{PUBLIC}/motiebank/mijn-bijdragen/" in message.body
    assert "/admin/" not in message.body
    # Exactly one mail to the member: ours, not Wagtail's editor notice as well.
    assert len(to(people["member"])) == 1


def test_no_mail_before_the_commit(client, people, submitted, django_capture_on_commit_callbacks):
    callbacks = act(
        client,
        people["editor"],
        submitted,
        "approve",
        "",
        django_capture_on_commit_callbacks,
        execute=False,
    )
    assert to(people["member"]) == []
    assert callbacks  # waiting for the commit
    for callback in callbacks:
        callback()
    assert len(to(people["member"])) == 1


def test_a_motion_an_editor_put_in_moderation_keeps_wagtails_notice(
    client, people, bank, django_capture_on_commit_callbacks
):
    """Not a member's upload: the editor who asked gets Wagtail's own notice."""
    motion = MotionFactory(title="Motie van de redactie", live=False)
    motion.save_revision(user=people["editor"])
    motion.get_workflow().start(motion, people["editor"])
    mail.outbox.clear()
    act(client, people["superuser"], motion, "approve", "", django_capture_on_commit_callbacks)
    messages = to(people["editor"])
    assert messages, [m.to for m in mail.outbox]
    assert all("Gepubliceerd in de motiebank" not in m.subject for m in messages)


def test_a_member_without_e_mail_address_gets_nothing_and_nothing_breaks(
    client, people, submitted, django_capture_on_commit_callbacks
):
    people["member"].email = ""
    people["member"].save()
    act(client, people["editor"], submitted, "approve", "", django_capture_on_commit_callbacks)
    submitted.refresh_from_db()
    assert submitted.live
    assert all("Gepubliceerd in de motiebank" not in m.subject for m in mail.outbox)


def test_our_notifiers_take_the_place_of_wagtails():
    """Connected under Wagtail's dispatch_uid before wagtail.admin is ready; if the order
    of INSTALLED_APPS changed, Wagtail's would be connected instead and this fails."""
    approved = [receiver() for _key, receiver, *_rest in workflow_approved.receivers]
    rejected = [receiver() for _key, receiver, *_rest in workflow_rejected.receivers]
    assert member_mail.approval_notifier in approved
    assert member_mail.rejection_notifier in rejected
    assert not any(type(r).__name__ == "WorkflowStateApprovalEmailNotifier" for r in approved)
