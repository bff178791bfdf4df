"""Round 17 (spkfix): "he" and "she" point back to a single unnamed source ("a hotel cleaner", "one shopper") only when
the source's head noun names a person; a thing met as a source ("a recording of the scuffle", "a simple chore") is no one
a pronoun can be. Every sentence and name is written for the tests."""

from attribution.extraction import extract


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(e.speaker.name if e.speaker else None, e.quote) for e in extract(text)]


def test_she_after_a_recording_that_shows_her_is_the_woman_named_before_not_the_recording():
    text = ("At a rally in Dunmore on May 2, Ms. Okonkwo-Reyes was stunned by the crowd's reaction, she said in an interview later. "
            "A recording of the scuffle shows her holding up her phone among raised fists. She said she was thinking, "
            "''This cannot be real,'' adding, ''I had no way to see who was pushing me.''")
    found = dict((quote, name) for name, quote in speakers(text))
    assert found["I had no way to see who was pushing me."] == "Okonkwo-Reyes"
    assert found["This cannot be real,"] == "Okonkwo-Reyes"
    # a source whose last word names a person stays someone "he" can be
    text = "The goal, an inside source said, was to mail copies of the letter. ''We will let the letter speak,'' he said."
    assert speakers(text)[-1][0] == "an inside source"


def test_he_after_a_chore_taken_for_a_source_is_the_man_the_paragraph_is_about():
    text = ("Mayor Tobias Wrenfield has a gentle manner that can seem out of place this year.\n\n"
            "Mr. Wrenfield tells voters who ask why he cannot match his rival's fire that he ''was not raised that way.'' "
            "He wrestles with a simple chore in campaigning - boasting - admitting that, when he does, he hears ''the voice of my grandmother.''\n\n"
            "''I've had sixty years of being told that modesty matters,'' he said.")
    found = dict((quote, name) for name, quote in speakers(text))
    assert found["I've had sixty years of being told that modesty matters,"] == "Tobias Wrenfield"
    # a source named by what she does ("-er", "-ist", "-ant" ...) is still someone "she" can be
    text = "A hotel housekeeper who asked not to be named said the rooms had been empty for weeks. ''Nobody comes anymore,'' she said."
    assert speakers(text)[-1][0] == "a hotel housekeeper"
