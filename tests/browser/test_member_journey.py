"""
A member's journey through the motion bank in a real browser: log in, search, narrow the
results with the filters, read a motion, copy its text and download it as Word, share a
PDF of their own; an editor approves it in Wagtail's admin; then the member finds it.
"""

import re

from django.core.management import call_command

import docx
from playwright.sync_api import expect

from home.demo.pdf import make_pdf
from motionbank.models import Motion
from motionbank.models.motions import Outcome
from tests.browser.conftest import login

MEMBER = ("lid", "clb-lid-demo")
EDITOR = ("redactie", "clb-redactie-demo")
TITLE = "Motie Zwemles voor elk kind"
PDF_LINES = [
    "Constaterende dat een op de tien kinderen de basisschool verlaat zonder zwemdiploma;",
    "Verzoekt het college om zwemles in het schoolzwemmen terug te brengen.",
]


def result_count(page):
    text = page.locator(".result-count").inner_text()
    return int(re.match(r"\d+", text).group())


def result_titles(page):
    return page.locator(".search-results .card__title a").all_inner_texts()


def narrowing_option(page, group, below):
    """The first option of a filter group with fewer results than ``below``: its label
    and the count the page gives it ("Zeeland (3)")."""
    labels = page.get_by_role("group", name=group, exact=True).locator("label").all_inner_texts()
    for label in labels:
        match = re.fullmatch(r"\s*(.+?)\s*\((\d+)\s*(?:resultaten?)?\s*\)\s*", label)
        if match and 0 < int(match.group(2)) < below:
            return match.group(1), int(match.group(2))
    raise AssertionError(f"no option of {group} narrows the results: {labels}")


