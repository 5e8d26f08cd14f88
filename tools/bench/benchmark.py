"""
The motion bank's search benchmark: `manage.py benchmark_search --motions 100000`.

1. A corpus: motions from tools.bench.synthetic (realistic spread over governing bodies,
   themes, outcomes, years and document types), each with a paragraph drawn from the
   vocabulary of the CLB's own documents with a natural, Zipf-like word frequency: the
   words of the source documents in their order of frequency, followed by a long tail
   of compounds made from them ("armoedebeleid"), ranked and sampled with p ~ 1/rank.
2. Indexing, timed: the site's index (the fast path) and Wagtail's stock index.
3. A fixed mix of searches (common and rare words, one to three words, zero to three
   filters, filter-only, empty), stratified by how many motions they match, each timed
   as a full faceted response (page of 20, total, every facet count) through:
   - ours: the motion bank's real search function (motionbank.searching.run_search);
   - stock: the same function on Wagtail's stock database backend;
   - naive: the ORM only (icontains, then COUNT per facet).
   Cold is the first run of a query (no cached text match), warm the second.
4. A report (printed, and written to docs/benchmarks.md) with p50, p95 and max per
   backend and stratum, the ratios, indexing rates, peak memory and the machine.
"""

import datetime
import gc
import os
import platform
import re
import resource
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction
from django.db.models import Count, Q
from django.http import QueryDict
from django.utils import timezone

from wagtail.search.backends import get_search_backend

import numpy as np

from motionbank.models import Motion, MotionTag
from motionbank.searching import FACETS, run_search, search_form
from search import suggestions
from search.analysis import dutch
from search.fastindex import registry
from search.fastindex.text import STOP_WORDS
from search.models import IndexChange, VocabularyWord
from tools.bench import synthetic
from tools.report import write_section

WORDS_FILE = Path(__file__).resolve().parent / "benchmark_words.txt"
TEXT_FIELDS = ("title", "summary", "findings", "considerations", "operative_text")
STRATA = [("rare", 0, 0.001), ("selective", 0.003, 0.02), ("broad", 0.2, 1.01)]


# The corpus ---------------------------------------------------------------------------


class Vocabulary:
    """Words with a Zipf-like frequency: the source documents' words, then compounds."""

    def __init__(self, seed=1, size=150_000, exponent=1.0):
        rng = np.random.default_rng(seed)
        words = []
        for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                words.append(line.split()[0])
        parts = [word for word in words if len(word) >= 5 and word not in STOP_WORDS]
        seen = set(words)
        compounds = []
        while len(words) + len(compounds) < size:
            first, second = rng.choice(len(parts), size=2)
            compound = parts[first] + parts[second]
            if compound not in seen:
                seen.add(compound)
                compounds.append(compound)
        self.words = np.array(words + compounds, dtype=object)
        weights = 1.0 / np.arange(1, len(self.words) + 1) ** exponent
        self.cumulative = np.cumsum(weights) / weights.sum()

    def paragraphs(self, rng, count, low=160, high=260):
        lengths = rng.integers(low, high, size=count)
        indexes = np.searchsorted(self.cumulative, rng.random(int(lengths.sum())))
        words = self.words[indexes]
        out, start = [], 0
        for length in lengths:
            out.append(" ".join(words[start : start + length]))
            start += length
        return out


def clear_motions():
    """Remove every motion and its index entries (only ever on a benchmark database)."""
    Motion.objects.update(adapted_from=None)
    MotionTag.objects.all()._raw_delete(MotionTag.objects.db)
    Motion.objects.all()._raw_delete(Motion.objects.db)
    IndexChange.objects.all()._raw_delete(IndexChange.objects.db)
    registry.text_index_for(Motion, connection.alias).reset()
    from wagtail.search.models import IndexEntry

    IndexEntry.objects.filter(content_type__model="motion")._raw_delete(IndexEntry.objects.db)
    registry.reset()


