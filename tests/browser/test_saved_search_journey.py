"""
Issue 24's acceptance in a real browser: the demo member "lid" saves the search
"armoede" in Zeeland with a daily alert and keeps two motions; the editor publishes a new
Zeeland motion on armoede; `send_saved_search_alerts` mails the member exactly that
motion, once; the mail's link opens the motion; the unsubscribe link stops the next mail.
"""

import datetime
import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from playwright.sync_api import expect

from motionbank.models import GoverningBody, Motion, SavedMotion, SavedSearch, Theme
from tests.browser.conftest import login

MEMBER = ("lid", "clb-lid-demo")
TITLE = "Armoedepact Middelburg"


def publish_as_editor(title):
    editor = get_user_model().objects.get(username="redactie")
    motion = Motion.objects.create(
        title=title,
        document_type="motie",
        date_submitted=timezone.localdate(),
        governing_body=GoverningBody.objects.get(code="GM0687"),
        theme=Theme.objects.get(slug="armoede-en-schulden"),
        summary="Een pact tegen armoede in Zeeland.",
        operative_text="- Samen met Zeeuwse organisaties de armoede te halveren.",
        live=False,
    )
    motion.save_revision(user=editor).publish(user=editor)
    return motion


def links(text):
    return re.findall(r"https?://\S+", text)


def test_saved_search_alert_journey(new_page, live_server, settings):
    call_command("load_demo_content", verbosity=0)
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    page = new_page()
    login(page, *MEMBER)

    # Keep two motions: one from the results, one from its page.
    page.goto("/motiebank/?q=kind")
    page.locator(".search-results .motion-card__save button").first.click()
    expect(page.locator(".messages")).to_contain_text("is bewaard bij Mijn CLB")
    page.locator(".search-results .card__title a").nth(1).click()
    page.get_by_role("button", name=re.compile(r"^Bewaar")).click()
    expect(page.locator(".messages")).to_contain_text("is bewaard bij Mijn CLB")

    # Save "armoede" in Zeeland with a daily alert.
    page.goto("/motiebank/?q=armoede&provincie=Zeeland")
    page.get_by_text("Bewaar deze zoekopdracht").click()
    page.get_by_label("Naam").fill("Armoede in Zeeland")
    page.get_by_label("E-mail met nieuwe moties").select_option("dagelijks")
    page.get_by_role("button", name="Bewaren").click()

    page.goto("/mijn-clb/")
    expect(page.get_by_role("link", name="Armoede in Zeeland")).to_be_visible()
    assert SavedMotion.objects.filter(user__username="lid").count() == 2
    SavedSearch.objects.update(created_at=timezone.now() - datetime.timedelta(days=1))

    motion = publish_as_editor(TITLE)
    mail.outbox.clear()
    call_command("send_saved_search_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert TITLE in message.body
    assert message.body.count(TITLE) == 1
    motion_link = next(link for link in links(message.body) if f"/{motion.pk}-" in link)
    page.goto(motion_link)
    expect(page.get_by_role("heading", level=1, name=TITLE)).to_be_visible()

    # The next run, a day later, sends it never again; the unsubscribe link stops the rest.
    SavedSearch.objects.update(last_alert_at=timezone.now() - datetime.timedelta(days=1))
    call_command("send_saved_search_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
    unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
    anonymous = new_page()
    anonymous.goto(unsubscribe)
    anonymous.get_by_role("button", name="Afmelden").click()
    expect(anonymous.get_by_role("status")).to_contain_text("Je bent afgemeld")
    publish_as_editor("Armoedepact Vlissingen")
    SavedSearch.objects.update(last_alert_at=timezone.now() - datetime.timedelta(days=1))
    call_command("send_saved_search_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
