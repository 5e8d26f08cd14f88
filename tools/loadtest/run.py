"""
`make loadtest`: the site under gunicorn with production settings, driven by Locust
from a second process on 127.0.0.1, with a bounded run per scenario.

    python -m tools.loadtest.run          # the per-page table (pages under load)
    python -m tools.loadtest.run --mixed  # 50 clients for 2 minutes, visitors, searches, uploads

It prepares a PostgreSQL database (LOADTEST_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/clb_loadtest) with the demo content and
--motions synthetic motions (once; reused while the count matches), collects static
files, starts gunicorn and measures, per page: requests per second, p50/p95 and errors,
and in the same run the rate of a bare Django view on the same stack. Results are
printed and written to docs/benchmarks.md ("## Load test" sections).
"""

import argparse
import csv
import datetime
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from zoneinfo import ZoneInfo

from tools.report import write_section

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / ".loadtest"
PYTHON = sys.executable
BIN = Path(PYTHON).parent
PORT = 8123
BASE = f"http://127.0.0.1:{PORT}"


def amsterdam_now():
    return datetime.datetime.now(ZoneInfo("Europe/Amsterdam"))


def env(**extra):
    values = {
        **os.environ,
        "SECRET_KEY": "loadtest-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": os.environ.get(
            "LOADTEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clb_loadtest"
        ),
        # Redis as in production (docs/operations.md): sessions and pages apart.
        "CACHE_URL": os.environ.get("LOADTEST_CACHE_URL", "redis://127.0.0.1:6379/13"),
        "PAGE_CACHE_URL": os.environ.get("LOADTEST_PAGE_CACHE_URL", "redis://127.0.0.1:6379/14"),
        "STATIC_ROOT": str(WORK / "static"),
        "MEDIA_ROOT": str(WORK / "media"),
        "CONN_MAX_AGE": "600",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    values.update(extra)
    return values


def manage(*args, settings="clbsite.settings.dev", **extra):
    subprocess.run(
        [PYTHON, "manage.py", *args, f"--settings={settings}"],
        cwd=ROOT,
        env=env(**extra),
        check=True,
    )


def django_value(code):
    return (
        subprocess.run(
            [PYTHON, "manage.py", "shell", "--settings=clbsite.settings.dev", "-c", code],
            cwd=ROOT,
            env=env(),
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )


def ensure_database():
    url = env()["DATABASE_URL"]
    if url.startswith("postgres"):
        import psycopg

        base, name = url.rsplit("/", 1)
        with psycopg.connect(base + "/postgres", autocommit=True) as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                connection.execute(f"CREATE DATABASE {name}")


def analyze():
    """Planner statistics, as autovacuum keeps them in production (it is off on some
    machines, which leaves the generated motions without any)."""
    url = env()["DATABASE_URL"]
    if url.startswith("postgres"):
        import psycopg

        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("ANALYZE")


def prepare(motions):
    WORK.mkdir(exist_ok=True)
    ensure_database()
    manage("migrate", "--noinput", "-v0")
    manage("load_demo_content")
    have = int(
        django_value(
            "from motionbank.models import Motion; print(Motion.objects.filter(live=True).count())"
        )
    )
    if have < motions:
        print(f"Generating {motions - have:,} motions...", flush=True)
        manage("generate_motions", str(motions - have))
        # The vocabulary of the motions too, as the nightly rebuild keeps it in production
        # ("Bedoelde je" and the related motions after a short list read it).
        manage("update_search_vocabulary")
    analyze()
    manage("shell", "-c", "from django.core.cache import caches; [c.clear() for c in caches.all()]")
    manage("collectstatic", "--noinput", "-v0", settings="tools.loadtest.settings")
    from home.demo.pdf import make_pdf

    pdf = WORK / "motie.pdf"
    pdf.write_bytes(make_pdf("Motie laadtest", ["Constaterende dat dit een test is."] * 5))
    return pdf


class Server:
    def __init__(self, workers, page_cache_seconds):
        self.workers = workers
        self.page_cache_seconds = page_cache_seconds

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "tools.loadtest.wsgi",
                "--workers",
                str(self.workers),
                "--bind",
                f"127.0.0.1:{PORT}",
                "--log-level",
                "warning",
                "--timeout",
                "60",
            ],
            cwd=ROOT,
            env=env(PAGE_CACHE_SECONDS=str(self.page_cache_seconds)),
        )
        for _ in range(100):
            try:
                urllib.request.urlopen(BASE + "/loadtest/bare/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        return self

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def locust(scenario, classes, users, seconds, extra_env=None):
    prefix = WORK / f"locust-{scenario}"
    subprocess.run(
        [
            str(BIN / "locust"),
            "-f",
            str(ROOT / "tools" / "loadtest" / "locustfile.py"),
            *classes,
            "--headless",
            "-u",
            str(users),
            "-r",
            str(users),
            "-t",
            f"{seconds}s",
            "--host",
            BASE,
            "--csv",
            str(prefix),
            "--only-summary",
            "--loglevel",
            "WARNING",
            "--stop-timeout",
            "10",
        ],
        cwd=ROOT,
        env={**os.environ, "SCENARIO": scenario, **(extra_env or {})},
        check=False,
        stdout=subprocess.DEVNULL,
    )
    rows = {}
    with open(f"{prefix}_stats.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            rows[row["Name"]] = row
    failures = []
    failures_file = Path(f"{prefix}_failures.csv")
    if failures_file.exists():
        with failures_file.open(newline="") as handle:
            failures = list(csv.DictReader(handle))
    return rows, failures


WARM_UP_SECONDS = 3


def per_page(users, seconds, workers):
    """Each row is measured after a short run of the same requests, so that it shows
    the steady state: every worker has loaded its search columns and filled its caches."""
    results = {}
    with Server(workers, page_cache_seconds=300):
        for scenario in ("bare", "home", "network", "training", "agenda"):
            locust(scenario, ["Visitor"], users, WARM_UP_SECONDS)
            rows, _ = locust(scenario, ["Visitor"], users, seconds)
            results[(scenario, "cached")] = rows[scenario]
        for scenario, label in (
            ("search", "motion bank search"),
            ("search-new", "motion bank search (new)"),
            ("motion", "motion page"),
            ("member-network", "network as member"),
        ):
            locust(scenario, ["Member"], users, WARM_UP_SECONDS)
            rows, _ = locust(scenario, ["Member"], users, seconds)
            results[(scenario, "member")] = rows[label]
    with Server(workers, page_cache_seconds=0):
        for scenario in ("home", "network", "training", "agenda", "agenda-filtered"):
            locust(scenario, ["Visitor"], users, WARM_UP_SECONDS)
            rows, _ = locust(scenario, ["Visitor"], users, seconds)
            results[(scenario, "uncached")] = rows[scenario]
    return results


def report_per_page(results, users, seconds, workers, motions):
    bare = float(results[("bare", "cached")]["Requests/s"])
    lines = [
        "## Load test: pages",
        "",
        f"Measured {amsterdam_now():%Y-%m-%d %H:%M} (Amsterdam time) with `make loadtest` "
        f"(`python -m tools.loadtest.run`): gunicorn with {workers} sync workers and the "
        "production settings, PostgreSQL, Redis for sessions and pages (uncached: the full-page "
        "cache off, as for a member or a visit the page cache does not answer); Locust "
        "(FastHttpUser) in a second "
        f"process on 127.0.0.1 with {users} concurrent clients, {seconds} s per row after "
        f"{WARM_UP_SECONDS} s of the same requests; "
        f"{motions:,} motions in the bank. Machine: {machine()}.",
        "",
        "The search rows: `search` asks 60 searches (12 words, each alone and with 4 "
        "filters) again and again, as members repeat the common ones (no search result "
        "is cached: each is answered by the search backend). `search-new` "
        "asks one or two of the corpus's 2,000 commonest words with a filter and now and "
        "then a later page, so that almost every search is new: the cost of the search "
        "itself. `agenda` is the agenda as it opens; `agenda-filtered` the agenda with a "
        "filter chosen, a search that the page cache never stores (clbsite/caching.py).",
        "",
        "| page | mode | requests/s | % of bare view | p50 ms | p95 ms | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for (scenario, mode), row in results.items():
        rate = float(row["Requests/s"])
        lines.append(
            f"| {scenario} | {mode} | {rate:,.0f} | {100 * rate / bare:.0f}% | "
            f"{row['50%']} | {row['95%']} | {row['Failure Count']} |"
        )
    checks = [
        (
            "anonymous public pages (cached) reach ≥ 60% of the bare view",
            all(
                float(r["Requests/s"]) >= 0.6 * bare
                for (s, m), r in results.items()
                if m == "cached" and s != "bare"
            ),
        ),
        (
            "member pages and the motion page (uncached) p95 ≤ 150 ms",
            all(
                float(r["95%"]) <= 150
                for (s, m), r in results.items()
                if m == "member" and not s.startswith("search")
            ),
        ),
        (
            "motion bank search p95 ≤ 150 ms (searches asked before)",
            float(results[("search", "member")]["95%"]) <= 150,
        ),
        (
            "motion bank search p95 ≤ 150 ms (new searches)",
            float(results[("search-new", "member")]["95%"]) <= 150,
        ),
        ("no errors", all(int(r["Failure Count"]) == 0 for r in results.values())),
    ]
    lines += ["", *(f"- {'✓' if ok else '✗'} {label}" for label, ok in checks)]
    return "\n".join(lines) + "\n"


def mixed(users, seconds, workers, pdf):
    uploads = WORK / "uploads.txt"
    uploads.write_text("")
    body, theme = django_value(
        "from motionbank.models import GoverningBody, Theme; "
        "print(GoverningBody.objects.order_by('pk').first().pk, Theme.objects.order_by('pk')"
        ".first().pk)"
    ).split()
    with Server(workers, page_cache_seconds=300):
        rows, failures = locust(
            "mixed",
            ["Visitor", "Member", "Uploader"],
            users,
            seconds,
            {
                "LOADTEST_PDF": str(pdf),
                "LOADTEST_UPLOADS": str(uploads),
                "LOADTEST_BODY": body,
                "LOADTEST_THEME": theme,
            },
        )
    titles = [line for line in uploads.read_text().splitlines() if line]
    found = (
        int(
            django_value(
                "from motionbank.models import Motion; "
                f"print(Motion.objects.filter(title__in={titles!r}).count())"
            )
        )
        if titles
        else 0
    )
    return rows, failures, titles, found


def report_mixed(rows, failures, titles, found, users, seconds, workers):
    total = rows["Aggregated"]
    lines = [
        "## Load test: mixed, under stress",
        "",
        f"Measured {amsterdam_now():%Y-%m-%d %H:%M} (Amsterdam time) with `make loadtest-mixed` "
        f"(`python -m tools.loadtest.run --mixed`): {users} concurrent clients for {seconds} s "
        "mixing visitors (60%), members searching the motion bank (30%) and members "
        f"uploading PDF motions (10%); gunicorn with {workers} sync workers, PostgreSQL. "
        f"Machine: {machine()}.",
        "",
        "| request | count | requests/s | p50 ms | p95 ms | failures |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in rows.items():
        lines.append(
            f"| {name} | {row['Request Count']} | {float(row['Requests/s']):,.1f} | "
            f"{row['50%']} | {row['95%']} | {row['Failure Count']} |"
        )
    errors_5xx = sum(
        int(f["Occurrences"]) for f in failures if re.search(r"\b5\d\d\b", f.get("Error", ""))
    )
    lines += [
        "",
        f"- {'✓' if errors_5xx == 0 else '✗'} no 5xx answers ({errors_5xx})",
        f"- {'✓' if found == len(titles) else '✗'} every upload present afterwards "
        f"({found} of {len(titles)} accepted uploads found in the database)",
        f"- failures of any kind: {total['Failure Count']}",
    ]
    return "\n".join(lines) + "\n", errors_5xx == 0 and found == len(titles)


def machine():
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    return f"{cpu}, {os.cpu_count()} cores"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--motions", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=None)
    parser.add_argument("--seconds", type=int, default=None)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--mixed", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    pdf = prepare(args.motions)
    if args.mixed:
        users, seconds = args.users or 50, args.seconds or 120
        rows, failures, titles, found = mixed(users, seconds, args.workers, pdf)
        text, ok = report_mixed(rows, failures, titles, found, users, seconds, args.workers)
    else:
        users, seconds = args.users or 8, args.seconds or 15
        results = per_page(users, seconds, args.workers)
        text = report_per_page(results, users, seconds, args.workers, args.motions)
        ok = "✗" not in text
    print(text)
    if not args.no_write:
        write_section(text)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
