"""Round 17 (basil): speakers on BASIL's dev half, where the rules were read. An office in the plural before two people
("Representatives Brad Orme of Ohio and ...") is no part of the first one's name. Every sentence and name is written
for the tests."""

from attribution.extraction import extract


def speakers(text: str) -> list[str | None]:
    return [e.speaker.name if e.speaker else None for e in extract(text)]


def test_an_office_in_the_plural_before_a_census_given_name_is_no_part_of_the_name():
    text = ('Ms. Varga is not the only one in her caucus. Representatives Brad Kowalczyk of Ohio and Lyle Tanaka of Iowa '
            'filed a motion on Friday, arguing that the ferry contract broke the law.\n\n'
            '"We owe the riders of the ferry an honest account of the money," Mr. Kowalczyk said in a statement.')
    assert speakers(text)[-1] == "Brad Kowalczyk"


def test_a_bare_surname_after_a_plural_office_gives_the_name_without_the_office():
    text = ('Senators Gwen Ruiz and Lyle Tanaka of Iowa and Representatives Brad Kowalczyk of Ohio wrote to the port.\n\n'
            '"The ferry is late again, and nobody at the port will say why," Kowalczyk said.')
    assert speakers(text) == ["Brad Kowalczyk"]
    # an office in the singular was already cut off
    assert speakers('"The ferry is late again," said Representative Brad Kowalczyk of Ohio.') == ["Brad Kowalczyk"]


def test_a_time_that_owns_the_next_word_opens_the_sentence_as_its_setting_not_the_speakers_name():
    text = 'Dr. Ines Maro spoke twice this week. In Tuesday\'s lecture the surgeon said the new ward was "a year late at least."'
    assert [e.speaker_mention for e in extract(text)] == ["the surgeon", "the surgeon"]
    # with a comma after the setting it was already left out
    text = 'In last week\'s lecture, the surgeon said the new ward was "a year late at least."'
    assert {e.speaker_mention for e in extract(text)} == {"the surgeon"}


def test_a_participle_after_a_clause_opened_by_a_time_that_owns_a_noun_hangs_on_that_clauses_subject():
    text = ('Gov. Gil Ostrander toured the port on Monday. In Thursday\'s address the governor also took aim at the harbor board, '
            'calling its record "slow at best and reckless at worst."')
    quotes = [e for e in extract(text) if e.kind == "partial"]
    assert [(e.speaker.name if e.speaker else None, e.speaker_mention) for e in quotes] == [("Gil Ostrander", "the governor")]


def test_a_participle_after_it_came_after_a_clause_hangs_on_that_clauses_subject():
    text = ('Mayor Tom Barrow and Ann Okafor met at the depot on Sunday. It came after Okafor chided Barrow on Friday, '
            'accusing the mayor of having "lost another season."')
    assert [(e.kind, e.speaker.name if e.speaker else None) for e in extract(text)] == [("partial", "Ann Okafor")]


def test_an_adverb_between_a_clauses_subject_and_its_verb_is_no_part_of_the_subject():
    text = ('Mayor Tom Barrow and Ann Okafor met at the depot on Sunday. The talks stalled after Okafor openly chided Barrow, '
            'accusing the mayor of having "lost another season."')
    assert [(e.kind, e.speaker.name if e.speaker else None) for e in extract(text)] == [("partial", "Ann Okafor")]
