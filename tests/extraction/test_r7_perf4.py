"""Shortcuts written for speed in round 7 give exactly what the plain forms give."""

from hypothesis import given, settings
from hypothesis import strategies as st

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
