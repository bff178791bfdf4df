"""Round 17 (junk): predictions a newsroom would reject. A noun phrase after "wrote" names what was written, not what
it says; a committee written by its capitalised short form ("a super PAC") owns the participle after it. Every
sentence and name is written for the tests."""

from attribution.extraction import extract


def reports(text: str) -> list[tuple[str | None, str]]:
    return [(e.speaker.name if e.speaker else None, e.quote) for e in extract(text)]


def test_the_letter_someone_wrote_is_no_report_of_what_it_says():
    assert reports("Ms. Varga wrote the letter to the harbor board on Monday.") == []
    assert reports("Professor Ugwu wrote a short history of the ferry company in 1998.") == []
    # a clause after "wrote" is still what the writer says
    assert reports("Ms. Varga wrote the ferry crews were underpaid and overworked.") == [
        ("Varga", "the ferry crews were underpaid and overworked")]


def test_a_super_pac_after_a_check_is_the_one_backing_the_candidate():
    found = reports("The shipping magnate wrote a $200,000 check to a super PAC supporting Dana Holt, a Democrat from Tarn.")
    assert found == [("a super PAC", "Dana Holt")]


def test_a_fronted_time_before_the_tag_is_no_report_the_clause_after_the_tag_is():
    text = "In the early 1980s, Ms. Holt said, when she worked on the docks, the ferry ran every hour."
    assert [e.quote for e in extract(text)] == [text[:-1]]
    assert [e.quote for e in extract("In the spring of 2009, the pilots said, after the strike ended, the ferry ran late.")] != ["In the spring of 2009"]


def test_a_lone_participle_opening_the_sentence_describes_the_subject_it_is_not_the_believer():
    text = "Disheartened, Mr. Dollard resigned, convinced that the harbor board had let the ferry issue grow too large."
    assert reports(text) == [("Dollard", "the harbor board had let the ferry issue grow too large")]
