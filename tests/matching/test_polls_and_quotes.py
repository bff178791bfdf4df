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


MARA = SpeakerRef("Mara Quill", aliases=("Quill",))


def quoted(text, kind="direct", outlet="Outlet A", day=3, speaker=MARA, before="", after="", mention=""):
    return Appearance(
        text=text, speaker=speaker, kind=kind, outlet=outlet, published=date(2030, 5, day),
        context_before=before, context_after=after, speaker_mention=mention,
    )


def test_one_speaker_s_two_quotes_sharing_a_run_of_three_content_words_in_a_week_are_one_statement():
    speech = quoted("That is why calm, proven, steady management matters so much on days like this.")
    fragment = quoted("proven, steady management at City Hall.", kind="partial", outlet="Outlet B", day=4)
    assert compare(speech, fragment, RULES).same


def test_a_fragment_sharing_only_the_opening_of_a_fuller_quote_is_another_statement():
    speech = quoted("We will keep working with the county to repair the bridges before winter.")
    fragment = quoted("keep working with the county to reopen the library", kind="partial", outlet="Outlet B", day=4)
    assert not compare(speech, fragment, RULES).same


def test_a_shared_run_that_is_a_name_or_weeks_apart_ties_nothing():
    first = quoted("We fought for years to pass the Clean Harbour Act, and we will keep it.")
    named = quoted("protect the Clean Harbour Act from the council's cuts", kind="partial", outlet="Outlet B", day=4)
    assert not compare(first, named, RULES).same
    speech = quoted("That is why calm, proven, steady management matters so much on days like this.")
    weeks_later = quoted("proven, steady management at City Hall.", kind="partial", outlet="Outlet B", day=20)
    assert not compare(speech, weeks_later, RULES).same


def test_the_same_word_said_of_one_person_by_another_joins_whoever_the_extractor_credits():
    # "Quill called Dorn 'reckless'" in both reports; the second credits the word to Dorn,
    # the person it was said of, through "he".
    by_quill = quoted(
        "reckless.", kind="partial", before="The race turned sharp on Monday. On the radio, Mara Quill called Tom Dorn ",
    )
    dorn = SpeakerRef("Tom Dorn", aliases=("Dorn",))
    credited_to_dorn = quoted(
        "reckless.", kind="partial", outlet="Outlet B", day=6, speaker=dorn, mention="he",
        before="Quill went after Dorn at the forum, standing by what she said when she called him ",
    )
    assert compare(by_quill, credited_to_dorn, RULES).same


def test_the_same_word_from_two_speakers_with_only_one_named_around_each_stays_apart():
    by_quill = quoted("reckless.", kind="partial", before="The race turned sharp on Monday. On the radio, Mara Quill called the plan ")
    dorn = SpeakerRef("Tom Dorn", aliases=("Dorn",))
    by_dorn = quoted(
        "reckless.", kind="partial", outlet="Outlet B", day=6, speaker=dorn,
        before="Budget talks stalled. Tom Dorn said the levy was ",
    )
    assert not compare(by_quill, by_dorn, RULES).same
