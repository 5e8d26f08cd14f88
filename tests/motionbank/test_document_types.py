"""Each document type in its own form: the parts it stores, how the motion page and "copy
text" write it out (the frame of a motie with the bodies of its tier, an amendment's
change, numbered written questions with their answers, an initiative proposal's
beslispunten), how the upload and admin forms ask for them, and the data migration that
carried the older motions over."""

import datetime
import importlib

from django.apps import apps

import pytest

from motionbank.documents import carry_over, items, missing_parts
from motionbank.models import Motion
from motionbank.viewsets import MotionViewSet
from tests.factories.motionbank import GoverningBodyFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("motionbank.migrations.0008_move_parts_by_document_type")


@pytest.fixture
def member_client(client, people):
    client.force_login(people["member"])
    return client


@pytest.fixture
def questions(make_motion):
    return make_motion(
        title="Schriftelijke vragen over de bus",
        document_type="schriftelijke_vragen",
        outcome="onbekend",
        findings="",
        considerations="",
        operative_text="",
        introduction="De buslijn naar het ziekenhuis in Tilburg stopt per 1 januari.",
        questions="1. Is het college hiervan op de hoogte?\nVraag 2: Wat gaat het college doen?",
        answers="Antwoord 1: Ja.\nAntwoord 2: We praten met de provincie.",
        answered_on=datetime.date(2023, 6, 20),
    )


def test_a_motion_page_has_the_frame_of_its_tier(member_client, bank, make_motion):
    water = GoverningBodyFactory(name="Waterschap Aa en Maas", tier="waterschap")
    motion = make_motion(
        title="Dijken", governing_body=water, date_submitted=datetime.date(2024, 3, 12)
    )
    html = member_client.get(bank.motion_url(motion)).content.decode()
    for line in (
        '<p class="motion-frame">Het algemeen bestuur van Waterschap Aa en Maas, in vergadering '
        "bijeen op 12 maart 2024,</p>",
        '<p class="motion-frame">gehoord de beraadslaging,</p>',
        '<h3 class="motion-document__heading">constaterende dat</h3>',
        '<h3 class="motion-document__heading">overwegende dat</h3>',
        '<h3 class="motion-document__heading">verzoekt het dagelijks bestuur</h3>',
        '<p class="motion-frame">en gaat over tot de orde van de dag.</p>',
    ):
        assert line in html, line
    assert "college" not in html.split('<div class="motion-document ')[1].split("</section>")[0]


def test_written_questions_are_numbered_with_their_answers_and_no_outcome(
    member_client, bank, questions
):
    html = member_client.get(bank.motion_url(questions)).content.decode()
    document = html.split('<div class="motion-document ')[1].split("</section>")[0]
    assert (
        "Schriftelijke vragen aan het college van burgemeester en wethouders van Tilburg"
        in document
    )
    assert "Gesteld op 11 mei 2023" in document
    assert "De buslijn naar het ziekenhuis" in document
    assert "<li>Is het college hiervan op de hoogte?" in document
    assert "<li>Wat gaat het college doen?" in document  # "Vraag 2:" is numbering
    assert "<strong>Antwoord:</strong> We praten met de provincie." in document
    assert "Beantwoord op 20 juni 2023" in document
    assert "Constaterende" not in document and "constaterende" not in document
    assert "Uitslag" not in html and "Onbekend" not in html

    copy = questions.copy_text
    assert copy.splitlines()[:5] == [
        "Schriftelijke vragen over de bus",
        "",
        "Schriftelijke vragen aan het college van burgemeester en wethouders van Tilburg",
        "Gesteld op [datum]",
        "",
    ]
    assert "Vragen\n1. Is het college hiervan op de hoogte?\n2. Wat gaat het college doen?" in copy
    assert "Antwoord" not in copy  # a member asks the questions, not the answers


def test_unanswered_questions_say_so(member_client, bank, make_motion):
    motion = make_motion(
        document_type="schriftelijke_vragen", operative_text="", questions="Waarom?"
    )
    html = member_client.get(bank.motion_url(motion)).content.decode()
    assert "De antwoorden zijn (nog) niet bekend." in html


