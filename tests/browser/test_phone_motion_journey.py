"""
The motion bank's journey on a phone (390×844), as a member and then an editor: search
"armoede", filter to a province, open a written question and a motion, each in the form
of its type; download the motion as Word for the member's own council (A4, Dutch); share a
PDF. The editor finds it in the motion listing as "In moderatie", split into its parts,
and approves it; the member's mail links to the motion on the site.
"""

import re

from django.core import mail
from django.core.management import call_command

import docx
from playwright.sync_api import expect

from home.demo.pdf import make_pdf
from home.siteurl import absolute
from motionbank.models import Motion
from tests.browser.conftest import login

MEMBER = ("lid", "clb-lid-demo")
EDITOR = ("redactie", "clb-redactie-demo")
PHONE = {"width": 390, "height": 844}
PROVINCE = "Noord-Holland"  # the demo bank has written questions and motions on armoede there
TITLE = "Motie Zwembadpas voor elk kind"
PDF_LINES = [
    "Constaterende dat een op de tien kinderen de basisschool verlaat zonder zwemdiploma;",
    "Overwegende dat zwemmen leven redt;",
    "Verzoekt het college om zwemles in het schoolzwemmen terug te brengen.",
]
A4 = (11906, 16838)  # twentieths of a point


def open_result_of_type(page, label):
    card = page.locator(".search-results .motion-card").filter(
        has=page.locator(".motion-meta__type", has_text=re.compile(rf"^{label}$"))
    )
    card.first.locator(".card__title a").click()
    return page.get_by_role("heading", level=1).inner_text()


def test_a_member_on_a_phone_and_the_editor_who_approves(new_page, assert_accessible, tmp_path):
    call_command("load_demo_content", verbosity=0)
    page = new_page(viewport=PHONE)
    login(page, *MEMBER)

    # Search, then filter to a province from the disclosure.
    page.goto("/motiebank/")
    page.get_by_label("Zoek op onderwerp, plaats of woorden uit de tekst").fill("armoede")
    page.get_by_role("button", name="Zoeken", exact=True).click()
    expect(page).to_have_url(re.compile(r"[?&]q=armoede"))
    page.locator("summary.filters-disclosure__summary").click()
    page.get_by_role("group", name="Provincie", exact=True).get_by_role(
        "checkbox", name=re.compile(rf"^{PROVINCE}")
    ).click()
    expect(page).to_have_url(re.compile(rf"[?&]provincie={PROVINCE}"))
    expect(page.locator("summary.filters-disclosure__summary")).to_contain_text("1 actief")
    results = page.url

    # A written question: numbered questions, no outcome.
    title = open_result_of_type(page, "Schriftelijke vragen")
    question = Motion.objects.get(title=title, live=True)
    assert question.document_type == "schriftelijke_vragen"
    document = page.locator(".motion-document--schriftelijke_vragen")
    expect(document.locator("ol.motion-items > li").first).to_be_visible()
    facts = page.locator("main dl").first
    expect(facts).to_contain_text("Bestuursorgaan")
    expect(facts).not_to_contain_text("Uitslag")
    assert_accessible(page, "a written question on a phone")

    # A motion: the council's frame around its parts.
    page.goto(results)
    title = open_result_of_type(page, "Motie")
    motion = Motion.objects.get(title=title, live=True)
    assert motion.document_type == "motie"
    document = page.locator(".motion-document--motie")
    expect(document).to_contain_text("constaterende dat")
    expect(document).to_contain_text("gaat over tot de orde van de dag")
    assert_accessible(page, "a motion on a phone")

    # Word, for the member's own council (Tilburg): the motion's tier, A4, Dutch.
    expect(page.locator("#word-body")).to_have_value("GM0855")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download als Word").click()
    word = docx.Document(download_info.value.path())
    section = word.sections[0]
    assert (section.page_width.twips, section.page_height.twips) == A4
    styles = word.styles.element.xml
    assert 'w:val="nl-NL"' in styles
    text = "\n".join(paragraph.text for paragraph in word.paragraphs)
    assert "Tilburg" in text
    assert "De raad van de gemeente Tilburg" in text

    # Share a PDF of their own.
    pdf = tmp_path / "zwembadpas.pdf"
    pdf.write_bytes(make_pdf(TITLE, PDF_LINES))
    page.goto("/motiebank/delen/")
    page.get_by_role("textbox", name="Titel", exact=True).fill(TITLE)
    page.get_by_label("Thema").select_option(label="Onderwijs")
    page.get_by_label("Bestand (PDF of Word)").set_input_files(str(pdf))
    page.get_by_role("button", name="Versturen naar de redactie").click()
    expect(page.get_by_role("heading", level=1, name="Mijn bijdragen")).to_be_visible()
    shared = Motion.objects.get(title=TITLE)
    assert "zwemdiploma" in shared.findings
    assert "zwemles" in shared.operative_text

    # The editor: the listing shows it in moderation, the edit form its parts.
    editor = new_page()
    editor.goto("/admin/login/")
    editor.locator("#id_username").fill(EDITOR[0])
    editor.locator("#id_password").fill(EDITOR[1])
    editor.get_by_role("button", name="Inloggen").click()
    editor.wait_for_url(re.compile(r"/admin/$"))
    editor.goto("/admin/snippets/motionbank/motion/?status=in_moderatie")
    row = editor.get_by_role("row").filter(has_text=TITLE)
    expect(row).to_contain_text("In moderatie")
    row.get_by_role("link", name=TITLE).first.click()
    expect(editor.locator("textarea[name=findings]")).to_have_value(re.compile("zwemdiploma"))
    expect(editor.locator("textarea[name=operative_text]")).to_have_value(re.compile("zwemles"))

    # ...and approves it from the dashboard.
    mail.outbox.clear()
    editor.goto("/admin/")
    review = editor.get_by_role("region", name="In afwachting van jouw beoordeling")
    item = review.get_by_role("row").filter(has_text=TITLE)
    item.get_by_role("button", name="Acties").click()
    with editor.expect_navigation():
        item.get_by_role("button", name="Goedkeuren", exact=True).click()
    shared.refresh_from_db()
    assert shared.live

    # The member's mail: Dutch, the title, a link to the motion on the site.
    to_member = [message for message in mail.outbox if message.to == ["lid@clb-demo.nl"]]
    assert len(to_member) == 1, [(m.to, m.subject) for m in mail.outbox]
    link = absolute(shared.get_absolute_url())
    assert TITLE in to_member[0].subject + to_member[0].body
    assert link in to_member[0].body
    page.goto(shared.get_absolute_url())
    expect(page.get_by_role("heading", level=1, name=TITLE)).to_be_visible()
