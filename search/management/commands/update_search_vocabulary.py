from django.core.management.base import BaseCommand

from search.suggestions import update_vocabulary, vocabulary_models


class Command(BaseCommand):
    help = (
        "Bouwt de woordenlijst voor 'Bedoelde je ...?' opnieuw op uit de doorzoekbare tekst "
        "van pagina's, moties en activiteiten (search/suggestions.py)."
    )

    def handle(self, *args, **options):
        models = vocabulary_models()
        words = update_vocabulary(models)
        self.stdout.write(
            f"Zoekwoordenlijst bijgewerkt: {words} woorden uit {len(models)} soorten inhoud."
        )
