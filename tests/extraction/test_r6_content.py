"""Round 6 (issue 10, real news): what sits between a reporting verb and what it reports, and
questions ("asked"). Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- quotations holding quotations


def test_a_quotation_ending_in_a_nested_question_keeps_its_tag():
    item = only(HEAD + "\u201cWhen the report came out and [Lopez] read it, her first words were, \u2018What went wrong?\u2019\u201d Ruiz told reporters.")
    assert (item.kind, item.speaker.name, item.cue) == ("direct", "Ruiz", "told reporters")
    assert item.quote.startswith("When the report came out and [Lopez] read it") and item.quote.endswith("\u2018What went wrong?\u2019")


def test_a_quotation_ending_in_a_nested_exclamation_keeps_its_tag():
    item = only(HEAD + "\"The crowd kept chanting, 'Build the bridge!'\" said Mary Cole, a retired teacher.")
    assert (item.kind, item.quote, item.speaker.name) == ("direct", "The crowd kept chanting, 'Build the bridge!'", "Mary Cole")
