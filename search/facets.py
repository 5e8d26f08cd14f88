"""
Facet definitions: which field a filter uses, how it appears in a URL and on the page.

A facet maps between three things:
- the value in the URL (``?thema=wonen``), stable and readable, so links can be shared;
- the value in the search index (the theme's primary key);
- the label a person reads ("Wonen").
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils.translation import get_language


@dataclass(frozen=True)
class Option:
    param: str
    value: Any
    label: str


@dataclass
class Facet:
    param: str
    """The GET parameter, in Dutch: "thema"."""
    field: str
    """The model field, declared as ``index.FilterField``: "theme"."""
    label: str
    choices: Callable[[], list[Option]] | list[tuple[str, str]]
    """Every value a person may pick: a list of (value, label) for fields with choices,
    or a callable returning Options (for foreign keys and dynamic lists)."""
    many_to_many: bool = False
    order: str = "choices"
    """How options are listed: "choices" (as declared) or "count" (most results first)."""
    hide_empty: bool = True
    """Leave out options without results, unless selected."""
    show: int | None = None
    """List at most this many options (plus any selected) until the person asks for all
    of them: a list of hundreds of checkboxes is slow to scan, to tab through and to
    render. None lists every option."""

    def options(self):
        if callable(self.choices):
            return list(self.choices())
        # Fixed choices: their labels are translated once per language, not per search.
        language = get_language()
        known = self.__dict__.setdefault("_options_by_language", {})
        if language not in known:
            known[language] = [
                Option(param=str(value), value=value, label=str(label))
                for value, label in self.choices
            ]
        return list(known[language])

    def attname(self, model):
        """The name the search backend knows the field by (``theme_id`` for a foreign key)."""
        model_field = model._meta.get_field(self.field)
        return model_field.attname if not self.many_to_many else self.field

    def condition(self, model, values):
        """A Q object that keeps records with any of the given index values (OR within
        one facet). A many-to-many field filters on the record's id, so that a record
        with two chosen values is not repeated."""
        if not self.many_to_many:
            return Q(**{f"{self.field}__in": values})
        relation = model._meta.get_field(self.field)
        through = relation.remote_field.through
        source = relation.m2m_field_name()
        target = relation.m2m_reverse_field_name()
        ids = through.objects.filter(**{f"{target}__in": values}).values(f"{source}_id")
        return Q(pk__in=ids)

    def filter(self, queryset, values):
        return queryset.filter(self.condition(queryset.model, values))


@dataclass
class FacetOption:
    param: str
    label: str
    count: int
    selected: bool
    input_id: str = ""
    """The id of its checkbox: "f-<facet>-<place in the list>"."""


@dataclass
class FacetResult:
    facet: Facet
    options: list[FacetOption]
    """The options listed on the page."""
    hidden: int = 0
    """How many more options there are than listed (the person can ask for all)."""
    expanded: bool = False
    """The person asked for all options of a facet that lists only some by default."""

    @property
    def available(self):
        return len(self.options) + self.hidden

    @property
    def param(self):
        return self.facet.param

    @property
    def label(self):
        return self.facet.label

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


def choices_from_queryset(queryset, param_attr, label_attr="name"):
    """Options for a foreign-key facet: the URL uses ``param_attr`` (a code or slug)."""

    def options():
        return [
            Option(param=str(param), value=pk, label=str(label))
            for pk, param, label in queryset.values_list("pk", param_attr, label_attr)
        ]

    return options
