"""The Dutch text analysis (search/analysis/dutch.py): stems, compounds, bounds."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.analysis import dutch
from search.analysis.dutch import (
    MAX_PARTS,
    MAX_WORD,
    MIN_PART,
    analyse,
    fold,
    query_groups,
    query_parts,
    query_terms,
    split,
    stem,
)


def found_by(text, word):
    """Whether a query of one word matches a text, as the index matches it."""
    return bool(set(query_terms(word)) & set(analyse(text)))


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("huurwoningen", ("huur", "woningen")),
        ("koopwoningen", ("koop", "woningen")),
        ("energiearmoede", ("energie", "armoede")),
        ("waterschapsbelasting", ("waterschap", "belasting")),  # linking -s-
        ("wibautleergang", ("wibaut", "leergang")),
        ("jeugdhulp", ("jeugd", "hulp")),
        ("wijkagent", ("wijk", "agent")),
        ("dijkversterking", ("dijk", "versterking")),
    ],
)
def test_compounds_split_into_their_parts(word, parts):
    assert split(word) == parts


@pytest.mark.parametrize("word", ["kinderen", "gemeente", "wethouder", "armoede", "xqzvbrtplk"])
def test_ordinary_and_unknown_words_stay_whole(word):
    assert split(word) == ()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Meer huurwoningen", "woningen"),
        ("Meer koopwoningen", "woning"),
        ("Aanpak energiearmoede", "armoede"),
        ("Waterschapsbelasting omlaag", "belasting"),
        ("De Wibautleergang", "Wibaut"),
        ("Zonnepanelen op daken", "zonnepaneel"),
        ("Een zonnepaneel per huis", "zonnepanelen"),
        ("Speelplekken voor kinderen", "kind"),
        ("Een veilig kind", "kinderen"),
        ("Moties over de begroting", "motie"),
        ("Financiën op orde", "financien"),
    ],
)
def test_a_query_word_finds_other_forms(text, word):
    assert found_by(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Een speeltuintje in elke wijk", "speeltuin"),
        ("Nieuwe speeltuinen in de wijk", "speeltuintje"),
        ("Bankjes langs de looproutes", "bank"),
        ("Een bank in het park", "bankjes"),
        ("Boompjes planten in de straat", "bomen"),
        ("Een buurthuisje in elke kern", "buurthuis"),
        ("Tien nieuwe bouwplannen", "plan"),  # plannen: plan (Snowball keeps the nn)
    ],
)
def test_a_diminutive_finds_its_word_and_back(text, word):
    assert found_by(text, word)


@pytest.mark.parametrize("word", ["beetje", "meisje"])
def test_a_word_more_common_than_its_base_is_no_diminutive(word):
    assert dutch.undiminish(word) == word


def found_by_query(text, word):
    """Whether a query of one word matches a text: one of its terms, or all its parts."""
    terms = set(analyse(text))
    ((group, parts),) = query_groups(word)
    return bool(set(group) & terms) or bool(parts) and set(parts) <= terms


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Geen verhoging van de belasting", "belastingverhoging"),
        ("Bouwplannen met betaalbare woningen", "woningbouwplannen"),
        ("Kwijtschelding en een ruimere regeling", "kwijtscheldingsregeling"),
        ("Speelplekken voor kinderen", "kinderspeelplekken"),
        ("Meer belastingverhogingen", "belastingverhoging"),  # the whole word, too
    ],
)
def test_a_query_compound_finds_texts_with_all_of_its_parts(text, word):
    assert found_by_query(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De belasting blijft gelijk", "belastingverhoging"),  # one part is not enough
        ("Meer betaalbare woningen", "woningbouwplannen"),
    ],
)
def test_a_query_compound_needs_every_part(text, word):
    assert not found_by_query(text, word)


@settings(max_examples=200, deadline=1000)
@given(st.text(max_size=80))
def test_query_parts_are_few(text):
    for word in dutch.words(text):
        assert len(query_parts(word)) <= MAX_PARTS


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Meer huurwoningen", "water"),
        ("Speelplekken voor kinderen", "eren"),  # kinderen is not kind + eren
        ("Het verkeer", "keer"),
    ],
)
def test_a_query_word_does_not_find_unrelated_text(text, word):
    assert not found_by(text, word)


def test_analyse_gives_stems_in_order_then_forms_and_parts():
    assert analyse("Meer betaalbare huurwoningen") == [
        "betal",
        "huurwon",
        "betaalbare",
        "huurwoningen",
        "hur",
        "woning",
    ]


def test_query_terms_are_stem_and_form_as_typed():
    assert query_terms("Woningen") == ["woning", "woningen"]
    assert query_terms("huur") == ["hur", "huur"]
    assert query_terms("motie") == ["motie"]


@pytest.mark.parametrize("text", ["de", "en", "van het", "!!!", "", "   ", "…"])
def test_stop_words_and_punctuation_give_no_terms(text):
    assert analyse(text) == []
    assert query_terms(text) == []


def test_fold_drops_diacritics_and_case():
    assert fold("Financiën ÉÉN Ōsaka") == "financien een osaka"


def test_irregular_plural_meets_its_singular():
    assert stem("kinderen") == stem("kind") == "kind"


def test_the_lexicon_holds_common_words_and_the_projects_own():
    lexicon = dutch.lexicon()
    assert len(lexicon) > 20_000
    assert {"woningen", "belasting", "wibaut", "leergang"} <= lexicon.keys()
    assert "voor" not in lexicon  # a stop word is never a part
    short = {word for word in lexicon if len(word) < MIN_PART}
    assert short == {"bus", "weg", "wet", "zee", "gas"}  # words.yaml's short words only


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("buslijnen", ("bus", "lijnen")),
        ("busverbinding", ("bus", "verbinding")),
        ("zeespiegel", ("zee", "spiegel")),
        ("wethouder", ()),  # more common than wet + houder
        ("business", ()),
        ("verkeer", ()),  # a three-letter part must be one of the short words
    ],
)
def test_a_short_word_of_the_project_may_be_a_part(word, parts):
    assert dutch.split(word) == parts


def test_a_word_of_many_possible_parts_is_bounded():
    word = "water" * 8  # 40 letters of nothing but lexicon words
    started = time.perf_counter()
    parts = split(word)
    assert time.perf_counter() - started < 0.5
    assert len(parts) <= MAX_PARTS
    assert split("water" * 200) == ()  # too long to split at all


def test_very_long_words_are_cut():
    terms = analyse("a" * 10_000)
    assert terms and all(len(term) <= MAX_WORD for term in terms)


@settings(max_examples=300, deadline=1000)
@given(st.text(max_size=400))
def test_any_text_analyses_quickly_into_bounded_terms(text):
    started = time.perf_counter()
    terms = analyse(text)
    assert time.perf_counter() - started < 0.5
    words = dutch.words(text)
    # Each word gives its stem, its form and at most MAX_PARTS parts.
    assert len(terms) <= len(words) * (2 + MAX_PARTS)
    assert all(term and len(term) <= MAX_WORD for term in terms)
    for word in words:
        assert len(split(word)) <= MAX_PARTS
        assert all(len(part) >= MIN_PART for part in split(word))


@settings(max_examples=200, deadline=1000)
@given(
    st.lists(
        st.sampled_from(["water", "schap", "huur", "woning", "en", "s", "e", "belasting", "gang"]),
        max_size=30,
    ).map("".join)
)
def test_words_made_of_parts_split_into_parts_of_the_word(word):
    parts = split(word)
    assert len(parts) <= MAX_PARTS
    position = 0
    for part in parts:
        found = word.find(part, position)
        assert found >= 0
        position = found + len(part)


@given(st.text(min_size=1, max_size=60))
def test_a_word_always_finds_itself(word):
    for one in dutch.words(word):
        assert found_by(one, one)


def test_elasticsearch_settings_have_the_dutch_analyzer_with_the_lexicons_words():
    from clbsite.settings.search import dutch_index_settings
    from search.analysis.elasticsearch import fill_word_lists

    settings = fill_word_lists(dutch_index_settings())
    analysis = settings["settings"]["analysis"]
    chain = analysis["analyzer"]["default"]["filter"]
    assert chain == [
        "lowercase",
        "asciifolding",
        "dutch_stop",
        "dutch_decompounder",
        "dutch_stemmer",
    ]
    decompounder = analysis["filter"]["dutch_decompounder"]
    assert decompounder["type"] == "dictionary_decompounder"
    words = decompounder["word_list"]
    # The same source as the database backends: the lexicon and the project's words.
    assert {"woningen", "belasting", "armoede", "waterschap", "wibaut", "leergang"} <= set(words)
    assert set(words) <= dutch.lexicon().keys()
    assert 5_000 < len(words) < 20_000
    assert analysis["filter"]["dutch_stemmer"] == {"type": "stemmer", "language": "dutch"}


def test_elasticsearch_settings_without_the_stemmer_for_an_emulator():
    from clbsite.settings.search import DUTCH_INDEX_SETTINGS, for_emulator

    chain = for_emulator(DUTCH_INDEX_SETTINGS)["settings"]["analysis"]["analyzer"]["default"]
    assert "dutch_stemmer" not in chain["filter"]
    assert "dutch_decompounder" in chain["filter"]


def test_elasticsearch_backend_fills_the_word_list_and_env_can_drop_the_stemmer(monkeypatch):
    import environ

    from clbsite.settings.search import search_backends_from_env
    from search.backends.elasticsearch9 import SearchBackend

    monkeypatch.setenv("ELASTICSEARCH_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("SEARCH_ENGINE_EMULATOR", "true")
    config = search_backends_from_env(environ.Env(), {"ENGINE": "django.db.backends.sqlite3"})
    index_settings = config["default"]["INDEX_SETTINGS"]
    chain = index_settings["settings"]["analysis"]["analyzer"]["default"]["filter"]
    assert "dutch_stemmer" not in chain

    backend = SearchBackend({"URLS": ["http://127.0.0.1:9"], "INDEX_SETTINGS": index_settings})
    filters = backend.settings["settings"]["analysis"]["filter"]
    assert "woningen" in filters["dutch_decompounder"]["word_list"]
