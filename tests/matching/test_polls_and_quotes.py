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


def test_voters_at_large_are_no_one_source_for_matching():
    first = finding("they had a positive view of the governor, compared with 41 percent in May", group("just 31 percent of voters"))
    second = finding("they have a positive view of him", group("voters"), outlet="Outlet B")
    assert not speakers_compatible(first, second)
    assert not compare(first, second, RULES).same


def test_all_voters_and_one_party_s_voters_are_two_groups():
    everyone = finding("the trade deals cost the state more jobs than they created", group("just 31 percent of voters"))
    democrats = finding(
        "the trade deals cost the state more jobs than they created", group("7 in 10 Ohio Democratic voters"), outlet="Outlet B"
    )
    assert not compare(everyone, democrats, RULES).same


def test_naming_the_other_speaker_near_a_quote_never_keeps_near_identical_words_apart():
    relayed = Appearance(
        text="they had a favourable view of Lind, compared with 41 percent in May",
        speaker=SpeakerRef("Channel 9 News", kind="organization"), kind="indirect", outlet="Outlet A",
        published=date(2030, 7, 14),
        context_before="Voters soured on Lind, Marist Institute figures show. Channel 9 News reported that ",
        context_after=". Her rival gained.",
    )
    pollster = Appearance(
        text="they had a favourable view of Governor Lind, compared with 41 percent in May",
        speaker=SpeakerRef("Marist Institute", kind="organization"), kind="indirect", outlet="Outlet B",
        published=date(2030, 7, 15),
    )
    named_nowhere = Appearance(
        text=relayed.text, speaker=relayed.speaker, kind="indirect", outlet="Outlet A", published=date(2030, 7, 14)
    )
    assert compare(named_nowhere, pollster, RULES).same
    assert compare(relayed, pollster, RULES).same

