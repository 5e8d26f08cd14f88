"""
The analysis finds words joined by hyphens (re-integratie) with a possessive pattern
(search/analysis/dutch.py, HYPHENATED) that does not backtrack through every word: it
must find exactly what the plain pattern finds, on any text.
"""

import re

from hypothesis import given
from hypothesis import strategies as st

from search.analysis.dutch import HYPHENATED, analyse

PLAIN = re.compile(r"\w+(?:-\w+)+")
PIECES = st.sampled_from(["a", "b", "9", "_", "é", "ß", "e\u0301", "-", "--", " ", ".", "x-y"])


@given(st.lists(PIECES, max_size=30).map("".join))
def test_hyphenated_runs_are_those_of_the_plain_pattern(text):
    assert HYPHENATED.findall(text) == PLAIN.findall(text)


def test_a_hyphenated_compound_is_indexed_whole_as_well():
    assert "reintegratie" in analyse("Re-integratie van statushouders")
