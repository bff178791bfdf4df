"""Evidence cues (issue 10, round 6b): polls, records and studies that show, find or suggest
something are the source of that finding, also where a participle hangs the finding on the
noun ("with recent polls showing ..."). Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


def test_a_poll_showing_something_is_the_source_of_its_finding():
    item = only(HEAD + "The mayor will need the suburbs, with recent polls showing a narrowing of the gap.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "a narrowing of the gap", "recent polls", "showing")


def test_the_participle_finding_ends_at_the_comma_before_the_main_clause():
    item = only(HEAD + "Ms. Lee, in the wake of a fresh poll showing her lead down to two points, cancelled the trip.")
    assert (item.quote, item.speaker.name) == ("her lead down to two points", "a fresh poll")


def test_indicating_and_suggesting_report_like_showing():
    item = only(HEAD + "The contest is tighter in Maine, with some polls indicating that the mayor has a slim edge.")
    assert (item.quote, item.speaker.name, item.cue) == ("the mayor has a slim edge", "some polls", "indicating")
    item = only(HEAD + "There is anecdotal evidence suggesting that older voters turned out in greater numbers.")
    assert (item.quote, item.speaker.name) == ("older voters turned out in greater numbers", "anecdotal evidence")


def test_records_showing_a_payment_are_its_source():
    item = only(HEAD + "Investigators looked at his ties abroad, including handwritten ledgers showing he was paid $2 million in cash.")
    assert (item.quote, item.speaker.name) == ("he was paid $2 million in cash", "handwritten ledgers")


def test_a_short_aside_inside_the_finding_does_not_end_it():
    item = only(HEAD + "The senator is worried, with polls showing Ray Marsh, R-Ohio, leading the race in Dayton.")
    assert item.quote == "Ray Marsh, R-Ohio, leading the race in Dayton"


def test_the_verb_before_the_evidence_is_no_part_of_its_name():
    assert [speaker for _kind, _quote, speaker in found(HEAD + "Aides dispute polls showing the mayor behind.")] == ["polls"]


def test_a_participle_after_other_nouns_or_without_a_finding_reports_nothing():
    assert found(HEAD + "The network aired a show showing the mayor at home.") == []
    assert found(HEAD + "Voters kept showing up at the polls in large numbers.") == []
    assert found(HEAD + "The polls showing up on the screen were old.") == []


def test_records_set_off_by_commas_report_the_clause_around_them():
    item = only(HEAD + "The mayor, records show, rarely uses the plane.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "The mayor, records show, rarely uses the plane", "records", "show")
    item = only(HEAD + "What remains unclear, the survey shows, is whether they will enroll.")
    assert (item.speaker.name, item.cue) == ("the survey", "shows")


def test_a_person_set_off_by_commas_finds_nothing():
    assert found(HEAD + "The mayor, she found, had left early.") == []


def test_evidence_a_test_and_arithmetic_report_what_they_show():
    item = only(HEAD + "The new evidence from the mills suggests that the layoffs were planned.")
    assert (item.quote, item.speaker.name) == ("the layoffs were planned", "the new evidence from the mills")
    item = only(HEAD + "The sample went to a lab, but a quick first test indicated it was not toxic.")
    assert (item.quote, item.speaker.name) == ("it was not toxic", "a quick first test")
    item = only(HEAD + "Simple math shows he needs more votes in the suburbs.")
    assert (item.quote, item.speaker.name) == ("he needs more votes in the suburbs", "Simple math")
    item = only(HEAD + "Federal election regulations suggest candidates must split their travel costs.")
    assert item.speaker.name == "Federal election regulations"


def test_evidence_someone_has_is_not_a_speaker():
    # (the evidence is what they have: it names no source of its own)
    assert found(HEAD + "Federal investigators have no evidence to suggest the mayor knew.") == []


BODY = "\n\nThe body of the story follows here, and nobody in it reports anything.\n"


def test_a_title_credits_plural_evidence_with_what_it_shows():
    item = only("New Polls Show Double-Digit Gaps In The Mayor's Race" + BODY)
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "Double-Digit Gaps In The Mayor's Race", "New Polls", "Show")
    item = only("Leaked Documents Reveal Campaign Donors" + BODY)
    assert (item.quote, item.speaker.name, item.cue) == ("Campaign Donors", "Leaked Documents", "Reveal")


def test_a_plural_verb_in_a_title_needs_evidence_before_it():
    assert found("The Daily Show Takes On The Mayor" + BODY) == []
    assert found("Voters Show Up In Force For The Mayor" + BODY) == []


def test_that_before_an_auxiliary_is_the_findings_subject():
    item = only(HEAD + "Voters disliked him for years, but recent polls show that has reversed.")
    assert (item.quote, item.speaker.name) == ("that has reversed", "recent polls")
    item = only(HEAD + "Recent polls show that voters have changed their minds.")
    assert item.quote == "voters have changed their minds"


def test_a_relative_clause_after_evidence_reports_its_finding():
    items = found(HEAD + "Two rivals would beat her, according to a fresh poll that shows more parents distrust her than praise her.")
    assert items == [("indirect", "Two rivals would beat her", "a fresh poll"),
                     ("indirect", "more parents distrust her than praise her", "a fresh poll")]
    item = only(HEAD + "She released her medical records, which showed she was fit for duty.")
    assert (item.quote, item.speaker.name, item.cue) == ("she was fit for duty", "her medical records", "showed")


def test_a_relative_clause_after_other_nouns_reports_nothing():
    assert found(HEAD + "He rejected the polls that show up every week.") == []
    assert found(HEAD + "The plan that shows promise was dropped.") == []
