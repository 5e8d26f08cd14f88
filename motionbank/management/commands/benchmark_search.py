"""manage.py benchmark_search: the harness is tools/bench/benchmark.py; docs/benchmarks.md."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from tools.bench import benchmark


class Command(BaseCommand):
    help = (
        "Meet de zoekfunctie van de motiebank: maakt een corpus, indexeert het en zoekt een "
        "vaste mix met de eigen index, Wagtails standaardindex en een naïeve ORM-zoekopdracht. "
        "Alleen op een aparte benchmarkdatabase (naam met 'bench'): het wist alle moties."
    )

    def add_arguments(self, parser):
        parser.add_argument("--motions", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--reuse", action="store_true", help="Hergebruik een corpus van dezelfde grootte."
        )
        parser.add_argument("--skip-stock", action="store_true")
        parser.add_argument("--skip-naive", action="store_true")
        parser.add_argument(
            "--timeout",
            type=float,
            default=10.0,
            help="Seconden per zoekopdracht voor stock en naïef (10).",
        )
        parser.add_argument(
            "--output", default=str(Path(settings.BASE_DIR) / "docs" / "benchmarks.md")
        )
        parser.add_argument("--no-write", action="store_true")

    def handle(self, *args, **options):
        benchmark.run(options, self.stdout, self.style)
