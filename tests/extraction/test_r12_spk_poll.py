"""Round 12, poll sources (issue 10: "polls / studies / data / reports show, found, suggest -- the source is the poll
or study"): the people a poll asked answered the poll, so what a counted share of them said is the poll's, when the
sentence names the poll. Invented sentences and names."""
from attribution.extraction import extract


def _speakers(text: str) -> list[tuple[str, str]]:
    return sorted((e.quote, e.speaker.name) for e in extract(text))


def test_it_takes_the_poll_as_the_source_of_a_percentage_said_according_to_it():
    assert _speakers("Sixty percent of voters said they distrust Mr. Blake, according to a new Harlow University poll.") == [
        ("Sixty percent of voters said they distrust Mr. Blake", "a new Harlow University poll"),
        ("they distrust Mr. Blake", "a new Harlow University poll"),
    ]


def test_a_share_inside_what_a_poll_found_speaks_through_the_poll():
    assert _speakers("A Dunmore poll showed that 72 percent of voters said they distrust Mr. Blake.") == [
        ("72 percent of voters said they distrust Mr. Blake", "a Dunmore poll"),
        ("they distrust Mr. Blake", "a Dunmore poll"),
    ]


def test_every_share_after_an_opening_in_a_survey_speaks_through_the_survey():
    items = extract("In a Marsh-Kettle survey the same week, 40 percent of Republicans said the levy was too high, while 50 percent said it was too low.")
    assert [(e.quote, e.speaker.name) for e in items] == [("the levy was too high", "Marsh-Kettle"), ("it was too low", "Marsh-Kettle")]
    assert {e.speaker.kind for e in items} == {"organization"}


def test_a_share_after_a_polls_finding_in_the_same_sentence_is_the_polls():
    items = extract("A Dunmore poll showed the mayor with his lowest rating yet, with 56 percent of Americans saying they dislike him.")
    assert [(e.quote, e.speaker.name) for e in items if e.cue == "saying"] == [("they dislike him", "a Dunmore poll")]


def test_a_share_after_a_colon_that_ends_a_polls_finding_is_the_polls():
    items = extract("In Ohio, the poll confirmed that the mayor's weak spot is his record: 42% of Ohioans say they don't know him.")
    assert [(e.quote, e.speaker.name) for e in items if e.cue == "say"] == [("they don't know him", "the poll")]


def test_shares_a_survey_finding_counts_are_part_of_its_finding():
    items = extract("The race looked close, with the new Harlow survey finding that 45 percent backed Ms. Orr and 42 percent favored Mr. Tull.")
    assert [(e.cue, e.quote, e.speaker.name) for e in items] == [("finding", "45 percent backed Ms. Orr and 42 percent favored Mr. Tull", "Harlow")]


def test_a_share_of_respondents_named_with_their_poll_speaks_through_it():
    items = extract("More than half of respondents in the Harlow University poll said the state needs a third party.")
    assert [(e.quote, e.speaker.name) for e in items] == [("the state needs a third party", "the Harlow University poll")]


def test_people_a_polls_finding_does_not_name_speak_through_it():
    assert _speakers("Voters said the levy was too high, according to the poll.") == [
        ("Voters said the levy was too high", "the poll"),
        ("the levy was too high", "the poll"),
    ]


def test_a_share_with_no_poll_in_its_sentence_keeps_speaking():
    assert _speakers("Sixty percent of voters said they distrust Mr. Blake.") == [("they distrust Mr. Blake", "Sixty percent of voters")]


def test_a_group_relayed_by_an_outlet_keeps_speaking():
    assert _speakers("Voters said the levy was too high, according to the Harlow Herald.") == [("the levy was too high", "Voters")]


def test_a_group_inside_a_report_that_is_no_poll_keeps_speaking():
    items = extract("Party leaders said the levy was too high, according to a report by the auditor.")
    assert [(e.quote, e.speaker.name) for e in items if e.cue == "said"] == [("the levy was too high", "Party leaders")]


def test_a_group_in_a_clause_after_a_poll_standing_keeps_its_view():
    items = extract("Then she slid to 8 percent in the newest Harlow poll, a drop that came at a time when farm voters see water as their top concern.")
    assert [(e.quote, e.speaker.name) for e in items if e.cue == "see"] == [("water as their top concern", "farm voters")]


def test_a_share_of_a_capitalised_group_is_the_share_not_a_name():
    assert _speakers("Seven in 10 Republicans said the levy should go.") == [("the levy should go", "Seven in 10 Republicans")]
    items = extract("A new Harlow poll shows how deep the split runs: Six in 10 Republican said the levy should go.")
    assert [(e.quote, e.speaker.name) for e in items if e.cue == "said"] == [("the levy should go", "a new Harlow poll")]


def test_a_share_before_a_participle_is_its_subject_not_the_people_it_counts():
    items = extract("The storms have left 62 percent of farmers saying the levy is unfair.")
    assert [(e.quote, e.speaker.name) for e in items] == [("the levy is unfair", "62 percent of farmers")]
    items = extract("A Dunmore poll showed the mayor with his lowest rating yet, with 56 percent of residents saying they dislike him.")
    assert [(e.quote, e.speaker.name) for e in items if e.cue == "saying"] == [("they dislike him", "a Dunmore poll")]
