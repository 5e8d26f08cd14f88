from django.core.management.base import BaseCommand, CommandError

from tools.bench.synthetic import DEFAULT_BATCH, generate


class Command(BaseCommand):
    help = (
        "Maakt N synthetische, realistische moties aan (gepubliceerd en geïndexeerd), "
        "bijvoorbeeld voor benchmarks met 100.000 of 1.000.000 moties."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="Aantal moties")
        parser.add_argument("--seed", type=int, default=None, help="Vaste willekeur")
        parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH)
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Niet indexeren (daarna: manage.py update_index)",
        )

    def handle(self, *args, **options):
        if options["count"] < 1:
            raise CommandError("Geef een aantal groter dan 0.")
        try:
            created, seconds = generate(
                options["count"],
                seed=options["seed"],
                batch_size=max(1, options["batch_size"]),
                index=not options["no_index"],
                stdout=self.stdout if options["verbosity"] > 1 else None,
            )
        except ValueError as error:
            raise CommandError(str(error)) from error
        rate = created / max(seconds, 1e-6)
        self.stdout.write(
            self.style.SUCCESS(f"{created} moties aangemaakt in {seconds:.1f} s ({rate:.0f}/s).")
        )
