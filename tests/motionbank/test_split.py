"""The text of an uploaded file split into the parts of its document type where the
markers are found (motionbank/split.py), and filled into a submission for the editor to
check, never over what the member typed."""

import pytest

from motionbank.split import split_text
from tests.motionbank.conftest import docx_bytes

MOTION = """Motie Geen kind buiten spel
Gemeenteraad Tilburg, 12 maart 2024
Agendapunt 7: Armoedebeleid 2024-2027

De raad van de gemeente Tilburg, in vergadering bijeen op 12 maart 2024,
gehoord de beraadslaging,

constaterende dat:
- in Tilburg één op de negen kinderen in armoede opgroeit;
- veel gezinnen de contributie van de sportclub niet kunnen
betalen;

overwegende dat:
- ieder kind moet kunnen meedoen, ongeacht het inkomen van de ouders;

verzoekt het college van burgemeester en wethouders:
- een kindpakket in te voeren voor gezinnen tot 130% van het sociaal minimum;
- de raad voor 1 juli 2024 te informeren over de uitvoering,

en gaat over tot de orde van de dag.

Anna de Vries, PvdA
Jan Jansen, GroenLinks
"""

# As pypdf gives it from a PDF set in one paragraph, markers mid-line and repeated.
MOTION_RUN_ON = (
    "Provinciale Staten van Zeeland, in vergadering bijeen op 4 juni 2025, gehoord de "
    "beraadslaging, Constaterende dat de veerdienst twee keer per dag uitvalt; Constaterende "
    "dat forenzen te laat op hun werk komen; Overwegende dat de veerdienst een levensader is; "
    "Verzoeken Gedeputeerde Staten om met de vervoerder een plan te maken; En gaan over tot de "
    "orde van de dag. Ingediend door: Piet Hein (PvdA)"
)

AMENDMENT = """Amendement op het raadsvoorstel Woonvisie 2030
De raad van de gemeente Breda, in vergadering bijeen op 3 oktober 2024,
gehoord de beraadslaging,
besluit het ontwerpbesluit als volgt te wijzigen:
In hoofdstuk 3 toe te voegen: ‘In elk nieuwbouwplan van meer dan twintig woningen
bestaat minstens 33 procent uit sociale huurwoningen.’
Toelichting:
De wachttijd voor een sociale huurwoning is opgelopen tot meer dan zes jaar.
Ingediend door: Sara Schoon, PvdA
"""

QUESTIONS = """Schriftelijke vragen ex artikel 42 van het Reglement van orde
Aan het college van burgemeester en wethouders van Zaanstad
Datum: 14 februari 2025

Uit landelijk onderzoek blijkt dat een groot deel van de mensen met recht op bijzondere
bijstand die niet aanvraagt.

Vraag 1
Heeft het college zicht op het niet-gebruik van de bijzondere bijstand?
2. Welke drempels ervaren inwoners bij het aanvragen,
en hoe worden die weggenomen?
3) Is het college bereid één aanvraagformulier in te voeren?

Antwoord 1: Nee, daar doen we onderzoek naar.
Antwoord 2: Vooral de formulieren.
"""

INITIATIVE = """Initiatiefvoorstel Een burgerberaad over de toekomst van het dorp
Toelichting
Inwoners voelen zich na jaren van aardbevingen niet gehoord. Een burgerberaad
elders heeft laten zien dat gelote inwoners tot gedragen adviezen komen.
Beslispunten
De raad besluit:
1. een burgerberaad van vijftig gelote inwoners in te stellen;
2. vooraf vast te leggen hoe de raad met het advies omgaat.
Ingediend door: Mark Dijk, PvdA
"""


def test_a_motion_in_its_three_parts():
    parts = split_text("motie", MOTION)
    assert parts == {
        "findings": "- in Tilburg één op de negen kinderen in armoede opgroeit;\n"
        "- veel gezinnen de contributie van de sportclub niet kunnen\nbetalen",
        "considerations": "- ieder kind moet kunnen meedoen, ongeacht het inkomen van de ouders",
        "operative_text": "- een kindpakket in te voeren voor gezinnen tot 130% van het sociaal "
        "minimum;\n- de raad voor 1 juli 2024 te informeren over de uitvoering",
    }


