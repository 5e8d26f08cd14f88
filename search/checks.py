"""
System checks for the search engine, run at start-up (runserver, migrate, check):
a warning when a configured Elasticsearch/OpenSearch cluster cannot be reached or has
no index yet. The site keeps working (it answers from the database); the warning tells
the operator to act. See docs/search.md.
"""

from django.core import checks


@checks.register("search")
def check_search_engines(app_configs=None, **kwargs):
    from wagtail.search.backends import get_search_backends_with_name

    messages = []
    for name, backend in get_search_backends_with_name():
        client = getattr(backend, "es", None)
        if client is None:
            continue
        try:
            reachable = client.ping()
        except Exception as error:  # any client or network error means "not reachable"
            reachable = False
            reason = f"{type(error).__name__}: {error}"
        else:
            reason = "no answer to ping"
        if not reachable:
            messages.append(
                checks.Warning(
                    f"The search engine of backend {name!r} cannot be reached ({reason}).",
                    hint="Searches answer from the database until it is back. Check "
                    "ELASTICSEARCH_URL and the cluster; see docs/search.md.",
                    id="search.W001",
                )
            )
            continue
        missing = [index.name for index in backend.all_indexes() if not index.exists()]
        if missing:
            messages.append(
                checks.Warning(
                    f"Search backend {name!r} has no index {', '.join(missing)}.",
                    hint="Build it with `python manage.py update_index`.",
                    id="search.W002",
                )
            )
    return messages
