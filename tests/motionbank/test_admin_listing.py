"""The editors' motion listing: status (concept, in moderatie, gepubliceerd), type, body
and who shared it, with filters on each; the export has Dutch headings and is safe to open
in a spreadsheet."""

import csv
import io
import re

import pytest
from openpyxl import load_workbook

from tests.factories.motionbank import GoverningBodyFactory

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/motionbank/motion/"


@pytest.fixture
def editor_client(client, people, groups):
    client.force_login(people["editor"])
    return client


@pytest.fixture
def three(make_motion, people, breda):
    """One motion of each status."""
    published = make_motion(title="Gepubliceerde motie", document_type="motie")
    concept = make_motion(
        title="Concept zonder moderatie",
        live=False,
        document_type="schriftelijke_vragen",
        governing_body=breda,
    )
    pending = make_motion(
        title='=HYPERLINK("https://kwaad.example")',
        live=False,
        uploaded_by=people["member"],
        document_type="amendement",
    )
    pending.save_revision(user=people["member"])
    pending.get_workflow().start(pending, people["member"])
    return {"published": published, "concept": concept, "pending": pending}


def titles(response):
    assert response.status_code == 200, response.content[:300]
    html = response.content.decode()
    found = re.findall(r'id="snippet_\d+_title"[^>]*>\s*([^<]+?)\s*<', html)
    return {title.replace("&quot;", '"') for title in found}


def rows(response):
    """Each listed row's cells as text, by the title in it."""
    html = response.content.decode()
    result = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", html, re.S):
        title = re.search(r'id="snippet_\d+_title"[^>]*>\s*([^<]+?)\s*<', row)
        if title:
            text = re.sub(r"<[^>]+>", " ", row)
            result[title.group(1).replace("&quot;", '"')] = " ".join(text.split())
    return result


def test_the_listing_shows_status_type_body_and_who_shared(editor_client, three):
    response = editor_client.get(LIST)
    html = response.content.decode()
    headings = [
        " ".join(re.sub(r"<[^>]+>", " ", cell).split())
        for cell in re.findall(r"<th[^>]*>(.*?)</th>", html, re.S)
    ]
    for heading in ("Status", "Soort", "Bestuursorgaan", "Gedeeld door"):
        assert heading in headings, headings
    listed = rows(response)
    assert "Gepubliceerd" in listed["Gepubliceerde motie"]
    assert "Concept" in listed["Concept zonder moderatie"]
    assert "Breda" in listed["Concept zonder moderatie"]
    assert "Schriftelijke vragen" in listed["Concept zonder moderatie"]
    pending = listed['=HYPERLINK("https://kwaad.example")']
    assert "In moderatie" in pending
    assert "Amendement" in pending
    assert "Lotte Lid" in pending


@pytest.mark.parametrize(
    "status, expected",
    [
        ("gepubliceerd", {"Gepubliceerde motie"}),
        ("concept", {"Concept zonder moderatie"}),
        ("in_moderatie", {'=HYPERLINK("https://kwaad.example")'}),
    ],
)
def test_filter_on_status(editor_client, three, status, expected):
    assert titles(editor_client.get(LIST, {"status": status})) == expected


def test_filter_on_type_body_and_sharer(editor_client, three, people, breda):
    assert titles(editor_client.get(LIST, {"document_type": "amendement"})) == {
        '=HYPERLINK("https://kwaad.example")'
    }
    assert titles(editor_client.get(LIST, {"governing_body": breda.pk})) == {
        "Concept zonder moderatie"
    }
    assert titles(editor_client.get(LIST, {"uploaded_by": people["member"].pk})) == {
        '=HYPERLINK("https://kwaad.example")'
    }
    # Filters combine.
    assert titles(editor_client.get(LIST, {"status": "concept", "governing_body": breda.pk})) == {
        "Concept zonder moderatie"
    }


@pytest.mark.parametrize(
    "params",
    [
        {"status": "weg"},
        {"governing_body": "abc"},
        {"governing_body": "99999999999999999999"},
        {"uploaded_by": "-1"},
        {"document_type": "\x00"},
    ],
)
def test_bad_filter_values_never_give_an_error(editor_client, three, params):
    assert editor_client.get(LIST, params).status_code == 200


def test_csv_export_has_dutch_headings_status_and_sharer(editor_client, three):
    response = editor_client.get(LIST, {"export": "csv", "status": "in_moderatie"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    table = list(csv.reader(io.StringIO(content, newline="")))
    header = table[0]
    for name in ("Titel", "Soort", "Bestuursorgaan", "Samenvatting", "Status", "Gedeeld door"):
        assert name in header, header
    assert "title" not in header and "document_type" not in header
    (row,) = table[1:]
    record = dict(zip(header, row, strict=True))
    assert record["Titel"] == '\'=HYPERLINK("https://kwaad.example")'  # no formula
    assert record["Status"] == "In moderatie"
    assert record["Gedeeld door"] == "Lotte Lid"


def test_xlsx_export_has_dutch_headings_and_text_cells(editor_client, three):
    response = editor_client.get(LIST, {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header = [cell.value for cell in next(sheet.iter_rows())]
    assert header[0] == "Titel" and "Status" in header
    titles_column = [row[0] for row in sheet.iter_rows(min_row=2)]
    dangerous = [cell for cell in titles_column if str(cell.value).startswith("=")]
    assert len(dangerous) == 1
    assert dangerous[0].data_type == "s" and dangerous[0].quotePrefix


def test_the_listing_makes_the_same_number_of_queries_for_more_motions(
    editor_client, three, make_motion, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        editor_client.get(LIST)
    for number in range(10):
        make_motion(title=f"Extra {number}", governing_body=GoverningBodyFactory())
    with django_assert_max_num_queries(len(few) + 2):
        editor_client.get(LIST)
