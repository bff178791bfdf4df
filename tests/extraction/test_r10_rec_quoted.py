"""Round 10 (rec-quoted): quoted gold relations missed outright. Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_a_quotation_nesting_a_quotation_in_the_same_marks_is_one_quotation():
    assert found(HEAD + "Mark Zellen of The Review wrote, \u201cIf you want voters to trust you, you have to show it even when \u201cyour side\u201d is at fault. Otherwise it rings hollow.\u201d") == [
        ("direct", "If you want voters to trust you, you have to show it even when \u201cyour side\u201d is at fault. Otherwise it rings hollow.", "Mark Zellen")]
    assert found(HEAD + "\"The agency is not about \"fair play\" anymore. It is about power,\" Dr. Ida Wald stated.") == [
        ("direct", "The agency is not about \"fair play\" anymore. It is about power,", "Ida Wald")]
    # an opening mark left stray before a quotation still leaves that quotation alone
    assert ("direct", "We will win the county,", "Ann Vale") in found(
        HEAD + "The crowd was loud \u201cand restless. \u201cWe will win the county,\u201d said Mayor Ann Vale.")


def test_a_fragment_quoted_in_an_opening_participle_is_the_words_of_the_report_that_follows():
    assert ("partial", "duties at home,", "the senator's spokeswoman") in found(
        HEAD + "Citing \"duties at home,\" the senator's spokeswoman told reporters that he would skip the gala.")
    assert ("partial", "quiet courage,", "Ann Vale") in found(
        HEAD + "Remarking upon the judge's \"quiet courage,\" Mayor Ann Vale said, \"She never once backed down from a fight.\"")
    # with no report after the participle, nobody is credited
    assert found(HEAD + "Citing \"duties at home,\" Senator Tom Ray skipped the gala.") == []


def test_a_text_named_after_read_speaks_the_quotation_before_it():
    assert ("direct", "In drafting the speech, her staff drew on her own life,", "the statement") in found(
        HEAD + "\"In drafting the speech, her staff drew on her own life,\" read the statement, which was signed by an aide.")
    assert ("direct", "We will not go back,", "a hand-lettered sign") in found(HEAD + "\"We will not go back,\" read a hand-lettered sign.")
    # "read" with a person after it, or no quotation before it, is no report
    assert found(HEAD + "She read the letter aloud to the council.") == []