def test_member_searches_reuses_and_shares_a_motion(new_page, tmp_path):
    call_command("load_demo_content", verbosity=0)
    page = new_page()
    login(page, *MEMBER)

    # The motion bank, from the main menu.
    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Motiebank").click()
    expect(page).to_have_url(re.compile(r"/motiebank/$"))
    expect(page.get_by_role("heading", level=1, name="Motiebank")).to_be_visible()

    # Full-text search.
    search = page.get_by_role("search", name="Zoeken in de motiebank")
    search.get_by_label("Zoek op onderwerp, plaats of woorden uit de tekst").fill("armoede")
    search.get_by_role("button", name="Zoeken", exact=True).click()
    expect(page).to_have_url(re.compile(r"[?&]q=armoede"))
    expect(page.locator(".result-count")).to_contain_text("voor “armoede”")
    everything = result_count(page)
    assert everything > 2

    # Narrow by province: the filters are checkboxes in the search form, in the sidebar on
    # a desktop; with JavaScript a ticked one applies at once (tests/browser/
    # test_phone_first.py has the button without JavaScript). The first province that
    # narrows the results, whichever the demo data gives.
    province, count = narrowing_option(page, "Provincie", everything)
    page.get_by_role("group", name="Provincie", exact=True).get_by_role(
        "checkbox", name=re.compile(rf"^{re.escape(province)}")
    ).click()
    expect(page.get_by_role("list", name="Gekozen filters")).to_contain_text(province)
    in_province = result_count(page)
    assert in_province == count
    expect(page.get_by_label("Zoek op onderwerp, plaats of woorden uit de tekst")).to_have_value(
        "armoede"
    )

    # ...and by outcome: the first one listed (each listed outcome has results).
    outcome, count = narrowing_option(page, "Uitslag", in_province + 1)
    page.get_by_role("group", name="Uitslag", exact=True).get_by_role(
        "checkbox", name=re.compile(rf"^{re.escape(outcome)}")
    ).click()
    value = next(choice for choice in Outcome if choice.label == outcome)
    expect(page).to_have_url(re.compile(rf"[?&]uitslag={value}"))
    narrowed = result_count(page)
    assert 0 < narrowed == count <= in_province
    titles = result_titles(page)
    assert len(titles) == narrowed
    matching = Motion.objects.filter(
        live=True, title__in=titles, governing_body__province=province, outcome=value
    )
    assert matching.count() == narrowed, titles

    # One motion: copy its text to the clipboard.
    title = titles[0]
    page.locator(".search-results").get_by_role("link", name=title, exact=True).click()
    expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()
    motion = Motion.objects.get(title=title, live=True)
    page.get_by_role("button", name="Kopieer tekst").click()
    expect(page.locator(".copy-status")).to_have_text("De tekst staat op je klembord.")
    clipboard = page.evaluate("() => navigator.clipboard.readText()")
    assert clipboard == page.get_by_label("De hele tekst, om te kopiëren").input_value()
    assert clipboard == motion.copy_text
    assert clipboard.startswith(title)

    # Download it as Word, for a body of the motion's tier (the member's own when it is
    # of that tier, else the first of the list); the document carries the title.
    bodies = page.locator("#word-body")
    if not bodies.input_value():
        bodies.select_option(index=1)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download als Word").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".docx")
    document = docx.Document(download.path())
    assert any(title in paragraph.text for paragraph in document.paragraphs)

    # Share a motion of their own, as a PDF.
    pdf = tmp_path / "zwemles.pdf"
    pdf.write_bytes(make_pdf(TITLE, PDF_LINES))
    page.get_by_role("link", name="Terug naar de motiebank").click()
    page.get_by_role("navigation", name="Motiebank").get_by_role("link", name="Motie delen").click()
    expect(page.get_by_role("heading", level=1, name="Motie delen")).to_be_visible()
    page.get_by_role("textbox", name="Titel", exact=True).fill(TITLE)
    page.get_by_label("Thema").select_option(label="Onderwijs")
    page.get_by_label("Bestand (PDF of Word)").set_input_files(str(pdf))
    page.get_by_role("button", name="Versturen naar de redactie").click()

    # "Mijn bijdragen": waiting for the editors.
    expect(page.get_by_role("heading", level=1, name="Mijn bijdragen")).to_be_visible()
    expect(page.get_by_role("status").filter(has_text="is ontvangen")).to_contain_text(TITLE)
    row = page.get_by_role("row").filter(has_text=TITLE)
    expect(row).to_contain_text("In behandeling")
    shared = Motion.objects.get(title=TITLE)
    assert not shared.live
    assert "zwemdiploma" in shared.extracted_text

    # Not in the bank before an editor approves it.
    # (The widened search may offer a published motion on "zwemmen": not this one.)
    page.goto("/motiebank/?q=zwemdiploma")
    expect(page.locator(".result-count")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text(TITLE)

    # An editor approves it from "Awaiting your review" on the admin dashboard.
    editor = new_page()
    editor.goto("/admin/login/")
    editor.locator("#id_username").fill(EDITOR[0])
    editor.locator("#id_password").fill(EDITOR[1])
    editor.get_by_role("button", name="Inloggen").click()
    editor.wait_for_url(re.compile(r"/admin/$"))
    review = editor.get_by_role("region", name="In afwachting van jouw beoordeling")
    item = review.get_by_role("row").filter(has_text=TITLE)
    item.get_by_role("button", name="Acties").click()
    with editor.expect_navigation():
        item.get_by_role("button", name="Goedkeuren", exact=True).click()
    expect(editor.get_by_text(TITLE)).to_have_count(0)
    shared.refresh_from_db()
    assert shared.live

    # The member finds it in the bank, by a word from the PDF.
    page.goto("/motiebank/")
    page.get_by_label("Zoek op onderwerp, plaats of woorden uit de tekst").fill("zwemdiploma")
    page.get_by_role("button", name="Zoeken", exact=True).click()
    results = page.locator(".search-results")
    results.get_by_role("link", name=TITLE, exact=True).click()
    expect(page.get_by_role("heading", level=1, name=TITLE)).to_be_visible()
    expect(page.locator(".motion-text").first).to_contain_text("zwemdiploma")
    page.get_by_role("link", name="Terug naar de motiebank").click()
    bank_menu = page.get_by_role("navigation", name="Motiebank")
    bank_menu.get_by_role("link", name="Mijn bijdragen").click()
    expect(page.get_by_role("row").filter(has_text=TITLE)).to_contain_text("Gepubliceerd")
