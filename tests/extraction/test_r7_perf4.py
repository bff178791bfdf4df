"""Shortcuts written for speed in round 7 give exactly what the plain forms give."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.cues import WORD_RE, ascii_words
from attribution.extraction.entities import LINE_WORD, _title_case_lines
from attribution.extraction.tokens import SCAN_RE, tokenize

PIECES = st.lists(st.sampled_from([
    "said", "Holt", "Mr.", "Sen.", "U.S.", "e.g.", "A.", "W.", "20,000", "1,100.50", "3.5", "it's", "O’Neil", "Jean-Luc",
    "AT&T", "@lee", "#vote", "$5", "50%", "and/or", "co-op", "café", "naïve", "x", ".", ",", "-", "—", "’", "'", "\"", "“",
    "(", ")", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "",
]), max_size=30)


def scanned(text, start, end):
    return [(m.group(1), m.start(1), m.end(1)) for m in SCAN_RE.finditer(text, start, end)]


def test_the_tokenizer_counts_its_way_to_the_same_offsets_the_scan_finds():
    text = "  Sen. Dana W. White (R-Ohio)\u00a0 told\tU.S. reporters on Jan. 5 that 20,000 people won’t pay $5.  "
    assert [(t.text, t.start, t.end) for t in tokenize(text, 0, len(text), [])] == scanned(text, 0, len(text))
    assert [(t.text, t.start, t.end) for t in tokenize(text, 7, 40, [])] == scanned(text, 7, 40)


@settings(max_examples=200, deadline=None)
@given(PIECES, st.sampled_from([" ", "", "\u00a0"]), st.integers(0, 5), st.integers(0, 5))
def test_the_tokenizer_and_the_scan_agree_on_any_text_and_bounds(pieces, joiner, cut_start, cut_end):
    text = joiner.join(pieces)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    tokens = tokenize(text, start, end, [])
    assert [(t.text, t.start, t.end) for t in tokens] == scanned(text, start, end)
    assert all(t.lower == t.text.lower() and t.is_word == (t.text[0].isalnum() or t.text[0] in "@#$") and t.is_capitalized == t.text[0].isupper()
               for t in tokens)


TEXT = st.text(st.sampled_from(list("aZq Mé’“”\"'-_.,;:!?\t\u00a0\u2003\u2028é½²٣Ⅻ7_xY")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(0, 6), st.integers(0, 6))
def test_the_words_read_without_the_pattern_are_the_patterns_runs_of_ascii_letters(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert ascii_words(text, start, end) == WORD_RE.findall(text, start, end)


def test_a_title_case_line_is_found_by_counting_its_words_without_the_pattern():
    text = "Senators Say The Plan Will Fail In May\nthe plan will fail in May, senators said on Tuesday\n½ Of 3 Voters Back 2 New Rules\n"
    # ("½" opens a word as a letter does, "3" does not: five capitals of six words)
    assert _title_case_lines(text) == [(0, 38), (91, 121)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_the_counted_words_of_a_line_are_those_the_line_pattern_finds(line):
    assert sum(1 for piece in line.split() if piece[0].isalnum() and not piece[0].isdecimal()) == len(LINE_WORD.findall(line))
