"""
Saved-search alerts (motionbank.alerts, `send_saved_search_alerts`): digests received by
a real SMTP server (aiosmtpd on 127.0.0.1) through Django's SMTP backend.
"""

import datetime
import io
import re

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import pytest

from home.groups import MEMBER_GROUP
from home.models import MailPreferences
from motionbank import alerts
from motionbank.models import AlertSent, GoverningBody, SavedSearch
from tests.factories import UserFactory
from tests.factories.motionbank import MotionFactory, ThemeFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def zeeland(db):
    return GoverningBody.objects.get_or_create(
        code="GM0687", defaults={"name": "Middelburg", "province": "Zeeland"}
    )[0]


@pytest.fixture
def armoede(db):
    return ThemeFactory(name="Armoede", slug="armoede")


def publish(editor, **fields):
    """A motion published by an editor now (as the admin does)."""
    motion = MotionFactory(live=False, **fields)
    motion.save_revision(user=editor).publish(user=editor)
    motion.refresh_from_db()
    return motion


def save_search(user, name="Armoede in Zeeland", querystring="q=armoede&provincie=Zeeland"):
    search = SavedSearch.objects.create(
        user=user, name=name, querystring=querystring, frequency="dagelijks"
    )
    # saved a while ago: what is published from now on is new
    SavedSearch.objects.filter(pk=search.pk).update(created_at=timezone.now() - DAY)
    return search


def a_day_later():
    SavedSearch.objects.update(last_alert_at=timezone.now() - DAY)


