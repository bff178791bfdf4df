"""Round 18 (spk2): real speaker errors on news. A standing "in the polls" is the polls' finding only from the clause
after a "that" on: the words before it ("commentators are stunned that") are someone's reaction to the finding. Every
sentence and name is written for the tests."""

from attribution.extraction import extract


def reports(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.speaker.name if e.speaker else None, e.cue, e.quote) for e in extract(text)]


def test_the_polls_find_only_the_clause_after_that_not_the_reaction_before_it():
    assert reports("Many commentators are stunned that Walter Pimm is leading in the polls.") == [("the polls", "in", "Walter Pimm is leading")]
    assert reports("Many commentators are stunned that he is leading in the polls.") == [("the polls", "in", "he is leading")]
    # with no "that" the whole clause is the finding
    assert reports("Walter Pimm is leading in the polls.") == [("the polls", "in", "Walter Pimm is leading")]
