"""
Import (`manage.py import_motions`, CSV and JSON Lines) and the admin's CSV export, which
share one column definition (motionbank/io.py): good rows become live motions, bad rows
are reported with their line number and a Dutch reason, and a second run changes nothing.
"""

import csv
import datetime
import io
import json

from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

from motionbank.io import COLUMNS
from motionbank.models import Motion
from motionbank.viewsets import heading
from tests.factories.motionbank import GoverningBodyFactory, MotionFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reference(db):
    return {
        "dorp": GoverningBodyFactory(code="TS1001", name="Importdorp", province="Utrecht"),
        "land": GoverningBodyFactory(
            code="TS1002", name="Importland", tier="provincie", province="Utrecht"
        ),
        "water": GoverningBodyFactory(
            code="TS1003", name="Waterschap Importpolder", tier="waterschap", province="Utrecht"
        ),
        "theme": ThemeFactory(name="Importthema", slug="importthema"),
    }


def row(**values):
    base = {
        "title": "Motie Bankjes in het park",
        "document_type": "motie",
        "date_submitted": "2024-03-14",
        "governing_body": "TS1001",
        "outcome": "aangenomen",
        "theme": "importthema",
        "tags": "groen;ouderen",
        "submitters": "Piet Parkman",
        "parties": "PvdA, GroenLinks",
        "summary": "Meer bankjes voor ouderen.",
        "findings": "- Ouderen nergens kunnen zitten;",
        "considerations": "- Rusten belangrijk is;",
        "operative_text": "- Twintig bankjes te plaatsen.",
        "source_url": "https://raad.example.nl/motie/1",
    }
    base.update(values)
    return base


GOOD_AND_BAD = [
    row(),  # line 2
    row(
        title="Vragen over het zwembad",
        document_type="Schriftelijke vragen",
        governing_body="Importdorp",
        outcome="Verworpen",
        tags="",
        source_url="",
    ),  # 3
    row(
        title="Motie Provinciaal fietspad",
        governing_body="Provincie Importland",
        theme="Importthema",
        outcome="",
    ),  # 4
    row(title=""),  # 5
    row(title="Brief", document_type="brief"),  # 6
    row(title="Verkeerde datum", date_submitted="14-03-2024"),  # 7
    row(title="Onbekende plaats", governing_body="Atlantis"),  # 8
    row(title="Onbekend thema", theme="ruimtevaart"),  # 9
    row(title="Rare uitslag", outcome="misschien"),  # 10
    row(),  # 11: the same as line 2
    row(title="Slechte link", source_url="javascript:alert(1)"),  # 12
    row(
        title="Waterschapsmotie",
        governing_body="Waterschap Importpolder",
        findings="Regel een\nregel twee",
    ),  # 13, spans two lines
    row(title="Na de meerregelige", governing_body="TS1003"),  # 15
]

EXPECTED_REJECTED = {
    5: "verplichte kolom leeg: title",
    6: "onbekende document_type “brief”",
    7: "datum “14-03-2024” is niet in de vorm JJJJ-MM-DD",
    8: "onbekend bestuursorgaan “Atlantis”",
    9: "onbekend thema “ruimtevaart”",
    10: "onbekende outcome “misschien”",
    11: "zelfde titel, orgaan en datum als regel 2",
    12: "source_url “javascript:alert(1)” is geen geldige link",
}


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(path):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_motions", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_csv_with_good_and_bad_rows(tmp_path, reference):
    out, err = run(write_csv(tmp_path / "moties.csv", GOOD_AND_BAD))
    assert "5 nieuw, 0 bijgewerkt, 0 ongewijzigd, 8 afgekeurd." in out
    for line, reason in EXPECTED_REJECTED.items():
        assert f"Regel {line} afgekeurd: {reason}" in err
    assert err.count("afgekeurd") == 8

    park = Motion.objects.get(title="Motie Bankjes in het park")
    assert park.live and park.governing_body == reference["dorp"]
    assert park.date_submitted == datetime.date(2024, 3, 14)
    assert park.year == 2024 and park.tier == "gemeente" and park.province == "Utrecht"
    assert sorted(t.name for t in park.tags.all()) == ["groen", "ouderen"]
    questions = Motion.objects.get(title="Vragen over het zwembad")
    assert questions.document_type == "schriftelijke_vragen"
    assert questions.outcome == "verworpen"
    cycle = Motion.objects.get(title="Motie Provinciaal fietspad")
    assert cycle.governing_body == reference["land"] and cycle.outcome == "onbekend"
    assert Motion.objects.get(title="Waterschapsmotie").findings == "Regel een\nregel twee"


