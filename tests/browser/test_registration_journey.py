"""
Issue 25's visitor journey in a real browser: a visitor signs up for the newsletter in
the footer of an event page and confirms from the mail, then takes the only place of a
vakschool; a second lands on the waiting list, the first cancels through the link in
the confirmation mail, and the second moves up (mail and page). axe-core checks the
event page with the form, also with the form's error messages.
"""

import datetime
import re

from django.core import mail
from django.utils import timezone

from playwright.sync_api import expect

from agenda.models import Registration
from newsletter.models import Subscriber
from tests.browser.conftest import login
from tests.factories.agenda import AgendaPageFactory, EventFactory
from tests.factories.motionbank import GoverningBodyFactory, MemberFactory
from tests.factories.newsletter import NewsletterIndexPageFactory
from tests.factories.users import PASSWORD

TITLE = "Raadsledenvakschool Zuid"


def register(page, name, email):
    form = page.locator("#aanmelden")  # the footer has the newsletter's form
    form.get_by_label("Naam").fill(name)
    form.get_by_label("E-mailadres").fill(email)
    form.get_by_label("Functie").fill("Raadslid")
    form.get_by_label("Gemeente, provincie of waterschap").fill("Maastricht")
    form.get_by_role("button", name=re.compile(r"^Aanmelden")).click()


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
    NewsletterIndexPageFactory(parent=home_page)

    # The first visitor subscribes to the newsletter in the footer and confirms.
    first = new_page()
    first.goto(event_path)
    footer = first.get_by_role("region", name="Nieuwsbrief Lokaal Bestuur")
    footer.get_by_label("E-mailadres").fill("anna@gemeente-test.nl")
    footer.get_by_role("button", name="Aanmelden").click()
    expect(first.get_by_role("heading", level=1)).to_have_text("Bijna aangemeld")
    [message] = mail.outbox
    link = re.search(r"https?://\S+/nieuwsbrief/bevestigen/\S+/", message.body).group(0)
    first.goto(link)
    expect(first.get_by_role("heading", level=1)).to_have_text("Aanmelding bevestigd")
    assert Subscriber.objects.get(email="anna@gemeente-test.nl").is_confirmed
    mail.outbox.clear()

    # Then the registration form, with messages for what is wrong, then the last place.
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


def test_a_member_registers_with_her_details_and_cancels_in_mijn_clb(
    new_page, live_server, settings, home_page
):
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    agenda = AgendaPageFactory(parent=home_page)
    event = EventFactory(
        title=TITLE,
        start=timezone.now() + datetime.timedelta(days=20),
        registration_mode="site",
        capacity=1,
    )
    body = GoverningBodyFactory(name="Heerlen")
    lotte = MemberFactory(
        user__username="lotte",
        user__first_name="Lotte",
        user__last_name="Jansen",
        user__email="lotte@clb-test.nl",
        function="wethouder",
        governing_body=body,
    ).user
    Registration.objects.create(event=event, name="Iemand", email="iemand@test.nl")

    page = new_page()
    login(page, "lotte", PASSWORD)
    page.goto(agenda.event_url(event))
    # Her details are filled in; her address is her account's.
    expect(page.get_by_label("Naam")).to_have_value("Lotte Jansen")
    expect(page.get_by_label("Functie")).to_have_value("Wethouder")
    expect(page.get_by_label("Gemeente, provincie of waterschap")).to_have_value("Heerlen")
    expect(
        page.get_by_text("Je meldt je aan met je e-mailadres lotte@clb-test.nl.")
    ).to_be_visible()
    page.locator("#aanmelden").get_by_role("button", name=re.compile(r"^Aanmelden")).click()
    expect(page.locator(".messages")).to_contain_text("je staat op de wachtlijst")

    # The first cancels by the link; Lotte moves up and sees it in Mijn CLB.
    first = new_page()
    first.goto(
        agenda.route_url(
            "cancel_registration", token=Registration.objects.get(email="iemand@test.nl").token
        )
    )
    first.get_by_role("button", name="Ja, meld me af").click()
    expect(first.get_by_role("status")).to_contain_text("je bent afgemeld")

    page.goto("/mijn-clb/#aanmeldingen")
    expect(page.locator("ul.registrations")).to_contain_text("aangemeld")
    page.locator("ul.registrations").get_by_role("button", name=re.compile(r"^Afmelden")).click()
    expect(page.locator(".messages")).to_contain_text("Je bent afgemeld voor")
    assert not Registration.objects.filter(user=lotte).active().exists()
