"""Round 19 (belief6): where the content of a belief or a stance ends and who holds it. PolNeAR's content is the whole
clause: a "who" clause that tells the people meant apart (no comma before it) is part of the object. Every sentence
and name is written for the tests."""

from attribution.extraction import extract


def contents(text: str) -> dict[str, str]:
    return {e.cue: e.quote for e in extract(text) if e.kind != "partial"}


def test_an_object_runs_on_over_a_who_clause_that_tells_its_people_apart():
    assert contents("Gay rights groups praised the senators who held up the bill through their filibuster.")["praised"] == (
        "the senators who held up the bill through their filibuster")
    assert contents("Maya Rusk wants a mayor who listens.")["wants"] == "a mayor who listens"
    assert contents("The unions will pledge to elect judges who will follow the law.")["pledge"] == "to elect judges who will follow the law"
    assert contents("Voters see the governor as a leader who keeps her word.")["see"] == "the governor as a leader who keeps her word"
    found = contents('Ms. Lund has proposed hiring a "water czar" who reports directly to the governor, and called for more inspectors.')
    assert found["proposed"] == 'hiring a "water czar" who reports directly to the governor'


def test_the_who_clause_runs_over_an_adverb_and_a_clause_a_preposition_takes():
    found = contents("They backed a bill that would help anyone who was hurt by the flood regardless of when it happened.")
    assert found["backed"] == "a bill that would help anyone who was hurt by the flood regardless of when it happened"
    found = contents("The mayor praised the volunteers who have since gone home.")
    assert found["praised"] == "the volunteers who have since gone home"


def test_the_who_clause_ends_before_the_occasion_the_stance_was_voiced_on():
    found = contents("Ann Lee expressed her support for the many farmers who have settled in the valley in an interview with a local paper.")
    assert found["expressed"] == "her support for the many farmers who have settled in the valley"


def test_a_who_clause_after_a_comma_a_question_or_a_self_description_stays_out():
    assert contents("Ann Todd declined to say who she will vote for.")["declined"] == "to say"
    assert contents("Ms. Vance praised Tom Reed, who wrote the bill.")["praised"] == "Tom Reed"
    assert "self-described" not in contents("He is a self-described libertarian who has spent ten years in the legislature.")