def generate_corpus(count, seed, stdout, backends, batch_size=2000):
    """Store ``count`` motions and index each batch into every backend ({label: backend}).
    Returns (seconds generating and storing, {label: seconds indexing})."""
    generator = synthetic.Generator(seed=seed, today=datetime.date(2026, 11, 1))
    vocabulary = Vocabulary(seed=seed)
    rng = np.random.default_rng(seed)
    storing = 0.0
    indexing = dict.fromkeys(backends, 0.0)
    now = timezone.now()
    made = 0
    while made < count:
        started = time.perf_counter()
        size = min(batch_size, count - made)
        pairs = [generator.motion() for _ in range(size)]
        for (motion, _tags), paragraph in zip(pairs, vocabulary.paragraphs(rng, size), strict=True):
            motion.considerations = f"{motion.considerations}\n{paragraph}".strip()
            motion.first_published_at = motion.last_published_at = now
        with transaction.atomic():
            Motion.objects.bulk_create([motion for motion, _tags in pairs])
            known = synthetic.set_tags({motion.pk: tags for motion, tags in pairs if tags})
        storing += time.perf_counter() - started
        motions = synthetic.with_tags_in_memory(pairs, known)
        for label, backend in backends.items():
            started = time.perf_counter()
            with transaction.atomic():
                backend.add_bulk(Motion, motions)
            indexing[label] += time.perf_counter() - started
        made += size
        if made % 20_000 == 0 or made == count:
            stdout.write(f"  {made:>9,} moties gemaakt en geïndexeerd")
    return storing, indexing


# The mix of searches ------------------------------------------------------------------


@dataclass
class Search:
    label: str
    words: list[str] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)
    total: int | None = None
    stratum: str = ""

    @property
    def querystring(self):
        params = QueryDict(mutable=True)
        if self.words:
            params["q"] = " ".join(self.words)
        for name, values in self.filters.items():
            params.setlist(name, values)
        return params.urlencode()


def build_mix(vocabulary, seed=7):
    """At least 50 searches, picked by the words' rank in the vocabulary so that every
    stratum is covered; their actual totals are measured afterwards."""
    rng = np.random.default_rng(seed)
    words = [w for w in vocabulary.words.tolist() if w not in STOP_WORDS and w.isascii()]

    def pick(low, high, count):
        chosen = rng.choice(np.arange(low, min(high, len(words))), size=count, replace=False)
        return [words[i] for i in chosen]

    broad = pick(0, 40, 12)
    selective = pick(300, 1200, 14)
    rare = pick(20_000, 140_000, 16)
    filters = [
        {"uitslag": ["aangenomen"]},
        {"laag": ["gemeente"], "uitslag": ["aangenomen", "verworpen"]},
        {"provincie": ["Noord-Brabant"], "soort": ["motie"], "jaar": ["2024"]},
        {"thema": ["armoede-en-schulden"]},
        {"laag": ["provincie", "waterschap"]},
        {"jaar": ["2022", "2023"], "thema": ["wonen"]},
    ]
    mix = [Search("leeg")]
    mix.append(Search("geen treffer", ["xqzzyplof"]))
    for index, word in enumerate(broad[:6]):
        mix.append(Search("breed, 1 woord", [word]))
        mix.append(Search("breed + filters", [word], filters[index % len(filters)]))
    mix += [Search("breed, 2 woorden", broad[6 + i : 8 + i]) for i in range(0, 4, 2)]
    mix += [Search("breed, 3 woorden", broad[9:12])]
    for index, word in enumerate(selective[:8]):
        mix.append(Search("selectief, 1 woord", [word]))
        if index < 4:
            mix.append(Search("selectief + filter", [word], filters[index]))
    mix += [Search("selectief + breed", [selective[8 + i], broad[i]]) for i in range(4)]
    mix += [Search("zeldzaam, 1 woord", [word]) for word in rare[:10]]
    mix += [Search("zeldzaam + filter", [rare[10 + i]], filters[i]) for i in range(3)]
    mix += [Search("zeldzaam + breed", [rare[13 + i], broad[i]]) for i in range(3)]
    mix += [Search("alleen filters", [], spec) for spec in filters]
    return mix


def stratum_of(total, count):
    fraction = total / count if count else 0
    for name, low, high in STRATA:
        if low <= fraction < high:
            return name
    return "tussenin"


# Three ways to answer -----------------------------------------------------------------


def answer_with(backend):
    """The motion bank's real search function (form, facets, page, total, counts)."""

    def answer(search):
        form = search_form(QueryDict(search.querystring))
        _values, outcome = run_search(Motion.objects.live(), form, backend=backend)
        list(outcome.page.object_list)
        return outcome.total

    return answer


