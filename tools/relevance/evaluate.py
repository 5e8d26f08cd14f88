"""
Measuring the site's motion search against the collection (needs Django set up, on a
database of its own: loading the corpus replaces every motion in it).

    prepare()   the corpus through the real importer, the search index rebuilt, the
                site's search vocabulary (synonyms of the demo, "Bedoelde je" words)
    measure()   every query through the motion bank's own search: its form and
                motionbank.searching.run_search, i.e. search.engine.faceted_search over
                the motions a member may see, sorted "Best passend", 20 to a page
"""

import io
from importlib import import_module

from django.apps import apps
from django.core.management import call_command, get_commands
from django.db import connection
from django.http import QueryDict

from motionbank.io import import_rows
from motionbank.models import Motion
from motionbank.searching import run_search, search_form

from .collection import CORPUS, corpus_rows, motion_key

PAGE = 20

try:  # "Bedoelde je ...?" (issue 21, point 4), where the site has it
    from search.suggestions import did_you_mean
except ImportError:
    did_you_mean = None

NO_SUGGESTIONS = (
    "search.suggestions.did_you_mean bestaat (nog) niet: typo-zoekvragen worden gemeten "
    "zoals ze getypt zijn, zonder 'Bedoelde je ...?'."
)


def backend_label():
    names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    return names.get(connection.vendor, connection.vendor)


def prepare(out=None):
    """Load the corpus into an emptied motion table, rebuild the search index and the
    search vocabulary. Returns {motion pk: corpus id}."""
    out = out or io.StringIO()
    rows = corpus_rows()
    reference_data()
    Motion.objects.all().delete()
    report = import_rows(enumerate(rows, start=1))
    if report.rejected:
        reasons = "; ".join(f"regel {r.line}: {r.reason}" for r in report.rejected[:5])
        raise RuntimeError(f"{CORPUS.name}: {len(report.rejected)} moties afgekeurd ({reasons})")
    call_command("update_index", verbosity=0, stdout=out)
    _vocabulary(out)
    return corpus_ids(rows)


def reference_data():
    """The themes and governing bodies the motion bank's data migrations load (they skip
    what exists): a test database flushed by a transactional test has lost them."""
    for migration in ("0002_default_themes", "0003_load_governing_bodies"):
        import_module(f"motionbank.migrations.{migration}").load(apps, None)


def _vocabulary(out):
    """Synonyms as the demo seeds them and the "Bedoelde je" word list, where the site
    has them (issue 21, points 4 and 5): staff content the search uses at query time."""
    try:
        from search.demo import loader as search_demo
    except ImportError:
        search_demo = None
    if search_demo is not None and hasattr(search_demo, "load"):
        search_demo.load()
        out.write("Synoniemen en zoekwoordenlijst van de demo geladen.\n")
    elif "update_search_vocabulary" in get_commands():
        call_command("update_search_vocabulary", stdout=out)


def corpus_ids(rows=None):
    """{motion pk: corpus id} for the motions of the corpus in the database."""
    by_key = {motion_key(row): row["id"] for row in rows or corpus_rows()}
    ids = {}
    for pk, title, date in Motion.objects.values_list("pk", "title", "date_submitted"):
        corpus_id = by_key.get((title, date.isoformat()))
        if corpus_id is not None:
            ids[pk] = corpus_id
    return ids


def search(text, filters=None, queryset=None):
    """The motion bank's search as a member runs it: (motion pks of the first page, total)."""
    data = QueryDict(mutable=True)
    data["q"] = text
    for name, values in (filters or {}).items():
        data.setlist(name, values)
    queryset = Motion.objects.live() if queryset is None else queryset
    _values, outcome = run_search(queryset, search_form(data), per_page=PAGE)
    # The first page as the member sees it: the results, then the related motions.
    return [motion.pk for motion in [*outcome.results, *outcome.related]], outcome.total


def filtered_motions(filters):
    """The live motions the query's filters leave, for "Bedoelde je" to count in."""
    fields = {"laag": "tier", "provincie": "province", "soort": "document_type"}
    queryset = Motion.objects.live()
    for name, values in (filters or {}).items():
        queryset = queryset.filter(**{f"{fields[name]}__in": values})
    return queryset


def measure(queries, ids, out=None):
    """Run every query; {query id: {"top": [corpus ids], "total": n, "suggested": text}}.
    A typo query for which the site offers "Bedoelde je ...?" is measured by the results
    of the suggestion (one click away); others as typed."""
    if did_you_mean is None and out is not None:
        out.write(NO_SUGGESTIONS + "\n")
    results = {}
    for query in queries:
        suggested = None
        if query.category == "typo" and did_you_mean is not None:
            suggested = did_you_mean(query.text, filtered_motions(query.filters)) or None
        pks, total = search(suggested or query.text, query.filters)
        results[query.id] = {
            "top": [ids.get(pk, f"pk{pk}") for pk in pks],
            "total": total,
            "suggested": suggested,
        }
    return results
