"""Round 19 (qrecall3): quotations the extractor missed after verbs and subjects it did not read: a crowd 'chanting "..."'
after its march, a counted crowd ('Hundreds of union demonstrators') as the subject a participle goes back to. Every
sentence and name is written for the tests."""

from attribution.extraction import extract


def found(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(e.kind, e.speaker.name if e.speaker else None, e.cue, e.quote) for e in extract(text)]


def test_a_crowd_chanting_after_its_march_is_quoted():
    items = found('Demonstrators marched through the square on Monday, chanting "Fair pay or no deal."')
    assert [(speaker, cue, quote) for _, speaker, cue, quote in items] == [("Demonstrators", "chanting", "Fair pay or no deal.")]


def test_a_counted_crowd_is_the_subject_its_participle_goes_back_to():
    items = found('Hundreds of union demonstrators marched through the old town on Monday, chanting "Fair pay or no deal."')
    assert [(speaker, cue) for _, speaker, cue, _ in items] == [("Hundreds of union demonstrators", "chanting")]
    items = found('Hundreds of union demonstrators marched through the old town on Monday, saying "Fair pay or no deal."')
    assert [speaker for _, speaker, _, _ in items] == ["Hundreds of union demonstrators"]


def test_responding_that_reports_what_the_speaker_answered():
    items = found('But Sen. Ann Voss (D-Ore.) declined to discuss campaigning with the governor, responding that she is "not going to talk about what my campaign is planning."')
    assert ("partial", "Ann Voss", "responding", "not going to talk about what my campaign is planning.") in items
    # what was responded to is no report of the responder's
    items = found('Voss spoke to the Ledger, responding to the news that the mill would close in "the next few weeks."')
    assert not any(cue == "responding" for _, _, cue, _ in items)


def test_agents_named_by_their_service_are_the_speakers():
    items = found('The town is quiet. Coast Guard agents described the seabed under the pier as "Swiss cheese."')
    assert items == [("partial", "Coast Guard agents", "described", "Swiss cheese.")]
    items = found('The town is quiet. Border Patrol agents said the seabed was full of holes.')
    assert items == [("indirect", "Border Patrol agents", "said", "the seabed was full of holes")]


def test_a_two_word_text_opening_its_sentence_reads_a_quotation():
    items = found('Six planes wrote slogans over the stadium. The banner read, "Save our park."')
    assert items == [("partial", "the banner", "read", "Save our park.")]
    items = found('Six planes wrote slogans over the stadium. One sign read "Save our park."')
    assert [(speaker, cue) for _, speaker, cue, _ in items] == [("One sign", "read")]
    assert found("She read the letter aloud.") == []


def test_read_one_after_a_quotation_quotes_one_of_the_texts():
    items = found('Six planes wrote slogans over the stadium. "Vote them out! The council is asleep," read one.')
    assert [(kind, speaker, cue) for kind, speaker, cue, _ in items] == [("direct", "one", "read")]
