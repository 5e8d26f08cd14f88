"""
System checks for the search engine, run at start-up (runserver, migrate, check):
an error when the installed client library does not fit the configured engine; a warning
when a configured Elasticsearch/OpenSearch cluster cannot be reached or has no index yet.
The site keeps working (it answers from the database); the warning tells the operator to
act. See docs/search.md and docs/environment.md.
"""

from importlib import metadata

from django.core import checks

# The client library and major version each engine's backend needs (docs/environment.md).
CLIENT_FOR_BACKEND = {
    "modelsearch.backends.elasticsearch7": ("elasticsearch", 7),
    "modelsearch.backends.elasticsearch8": ("elasticsearch", 8),
    "modelsearch.backends.elasticsearch9": ("elasticsearch", 9),
    "modelsearch.backends.opensearch2": ("opensearch-py", 2),
    "modelsearch.backends.opensearch3": ("opensearch-py", 3),
}


def client_mismatch(backend):
    """Why the installed client library does not fit the backend's engine, or None."""
    for cls in type(backend).__mro__:
        if cls.__module__ in CLIENT_FOR_BACKEND:
            package, major = CLIENT_FOR_BACKEND[cls.__module__]
            break
    else:
        return None
    try:
        installed = metadata.version(package)
    except metadata.PackageNotFoundError:
        return f"{package} is not installed"
    if int(installed.split(".")[0]) != major:
        return f"it needs {package} {major}.x and {package} {installed} is installed"
    return None


@checks.register("search")
def check_search_engines(app_configs=None, **kwargs):
    from wagtail.search.backends import get_search_backends_with_name

    messages = []
    for name, backend in get_search_backends_with_name():
        client = getattr(backend, "es", None)
        if client is None:
            continue
        mismatch = client_mismatch(backend)
        if mismatch:
            messages.append(
                checks.Error(
                    f"Search backend {name!r} cannot talk to its engine: {mismatch}.",
                    hint="Install the client that matches SEARCH_ENGINE; see docs/environment.md.",
                    id="search.E004",
                )
            )
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


@checks.register("search")
def check_fast_models(app_configs=None, **kwargs):
    """Every FAST_MODELS entry is a model the fast path serves correctly (see docs/search.md,
    "The fast path"): an installed model, listed with the whole tree of multi-table
    inheritance it belongs to (a parent's search includes its children, whose text is kept
    under the parent's key), and with a single-column primary key."""
    from django.apps import apps
    from django.conf import settings

    from modelsearch.backends.base import get_model_root
    from modelsearch.index import get_indexed_models

    from search.fastindex.registry import fast_model_labels

    messages = []
    for setting in ("WAGTAILSEARCH_BACKENDS", "MODELSEARCH_BACKENDS"):
        for name, params in (getattr(settings, setting, None) or {}).items():
            labels = fast_model_labels(params)
            where = f"{setting}[{name!r}]['FAST_MODELS']"
            for label in labels:
                try:
                    model = apps.get_model(label)
                except (LookupError, ValueError):
                    messages.append(
                        checks.Error(
                            f"{where} names {label!r}, which is not an installed model.",
                            id="search.E001",
                        )
                    )
                    continue
                tree = [
                    other._meta.label_lower
                    for other in get_indexed_models()
                    if get_model_root(other) is get_model_root(model)
                ]
                missing = sorted(set(tree) - set(labels))
                if missing:
                    messages.append(
                        checks.Error(
                            f"{where} lists {label!r} but not {', '.join(missing)} of the "
                            "same multi-table inheritance.",
                            hint="A parent's search includes its children: list the whole "
                            "tree, or none of it.",
                            id="search.E002",
                        )
                    )
                if len(getattr(model._meta.pk, "fields", None) or [model._meta.pk]) != 1:
                    messages.append(
                        checks.Error(
                            f"{where} lists {label!r}, whose primary key has several columns.",
                            hint="The fast path keeps one key per record; leave it to "
                            "Wagtail's own backend.",
                            id="search.E003",
                        )
                    )
    return messages
