"""manage.py benchmark_search: see motionbank/benchmark.py and docs/benchmarks.md."""

import datetime
import gc
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from motionbank import benchmark
from motionbank.models import Motion
from search.fastindex import registry


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
        name = str(connection.settings_dict["NAME"])
        if "bench" not in name:
            raise CommandError(
                f"De database {name!r} heeft geen 'bench' in de naam. Deze meting wist alle "
                "moties; gebruik een aparte database, zoals `make bench` doet."
            )
        count = options["motions"]
        out = self.stdout
        out.write(f"Benchmark met {count:,} moties op {connection.vendor}")
        rates = {}
        stock = None if options["skip_stock"] else benchmark.stock_backend()
        ours = benchmark.get_search_backend()

        reuse = options["reuse"] and Motion.objects.count() == count
        if not reuse:
            out.write("Corpus maken en indexeren...")
            benchmark.clear_motions()
            backends = {"ours": ours}
            if stock is not None:
                backends["stock"] = stock
            storing, indexing = benchmark.generate_corpus(count, options["seed"], out, backends)
            rates["generate"] = count / storing
            for label, seconds in indexing.items():
                rates[label] = count / seconds
                out.write(f"  indexeren ({label}): {rates[label]:,.0f} moties per seconde")

        if connection.vendor == "postgresql":
            # Planner statistics, as autovacuum keeps them in production (it is off on
            # some machines, which leaves a new corpus without any).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        registry.reset()
        started = datetime.datetime.now()
        load_started = time.perf_counter()
        store = registry.store_for(Motion)
        rates["columns_load"] = time.perf_counter() - load_started
        out.write(f"Kolommen in het geheugen geladen in {rates['columns_load']:.2f} s")

        vocabulary = benchmark.Vocabulary(seed=options["seed"])
        mix = benchmark.build_mix(vocabulary)
        answer_ours = benchmark.answer_with(ours)
        for search in mix:
            search.total = answer_ours(search)
            search.stratum = benchmark.stratum_of(search.total, count)

        timeout = options["timeout"]
        results = {}
        # As gunicorn's master before forking (gunicorn.conf.py): the harness's own
        # long-lived objects are not walked by collections during the timed searches.
        gc.collect()
        gc.freeze()
        out.write(f"{len(mix)} zoekopdrachten, eigen index...")
        results["eigen"] = benchmark.run_mix(mix, answer_ours, timeout, store.forget_matches)
        if stock is not None:
            out.write("...Wagtails standaardindex (kan lang duren)...")
            results["stock"] = benchmark.run_mix(mix, benchmark.answer_with(stock), timeout)
        mismatches, compared = [], 0
        if not options["skip_naive"]:
            out.write("...naïeve ORM-zoekopdracht...")
            results["naïef"] = benchmark.run_mix(mix, benchmark.naive_answer, timeout)
            safe = benchmark.safe_words(vocabulary, mix)
            for search, (_timing, naive_total) in zip(mix, results["naïef"], strict=True):
                if naive_total is None or not all(word in safe for word in search.words):
                    continue
                compared += 1
                if naive_total != search.total:
                    mismatches.append((search, naive_total))

        report = benchmark.Report(
            count=count,
            mix=mix,
            results=results,
            timeout=timeout,
            rates=rates,
            compared=compared,
            mismatches=mismatches,
            started=started,
            store_mb=benchmark.store_memory_mb(),
            peak_mb=benchmark.peak_memory_mb(),
            machine=benchmark.machine(),
            arguments="".join(
                f" --{name.replace('_', '-')}"
                for name in ("reuse", "skip_stock", "skip_naive")
                if options[name]
            ),
            baseline_p95=benchmark.Report.p95_in_file(
                Path(options["output"]),
                100_000,
                "SQLite" if connection.vendor == "sqlite" else "PostgreSQL",
            ),
        )
        text = report.markdown()
        out.write(text)
        if mismatches:
            out.write(self.style.ERROR(f"{len(mismatches)} totalen wijken af van de naïeve."))
        if not options["no_write"]:
            report.write(Path(options["output"]))
            out.write(f"Geschreven naar {options['output']}")
        if mismatches:
            raise CommandError("Totalen wijken af van de naïeve zoekopdracht.")
