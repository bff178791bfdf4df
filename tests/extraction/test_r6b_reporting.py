"""Round 6b (issue 10, real news): reporting verbs and statement nouns the extractor missed.
Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"



# ---------------------------------------------------------------- a figure reported


def test_a_figure_a_body_reports_is_its_claim():
    assert found(HEAD + "Last year, county police reported 412 break-ins at rural farms.") == [
        ("indirect", "412 break-ins at rural farms", "county police")]
    assert found(HEAD + "Health officials reported more than 1,200 new cases on Friday.") == [
        ("indirect", "more than 1,200 new cases on Friday", "Health officials")]
    assert found(HEAD + "The agency reported three deaths in the flood.") == [("indirect", "three deaths in the flood", "the agency")]


def test_no_arrests_reported_is_a_claim_too():
    assert found(HEAD + "Police reported no arrests late Monday.") == [("indirect", "no arrests late Monday", "Police")]


def test_a_story_reported_a_time_or_a_companys_results_are_no_count():
    assert found(HEAD + "The firm reported a profit of 12 million dollars and 40 percent growth.") == []
    assert found(HEAD + "The Ledger reported the story 10 days ago.") == []
    assert found(HEAD + "The Ledger reported in 2015 on the dam.") == []


# ---------------------------------------------------------------- a noun of saying, its owner after it


def test_a_noun_of_saying_credits_the_owner_named_after_from_or_of():
    assert found(HEAD + "Reporters pressed her on an admission from Ann Holt that the levy would not have prevented the flood.") == [
        ("indirect", "the levy would not have prevented the flood", "Ann Holt")]
    assert found(HEAD + "The memo buttresses the contention of Mayor Ann Holt that her emails were misfiled.") == [
        ("indirect", "her emails were misfiled", "Ann Holt")]


def test_an_owner_in_apposition_before_that_is_the_speaker():
    assert found(HEAD + "He faced an allegation from his former partner, Ann Holt, that he had lied.") == [
        ("indirect", "he had lied", "Ann Holt")]


def test_a_thing_before_a_relative_that_owns_no_statement():
    assert found(HEAD + "It lacked the promise of renewal and pride that lifted his career.") == []
    assert found(HEAD + "The town recalls the warning of the 1952 flood that hit the valley.") == []


# ---------------------------------------------------------------- what a speaker suggests someone do


def test_a_suggested_act_with_a_bare_verb_is_reported():
    assert found(HEAD + "Ann Holt suggested the council instead meet in Dover.") == [
        ("indirect", "the council instead meet in Dover", "Ann Holt")]
    assert found(HEAD + "Ann Holt took a softer line, suggesting the U.S. outsource the work.") == [
        ("indirect", "the U.S. outsource the work", "Ann Holt")]
    assert found(HEAD + "Ann Holt suggested he step down.") == [("indirect", "he step down", "Ann Holt")]


def test_a_noun_phrase_suggested_is_no_suggested_act():
    assert found(HEAD + "Ann Holt suggested the council budget for 2015.") == []
    assert found(HEAD + "Ann Holt suggested the idea.") == []


# ---------------------------------------------------------------- what a speaker remembers


def test_what_a_speaker_remembers_is_reported_like_what_she_recalls():
    assert found(HEAD + "Ann Holt remembers when officers showed up at her door.") == [
        ("indirect", "when officers showed up at her door", "Ann Holt")]
    assert found(HEAD + "Ann Holt remembered he had lied.") == [("indirect", "he had lied", "Ann Holt")]


def test_a_thing_remembered_is_no_report():
    assert found(HEAD + "Ann Holt remembered the flood.") == []


def test_the_owned_statement_keeps_a_number_with_a_comma_whole():
    assert found(HEAD + "Ann Holt knocked a statement by Senator Tom Reed that $353,000 was raised at his dinner for the party.") == [
        ("indirect", "$353,000 was raised at his dinner for the party", "Tom Reed")]
