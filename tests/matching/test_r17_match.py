"""Round 17, two outlets quoting one passage cut in different places (sentences and names written
for these tests): the end of one quotation is the start of the other, word for word, so the two are
windows on one quotation, even when a negation sits where one outlet put a comma."""

from datetime import date

from attribution.matching import Appearance, SpeakerRef, Thresholds, compare

RULES = Thresholds()
ORTEGA = SpeakerRef("Ray Ortega")
QUILL = SpeakerRef("Dana Quill")


def quote(text, speaker=ORTEGA, outlet="Outlet A", day=3, kind="direct"):
    return Appearance(text=text, speaker=speaker, kind=kind, outlet=outlet, published=date(2030, 5, day))


EARLY_WINDOW = "If the council knew its own harbour, it would see the one thing a town must do is keep the fishing docks open in winter."
LATE_WINDOW = "...a town must do is keep the fishing docks open in winter, because every town that shut them lost its fleet."


def test_two_windows_on_one_quotation_that_overlap_where_one_stops_are_one_statement():
    assert compare(quote(EARLY_WINDOW), quote(LATE_WINDOW, outlet="Outlet B", day=5), RULES).same


def test_windows_of_two_voices_weeks_apart_or_a_whole_sentence_said_twice_stay_apart():
    early = quote(EARLY_WINDOW)
    assert compare(early, quote(LATE_WINDOW, outlet="Outlet B", day=5), RULES).same
    assert not compare(early, quote(LATE_WINDOW, QUILL, outlet="Outlet B", day=5), RULES).same
    assert not compare(early, quote(LATE_WINDOW, outlet="Outlet B", day=20), RULES).same
    first = quote("We will keep the fishing docks open in winter. That is my promise to every family here.")
    second = quote("Nobody asked me twice. We will keep the fishing docks open in winter.", outlet="Outlet B", day=5)
    assert not compare(first, second, RULES).same


def test_windows_that_overlap_with_a_comma_before_the_negated_words_are_no_denial():
    early = "She asked whether the board had learned that the one thing you do not do, is sell the pier to a developer."
    late = "You do not do is sell the pier to a developer, not in this town and not in any other."
    assert compare(quote(early, QUILL), quote(late, QUILL, outlet="Outlet B", day=4), RULES).same
