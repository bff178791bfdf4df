"""Round 10 (rec2): a second report after "and", a tag after "..., but ...", and findings "identified" or "uncovered".
Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_a_second_cue_verb_after_and_ends_the_first_verbs_object():
    assert found(HEAD + "Mayor Ann Vale praised the levy and called it a model for other towns.") == [
        ("belief", "the levy", "Ann Vale"), ("indirect", "it a model for other towns", "Ann Vale")]
    assert found(HEAD + "Senator Tom Ray blasted Dorn and defended Moss in an interview on Friday.") == [
        ("belief", "Dorn", "Tom Ray"), ("belief", "Moss", "Tom Ray")]  # (the interview is where he spoke, round 18)


def test_a_tag_after_a_report_and_but_reports_the_clause_after_but():
    assert found(HEAD + "Mayor Ann Vale said she backs the new ballots, but the town would not pay for them out of its own budget, she said.") == [
        ("indirect", "she backs the new ballots", "Ann Vale"),
        ("indirect", "but the town would not pay for them out of its own budget", "Ann Vale")]
    # without "but" the tag relays the one clause
    assert found(HEAD + "Mayor Ann Vale said she backs the new ballots, and the town will pay for them, she said.") == [
        ("indirect", "she backs the new ballots, and the town will pay for them", "Ann Vale")]


def test_an_analysis_or_an_outlet_identifies_or_uncovers_what_it_found():
    assert found(HEAD + "But a Ledger analysis of state records identified at least $40 million in payments to consultants.") == [
        ("indirect", "at least $40 million in payments to consultants", "a Ledger analysis of state records")]
    assert found(HEAD + "The audit uncovered dozens of contracts signed without a bid.") == [
        ("indirect", "dozens of contracts signed without a bid", "The audit")]
    # a person's find, and a thing found by someone, are no finding reported
    assert found(HEAD + "Ann Vale uncovered the old letters in her attic.") == []
    assert found(HEAD + "In a video uncovered by a local station, the senator appears at a fundraiser.") == []


def test_those_who_name_themselves_hold_that_view_of_themselves():
    assert found(HEAD + "Lee holds a wide lead among those describing themselves as very liberal and by 8 points among moderates.") == [
        ("belief", "themselves as very liberal", "those")]
    assert found(HEAD + "Ray carried most votes among those who considered themselves fairly liberal, a bloc that matters.") == [
        ("belief", "themselves fairly liberal", "those")]


def test_a_belief_after_came_to_or_continues_to_is_held_by_the_subject():
    assert found(HEAD + "Mayor Ann Vale continues to believe that the bridge deal was a mistake.") == [
        ("belief", "the bridge deal was a mistake", "Ann Vale")]
    assert found(HEAD + "Over the years, Senator Tom Ray came to think that the levy had failed.") == [
        ("belief", "the levy had failed", "Tom Ray")]
    # without "that" nothing is held ("need to realize it")
    assert found(HEAD + "Senator Tom Ray said the clerks were wrong and need to realize it soon.") == [
        ("indirect", "the clerks were wrong and need to realize it soon", "Tom Ray")]


def test_a_decision_announced_is_reported():
    assert found(HEAD + "Governor Ann Vale announced the deal with county leaders on Monday.") == [
        ("indirect", "the deal with county leaders on Monday", "Ann Vale")]
    assert found(HEAD + "The Trade Department announced a new tariff on imported bicycles.") == [
        ("indirect", "a new tariff on imported bicycles", "Trade Department")]


def test_a_clause_with_an_irregular_past_after_reported_is_what_was_reported():
    assert found(HEAD + "The Orchard Company reported it sold 2 million bicycles in the quarter.") == [
        ("indirect", "it sold 2 million bicycles in the quarter", "Orchard Company")]


def test_a_self_described_label_is_the_subjects_view_of_himself():
    assert found(HEAD + "Senator Tom Ray, a former mayor and self-described prairie populist, said the levy was fair.") == [
        ("belief", "prairie populist", "Tom Ray"), ("indirect", "the levy was fair", "Tom Ray")]
    # the phrase as a subject of its own describes no one the sentence names
    assert found(HEAD + "Ann Vale leads the count, but the self-described prairie populist has vowed to fight on.") == []


def test_a_feeling_or_view_expressed_about_something_is_reported():
    assert found(HEAD + "Back in 2001, Mayor Ann Vale expressed admiration for Mr. Ray's skill with voters.") == [
        ("indirect", "admiration for Mr. Ray's skill with voters", "Ann Vale")]
    # what one expresses to people is no view of anything
    assert found(HEAD + "Mayor Ann Vale expressed condolences to the families.") == []
