"""The subject side of speech cues in real US political reporting, round 6 (issue 10): what stands between a
subject and its "said", and which words of a long subject speak. Every sentence is written for the tests."""

from attribution.extraction import extract


def _said(text: str, cue: str = "said") -> list[tuple[str | None, str, str]]:
    """(speaker name, speaker kind, content) of every attribution whose cue is ``cue``."""
    return [(e.speaker.name if e.speaker else None, e.speaker.kind if e.speaker else None, e.quote) for e in extract(text) if e.cue == cue]


# ---------------------------------------------------------------- a date between the subject and its verb


def test_a_weekday_after_on_between_a_name_and_said_is_not_part_of_the_name():
    assert _said("Dana Holt on Tuesday said that the levy is unfair to farmers.") == [
        ("Dana Holt", "person", "the levy is unfair to farmers")]


def test_a_described_name_before_on_and_a_weekday_still_speaks():
    assert _said("Republican mayoral candidate Dana Holt on Friday said the levy is unfair to farmers.") == [
        ("Dana Holt", "person", "the levy is unfair to farmers")]


def test_a_weekday_with_its_part_of_the_day_is_skipped_as_a_whole():
    assert _said("The county clerk late Monday night said the count would resume at dawn.", "said") == [
        ("the county clerk", "unnamed", "the count would resume at dawn")]


def test_a_month_and_day_after_on_is_skipped_before_told():
    assert [s for s, _k, _q in _said("Omar Reyes on Sept. 14 told reporters the plant would close.", "told reporters")] == ["Omar Reyes"]


def test_on_and_a_weekday_after_a_comma_stay_out_of_the_subject():
    assert [s for s, _k, _q in _said("The vote was close, and Omar Reyes on Monday said the plant would close.")] == ["Omar Reyes"]
