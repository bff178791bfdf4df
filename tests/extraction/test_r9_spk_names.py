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
