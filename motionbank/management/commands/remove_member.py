from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from motionbank.privacy import RemovalRefused, check_removable, remove_member


class Command(BaseCommand):
    help = (
        "Verwijdert een lid: het account, de ledengegevens, de persoonlijke agendafeed en "
        "de inlogpogingen. De moties die het lid deelde blijven, zonder naam van wie ze "
        "deelde. Exporteer de gegevens eerst als het lid daarom vroeg (export_member_data)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="De gebruikersnaam van het lid")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Niet om bevestiging vragen",
        )

    def handle(self, *args, username, interactive=True, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Er is geen gebruiker met de gebruikersnaam {username!r}.")
        try:
            check_removable(user)
        except RemovalRefused as error:
            raise CommandError(str(error)) from error
        if interactive:
            answer = input(
                f"{username} en zijn of haar persoonsgegevens definitief verwijderen? "
                "Typ de gebruikersnaam om te bevestigen: "
            )
            if answer.strip() != username:
                raise CommandError("Niet bevestigd; er is niets verwijderd.")
        removal = remove_member(user)
        self.stdout.write(
            self.style.SUCCESS(
                f"{removal.username} verwijderd. {removal.motions_kept} motie(s) blijven, "
                "zonder naam van wie ze deelde; "
                f"ledengegevens: {'verwijderd' if removal.member_record else 'geen'}; "
                + "".join(
                    f"{label}: {'verwijderd' if removed else 'geen'}; "
                    for label, removed in removal.parts.items()
                )
                + f"{removal.login_records} inlogregistratie(s) verwijderd."
            )
        )
