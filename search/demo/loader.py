"""
The search layer's demo content: the synonyms of synonyms.yaml (beside this module), and
afterwards the vocabulary of "Bedoelde je ...?" from everything the other loaders made.
Idempotent: an entry whose term exists is left alone (staff may have changed it).
"""

from pathlib import Path

import yaml

from search.models import Synonym
from search.suggestions import update_vocabulary

DATA = Path(__file__).resolve().parent


def synonym_entries():
    with open(DATA / "synonyms.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load(stdout=None):
    created = 0
    for entry in synonym_entries():
        _, was_created = Synonym.objects.get_or_create(
            term=entry["term"], defaults={"equivalents": "\n".join(entry["equivalents"])}
        )
        created += was_created
    words = update_vocabulary()
    if stdout is not None:
        stdout.write(f"Synoniemen: {created} nieuw; zoekwoordenlijst: {words} woorden.")
    return created
