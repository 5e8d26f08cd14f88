from django.core.management.base import BaseCommand

from wagtail.search.backends import get_search_backends_with_name

from search.reconcile import leaf_models, reconcile


class Command(BaseCommand):
    help = (
        "Vergelijkt elke zoekindex met de database: ontbrekende, verouderde en verwijderde "
        "items. Herstelt ze, tenzij --dry-run."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Alleen melden.")
        parser.add_argument("--backend", help="Alleen deze zoekbackend (naam in settings).")
        parser.add_argument("--model", help="Alleen dit model, als app_label.Model.")

    def handle(self, *args, dry_run=False, backend=None, model=None, **options):
        total = 0
        for name, search_backend in get_search_backends_with_name(with_auto_update=True):
            if backend and name != backend:
                continue
            for indexed_model in leaf_models():
                if model and indexed_model._meta.label_lower != model.lower():
                    continue
                difference = reconcile(name, search_backend, indexed_model, fix=not dry_run)
                total += difference.total
                if difference.total:
                    action = "gevonden" if dry_run else "hersteld"
                    self.stdout.write(
                        f"{name} {difference.model}: {difference.missing} ontbrekend, "
                        f"{difference.stale} verouderd, {difference.deleted} verwijderd "
                        f"({action})"
                    )
        self.stdout.write(
            self.style.SUCCESS("Alle indexen kloppen.")
            if not total
            else f"{total} verschillen {'gevonden' if dry_run else 'hersteld'}."
        )