def test_a_second_run_changes_nothing_and_a_changed_row_updates(tmp_path, reference):
    path = write_csv(tmp_path / "moties.csv", GOOD_AND_BAD)
    run(path)
    ids = set(Motion.objects.values_list("pk", flat=True))
    stamps = dict(Motion.objects.values_list("pk", "updated_at"))
    out, _err = run(path)
    assert "0 nieuw, 0 bijgewerkt, 5 ongewijzigd, 8 afgekeurd." in out
    assert set(Motion.objects.values_list("pk", flat=True)) == ids
    assert dict(Motion.objects.values_list("pk", "updated_at")) == stamps

    changed = [row(outcome="ingetrokken", tags="groen")]
    out, _err = run(write_csv(tmp_path / "wijziging.csv", changed))
    assert "0 nieuw, 1 bijgewerkt, 0 ongewijzigd, 0 afgekeurd." in out
    park = Motion.objects.get(title="Motie Bankjes in het park")
    assert park.outcome == "ingetrokken"
    assert [t.name for t in park.tags.all()] == ["groen"]
    assert Motion.objects.count() == 5


def test_imported_motions_are_found_by_members(tmp_path, reference, client, people, bank):
    run(write_csv(tmp_path / "moties.csv", GOOD_AND_BAD))
    client.force_login(people["member"])
    html = client.get(bank.url, {"q": "bankjes"}).content.decode()
    assert "Motie Bankjes in het park" in html


def test_json_lines(tmp_path, reference):
    path = tmp_path / "moties.jsonl"
    lines = [
        json.dumps(row(tags=["groen", "ouderen"])),
        "",
        "{niet json",
        json.dumps(["geen", "object"]),
        json.dumps(row(title="Tweede motie", governing_body="Importdorp")),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err = run(path)
    assert "2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 2 afgekeurd." in out
    assert "Regel 3 afgekeurd: geen geldige JSON" in err
    assert "Regel 4 afgekeurd: een regel moet een JSON-object zijn" in err
    assert sorted(
        t.name for t in Motion.objects.get(title="Motie Bankjes in het park").tags.all()
    ) == ["groen", "ouderen"]


def test_batches_commit_separately(tmp_path, reference):
    rows = [row(title=f"Motie {n}") for n in range(7)]
    path = write_csv(tmp_path / "moties.csv", rows)
    call_command("import_motions", str(path), "--batch-size", "3", stdout=io.StringIO())
    assert Motion.objects.filter(title__startswith="Motie ").count() == 7


def test_a_file_without_the_required_columns_is_refused(tmp_path, reference):
    path = tmp_path / "leeg.csv"
    path.write_text("naam,datum\nx,y\n", encoding="utf-8")
    with pytest.raises(CommandError, match="De kopregel mist de kolom"):
        run(path)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError, match="Bestand niet gevonden"):
        run(tmp_path / "bestaat-niet.csv")


def test_admin_export_has_the_import_columns_under_dutch_headings(
    client, people, groups, reference
):
    """The admin's export is for a spreadsheet: the import columns under Dutch headings,
    plus status and who shared it. `export_motions` is the one to import again
    (tests/motionbank/test_roundtrip.py)."""
    MotionFactory(
        title="Motie Exportproef",
        governing_body=reference["land"],
        theme=reference["theme"],
        date_submitted=datetime.date(2022, 2, 2),
        tags=["een", "twee"],
        source_url="https://example.nl/m",
        findings="Er iets aan de hand is;",
        considerations="Het ertoe doet;",
        operative_text="Er iets aan te doen.",
    )
    client.force_login(people["editor"])
    response = client.get("/admin/snippets/motionbank/motion/", {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert list(rows[0].keys()) == [
        *(str(heading(column)) for column in COLUMNS),
        "Status",
        "Gedeeld door",
    ]
    exported = next(r for r in rows if r["Titel"] == "Motie Exportproef")
    assert exported["Bestuursorgaan"] == "Provincie Importland"
    assert exported["Thema"] == "importthema"
    assert exported["Trefwoorden"] == "een;twee"
    assert exported["Datum ingediend"] == "2022-02-02"
    assert exported["Status"] == "Gepubliceerd"


def test_a_nul_character_is_refused_not_stored(tmp_path, reference):
    """PostgreSQL cannot store NUL; the row is refused with a reason, the others go in."""
    path = tmp_path / "moties.jsonl"
    rows = [
        row(title="Motie\x00 met een nulteken"),
        {**row(title="Motie Tags met een nulteken"), "tags": ["groen", "ou\x00deren"]},
        row(title="Motie Zonder nulteken"),
    ]
    path.write_text("\n".join(json.dumps(item) for item in rows) + "\n", encoding="utf-8")
    out, err = run(path)
    assert "1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 2 afgekeurd." in out
    assert "Regel 1 afgekeurd: ongeldige tekens (NUL) in kolom: title" in err
    assert "Regel 2 afgekeurd: ongeldige tekens (NUL) in kolom: tags" in err
    assert list(Motion.objects.values_list("title", flat=True)) == ["Motie Zonder nulteken"]