def body(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def run():
    out = io.StringIO()
    call_command("send_saved_search_alerts", stdout=out)
    return out.getvalue()


@pytest.fixture
def members(people):
    return {
        "lotte": people["member"],
        "other": people["other_member"],
        "third": UserFactory(username="lid3", groups=[MEMBER_GROUP]),
        "non_member": people["non_member"],
    }


def test_digest_has_the_right_motions_for_the_right_members_once(
    bank, people, members, smtp, zeeland, armoede, breda
):
    editor = people["editor"]
    old = publish(editor, title="Armoedeval in Vlissingen", governing_body=zeeland)
    MotionFactory._meta.model.objects.filter(pk=old.pk).update(
        first_published_at=timezone.now() - 3 * DAY
    )
    save_search(members["lotte"])
    save_search(members["other"], name="Breda", querystring="q=armoede&orgaan=TS0758")
    save_search(members["non_member"])  # not a member (any more): never mailed
    hidden = MotionFactory(
        live=False, title="Armoede in Zeeland, nog een concept", governing_body=zeeland
    )
    new = publish(
        editor,
        title="Armoede in Middelburg aanpakken",
        governing_body=zeeland,
        theme=armoede,
        summary="Minder armoede in Zeeland.",
    )
    elsewhere = publish(editor, title="Armoede in Breda", governing_body=breda)

    run()

    lotte = smtp.to(members["lotte"].email)
    assert len(lotte) == 1
    text = body(lotte[0])
    assert "Armoede in Middelburg aanpakken" in text
    assert f"https://www.clb.test{bank.motion_url(new)}" in text
    assert "Middelburg" in text and "Motie" in text
    for absent in (old.title, hidden.title, elsewhere.title):
        assert absent not in text
    assert "== Armoede in Zeeland ==" in text
    unsubscribe = lotte[0]["List-Unsubscribe"].strip()
    assert re.fullmatch(r"<https://www\.clb\.test/mijn-clb/afmelden/[^/>]+/>", unsubscribe)
    assert lotte[0]["List-Unsubscribe-Post"].strip() == "List-Unsubscribe=One-Click"

    other = smtp.to(members["other"].email)
    assert len(other) == 1 and elsewhere.title in body(other[0])
    assert new.title not in body(other[0])
    assert smtp.to(members["non_member"].email) == []
    assert smtp.to(members["third"].email) == []  # no saved search

    # A second run, a day later, with nothing new: no mail at all.
    smtp.clear()
    a_day_later()
    run()
    assert smtp.messages == []

    # Something new: only that; the earlier one never again.
    newer = publish(editor, title="Armoede in Goes bestrijden", governing_body=zeeland)
    a_day_later()
    run()
    lotte = smtp.to(members["lotte"].email)
    assert len(lotte) == 1
    assert newer.title in body(lotte[0]) and new.title not in body(lotte[0])


def test_nothing_new_no_mail(bank, people, members, smtp, zeeland):
    save_search(members["lotte"])
    publish(people["editor"], title="Fietspaden in Middelburg", governing_body=zeeland)
    run()
    assert smtp.messages == []


def test_not_due_yet_and_never(bank, people, members, smtp, zeeland):
    search = save_search(members["lotte"])
    SavedSearch.objects.filter(pk=search.pk).update(last_alert_at=timezone.now())
    save_search(members["other"])
    SavedSearch.objects.filter(user=members["other"]).update(frequency="nooit")
    publish(people["editor"], title="Armoede in Zeeland", governing_body=zeeland)
    run()
    assert smtp.messages == []


def test_a_failing_member_does_not_stop_the_others_and_is_retried(
    bank, people, members, smtp, zeeland
):
    for member in ("lotte", "other", "third"):
        save_search(members[member])
    motion = publish(people["editor"], title="Armoede in Zeeland", governing_body=zeeland)
    smtp.refuse.add(members["other"].email)

    run()
    assert len(smtp.to(members["lotte"].email)) == 1
    assert len(smtp.to(members["third"].email)) == 1
    assert smtp.to(members["other"].email) == []
    assert AlertSent.objects.get(user=members["other"]).sent_at is None  # pending

    smtp.refuse.clear()
    smtp.clear()
    run()  # the same day: only the member whose mail failed
    assert [rcpts for rcpts, _m in smtp.messages] == [[members["other"].email]]
    assert motion.title in body(smtp.messages[0][1])
    assert AlertSent.objects.filter(sent_at__isnull=True).count() == 0


def test_an_interrupted_run_started_again_sends_nothing_twice(
    bank, people, members, smtp, zeeland, monkeypatch
):
    for member in ("lotte", "other", "third"):
        save_search(members[member])
    publish(people["editor"], title="Armoede in Zeeland", governing_body=zeeland)
    real = alerts.digest_message
    made = []

    def stop_at_the_second(user, groups, **kwargs):
        made.append(user)
        if len(made) == 2:
            raise KeyboardInterrupt  # the run is killed half-way
        return real(user, groups, **kwargs)

    monkeypatch.setattr(alerts, "digest_message", stop_at_the_second)
    with pytest.raises(KeyboardInterrupt):
        run()
    assert len(smtp.messages) == 1
    first = smtp.messages[0][0]

    monkeypatch.setattr(alerts, "digest_message", real)
    run()
    received = [rcpts[0] for rcpts, _m in smtp.messages]
    assert sorted(received) == sorted(
        m.email for m in (members["lotte"], members["other"], members["third"])
    )
    assert received.count(first[0]) == 1


def test_the_mail_setting_and_unsubscribe_link_stop_the_mails(bank, people, members, smtp, zeeland):
    save_search(members["lotte"])
    save_search(members["other"])
    MailPreferences.objects.create(user=members["other"], alerts=False)
    publish(people["editor"], title="Armoede in Zeeland", governing_body=zeeland)
    run()
    assert [rcpts for rcpts, _m in smtp.messages] == [[members["lotte"].email]]
    link = (
        smtp.messages[0][1]["List-Unsubscribe"]
        .strip()
        .strip("<>")
        .replace("https://www.clb.test", "")
    )
    response = Client(enforce_csrf_checks=True).post(link, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200

    smtp.clear()
    publish(people["editor"], title="Nog meer armoede in Zeeland", governing_body=zeeland)
    a_day_later()
    run()
    assert smtp.messages == []


def test_staff_test_digest_goes_to_themselves_without_bookkeeping(
    bank, people, smtp, zeeland, client
):
    editor = people["editor"]
    publish(editor, title="Armoede in Zeeland", governing_body=zeeland)
    save_search(editor)
    count = alerts.send_test_digest(editor)
    assert count == 1
    assert [rcpts for rcpts, _m in smtp.messages] == [[editor.email]]
    assert "Testdigest" in smtp.messages[0][1]["Subject"]
    assert not AlertSent.objects.exists()


def test_locmem_digest_has_html_and_text(bank, people, members, settings, zeeland):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    save_search(members["lotte"])
    publish(people["editor"], title="Armoede in Zeeland", governing_body=zeeland)
    run()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [members["lotte"].email]
    assert message.alternatives[0][1] == "text/html"
    assert "Armoede in Zeeland" in message.alternatives[0][0]


def test_staff_see_counts_only_and_send_themselves_a_test_digest(
    bank, people, members, smtp, zeeland, client
):
    save_search(members["lotte"], name="Geheime zoekopdracht")
    save_search(members["other"])
    MailPreferences.objects.create(user=members["other"], alerts=False)
    client.force_login(people["editor"])
    response = client.get("/admin/motiebank/zoekopdrachten/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Geheime zoekopdracht" not in html and members["lotte"].username not in html
    counts = re.findall(r"<th scope=\"row\">([^<]+)</th><td data-count>(\d+)</td>", html)
    counts = dict(counts)
    assert counts["Leden met bewaarde zoekopdrachten"] == "2"
    assert counts["Leden die meldingen krijgen"] == "1"

    publish(people["editor"], title="Armoede in Zeeland", governing_body=zeeland)
    save_search(people["editor"])
    response = client.post("/admin/motiebank/zoekopdrachten/")
    assert response.status_code == 302
    assert [rcpts for rcpts, _m in smtp.messages] == [[people["editor"].email]]

    client.force_login(members["lotte"])
    assert client.get("/admin/motiebank/zoekopdrachten/").status_code == 302