def test_a_run_on_motion_with_repeated_markers():
    parts = split_text("motie", MOTION_RUN_ON)
    assert parts == {
        "findings": "de veerdienst twee keer per dag uitvalt\nforenzen te laat op hun werk komen",
        "considerations": "de veerdienst een levensader is",
        "operative_text": "met de vervoerder een plan te maken",
    }


def test_draagt_op_is_the_operative_part_too():
    parts = split_text(
        "motie", "Overwegende dat het kan,\ndraagt het college op de bus gratis te maken."
    )
    assert parts == {
        "considerations": "het kan",
        "operative_text": "de bus gratis te maken.",
    }


def test_an_amendment():
    assert split_text("amendement", AMENDMENT) == {
        "amended_proposal": "raadsvoorstel Woonvisie 2030",
        "amendment_change": "In hoofdstuk 3 toe te voegen: ‘In elk nieuwbouwplan van meer dan "
        "twintig woningen\nbestaat minstens 33 procent uit sociale huurwoningen.’",
        "explanation": "De wachttijd voor een sociale huurwoning is opgelopen tot meer dan zes "
        "jaar.",
    }


def test_written_questions_numbered_in_three_ways_with_answers():
    parts = split_text("schriftelijke_vragen", QUESTIONS)
    assert parts["questions"].splitlines() == [
        "Heeft het college zicht op het niet-gebruik van de bijzondere bijstand?",
        "Welke drempels ervaren inwoners bij het aanvragen, en hoe worden die weggenomen?",
        "Is het college bereid één aanvraagformulier in te voeren?",
    ]
    assert parts["answers"].splitlines() == [
        "Nee, daar doen we onderzoek naar.",
        "Vooral de formulieren.",
    ]
    assert parts["introduction"].endswith(
        "Uit landelijk onderzoek blijkt dat een groot deel van de mensen met recht op "
        "bijzondere\nbijstand die niet aanvraagt."
    )


def test_an_initiative_proposal():
    assert split_text("initiatiefvoorstel", INITIATIVE) == {
        "explanation": "Inwoners voelen zich na jaren van aardbevingen niet gehoord. Een "
        "burgerberaad\nelders heeft laten zien dat gelote inwoners tot gedragen adviezen komen.",
        "decision_points": "een burgerberaad van vijftig gelote inwoners in te stellen;\n"
        "vooraf vast te leggen hoe de raad met het advies omgaat.",
    }


@pytest.mark.parametrize("document_type", ["motie", "amendement", "initiatiefvoorstel"])
def test_without_markers_nothing_is_split(document_type):
    assert split_text(document_type, "Een brief zonder herkenbare opbouw.\nMet twee regels.") == {}
    assert split_text(document_type, "") == {}


# Filled into a submission -------------------------------------------------------------------


@pytest.fixture
def upload_data(breda, theme):
    def data(**overrides):
        return {
            "document_type": "motie",
            "title": "Motie Gratis bus",
            "governing_body": str(breda.pk),
            "date_submitted": "2024-05-16",
            "outcome": "aangenomen",
            "theme": str(theme.pk),
            "submitters": "Lotte Lid",
            "parties": "PvdA",
            **overrides,
        }

    return data


@pytest.mark.django_db
def test_an_uploaded_file_is_split_for_the_editor(
    client, people, bank, upload_data, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from motionbank.models import Motion

    client.force_login(people["member"])
    content = docx_bytes(MOTION)
    file = SimpleUploadedFile("motie.docx", content, content_type="application/octet-stream")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(bank.upload_url, upload_data(file=file))
    assert response.status_code == 302
    motion = Motion.objects.get()
    assert motion.findings.startswith("- in Tilburg één op de negen kinderen")
    assert motion.operative_text.startswith("- een kindpakket in te voeren")
    # In the revision the editor approves, too.
    assert motion.latest_revision.content["considerations"].startswith("- ieder kind")


@pytest.mark.django_db
def test_what_the_member_typed_is_kept(
    client, people, bank, upload_data, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from motionbank.models import Motion

    client.force_login(people["member"])
    file = SimpleUploadedFile("motie.docx", docx_bytes(MOTION), content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            bank.upload_url, upload_data(file=file, operative_text="Zelf getypt: de bus gratis.")
        )
    assert response.status_code == 302
    motion = Motion.objects.get()
    assert motion.operative_text == "Zelf getypt: de bus gratis."
    assert motion.findings == ""  # the member chose to type the text: nothing is added
    assert "constaterende dat" in motion.extracted_text
