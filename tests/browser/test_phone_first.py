"""
Search first, phone first: on a 390×844 phone the motion bank's first result and the
agenda's first event are within the first 900 px; the filters wait in a disclosure that
says how many are chosen; with JavaScript a ticked filter applies at once (the focus
comes back to it and the new count is read out), without it the button applies it.
"""

import re

from django.core.management import call_command

from playwright.sync_api import expect

from tests.browser.conftest import login

MEMBER = ("lid", "clb-lid-demo")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
FOLD = 900
SEARCH_LABEL = "Zoek op onderwerp, plaats of woorden uit de tekst"


def top(locator):
    """The top of an element in CSS px from the top of the page."""
    return locator.evaluate("e => e.getBoundingClientRect().top + window.scrollY")


def filters_summary(page):
    return page.locator("summary.filters-disclosure__summary")


def first_province(page):
    """The first province of the "Provincie" filter, and its label's name."""
    checkbox = page.get_by_role("group", name="Provincie", exact=True).get_by_role("checkbox").first
    name = checkbox.evaluate("e => e.labels[0].firstChild.textContent.trim()")
    return checkbox, name


def test_motion_bank_on_a_phone_searches_first_and_filters_in_a_disclosure(
    new_page, assert_accessible
):
    call_command("load_demo_content", verbosity=0)
    page = new_page(viewport=PHONE)
    login(page, *MEMBER)

    # The search box opens the page; what the bank is about comes after the results.
    page.goto("/motiebank/")
    field = page.get_by_label(SEARCH_LABEL)
    assert top(field) < FOLD / 1.5
    about = page.get_by_role("heading", name="Over de motiebank", exact=True)
    assert top(about) > top(page.locator(".search-results"))
    assert_accessible(page, "motion bank on a phone")

    field.fill("armoede")
    page.get_by_role("button", name="Zoeken", exact=True).click()
    expect(page).to_have_url(re.compile(r"[?&]q=armoede"))
    results = page.locator(".search-results > li")
    expect(results.first).to_be_visible()
    assert top(results.first) < FOLD, f"first result at {top(results.first)} px"
    everything = results.count()

    # Each result shows type, body, date and (not for written questions) the outcome.
    card = results.first.locator(".motion-meta")
    expect(card.locator(".motion-meta__type")).not_to_be_empty()
    expect(card.locator(".motion-meta__body")).not_to_be_empty()
    expect(card.locator("time")).to_have_attribute("datetime", re.compile(r"^\d{4}-\d\d-\d\d$"))
    for meta in page.locator(".search-results .motion-meta").all():
        kind = meta.locator(".motion-meta__type").inner_text()
        outcomes = meta.locator(".tag").count()
        assert outcomes == (0 if kind == "Schriftelijke vragen" else 1), kind

    # The filters are closed until asked for; the summary opens them with the keyboard.
    summary = filters_summary(page)
    expect(summary).to_have_text("Filters")
    expect(page.locator("#facet-provincie")).to_be_hidden()
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#facet-provincie")).to_be_visible()
    province, name = first_province(page)
    assert_accessible(page, "motion bank results on a phone, filters open")

    # With JavaScript, ticking a province applies it: the focus stays on it, the new
    # count is read out, the summary counts the filter, the first result still shows.
    province.click()
    expect(page).to_have_url(re.compile(r"[?&]provincie="))
    province, _ = first_province(page)
    expect(province).to_be_checked()
    expect(province).to_be_focused()
    expect(page.locator("form[data-filters] > p[role=status]")).to_have_text(
        re.compile(r"^\d+ (resultaat|resultaten) voor “armoede”\s*$")
    )
    expect(summary).to_have_text("Filters (1 actief)")
    expect(page.get_by_role("list", name="Gekozen filters")).to_contain_text(name)
    assert 0 < results.count() < everything
    assert top(results.first) > FOLD  # the open filters come first now
    page.get_by_role("link", name=re.compile(r"^Naar (de resultaten|het resultaat)")).click()
    expect(results.first).to_be_in_viewport()

    # Without JavaScript the "Filters toepassen" button applies the choice.
    plain = new_page(viewport=PHONE, java_script_enabled=False)
    login(plain, *MEMBER)
    plain.goto("/motiebank/?q=armoede")
    assert top(plain.locator(".search-results > li").first) < FOLD
    filters_summary(plain).click()
    province, name = first_province(plain)
    province.check()
    expect(plain).to_have_url(re.compile(r"[?&]q=armoede$"))  # nothing sent yet
    plain.get_by_role("button", name="Filters toepassen").click()
    expect(plain).to_have_url(re.compile(r"[?&]provincie="))
    expect(filters_summary(plain)).to_have_text("Filters (1 actief)")
    expect(plain.get_by_role("list", name="Gekozen filters")).to_contain_text(name)

    # On a desktop the filters stand open in the sidebar, next to the results.
    wide = new_page(viewport=DESKTOP)
    login(wide, *MEMBER)
    wide.goto("/motiebank/?q=armoede")
    expect(wide.get_by_role("group", name="Provincie", exact=True)).to_be_visible()
    first = wide.locator(".search-results > li").first
    assert top(first) < 600
    assert_accessible(wide, "motion bank results on a desktop")
    wide.goto("/motiebank/")
    assert_accessible(wide, "motion bank on a desktop")


def test_agenda_on_a_phone_shows_events_first(new_page, assert_accessible):
    call_command("load_demo_content", verbosity=0)
    page = new_page(viewport=PHONE)
    page.goto("/agenda/")
    events = page.locator(".event-item")
    expect(events.first).to_be_visible()
    assert top(events.first) < FOLD, f"first event at {top(events.first)} px"
    summary = filters_summary(page)
    expect(summary).to_have_text("Zoeken en filteren")
    expect(page.get_by_label("Zoeken in de agenda")).to_be_hidden()
    assert_accessible(page, "agenda on a phone")

    # Open, tick a kind of event: applied at once, counted in the summary.
    summary.click()
    webinar = page.get_by_role("group", name="Soort activiteit").get_by_role(
        "checkbox", name=re.compile(r"^Webinar")
    )
    webinar.click()
    expect(page).to_have_url(re.compile(r"[?&]soort=webinar"))
    expect(summary).to_have_text("Zoeken en filteren (1 actief)")
    expect(webinar).to_be_focused()
    for meta in events.locator(".event-item__meta").all_inner_texts():
        assert meta.startswith("Webinar"), meta
    assert_accessible(page, "filtered agenda on a phone")

    # Words wait for the button (or Enter), and count too.
    page.get_by_label("Zoeken in de agenda").fill("stikstof")
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page).to_have_url(re.compile(r"[?&]q=stikstof"))
    expect(summary).to_have_text("Zoeken en filteren (2 actief)")

    wide = new_page(viewport=DESKTOP)
    wide.goto("/agenda/")
    expect(wide.get_by_label("Zoeken in de agenda")).to_be_visible()
    assert top(wide.locator(".event-item").first) < 600
    assert_accessible(wide, "agenda on a desktop")
