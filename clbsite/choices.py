"""
Labels of model fields with fixed choices, looked up once per language.

Django's ``get_FOO_display()`` turns every choice label of the field into text on each
call (the labels are lazy translations), which costs tens of microseconds per call; a
search page calls it twice for each of its twenty results, and an agenda page several
times per event. ``ChoiceLabelsMixin`` keeps each field's labels per language instead;
what it returns is what Django's method returns.
"""

from functools import cache

from django.utils.choices import CallableChoiceIterator
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.translation import get_language


@cache
def _labels(field, language):
    return {make_hashable(value): force_str(label) for value, label in field.flatchoices}


class ChoiceLabelsMixin:
    """Put before ``models.Model`` in a model's bases."""

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        if isinstance(field.choices, CallableChoiceIterator):  # choices that may change
            return super()._get_FIELD_display(field)
        labels = _labels(field, get_language())
        return force_str(labels.get(make_hashable(value), value), strings_only=True)
