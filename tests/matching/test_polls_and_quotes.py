"""Matching rules for poll findings credited to their respondents, and for one speaker's quotes
reported in pieces (sentences written for these tests)."""

from datetime import date

from attribution.matching import Appearance, SpeakerRef, Thresholds, compare, speakers_compatible
from attribution.matching.speakers import respondent_group

RULES = Thresholds()


def group(name):
    return SpeakerRef(name, kind="unnamed")


def finding(text, speaker, outlet="Outlet A", day=3):
    return Appearance(text=text, speaker=speaker, kind="indirect", outlet=outlet, published=date(2030, 4, day))


def test_a_share_of_voters_is_a_group_of_poll_respondents_with_its_party():
    assert respondent_group(group("7 in 10 Ohio Democratic voters")) == {"democrat"}
    assert respondent_group(group("nearly three-quarters of Democratic caucusgoers")) == {"democrat"}
    assert respondent_group(group("Republican primary voters")) == {"republican"}
    assert respondent_group(group("just 31 percent of voters")) == frozenset()


def test_a_share_of_people_who_were_not_polled_is_no_group_of_respondents():
    assert respondent_group(group("half of the senators")) is None
    assert respondent_group(group("Senate Republicans")) is None
    assert respondent_group(SpeakerRef("Anna Voter")) is None


def test_two_shares_of_one_party_s_voters_are_one_source_for_matching():
    first = finding("the trade deals cost the state more jobs than they created", group("7 in 10 Ohio Democratic voters"))
    second = finding(
        "trade deals cost Ohio more jobs than they created, and those voters backed the senator",
        group("nearly three-quarters of Democratic primary voters"),
        outlet="Outlet B",
    )
    assert speakers_compatible(first, second)
    assert compare(first, second, RULES).same


def test_two_parties_voters_giving_the_same_answer_are_two_findings():
    democrats = finding("the trade deals cost the state more jobs than they created", group("7 in 10 Ohio Democratic voters"))
    republicans = finding(
        "the trade deals cost the state more jobs than they created", group("Republican primary voters"), outlet="Outlet B"
    )
    assert not speakers_compatible(democrats, republicans)
    assert not compare(democrats, republicans, RULES).same


def test_all_voters_and_one_party_s_voters_are_two_groups():
    everyone = finding("the trade deals cost the state more jobs than they created", group("just 31 percent of voters"))
    democrats = finding(
        "the trade deals cost the state more jobs than they created", group("7 in 10 Ohio Democratic voters"), outlet="Outlet B"
    )
    assert not compare(everyone, democrats, RULES).same
