"""
The Dutch analysis on Elasticsearch and OpenSearch: the analyzer itself is declared in
the index settings (clbsite/settings/search.py: lowercase, folding, Dutch stop words, a
``dictionary_decompounder``, Snowball's Dutch stemmer); its word list comes from here,
from the same lexicon the database backends split compounds with (data/lexicon-nl.tsv
and data/words.yaml), so there is no second list to keep.

The engine's decompounder takes every word of the list it finds inside a token (the
longest, with ``only_longest_match``), so the list holds the words common enough to be
the part of a compound: ES_MIN_ZIPF and up.
"""

from functools import cache

from .dutch import MIN_PART, _project_words, lexicon

ES_MIN_ZIPF = 3.5  # about 10,000 words


@cache
def word_list():
    """The decompounder's words, sorted: the lexicon's common words and the project's."""
    project = _project_words()[0]
    return tuple(
        sorted(
            word
            for word, zipf in lexicon().items()
            if len(word) >= MIN_PART and (zipf >= ES_MIN_ZIPF or word in project)
        )
    )


def fill_word_lists(settings):
    """Give every dictionary_decompounder filter in index settings that has no word list
    the lexicon's (in place); return the settings."""
    filters = settings.get("settings", {}).get("analysis", {}).get("filter", {})
    for definition in filters.values():
        if (
            definition.get("type") == "dictionary_decompounder"
            and "word_list" not in definition
            and "word_list_path" not in definition
        ):
            definition["word_list"] = list(word_list())
    return settings


class DutchAnalysisMixin:
    """An Elasticsearch/OpenSearch backend whose index settings get the word list."""

    def __init__(self, params):
        super().__init__(params)
        fill_word_lists(self.settings)
