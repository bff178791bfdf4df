"""Stances with a noun-phrase content (issue 10, round 6): what someone supports, endorses,
opposes or criticises is a belief of theirs, extracted as the "belief" kind. Physical or
sporting senses, bare topics and hedges stay out. Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


def test_an_endorsed_measure_is_a_stance_like_an_endorsed_candidate():
    item = only(HEAD + "Two senators in tight races endorsed the compromise on background checks.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the compromise on background checks", "Two senators in tight races", "endorsed")
    item = only(HEAD + "Senator Jane Roe endorsed Ray Marsh for mayor.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "Ray Marsh for mayor", "Jane Roe")


def test_a_defended_record_stays_a_topic():
    # the development corpus counts "defended the actions" as no report: the speaker's own conduct named
    assert found(HEAD + "In a statement, the ministry defended its actions at the border.") == []
