"""generate_motions (synthetic motions for benchmarks) and the demo content loader."""

import io
import json

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import WorkflowState
from wagtail.search.backends import get_search_backend

import pytest

from motionbank.models import Member, Motion
from tools.bench.synthetic import Generator

pytestmark = pytest.mark.django_db


def test_generate_motions_creates_live_indexed_motions():
    out = io.StringIO()
    call_command("generate_motions", "300", "--seed", "7", stdout=out)
    assert "300 moties aangemaakt" in out.getvalue()
    motions = Motion.objects.all()
    assert motions.count() == 300
    assert not motions.filter(live=False).exists()
    # A realistic spread, not one of everything.
    assert motions.values("governing_body").distinct().count() > 50
    assert motions.values("theme").distinct().count() >= 8
    assert set(motions.values_list("tier", flat=True)) == {"gemeente", "provincie", "waterschap"}
    assert motions.values("year").distinct().count() >= 6
    assert set(motions.values_list("document_type", flat=True)) >= {
        "motie",
        "schriftelijke_vragen",
        "amendement",
    }
    assert (
        motions.filter(outcome="aangenomen").count() > motions.filter(outcome="aangehouden").count()
    )
    # Indexed: the search engine finds them by their Dutch words.
    assert get_search_backend().search("huurwoningen", Motion.objects.all()).count() > 0
    motion = motions.filter(document_type="motie").first()
    assert motion.findings.startswith("- ") and motion.operative_text


def test_generation_is_repeatable_with_a_seed():
    first, again = Generator(seed=3), Generator(seed=3)
    titles = [first.motion()[0].title for _ in range(5)]
    assert titles == [again.motion()[0].title for _ in range(5)]


def test_generate_motions_refuses_nonsense():
    with pytest.raises(CommandError):
        call_command("generate_motions", "0", stdout=io.StringIO())


def test_demo_content_is_realistic_and_idempotent(home_page):
    from motionbank.demo import loader as demo

    rows = demo.MOTIONS_FILE.read_text(encoding="utf-8").splitlines()
    created = demo.load()
    assert created > len(rows)
    # Every row of the file becomes a motion (the pending one a draft).
    assert Motion.objects.count() == len(rows)
    assert Motion.objects.values("theme").distinct().count() >= 10
    assert set(Motion.objects.values_list("tier", flat=True)) == {
        "gemeente",
        "provincie",
        "waterschap",
    }
    assert Motion.objects.exclude(original_file=None).count() >= 5
    assert Motion.objects.filter(uploaded_by__username="lid").count() >= 3
    pending = Motion.objects.filter(live=False).get()
    assert WorkflowState.objects.for_instance(pending).get().status == "in_progress"
    member = Member.objects.get(user__username="lid")
    assert member.governing_body.name == "Tilburg" and member.function == "raadslid"
    assert Motion.objects.exclude(adapted_from=None).exists()
    with_file = Motion.objects.exclude(original_file=None).first()
    assert with_file.original_file.collection.name == "Motiebank"
    assert with_file.extracted_text

    counts = (Motion.objects.count(), Member.objects.count())
    assert demo.load() == 0
    assert (Motion.objects.count(), Member.objects.count()) == counts


def test_the_demo_motions_file_is_in_the_import_format():
    """What editors read in motionbank/demo/motions.jsonl imports as it is."""
    from motionbank.demo.loader import MOTIONS_FILE

    rows = MOTIONS_FILE.read_text(encoding="utf-8").splitlines()
    out = io.StringIO()
    call_command("import_motions", str(MOTIONS_FILE), stdout=out)
    assert out.getvalue().strip() == f"{len(rows)} nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 afgekeurd."
    assert Motion.objects.get(title="Geen kind buiten spel").governing_body.name == "Groningen"


def test_a_bad_row_in_the_demo_file_names_its_line(tmp_path, monkeypatch):
    from motionbank.demo import loader

    rows = [
        json.loads(line)
        for line in loader.MOTIONS_FILE.read_text(encoding="utf-8").splitlines()[:2]
    ]
    rows[1]["theme"] = "geen-bestaand-thema"
    path = tmp_path / "motions.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    monkeypatch.setattr(loader, "MOTIONS_FILE", path)
    with pytest.raises(ValueError, match="regel 2: onbekend thema “geen-bestaand-thema”"):
        loader.load()
    assert not Motion.objects.exists()
