"""A person's gender learnt from the article itself when the first name tells none (issue 10): an honorific
for the surname ("Mr. Vale"), or a he/his or she/her right after the full name in a sentence about no one
else. Every sentence is written for the tests."""

from attribution.extraction import extract
from attribution.extraction.entities import NameIndex


def _pronoun_speakers(text: str) -> list[tuple[str, str]]:
    return [(e.speaker_mention, e.speaker.name) for e in extract(text) if e.speaker_mention in ("he", "she")]


def test_she_skips_a_person_the_article_calls_mr_elsewhere():
    text = 'Dana Holt opened the fair on Friday. Quinn Vale spoke next.\n\n"The levy is fair," she said.\n\nMr. Vale left early.'
    assert _pronoun_speakers(text) == [("she", "Dana Holt")]


def test_she_skips_a_person_whose_own_sentence_says_his():
    text = ('"The levy is fair," Dana Holt said on Friday. Quinn Vale then took the stage and said his plan would cut the levy.\n\n'
            '"It stays," she said.')
    assert _pronoun_speakers(text) == [("she", "Dana Holt")]


def test_he_skips_a_person_whose_own_sentence_says_her():
    text = ('Quinn Vale spoke at the fair on Friday and said her plan would cut the levy. "The levy is fair," said Tom Reyes.\n\n'
            'Vale left the fair early. "It stays," he said.')
    assert _pronoun_speakers(text) == [("he", "Tom Reyes")]


def test_an_honorific_teaches_nothing_when_two_full_names_share_the_surname():
    names = NameIndex("Robin Vale spoke at the fair. Quinn Vale spoke next. Mrs. Vale left early.")
    assert (names.learned_gender("Robin Vale"), names.learned_gender("Quinn Vale")) == (None, None)


def test_honorifics_that_disagree_teach_nothing():
    names = NameIndex("Quinn Vale spoke at the fair. Mr. Vale left early, and Mrs. Vale stayed.")
    assert names.learned_gender("Quinn Vale") is None


def test_a_pronoun_in_a_sentence_naming_someone_else_first_teaches_nothing():
    names = NameIndex("While she has dropped her attacks on Quinn Vale from her speech, Dana Holt still cites the levy. "
                      "Robin Marsh met Casey Lund about his plan.")
    assert [names.learned_gender(name) for name in ("Quinn Vale", "Casey Lund")] == [None, None]


def test_a_pronoun_after_a_quotation_mark_teaches_nothing():
    names = NameIndex('Quinn Vale read the letter: "She wants the levy gone." Casey Lund, she said, would agree.')
    assert names.learned_gender("Quinn Vale") is None
