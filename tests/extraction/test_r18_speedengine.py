"""Shortcuts written for speed in round 18 (engine, cues, outlets) give exactly what the plain forms give."""

from dataclasses import FrozenInstanceError

import pytest

from attribution.extraction import cues, extract, outlets
from attribution.extraction.engine import CONTENT_TRAILING_MARKS, _frozen_record
from attribution.extraction.model import Speaker

# Invented phrases of the kinds outlet_name is asked: people, clauses, bodies, and outlets' names of every shape it knows.
OUTLET_PHRASES = [
    "Dana Holt", "Sen. Omar Reyes", "the mayor of Ames", "he told reporters", "Harlow Ledger", "the Harlow Ledger", "The Harlow Ledger",
    "Halden Star-Ledger", "the Halden Star-Ledger", "Halden Sun-times", "Radio Nord", "the Radio Nord", "Radio Nord Fenwick Halden",
    "Tele Sud", "télé Sud Ouest", "Harlow News Service", "the Alverian Broadcasting Corporation", "Alverian Dairy Corporation",
    "Halden magazine", "Alverian magazine", "the Halden magazine", "Fenwick Valley News", "KXRT-TV", "the KXRT-TV", "WXTN", "Ames 5 Radio",
    "The Voice of the People", "the the the", "THE the Radio", "the Harlow the", "Ames Times the", "a-b c-d", "Fenwick Radio Group",
    "Ruiz of the Halden Herald", "Omar Reyes’", "Holt's", "the Halden Herald's", "Halden Herald’s", "BBC", "the BBC", "The Guardian",
]


def _outlet_name_reading_every_word(phrase: str):
    try:
        return outlet_name_plain(phrase)
    except Exception as error:  # (a phrase of nothing but "the": the plain form fails as it always did)
        return type(error)


def outlet_name_plain(phrase: str):
    return outlets.outlet_name.__wrapped__(phrase)


@pytest.mark.parametrize("phrase", OUTLET_PHRASES)
def test_outlet_name_rejecting_a_phrase_by_its_first_and_last_words_answers_as_reading_every_word(phrase, monkeypatch):
    fast = _outlet_name_reading_every_word(phrase)
    monkeypatch.setattr(outlets, "_may_name_outlet", lambda words: True)
    assert _outlet_name_reading_every_word(phrase) == fast


def test_a_phrase_outlet_name_rejects_by_its_edges_names_no_outlet_but_a_known_one():
    for phrase in OUTLET_PHRASES:
        words = phrase.split()
        if len(words) > 1 and not outlets._may_name_outlet(words):
            assert outlet_name_plain(phrase) == (outlets.known_outlet(phrase) or None)


def test_outlet_name_still_finds_outlets_by_their_heads_leads_and_compound_words():
    assert outlet_name_plain("the Halden Star-Ledger") == "Halden Star-Ledger"
    assert outlet_name_plain("Radio Nord") == "Radio Nord"
    assert outlet_name_plain("Harlow News Service") == "Harlow News Service"
    assert outlet_name_plain("Halden magazine") == "Halden magazine"
    assert outlet_name_plain("Dana Holt") is None


def test_a_record_made_from_a_dict_of_its_fields_is_the_frozen_record_its_init_makes():
    given = {"name": "Dana Holt", "kind": "person", "title": "Sen.", "role": "senator", "affiliation": None, "aliases": ("Holt",)}
    made = _frozen_record(Speaker, dict(given))
    assert made == Speaker(**given) and repr(made) == repr(Speaker(**given)) and hash(made) == hash(Speaker(**given))
    with pytest.raises(FrozenInstanceError):
        made.name = "Omar Reyes"


SENTENCES = [
    "In a statement, the board defended the plan.", "Inside the statement lies a flaw.", "In fact the statement was long.",
    "Speaking to reporters, Lee defended the plan.", "Speakingly, nobody moved.", "Talking points were sent.", "in an interview he was calm.",
    "To many voters, the plan is a tax.", "To Dana Holt, the tax is fair.", "The statement was read aloud.", "This interview ran long.",
    "But to others, he is a hero.", "But he said nothing.", "By the board's count, 40 were hurt.", "By noon the hall was full.",
    "Bystanders watched the statement.", "To", "In",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_may_attribute_answers_as_when_its_opening_was_read_by_the_patterns_alone(sentence, monkeypatch):
    fast = cues.may_attribute(sentence, 0, len(sentence), sentence=True), cues.perspective_opening(sentence, 0, len(sentence))
    # every span "opens with" the empty string: the speech-intro pattern decides, as it did before the look in C
    monkeypatch.setattr(cues, "SPEECH_INTRO_WORDS", ("",))
    monkeypatch.setattr(cues, "perspective_opening", _perspective_opening_lead_by_lead)
    plain = cues.may_attribute(sentence, 0, len(sentence), sentence=True), cues.perspective_opening(sentence, 0, len(sentence))
    assert fast == plain


def _perspective_opening_lead_by_lead(text: str, start: int, end: int) -> bool:
    return text[start] in "TB" and any(
        text.startswith(lead, start) and cues._perspective_follows(text, start + len(lead), end, lead) for lead in cues.PERSPECTIVE_LEADS)


def test_the_marks_a_reported_clause_drops_are_the_sentence_ends_commas_and_dashes():
    assert CONTENT_TRAILING_MARKS == {".", "!", "?", "…", ",", "—", "–", "-"}


def test_a_plural_pronoun_still_takes_the_group_opening_the_sentence_and_a_name_its_own_entity():
    text = "Ames Democrats stalled the levy because they said it would raise rents for every family. Dana Holt said the vote was a mistake."
    speakers = {item.quote: item.speaker.name for item in extract(text)}
    assert speakers["it would raise rents for every family"] == "Ames Democrats"
    assert speakers["the vote was a mistake"] == "Dana Holt"


def test_a_paragraph_ending_with_a_quotation_still_hands_its_speaker_to_the_next_one():
    text = 'Dana Holt spoke at the hall. "We will fight this plan to the end," Holt said.\n\n"And we will win."'
    items = extract(text)
    assert [(item.quote, item.speaker.name) for item in items if item.kind == "direct"] == [
        ("We will fight this plan to the end,", "Dana Holt"), ("And we will win.", "Dana Holt")]
