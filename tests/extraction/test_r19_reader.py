"""Round 19 (reader): records a reader of the app would see as wrong after reading the sentence. A tag after a quotation
("..., Ray told ...") names whom it was said to, not a second thing said; a "that" with no subject after a place or
medium ("said in a video that showed ...") tells of the video. Every sentence and name is written for the tests."""

from attribution.extraction import extract


def records(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.quote) for e in extract(text)]


def test_a_hearer_with_a_clause_on_it_after_a_quotation_is_not_what_was_said():
    found = records('"We will rebuild," Ms. Ortiz told a town hall meeting with students in Dover\'s old city, formerly a port.')
    assert found == [("direct", "We will rebuild,")]
    found = records('"We each have our reasons," Ann Vole told a neighbour passing by who seemed puzzled at the sight of the two signs.')
    assert found == [("direct", "We each have our reasons,")]
    found = records('"The roads come first," Lena Marsh told the crowded gym, where hundreds more watched on a screen outside.')
    assert found == [("direct", "The roads come first,")]


def test_a_show_named_in_quotation_marks_is_part_of_the_hearer():
    found = records('"It is time," Ms. Ortiz told KXTV\'s "Morning Line" on Monday.')
    assert ("direct", "It is time,") in found
    assert not [quote for kind, quote in found if kind == "indirect"]
    found = records("''He had it coming,'' the driver, Tom Keller, told the radio program ''Night Desk'' after the crash, which a bystander filmed.")
    assert ("direct", "He had it coming,") in found
    assert not [quote for kind, quote in found if kind == "indirect"]


def test_a_clause_after_the_hearer_is_still_what_was_told():
    assert ("indirect", "he would run") in records("Tom Keller told the crowd in Dover, where he grew up, that he would run.")
    assert ("indirect", "the plant would reopen") in records("Ms. Ortiz told the workers that the plant would reopen.")


def test_a_that_with_no_subject_after_the_medium_tells_of_the_medium():
    found = records('"It feels like a new house," Mr. Dale said in a video that showed off some of the changes.')
    assert found == [("direct", "It feels like a new house,")]
    found = records('"They would top any shortlist," Ms. Ruiz said of a group that included two governors and a senator.')
    assert found == [("direct", "They would top any shortlist,")]


def test_what_was_said_opens_at_the_next_that_after_the_mediums_clause():
    assert ("indirect", "he would run") in records("Mr. Dale said in an interview that aired Sunday that he would run.")


def test_a_that_clause_with_its_own_subject_after_the_medium_is_still_reported():
    assert ("indirect", "increased costs had hurt the firm") in records("Mr. Dale said in a statement that increased costs had hurt the firm.")
    assert ("indirect", "overlooked the risks of the drug") in records("Some doctors said that overlooked the risks of the drug.")
