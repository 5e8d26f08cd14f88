"""'Download als Word': a .docx that opens in A4 with Dutch as its language, holds the
document in the form of its type, names the bodies of the member's own governing body of
the same tier (never a council for a water board's motion), and keeps the site's summary
apart from the text. Every file is opened with python-docx."""

import datetime
import io

import docx
import pytest
from docx.oxml.ns import qn

from motionbank.models import Member
from motionbank.word import build_docx
from tests.factories.motionbank import GoverningBodyFactory, MemberFactory

pytestmark = pytest.mark.django_db

ORIGINAL_HEADING = "Over het origineel (niet meesturen)"


def open_docx(content):
    return docx.Document(io.BytesIO(content))


def document_text(content):
    document = open_docx(content)
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def motion_text(content):
    """The text a member hands in: the paragraphs before the facts about the original."""
    paragraphs = [paragraph.text for paragraph in open_docx(content).paragraphs]
    return "\n".join(paragraphs[: paragraphs.index(ORIGINAL_HEADING)]).strip()


@pytest.fixture
def water_boards(db):
    return (
        GoverningBodyFactory(
            code="TS0653", name="Waterschap Aa en Maas", tier="waterschap", province="Noord-Brabant"
        ),
        GoverningBodyFactory(
            code="TS0654", name="Waterschap De Dommel", tier="waterschap", province="Noord-Brabant"
        ),
    )


@pytest.fixture
def water_motion(make_motion, water_boards):
    return make_motion(
        title="Eerlijke waterschapsbelasting",
        governing_body=water_boards[0],
        findings="- Huishoudens in Waterschap Aa en Maas meer betalen dan bedrijven;",
        considerations="- Lasten eerlijk verdeeld moeten worden;",
        operative_text="- De kwijtschelding te verruimen.",
    )


def test_download_is_a4_dutch_and_names_the_members_bodies(client, people, bank, motion):
    client.force_login(people["member"])  # a councillor in Breda
    response = client.get(bank.motion_url(motion, route="motion_word"))
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert response["Content-Disposition"] == 'attachment; filename="geen-kind-buiten-spel.docx"'
    document = open_docx(response.content)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    languages = {
        style.name: style.element.rPr.find(qn("w:lang")).get(qn("w:val"))
        for style in document.styles
        if style.type in (1, 2) and style.element.rPr is not None  # paragraph, character
    }
    assert languages["Normal"] == languages["Title"] == languages["Heading 2"] == "nl-NL"
    assert set(languages.values()) == {"nl-NL"}
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == "nl-NL"
    assert document.core_properties.language == "nl-NL"

    text = motion_text(response.content)
    assert text.splitlines()[:3] == [
        "Geen kind buiten spel",
        "De raad van de gemeente Breda, in vergadering bijeen op [datum],",
        "gehoord de beraadslaging,",
    ]
    assert "constaterende dat\n- In Breda veel kinderen in armoede opgroeien;" in text
    assert "overwegende dat\n- Kinderen niet de dupe mogen zijn;" in text
    assert (
        "verzoekt het college van burgemeester en wethouders\n"
        "- Het college van Breda een kindpakket in te voeren."
    ) in text
    assert text.endswith("en gaat over tot de orde van de dag.\n[Naam indiener], [fractie]")
    assert "Tilburg" not in text
    # The site's summary is not in the text, only with the facts about the original.
    assert "Een korte samenvatting." not in text
    facts = document_text(response.content).split(ORIGINAL_HEADING)[1]
    assert "Samenvatting (CLB-motiebank)\nEen korte samenvatting." in facts
    assert "Gemeente, provincie of waterschap\nTilburg" in facts


def test_without_a_member_record_the_original_stays(client, people, bank, motion):
    assert not Member.objects.filter(user=people["editor"]).exists()
    client.force_login(people["editor"])
    text = motion_text(client.get(bank.motion_url(motion, route="motion_word")).content)
    assert "In Tilburg veel kinderen in armoede opgroeien" in text
    assert "De raad van de gemeente Tilburg, in vergadering bijeen op [datum]," in text


