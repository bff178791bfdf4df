"""Round 17's speed work on names.py: each reading parse_mention skips by a cheap test (the phrase's length, or a set
of the words the reading needs) finds nothing in a phrase that fails the test, so skipping it changes no answer."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.names import (
    ASIDE_ENDS, SHARE_CUES, TRAILING_TIME_WORDS, _by_agent, _capitalised_organization, _document_mention, _document_words, _head_index,
    _person_of_place, _share_of_people, _unnamed_source_close_to, _without_trailing_aside, _without_trailing_time, described_outlet,
    parse_mention, person_name_cut,
)
from attribution.extraction.tokens import tokenize

# Invented phrase words: sources, names, prepositions, time words, asides, share words and documents.
PHRASE_WORDS = st.lists(st.sampled_from([
    "the", "a", "officials", "Lee", "Holt", "Dana", "Marlow", "of", "in", "at", "from", "by", "with", "close", "to", "polled", "Harbour",
    "Gazette", "Union", "Teachers", "on", "Friday", "last", "week", "here", "also", "at", "least", "seems", "percent", "half", "in",
    "10", "letter", "statement", "report", "feed", "column", "agency", "state", "media", "Senator", "Mr.", "spokesman", "ferry", "workers",
]), min_size=1, max_size=8)


def phrase_tokens(words):
    text = " ".join(words)
    return text, tokenize(text, 0, len(text), [])


@settings(max_examples=400, deadline=None)
@given(PHRASE_WORDS)
def test_each_reading_parse_mention_skips_by_a_cheap_test_finds_nothing_in_a_phrase_that_fails_the_test(words):
    text, tokens = phrase_tokens(words)
    lowers = [t.lower for t in tokens]
    if len(tokens) < 4:  # (an unnamed source close to someone, an agent, a person of a place: four words at least)
        assert not _unnamed_source_close_to(tokens)
        assert _by_agent(text, tokens) is None
        assert _person_of_place(text, tokens) is None
    if len(tokens) < 2:
        assert described_outlet(text, tokens) is None
    if len(tokens) < 3:
        assert _capitalised_organization(tokens, text) is None
    if lowers[-1] not in TRAILING_TIME_WORDS:
        assert _without_trailing_time(tokens, lowers) == tokens
    if _document_words().isdisjoint(lowers):
        assert _document_mention(text, tokens, text) is None
    if SHARE_CUES.isdisjoint(lowers) and "%" not in text:
        assert not _share_of_people(lowers)
    if lowers[-1] not in ASIDE_ENDS:
        assert _without_trailing_aside(tokens, lowers, text) == (tokens, lowers, text)


@settings(max_examples=300, deadline=None)
@given(PHRASE_WORDS)
def test_a_common_noun_phrase_without_a_preposition_has_its_head_last(words):
    lowers = [word.lower() for word in words]
    if not {"of", "in", "at", "from", "by", "with", "to", "on"} & set(lowers[1:]):
        assert _head_index(lowers) == len(lowers) - 1


def test_a_phrase_still_reads_its_source_after_its_trailing_time_aside_or_share():
    def mention(text):
        return parse_mention(text, tokenize(text, 0, len(text), []))

    assert mention("the ferry workers on Friday").head == "workers"
    assert mention("the Marlow Gazette workers here").head == "workers"
    assert mention("half of the ferry workers").head == "percent"
    assert mention("officials from the Harbour Union").affiliation == "Harbour Union"
    assert _head_index(["officials", "from", "the", "union"]) == 0
    assert _head_index(["some", "of", "the", "workers"]) == 3


def test_a_run_without_a_role_word_cuts_no_word_unless_it_is_too_long_for_one_name():
    assert person_name_cut(["Marlow"], False) == 0
    assert person_name_cut(["Dana", "Marlow"], True) == 0
    assert person_name_cut(["Harbour", "Union", "Dana", "Marlow"], False) == 2
    assert person_name_cut(["Senator", "Dana", "Marlow"], False) == 1
