"""Read the recorded outcomes ($PEER_RESULTS) of Stock and Project; exit 1 if a test that
passes on stock fails on the project's backend, 2 if nothing was recorded."""

import json
import sys

try:
    with open(sys.argv[1]) as f:
        results = json.load(f)
except OSError:
    print("no results: the run did not start (see its log)")
    sys.exit(2)
by_class = {}
for test_id, status in results.items():
    *_, cls, name = test_id.split(".")
    by_class.setdefault(cls, {})[name] = status
stock, project = by_class.get("Stock", {}), by_class.get("Project", {})
ok = ("pass", "xfail", "skip")
worse = sorted(n for n, s in stock.items() if s in ok and project.get(n) not in ok)
for name in sorted(n for n, s in stock.items() if s not in ok):
    print(f"  not passing on stock either: {name}: {stock[name]}")
for name in worse:
    print(f"  {name}: {project.get(name)}")
print(
    f"stock: {sum(s == 'pass' for s in stock.values())} passed; project backend: "
    f"{sum(s == 'pass' for s in project.values())} passed; {len(worse)} of modelsearch's "
    "tests pass on stock and fail on the project's backend"
)
sys.exit(1 if worse or not project else 0)
