"""
How fast the site's search index takes motions: the "our index N motions/s" figure of
`manage.py benchmark_search`, alone and quicker to run.

    DATABASE_URL=sqlite:///$PWD/.bench/bench-indexing.sqlite3 \
        .venv/bin/python -m tools.bench.indexing --motions 5000
    psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE clb_bench_indexing"   # once
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/clb_bench_indexing \
        .venv/bin/python -m tools.bench.indexing --motions 5000 --profile .bench/indexing.prof

The database's name must contain "bench": every motion in it is removed. It is
migrated first. The motions are the benchmark's corpus (tools/bench/benchmark.py:
generate_corpus), stored and indexed in batches of 2,000 with the default backend's
``add_bulk``, each batch in a transaction; only the indexing is timed. ``--profile``
writes cProfile's statistics of the indexing (and of the storing around it) and prints
the 25 most expensive functions. Besides the rate by the clock it prints the CPU time
per motion (of Python, and of the PostgreSQL server when it runs on this machine),
which another job on the machine changes less.
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


class CPUTimed:
    """A search backend whose add_bulk also counts CPU seconds: of this process, and of
    the PostgreSQL server process of its connection when that runs on this machine
    (read from /proc). On a machine shared with other work, CPU seconds per motion
    compare two versions better than the rate by the clock does."""

    def __init__(self, backend, connection):
        self.backend = backend
        self.connection = connection
        self.python = 0.0
        self.server = 0.0 if connection.vendor == "postgresql" else None

    def _server_seconds(self):
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:  # the server runs elsewhere
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def add_bulk(self, model, objects):
        server = self._server_seconds() if self.server is not None else None
        started = time.process_time()
        self.backend.add_bulk(model, objects)
        self.python += time.process_time() - started
        if server is not None:
            after = self._server_seconds()
            self.server = None if after is None else self.server + after - server


class Lines:
    """What generate_corpus writes its progress to: a line each."""

    def write(self, text):
        print(text, flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--motions", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", help="write cProfile statistics to this file")
    args = parser.parse_args(argv)

    url = os.environ.get("DATABASE_URL", "")
    name = url.rsplit("/", 1)[-1]
    if "bench" not in name:
        sys.exit(
            "Zet DATABASE_URL op een eigen database met 'bench' in de naam: deze meting "
            "wist alle moties erin."
        )
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clbsite.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from wagtail.search.backends import get_search_backend

    from tools.bench import benchmark

    call_command("migrate", interactive=False, verbosity=0)
    benchmark.clear_motions()
    backend = CPUTimed(get_search_backend(), connection)
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    storing, indexing = benchmark.generate_corpus(
        args.motions, args.seed, Lines(), {"ours": backend}
    )
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
        pstats.Stats(args.profile).sort_stats("cumulative").print_stats(25)
    rate = args.motions / indexing["ours"]
    print(
        f"{connection.vendor}: {args.motions:,} motions, generating and storing "
        f"{args.motions / storing:,.0f}/s, our index {rate:,.0f} motions/s "
        f"({indexing['ours']:.1f} s)"
    )
    cpu = f"{backend.python / args.motions * 1000:.2f} ms of Python"
    if backend.server is not None:
        cpu += f" + {backend.server / args.motions * 1000:.2f} ms of the PostgreSQL server"
    print(f"CPU per motion indexed: {cpu}; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
