"""
Export every published motion (`manage.py export_motions`), delete them all, import the
file again (`manage.py import_motions`): every field of every motion comes back. What the
format does not carry (the original file, its text, the uploader, "adapted from") is
listed in NOT_IN_THE_FORMAT and in docs/operations.md; a new field on Motion fails
test_every_motion_field_is_accounted_for until it is placed in one of the lists.
"""

import datetime
import io
import json

from django.core.management import call_command

from wagtail.search.backends import get_search_backend

import pytest

from motionbank.io import COLUMNS
from motionbank.models import Motion
from search.fastindex import registry
from tests.factories import UserFactory
from tests.factories.motionbank import GoverningBodyFactory, MotionFactory, ThemeFactory

pytestmark = pytest.mark.django_db

# Motion fields, by what a round trip does with them.
ROUND_TRIPPED = (
    "title",
    "summary",
    "document_type",
    "date_submitted",
    "governing_body",
    "outcome",
    "theme",
    "submitters",
    "parties",
    "findings",
    "considerations",
    "operative_text",
    "amended_proposal",
    "amendment_change",
    "explanation",
    "introduction",
    "questions",
    "answers",
    "answered_on",
    "decision_points",
    "source_url",
)  # and the tags (a relation, not a column)
DERIVED = ("slug", "title_key", "tier", "province", "year")  # computed again on import
NOT_IN_THE_FORMAT = (
    "original_file",
    "extracted_text",
    "uploaded_by",
    "adapted_from",
)
BOOKKEEPING = (  # new rows, new history: ids, timestamps, revisions, publishing, locks
    "id",
    "latest_revision",
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "live_revision",
    "go_live_at",
    "expire_at",
    "expired",
    "locked",
    "locked_at",
    "locked_by",
    "created_at",
    "updated_at",
)

TRICKY = {
    "quotes": 'Zij zei: "dit is ""dubbel"" gequote" en \'enkel\'',
    "commas_semicolons": "een, twee; drie,,;; vier",
    "newlines": "Regel een\nregel twee\r\nregel drie\rregel vier\n\nna een lege regel",
    "diacritics": "Financiën, coördinatie, café, naïef, Ĳsselmeer, Œuvre — “citaat” ‘x’ €5",
    "html": '<script>alert("x")</script> <b>vet</b> &amp; &lt;tag&gt; <a href="x">link</a>',
    "formula": '=HYPERLINK("http://kwaad.example","klik") +1 -2 @SUM(A1)',
    "unicode": "Emoji 🚲🌳, tab\tertussen, lijnscheiding\u2028en alinea\u2029, zerowidth\u200b.",
    "backslash": "C:\\pad\\naar\\bestand \\n is geen regeleinde",
}


