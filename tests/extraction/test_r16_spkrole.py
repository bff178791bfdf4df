"""Round 16 (spkrole): a description of a person links only to the person it describes: "the younger Mr. X" is not the
father X named first, and "the team leader" is not the last person met when the article has just described someone
else as the leader of a team. Every sentence and name is written for the tests."""

from .helpers import found


def test_the_younger_mister_with_a_surname_is_not_the_father_named_first():
    text = ("Walter P. Brennick opened the harbor festival on Saturday. Mr. Brennick thanked the volunteers. "
            "His son Walter Jr. spoke next.\n\n"
            "\"This town has never looked better,\" said the younger Mr. Brennick, standing beside his sisters.")
    speakers = {quote: speaker for _, quote, speaker in found(text)}
    assert speakers["This town has never looked better,"] == "the younger Mr. Brennick"


def test_the_younger_mister_is_the_namesake_written_with_junior():
    text = ("Walter P. Brennick opened the harbor festival on Saturday. Walter Brennick Jr. spoke next.\n\n"
            "\"This town has never looked better,\" said the younger Mr. Brennick, standing beside his sisters.")
    speakers = {quote: speaker for _, quote, speaker in found(text)}
    assert speakers["This town has never looked better,"] == "Walter Brennick Jr"


def test_the_team_leader_is_not_the_last_person_met_when_another_was_just_described_as_leader_of_the_team():
    text = ("Ray Osterly said he waited by the gate with the leader of the rescue team while the storm grew. "
            "The boats were slow to arrive, Osterly said.\n\n"
            "When the team leader realized no boats were coming, he turned back toward the village.")
    speakers = {quote: speaker for _, quote, speaker in found(text)}
    assert speakers.get("no boats were coming") != "Ray Osterly"
