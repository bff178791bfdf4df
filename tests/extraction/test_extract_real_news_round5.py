"""Constructions met in real US political reporting, fifth round (issue 10, recall of all
relations): the long tail of cues the extractor already knew but missed in one construction.
Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


def test_a_particle_after_a_day_still_opens_what_is_called_for():
    item = only(HEAD + "Senator Jane Roe called on Monday for an inquiry into the contracts.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "an inquiry into the contracts", "Jane Roe")


def test_a_time_phrase_before_about_ends_at_the_particle():
    item = only(HEAD + "The mayor talked at length on Tuesday about the budget gap.")
    assert (item.quote, item.speaker.name) == ("the budget gap", "the mayor")


def test_in_the_words_of_inside_a_sentence_credits_the_whole_clause():
    items = found(HEAD + "The plan was, in the words of Senator Jane Roe, \"a waste of money.\"")
    assert items == [("indirect", "The plan was, in the words of Senator Jane Roe, \"a waste of money.\"", "Jane Roe"),
                     ("partial", "a waste of money.", "Jane Roe")]


def test_in_the_words_of_before_a_clause_of_its_own_credits_that_clause():
    item = only(HEAD + "The vote was close and, in the words of one aide, the mayor was relieved.")
    assert (item.kind, item.quote, item.speaker.name) == ("indirect", "the mayor was relieved", "one aide")
