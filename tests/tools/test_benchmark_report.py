"""The benchmark report: a run at 1,000,000 motions is checked against the run at 100,000,
and docs/benchmarks.md keeps one section per run with a summary made from their checks."""

from tools.bench.benchmark import Report
from tools.report import write_section

SECTION = """# Benchmarks

## SQLite  100 000 motions

| backend | stratum | searches | p50 cold | p95 cold | max cold |
| --- | --- | ---: | ---: | ---: | ---: |
| eigen | alle | 55 | 13.1 | 34.2 | 129.1 |
| eigen | rare | 18 | 7.0 | 14.1 | 14.1 |

## PostgreSQL  100 000 motions

| eigen | alle | 55 | 29.6 | 1,073.5 | 81.7 |
"""


def test_the_p95_at_100000_is_read_from_the_report(tmp_path):
    path = tmp_path / "benchmarks.md"
    assert Report.p95_in_file(path, 100_000, "SQLite") is None  # no file yet
    path.write_text(SECTION, encoding="utf-8")
    assert Report.p95_in_file(path, 100_000, "SQLite") == 0.0342
    assert Report.p95_in_file(path, 100_000, "PostgreSQL") == 1.0735
    assert Report.p95_in_file(path, 1_000_000, "SQLite") is None


def test_a_section_replaces_its_own_and_the_summary_follows_the_checks(tmp_path):
    path = tmp_path / "benchmarks.md"
    path.write_text("# Benchmarks\n\nHow to run.\n", encoding="utf-8")
    write_section("## SQLite  100 000 motions\n\nMeasured 2026-12-07 10:00\n\n- ✓ p95\n", path)
    write_section("## Load test: pages\n\n- ✓ no errors\n- ✗ p95 ≤ 150 ms\n", path)
    write_section("## SQLite  100 000 motions\n\nMeasured 2026-12-08 09:00\n\n- ✗ p95\n", path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\nHow to run.\n")
    assert text.count("## SQLite  100 000 motions") == 1
    assert "2026-12-07" not in text
    summary = text.split("## SQLite")[0]
    assert "**SQLite 100 000 motions** (2026-12-08 09:00): ✗ p95" in summary
    assert "**Load test: pages**: ✗ p95 ≤ 150 ms; ✓ no errors" in summary
    assert "**PostgreSQL 1 000 000 motions**: not measured" in summary
