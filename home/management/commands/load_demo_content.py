from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string

from home.groups import EDITOR_GROUP, MEMBER_GROUP, ensure_groups

# Each app loads its own demo content; order matters (pages before events and motions).
LOADERS = [
    "home.demo.loader.load",
    "motionbank.demo.loader.load",
    "agenda.demo.loader.load",
    "news.demo.loader.load",
    "newsletter.demo.loader.load",
    "search.demo.loader.load",  # synonyms, and the vocabulary of all of the above
]

# Demo only: these accounts and passwords are printed on screen by design.
DEMO_ACCOUNTS = [
    {
        "username": "beheerder",
        "password": "clb-beheer-demo",
        "first_name": "Beheerder",
        "last_name": "",
        "email": "beheerder@clb-demo.nl",
        "superuser": True,
        "group": None,
    },
    {
        "username": "redactie",
        "password": "clb-redactie-demo",
        "first_name": "Ruth",
        "last_name": "de Redacteur",
        "email": "redactie@clb-demo.nl",
        "superuser": False,
        "group": EDITOR_GROUP,
    },
    {
        "username": "lid",
        "password": "clb-lid-demo",
        "first_name": "Lotte",
        "last_name": "Lid",
        "email": "lid@clb-demo.nl",
        "superuser": False,
        "group": MEMBER_GROUP,
    },
]


class Command(BaseCommand):
    help = (
        "Laadt de demo-inhoud: pagina's, referentiegegevens, voorbeeldaccounts. Alleen voor demo."
    )

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Demo-inhoud laden is uitgeschakeld in deze omgeving (DEMO_CONTENT_ALLOWED). "
                "Gebruik dit commando nooit met productie-instellingen."
            )
        ensure_groups()
        with transaction.atomic():
            # Accounts first: the motion bank's demo credits some motions to the member.
            accounts = [self.account(data) for data in DEMO_ACCOUNTS]
            created = 0
            for path in LOADERS:
                created += import_string(path)(stdout=self.stdout)

        self.stdout.write(self.style.SUCCESS(f"Demo-inhoud klaar ({created} nieuwe onderdelen)."))
        self.stdout.write("Demo-accounts (alleen voor de demo!):")
        for data, was_created in accounts:
            note = "" if was_created else "  (bestond al; wachtwoord niet gewijzigd)"
            role = "beheerder" if data["superuser"] else data["group"]
            self.stdout.write(
                f"  {role:<10} gebruikersnaam: {data['username']:<10} "
                f"wachtwoord: {data['password']}{note}"
            )

    def account(self, data):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=data["username"],
            defaults={
                "first_name": data["first_name"],
                "last_name": data["last_name"],
                "email": data["email"],
                "is_staff": data["superuser"],
                "is_superuser": data["superuser"],
            },
        )
        if created:
            user.set_password(data["password"])
            user.save()
            if data["group"]:
                user.groups.add(Group.objects.get(name=data["group"]))
        return data, created