def test_a_water_board_motion_is_never_a_councils(client, people, bank, water_motion):
    """The member sits in Breda's council: the water board's motion keeps its own bodies
    unless they choose a water board."""
    client.force_login(people["member"])
    url = bank.motion_url(water_motion, route="motion_word")
    text = motion_text(client.get(url).content)
    assert "Het algemeen bestuur van Waterschap Aa en Maas, in vergadering bijeen op" in text
    assert "verzoekt het dagelijks bestuur\n- De kwijtschelding te verruimen." in text
    assert "raad" not in text.replace("beraadslaging", "") and "college" not in text
    assert "Breda" not in text

    chosen = motion_text(client.get(url, {"orgaan": "TS0654"}).content)
    assert "Het algemeen bestuur van Waterschap De Dommel, in vergadering bijeen op" in chosen
    assert "Huishoudens in Waterschap De Dommel meer betalen" in chosen


def test_a_member_of_the_same_tier_gets_their_own_by_default(
    client, bank, water_motion, water_boards
):
    member = MemberFactory(governing_body=water_boards[1]).user
    client.force_login(member)
    text = motion_text(client.get(bank.motion_url(water_motion, route="motion_word")).content)
    assert "Het algemeen bestuur van Waterschap De Dommel" in text


@pytest.mark.parametrize("code", ["TS0758", "GEEN", "", "x" * 500, "TS0653'--"])
def test_a_body_of_another_tier_or_unknown_is_refused_with_a_message(
    client, people, bank, water_motion, code
):
    """Breda (a municipality) for a water board's motion, or nonsense: back to the motion
    page with a Dutch message, never a council in the file and never an error page."""
    client.force_login(people["member"])
    url = bank.motion_url(water_motion, route="motion_word")
    response = client.get(url, {"orgaan": code}, follow=True)
    assert response.status_code == 200
    if code:
        assert response.redirect_chain[0][0].endswith("#word")
        assert "Kies een waterschap uit de lijst" in response.content.decode()
    else:  # an empty choice is no choice: the original
        assert "Het algemeen bestuur van Waterschap Aa en Maas" in motion_text(response.content)


def test_a_province_motion_for_another_province(motion, make_motion):
    zeeland = GoverningBodyFactory(name="Zeeland", tier="provincie", province="Zeeland")
    utrecht = GoverningBodyFactory(name="Utrecht", tier="provincie", province="Utrecht")
    province_motion = make_motion(
        title="Schone lucht in de provincie",
        governing_body=utrecht,
        findings="- In Provincie Utrecht de lucht vies is;",
    )
    text = motion_text(build_docx(province_motion, target_body=zeeland))
    assert "Provinciale Staten van Zeeland, in vergadering bijeen op [datum]," in text
    assert "verzoeken Gedeputeerde Staten\n- Er iets aan te doen." in text
    assert "In Provincie Zeeland de lucht vies is;" in text
    assert "en gaan over tot de orde van de dag." in text
    # A municipality as target for a province's motion is ignored: Utrecht stays.
    kept = motion_text(build_docx(province_motion, target_body=motion.governing_body))
    assert "Provinciale Staten van Utrecht" in kept and "Tilburg" not in kept


def test_written_questions_are_numbered_without_the_motion_frame(make_motion):
    questions = make_motion(
        title="Vragen over de bus",
        document_type="schriftelijke_vragen",
        findings="",
        considerations="",
        operative_text="",
        introduction="De buslijn naar het ziekenhuis in Tilburg stopt.",
        questions="1. Hoeveel kost de bus?\n2) Wie betaalt?",
        answers="Vijf euro.\nDe provincie.",
        answered_on=datetime.date(2023, 6, 1),
        outcome="onbekend",
    )
    content = build_docx(questions)
    text = motion_text(content)
    assert text.splitlines()[1:4] == [
        "Schriftelijke vragen aan het college van burgemeester en wethouders van Tilburg",
        "Gesteld op [datum]",
        "De buslijn naar het ziekenhuis in Tilburg stopt.",
    ]
    assert "Vragen\n1. Hoeveel kost de bus?\n2. Wie betaalt?" in text
    assert "orde van de dag" not in text and "in vergadering bijeen" not in text
    assert "Vijf euro." not in text  # the original's answers are not the member's questions
    facts = document_text(content).split(ORIGINAL_HEADING)[1]
    assert "1. Vijf euro.\n2. De provincie." in facts
    assert "Beantwoord op\n1 juni 2023" in facts
    assert "Uitslag" not in facts