def naive_answer(search):
    """The ORM only: icontains per word over the text fields, COUNT per facet."""
    form = search_form(QueryDict(search.querystring))
    values = form.values()
    base = Motion.objects.filter(live=True)
    for word in search.words:
        condition = Q()
        for name in TEXT_FIELDS:
            condition |= Q(**{f"{name}__icontains": word})
        base = base.filter(condition)
    conditions = {}
    for facet in FACETS:
        chosen = set(values["selected"].get(facet.param, []))
        if chosen:
            index_values = [o.value for o in form.options[facet.param] if o.param in chosen]
            conditions[facet.param] = Q(**{f"{facet.field}__in": index_values})
    narrowed = base.filter(*conditions.values())
    list(narrowed.order_by("-date_submitted", "-id")[:20])
    total = narrowed.count()
    for facet in FACETS:
        others = [c for param, c in conditions.items() if param != facet.param]
        list(base.filter(*others).values(facet.field).annotate(n=Count("id")))
    return total


def timed(function, search, timeout):
    """Seconds taken and the answer; None seconds when the database was stopped after
    ``timeout`` seconds."""
    raw = connection.connection
    stop = raw.interrupt if connection.vendor == "sqlite" else raw.cancel
    timer = threading.Timer(timeout, stop)
    timer.start()
    started = time.perf_counter()
    try:
        answer = function(search)
    except DatabaseError:
        return None, None
    finally:
        timer.cancel()
    return time.perf_counter() - started, answer


# Running and reporting ----------------------------------------------------------------


@dataclass
class Timing:
    cold: float | None
    warm: float | None


def run_mix(mix, answer, timeout, before_each=None):
    timings = []
    for search in mix:
        if before_each:
            before_each()
        cold, total = timed(answer, search, timeout)
        warm = timed(answer, search, timeout)[0] if cold is not None else None
        timings.append((Timing(cold, warm), total))
    return timings


def percentile(values, q, timeout):
    data = [timeout if value is None else value for value in values]
    if not data:
        return None
    return float(np.percentile(data, q, method="higher"))


def summarise(mix, timings, timeout):
    """{stratum: {"n", "p50_cold", ... "timeouts"}} including "alle"."""
    groups = {"alle": list(range(len(mix)))}
    for index, search in enumerate(mix):
        groups.setdefault(search.stratum, []).append(index)
    summary = {}
    for name, indexes in groups.items():
        cold = [timings[i][0].cold for i in indexes]
        warm = [timings[i][0].warm for i in indexes]
        summary[name] = {
            "n": len(indexes),
            "timeouts": sum(value is None for value in cold),
            **{
                f"{stat}_{kind}": percentile(vals, q, timeout)
                for kind, vals in (("cold", cold), ("warm", warm))
                for stat, q in (("p50", 50), ("p95", 95), ("max", 100))
            },
        }
    return summary


def machine():
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = next(
            line
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory_gb = int(memory.split()[1]) / 1024 / 1024
    except (OSError, StopIteration):
        memory_gb = 0
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("select sqlite_version()")
            database = f"SQLite {cursor.fetchone()[0]}"
        else:
            cursor.execute("show server_version")
            database = f"PostgreSQL {cursor.fetchone()[0]}"
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory_gb:.0f} GB RAM; Python "
        f"{platform.python_version()}; {database}"
    )


def peak_memory_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def store_memory_mb():
    store = registry.store_for(Motion)
    arrays = [store.pks, store.alive, *(c.data for c in store.columns.values())]
    arrays += [a for r in store.many_to_many.values() for a in (r.rows, r.values)]
    arrays += list(store._sort_cache.values())
    return sum(array.nbytes for array in arrays) / 1024 / 1024


def stock_backend():
    params = {}
    if connection.vendor == "postgresql":
        params["SEARCH_CONFIG"] = "dutch"
    return get_search_backend("wagtail.search.backends.database", **params)


