from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from motionbank.io import BATCH_SIZE, COLUMNS, FormatError, import_rows, read_rows


def printable(text):
    """One line per rejected row, whatever the row held: control characters (line breaks,
    terminal escape sequences) from an echoed value are shown escaped."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


class Command(BaseCommand):
    help = (
        "Importeert moties uit een CSV-bestand (UTF-8, met kopregel) of JSON Lines (.jsonl). "
        f"Kolommen: {', '.join(COLUMNS)}. Goede regels worden gepubliceerde moties; "
        "afgekeurde regels worden gemeld met regelnummer en reden. Opnieuw draaien is veilig: "
        "dezelfde titel, hetzelfde bestuursorgaan en dezelfde datum werkt de motie bij."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Pad naar het .csv- of .jsonl-bestand")
        parser.add_argument(
            "--batch-size", type=int, default=BATCH_SIZE, help="Regels per transactie"
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Bestand niet gevonden: {path}")
        try:
            report = import_rows(read_rows(path), batch_size=max(1, options["batch_size"]))
        except FormatError as error:
            raise CommandError(f"{path}: {error}") from error

        for rejected in report.rejected:
            reason = printable(rejected.reason)
            self.stderr.write(f"Regel {rejected.line} afgekeurd: {reason}")
        summary = (
            f"{report.created} nieuw, {report.updated} bijgewerkt, "
            f"{report.unchanged} ongewijzigd, {len(report.rejected)} afgekeurd."
        )
        style = self.style.WARNING if report.rejected else self.style.SUCCESS
        self.stdout.write(style(summary))
