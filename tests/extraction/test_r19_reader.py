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


def contents(text: str) -> dict[str, str]:
    return {e.cue: e.quote for e in extract(text) if e.kind != "partial"}


def test_a_hearer_described_by_whom_it_is_close_to_is_not_what_was_told():
    found = contents("The mayor has voiced doubts about the vote, recently telling one aide close to him that he is unsure about the count.")
    assert found["telling"] == "he is unsure about the count"
    assert contents("The mayor told an adviser familiar with the talks that the deal was off.")["told"] == "the deal was off"
    assert contents("The mayor told the residents that lived nearby to leave.")["told"] == "the residents that lived nearby to leave"


def test_what_a_thing_is_called_runs_over_the_verb_of_a_clause_inside_it():
    found = contents('Her top aide, Mark Lyle, calls her plan a "roadmap" for how she would seek to lower rents across the state.')
    assert found["calls"] == 'her plan a "roadmap" for how she would seek to lower rents across the state'
    found = contents('The senator shrugged off the fine, calling it a "clerical slip" that was blown up by a rival paper.')
    assert found["calling"] == 'it a "clerical slip" that was blown up by a rival paper'


def test_a_contrast_set_off_inside_the_predicate_stays_in_the_content():
    found = contents("Lopez also noted that both parties have shown they are willing to bargain, but never yield, on the core issues.")
    assert found["noted"] == "both parties have shown they are willing to bargain, but never yield, on the core issues"
    assert contents("Lopez said the board is willing to talk, but not to vote, on the new budget.")["said"] == (
        "the board is willing to talk, but not to vote, on the new budget")
    assert contents("Lopez said the plan was sound, but never said so in public.")["said"] == "the plan was sound"


def test_that_after_a_preposition_points_at_a_thing():
    found = records('Ms. Lane responded to that letter by calling the board "reckless" and accusing it of waste.')
    assert not [quote for kind, quote in found if kind == "indirect" and quote.startswith("letter")]
    assert contents("Ms. Lane said to reporters that the board was reckless.")["said"] == "the board was reckless"


def test_a_tag_with_a_long_hearer_is_as_sure_as_one_with_a_short_hearer():
    long_hearer = extract('"We will rebuild," Ms. Ortiz told a town hall meeting with students in Dover, where she grew up.')
    short_hearer = extract('"We will rebuild," Ms. Ortiz told reporters.')
    assert [(e.kind, e.confidence) for e in long_hearer] == [(e.kind, e.confidence) for e in short_hearer]
