"""Matching rules written after the third blind set of real reports (sentences written for these
tests): one poll described in two ways, and one voice's statement paraphrased in two ways."""

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


def poll(name, kind="unnamed"):
    return SpeakerRef(name, kind=kind)


def test_one_poll_described_two_ways_joins_on_its_figures():
    first = report(
        "the mayor with only a narrow lead over her challenger, 48 percent to 45 percent, among likely voters in the city",
        poll("The survey"), kind="indirect",
    )
    second = report(
        "Ms. Quill leading Mr. Ortega among likely voters, 48 percent to 45 percent - within the margin of error",
        poll("a new citywide poll"), kind="indirect", outlet="Outlet B", day=4,
    )
    assert compare(first, second, RULES).same


def test_a_described_poll_and_the_named_poll_join_on_their_figures():
    first = report("Quill ahead of Ortega among likely voters, 48 percent to 45 percent", poll("the poll"), kind="indirect")
    second = report(
        "Quill leading Ortega 48 percent to 45 percent among likely voters",
        poll("the poll by the Riverside Policy Institute", kind="organization"), kind="indirect", outlet="Outlet B", day=5,
    )
    assert compare(first, second, RULES).same


def test_two_named_polls_with_the_same_figures_are_two_findings():
    first = report("Quill ahead of Ortega among likely voters, 48 percent to 45 percent", poll("a Harbor College poll"), kind="indirect")
    second = report(
        "Quill leading Ortega 48 percent to 45 percent among likely voters", poll("a Channel 7 survey"),
        kind="indirect", outlet="Outlet B",
    )
    assert not compare(first, second, RULES).same


def test_polls_weeks_apart_or_with_other_figures_are_two_findings():
    first = report("Quill ahead of Ortega among likely voters, 48 percent to 45 percent", poll("the survey"), kind="indirect")
    weeks_later = report(
        "Quill leading Ortega 48 percent to 45 percent among likely voters", poll("a new poll"),
        kind="indirect", outlet="Outlet B", day=25,
    )
    other_figures = report(
        "Quill leading Ortega 50 percent to 41 percent among likely voters", poll("a new poll"),
        kind="indirect", outlet="Outlet B", day=4,
    )
    assert not compare(first, weeks_later, RULES).same
    assert not compare(first, other_figures, RULES).same


def test_one_figure_in_common_is_not_one_poll_s_finding():
    first = report("48 percent of likely voters approve of the mayor's budget", poll("the survey"), kind="indirect")
    second = report("48 percent of likely voters back the new stadium plan", poll("a new poll"), kind="indirect", outlet="Outlet B")
    assert not compare(first, second, RULES).same


def test_polls_of_two_named_pollsters_are_two_polls_whatever_words_they_share():
    first = report("Quill ahead of Ortega among likely voters, 48 percent to 45 percent", poll("a Harbor University poll"), kind="indirect")
    second = report(
        "Quill leading Ortega 48 percent to 45 percent among likely voters", poll("a Lakeside University poll"),
        kind="indirect", outlet="Outlet B",
    )
    assert not compare(first, second, RULES).same



def test_two_paraphrases_of_one_statement_join_whatever_the_order_of_their_clauses():
    first = report("drivers who park on the bridge should be fined if the ban passes", MAYOR, kind="indirect", day=3)
    second = report(
        "if parking were banned on the bridge next month, drivers who still park there should be fined fifty dollars", MAYOR,
        kind="indirect", outlet="Outlet B", day=5,
    )
    assert compare(first, second, RULES).same


def test_a_paraphrase_with_a_synonym_for_a_ban_joins_within_days():
    first = report("a ban on trucks crossing the old bridge after the spring flood damage", MAYOR, kind="belief", day=3)
    second = report("barring all heavy trucks from crossing the old bridge", MAYOR, kind="belief", outlet="Outlet B", day=6)
    assert compare(first, second, RULES).same


def test_words_in_any_order_need_one_voice_two_paraphrases_and_one_week():
    first = report("drivers who park on the bridge should be fined if the ban passes", MAYOR, kind="indirect", day=3)
    reordered = "if parking were banned on the bridge next month, drivers who still park there should be fined fifty dollars"
    other_speaker = report(reordered, SHERIFF, kind="indirect", outlet="Outlet B", day=5)
    weeks_later = report(reordered, MAYOR, kind="indirect", outlet="Outlet B", day=28)
    quoted = report(reordered, MAYOR, outlet="Outlet B", day=5)
    assert not compare(first, other_speaker, RULES).same
    assert not compare(first, weeks_later, RULES).same
    assert not compare(first, quoted, RULES).same


def test_four_words_in_common_in_another_order_are_no_paraphrase_of_one_statement():
    first = report("the council will fund the bridge", MAYOR, kind="indirect", day=3)
    second = report("the bridge will not get council funding this year", MAYOR, kind="indirect", outlet="Outlet B", day=4)
    assert not compare(first, second, RULES).same
