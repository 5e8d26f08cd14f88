"""
Turning a modelsearch query (PlainText, Phrase, And, Or...) into terms per engine. Each
query word looks for any of its terms (search.analysis.dutch.query_terms: its stem and
its form as typed); a phrase for its words' stems one after the other, as the index
holds them (the stems of a text come first, in order).
"""

from modelsearch.query import And, MatchAll, Not, Or, Phrase, PlainText

from search.analysis.dutch import query_groups, query_part_words, query_words, stem
from search.queries import SomeOf

from .store import Unsupported
from .text import WORD, fold, words


class NoWords(Exception):
    """The query has no searchable words left (only stop words): it matches nothing."""


def terms(query):
    """Every searchable word in the query, for ranking and highlighting."""
    if isinstance(query, (PlainText, Phrase)):
        return [term for group in query_words(query.query_string) for term in group]
    if isinstance(query, (And, Or)):
        return [word for sub in query.subqueries for word in terms(sub)]
    if isinstance(query, Not):
        return []
    return []


def word_parts(text):
    """Each word of a text as a query of its own with one for each of its compound
    parts: [(PlainText("woningbouwplannen"), [PlainText("woning"), PlainText("bouw"),
    PlainText("plannen")])]; what a ``SomeOf``'s matches are ranked by."""
    return [
        (PlainText(word), [PlainText(part) for part in query_part_words(word)])
        for word in words(text)
        if query_words(word)
    ]


def prefixes(query):
    """The words of an autocomplete query, stop words kept: "op" may begin "opvang"."""
    if isinstance(query, (PlainText, Phrase)):
        return WORD.findall(fold(query.query_string))
    if isinstance(query, (And, Or)):
        return [word for sub in query.subqueries for word in prefixes(sub)]
    return []


def fts5(query, any_part=False):
    """FTS5 MATCH syntax; every word quoted, so no input is read as an operator. Inside
    a ``SomeOf`` (``any_part``) a compound word matches by any one of its parts too."""
    if isinstance(query, MatchAll):
        raise Unsupported("match all has no MATCH expression")
    if isinstance(query, PlainText):
        found = query_groups(query.query_string)
        if not found:
            raise NoWords()
        joiner = " OR " if query.operator.lower() == "or" else " AND "
        return "(" + joiner.join(_fts5_any(group, parts, any_part) for group, parts in found) + ")"
    if isinstance(query, Phrase):
        found = _stems(query.query_string)
        if not found:
            raise NoWords()
        return '"' + " ".join(found) + '"'
    if isinstance(query, (And, Or)):
        parts = []
        for sub in query.subqueries:
            try:
                parts.append(fts5(sub, any_part or isinstance(query, SomeOf)))
            except NoWords:
                continue  # a part of only stop words neither narrows nor widens
        if not parts:
            raise NoWords()
        return "(" + (" AND " if isinstance(query, And) else " OR ").join(parts) + ")"
    raise Unsupported(f"{type(query).__name__} queries")


PLAIN = "plainto_tsquery(%s::regconfig, %s)"


def tsquery(query, config, any_part=False):
    """PostgreSQL tsquery SQL and parameters; the words go in as parameters. Inside a
    ``SomeOf`` (``any_part``) a compound word matches by any one of its parts too."""
    if isinstance(query, MatchAll):
        raise Unsupported("match all has no tsquery")
    if isinstance(query, PlainText):
        # Each word by its stem alone, which every form of it is indexed under: ts_rank()
        # of an AND weighs the distances between all of a query's lexemes, and a form as
        # written sits after the text's stems, so an OR of both would rank by where the
        # text ends. (On SQLite, BM25 scores each term on its own: there the form counts.)
        groups = query_groups(query.query_string)
        if not groups:
            raise NoWords()
        found = [group[0] for group, _parts in groups]
        compounds = [(group[0], parts) for group, parts in groups if parts]
        if query.operator.lower() == "or" or (any_part and compounds):
            sqls, params = [], []
            for group, parts in groups:
                sql, word_params = _ts_word(group[0], parts, config, any_part)
                sqls.append(sql)
                params.extend(word_params)
            joiner = " || " if query.operator.lower() == "or" else " && "
            return "(" + joiner.join(sqls) + ")", params
        if not compounds:
            return PLAIN, [config, " ".join(found)]
        # A compound word: its stem, or all of its parts (in whatever words).
        simple = [group[0] for group, parts in groups if not parts]
        sqls, params = ([PLAIN], [config, " ".join(simple)]) if simple else ([], [])
        for term, parts in compounds:
            sql, word_params = _ts_word(term, parts, config)
            sqls.append(sql)
            params.extend(word_params)
        return "(" + " && ".join(sqls) + ")", params
    if isinstance(query, Phrase):
        found = _stems(query.query_string)
        if not found:
            raise NoWords()
        return "phraseto_tsquery(%s::regconfig, %s)", [config, " ".join(found)]
    if isinstance(query, (And, Or)):
        sqls, params = [], []
        for sub in query.subqueries:
            try:
                sql, sub_params = tsquery(sub, config, any_part or isinstance(query, SomeOf))
            except NoWords:
                continue
            sqls.append(sql)
            params.extend(sub_params)
        if not sqls:
            raise NoWords()
        return "(" + (" && " if isinstance(query, And) else " || ").join(sqls) + ")", params
    raise Unsupported(f"{type(query).__name__} queries")


def _ts_word(term, parts, config, any_part=False):
    """One query word in tsquery: its stem, or (a compound) also all of its parts, or
    (``any_part``) any one of them."""
    if not parts:
        return PLAIN, [config, term]
    if any_part:
        params = [value for lexeme in (term, *parts) for value in (config, lexeme)]
        return "(" + " || ".join([PLAIN] * (1 + len(parts))) + ")", params
    return f"({PLAIN} || {PLAIN})", [config, term, config, " ".join(parts)]


def _fts5_any(group, parts=(), any_part=False):
    """One query word in FTS5: any of its terms, or (a compound) all of its parts, or
    (``any_part``) any one of them."""
    alternatives = [f'"{term}"' for term in group]
    if parts and any_part:
        alternatives.extend(f'"{part}"' for part in parts)
    elif parts:
        alternatives.append("(" + " AND ".join(f'"{part}"' for part in parts) + ")")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(" + " OR ".join(alternatives) + ")"


def _stems(text):
    """The stems of a phrase's words, in order (the index's first terms of a text)."""
    return [stem(word) for word in words(text)]
