"""
Assemble WAGTAILSEARCH_BACKENDS from the environment.

The choice of search engine is a matter of environment, never of code that inspects
settings at request time: views only ever call the search API. See docs/search.md.
"""

ELASTICSEARCH_ENGINES = {
    "elasticsearch7": "search.backends.elasticsearch7",
    "elasticsearch8": "search.backends.elasticsearch8",
    "elasticsearch9": "search.backends.elasticsearch9",
    "opensearch2": "search.backends.opensearch2",
    "opensearch3": "search.backends.opensearch3",
}


def dutch_index_settings(stemmer=True):
    """
    A Dutch analyzer for every text field, as the database backends analyse text
    (search/analysis/dutch.py): lowercase, diacritics folded, Dutch stop words, compounds
    split into the words of the project's lexicon (the search backends fill in the
    decompounder's word list from search/analysis/data), Snowball's Dutch stemmer.
    ``stemmer=False`` leaves the stemmer out, for an engine (an emulator) without it.
    """
    chain = ["lowercase", "asciifolding", "dutch_stop", "dutch_decompounder"]
    if stemmer:
        chain.append("dutch_stemmer")
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


def search_backends_from_env(env, database):
    url = env.str("ELASTICSEARCH_URL", default="")
    if not url:
        return {"default": database_backend(database)}

    engine = env.str("SEARCH_ENGINE", default="elasticsearch9")
    if engine not in ELASTICSEARCH_ENGINES:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            f"SEARCH_ENGINE={engine!r} is not one of {', '.join(ELASTICSEARCH_ENGINES)}"
        )
    return {
        "default": {
            "BACKEND": ELASTICSEARCH_ENGINES[engine],
            "URLS": env.list("ELASTICSEARCH_URL"),
            "INDEX_PREFIX": env.str("ELASTICSEARCH_INDEX_PREFIX", default="clb_"),
            "TIMEOUT": env.float("ELASTICSEARCH_TIMEOUT", default=2.0),
            "ATOMIC_REBUILD": True,
            # SEARCH_ENGINE_EMULATOR: an engine that lacks the Dutch stemmer.
            "INDEX_SETTINGS": dutch_index_settings(
                stemmer=not env.bool("SEARCH_ENGINE_EMULATOR", default=False)
            ),
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "BACKOFF": env.float("ELASTICSEARCH_BACKOFF", default=30.0),
            "FALLBACK_BACKEND": "database",
        },
        # The database index is kept up to date too: it answers when the cluster is down.
        "database": database_backend(database),
    }
