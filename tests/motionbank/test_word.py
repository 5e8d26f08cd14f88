"""'Download als Word': a .docx that opens, holds the text, and names the member's own
governing body where the original named its own."""

import io

import docx
import pytest

from motionbank.models import Member
from motionbank.word import build_docx
from tests.factories.motionbank import GoverningBodyFactory

pytestmark = pytest.mark.django_db


def document_text(content):
    document = docx.Document(io.BytesIO(content))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_download_opens_and_holds_the_members_governing_body(client, people, bank, motion):
    client.force_login(people["member"])  # a councillor in Breda
    response = client.get(bank.motion_url(motion, route="motion_word"))
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert response["Content-Disposition"] == 'attachment; filename="geen-kind-buiten-spel.docx"'
    text = document_text(response.content)
    assert "Geen kind buiten spel" in text
    assert "De gemeenteraad van Breda, in vergadering bijeen op [datum]," in text
    assert "In Breda veel kinderen in armoede opgroeien" in text
    assert "Het college van Breda een kindpakket in te voeren." in text
    assert "Verzoekt het college van burgemeester en wethouders" in text
    assert "Constaterende dat" in text and "Overwegende dat" in text
    assert "en gaat over tot de orde van de dag." in text
    # The facts about the original keep the original body.
    assert "Tilburg" in text.split("Over het origineel")[1]
    assert "Tilburg veel kinderen" not in text


def test_without_a_member_record_the_original_stays(client, people, bank, motion):
    assert not Member.objects.filter(user=people["editor"]).exists()
    client.force_login(people["editor"])
    text = document_text(client.get(bank.motion_url(motion, route="motion_word")).content)
    assert "In Tilburg veel kinderen in armoede opgroeien" in text
    assert "De gemeenteraad van Tilburg" in text


def test_a_province_gets_its_own_opening_and_executive(motion):
    province = GoverningBodyFactory(name="Zeeland", tier="provincie", province="Zeeland")
    text = document_text(build_docx(motion, target_body=province))
    assert "Provinciale Staten van Zeeland, in vergadering bijeen op [datum]," in text
    assert "Verzoekt Gedeputeerde Staten" in text
    assert "In Zeeland veel kinderen" in text


def test_written_questions_have_no_motion_formula(make_motion):
    questions = make_motion(
        title="Vragen over de bus",
        document_type="schriftelijke_vragen",
        findings="",
        considerations="",
        operative_text="1. Hoeveel kost de bus?",
    )
    text = document_text(build_docx(questions))
    assert "1. Hoeveel kost de bus?" in text
    assert "orde van de dag" not in text
    assert "in vergadering bijeen" not in text


def test_only_whole_words_are_replaced(make_motion, tilburg):
    motion = make_motion(
        title="Tilburgse aanpak", findings="- De Tilburgse aanpak in Tilburg werkt;"
    )
    breda = GoverningBodyFactory(name="Breda")
    text = document_text(build_docx(motion, target_body=breda))
    assert "De Tilburgse aanpak in Breda werkt;" in text
