"""sentence_spans: the sentences the admin shows a quotation in."""

import pytest
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


PUNKT_CASES = [
    "The pier closed. It reopens in May.", "Gen. Alana Voss said so. She left.", "It was 5 p.m. Then it rained.",
    "He met J. Bach there. They talked.", "The vote was 52 vs. 48 on Tuesday.", "It ended in Jan. The next one starts soon.",
    "Prices rose 3.5 percent. Wages did not.", "Mr. Trump spoke. Mrs. Clinton answered.", "Wait... what happened?",
    "They said no. ''We never agreed,'' she said.", "The U.S. Senate voted. Senators left.", "It was the No. 2 road. Traffic stopped.",
]


@pytest.mark.parametrize("paragraph", PUNKT_CASES)
def test_the_fast_path_splits_sentences_as_punkt_does(paragraph):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from attribution.extraction.sentences import punkt_tokenizer

    tokenizer = punkt_tokenizer()
    contexts = [context for _, context in tokenizer._match_potential_end_contexts(paragraph)]
    assert contexts
    for context in contexts:
        assert tokenizer.text_contains_sentbreak(context) == PunktSentenceTokenizer.text_contains_sentbreak(tokenizer, context), context


REALIGN_CASES = [
    "(The pier closed.) It reopens in May.", "\"It is over.\" She left.", "She asked: \"Why?\" Nobody answered!",
    "It rained!!! Then it stopped?! Fine.", "Ann Lee (Reuters.) said no.", "It ended.  \t Next.\u00a0Then", "", "   ", "No break here",
    "A.B.C. went home. D.E. stayed.", "Mr. Prince said so. Ms. Dale did not.",
]
SENTENCE_PIECES = st.lists(st.sampled_from([
    "Mr.", "Dr.", "U.S.", "said.", "\"Yes.\"", "(Sent.)", "Sent.", "!!!", "?", "...", "a.", "b", " ", "  ", "\t", "'", "”", "--",
    "No. 2", "Jan.", "e.g.", ")", "x", "Holt.", "He", ". .", "’", "«", "»", "\u00a0",
]), max_size=30).map("".join)


def _assert_punkt_spans(paragraph):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from attribution.extraction.sentences import punkt_tokenizer

    tokenizer = punkt_tokenizer()
    assert tokenizer.span_tokenize(paragraph) == list(PunktSentenceTokenizer.span_tokenize(tokenizer, paragraph))


@pytest.mark.parametrize("paragraph", PUNKT_CASES + REALIGN_CASES)
def test_its_one_pass_spans_are_punkts_spans(paragraph):
    _assert_punkt_spans(paragraph)


@settings(max_examples=300, deadline=None)
@given(SENTENCE_PIECES)
def test_its_one_pass_spans_are_punkts_spans_for_any_run_of_sentence_pieces(paragraph):
    _assert_punkt_spans(paragraph)


def test_a_long_sentence_ending_in_an_honorific_runs_on_into_the_name():
    # Punkt breaks after "Mr." here; the honorific is looked for only near the end of the long sentence before
    text = "At the end of a long evening of speeches in the old hall on Monday, the chair turned to Mr. Prince and smiled."
    assert sentence_spans(text) == [(0, len(text))]


def test_an_honorific_punkt_leaves_as_a_sentence_of_its_own_joins_the_name_after_it():
    text = "The board met Mr. Prince. Mr. Prince said the plan would fail."
    assert [text[start:end] for start, end in sentence_spans(text)] == [
        "The board met Mr. Prince.", "Mr. Prince said the plan would fail."]
