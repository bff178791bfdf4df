"""Round 7 (issue 10, real news): relations whose cue is a noun, a preposition or punctuation, and
evidence that shows or finds something. Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- a pronoun owning a noun of saying


def test_his_suggestion_that_is_said_by_the_person_he_stands_for():
    text = HEAD + "Governor Ann Holt spoke in Dayton on Monday. Lawmakers distanced themselves from her suggestion that the bridge tolls should double."
    item = only(text)
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "the bridge tolls should double", "Ann Holt", "suggestion")


def test_a_time_between_the_noun_and_that_is_skipped():
    text = HEAD + "Mayor Omar Reyes toured the plant on Friday. He never named a source for his claim in March that the mill had closed."
    item = only(text)
    assert (item.quote, item.speaker.name, item.cue) == ("the mill had closed", "Omar Reyes", "claim")


def test_a_parenthesis_after_the_clause_is_the_writers():
    text = HEAD + "Mayor Omar Reyes toured the plant on Friday. Reporters asked about his claim that the mill had closed (it had not)."
    assert found(text) == [("indirect", "the mill had closed", "Omar Reyes")]
