from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from motionbank.io import COLUMNS, TAG_SEPARATOR, export_queryset, is_jsonl, write_csv, write_jsonl
from motionbank.models import Motion


class Command(BaseCommand):
    help = (
        "Schrijft alle gepubliceerde moties naar een bestand in het formaat dat "
        "import_motions leest: CSV (UTF-8, met kopregel) of JSON Lines (.jsonl). "
        f"Kolommen: {', '.join(COLUMNS)}. Niet-gepubliceerde moties (bijdragen in "
        "behandeling) worden overgeslagen, want een import publiceert elke regel. Het "
        "originele bestand, de tekst daaruit en wie de motie deelde gaan niet mee."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Pad naar het .csv- of .jsonl-bestand ('-': scherm)")

    def handle(self, *args, file, **options):
        motions = export_queryset(Motion.objects.filter(live=True).order_by("pk"))
        jsonl = is_jsonl(file)
        self.warn_about_losses(motions, jsonl)
        if file == "-":
            (write_jsonl if jsonl else write_csv)(motions.iterator(chunk_size=2000), self.stdout)
            return
        path = Path(file)
        if not path.parent.is_dir():
            raise CommandError(f"Map niet gevonden: {path.parent}")
        with open(path, "w", encoding="utf-8", newline="") as handle:
            (write_jsonl if jsonl else write_csv)(motions.iterator(chunk_size=2000), handle)
        skipped = Motion.objects.filter(live=False).count()
        self.stderr.write(
            self.style.SUCCESS(
                f"{motions.count()} gepubliceerde motie(s) geschreven naar {path}; "
                f"{skipped} niet-gepubliceerde overgeslagen."
            )
        )

    def warn_about_losses(self, motions, jsonl):
        """Say what an import of this file would not give back, before writing it."""
        keys = Counter(motions.values_list("title", "governing_body_id", "date_submitted"))
        doubles = sum(count - 1 for count in keys.values() if count > 1)
        if doubles:
            self.stderr.write(
                self.style.WARNING(
                    f"{doubles} motie(s) hebben dezelfde titel, hetzelfde bestuursorgaan en "
                    "dezelfde datum als een andere; import_motions neemt daarvan alleen de "
                    "eerste over en keurt de rest af."
                )
            )
        if not jsonl:
            tags = (
                Motion.tags.through.objects.filter(
                    content_object__in=motions, tag__name__contains=TAG_SEPARATOR
                )
                .values_list("tag__name", flat=True)
                .distinct()
            )
            names = sorted(tags)
            if names:
                self.stderr.write(
                    self.style.WARNING(
                        f"Trefwoorden met '{TAG_SEPARATOR}' worden bij een CSV-import gesplitst: "
                        f"{', '.join(names)}. Exporteer naar .jsonl om ze heel te houden."
                    )
                )
