"""Words: how text is split, folded and weighed, the same for documents and queries."""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Manager
from django.utils.encoding import force_str

from modelsearch.index import AutocompleteField, RelatedFields, SearchField

# The Dutch stop words of the Snowball stemmer (PostgreSQL's "dutch" configuration
# leaves out the same words), so SQLite and PostgreSQL agree on what is not searchable.
_STOP_WORD_TEXT = (
    "aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch "
    "doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het "
    "hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met "
    "mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds "
    "te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie "
    "wil worden wordt zal ze zelf zich zij zijn zo zonder zou"
)
STOP_WORDS = frozenset(_STOP_WORD_TEXT.split())

WORD = re.compile(r"\w+", re.UNICODE)
PLAIN_FIELDS = (models.CharField, models.TextField, models.IntegerField, models.DateField)
TITLE_BOOST = 4  # a SearchField named "title" or boosted this much counts as title
HEAD_BOOST = 2  # boosted this much: the "head" column (summary, names)


COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text):
    """Lowercase, without diacritics: "Financiën" -> "financien"."""
    text = text.lower()
    if text.isascii():
        return text
    return COMBINING.sub("", unicodedata.normalize("NFKD", text))


def words(text):
    """The searchable words of a text, folded, stop words left out."""
    return [word for word in WORD.findall(fold(text or "")) if word not in STOP_WORDS]


def index_text(text):
    return " ".join(words(text))


@dataclass
class Document:
    """An object's text in three weighted parts, and what autocomplete looks in (its
    AutocompleteFields, as modelsearch's own backends take them)."""

    title: list[str] = field(default_factory=list)
    head: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    autocomplete: list[str] = field(default_factory=list)

    def add(self, search_field, value, inherited_boost=None):
        boost = (search_field.boost or 1) if inherited_boost is None else inherited_boost
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


def document_for(obj, search_fields=None, inherited_boost=None, document=None):
    """Collect an object's SearchFields (and those of RelatedFields) into a Document."""
    document = document if document is not None else Document()
    for search_field in search_fields if search_fields is not None else obj.get_search_fields():
        if isinstance(search_field, SearchField):
            document.add(search_field, _value_text(_value(obj, search_field)), inherited_boost)
        elif isinstance(search_field, AutocompleteField):
            document.autocomplete.append(_value_text(_value(obj, search_field)))
        elif isinstance(search_field, RelatedFields):
            related = search_field.get_value(obj)
            if related is None:
                continue
            if isinstance(related, Manager):
                related = related.all()
            elif callable(related):
                related = related()
            items = related if hasattr(related, "__iter__") else [related]
            for item in items:
                # Related text (a body's name, tags) counts as body text.
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

    @property
    def fingerprint(self):
        parts = (self.title, self.head, self.body, self.autocomplete)
        return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def prepare(obj):
    document = document_for(obj)
    return Prepared(
        obj.pk,
        index_text(" ".join(document.title)),
        index_text(" ".join(document.head)),
        index_text(" ".join(document.body)),
        " ".join(WORD.findall(fold(" ".join(document.autocomplete)))),
    )
