"""Matching rules written after the third blind set of real reports (sentences written for these
tests): two voices that only share words, and one poll described in two ways."""

from datetime import date

from attribution.matching import Appearance, SpeakerRef, Thresholds, compare

RULES = Thresholds()


def report(text, speaker, kind="direct", outlet="Outlet A", day=3, month=4, before="", after=""):
    return Appearance(
        text=text, speaker=speaker, kind=kind, outlet=outlet, published=date(2030, month, day),
        context_before=before, context_after=after,
    )


MAYOR = SpeakerRef("Dana Quill")
SHERIFF = SpeakerRef("Ray Ortega")


def test_a_paraphrase_and_another_speaker_s_quotation_with_alike_words_stay_two_voices():
    recalled = report(
        "to build a new bridge across the northern river", MAYOR, kind="indirect", day=1,
        before="Quill in her first campaign speech promised ",
    )
    shouted = report(
        "We will build a great new bridge across the northern river!", SHERIFF, outlet="Outlet B", month=5,
        before="Introduced by Ray Ortega, Quill took the stage. ",
    )
    assert not compare(recalled, shouted, RULES).same


def test_one_quotation_credited_to_two_speakers_still_joins():
    first = report("We will build a great new bridge across the northern river", MAYOR)
    second = report("We will build a great new bridge across the northern river", SHERIFF, outlet="Outlet B")
    assert compare(first, second, RULES).same


def test_one_paraphrase_credited_to_two_speakers_still_joins():
    first = report("the bridge across the northern river will close for repairs in June", MAYOR, kind="indirect")
    second = report(
        "the bridge across the northern river will close for repairs in June", SpeakerRef("the city council", kind="organization"),
        kind="indirect", outlet="Outlet B",
    )
    assert compare(first, second, RULES).same
