"""Turning a modelsearch query (PlainText, Phrase, And, Or...) into words per engine."""

from modelsearch.query import And, MatchAll, Not, Or, Phrase, PlainText

from .store import Unsupported
from .text import WORD, fold, words


class NoWords(Exception):
    """The query has no searchable words left (only stop words): it matches nothing."""


def terms(query):
    """Every searchable word in the query, for ranking and highlighting."""
    if isinstance(query, (PlainText, Phrase)):
        return words(query.query_string)
    if isinstance(query, (And, Or)):
        return [word for sub in query.subqueries for word in terms(sub)]
    if isinstance(query, Not):
        return []
    return []


def prefixes(query):
    """The words of an autocomplete query, stop words kept: "op" may begin "opvang"."""
    if isinstance(query, (PlainText, Phrase)):
        return WORD.findall(fold(query.query_string))
    if isinstance(query, (And, Or)):
        return [word for sub in query.subqueries for word in prefixes(sub)]
    return []


def fts5(query):
    """FTS5 MATCH syntax; every word quoted, so no input is read as an operator."""
    if isinstance(query, MatchAll):
        raise Unsupported("match all has no MATCH expression")
    if isinstance(query, PlainText):
        found = words(query.query_string)
        if not found:
            raise NoWords()
        joiner = " OR " if query.operator.lower() == "or" else " AND "
        return "(" + joiner.join(f'"{word}"' for word in found) + ")"
    if isinstance(query, Phrase):
        found = words(query.query_string)
        if not found:
            raise NoWords()
        return '"' + " ".join(found) + '"'
    if isinstance(query, (And, Or)):
        parts = []
        for sub in query.subqueries:
            try:
                parts.append(fts5(sub))
            except NoWords:
                continue  # a part of only stop words neither narrows nor widens
        if not parts:
            raise NoWords()
        return "(" + (" AND " if isinstance(query, And) else " OR ").join(parts) + ")"
    raise Unsupported(f"{type(query).__name__} queries")


def tsquery(query, config):
    """PostgreSQL tsquery SQL and parameters; the words go in as parameters."""
    if isinstance(query, MatchAll):
        raise Unsupported("match all has no tsquery")
    if isinstance(query, PlainText):
        found = words(query.query_string)
        if not found:
            raise NoWords()
        if query.operator.lower() == "or":
            return (
                "(" + " || ".join(["plainto_tsquery(%s::regconfig, %s)"] * len(found)) + ")",
                [value for word in found for value in (config, word)],
            )
        return "plainto_tsquery(%s::regconfig, %s)", [config, " ".join(found)]
    if isinstance(query, Phrase):
        found = words(query.query_string)
        if not found:
            raise NoWords()
        return "phraseto_tsquery(%s::regconfig, %s)", [config, " ".join(found)]
    if isinstance(query, (And, Or)):
        sqls, params = [], []
        for sub in query.subqueries:
            try:
                sql, sub_params = tsquery(sub, config)
            except NoWords:
                continue
            sqls.append(sql)
            params.extend(sub_params)
        if not sqls:
            raise NoWords()
        return "(" + (" && " if isinstance(query, And) else " || ").join(sqls) + ")", params
    raise Unsupported(f"{type(query).__name__} queries")
