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
