"""Round 13, pronoun genders and antecedents: the article's Mr./Ms. outranking the pronoun after a name, a namesake's
surname, and "she" after a person of a gender nobody tells. Invented sentences and names."""

from attribution.extraction import extract


def speaker_of(text, words):
    return next(item.speaker for item in extract(text) if words in item.quote)


def test_the_articles_mister_outranks_the_pronoun_written_after_the_full_name():
    text = ("Arlo Penwright praised the mayor and her plan on Friday.\n\n"
            "\"We will build the bridge,\" said Greta Lund, the mayor. \"It is overdue,\" said Arlo Penwright.\n\n"
            "Mr. Penwright has led the council for a decade. \"It will open in May,\" she said.")
    assert speaker_of(text, "open in May").name == "Greta Lund"


def test_a_surname_that_ends_a_namesakes_full_name_is_not_the_first_persons():
    text = ("Orlan Vesk, the senator, spoke in Dayton. \"We will win this state,\" Orlan Vesk said.\n\n"
            "His wife, Mira Vesk, said little during the tour.\n\n"
            "Mira Vesk made it clear that her husband would stay in the race. \"Nobody here is tired,\" she said.")
    assert speaker_of(text, "Nobody here is tired").name == "Mira Vesk"


def test_she_is_the_woman_whose_surname_opens_a_later_sentence_not_a_person_of_untold_gender_named_again():
    text = ("Greta Brennock and Zoran Ilves are running for the Senate.\n\n"
            "\"The plan is too weak,\" said Sen. Zoran Ilves on Monday.\n\n"
            "Ilves has accused Brennock of being influenced by donors. Brennock has been asked to release the transcripts. "
            "\"I will release them when everyone does,\" she told a radio host.")
    assert speaker_of(text, "I will release them").name == "Greta Brennock"


def test_she_is_a_woman_named_after_the_last_mention_of_a_person_of_untold_gender():
    text = ("Greta Lindqvist and Zoran Ilves are both running for governor.\n\n"
            "\"The pact is a disaster,\" Zoran Ilves said on Monday.\n\n"
            "The pact worries Lindqvist too. \"We will rewrite it,\" she said.")
    assert speaker_of(text, "We will rewrite it").name == "Greta Lindqvist"
