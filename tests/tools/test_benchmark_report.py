"""The benchmark report checks a run at 1,000,000 motions against the run at 100,000."""

from tools.bench.benchmark import Report

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
