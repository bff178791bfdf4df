"""Constructions met in real US political reporting (issue 10), one per test, each in sentences
written for the tests: quotation styles, cue frames beyond "said", evidence and belief cues,
subject boundaries and speakers named again."""

from attribution.extraction import extract

from .helpers import found, only


def test_it_reads_quotations_printed_with_two_apostrophes_on_both_sides():
    text = "''The levee will hold,'' said Marta Quill, the county engineer. ''We rebuilt it twice.''"
    items = extract(text)
    assert [(e.kind, e.quote, e.speaker.name) for e in items] == [
        ("direct", "The levee will hold,", "Marta Quill"), ("direct", "We rebuilt it twice.", "Marta Quill")]


def test_it_keeps_a_nested_quotation_closed_by_three_apostrophes_inside_the_outer_one():
    text = "''Nobody here believes 'we will fix it later,''' said Omar Ridley, a farmer."
    item = only(text)
    assert (item.quote, item.speaker.name) == ("Nobody here believes 'we will fix it later,'", "Omar Ridley")
    assert text[item.start:item.end] == item.quote


def test_it_reads_a_speaker_after_said_that_opens_in_lower_case():
    item = only('"The county ran out of ballots," said former election judge Wendell Marsh.')
    assert (item.speaker.name, item.speaker.role) == ("Wendell Marsh", "former election judge")


def test_it_takes_the_name_given_in_apposition_to_a_description_after_said():
    item = only('"Nobody asked us," said another shop owner, Priya Venkataraman.')
    assert item.speaker.name == "Priya Venkataraman"


def test_it_finds_the_name_before_an_age_a_role_and_a_place_between_commas():
    item = only('"The mill paid our mortgage," Hollis Grady, 71, a retired welder in Scranton, Pa., said on Sunday.')
    assert item.speaker.name == "Hollis Grady"


def test_a_name_and_its_apposition_opening_the_sentence_are_the_subject_not_the_report():
    item = only("Dana Holt, the mayor, said the bypass works.")
    assert (item.quote, item.speaker.name) == ("the bypass works", "Dana Holt")


def test_a_question_mark_does_not_cut_a_long_tag_off_its_quotation():
    item = only('"Who approved this?" Holt said of the parking plan on Monday, when the council met again.')
    assert (item.quote, item.speaker.name) == ("Who approved this?", "Holt")


def test_a_surname_that_is_also_a_title_stays_a_surname_after_mr():
    item = only('"It is a risky bet," Mr. Prince said.')
    assert item.speaker.name == "Prince"