@pytest.fixture
def varied_motions():
    bergen_l = GoverningBodyFactory(code="TS9001", name="Bergen", province="Limburg")
    bergen_nh = GoverningBodyFactory(code="TS9002", name="Bergen", province="Noord-Holland")
    province = GoverningBodyFactory(
        code="TS9003", name="Testprovincie", tier="provincie", province="Testprovincie"
    )
    water = GoverningBodyFactory(
        code="TS9004", name="Waterschap Testpolder", tier="waterschap", province="Utrecht"
    )
    care = ThemeFactory(name="Zorg test", slug="zorg-test")
    # A theme whose *name* is another theme's slug: the slug must win.
    confusing = ThemeFactory(name="zorg-test", slug="iets-anders")
    housing = ThemeFactory(name="Wonen en ruimte", slug="wonen-en-ruimte")

    motions = [
        MotionFactory(
            title="Motie Betaalbaar wonen",
            governing_body=bergen_l,
            theme=housing,
            tags=["wonen", "huur", "Ouderen"],
            source_url="https://raad.example.nl/moties/1?x=1&y=2",
        ),
        MotionFactory(
            title="Motie Betaalbaar wonen",  # same title, the other Bergen
            governing_body=bergen_nh,
            theme=housing,
            date_submitted=datetime.date(2019, 1, 31),
            outcome="verworpen",
        ),
        MotionFactory(
            title='Vragen over "de brug", de sluis; en <het> gemaal',
            document_type="schriftelijke_vragen",
            governing_body=water,
            theme=care,
            outcome="onbekend",
            submitters="José Núñez, Ĳsbrand de Vries; Anne-Marie 't Hart",
            parties="PvdA, GroenLinks; D66",
            summary=TRICKY["quotes"],
            findings="",
            considerations="",
            operative_text="",
            introduction=TRICKY["newlines"],
            questions=TRICKY["html"] + "\n" + TRICKY["formula"],
            answers=TRICKY["quotes"],
            answered_on=datetime.date(2024, 2, 29),
            tags=["water", "dijk & sluis", "café-overleg"],
        ),
        MotionFactory(
            title="Amendement Begroting 2025, post 3.1",
            document_type="amendement",
            governing_body=province,
            theme=confusing,
            outcome="aangehouden",
            summary=TRICKY["diacritics"],
            findings="",
            considerations="",
            operative_text="",
            amended_proposal=TRICKY["unicode"],
            amendment_change=TRICKY["backslash"],
            explanation=TRICKY["commas_semicolons"],
            date_submitted=datetime.date(2025, 12, 31),
        ),
        MotionFactory(
            title="Initiatiefvoorstel Lange tekst",
            document_type="initiatiefvoorstel",
            governing_body=bergen_nh,
            theme=care,
            outcome="ingetrokken",
            summary="",
            findings="",
            considerations="",
            operative_text="",
            explanation=TRICKY["newlines"],
            decision_points="Besluit " + "heel lang, " * 20_000 + "klaar.",  # 220 kB
            submitters="",
            parties="",
        ),
        MotionFactory(
            title="Motie Alleen samenvatting",
            governing_body=province,
            theme=housing,
            summary="Alleen een samenvatting, verder niets.",
            findings="",
            considerations="",
            operative_text="",
        ),
    ]
    return motions


def snapshot(queryset=None):
    """Every exported field of every published motion, keyed by what identifies it."""
    queryset = queryset if queryset is not None else Motion.objects.filter(live=True)
    result = {}
    for motion in queryset.select_related("governing_body", "theme").prefetch_related("tags"):
        values = {name: getattr(motion, name) for name in ROUND_TRIPPED + DERIVED}
        values["governing_body"] = motion.governing_body.code
        values["theme"] = motion.theme.slug
        values["tags"] = sorted(tag.name for tag in motion.tags.all())
        values["live"] = motion.live
        key = (motion.title, motion.governing_body.code, motion.date_submitted)
        assert key not in result, key
        result[key] = values
    return result


def export(path):
    out, err = io.StringIO(), io.StringIO()
    call_command("export_motions", str(path), stdout=out, stderr=err)
    return err.getvalue()


def import_(path):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_motions", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_every_motion_field_is_accounted_for():
    fields = {field.name for field in Motion._meta.concrete_fields}
    listed = set(ROUND_TRIPPED + DERIVED + NOT_IN_THE_FORMAT + BOOKKEEPING)
    assert fields == listed, f"not listed: {fields - listed}, gone: {listed - fields}"
    # The format's columns are exactly the round-tripped fields plus the tags.
    assert set(COLUMNS) == set(ROUND_TRIPPED) | {"tags"}


