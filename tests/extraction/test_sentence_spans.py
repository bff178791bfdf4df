"""sentence_spans: the sentences the admin shows a quotation in."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction import extract, sentence_spans


def texts(text):
    return [text[start:end] for start, end in sentence_spans(text)]


def test_it_splits_sentences_without_breaking_at_abbreviations():
    text = "Dr. Ann Lee arrived at 9 a.m. on Monday. The ferry left late. Was anyone hurt?"
    assert texts(text) == ["Dr. Ann Lee arrived at 9 a.m. on Monday.", "The ferry left late.", "Was anyone hurt?"]


def test_it_never_joins_lines_into_one_sentence():
    text = "Ferry runs aground near harbour\n\n  The ferry hit a sandbar.  \nNobody was hurt"
    assert texts(text) == ["Ferry runs aground near harbour", "The ferry hit a sandbar.", "Nobody was hurt"]


def test_it_reads_only_the_range_it_is_given():
    text = "Skip this. Read this one. And this."
    assert texts(text)[1:] == ["Read this one.", "And this."]
    assert sentence_spans(text, 11) == [(11, 25), (26, 35)]


def test_its_spans_hold_the_sentence_extract_reports():
    text = "The pier was closed on Monday. “It is not safe,” said Carl Berg. Repairs start soon."
    item = extract(text)[0]
    assert (item.sentence_start, item.sentence_end) in sentence_spans(text)


def test_it_returns_nothing_for_blank_text():
    assert sentence_spans("") == [] and sentence_spans(" \n\n ") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_its_spans_are_ordered_trimmed_and_inside_one_line(text):
    spans = sentence_spans(text)
    assert spans == sorted(spans)
    for start, end in spans:
        piece = text[start:end]
        assert 0 <= start < end <= len(text)
        assert piece == piece.strip()
        assert "\n" not in piece and "\r" not in piece
