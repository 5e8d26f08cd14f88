import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from motionbank.privacy import export_member_data


class Command(BaseCommand):
    help = (
        "Schrijft alles wat de site over een lid bewaart als JSON: het account, de "
        "ledengegevens, de gedeelde moties, de persoonlijke agendafeed en de inlogpogingen."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="De gebruikersnaam van het lid")
        parser.add_argument(
            "--output", "-o", help="Schrijf naar dit bestand in plaats van naar het scherm"
        )

    def handle(self, *args, username, output=None, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Er is geen gebruiker met de gebruikersnaam {username!r}.")
        text = json.dumps(export_member_data(user), ensure_ascii=False, indent=2)
        if output:
            Path(output).write_text(text + "\n", encoding="utf-8")
            self.stderr.write(f"Gegevens van {username} geschreven naar {output}.")
        else:
            self.stdout.write(text)
