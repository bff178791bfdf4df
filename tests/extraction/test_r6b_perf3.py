"""Patterns and shortcuts written for speed give exactly what their plain forms give."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.tokens import SCAN_RE, TOKEN_RE, tokenize

PIECES = st.lists(st.sampled_from([
    "said", "Holt", "Mr.", "Sen.", "U.S.", "e.g.", "A.", "W.", "20,000", "1,100.50", "3.5", "it's", "O’Neil", "Jean-Luc",
    "AT&T", "@lee", "#vote", "$5", "50%", "and/or", "co-op", "café", "naïve", "x", ".", ",", "-", "—", "’", "'", "\"", "“",
    "(", ")", " ", "  ", "\n", "\t", "\u00a0", "",
]), max_size=30)


def spans(pattern, text, *bounds):
    return [m.span() for m in pattern.finditer(text, *bounds)]


def test_the_scan_finds_the_words_of_a_sentence_as_the_token_pattern_does():
    text = "  Sen. Dana W. White (R-Ohio) told U.S. reporters on Jan. 5 that 20,000 people, e.g. farmers, won’t pay $5.  "
    scanned = [m.span(1) for m in SCAN_RE.finditer(text)]
    assert scanned == spans(TOKEN_RE, text)
    assert [t.text for t in tokenize(text, 0, len(text), [])][:8] == ["Sen.", "Dana", "W.", "White", "(", "R-Ohio", ")", "told"]


@settings(max_examples=300, deadline=None)
@given(PIECES, st.sampled_from([" ", "", "\u00a0"]), st.integers(0, 5), st.integers(0, 5))
def test_the_scan_and_the_token_pattern_agree_on_any_text_and_bounds(pieces, joiner, cut_start, cut_end):
    text = joiner.join(pieces)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert [m.span(1) for m in SCAN_RE.finditer(text, start, end)] == spans(TOKEN_RE, text, start, end)
