"""A sentence of a paragraph whose words were read is looked through for the paragraph's deciding words only:
it finds exactly those of them that reading the sentence's words finds, and the cue check answers as before."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.cues import WORD_RE, deciding_words, may_attribute, words_in_span

PIECES = st.lists(st.sampled_from([
    "said", "says", "Said", "unsaid", "saids", "told", "statement", "statements", "words", "In", "in", "the", "of", "issued",
    "a", "warned", "according", "to", "claim", "his", "Holt's", "’s", "x", ".", ",", "-", "1", "é", "", " ", "  ",
]), max_size=30).map(" ".join)


def test_it_finds_a_deciding_word_only_as_a_whole_word():
    text = "Unsaid things stay unsaid. Holt said so, in a statement."
    assert words_in_span(text, 0, 26, {"said", "statement"}) == []
    assert sorted(words_in_span(text, 27, len(text), {"said", "statement", "told"})) == ["said", "statement"]


@settings(max_examples=300, deadline=None)
@given(PIECES, st.integers(0, 40), st.integers(0, 40))
def test_its_words_are_those_the_plain_words_hold(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(len(text) - cut_end, len(text)), 0)
    start = min(start, end)
    deciding = deciding_words().intersection(WORD_RE.findall(text))
    plain = WORD_RE.findall(text, start, end)
    found = words_in_span(text, start, end, deciding)
    assert sorted(found) == sorted(deciding.intersection(plain))
    if not any(w not in WORD_RE.findall(text) for w in plain):  # no word cut at the span's edges
        assert may_attribute(text, start, end, sentence=True, words=found) == may_attribute(text, start, end, sentence=True)
