"""
Assemble WAGTAILSEARCH_BACKENDS from the environment.

The choice of search engine is a matter of environment, never of code that inspects
settings at request time: views only ever call the search API. See docs/search.md.
"""

import copy

ELASTICSEARCH_ENGINES = {
    "elasticsearch7": "search.backends.elasticsearch7",
    "elasticsearch8": "search.backends.elasticsearch8",
    "elasticsearch9": "search.backends.elasticsearch9",
    "opensearch2": "search.backends.opensearch2",
    "opensearch3": "search.backends.opensearch3",
}


def dutch_index_settings():
    """
    A Dutch analyzer for every text field, as the database backends analyse text
    (search/analysis/dutch.py): lowercase, diacritics folded, Dutch stop words, compounds
    split into the words of the project's lexicon (the search backends fill in the
    decompounder's word list from search/analysis/data), Snowball's Dutch stemmer.
    ``for_emulator`` below leaves the stemmer out, for the test emulator that lacks it.
    """
    chain = ["lowercase", "asciifolding", "dutch_stop", "dutch_decompounder", "dutch_stemmer"]
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                    "dutch_decompounder": {
                        "type": "dictionary_decompounder",
                        "min_subword_size": 4,
                        "max_subword_size": 40,
                        "only_longest_match": True,
                    },
                    "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                },
                "analyzer": {
                    "default": {"type": "custom", "tokenizer": "standard", "filter": chain},
                },
            }
        }
    }


DUTCH_INDEX_SETTINGS = dutch_index_settings()


# What the OpenSearch-compatible emulator of the tests (osmem-server) cannot analyse; with
# SEARCH_ENGINE_EMULATOR=true these filters are left out of the index settings, so the
# index can be created there. See docs/search.md, "What is verified against which server".
EMULATOR_UNSUPPORTED_FILTERS = (
    {"type": "stemmer", "language": "dutch"},
    {"type": "hyphenation_decompounder"},
)


def _unsupported_on_emulator(spec):
    return any(
        all(str(spec.get(key, "")).lower() == value for key, value in unsupported.items())
        for unsupported in EMULATOR_UNSUPPORTED_FILTERS
    )


def for_emulator(index_settings):
    """The index settings without the token filters the emulator lacks (a copy)."""
    index_settings = copy.deepcopy(index_settings)
    analysis = index_settings.get("settings", {}).get("analysis", {})
    filters = analysis.get("filter", {})
    dropped = {name for name, spec in filters.items() if _unsupported_on_emulator(spec)}
    for name in dropped:
        del filters[name]
    for analyzer in analysis.get("analyzer", {}).values():
        if "filter" in analyzer:
            analyzer["filter"] = [name for name in analyzer["filter"] if name not in dropped]
    return index_settings


# Models with many records, searched through the fast path of search/backends/database.py.
FAST_MODELS = ["motionbank.Motion", "agenda.Event"]


def database_backend(database):
    """The database backend: FTS5 on SQLite, text search on PostgreSQL, both over the
    Dutch analysis of search/analysis/dutch.py."""
    config = {
        "BACKEND": "search.backends.database",
        "ATOMIC_REBUILD": True,
        "FAST_MODELS": FAST_MODELS,
    }
    if "postgresql" in database["ENGINE"]:
        # The text arrives analysed (search.analysis.dutch): PostgreSQL only splits it.
        config["SEARCH_CONFIG"] = "simple"
    return config


def engine_backend(url, engine, prefix="clb_", timeout=2.0, backoff=30.0, emulator=False):
    """The Elasticsearch/OpenSearch backend: ``engine`` is a key of ELASTICSEARCH_ENGINES,
    ``url`` one or more addresses. ``emulator`` leaves out what the test emulator lacks."""
    if engine not in ELASTICSEARCH_ENGINES:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            f"SEARCH_ENGINE={engine!r} is not one of {', '.join(ELASTICSEARCH_ENGINES)}"
        )
    return {
        "BACKEND": ELASTICSEARCH_ENGINES[engine],
        "URLS": url if isinstance(url, list) else [url],
        "INDEX_PREFIX": prefix,
        "TIMEOUT": timeout,
        "ATOMIC_REBUILD": True,
        "INDEX_SETTINGS": for_emulator(DUTCH_INDEX_SETTINGS) if emulator else DUTCH_INDEX_SETTINGS,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        "BACKOFF": backoff,
        "FALLBACK_BACKEND": "database",
    }


def search_backends_from_env(env, database):
    url = env.str("ELASTICSEARCH_URL", default="")
    if not url:
        return {"default": database_backend(database)}
    return {
        "default": engine_backend(
            env.list("ELASTICSEARCH_URL"),
            env.str("SEARCH_ENGINE", default="elasticsearch9"),
            prefix=env.str("ELASTICSEARCH_INDEX_PREFIX", default="clb_"),
            timeout=env.float("ELASTICSEARCH_TIMEOUT", default=2.0),
            backoff=env.float("ELASTICSEARCH_BACKOFF", default=30.0),
            emulator=env.bool("SEARCH_ENGINE_EMULATOR", default=False),
        ),
        # The database index is kept up to date too: it answers when the cluster is down.
        "database": database_backend(database),
    }
