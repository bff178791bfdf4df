"""Round 18 (spk2): real speaker errors on news. A standing "in the polls" is the polls' finding only from the clause
after a "that" on: the words before it ("commentators are stunned that") are someone's reaction to the finding. A "he"
or "she" that no full name written before fits stands for the one person the article has named by an office and surname
("Mayor Vasterby"), under the full name the article gives later. Every sentence and name is written for the tests."""

from attribution.extraction import extract


def reports(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.speaker.name if e.speaker else None, e.cue, e.quote) for e in extract(text)]


def test_the_polls_find_only_the_clause_after_that_not_the_reaction_before_it():
    assert reports("Many commentators are stunned that Walter Pimm is leading in the polls.") == [("the polls", "in", "Walter Pimm is leading")]
    assert reports("Many commentators are stunned that he is leading in the polls.") == [("the polls", "in", "he is leading")]
    # with no "that" the whole clause is the finding
    assert reports("Walter Pimm is leading in the polls.") == [("the polls", "in", "Walter Pimm is leading")]


def test_she_is_the_only_person_named_before_by_an_office_and_surname():
    assert [(name, cue) for name, cue, _quote in reports('Mayor Vasterby runs the city. "We cannot afford this," she said.')] == [("Vasterby", "said")]
    # two people so named: the article does not say which one is meant
    assert reports('Gov. Talbot met Mayor Crane in Reno. "We will reopen the mine," he said.') == []


def test_he_after_a_titled_surname_takes_the_full_name_the_article_gives_later():
    text = ("When Gov. Talbot flew to Reno last spring, he met the miners. Reopening the mine, he promised, was his first priority.\n\n"
            "\"They want a deal from Wendell Talbot,\" Mr. Crane said in Elko.")
    assert ("Wendell Talbot", "promised") in [(name, cue) for name, cue, _quote in reports(text)]
