"""Words: how an object's text is collected, analysed (search.analysis.dutch) and weighed."""

import hashlib
from dataclasses import dataclass, field
from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Manager
from django.utils.encoding import force_str

from modelsearch.index import AutocompleteField, RelatedFields, SearchField

from search.analysis.dutch import STOP_WORDS, WORD, analysed_text, fold, words

__all__ = ["STOP_WORDS", "WORD", "fold", "words", "index_text", "prepare", "document_for"]

PLAIN_FIELDS = (models.CharField, models.TextField, models.IntegerField, models.DateField)
TITLE_BOOST = 4  # a SearchField named "title" or boosted this much counts as title
HEAD_BOOST = 2  # boosted this much: the "head" column (summary, names)


def index_text(texts):
    """Texts (an object's fields) as the full-text tables store them: the analysed terms
    of each (search.analysis.dutch: its stems in order, then forms as written and
    compound parts), space-separated."""
    return " ".join(terms for terms in map(analysed_text, texts) if terms)


@dataclass
class Document:
    """An object's text in three weighted parts, and what autocomplete looks in (its
    AutocompleteFields, as modelsearch's own backends take them)."""

    title: list[str] = field(default_factory=list)
    head: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    autocomplete: list[str] = field(default_factory=list)
    # The SearchFields named "title", at any depth, with their own boosts: what
    # modelsearch's index entry calls the title (entries.py).
    named_title: list[tuple[str, float | None]] = field(default_factory=list)

    def add(self, search_field, value, inherited_boost=None):
        if search_field.field_name == "title":
            self.named_title.append((value, search_field.boost))
        # A related object's field weighs as body text unless it has a boost of its own
        # (a motion's tags: its keywords, weighed as its summary).
        boost = search_field.boost or inherited_boost or 1
        if search_field.field_name == "title" and inherited_boost is None or boost >= TITLE_BOOST:
            self.title.append(value)
        elif boost >= HEAD_BOOST:
            self.head.append(value)
        else:
            self.body.append(value)


def _value_text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_value_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_value_text(item) for item in value.values())
    return force_str(value)


@cache
def _plain_attname(model, field_name):
    """The attribute of a plain text or number column, read directly (fast); None for
    anything else (related objects, StreamFields, methods), read the modelsearch way."""
    try:
        field = model._meta.get_field(field_name)
    except FieldDoesNotExist:
        return None
    if field.is_relation or not field.concrete or not isinstance(field, PLAIN_FIELDS):
        return None
    return field.attname


def _value(obj, search_field):
    attname = _plain_attname(type(obj), search_field.field_name)
    if attname is not None:
        return getattr(obj, attname)
    return search_field.get_value(obj)


def related_objects(search_field, obj):
    """The objects a RelatedFields field of ``obj`` names: none, one or many."""
    related = search_field.get_value(obj)
    if related is None:
        return []
    if isinstance(related, Manager):
        related = related.all()
    elif callable(related):
        related = related()
    return related if hasattr(related, "__iter__") else [related]


def document_for(obj, search_fields=None, inherited_boost=None, document=None):
    """Collect an object's SearchFields (and those of RelatedFields) into a Document."""
    document = document if document is not None else Document()
    for search_field in search_fields if search_fields is not None else obj.get_search_fields():
        if isinstance(search_field, SearchField):
            document.add(search_field, _value_text(_value(obj, search_field)), inherited_boost)
        elif isinstance(search_field, AutocompleteField):
            document.autocomplete.append(_value_text(_value(obj, search_field)))
        elif isinstance(search_field, RelatedFields):
            for item in related_objects(search_field, obj):
                # Related text (a body's name) counts as body text, unless boosted.
                document_for(item, search_field.fields, inherited_boost=1, document=document)
    return document


@dataclass(frozen=True)
class Prepared:
    """An object's text as the full-text tables store it, with a fingerprint to tell
    later whether the stored text is still what the object says."""

    pk: object
    title: str
    head: str
    body: str
    autocomplete: str
    # For the object's index entry in modelsearch's table (entries.py): the analysed text
    # of its SearchFields named "title" (those with any), one after the other, and the
    # highest boost among those fields (None: no boost).
    entry_title: str = ""
    entry_boost: float | None = None

    @property
    def fingerprint(self):
        parts = (self.title, self.head, self.body, self.autocomplete)
        return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def prepare(obj):
    document = document_for(obj)
    boosts = [boost for _value, boost in document.named_title if boost is not None]
    return Prepared(
        obj.pk,
        index_text(document.title),
        index_text(document.head),
        index_text(document.body),
        " ".join(WORD.findall(fold(" ".join(document.autocomplete)))),
        # analysed_text() keeps its last texts: the title is not analysed twice.
        " ".join(filter(None, (analysed_text(value) for value, _boost in document.named_title))),
        max(boosts, default=None),
    )
