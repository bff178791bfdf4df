"""Round 14 (speed, names): fast paths that must read as the slow ones did. Every line and name is written for the tests."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.entities import CAPITAL_WORD_START, LINE_WORD, TYPOGRAPHIC_MARKS, _in_title_case, _title_case_lines, _word_shape


def plainly_in_title_case(line):
    words, capitals = len(LINE_WORD.findall(line)), len(CAPITAL_WORD_START.findall(line))
    return words >= 4 and capitals >= 0.8 * words


LINE_WORDS = st.lists(st.sampled_from([
    "Holt", "Vows", "Fight", "Levy", "A", "O’Neil", "US-Ohio", "to", "the", "x", "3", "42nd", "_x", "²", "“Quarry", "Plan”", "—", "–Lee",
    "…", "‘Ann’", "(Dana", "É", "État", "élan", "",
]), min_size=3, max_size=9)
LINES = LINE_WORDS.flatmap(lambda words: st.lists(st.sampled_from([" ", "  ", "\t", "\u00a0", "\u2003", "\x1c", "\x0b", "-", ""]),
                                                  min_size=len(words), max_size=len(words)).map(
    lambda gaps: "".join(word + gap for word, gap in zip(words, gaps))))


def test_a_headline_in_title_case_is_found_with_its_typographic_marks_and_a_sentence_is_not():
    text = "Mayor Ann Holt Vows “New Quarry” Fight — Again\n\nThe mayor said on Monday that the quarry plan would be fought in court.\n"
    assert _title_case_lines(text) == [(0, 46)]
    assert _word_shape(text.split("\n")[0]) is not None


def test_lines_at_the_share_of_capitals_read_as_the_patterns_count_them():
    lines = ["Holt Vows Fight Levy to", "Holt Vows Fight Levy to the", "Holt\x1cVows Fight Levy to", "Holt Vows Fight Levy État Étang",
             "Holt Vows Fight État Étang élan", "Holt\u2003Vows Fight Levy to", "Holt\u00a0Vows Fight Levy to the", "“Holt” Vows Fight Levy 42nd x"]
    assert [_in_title_case(line) for line in lines] == [plainly_in_title_case(line) for line in lines]
    assert [_in_title_case(line) for line in lines] == [True, False, True, False, False, True, False, False]


def test_the_typographic_marks_are_neither_white_space_nor_letters_nor_digits():
    assert not any(mark.isspace() or mark.isalnum() for mark in "".join(TYPOGRAPHIC_MARKS))


@settings(max_examples=1000, deadline=None)
@given(LINES)
def test_a_line_reads_as_title_case_exactly_when_its_words_and_capitals_counted_by_the_patterns_say_so(line):
    assert _in_title_case(line) == plainly_in_title_case(line)