def test_amendment_and_initiative_on_the_page_and_in_copy_text(member_client, bank, make_motion):
    province = GoverningBodyFactory(name="Zeeland", tier="provincie", province="Zeeland")
    amendment = make_motion(
        title="Amendement Sociale huur",
        document_type="amendement",
        governing_body=province,
        findings="",
        considerations="",
        operative_text="",
        amended_proposal="Statenvoorstel Omgevingsvisie",
        amendment_change="In paragraaf 3 toe te voegen: ‘minstens een derde sociale huur’.",
        explanation="Zonder ondergrens komt sociale huur onder druk.",
    )
    html = member_client.get(bank.motion_url(amendment)).content.decode()
    assert '<p class="motion-frame">Amendement op: Statenvoorstel Omgevingsvisie</p>' in html
    assert "besluiten het ontwerpbesluit als volgt te wijzigen:</h3>" in html  # the Staten
    assert "Provinciale Staten van Zeeland, in vergadering bijeen op 11 mei 2023," in html
    assert amendment.copy_text.endswith(
        "Toelichting\nZonder ondergrens komt sociale huur onder druk.\n\n[Naam indiener], [fractie]"
    )

    proposal = make_motion(
        title="Initiatiefvoorstel Jongerenfonds",
        document_type="initiatiefvoorstel",
        findings="",
        considerations="",
        operative_text="",
        explanation="Jongeren met schulden stoppen met hun opleiding.",
        decision_points="1. Een jongerenfonds in te richten;\n2. Het na twee jaar te evalueren.",
    )
    html = member_client.get(bank.motion_url(proposal)).content.decode()
    assert "Initiatiefvoorstel aan de raad van de gemeente Tilburg" in html
    assert '<h3 class="motion-document__heading">Beslispunten</h3>' in html
    assert "<li>Het na twee jaar te evalueren.</li>" in html


def test_numbering_typed_by_a_member_is_taken_off():
    assert items("1. Een\n2) Twee\n(3) Drie\nVraag 4: Vier\n- Vijf\n\n  • Zes  \n7 dagen") == [
        "Een",
        "Twee",
        "Drie",
        "Vier",
        "Vijf",
        "Zes",
        "7 dagen",
    ]


def test_required_parts_per_type():
    assert missing_parts("motie", {"findings": "x"}) == {
        "operative_text": "Vul in wat de motie vraagt of opdraagt (‘verzoekt het college …’)."
    }
    assert set(missing_parts("amendement", {"explanation": "x"})) == {
        "amended_proposal",
        "amendment_change",
    }
    assert set(missing_parts("schriftelijke_vragen", {"answers": "x"})) == {"questions"}
    assert set(missing_parts("initiatiefvoorstel", {})) == {"explanation", "decision_points"}


# The upload form -------------------------------------------------------------------------


@pytest.fixture
def form_data(breda, theme):
    def data(**overrides):
        values = {
            "document_type": "motie",
            "title": "Een titel",
            "governing_body": str(breda.pk),
            "date_submitted": "2024-05-16",
            "outcome": "aangenomen",
            "theme": str(theme.pk),
            "tags": "",
            "submitters": "Lotte Lid",
            "parties": "PvdA",
        }
        values.update(overrides)
        return values

    return data


def test_the_upload_form_shows_every_type_without_javascript(member_client, bank):
    html = member_client.get(bank.upload_url).content.decode()
    for value in ("motie", "amendement", "schriftelijke_vragen", "initiatiefvoorstel"):
        assert f'<fieldset class="motion-parts" data-document-type="{value}">' in html
    for name in ("amended_proposal", "questions", "answered_on", "initiative_explanation"):
        assert f'name="{name}"' in html


