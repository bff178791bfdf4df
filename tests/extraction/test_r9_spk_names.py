"""Round 9b (spk-names): an outlet's short name ("the Post") speaks as the fuller outlet the article names.
Every sentence is written for the tests."""

from attribution.extraction import extract

HEAD = "A headline for the story\n\n"


def speakers(text):
    return {e.quote: e.speaker for e in extract(HEAD + text)}


def test_the_post_after_the_washington_post_is_the_washington_post():
    got = speakers("The county board delayed its vote on the bridge, The Washington Post reported on Tuesday. "
                   "The delay could cost the county two years of federal money, the Post reported, citing three board members.")
    speaker = got["The delay could cost the county two years of federal money"]
    assert (speaker.name, speaker.kind) == ("Washington Post", "organization")
    assert "the Post" in speaker.aliases


def test_the_post_after_the_new_york_post_is_the_new_york_post():
    got = speakers("The mayor skipped the harbor gala on Friday night, the New York Post reported. "
                   "According to the Post, two of his aides left the gala before the toasts began.")
    assert got["two of his aides left the gala before the toasts began"].name == "New York Post"


def test_a_sentence_before_the_short_name_is_no_part_of_an_outlets_name():
    got = speakers("The senator toured a dairy farm in Cedar Falls, The Washington Post said. "
                   "She drove on to Dubuque. The Post reported that she met farmers there for an hour.")
    assert got["she met farmers there for an hour"].name == "Washington Post"


def test_the_ledger_after_two_outlets_named_ledger_keeps_its_own_name():
    got = speakers("The governor signed the budget late on Monday, the Lakeland Ledger reported, and the Tampa Ledger "
                   "reported the same. The governor cut the parks budget by a third, the Ledger reported, citing state records. "
                   "The Post reported that the cut would close nine parks, The Washington Post said in a later story.")
    assert got["The governor cut the parks budget by a third"].name not in ("Lakeland Ledger", "Tampa Ledger")
    assert got["the cut would close nine parks"].name == "Washington Post"


# ---------------------------------------------------------------- Mr. and Ms. of one surname: two people


def test_mr_and_ms_of_one_surname_stay_two_people_apart_from_the_full_name():
    text = (HEAD + "Zorvan Haddad, 19, was arrested on Friday. \"He was always a quiet boy,\" Mr. Haddad said of his son. "
            "\"We never saw this coming,\" Ms. Haddad said.")
    got = {e.quote: e.speaker for e in extract(text)}
    father, mother = got["He was always a quiet boy,"], got["We never saw this coming,"]
    assert (father.name, father.title) == ("Haddad", "Mr.")
    assert (mother.name, mother.title) == ("Haddad", "Ms.")


def test_parents_named_by_honorific_are_not_their_son_named_later():
    text = (HEAD + "Mr. Haddad and Ms. Haddad waited outside the court on Friday. \"He was always a quiet boy,\" Mr. Haddad said. "
            "\"We never saw this coming,\" Ms. Haddad said. Their son, Zorvan Haddad, told the judge that the charges were false.")
    got = {e.quote: e.speaker for e in extract(text)}
    assert got["He was always a quiet boy,"].name == "Haddad"
    assert got["We never saw this coming,"].name == "Haddad"
    assert got["the charges were false"].name == "Zorvan Haddad"


def test_a_mrs_takes_the_one_full_name_left_when_the_other_is_a_man():
    text = (HEAD + "Officials telephoned Tovreli Marsh on Monday. Her husband, Dmitri Marsh, had been freed. "
            "\"We prayed for this day,\" Mrs. Marsh said. Mr. Marsh said he was tired but well.")
    got = {e.quote: e.speaker for e in extract(text)}
    assert got["We prayed for this day,"].name == "Tovreli Marsh"
    assert got["he was tired but well"].name == "Dmitri Marsh"
