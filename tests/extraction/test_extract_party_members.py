""""a Democrat", "the Republican": a member of a party described, never a person of that name; "the mayor"
or "he" after a poll is never the poll
(issue 10, round 5b). Every sentence is written for the tests."""

from attribution.extraction import extract


def _speakers(text: str, cue: str = "said") -> list[tuple[str, str]]:
    return [(e.speaker.name, e.speaker.kind) for e in extract(text) if e.cue == cue and e.speaker is not None]


def test_a_party_member_in_apposition_with_a_relative_clause_leaves_the_name_speaking():
    text = "Representative Omar Reyes of Ohio, a Republican who served in the Navy, denounced the remarks."
    assert _speakers(text, "denounced") == [("Omar Reyes", "person")]


def test_a_titled_name_from_a_place_before_a_party_member_speaks():
    text = "State Senator Omar Reyes of Akron, a Republican who served in the Navy, said the remarks were vile."
    assert _speakers(text) == [("Omar Reyes", "person")]


def test_a_party_member_after_a_titled_name_in_a_clause_is_that_name():
    text = "Back home, the budget is the last thing state Representative Dana Holt, a Democrat, wants to hear about."
    assert [name for name, _kind in _speakers(text, "wants")] == ["Dana Holt"]


def test_the_party_member_is_the_person_just_met():
    text = 'Mayor Dana Holt spoke at the fair on Monday.\n\n"We will win this fight," the Democrat said.'
    assert _speakers(text) == [("Dana Holt", "person")]


def test_a_party_member_alone_is_an_unnamed_source_not_a_person():
    assert _speakers("A Republican on the board said the plan was unfair.") == [("a Republican on the board", "unnamed")]


# ---------------------------------------------------------------- a poll is never the person a description points to


def test_the_mayor_after_a_poll_is_not_the_poll():
    text = "A new poll shows the mayor trailing by ten points.\n\nThe mayor blasts the poll as biased, saying his own numbers look better."
    speakers = [(e.cue, e.speaker.name) for e in extract(text) if e.speaker is not None]
    assert ("blasts", "the mayor") in speakers and ("saying", "the mayor") in speakers
    assert ("shows", "a new poll") in speakers


def test_he_after_a_study_is_not_the_study():
    text = "A recent study found that most residents oppose the tax.\n\nHe said the council rushed the vote."
    assert [e.speaker.name for e in extract(text) if e.cue == "said" and e.speaker is not None] == []
