"""Checks written for speed answer exactly as the patterns they spare: the light-verb report, the statement phrases and
the possessive plural of a noun of saying, tried only where a match can be."""

from hypothesis import given, settings
import pytest
from hypothesis import strategies as st

from attribution.extraction.cues import (AS_NAMING_RE, AS_NAMING_SET, COLON_SAYING_NOUNS, COLON_SAYING_RE, OWNED_PLURAL_RE, OWNED_REPORT_PLURALS,
                                         OWNED_REPORT_RE, POSSESSIVE_STANCE_RE, REPORT_NOUNS, STANCE_NOUNS, _noun_then_word, LIGHT_REPORT_RE, POSSESSIVE_PLURAL_RE, POSSESSIVE_REPORT_PLURALS, _before_that_or_to, _statement_phrase_re,
                                         ascii_words, deciding_words, light_report_in, search_at_words, statement_first_words, words_in_span)

LIGHT_PIECES = st.lists(st.sampled_from([
    "made", "remade", "_made", "makes", "gave", "voiced", "offering", "the", "a", "strong", "point", "case", "concerns", "doubt",
    "that", "whether", "thatch", "to", "question", "questions", "Made", "made2", "é", "émade", "—", ",", ".", "x",
]), max_size=16).flatmap(lambda words: st.lists(st.sampled_from([" ", "", "\u00a0", "  ", "\n"]), min_size=len(words), max_size=len(words)).map(
    lambda gaps: "".join(w + g for w, g in zip(words, gaps))))


def test_it_finds_a_light_verb_report_and_skips_a_word_that_only_ends_in_one():
    said = "Aldo Brunetti made the point that the levy was too high."
    assert light_report_in(said, 0, len(said), ascii_words(said, 0, len(said)))
    remade = "Aldo Brunetti remade the point that the levy was too high."
    assert not light_report_in(remade, 0, len(remade), ascii_words(remade, 0, len(remade)))
    assert LIGHT_REPORT_RE.search(remade) is None


@settings(max_examples=400, deadline=None)
@given(LIGHT_PIECES, st.integers(0, 6), st.integers(0, 6))
def test_its_light_verb_reports_are_those_the_pattern_finds(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    expected = LIGHT_REPORT_RE.search(text, start, end) is not None
    assert light_report_in(text, start, end, ascii_words(text, start, end)) == expected
    assert light_report_in(text, start, end, words_in_span(text, start, end, deciding_words())) == expected


PLURAL_PIECES = st.lists(st.sampled_from([
    "his", "Their", "Lee's", "Lee’s", "'s", "many", "public", "comments", "concerns", "vows", "warnings", "that", "to", "t", "those",
    "the", "re-stated", "comments2", "é", ",", "x",
]), max_size=14).flatmap(lambda words: st.lists(st.sampled_from([" ", "", "\u00a0", "  "]), min_size=len(words), max_size=len(words)).map(
    lambda gaps: "".join(w + g for w, g in zip(words, gaps))))


@settings(max_examples=400, deadline=None)
@given(PLURAL_PIECES, st.integers(0, 6), st.integers(0, 6))
def test_every_possessive_plural_match_has_its_noun_before_that_or_to(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    if POSSESSIVE_PLURAL_RE.search(text, start, end) is not None:
        assert _before_that_or_to(text, start, end, POSSESSIVE_REPORT_PLURALS.intersection(ascii_words(text, start, end)))


def test_it_reads_a_possessive_plural_before_that_and_leaves_one_without():
    text = "Officials doubted Vera Okafor's comments that the plant was safe."
    assert _before_that_or_to(text, 0, len(text), {"comments"})
    text = "Vera Okafor's comments drew a crowd."
    assert not _before_that_or_to(text, 0, len(text), {"comments"})


STATEMENT_PIECES = st.lists(st.sampled_from([
    "issued", "reissued", "put", "puts", "output", "out", "a", "the", "following", "statement", "statements", "press", "release", "made", "released",
    "posted", "é", "_put", ",", "x",
]), max_size=14).flatmap(lambda words: st.lists(st.sampled_from([" ", "", "\u00a0", "  ", "\n"]), min_size=len(words), max_size=len(words)).map(
    lambda gaps: "".join(w + g for w, g in zip(words, gaps))))


@settings(max_examples=400, deadline=None)
@given(STATEMENT_PIECES, st.integers(0, 6), st.integers(0, 6))
def test_its_statement_phrases_are_those_the_pattern_finds(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    openers = statement_first_words().intersection(ascii_words(text, start, end))
    assert search_at_words(_statement_phrase_re(), text, start, end, openers) == (_statement_phrase_re().search(text, start, end) is not None)


def test_it_finds_an_issued_statement_but_not_a_reissued_one():
    text = "Cormac Ashby issued a statement on Friday."
    assert search_at_words(_statement_phrase_re(), text, 0, len(text), {"issued"})
    text = "Cormac Ashby reissued a statement on Friday."
    assert not search_at_words(_statement_phrase_re(), text, 0, len(text), {"issued"})


NOUN_LED = [
    (OWNED_REPORT_RE, REPORT_NOUNS, ["claim", "disclaim", "claims", "warning", ",", "by", "from", "of", "Dana", "Lee", "that", "thatch", "é", "."]),
    (OWNED_PLURAL_RE, OWNED_REPORT_PLURALS, ["claims", "warnings", "forewarnings", "by", "from", "Lee", "the", "that", ";", "x"]),
    (COLON_SAYING_RE, COLON_SAYING_NOUNS, ["message", "message:", "messages:", "premessage:", "answer:", "the", "“", "We", ":", "x"]),
    (AS_NAMING_RE, AS_NAMING_SET, ["named", "renamed", "named_", "cast", "her", "the", "city", "as", "ask", ".", "é", "x"]),
]


@pytest.mark.parametrize("pattern, openers, pieces", NOUN_LED)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_pattern_led_by_its_words_finds_what_its_scan_finds(pattern, openers, pieces, data):
    words = data.draw(st.lists(st.sampled_from(pieces), max_size=12))
    gaps = data.draw(st.lists(st.sampled_from([" ", "", "\u00a0", "  "]), min_size=len(words), max_size=len(words)))
    text = "".join(w + g for w, g in zip(words, gaps))
    start, end = min(data.draw(st.integers(0, 4)), len(text)), len(text)
    held = openers.intersection(words_in_span(text, start, end, deciding_words()))
    assert search_at_words(pattern, text, start, end, held) == (pattern.search(text, start, end) is not None)


STANCE_PIECES = st.lists(st.sampled_from([
    "his", "Their", "Lee's", "Lee’s", "'s", "strong", "support", "supporters", "decision", "calls", "for", "to", "of", "on", "not", "the",
    "fortune", "é", ",", "x",
]), max_size=12).flatmap(lambda words: st.lists(st.sampled_from([" ", "", "\u00a0", "  "]), min_size=len(words), max_size=len(words)).map(
    lambda gaps: "".join(w + g for w, g in zip(words, gaps))))


@settings(max_examples=400, deadline=None)
@given(STANCE_PIECES, st.integers(0, 6))
def test_every_possessive_stance_match_has_its_noun_before_its_preposition(text, cut_start):
    start, end = min(cut_start, len(text)), len(text)
    if POSSESSIVE_STANCE_RE.search(text, start, end) is not None:
        held = STANCE_NOUNS.keys() & set(words_in_span(text, start, end, deciding_words()))
        assert _noun_then_word(text, start, end, held, ("f", "t", "o", "n"))
