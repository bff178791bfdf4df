"""Speakers in real US political reporting, round 4b (issue 10): words that open the clause around a
speaker are not part of its name. Every sentence is written for the tests."""

from attribution.extraction import extract

from .helpers import only


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
        ("the levy was unfair", "a new county survey"),
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


# ---------------------------------------------------------------- what sits between a speaker and the cue


def test_the_channel_a_speaker_answers_through_is_an_aside():
    item = only("Harding, through a spokeswoman, declined to comment on the levy.")
    assert (item.speaker.name, item.cue) == ("Harding", "declined")


def test_a_quantifier_opening_the_sentence_leads_to_the_name_in_apposition():
    items = extract("One of the farmers, Dan Moss, 70, had fought the levy for years and said it would ruin the valley.")
    assert [(e.quote, e.speaker.name) for e in items if e.cue == "said"] == [("it would ruin the valley", "Dan Moss")]


def test_the_short_name_of_a_body_after_or_ends_the_speakers_description():
    item = only("Ann Lee, policy director of the Valley Farmers Union, or VFU - which was founded in 1990 - said the levy was unfair.")
    assert (item.quote, item.speaker.name) == ("the levy was unfair", "Ann Lee")


def test_a_time_before_an_opening_clause_is_nobody_a_description_can_point_back_to():
    text = ("One month after announcing her support for the levy, Dana Holt still believes that it is fair. "
            '"I stand by every word," the Ohio senator told the Ledger on Friday.')
    assert [e.speaker.name for e in extract(text) if e.kind == "direct"] == ["Dana Holt"]


def test_two_roles_joined_by_and_in_apposition_describe_the_name_before_them():
    item = only('Ted Moss, co-founder of the Valley Institute and advocate of a levy on water, welcomed the "historic" vote.')
    assert (item.quote, item.speaker.name) == ("historic", "Ted Moss")


# ---------------------------------------------------------------- a title's gender picks among namesakes


def test_mr_with_a_surname_is_not_a_woman_of_that_name():
    text = ("Dan Holt, the mayor, spoke first. His former wife, Ivana Holt, said the levy was unfair. "
            '"The levy stays," said Mr. Holt.')
    assert [e.speaker.name for e in extract(text) if e.kind == "direct"] == ["Dan Holt"]


def test_mrs_with_a_surname_met_first_is_not_the_husband_named_later():
    text = ('"We will win," Mrs. Lee said. Her husband, Tom Lee, stayed home. "It will be close," Mrs. Lee added.')
    assert {e.speaker.name for e in extract(text) if e.kind == "direct"} == {"Lee"}


def test_a_clause_after_a_comma_with_its_own_subject_is_no_aside():
    items = extract("Dana Holt became a target this spring, after some of her neighbours attacked her plan for the levy.")
    assert [(e.speaker.name, e.cue) for e in items] == [("some of her neighbours", "attacked")]


def test_a_second_verb_after_a_named_object_keeps_the_first_verbs_subject():
    items = extract("Holt praised the clerks but defended Dan Moss as a careful treasurer, mocked the council and its allies.")
    assert {(e.speaker.name, e.cue) for e in items if e.cue in ("defended", "mocked")} == {("Holt", "defended"), ("Holt", "mocked")}


def test_a_word_opening_the_clause_is_not_part_of_the_speakers_name():
    items = extract("After the appeals court refused to hear the case, the ruling stood.")
    assert [(e.speaker.name, e.cue) for e in items] == [("the appeals court", "refused")]
    items = extract("Even some economists agree that the levy works.")
    assert [(e.quote, e.speaker.name) for e in items] == [("the levy works", "some economists")]


def test_the_subject_of_a_clause_after_a_subordinator_is_the_speaker_not_the_clause_before():
    items = extract("The ruling stood after the appeals court refused to hear the case.")
    assert [(e.speaker.name, e.cue) for e in items] == [("the appeals court", "refused")]


def test_despite_opening_a_sentence_is_no_first_name():
    items = extract("Despite Holt's insistence that he was a reporter, the council barred him. Holt said the ban was illegal.")
    assert {e.speaker.name for e in items} == {"Holt"}


def test_maybe_opening_a_sentence_is_no_first_name():
    items = extract("Maybe Holt told the Ledger that the levy was dead.")
    assert [e.speaker.name for e in items] == ["Holt"]


def test_the_department_in_an_office_before_a_name_is_not_part_of_the_name():
    items = extract("The talks moved to Geneva, where Secretary of Agriculture Dana Holt met the farmers. "
                    "''The levy is gone,'' Ms. Holt said.")
    assert [e.speaker.name for e in items] == ["Dana Holt"]


def test_top_opening_a_headline_is_no_first_name():
    items = extract("Top Holt aide sent secret memo.\n\nThe mayor's aide was busy. Holt wrote that the memo was routine.")
    assert [e.speaker.name for e in items if e.cue == "wrote"] == ["Holt"]


def test_a_surname_that_is_also_a_role_word_after_a_first_name_is_a_name():
    items = extract("''The levy is fair,'' said Representative Peter T. King of Ohio, who backed the bill.")
    assert {(e.kind, e.speaker.name) for e in items} == {("direct", "Peter T. King"), ("belief", "Peter T. King")}


def test_a_party_and_state_written_out_in_apposition_names_nobody():
    item = only("''The levy is fair,'' Senator Ann B. Lee, Republican of West Virginia, said on Monday.")
    assert (item.quote, item.speaker.name) == ("The levy is fair,", "Ann B. Lee")
