"""The name index's capitalised-run patterns read their first capital as a plain character class (a speed-up):
they must find exactly the runs that the plain form of the same pattern finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.entities import _CAPITAL_WORD, CAPITALIZED_RUN, CAPITALIZED_RUN_OR_WORD

JOINER = r"[ \u00a0]+(?:of[ \u00a0]+|the[ \u00a0]+)?"
PLAIN_RUN = re.compile(rf"{_CAPITAL_WORD}(?:{JOINER}{_CAPITAL_WORD})+")
PLAIN_RUN_OR_WORD = re.compile(rf"{_CAPITAL_WORD}(?:{JOINER}{_CAPITAL_WORD})*")
PIECES = st.lists(st.sampled_from([
    "Mr.", "Mrs.", "Ms", "Dr.", "U.S.", "A.", "B", "of", "the", "McDonald", "iPhone", "Holt", "Mrss.", "Capt.", "Lt.", "MLt.",
    "AMr.", "Prof", "Rev.", "DrDr.", "Sen.", "O’Neil", "Jean-Luc", "-", "’s", "x", ".", " ", "  ", "\u00a0", "",
]), max_size=25).map(" ".join)


def runs(pattern, text, *bounds):
    return [(m.span(), m.group()) for m in pattern.finditer(text, *bounds)]


def test_it_finds_names_titles_and_initials_as_before():
    text = "Then Mr. Dana Holt of the U.S. Navy met Sen. Ann O’Neil and Dr. J. R. Lee in New York."
    assert runs(CAPITALIZED_RUN, text) == runs(PLAIN_RUN, text)
    assert [m.group() for m in CAPITALIZED_RUN.finditer(text)] == ["Then Mr. Dana Holt", "U.S. Navy", "Sen. Ann O’Neil", "Dr. J. R. Lee", "New York"]


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_its_runs_are_those_of_the_plain_pattern(text):
    assert runs(CAPITALIZED_RUN, text) == runs(PLAIN_RUN, text)
    assert runs(CAPITALIZED_RUN, text, 2, max(2, len(text) - 3)) == runs(PLAIN_RUN, text, 2, max(2, len(text) - 3))
    assert runs(CAPITALIZED_RUN_OR_WORD, text) == runs(PLAIN_RUN_OR_WORD, text)
