"""
axe-core (WCAG 2.1 A and AA) on every kind of page of the demo site, for an anonymous
visitor and for a member: no serious or critical violations anywhere. One demo load per
test; each page is checked as it is, and again after the interaction that changes it
(filters applied, a form sent back with errors).
"""

from django.core.management import call_command

from playwright.sync_api import expect

from motionbank.models import Motion
from tests.browser.conftest import login

MEMBER = ("lid", "clb-lid-demo")

PUBLIC_PAGES = {
    "home page": "/",
    "standard page": "/over-het-clb/",
    "accessibility statement": "/over-het-clb/toegankelijkheid/",
    "network index": "/netwerken/",
    "network page": "/netwerken/wethouders/",
    "training index": "/scholing/",
    "training track": "/scholing/jan-schaperleergang/",
    "research index": "/onderzoek/",
    "research project": "/onderzoek/afgehaakt-nederland/",
    "guidance index": "/handreikingen/",
    "guidance document": "/handreikingen/armoede/",
    "site search results": "/zoeken/?q=armoede",
    "site search without results": "/zoeken/?q=qwxzyv",
    "agenda": "/agenda/",
    "agenda with filters": "/agenda/?soort=webinar&vorm=online",
    "agenda archive": "/agenda/archief/",
    "news archive": "/nieuws/",
    "news archive filtered": "/nieuws/?thema=wonen&jaar=2026",
    "news article": "/nieuws/burgemeestersdag-over-ondermijning/",
    "login page": "/account/inloggen/",
    "password reset": "/account/wachtwoord-vergeten/",
    "motion bank for a visitor (sent to the login page)": "/motiebank/",
}


def check(page, assert_accessible, label, url, status=200):
    response = page.goto(url)
    assert response.status == status, f"{label}: {url} answered {response.status}"
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    assert_accessible(page, f"{label} ({url})")


def test_public_pages_are_accessible(page, assert_accessible):
    call_command("load_demo_content", verbosity=0)
    page.goto("/agenda/")
    event_url = page.locator(".event-item").first.get_by_role("link").first.get_attribute("href")
    pages = {**PUBLIC_PAGES, "event page": event_url}
    for label, url in pages.items():
        check(page, assert_accessible, label, url)
    check(page, assert_accessible, "404 page", "/bestaat-niet/", status=404)

    # Forms sent back with errors.
    page.goto("/account/inloggen/")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.locator(".error, .form-errors").first).to_be_visible()
    assert_accessible(page, "login page with errors")
    page.goto("/account/wachtwoord-vergeten/")
    page.get_by_role("main").get_by_role("textbox").fill("geen-adres")
    page.get_by_role("button", name="Stuur de link").click()
    expect(page.locator(".error, .form-errors").first).to_be_visible()
    assert_accessible(page, "password reset with errors")


def test_member_pages_are_accessible(page, assert_accessible):
    call_command("load_demo_content", verbosity=0)
    login(page, *MEMBER)
    motion = Motion.objects.filter(live=True, original_file__isnull=False).first()
    own = Motion.objects.filter(uploaded_by__username=MEMBER[0], live=False).first()
    pages = {
        "home page as a member": "/",
        "motion bank search": "/motiebank/",
        "motion bank results": "/motiebank/?q=college",
        "motion bank filtered": "/motiebank/?q=college&provincie=Zuid-Holland&uitslag=aangenomen",
        "motion bank without results": "/motiebank/?q=qwxzyv",
        "motion page": f"/motiebank/{motion.pk}-{motion.slug}/",
        "upload page": "/motiebank/delen/",
        "adapt a motion": f"/motiebank/delen/?gebaseerd_op={motion.pk}",
        "my submissions": "/motiebank/mijn-bijdragen/",
        "agenda feed page": "/agenda/mijn-agenda-feed/",
    }
    if own is not None:
        pages["own motion in moderation"] = f"/motiebank/{own.pk}-{own.slug}/"
    for label, url in pages.items():
        check(page, assert_accessible, label, url)

    # The copy button's status message, and the upload form sent back with errors.
    page.goto(pages["motion page"])
    page.get_by_role("button", name="Kopieer tekst").click()
    expect(page.locator(".copy-status")).not_to_be_empty()
    assert_accessible(page, "motion page after copying")
    page.goto("/motiebank/delen/")
    page.get_by_role("button", name="Versturen naar de redactie").click()
    expect(page.locator(".field--error").first).to_be_visible()
    assert_accessible(page, "upload page with errors")
