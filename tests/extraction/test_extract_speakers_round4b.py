"""Speakers in real US political reporting, round 4b (issue 10): words that open the clause around a
speaker are not part of its name. Every sentence is written for the tests."""

from attribution.extraction import extract


def _by_cue(text: str, cue: str):
    return [e for e in extract(text) if e.cue == cue]


def test_the_cue_before_a_speaker_described_by_a_relative_clause_is_not_part_of_the_speaker():
    text = '"The budget is a mess," said a senior council aide, who declined to be named.'
    assert [e.speaker.name for e in _by_cue(text, "declined")] == ["a senior council aide"]


def test_a_subordinating_as_is_not_part_of_the_speaker():
    text = "The levy talks collapsed on Friday, as councillors accused each other of stalling."
    assert [(e.quote, e.speaker.name) for e in _by_cue(text, "accused")] == [("each other of stalling", "councillors")]


def test_a_survey_that_holds_a_report_is_a_source_of_its_own():
    items = extract("According to a new county survey, 60 percent of farmers said the levy was unfair.")
    assert sorted((e.quote, e.speaker.name) for e in items) == [
        ("60 percent of farmers said the levy was unfair", "a new county survey"),
        ("the levy was unfair", "60 percent of farmers"),
    ]


def test_an_outlet_that_relays_a_report_still_only_relays_it():
    items = extract("Dana Holt said the levy was unfair, according to the Daily Ledger.")
    assert [(e.quote, e.speaker.name) for e in items] == [("the levy was unfair", "Dana Holt")]


# ---------------------------------------------------------------- an outer report whose content holds another


def test_a_report_noted_by_an_organization_is_its_content():
    items = extract("In its appeal, the Farmers Union noted County Director Ann B. Lee said the levy would be cut.")
    assert sorted((e.quote, e.speaker.name) for e in items) == [
        ("County Director Ann B. Lee said the levy would be cut", "Farmers Union"),
        ("the levy would be cut", "Ann B. Lee"),
    ]


def test_a_named_body_finds_a_clause_without_that():
    items = extract("Breaking down the results, the County Ledger found farmers favored the levy, 60 percent to 30 percent.")
    assert [(e.quote, e.speaker.name, e.cue) for e in items if e.cue == "found"] == [
        ("farmers favored the levy, 60 percent to 30 percent", "County Ledger", "found")]
