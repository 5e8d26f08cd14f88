"""
Registration on the site in a real browser: a visitor takes the only place of a
vakschool, a second lands on the waiting list, the first cancels through the link in
the confirmation mail, and the second moves up (mail and page). axe-core checks the
event page with the form, also with the form's error messages.
"""

import datetime
import re

from django.core import mail
from django.utils import timezone

from playwright.sync_api import expect

from agenda.models import Registration
from tests.factories.agenda import AgendaPageFactory, EventFactory

TITLE = "Raadsledenvakschool Zuid"


def register(page, name, email):
    page.get_by_label("Naam").fill(name)
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Functie").fill("Raadslid")
    page.get_by_label("Gemeente, provincie of waterschap").fill("Maastricht")
    page.get_by_role("button", name=re.compile(r"^Aanmelden")).click()


def test_registration_journey(new_page, live_server, settings, home_page, assert_accessible):
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    agenda = AgendaPageFactory(parent=home_page)
    event = EventFactory(
        title=TITLE,
        event_type="vakschool",
        start=timezone.now() + datetime.timedelta(days=20),
        registration_mode="site",
        capacity=1,
    )
    event_path = agenda.event_url(event)

    # The first visitor: the form, with messages for what is wrong, then the last place.
    first = new_page()
    first.goto(event_path)
    expect(first.locator("#registration-places")).to_contain_text("Nog 1 plaats vrij van de 1.")
    assert_accessible(first, "the event page with the registration form")
    register(first, "Anna Smit", "anna@")
    expect(first.locator(".form-errors")).to_contain_text("Dit is geen geldig e-mailadres")
    assert_accessible(first, "the registration form with errors")
    assert Registration.objects.count() == 0
    register(first, "Anna Smit", "anna@gemeente-test.nl")
    expect(first.locator(".messages")).to_contain_text("We hebben je aanmelding ontvangen")
    expect(first.locator("#registration-places")).to_contain_text("Vol")

    # The second visitor: the waiting list.
    second = new_page()
    second.goto(event_path)
    register(second, "Bram de Wit", "bram@gemeente-test.nl")
    expect(second.locator("#registration-places")).to_contain_text("(1 wachtende)")
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        "anna@gemeente-test.nl": f"Aangemeld: {TITLE}",
        "bram@gemeente-test.nl": f"Op de wachtlijst: {TITLE}",
    }

    # The first cancels through the link in her mail.
    confirmation = next(m for m in mail.outbox if m.to == ["anna@gemeente-test.nl"])
    link = re.search(r"https?://\S+/agenda/afmelden/\S+/", confirmation.body).group(0)
    mail.outbox.clear()
    first.goto(link)
    assert_accessible(first, "the cancel page")
    first.get_by_role("button", name="Ja, meld me af").click()
    expect(first.get_by_role("status")).to_contain_text("je bent afgemeld")

    # The waiting list moved: Bram has the place, by mail and on the page.
    assert sorted((m.to[0], m.subject) for m in mail.outbox) == [
        ("anna@gemeente-test.nl", f"Afgemeld: {TITLE}"),
        ("bram@gemeente-test.nl", f"Er is een plaats voor je: {TITLE}"),
    ]
    assert Registration.objects.get(email="bram@gemeente-test.nl").status == "bevestigd"
    second.goto(event_path)
    expect(second.locator("#registration-places")).to_contain_text("(0 wachtenden)")
