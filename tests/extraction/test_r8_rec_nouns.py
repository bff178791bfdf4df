"""Round 8 (issue 10, real news): recall of relations whose cue is a text, a noun or punctuation rather than a
person's verb. Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- a quoted text that "read" (past tense)


def test_the_statement_read_after_its_quotation_credits_the_statement():
    text = HEAD + "\u201cWe will keep the clinic open through the winter,\u201d the statement read."
    item = only(text)
    assert (item.speaker.name.lower(), item.cue) == ("the statement", "read")
    assert item.quote.startswith("We will keep the clinic open")


def test_a_sign_described_before_read_credits_the_sign():
    text = HEAD + "\u201cNo tolls on our bridge,\u201d one hand-lettered sign read."
    item = only(text)
    assert item.cue == "read" and "sign" in item.speaker.name and item.quote.startswith("No tolls on our bridge")


def test_someone_reading_a_letter_aloud_reports_nothing():
    text = HEAD + "She read the letter aloud to the board before the vote.\n\nThe letter was read twice by the clerk."
    assert found(text) == []


# ---------------------------------------------------------------- what a released document lays out, in a participle


def test_a_statement_contradicting_earlier_comments_is_the_campaigns():
    text = HEAD + "The Moss campaign put out a statement contradicting his earlier comments on the dam."
    item = only(text)
    assert (item.quote, item.speaker.name.lower()) == ("his earlier comments on the dam", "the moss campaign")


def test_an_ad_targeting_a_rival_is_the_groups_that_ran_it():
    text = HEAD + "A super PAC released a radio ad in Ohio targeting Senator Lee's record on grain subsidies."
    item = only(text)
    assert item.quote == "Senator Lee's record on grain subsidies" and item.speaker.name.lower() == "a super pac"
