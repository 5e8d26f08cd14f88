"""
`make relevance`: the relevance collection measured on a backend, and the table.

    DATABASE_URL=... python tools/relevance/run.py measure --out .relevance/sqlite.json
    python tools/relevance/run.py report .relevance/sqlite.json .relevance/postgres.json

`measure` needs a database of its own whose name contains "relevance" (it replaces
every motion in it): it loads the corpus, rebuilds the index, runs every query and
writes the first page of each as JSON. `report` prints recall@20 and nDCG@10 per
backend and category, the top-10 overlap of the first two, and the queries that miss.
"""

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def measure(args):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clbsite.settings.dev")
    import django

    django.setup()
    from django.db import connection

    from tools.relevance import evaluate
    from tools.relevance.collection import queries

    name = str(connection.settings_dict["NAME"])
    if "relevance" not in Path(name).name and not args.force:
        sys.exit(
            f"De database {name} heeft geen 'relevance' in de naam; het meten vervangt alle "
            "moties erin. Gebruik een eigen database (zie make relevance) of --force."
        )
    label = args.label or evaluate.backend_label()
    print(f"{label}: corpus laden en index opbouwen...", flush=True)
    ids = evaluate.prepare(sys.stdout)
    results = evaluate.measure(queries(), ids, sys.stdout)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump({"label": label, "results": results}, handle, ensure_ascii=False, indent=1)
    print(f"{label}: {len(results)} zoekvragen gemeten, in {args.out}")


def report(args):
    from tools.relevance.collection import queries
    from tools.relevance.report import table

    runs = []
    for path in args.files:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        runs.append((data["label"], data["results"]))
    print(table(runs, queries()))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("measure", help="meet op de database van DATABASE_URL")
    run.add_argument("--out", required=True, help="JSON-bestand voor de resultaten")
    run.add_argument("--label", help="naam van de backend in de tabel")
    run.add_argument("--force", action="store_true", help="ook zonder 'relevance' in de naam")
    run.set_defaults(handler=measure)
    show = commands.add_parser("report", help="de tabel van een of meer metingen")
    show.add_argument("files", nargs="+")
    show.set_defaults(handler=report)
    args = parser.parse_args(argv)
    args.handler(args)


if __name__ == "__main__":
    main()
