"""Patterns written for speed find exactly what their plain forms find: the name index's capitalised runs and the
owners of documents, their first capital read as a plain character class."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction import entities
from attribution.extraction.entities import _CAPITAL_WORD, CAPITALIZED_RUN, CAPITALIZED_RUN_OR_WORD, DOCUMENT_OWNER

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


PLAIN_DOCUMENT_OWNER = re.compile(DOCUMENT_OWNER.pattern.replace(r"([A-Z](?<!\w[A-Z])(?:[\w\-]*[ \u00a0][A-Z]){0,3}[\w\-]*)",
                                                                 r"\b((?:[A-Z][\w\-]*[ \u00a0]){0,3}[A-Z][\w\-]*)"))
OWNER_PIECES = st.lists(st.sampled_from([
    "Home", "Office", "letter", "memo", "reports", "report", "The", "the", "A", "B-C", "x", "Ab_c", "1A", "É", "O’Neil", "’s",
    "'s", "-", "NHS", "statement", "Statement", "iPhone", "US", "notices",
]), max_size=14).flatmap(lambda words: st.lists(st.sampled_from([" ", "", "\u00a0", "  "]), min_size=len(words), max_size=len(words)).map(
    lambda gaps: "".join(w + g for w, g in zip(words, gaps))))


def owners(pattern, text):
    return [(m.span(), m.group(1), m.group(2)) for m in pattern.finditer(text)]


def test_it_finds_document_owners_as_before():
    text = "The Home Office letter, a leaked NHS England memo and Ms Lee's report."
    assert owners(DOCUMENT_OWNER, text) == owners(PLAIN_DOCUMENT_OWNER, text)
    assert [owner for _, owner, _ in owners(DOCUMENT_OWNER, text)] == ["The Home Office", "NHS England", "Ms Lee"]


@settings(max_examples=300, deadline=None)
@given(OWNER_PIECES)
def test_its_document_owners_are_those_of_the_plain_pattern(text):
    assert owners(DOCUMENT_OWNER, text) == owners(PLAIN_DOCUMENT_OWNER, text)


# Surname and capital patterns with their first capital read as a plain character class, and their plain forms.
PLAIN_SURNAME_PATTERNS = {
    "BARE_SURNAME": r"(?<=[a-z,] )([A-Z][a-z][\w\-]*(?:['’]s)?)(?![\w\-]| [A-Z])",
    "TITLED_SURNAME": r"\b([A-Z][a-z]+\.?)[ \u00a0]+([A-Z][a-z][\w\-]*(?:['’]s)?)\b(?![ \u00a0]+[A-Z])",
    "SENTENCE_SURNAME": r"(?<![\w'’.\-] )(?<![\w'’\-])([A-Z][a-z][\w\-]*)(?= [a-z])",
    "CAPITAL_WORD_START": r"(?<!\S)[A-Z]",
}
SURNAME_PIECES = st.lists(st.sampled_from([
    "Gov.", "President", "Holt", "Holt’s", "Holt's", "Mrs.", "said", "the", "of", "x", "X", "A.", "O’Neil", "McDonald", "Jean-Luc",
    "-", ".", ",", "’", "'", "_Holt", "2Holt", "\n", " ", "  ", "\u00a0", "",
]), max_size=25).map(" ".join)


def matches(pattern, text, *bounds):
    return [(m.span(), m.groups(), m.group()) for m in pattern.finditer(text, *bounds)]


def test_the_surname_patterns_find_what_they_found_before():
    text = "As President Obama said, Holt met Gov. Lena Park; Park’s aide, Mr. Lee, said Lee spoke. Bush went on."
    for name, plain in PLAIN_SURNAME_PATTERNS.items():
        assert matches(getattr(entities, name), text) == matches(re.compile(plain), text), name


@settings(max_examples=300, deadline=None)
@given(SURNAME_PIECES, st.integers(0, 6), st.integers(0, 6))
def test_the_surname_patterns_match_as_their_plain_forms(text, cut_start, cut_end):
    bounds = (min(cut_start, len(text)), max(len(text) - cut_end, min(cut_start, len(text))))
    for name, plain in PLAIN_SURNAME_PATTERNS.items():
        assert matches(getattr(entities, name), text) == matches(re.compile(plain), text), name
        assert matches(getattr(entities, name), text, *bounds) == matches(re.compile(plain), text, *bounds), name
