"""
docs/benchmarks.md: the sections the benchmark and load-test commands write, and the
summary above them, made anew from the sections' own checks at every write.
"""

import re
from pathlib import Path

PATH = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
SUMMARY = "## Summary of the latest runs"
SECTION = re.compile(r"^## .*?(?=^## |\Z)", flags=re.S | re.M)
CHECK = re.compile(r"^- ([✓✗]) (.+)$", flags=re.M)
MEASURED = re.compile(r"^Measured (\d{4}-\d\d-\d\d \d\d:\d\d)", flags=re.M)
# What a full round of `make bench`, the 1,000,000 runs and both load tests write.
EXPECTED = (
    "SQLite 100 000 motions",
    "PostgreSQL 100 000 motions",
    "SQLite 1 000 000 motions",
    "PostgreSQL 1 000 000 motions",
    "Load test: pages",
    "Load test: mixed, under stress",
)


def summary(sections):
    """One line per section: when it was measured and its checks, failed ones first."""
    lines = [SUMMARY, "", "Made from the sections below at every run: their checks, ✗ first.", ""]
    titles = set()
    for section in sections:
        title = section.splitlines()[0].removeprefix("## ").replace("  ", " ")
        titles.add(title)
        measured = MEASURED.search(section)
        checks = sorted(CHECK.findall(section), key=lambda check: check[0] != "✗")
        line = f"- **{title}**" + (f" ({measured.group(1)})" if measured else "") + ": "
        line += "; ".join(f"{mark} {label}" for mark, label in checks) or "no checks"
        lines.append(line)
    lines += [f"- **{title}**: not measured" for title in EXPECTED if title not in titles]
    return "\n".join(lines) + "\n"


def write_section(text, path=PATH):
    """Put ``text`` (a section starting with its "## " title) in place of the section of
    the same title, or at the end, and make the summary anew."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    head = SECTION.split(current, maxsplit=1)[0]
    sections = [
        section.rstrip() + "\n"
        for section in SECTION.findall(current)
        if not section.startswith(SUMMARY)
    ]
    title = text.splitlines()[0]
    for place, section in enumerate(sections):
        if section.splitlines()[0] == title:
            sections[place] = text.rstrip() + "\n"
            break
    else:
        sections.append(text.rstrip() + "\n")
    body = "\n".join([summary(sections), *sections])
    path.write_text(head.rstrip() + "\n\n" + body, encoding="utf-8")