def test_written_questions_need_questions(member_client, bank, form_data):
    response = member_client.post(
        bank.upload_url,
        form_data(document_type="schriftelijke_vragen", introduction="Over de bus."),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_questions_error">Vul minstens één vraag in (één vraag per regel).' in html
    assert not Motion.objects.exists()


def test_an_amendment_gets_a_message_per_missing_part(member_client, bank, form_data):
    response = member_client.post(
        bank.upload_url,
        form_data(document_type="amendement", findings="Dit is een deel van een motie."),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vul in welk voorstel of ontwerpbesluit het amendement wijzigt." in html
    assert "Vul in wat het amendement in het ontwerpbesluit verandert." in html
    assert "Vul in wat de motie vraagt" not in html


def test_only_the_parts_of_the_chosen_type_are_saved(member_client, bank, form_data):
    response = member_client.post(
        bank.upload_url,
        form_data(
            document_type="schriftelijke_vragen",
            outcome="aangenomen",
            findings="Getypt toen het nog een motie was.",
            introduction="De bus stopt.",
            questions="1. Waarom?\n2. Wanneer?",
            answers="Omdat.",
            answered_on="2024-06-01",
            initiative_explanation="Ook niet van dit type.",
        ),
    )
    assert response.status_code == 302
    motion = Motion.objects.get()
    assert (motion.introduction, motion.questions, motion.answers) == (
        "De bus stopt.",
        "1. Waarom?\n2. Wanneer?",
        "Omdat.",
    )
    assert motion.answered_on == datetime.date(2024, 6, 1)
    assert motion.findings == motion.explanation == ""
    assert motion.outcome == "onbekend"  # questions are not voted on
    assert motion.latest_revision.content["questions"] == "1. Waarom?\n2. Wanneer?"


def test_an_initiative_proposal_is_saved_in_its_parts(member_client, bank, form_data):
    response = member_client.post(
        bank.upload_url,
        form_data(
            document_type="initiatiefvoorstel",
            initiative_explanation="Waarom het nodig is.",
            decision_points="Een fonds in te richten.",
        ),
    )
    assert response.status_code == 302
    motion = Motion.objects.get()
    assert (motion.explanation, motion.decision_points) == (
        "Waarom het nodig is.",
        "Een fonds in te richten.",
    )


def test_adapting_written_questions_fills_the_questions_not_the_answers(
    member_client, bank, questions
):
    html = member_client.get(bank.upload_url, {"gebaseerd_op": questions.pk}).content.decode()
    assert "Is het college hiervan op de hoogte?" in html
    assert "We praten met de provincie." not in html
    assert "De buslijn naar het ziekenhuis in Breda stopt" in html  # the member's own


# The admin form --------------------------------------------------------------------------


def admin_form(motion, **changes):
    form_class = MotionViewSet.edit_handler.bind_to_model(Motion).get_form_class()
    data = {
        "title": motion.title,
        "summary": motion.summary,
        "document_type": motion.document_type,
        "date_submitted": motion.date_submitted.isoformat(),
        "governing_body": motion.governing_body_id,
        "outcome": motion.outcome,
        "theme": motion.theme_id,
        "tags": "",
        "submitters": motion.submitters,
        "parties": motion.parties,
        **{name: getattr(motion, name) for name in migration.OLD},
    }
    data.update(changes)
    return form_class(data, instance=motion)


def test_the_admin_asks_for_the_parts_of_the_type(motion):
    form = admin_form(motion, document_type="amendement", amendment_change="Iets anders.")
    assert not form.is_valid()
    assert form.errors["amended_proposal"] == [
        "Vul in welk voorstel of ontwerpbesluit het amendement wijzigt."
    ]
    assert "amendment_change" not in form.errors
    form = admin_form(
        motion, document_type="amendement", amendment_change="Iets.", amended_proposal="Voorstel"
    )
    assert form.is_valid(), form.errors


# Carrying older motions over --------------------------------------------------------------


def test_the_data_migration_carries_each_type_over_and_back(make_motion, people):
    old = {"findings": "- Er iets is;", "considerations": "- Het ertoe doet;"}
    motie = make_motion(title="Motie", operative_text="- Iets te doen.", **old)
    vragen = make_motion(
        title="Vragen",
        document_type="schriftelijke_vragen",
        findings="Bewoners melden schimmel.",
        considerations="",
        operative_text="1. Weet het college dit?\n2. Wat doet het?",
    )
    amendement = make_motion(
        title="Amendement", document_type="amendement", operative_text="Toe te voegen: x.", **old
    )
    voorstel = make_motion(
        title="Voorstel", document_type="initiatiefvoorstel", operative_text="- Een fonds.", **old
    )
    vragen.save_revision(user=people["member"])  # a pending draft is carried over too

    migration.forward(apps, None)
    for item in (motie, vragen, amendement, voorstel):
        item.refresh_from_db()
    assert (motie.findings, motie.operative_text) == ("- Er iets is;", "- Iets te doen.")
    assert (vragen.introduction, vragen.questions, vragen.findings, vragen.operative_text) == (
        "Bewoners melden schimmel.",
        "1. Weet het college dit?\n2. Wat doet het?",
        "",
        "",
    )
    assert vragen.latest_revision.content["questions"] == vragen.questions
    assert vragen.latest_revision.content["findings"] == ""
    both = "Constaterende dat:\n- Er iets is;\n\nOverwegende dat:\n- Het ertoe doet;"
    assert (amendement.amendment_change, amendement.explanation) == ("Toe te voegen: x.", both)
    assert (voorstel.decision_points, voorstel.explanation) == ("- Een fonds.", both)
    assert voorstel.findings == voorstel.considerations == voorstel.operative_text == ""

    migration.forward(apps, None)  # a second run changes nothing
    voorstel.refresh_from_db()
    assert voorstel.explanation == both

    migration.backward(apps, None)
    vragen.refresh_from_db()
    voorstel.refresh_from_db()
    assert (vragen.findings, vragen.operative_text, vragen.questions) == (
        "Bewoners melden schimmel.",
        "1. Weet het college dit?\n2. Wat doet het?",
        "",
    )
    assert (voorstel.considerations, voorstel.operative_text) == (both, "- Een fonds.")


def test_import_carries_an_older_file_over_but_not_a_current_one(tmp_path, tilburg, theme):
    assert carry_over("motie", {"operative_text": "x"}) is None
    assert carry_over("schriftelijke_vragen", {"operative_text": "1. Waarom?"}) == {
        "introduction": "",
        "questions": "1. Waarom?",
        "findings": "",
        "considerations": "",
        "operative_text": "",
    }
    # it has its own parts already: nothing moves
    assert carry_over("amendement", {"operative_text": "x", "amendment_change": "y"}) is None
