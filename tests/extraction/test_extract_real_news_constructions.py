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