def safe_words(vocabulary, mix, sample=2000):
    """Words for which icontains and the site's word search mean the same, so that the
    naive baseline's total must equal ours: the Dutch analysis leaves the word as it is
    (no stem of its own, no compound parts) and no other word of the corpus contains it
    or is found by it (as a stem or a compound part). Only these searches are compared."""
    candidates = {word for search in mix for word in search.words}
    tokens = set(vocabulary.words.tolist())
    for motion in Motion.objects.order_by("?")[:sample].only(*TEXT_FIELDS):
        for name in TEXT_FIELDS:
            tokens.update(re.findall(r"\w+", (getattr(motion, name) or "").lower()))
    found_by = {}
    for token in tokens:
        stemmed, extra = dutch.word_terms(dutch.fold(token)[: dutch.MAX_WORD])
        for term in (stemmed, *extra):
            found_by.setdefault(term, set()).add(token)
    safe = set()
    for word in candidates:
        if dutch.query_terms(word) != [word] or dutch.query_parts(word):
            continue
        if any(word in token and word != token for token in tokens):
            continue
        if found_by.get(word, {word}) <= {word}:
            safe.add(word)
    return safe


@dataclass
class Report:
    count: int
    mix: list
    results: dict
    timeout: float
    rates: dict
    compared: int
    mismatches: list
    started: datetime.datetime
    store_mb: float
    peak_mb: float
    machine: str
    # p95 (cold, whole mix, seconds) of ours at 100,000 motions on the same database, read
    # from the report file: a run at 1,000,000 is checked against it.
    baseline_p95: float | None = None
    # Options besides --motions, as given on the command line ("--skip-stock ...").
    arguments: str = ""

    @property
    def vendor(self):
        return "SQLite" if connection.vendor == "sqlite" else "PostgreSQL"

    @property
    def title(self):
        return f"## {self.vendor}, {self.count:,} motions".replace(",", " ")

    def summaries(self):
        return {
            name: summarise(self.mix, timings, self.timeout)
            for name, timings in self.results.items()
        }

    def markdown(self):
        summaries = self.summaries()
        strata = ["alle", "rare", "selective", "broad", "tussenin"]
        ms = lambda value: "–" if value is None else f"{value * 1000:,.1f}"  # noqa: E731
        lines = [
            self.title,
            "",
            f"Measured {self.started:%Y-%m-%d %H:%M} (Amsterdam time) with `python manage.py "
            f"benchmark_search --motions {self.count}{self.arguments}` on {self.vendor}.",
            f"Machine: {self.machine}.",
            "",
            (
                "Indexing: "
                + ", ".join(
                    f"{label} {self.rates[key]:,.0f} motions/s"
                    for key, label in (
                        ("generate", "generating and storing"),
                        ("ours", "our index"),
                        ("stock", "Wagtail's stock index"),
                    )
                    if key in self.rates
                )
                if "generate" in self.rates
                else "Indexing: not measured (--reuse: an earlier run indexed this corpus)"
            )
            + ". Loading the search columns at start-up: "
            + f"{self.rates['columns_load']:.2f} s.",
            f"Memory: search columns {self.store_mb:.1f} MB; peak of the benchmark process "
            f"{self.peak_mb:,.0f} MB.",
            "",
            "Full faceted response (page of 20, total, all 7 facet counts), milliseconds; "
            f"cold = first run of a search, warm = its second run. Stock and naive stop at "
            f"{self.timeout:.0f} s (counted as {self.timeout:.0f} s, marked ≥). What the "
            "process holds before the timing starts (the corpus's vocabulary, the columns) is "
            "frozen for the garbage collector, as gunicorn.conf.py does before forking the "
            "workers.",
            "",
            "| backend | stratum | searches | p50 cold | p95 cold | max cold | p50 warm "
            "| p95 warm | max warm | timeouts |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, summary in summaries.items():
            for stratum in strata:
                row = summary.get(stratum)
                if not row:
                    continue
                mark = "≥ " if row["timeouts"] else ""
                lines.append(
                    f"| {name} | {stratum} | {row['n']} | "
                    + " | ".join(
                        (mark if key.startswith(("p95", "max")) else "") + ms(row[key])
                        for key in (
                            "p50_cold",
                            "p95_cold",
                            "max_cold",
                            "p50_warm",
                            "p95_warm",
                            "max_warm",
                        )
                    )
                    + f" | {row['timeouts']} |"
                )
        lines += ["", *self.ratio_lines(summaries), "", *self.target_lines(summaries), ""]
        lines.append(
            f"Totals compared with the naive baseline: {self.compared} searches "
            "(those without words, or whose words the Dutch analysis leaves as they are and no "
            "other word contains or is found by), "
            f"{len(self.mismatches)} different."
        )
        lines += ["", "The mix:", "", "| search | matches | stratum |", "| --- | ---: | --- |"]
        for search in self.mix:
            words = " ".join(search.words) or "(geen woorden)"
            filters = "; ".join(f"{k}={','.join(v)}" for k, v in search.filters.items())
            label = f"{search.label}: `{words}`" + (f" + {filters}" if filters else "")
            lines.append(f"| {label} | {search.total:,} | {search.stratum} |")
        return "\n".join(lines) + "\n"

    def ratio_lines(self, summaries):
        ours = summaries.get("eigen", {})
        lines = ["Ratios (p95, cold): how many times slower than ours."]
        for name in ("stock", "naïef"):
            if name not in summaries:
                continue
            parts = []
            for stratum, row in summaries[name].items():
                mine = ours.get(stratum)
                if mine and mine["p95_cold"]:
                    mark = "≥ " if row["timeouts"] else ""
                    parts.append(f"{stratum} {mark}{row['p95_cold'] / mine['p95_cold']:,.0f}×")
            lines.append(f"- {name}: " + ", ".join(parts))
        return lines

    def target_lines(self, summaries):
        ours = summaries["eigen"]["alle"]
        zero = next(
            (
                timing
                for search, (timing, _t) in zip(self.mix, self.results["eigen"], strict=True)
                if search.total == 0 and search.words
            ),
            None,
        )
        if self.count >= 1_000_000:
            checks = [("p95 ≤ 500 ms (cold)", ours["p95_cold"] <= 0.500)]
            if self.baseline_p95:
                checks.append(
                    (
                        f"p95 at most 8× the p95 at 100 000 motions "
                        f"({ours['p95_cold'] / self.baseline_p95:.1f}×)",
                        ours["p95_cold"] <= 8 * self.baseline_p95,
                    )
                )
            else:
                checks.append(("p95 at 100 000 motions not found in the report file", False))
            checks += [
                (
                    f"start-up (search columns loaded) ≤ 15 s ({self.rates['columns_load']:.1f} s)",
                    self.rates["columns_load"] <= 15,
                ),
                (
                    f"search memory per process ≤ 150 MB ({self.store_mb:.0f} MB)",
                    self.store_mb <= 150,
                ),
            ]
            return [f"Targets at {self.count:,} motions:".replace(",", " ")] + [
                f"- {'✓' if ok else '✗'} {label}" for label, ok in checks
            ]
        checks = [
            ("p50 ≤ 30 ms (cold)", ours["p50_cold"] <= 0.030),
            ("p95 ≤ 100 ms (cold)", ours["p95_cold"] <= 0.100),
            (
                "a search without matches < 10 ms",
                zero is not None and zero.cold is not None and zero.cold < 0.010,
            ),
        ]
        if "ours" in self.rates:
            checks.append(("indexing ≥ 1,000 motions/s", self.rates["ours"] >= 1000))
        for name, factor in (("naïef", 1), ("stock", 100 if connection.vendor == "sqlite" else 20)):
            if name in summaries:
                ok = all(
                    summaries[name][stratum]["p95_cold"] >= factor * row["p95_cold"]
                    for stratum, row in summaries["eigen"].items()
                    if stratum in summaries[name]
                )
                label = (
                    "never slower than the naive baseline in any stratum"
                    if factor == 1
                    else f"p95 at least {factor}× faster than stock in every stratum"
                )
                checks.append((label, ok))
        return ["Targets at 100 000 motions:" if self.count == 100_000 else "Checks:"] + [
            f"- {'✓' if ok else '✗'} {label}" for label, ok in checks
        ]

    @classmethod
    def p95_in_file(cls, path, count, vendor):
        """Our p95 (cold, whole mix, seconds) in the section for ``count`` motions on
        ``vendor`` ("SQLite" or "PostgreSQL") of the report file, or None."""
        if not path.exists():
            return None
        title = f"## {vendor}, {count:,} motions".replace(",", " ")
        section = re.search(
            rf"^{re.escape(title)}\n(.*?)(?=^## |\Z)",
            path.read_text(encoding="utf-8"),
            flags=re.S | re.M,
        )
        row = section and re.search(
            r"^\| eigen \| alle \| \d+ \| [\d,.]+ \| ([\d,.]+) \|", section.group(1), flags=re.M
        )
        return float(row.group(1).replace(",", "")) / 1000 if row else None

    def write(self, path):
        write_section(self.markdown(), path)


# The run ----------------------------------------------------------------------------------


def run(options, out, style):
    """The whole benchmark, as `manage.py benchmark_search` runs it with its options."""
    name = str(connection.settings_dict["NAME"])
    if "bench" not in name:
        raise CommandError(
            f"De database {name!r} heeft geen 'bench' in de naam. Deze meting wist alle "
            "moties; gebruik een aparte database, zoals `make bench` doet."
        )
    count = options["motions"]
    out.write(f"Benchmark met {count:,} moties op {connection.vendor}")
    rates = {}
    stock = None if options["skip_stock"] else stock_backend()
    ours = get_search_backend()

    reuse = options["reuse"] and Motion.objects.count() == count
    if not reuse:
        out.write("Corpus maken en indexeren...")
        clear_motions()
        backends = {"ours": ours}
        if stock is not None:
            backends["stock"] = stock
        storing, indexing = generate_corpus(count, options["seed"], out, backends)
        rates["generate"] = count / storing
        for label, seconds in indexing.items():
            rates[label] = count / seconds
            out.write(f"  indexeren ({label}): {rates[label]:,.0f} moties per seconde")

    if not reuse or not VocabularyWord.objects.exists():
        # As the nightly rebuild keeps it in production: "Bedoelde je" and the related
        # motions after a short list (part of the motion bank's search) read it.
        out.write("Woordenlijst van de zoekfunctie opbouwen...")
        suggestions.update_vocabulary()

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
    suggestions.vocabulary()  # as gunicorn.conf.py loads them before forking the workers
    dutch.lexicon()
    out.write(f"Kolommen in het geheugen geladen in {rates['columns_load']:.2f} s")

    vocabulary = Vocabulary(seed=options["seed"])
    mix = build_mix(vocabulary)
    answer_ours = answer_with(ours)
    for search in mix:
        search.total = answer_ours(search)
        search.stratum = stratum_of(search.total, count)

    timeout = options["timeout"]
    results = {}
    # As gunicorn's master before forking (gunicorn.conf.py): the harness's own
    # long-lived objects are not walked by collections during the timed searches.
    gc.collect()
    gc.freeze()
    out.write(f"{len(mix)} zoekopdrachten, eigen index...")
    results["eigen"] = run_mix(mix, answer_ours, timeout, store.forget_matches)
    if stock is not None:
        out.write("...Wagtails standaardindex (kan lang duren)...")
        results["stock"] = run_mix(mix, answer_with(stock), timeout)
    mismatches, compared = [], 0
    if not options["skip_naive"]:
        out.write("...naïeve ORM-zoekopdracht...")
        results["naïef"] = run_mix(mix, naive_answer, timeout)
        safe = safe_words(vocabulary, mix)
        for search, (_timing, naive_total) in zip(mix, results["naïef"], strict=True):
            if naive_total is None or not all(word in safe for word in search.words):
                continue
            compared += 1
            if naive_total != search.total:
                mismatches.append((search, naive_total))

    report = Report(
        count=count,
        mix=mix,
        results=results,
        timeout=timeout,
        rates=rates,
        compared=compared,
        mismatches=mismatches,
        started=started,
        store_mb=store_memory_mb(),
        peak_mb=peak_memory_mb(),
        machine=machine(),
        arguments="".join(
            f" --{name.replace('_', '-')}"
            for name in ("reuse", "skip_stock", "skip_naive")
            if options[name]
        ),
        baseline_p95=Report.p95_in_file(
            Path(options["output"]),
            100_000,
            "SQLite" if connection.vendor == "sqlite" else "PostgreSQL",
        ),
    )
    text = report.markdown()
    out.write(text)
    if mismatches:
        out.write(style.ERROR(f"{len(mismatches)} totalen wijken af van de naïeve."))
    if not options["no_write"]:
        report.write(Path(options["output"]))
        out.write(f"Geschreven naar {options['output']}")
    if mismatches:
        raise CommandError("Totalen wijken af van de naïeve zoekopdracht.")
