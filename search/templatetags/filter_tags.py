"""How many filters a person has chosen, for the "Filters (2 actief)" disclosure of a
faceted search (the motion bank, the agenda)."""

from django import template

register = template.Library()


@register.simple_tag
def active_filter_count(outcome, *values):
    """The options chosen in every facet of ``outcome`` (a search.engine.SearchOutcome,
    or None), plus one for each of ``values`` that is set (the agenda's words, period
    and dates)."""
    facets = getattr(outcome, "facets", None) or ()
    chosen = sum(len(facet.selected) for facet in facets)
    return chosen + sum(1 for value in values if value)
