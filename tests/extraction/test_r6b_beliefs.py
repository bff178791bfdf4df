"""Round 6b (issue 10, real news): beliefs and intentions the extractor missed. Every sentence is
written for the tests."""

from attribution.extraction import extract

from .helpers import found, only

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- verb forms that are nouns as often


def test_view_and_views_report_how_a_holder_sees_someone():
    item = only(HEAD + "Many farmers now view the governor as a friend of the cities.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the governor as a friend of the cities", "Many farmers", "view")
    item = only(HEAD + "Norway views itself as a leader in the fight against plastic waste.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "itself as a leader in the fight against plastic waste", "Norway")


def test_plan_and_fears_in_the_present_report_an_intention_and_a_fear():
    item = only(HEAD + "Senate Republicans plan to hold the vote in the spring.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "to hold the vote in the spring", "Senate Republicans", "plan")
    item = only(HEAD + "Maria Ortiz fears that the mill will close before winter.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the mill will close before winter", "Maria Ortiz", "fears")


def test_the_nouns_plan_view_and_fears_report_nothing():
    assert found(HEAD + "The Republican plan stalled in committee last week.") == []
    assert found(HEAD + "The mayor tried to calm Canadian fears about the bridge tolls.") == []
    assert found(HEAD + "His political views changed after the flood.") == []


# ---------------------------------------------------------------- an aim ending in a time


def test_an_aim_ending_in_a_day_or_a_week_is_still_what_is_wanted():
    item = only(HEAD + "Local Democrats want to publish the ballots on Monday.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "to publish the ballots on Monday", "Local Democrats")
    item = only(HEAD + "Lena Park declined to comment for this story.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "to comment for this story", "Lena Park")
    item = only(HEAD + "The union agreed to meet the owners in Dayton next week.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "to meet the owners in Dayton next week", "the union")


def test_a_hearer_with_a_time_after_said_is_still_skipped():
    item = only(HEAD + "Omar Reyes said to reporters on Monday that the bridge would reopen.")
    assert (item.kind, item.quote, item.speaker.name) == ("indirect", "the bridge would reopen", "Omar Reyes")


# ---------------------------------------------------------------- passives nobody holds


def test_a_negated_or_hedged_passive_expectation_is_held_by_nobody():
    assert found(HEAD + "The governor is not expected to sign the bill.") == []
    assert found(HEAD + "The governor is widely expected to sign the bill this week.") == []
    assert found(HEAD + "It was widely reported that the plant would close.") == []


def test_a_named_holder_who_expects_still_holds_the_expectation():
    item = only(HEAD + "Dana Holt expects the bill to pass.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "the bill to pass", "Dana Holt")


# ---------------------------------------------------------------- "as" opening the holder's clause


def test_as_opens_the_clause_whose_subject_holds_the_aim():
    item = only(HEAD + "The march could produce awkward pictures as the party seeks to unite behind its nominee.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "to unite behind its nominee", "the party")


def test_such_as_and_as_well_as_still_list_the_speakers():
    item = only(HEAD + "Officials such as the mayor said the plan would fail.")
    assert item.speaker.name == "Officials such as the mayor"


def test_a_noun_plan_before_a_verb_or_a_relative_that_stays_a_noun():
    text = "Backers of the ferry plan gathered at the dock. They said the council had ignored them."
    assert [e.speaker.name for e in extract(text) if e.cue == "said"] == ["Backers"]
    item = only("The plan that officials said would cut costs failed.")
    assert (item.kind, item.speaker.name) == ("indirect", "officials")


# ---------------------------------------------------------------- "agree with"


def test_agreeing_with_someone_is_a_stance_held_toward_them():
    item = only(HEAD + "The state nurses association agrees with Governor Hale.")
    assert (item.kind, item.quote, item.cue) == ("belief", "Governor Hale", "agrees with")
    item = only(HEAD + "Most voters at the fair agreed with the mayor on the levy.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "the mayor on the levy", "Most voters at the fair")


def test_agreeing_with_someone_that_reports_the_clause():
    item = only(HEAD + "Ann Lee agreed with the mayor that the tax was unfair.")
    assert (item.quote, item.speaker.name, item.cue) == ("the tax was unfair", "Ann Lee", "agreed with")


# ---------------------------------------------------------------- people nouns that hold beliefs


def test_a_couple_or_radicals_hold_what_they_worry_about_or_want():
    item = only(HEAD + "Having moved to Ohio in May, the couple worried that the plant would close.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "the plant would close", "the couple")
    item = only(HEAD + "The march drew students, farmers and radicals who wanted to abolish the board.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "to abolish the board", "radicals")


def test_a_second_verb_keeps_a_subject_with_its_role_and_place_before_the_name():
    item = only(HEAD + "Chemistry professor at Ohio State Dana Holt read the report and wanted to publish a reply.")
    assert (item.kind, item.quote, item.speaker.name, item.speaker.role) == (
        "belief", "to publish a reply", "Dana Holt", "Chemistry professor at Ohio State")
