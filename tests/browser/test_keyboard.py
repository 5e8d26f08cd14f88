"""The motion bank's search with the keyboard only: every focus stop is visible."""

import re

from django.core.management import call_command

from playwright.sync_api import expect

from tests.browser.conftest import assert_focus_visible, login, tab_to

MEMBER = ("lid", "clb-lid-demo")


def focused(page):
    return page.evaluate("() => document.activeElement.id || document.activeElement.tagName")


def test_motion_bank_search_with_the_keyboard_only(page):
    call_command("load_demo_content", verbosity=0)
    login(page, *MEMBER)
    page.goto("/motiebank/")
    search = page.get_by_role("search", name="Zoeken in de motiebank")
    field = search.get_by_label("Zoek op onderwerp, plaats of woorden uit de tekst")

    # The first stop is the skip link; it takes the focus to the content.
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Direct naar de inhoud")
    expect(skip_link).to_be_focused()
    assert_focus_visible(page)
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert focused(page) == "inhoud"

    # From the content, on to the search field: type and submit with Enter on the button.
    tab_to(page, field)
    page.keyboard.type("college")
    tab_to(page, search.get_by_role("button", name="Zoeken", exact=True))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q=college"))
    expect(page.locator(".result-count")).to_contain_text("voor “college”")
    everything = page.locator(".search-results > li").count()

    # A filter: Space ticks the checkbox and applies it at once; on the new page the
    # focus is back on that checkbox.
    province = page.get_by_role("group", name="Provincie").get_by_role(
        "checkbox", name=re.compile(r"^Zuid-Holland")
    )
    tab_to(page, province, max_presses=120)
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(r"[?&]provincie=Zuid-Holland"))
    expect(province).to_be_checked()
    expect(province).to_be_focused()
    assert_focus_visible(page)
    expect(page.get_by_role("list", name="Gekozen filters")).to_contain_text("Zuid-Holland")
    results = page.locator(".search-results .card__title a")
    assert 0 < results.count() < everything

    # A result: reached with Tab, back with Shift+Tab, forward again, opened with Enter.
    first = results.first
    title = first.inner_text()
    tab_to(page, first, max_presses=150)
    before = page.get_by_role("link", name=re.compile(r"\(filter verwijderen\)")).last
    tab_to(page, before, backwards=True, max_presses=10)
    tab_to(page, first, max_presses=10)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()

    # On the motion page, the copy button and the Word download are reachable too.
    tab_to(page, page.get_by_role("button", name="Kopieer tekst"), max_presses=80)
    tab_to(page, page.get_by_role("button", name="Download als Word"), max_presses=6)
