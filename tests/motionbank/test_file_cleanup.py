"""
A motion's original file goes with the motion: deleting a motion in the admin (alone or in
bulk) deletes its document and, after the commit, the file on disk; a document that
another motion still uses stays. `manage.py motion_files --orphans` lists what is left
over anyway, and `--delete` removes it.
"""

import os
from io import StringIO
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection

import pytest

from motionbank.models import Motion
from motionbank.privacy import motion_collection

pytestmark = pytest.mark.django_db

Document = get_document_model()


@pytest.fixture
def editor_client(client, people, groups):
    client.force_login(people["editor"])
    return client


@pytest.fixture
def make_document(pdf_bytes):
    def make(name, collection=None):
        document = Document(title=name, collection=collection or motion_collection())
        document.file.save(f"{name}.pdf", ContentFile(pdf_bytes), save=False)
        document._set_document_file_metadata()
        document.save()
        return document

    return make


def on_disk(document):
    return Path(document.file.path).exists()


def gone(document):
    return not Document.objects.filter(pk=document.pk).exists() and not on_disk(document)


def test_deleting_a_motion_in_the_admin_deletes_its_file(
    editor_client, motion_with_file, django_capture_on_commit_callbacks
):
    document = motion_with_file.original_file
    assert on_disk(document)
    url = reverse("wagtailsnippets_motionbank_motion:delete", args=(motion_with_file.pk,))
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url)
    assert response.status_code == 302
    assert not Motion.objects.filter(pk=motion_with_file.pk).exists()
    assert gone(document)


def test_deleting_motions_in_bulk_deletes_their_files(
    editor_client, make_motion, make_document, django_capture_on_commit_callbacks
):
    first = make_motion(title="Eerste", original_file=make_document("eerste"))
    second = make_motion(title="Tweede", original_file=make_document("tweede"))
    url = reverse("wagtail_bulk_action", args=("motionbank", "motion", "delete"))
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(f"{url}?id={first.pk}&id={second.pk}")
    assert response.status_code == 302
    assert not Motion.objects.exists()
    assert gone(first.original_file) and gone(second.original_file)


def test_a_shared_file_stays_until_its_last_motion_is_deleted(
    make_motion, motion_document, django_capture_on_commit_callbacks
):
    first = make_motion(title="Origineel", original_file=motion_document)
    second = make_motion(title="Kopie", original_file=motion_document)
    with django_capture_on_commit_callbacks(execute=True):
        first.delete()
    assert Document.objects.filter(pk=motion_document.pk).exists() and on_disk(motion_document)
    with django_capture_on_commit_callbacks(execute=True):
        second.delete()
    assert gone(motion_document)


def test_a_file_a_draft_of_another_motion_uses_stays(
    make_motion, make_document, django_capture_on_commit_callbacks
):
    """An editor attached the file to another motion in a draft, not yet published."""
    document = make_document("gedeeld")
    deleted = make_motion(title="Weg", original_file=document)
    kept = make_motion(title="Blijft")
    kept.original_file = document
    kept.save_revision()
    Motion.objects.filter(pk=kept.pk).update(original_file=None)  # only the draft has it
    with django_capture_on_commit_callbacks(execute=True):
        deleted.delete()
    assert Document.objects.filter(pk=document.pk).exists() and on_disk(document)


def test_a_file_from_the_general_library_is_never_deleted(
    make_motion, make_document, django_capture_on_commit_callbacks
):
    library = Collection.get_first_root_node()
    document = make_document("handreiking", collection=library)
    motion = make_motion(title="Met een handreiking", original_file=document)
    with django_capture_on_commit_callbacks(execute=True):
        motion.delete()
    assert Document.objects.filter(pk=document.pk).exists() and on_disk(document)


def test_removing_a_member_keeps_their_motions_files(
    people, make_motion, motion_document, django_capture_on_commit_callbacks
):
    from motionbank.privacy import remove_member

    motion = make_motion(
        title="Van een lid", uploaded_by=people["member"], original_file=motion_document
    )
    with django_capture_on_commit_callbacks(execute=True):
        remove_member(people["member"])
    motion.refresh_from_db()
    assert motion.uploaded_by is None
    assert motion.original_file == motion_document and on_disk(motion_document)


def age(path, hours=2):
    old = Path(path).stat().st_mtime - hours * 3600
    os.utime(path, (old, old))


def test_the_orphans_are_listed_and_deleted(
    make_motion, make_document, own_media_root, pdf_bytes, django_capture_on_commit_callbacks
):
    used = make_document("gebruikt")
    make_motion(title="Met bestand", original_file=used)
    orphan = make_document("wees")  # in the collection, no motion
    library = make_document("bibliotheek", collection=Collection.get_first_root_node())
    stray = Path(own_media_root, "documents", "zwerver.pdf")
    stray.write_bytes(pdf_bytes)
    age(stray)
    fresh = Path(own_media_root, "documents", "net-geupload.pdf")  # an upload in progress
    fresh.write_bytes(pdf_bytes)
    for document in (used, orphan, library):
        age(document.file.path)

    listing = StringIO()
    call_command("motion_files", "--orphans", stdout=listing)
    output = listing.getvalue()
    assert f"document {orphan.pk}: wees" in output
    assert "documents/zwerver.pdf" in output
    for kept in ("gebruikt", "bibliotheek", "net-geupload"):
        assert kept not in output
    assert Document.objects.filter(pk=orphan.pk).exists() and stray.exists()  # listed only

    with django_capture_on_commit_callbacks(execute=True):
        call_command("motion_files", "--orphans", "--delete", stdout=StringIO())
    assert gone(orphan) and not stray.exists()
    assert on_disk(used) and on_disk(library) and fresh.exists()
    again = StringIO()
    call_command("motion_files", "--orphans", stdout=again)
    assert "0 document(en)" in again.getvalue() and "0 bestand(en)" in again.getvalue()
