"""Round 10 (rec2): a second report after "and", a tag after "..., but ...", and findings "identified" or "uncovered".
Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_a_second_cue_verb_after_and_ends_the_first_verbs_object():
    assert found(HEAD + "Mayor Ann Vale praised the levy and called it a model for other towns.") == [
        ("belief", "the levy", "Ann Vale"), ("belief", "it a model for other towns", "Ann Vale")]
    assert found(HEAD + "Senator Tom Ray blasted Dorn and defended Moss in an interview on Friday.") == [
        ("belief", "Dorn", "Tom Ray"), ("belief", "Moss in an interview on Friday", "Tom Ray")]


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
