from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.documents import get_document_model

from motionbank.files import MIN_ORPHAN_AGE, orphan_documents, orphan_files


class Command(BaseCommand):
    help = (
        "Zoekt wat er van de bestanden van moties is overgebleven: documenten in de collectie "
        "‘Motiebank’ die geen motie (ook geen concept of eerdere versie) gebruikt, en "
        "bestanden in de map documents zonder document. Met --delete worden ze verwijderd."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--orphans",
            action="store_true",
            help="Toon documenten en bestanden die nergens meer bij horen",
        )
        parser.add_argument(
            "--delete",
            action="store_true",
            help="Verwijder ze ook (met --orphans)",
        )

    def handle(self, *args, orphans=False, delete=False, **options):
        if not orphans:
            raise CommandError("Geef --orphans op (en --delete om ze ook te verwijderen).")
        documents = list(orphan_documents())
        files = orphan_files()
        hours = int(MIN_ORPHAN_AGE.total_seconds() // 3600)
        self.stdout.write(
            f"{len(documents)} document(en) in de collectie ‘Motiebank’ zonder motie:"
        )
        for document in documents:
            self.stdout.write(f"  document {document.pk}: {document.title} ({document.file.name})")
        self.stdout.write(f"{len(files)} bestand(en) zonder document (ouder dan {hours} uur):")
        for name in files:
            self.stdout.write(f"  {name}")
        if not delete:
            if documents or files:
                self.stdout.write("Niets verwijderd; gebruik --delete om ze te verwijderen.")
            return
        with transaction.atomic():
            # Wagtail deletes each document's file after the commit.
            get_document_model().objects.filter(pk__in=[d.pk for d in documents]).delete()
        storage = get_document_model()._meta.get_field("file").storage
        for name in files:
            storage.delete(name)
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(documents)} document(en) en {len(files)} bestand(en) verwijderd."
            )
        )
