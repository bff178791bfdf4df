"""Round 15's tokenizer shortcut: a lone mark and an abbreviation with its period, made into one token without the
scan, are the tokens the scan finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction import tokens as token_module
from attribution.extraction.tokens import ABBREVIATIONS, SCAN_RE, tokenize

PIECES = st.lists(st.sampled_from(
    [abbreviation + "." for abbreviation in ABBREVIATIONS] + [
        "Sens.", "Mrx.", "mr.", "MR.", "Sen..", ".Sen.", "Sen.,", "St.-Lo", "A.", "x.", "-", "—", "–", "&", "$", "%", "#", "@", "(", ")",
        ".", ",", "’", "“", "é", "5", "_", "\u00a0", "\t", "\u2003", "Ada", "Lin", "said", "said,", "2012.", "(AP)", "U.S.", "",
    ]), max_size=25)


def scanned(text, start, end):
    return [(m.group(1), m.start(1), m.end(1)) for m in SCAN_RE.finditer(text, start, end)]


@settings(max_examples=500, deadline=None)
@given(PIECES, st.sampled_from([" ", "  ", "\u00a0"]), st.integers(0, 4), st.integers(0, 4))
def test_lone_marks_and_abbreviations_made_whole_are_the_tokens_the_scan_finds(pieces, joiner, cut_start, cut_end):
    text = joiner.join(pieces)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    tokens = tokenize(text, start, end, [])
    assert [(t.text, t.start, t.end) for t in tokens] == scanned(text, start, end)
    assert all(t.quote is None and t.lower == t.text.lower() and t.is_word == (t.text[0].isalnum() or t.text[0] in "@#$") and (
        t.is_capitalized == t.text[0].isupper()) for t in tokens)


def test_it_reads_a_lone_dash_and_a_title_with_its_period_without_the_scan(monkeypatch):
    def no_scan(*args):
        raise AssertionError("scanned")

    monkeypatch.setattr(token_module, "_scan", no_scan)
    text = "Sen. Ada Lin - a Democrat since Sept. 2010 - said it."
    assert [t.text for t in tokenize(text, 0, len(text), [])] == [
        "Sen.", "Ada", "Lin", "-", "a", "Democrat", "since", "Sept.", "2010", "-", "said", "it", "."]
