"""reconcile_index finds and repairs an index broken on purpose."""

import io

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

import pytest

from motionbank.models import Motion
from search.fastindex import registry
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command("reconcile_index", *args, stdout=out)
    return out.getvalue()


def found(query):
    registry.forget_checks()
    return {m.title for m in get_search_backend().search(query, Motion.objects.all())}


def test_a_healthy_index_needs_nothing(make_motion):
    make_motion("Motie over water")
    assert "Alle indexen kloppen." in run("--model", "motionbank.Motion")


def test_repairs_missing_stale_and_deleted_motions(make_motion):
    missing = make_motion("Motie over fietspaden")
    stale = make_motion("Motie over bomen")
    make_motion("Motie over water")
    text = registry.text_index_for(Motion, connection.alias)
    # Break the index on purpose: one entry gone, one with old text, one orphan.
    text.delete([missing.pk])
    Motion.objects.filter(pk=stale.pk).update(title="Motie over groen")
    text.write(
        [
            Motion(
                pk=999_999,
                title="Verdwenen motie",
                governing_body=stale.governing_body,
                theme=stale.theme,
                date_submitted=stale.date_submitted,
            )
        ]
    )
    assert found("fietspaden") == set()
    assert found("verdwenen") == set()

    report = run("--dry-run", "--model", "motionbank.Motion")
    assert "motionbank.Motion: 1 ontbrekend, 1 verouderd, 1 verwijderd (gevonden)" in report
    assert found("fietspaden") == set()  # a dry run changes nothing

    report = run("--model", "motionbank.Motion")
    assert "1 ontbrekend, 1 verouderd, 1 verwijderd (hersteld)" in report
    assert found("fietspaden") == {"Motie over fietspaden"}
    assert found("groen") == {"Motie over groen"}
    assert found("verdwenen") == set()
    assert "Alle indexen kloppen." in run("--model", "motionbank.Motion")


def test_repairs_a_motions_missing_or_orphaned_entry_in_wagtails_index(make_motion):
    """Each motion has its entry in Wagtail's index table (search/fastindex/entries.py);
    one without (as a database indexed before the entries were written) is missing."""
    motion = make_motion("Motie over fietspaden")
    entries = IndexEntry.objects.filter(content_type__model="motion")
    entries.filter(object_id=str(motion.pk)).delete()
    # The entry of a motion that is gone (removed while the index was not listening).
    content_type = ContentType.objects.get_for_model(Motion)
    IndexEntry.objects.create(content_type=content_type, object_id="999999", title="weg")

    report = run("--model", "motionbank.Motion")
    assert "motionbank.Motion: 1 ontbrekend, 0 verouderd, 1 verwijderd (hersteld)" in report
    assert list(entries.values_list("object_id", flat=True)) == [str(motion.pk)]
    assert "Alle indexen kloppen." in run("--model", "motionbank.Motion")


def test_repairs_wagtails_own_index_of_pages(home_page):
    page = StandardPageFactory(parent=home_page, title="Over de vereniging")
    entries = IndexEntry.objects.filter(object_id=str(page.pk))
    assert entries.exists()
    entries.delete()
    report = run("--model", "home.StandardPage")
    assert "home.StandardPage: 1 ontbrekend" in report
    assert IndexEntry.objects.filter(object_id=str(page.pk)).exists()


def test_reference_data_loaded_by_migrations_gets_indexed():
    """Rows that data migrations create send no signals; reconcile_index (or update_index,
    which `make run` runs) puts them in the index, so admin choosers can search them."""
    report = run("--model", "motionbank.GoverningBody")
    assert "motionbank.GoverningBody: 375 ontbrekend" in report
    assert "Alle indexen kloppen." in run("--model", "motionbank.GoverningBody")
