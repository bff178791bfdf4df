"""Round 9 (rec9): documents made public, and cues of reported speech the extractor missed.
Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- documents made public: one set of verbs


def test_a_document_blasted_out_speaks_for_the_one_who_sent_it():
    assert found(HEAD + "As the race slipped away, Mayor Ann Holt blasted out a new robocall urging voters to back the school levy.") == [
        ("belief", "voters to back the school levy", "Ann Holt")]


def test_a_document_churned_out_with_a_participle_speaks_for_its_maker():
    assert found(HEAD + "Back home, the governor's staff churned out a glossy video of Ms. Holt, deploring partisan gridlock in the capital.") == [
        ("indirect", "partisan gridlock in the capital", "the governor's staff")]

