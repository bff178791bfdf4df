"""Round 10, fifth wave (sentences written for these tests): a poll's share written in words or in
digits is one share; a person and the body he leads are two voices for a statement in other
words; a stated position and a quotation weeks apart are two occasions."""

from datetime import date

from attribution.matching import Appearance, SpeakerRef, Thresholds, compare

RULES = Thresholds()
DIRECTOR = SpeakerRef(
    "Lena Marsh", aliases=("Marsh", "Harbour Authority Director Lena Marsh"), affiliation="Harbour Authority",
    lineage=("Harbour Authority", "the Harbour Authority"),
)
AUTHORITY = SpeakerRef("Harbour Authority", kind="organization", aliases=("the Harbour Authority",))
SENATOR = SpeakerRef("Tom Reyes", aliases=("Reyes",))


def report(text, speaker, kind="indirect", outlet="Outlet A", day=3, month=4):
    return Appearance(text=text, speaker=speaker, kind=kind, outlet=outlet, published=date(2030, month, day))


def share(name):
    return SpeakerRef(name, kind="unnamed")


def test_a_share_in_words_and_the_same_share_in_digits_join():
    first = report("the mayor told the truth", share("Only 31 percent"))
    second = report("the mayor told the truth", share("Thirty-one percent"), outlet="Outlet B", day=4)
    assert compare(first, second, RULES).same


def test_two_different_shares_with_the_same_words_stay_apart():
    first = report("the mayor told the truth", share("Only 31 percent"))
    second = report("the mayor told the truth", share("Forty-one percent"), outlet="Outlet B", day=4)
    assert not compare(first, second, RULES).same


def test_a_director_s_testimony_and_his_agency_s_later_statement_with_one_figure_stay_apart():
    first = report("inspectors found thousands of cargo records the shippers failed to hand over", DIRECTOR)
    second = report(
        "it will hand over to the ministry thousands of cargo records found during the harbour inquiry",
        AUTHORITY, outlet="Outlet B", day=5,
    )
    assert not compare(first, second, RULES).same


def test_the_same_words_of_one_director_reported_twice_still_join_on_the_figure():
    first = report("inspectors found thousands of cargo records the shippers failed to hand over", DIRECTOR)
    second = report(
        "Marsh said the shippers failed to hand over thousands of cargo records inspectors found",
        DIRECTOR, outlet="Outlet B", day=5,
    )
    assert compare(first, second, RULES).same


def test_a_stated_position_and_a_quotation_weeks_apart_stay_apart():
    belief = report("to dredge a deeper channel along the northern harbour", SENATOR, kind="belief")
    quote = report("We will dredge a deeper channel along the northern harbour!", SENATOR, kind="direct", month=5, day=20)
    assert not compare(belief, quote, RULES).same


def test_a_stated_position_and_a_quotation_days_apart_join():
    belief = report("to dredge a deeper channel along the northern harbour", SENATOR, kind="belief")
    quote = report("We will dredge a deeper channel along the northern harbour!", SENATOR, kind="direct", day=5)
    assert compare(belief, quote, RULES).same


def test_a_spokeswoman_s_words_and_her_agency_s_statement_with_one_figure_join():
    spokeswoman = SpeakerRef(
        "Ada Finch", aliases=("Finch", "Harbour Authority spokeswoman Ada Finch"), affiliation="Harbour Authority",
        lineage=("Harbour Authority", "the Harbour Authority"),
    )
    first = report("inspectors found thousands of cargo records the shippers failed to hand over", spokeswoman)
    second = report(
        "it will hand over to the ministry thousands of cargo records found during the harbour inquiry",
        AUTHORITY, outlet="Outlet B", day=5,
    )
    assert compare(first, second, RULES).same