def test_an_amendment_and_an_initiative_proposal_in_their_own_form(make_motion):
    amendment = make_motion(
        title="Amendement Sociale huur",
        document_type="amendement",
        amended_proposal="Raadsvoorstel Woonvisie 2030",
        amendment_change="In hoofdstuk 3 toe te voegen: minstens 33 procent sociale huur.",
        explanation="Zonder ondergrens komt sociale huur onder druk.",
    )
    text = motion_text(build_docx(amendment))
    assert "Amendement op: Raadsvoorstel Woonvisie 2030" in text
    assert (
        "besluit het ontwerpbesluit als volgt te wijzigen:\n"
        "In hoofdstuk 3 toe te voegen: minstens 33 procent sociale huur."
    ) in text
    assert "Toelichting\nZonder ondergrens komt sociale huur onder druk." in text
    assert "Constaterende" not in text and "constaterende" not in text

    proposal = make_motion(
        title="Initiatiefvoorstel Jongerenfonds",
        document_type="initiatiefvoorstel",
        explanation="Jongeren met schulden stoppen met school.",
        decision_points="- Een jongerenfonds in te richten;\n- Het na twee jaar te evalueren.",
    )
    text = motion_text(build_docx(proposal))
    assert "Initiatiefvoorstel aan de raad van de gemeente Tilburg" in text
    assert "Toelichting\nJongeren met schulden stoppen met school." in text
    assert (
        "Beslispunten\nDe raad besluit:\n1. Een jongerenfonds in te richten;\n"
        "2. Het na twee jaar te evalueren."
    ) in text


def test_empty_long_and_odd_text_still_opens(make_motion):
    empty = make_motion(title="Leeg", summary="", findings="", considerations="", operative_text="")
    assert "Leeg" in document_text(build_docx(empty))
    odd = make_motion(
        title="Vreemde tekens \x01\x0b in de titel 🚲",
        findings="Bel\x07 en escape\x1b, emoji 🌳🚲, rechts-naar-links \u202eטקסט, \ufffe.",
        operative_text="Verzoekt " + "heel lang, " * 30_000 + "klaar.",
    )
    text = document_text(build_docx(odd))
    assert "Vreemde tekens  in de titel 🚲" in text
    assert "Bel en escape, emoji 🌳🚲" in text
    assert "heel lang, " * 100 in text


def test_only_whole_words_are_replaced(make_motion, tilburg):
    motion = make_motion(
        title="Tilburgse aanpak", findings="- De Tilburgse aanpak in Tilburg werkt;"
    )
    breda = GoverningBodyFactory(name="Breda")
    text = document_text(build_docx(motion, target_body=breda))
    assert "De Tilburgse aanpak in Breda werkt;" in text


def test_the_motion_page_offers_the_bodies_of_its_tier(client, people, bank, water_motion):
    client.force_login(people["member"])  # Breda, a municipality
    html = client.get(bank.motion_url(water_motion)).content.decode()
    assert "Aanpassen voor mijn waterschap" in html
    assert '<option value="">Kies je waterschap…</option>' in html
    assert '<option value="TS0654">Waterschap De Dommel</option>' in html
    assert "Breda</option>" not in html
    assert "Dit document komt uit een waterschap; jij bent actief in Breda." in html


def test_the_motion_page_chooses_the_members_own_body(client, people, bank, motion, breda):
    client.force_login(people["member"])
    html = client.get(bank.motion_url(motion)).content.decode()
    assert "Aanpassen voor mijn gemeente" in html
    assert '<option value="TS0758" selected>Breda</option>' in html
    assert "Kies je gemeente…" not in html


def test_a_member_without_a_body_is_asked_to_choose(client, bank, motion):
    member = MemberFactory(governing_body=None).user
    client.force_login(member)
    html = client.get(bank.motion_url(motion)).content.decode()
    assert '<option value="">Kies je gemeente…</option>' in html
    assert "In je lidmaatschap staat geen gemeente, provincie of waterschap." in html
    assert " selected>" not in html.split('id="word-body"')[1].split("</select>")[0]