@pytest.mark.parametrize("name", ["moties.csv", "moties.jsonl"])
def test_export_delete_import_gives_every_motion_back(name, tmp_path, varied_motions):
    uploader = UserFactory(username="deler")
    shared = varied_motions[0]
    shared.uploaded_by = uploader
    shared.adapted_from = varied_motions[1]
    shared.extracted_text = "Tekst uit het bestand."
    shared.save()
    draft = MotionFactory(title="Motie In behandeling", live=False)
    if name.endswith(".jsonl"):
        # JSON Lines carry tags as a list, so the separator may occur in a tag.
        varied_motions[3].tags.add("a;b")
        varied_motions[3].save()  # a ClusterTaggableManager writes on save
    before = snapshot()
    assert len(before) == len(varied_motions)
    if name.endswith(".jsonl"):
        assert ["a;b"] in [values["tags"] for values in before.values()]
    path = tmp_path / name

    report = export(path)
    assert f"{len(varied_motions)} gepubliceerde motie(s) geschreven" in report
    assert "1 niet-gepubliceerde overgeslagen" in report
    assert "Waarschuwing" not in report and "gesplitst" not in report
    text = path.read_text(encoding="utf-8")
    assert draft.title not in text  # a draft would be published by the import
    if name.endswith(".csv"):
        # The ambiguous name is written as the CBS code, the clear ones by name.
        assert "TS9001" in text or "TS9002" in text
        assert "Provincie Testprovincie" in text and "Waterschap Testpolder" in text

    Motion.objects.all().delete()
    assert not Motion.objects.exists()

    out, err = import_(path)
    assert err == ""
    assert f"{len(varied_motions)} nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 afgekeurd." in out
    after = snapshot()
    assert after.keys() == before.keys()
    for key, values in before.items():
        for field, value in values.items():
            assert after[key][field] == value, (key, field)
    assert Motion.objects.count() == len(varied_motions)

    # Not in the format, as docs/operations.md says: the uploader, the original file and
    # its text, and the motion it was adapted from.
    again = Motion.objects.get(title=shared.title, governing_body__code="TS9001")
    assert again.uploaded_by is None and again.adapted_from is None
    assert again.extracted_text == "" and again.original_file is None

    # Imported motions are live and searchable again.
    registry.forget_checks()
    found = get_search_backend().search("gemaal", Motion.objects.live())
    assert [motion.title for motion in found] == [
        'Vragen over "de brug", de sluis; en <het> gemaal'
    ]


@pytest.mark.parametrize("name", ["moties.csv", "moties.jsonl"])
def test_importing_the_export_again_changes_nothing(name, tmp_path, varied_motions):
    path = tmp_path / name
    export(path)
    before = snapshot()
    stamps = dict(Motion.objects.values_list("pk", "updated_at"))

    out, err = import_(path)
    assert err == ""
    assert f"0 nieuw, 0 bijgewerkt, {len(varied_motions)} ongewijzigd, 0 afgekeurd." in out
    assert snapshot() == before
    assert dict(Motion.objects.values_list("pk", "updated_at")) == stamps


def test_motions_that_share_title_body_and_date_are_warned_about_and_refused(tmp_path):
    body = GoverningBodyFactory(code="TS9101", name="Dubbeldorp")
    theme = ThemeFactory(slug="dubbel", name="Dubbel")
    first = MotionFactory(title="Motie Dubbel", governing_body=body, theme=theme)
    MotionFactory(
        title="Motie Dubbel", governing_body=body, theme=theme, summary="Een andere tekst."
    )
    path = tmp_path / "moties.csv"

    report = export(path)
    assert "1 motie(s) hebben dezelfde titel, hetzelfde bestuursorgaan en dezelfde datum" in report

    Motion.objects.all().delete()
    out, err = import_(path)
    assert "1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 afgekeurd." in out
    assert "Regel 3 afgekeurd: zelfde titel, orgaan en datum als regel 2" in err
    assert Motion.objects.get().summary == first.summary


def test_csv_warns_about_tags_with_the_separator(tmp_path):
    MotionFactory(title="Motie Puntkomma", tags=["a;b", "gewoon"])
    report = export(tmp_path / "moties.csv")
    assert "Trefwoorden met ';' worden bij een CSV-import gesplitst: a;b." in report
    assert "gesplitst" not in export(tmp_path / "moties.jsonl")


def test_export_to_stdout(varied_motions):
    out = io.StringIO()
    call_command("export_motions", "-", stdout=out, stderr=io.StringIO())
    header = out.getvalue().splitlines()[0]
    assert header == ",".join(COLUMNS)


def test_json_lines_rows_are_objects_with_tag_lists(tmp_path, varied_motions):
    path = tmp_path / "moties.jsonl"
    export(path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]
    assert len(rows) == len(varied_motions)
    assert all(list(row) == list(COLUMNS) for row in rows)
    first = next(row for row in rows if row["tags"])
    assert isinstance(first["tags"], list)
