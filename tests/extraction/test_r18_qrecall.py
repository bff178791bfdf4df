"""Round 18 (qrecall): quoted gold relations missed outright on real news. Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_in_a_possessive_owners_words_the_quotation_after_the_comma_is_the_owners():
    assert ("partial", "they are the most restless towns on the coast, with more bakeries per head than Lyon.", "Gazette") in found(
        HEAD + "The fair moved to Brill and Harwick last spring because, in the Gazette\u2019s words, \u201cthey are the most restless towns "
        "on the coast, with more bakeries per head than Lyon.\u201d")
    assert ("partial", "a waste of good gravel.", "Orla Penhallow") in found(
        HEAD + "Councillor Orla Penhallow toured the site. The new road was, in her own words, \"a waste of good gravel.\"")
    assert ("partial", "the ferry has never once been on time.", "Bram Dumas") in found(
        HEAD + "Bram Dumas runs the pier. In Dumas' words, \"the ferry has never once been on time.\"")
    # a quotation with its own tag after it stays the tag's
    assert ("partial", "the ferry is late again,", "Bram Tuckett") in found(
        HEAD + "In his own words, \"the ferry is late again,\" Bram Tuckett added.")


def test_a_long_speaker_after_an_inverted_said_ends_before_its_relative_clause():
    assert ("direct", "When we opened here, we thought the market would grow,", "one owner of a stall") in found(
        HEAD + "\"When we opened here, we thought the market would grow,\" said one owner of a stall that sells knitted wool "
        "socks who asked not to be named.")
    # or before the participle that describes it
    assert ("direct", "Nobody here dares to say a word against the new bridge,", "a Danish user from Aarhus") in found(
        HEAD + "\"Nobody here dares to say a word against the new bridge,\" wrote a Danish user from Aarhus going by the "
        "handle Klint.")
