"""Round 13's speed work in frames.py: its shortcuts skip only what the general rules would have passed over."""

from attribution.extraction.cues import cue_forms
from attribution.extraction.frames import (
    _NOUN_STARTERS, _REREAD_FORMS, _WALK_BACK_STOPS, PARTICLE_CUES, PERFECT_CUES, SentenceFrames, _frame_starters, _noun_only_starters,
)
from attribution.extraction.tokens import tokenize


def frames_of(text):
    return SentenceFrames(text, tokenize(text, 0, len(text), [])).find()


def test_the_walk_back_over_a_subject_steps_only_over_words_that_are_no_cue_form_and_no_quotation():
    assert set(cue_forms()) <= _frame_starters()  # a word outside the starters has no cue verb to stop the walk
    assert {"\x00quote", ")", "-", "as", "said", "who", ";"} <= _WALK_BACK_STOPS  # (a quotation's lower-case text is "\x00quote")


def test_the_noun_rules_of_frame_at_hold_every_noun_only_starter_and_the_reread_forms_every_particle_and_perfect_cue():
    assert _noun_only_starters() <= _NOUN_STARTERS
    assert set(PARTICLE_CUES) | set(PERFECT_CUES) | {"states", "read", "question"} <= _REREAD_FORMS


def test_it_still_walks_back_over_a_long_plain_subject_to_the_clause_boundary():
    frames = frames_of("The plan failed because the longtime budget director of the county health office told reporters that it was flawed.")
    told = next(frame for frame in frames if frame.cue.startswith("told"))
    assert told.mention is not None and told.mention.text == "the longtime budget director of the county health office"


def test_it_still_stops_the_walk_at_a_relative_pronoun_and_takes_the_name_before_its_clause():
    frames = frames_of("Marta Quillby, who chairs the parish council, said the bridge would reopen in May.")
    said = next(frame for frame in frames if frame.cue.startswith("said"))
    assert said.mention is not None and said.mention.text == "Marta Quillby"


def test_a_sentence_without_any_starting_word_gives_no_frame():
    assert frames_of("The bridge over the Tarnow river reopened in May after two years of repairs.") == []


def test_a_name_in_apposition_after_a_long_description_is_still_the_subject():
    frames = frames_of("The longtime budget director of the county health office, Pell Anders, told reporters that the plan was flawed.")
    assert [frame.mention.text for frame in frames] == ["Pell Anders"]
