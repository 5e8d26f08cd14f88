"""A public visitor finds their way around the demo site in a real browser."""

import re
from pathlib import Path

from django.core.management import call_command

import icalendar
from playwright.sync_api import expect


def test_visitor_browses_searches_and_subscribes(page, new_page, assert_accessible):
    call_command("load_demo_content", verbosity=0)
    menu = page.get_by_role("navigation", name="Hoofdmenu")

    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page, "home page")

    # Networks: the index, then one network.
    menu.get_by_role("link", name="Netwerken").click()
    expect(page.get_by_role("heading", level=1, name="Netwerken")).to_be_visible()
    expect(menu.get_by_role("link", name="Netwerken")).to_have_attribute("aria-current", "page")
    page.get_by_role("main").get_by_role("link", name="Wethouders", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Wethouders")).to_be_visible()
    expect(page.get_by_role("heading", name="Over dit netwerk")).to_be_visible()

    # Training: the Jan Schaper and Wibaut tracks, back through the breadcrumbs.
    menu.get_by_role("link", name="Scholing en training").click()
    page.get_by_role("main").get_by_role("link", name="Jan Schaperleergang").click()
    expect(page.get_by_role("heading", level=1, name="Jan Schaperleergang")).to_be_visible()
    breadcrumbs = page.get_by_role("navigation", name="Kruimelpad")
    breadcrumbs.get_by_role("link", name="Scholing en training").click()
    page.get_by_role("main").get_by_role("link", name="Wibautleergang").click()
    expect(page.get_by_role("heading", level=1, name="Wibautleergang")).to_be_visible()
    expect(menu.get_by_role("link", name="Scholing en training")).to_have_attribute(
        "aria-current", "true"
    )

    # Research and guidance documents (handreikingen).
    menu.get_by_role("link", name="Onderzoek").click()
    page.get_by_role("main").get_by_role("link", name="Afgehaakt Nederland").click()
    expect(page.get_by_role("heading", level=1, name="Afgehaakt Nederland")).to_be_visible()
    expect(page.get_by_role("heading", name="Samenvatting")).to_be_visible()
    menu.get_by_role("link", name="Handreikingen").click()
    page.get_by_role("main").get_by_role("link", name="Armoede", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Armoede")).to_be_visible()
    expect(page.get_by_role("heading", name="Handreiking", exact=True)).to_be_visible()

    # The site search, from the box in the header.
    page.get_by_role("search").get_by_label("Zoeken op de site").fill("armoede")
    page.get_by_role("search").get_by_role("button", name="Zoek").click()
    expect(page).to_have_url(re.compile(r"/zoeken/\?q=armoede"))
    expect(page.get_by_role("status").filter(has_text="resultaten voor")).to_be_visible()
    results = page.get_by_role("main").get_by_role("list")
    expect(results.get_by_role("link", name="Armoede", exact=True).first).to_be_visible()
    assert_accessible(page, "site search results")
    results.get_by_role("link", name="Armoede", exact=True).first.click()
    expect(page.get_by_role("heading", level=1, name="Armoede")).to_be_visible()

    # The agenda's filters are a plain form: they work with JavaScript switched off.
    plain = new_page(java_script_enabled=False)
    plain.goto("/")
    plain.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Agenda").click()
    expect(plain.get_by_role("heading", level=1, name="Agenda")).to_be_visible()
    plain.locator("summary", has_text="Zoeken en filteren").click()  # closed without script
    plain.get_by_role("group", name="Soort activiteit").get_by_role(
        "checkbox", name=re.compile(r"^Webinar")
    ).check()
    plain.get_by_role("button", name="Filters toepassen").click()
    expect(plain).to_have_url(re.compile(r"[?&]soort=webinar"))
    events = plain.locator(".event-item")
    expect(events.first).to_be_visible()
    for meta in events.locator(".event-item__meta").all_inner_texts():
        assert meta.startswith("Webinar"), meta
    expect(plain.get_by_role("list", name="Gekozen filters")).to_contain_text("Webinar")
    page.goto(plain.url)  # axe-core runs on timers: check the same page with JavaScript on
    assert_accessible(page, "filtered agenda")

    # One upcoming webinar, and its calendar file.
    events.filter(has_not=plain.locator(".tag--cancelled")).first.get_by_role("link").click()
    title = plain.get_by_role("heading", level=1).inner_text()
    link = plain.get_by_role("link", name=re.compile("Zet in mijn agenda"))
    with plain.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    response = plain.request.get(link.get_attribute("href"))
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(Path(download.path()).read_bytes())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert summaries == [title]
