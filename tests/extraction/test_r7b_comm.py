"""Round 7b, communication verbs other than "say" and "tell": sentences written for these tests."""

from .helpers import found


def test_a_passive_of_reporting_with_a_named_agent_reports_its_subject():
    assert found("News of the harbour deal was first reported by the Daily Ledger.") == [
        ("indirect", "News of the harbour deal", "Daily Ledger")]
    assert found("Her death was confirmed by the Harbour Trust, the charity she founded.") == [
        ("indirect", "Her death", "Harbour Trust")]


def test_a_relative_or_a_plain_passive_reports_nothing_by_that_rule():
    assert found("The cables that were later released by WikiLeaks show the talks.") == []
    assert found("The ban was reported on Monday.") == []


def test_a_sentence_with_a_report_of_its_own_leaves_the_passive_to_it():
    items = found("The death was confirmed by her son, Tom Okafor, who said she died at home.")
    assert ("indirect", "she died at home", "Tom Okafor") in items
    assert all(quote != "The death" for _, quote, _ in items)


def test_an_aside_with_the_reporting_agent_reports_the_subject_before_it():
    assert found("The deal, first reported by the Daily Ledger on Monday, would close the harbour.") == [
        ("indirect", "The deal", "Daily Ledger")]
    assert found("The deal, first reported by the Daily Ledger.") == []


def test_what_a_speaker_tweeted_is_what_the_tweet_says():
    assert found("The mayor tweeted her thanks to the harbour volunteers.") == [
        ("indirect", "her thanks to the harbour volunteers", "the mayor")]
    assert found("Senator Okafor on Sunday tweeted a chart of the harbour budget.") == [
        ("indirect", "a chart of the harbour budget", "Okafor")]


def test_a_time_after_tweeted_is_no_tweet():
    assert found("Okafor tweeted the day after the vote.") == []
    assert found("Okafor tweeted last night.") == []
    assert found("Okafor tweeted to the senator and the mayor.") == []


def test_an_announced_act_or_decision_is_what_the_speaker_made_known():
    assert found("Senator Okafor announced his candidacy in March at the harbour.") == [
        ("indirect", "his candidacy in March at the harbour", "Okafor")]
    assert found("The port authority announced plans to close the east dock.") == [
        ("indirect", "plans to close the east dock", "the port authority")]


def test_announced_facts_stay_a_topic():
    assert found("The harbour board announced the winners of its design prize.") == []
