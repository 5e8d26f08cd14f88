"""
Wagtail's own database index (pages, documents, and what the fast path hands over) with
the Dutch analysis of search.analysis.dutch, through the stock API only:

- writing, the stock index is given each object's text already analysed: the object
  goes in behind a stand-in whose search fields return the analysed terms of the
  object's own fields (stems, forms as written, compound parts), with the same names
  and boosts; autocomplete fields are folded (lowercase, no diacritics);
- searching, the query is analysed the same way before the stock compiler sees it: a
  word becomes "any of its terms" (its stem or its form as typed), a phrase the stems
  of its words, an autocomplete query its folded words.

So "Wibaut" finds the page Wibautleergang, and SQLite and PostgreSQL (with the
``simple`` configuration, clbsite/settings/search.py) index the same terms.
"""

from django.utils.encoding import force_str

from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText

from search.analysis.dutch import WORD, analysed_text, fold, query_words, stem, words
from search.fastindex.text import related_objects


def _text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text(item) for item in value.values())
    return force_str(value)


class _Analysed(SearchField):
    """A SearchField whose value is fixed: the analysed text of the real field."""

    def __init__(self, field, text):
        super().__init__(field.field_name, boost=field.boost)
        self.text = text

    def get_value(self, obj):
        return self.text


class _Folded(AutocompleteField):
    def __init__(self, field, text):
        super().__init__(field.field_name)
        self.text = text

    def get_value(self, obj):
        return self.text


def _analysed_fields(obj, search_fields):
    for field in search_fields:
        if isinstance(field, SearchField):
            yield _Analysed(field, analysed_text(_text(field.get_value(obj))))
        elif isinstance(field, AutocompleteField):
            yield _Folded(field, " ".join(WORD.findall(fold(_text(field.get_value(obj))))))
        elif isinstance(field, RelatedFields):
            for item in related_objects(field, obj):
                yield from _analysed_fields(item, field.fields)


class AnalysedObject:
    """What the stock index reads of an object (its key and search fields), analysed."""

    def __init__(self, obj):
        self.obj = obj
        self.pk = obj.pk
        self._fields = list(_analysed_fields(obj, obj.get_search_fields()))

    def get_search_fields(self):
        return self._fields


class AnalysedIndexMixin:
    def add_items(self, model, objs):
        return super().add_items(model, [AnalysedObject(obj) for obj in objs])


def analysed_query(query, operator="or", autocomplete=False, negated=False):
    """A modelsearch query with its words replaced by their analysed terms."""
    if isinstance(query, str):
        query = PlainText(query, operator=operator)
    if isinstance(query, PlainText):
        if autocomplete:
            folded = WORD.findall(fold(query.query_string))
            return PlainText(" ".join(folded), operator=query.operator) if folded else query
        groups = query_words(query.query_string)
        if not groups:
            return query  # only stop words: the index has none of them
        if negated:
            # Every form of a word is indexed under its stem; the stem alone keeps the
            # stock SQLite compiler's NOT from meeting an OR (which it does not bracket).
            groups = [group[:1] for group in groups]
        parts = [PlainText(" ".join(group), operator="or") for group in groups]
        if len(parts) == 1:
            return parts[0]
        return And(parts) if query.operator.lower() == "and" else Or(parts)
    if isinstance(query, Phrase):
        stems = [stem(word) for word in words(query.query_string)]
        return Phrase(" ".join(stems)) if stems else query
    if isinstance(query, (And, Or)):
        return type(query)(
            [analysed_query(sub, operator, autocomplete, negated) for sub in query.subqueries]
        )
    if isinstance(query, Not):
        return Not(analysed_query(query.subquery, operator, autocomplete, not negated))
    if isinstance(query, Boost):
        return Boost(analysed_query(query.subquery, operator, autocomplete, negated), query.boost)
    return query  # MatchAll and anything else: as it is


class AnalysedBackendMixin:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if query == "" or query is None:
            return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
        operator = kwargs.get("operator") or query_compiler_class.DEFAULT_OPERATOR
        autocomplete = query_compiler_class is self.autocomplete_query_compiler_class
        query = analysed_query(query, operator, autocomplete)
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
