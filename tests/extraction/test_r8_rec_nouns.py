"""Round 8 (issue 10, real news): recall of relations whose cue is a text, a noun or punctuation rather than a
person's verb. Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- what a released document lays out, in a participle


def test_a_statement_contradicting_earlier_comments_is_the_campaigns():
    text = HEAD + "The Moss campaign put out a statement contradicting his earlier comments on the dam."
    item = only(text)
    assert (item.quote, item.speaker.name.lower()) == ("his earlier comments on the dam", "the moss campaign")


def test_an_ad_targeting_a_rival_is_the_groups_that_ran_it():
    text = HEAD + "A super PAC released a radio ad in Ohio targeting Senator Lee's record on grain subsidies."
    item = only(text)
    assert item.quote == "Senator Lee's record on grain subsidies" and item.speaker.name.lower() == "a super pac"
