from django.http import QueryDict

import pytest

from motionbank.models.motions import Outcome
from search.engine import Sort
from search.facets import Facet
from search.forms import MAX_QUERY_LENGTH, FacetedSearchForm

FACETS = [Facet("uitkomst", "outcome", "Uitkomst", Outcome.choices)]
SORTS = {"relevantie": Sort("Relevantie", relevance=True), "nieuwste": Sort("Nieuwste")}


def parse(query_string):
    form = FacetedSearchForm(QueryDict(query_string), facets=FACETS, sorts=SORTS)
    return form, form.values()


def test_good_request():
    form, values = parse(
        "q=armoede&uitkomst=aangenomen&uitkomst=verworpen&sortering=nieuwste&pagina=2"
    )
    assert values == {
        "q": "armoede",
        "sort": "nieuwste",
        "page": 2,
        "selected": {"uitkomst": ["aangenomen", "verworpen"]},
    }
    assert not form.has_problems


@pytest.mark.parametrize(
    "query_string, message",
    [
        ("uitkomst=misschien", "kennen we niet"),
        ("sortering=willekeurig", "Deze sortering kennen we niet"),
        ("pagina=abc", "Dit paginanummer bestaat niet"),
        ("pagina=-3", "Dit paginanummer bestaat niet"),
        ("pagina=99999999999999999999", "Dit paginanummer bestaat niet"),
        ("q=" + "woord%20" * 100, "erg lang"),
        ("q=a%00b", "tekens die we niet kunnen gebruiken"),
    ],
)
def test_bad_parts_are_dropped_with_a_dutch_message(query_string, message):
    form, values = parse(query_string)
    assert form.has_problems
    assert any(message in str(text) for text in form.messages)
    assert values["page"] >= 1
    assert values["sort"] in SORTS
    assert len(values["q"]) <= MAX_QUERY_LENGTH
    assert values["selected"]["uitkomst"] == []


def test_unknown_values_are_dropped_but_known_ones_kept():
    form, values = parse("uitkomst=aangenomen&uitkomst=%3Cscript%3E")
    assert values["selected"]["uitkomst"] == ["aangenomen"]
    assert form.has_problems
