from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from agenda.registrations import delete_expired


class Command(BaseCommand):
    help = (
        "Verwijdert de aanmeldingen van activiteiten die langer dan "
        "REGISTRATION_RETENTION_DAYS dagen geleden zijn afgelopen (docs/operations.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dagen",
            type=int,
            default=None,
            help="Bewaartermijn in dagen (standaard REGISTRATION_RETENTION_DAYS).",
        )

    def handle(self, *args, dagen=None, **options):
        days = settings.REGISTRATION_RETENTION_DAYS if dagen is None else dagen
        if days < 0:
            raise CommandError("De bewaartermijn kan niet negatief zijn.")
        deleted = delete_expired(days=days)
        self.stdout.write(
            f"{deleted} aanmelding(en) verwijderd van activiteiten die meer dan {days} "
            "dagen geleden afliepen."
        )
