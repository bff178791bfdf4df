""""They" opening a report with no group heard from yet: the group of people named just before
(issue 10, round 5b). Every sentence is written for the tests."""

from attribution.extraction import extract


def _speakers(text: str, cue: str = "said") -> list[str]:
    return [e.speaker.name for e in extract(text) if e.cue == cue and e.speaker is not None]


def test_they_after_a_sentence_about_voters_is_the_voters():
    assert _speakers("Voters in the valley were angry. They said the new water tax was unfair.") == ["Voters"]


def test_they_after_supporters_who_gathered_is_the_supporters():
    text = "Supporters of the stadium plan gathered outside the hall. They said the council had ignored them for years."
    assert _speakers(text) == ["Supporters"]


def test_they_tagging_a_quote_is_the_officials_named_before():
    text = 'Transit officials met on Monday night.\n\n"We will not close the line," they said.'
    assert _speakers(text) == ["Transit officials"]


def test_a_named_group_keeps_its_capitalised_words():
    assert _speakers("Senate Democrats met behind closed doors. They said the bill would fail.") == ["Senate Democrats"]


def test_they_after_an_opening_phrase_is_the_group_that_opens_the_clause():
    text = "In a new study, three economists looked at the mills. They said the tariffs had cost jobs."
    assert _speakers(text) == ["economists"]


def test_the_police_as_a_body_speak_as_they():
    assert _speakers("Police closed the bridge at dawn. They said the span had cracked.") == ["the police"]


def test_they_never_stands_for_things():
    # (kept with "they" unresolved since round 16: an unresolved mention, never the things)
    assert _speakers("Prices rose sharply in the spring. They said the tax was unfair.") == ["they"]
    assert _speakers("The bridges were closed for a week. They said the repairs would take a year.") == ["they"]


def test_they_is_not_a_group_that_is_only_a_verbs_object():
    assert _speakers("The plan moved workers into new jobs. They said the tax was unfair.") == ["they"]


def test_they_is_two_people_named_together_since_the_group():
    text = "Residents filled the hall. Ann Lee and Tom Park left early. They said the tax was unfair."
    assert _speakers(text) == ["Ann Lee and Tom Park"]


def test_they_is_never_two_places():
    assert _speakers("Ohio and Iowa held their votes on Monday. They said the tax was unfair.") == ["they"]


def test_they_in_a_sentence_with_its_own_plural_is_left_alone():
    text = "Residents filled the hall. Most of the 40 delegates said they would back the tax."
    assert "Residents" not in [e.speaker.name for e in extract(text) if e.speaker is not None]


def test_a_single_person_is_never_they():
    assert _speakers("Mayor Ann Lee spoke on Monday. They said the tax was unfair.") == ["they"]


def test_a_group_two_paragraphs_back_is_out_of_reach():
    text = "Farmers protested on Monday.\n\nThe council met on Tuesday.\n\nThe agenda was long.\n\nThey said the tax was unfair."
    assert _speakers(text) == ["they"]


def test_a_group_named_after_the_group_last_heard_from_is_they():
    text = "Transit officials said the depot would close in May. Residents of the east side were angry. They said the tax was unfair."
    assert _speakers(text) == ["Transit officials", "Residents"]


def test_the_group_last_heard_from_goes_on_speaking_when_no_group_is_named_since():
    text = "Transit officials said the depot would close in May. They also said the tax was unfair."
    assert _speakers(text) == ["Transit officials", "Transit officials"]


def test_a_group_in_a_verbs_object_does_not_take_they_from_the_group_heard_from():
    text = "Transit officials said the depot would close in May, angering residents. They also said the tax was unfair."
    assert _speakers(text) == ["Transit officials", "Transit officials"]
