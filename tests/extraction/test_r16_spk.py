"""Round 16 (spk), speakers PolNeAR showed wrong, each a general construction: a clause with its own auxiliary taken
whole as the speaker of the verb a comma joins to it ("Now many have trouble finding work, worry about ...").
Every sentence and name is written for the tests."""

from attribution.extraction import extract

from .helpers import found

HEAD = "A headline for the story\n\n"


def speakers(text):
    return [speaker for _kind, _quote, speaker in found(HEAD + text)]


def test_a_verb_joined_by_a_comma_to_a_clause_with_an_auxiliary_has_that_clauses_subject():
    text = ("Dozens of farmers lost their land in the flood. Now, many have trouble finding work, worry about losing "
            "their homes and fear they will never be paid.")
    assert [(e.speaker.name, e.speaker_mention) for e in extract(HEAD + text)] == [("many", "many"), ("many", "many")]
    # a clause after a relative or subordinate word is another's: the speaker found before stays
    assert speakers("Dana Holt, who has led the board since 2009, said the ferry would run again.") == ["Dana Holt"]
    assert "Orvale" not in " ".join(s or "" for s in speakers(
        "The judges who ruled that Marden and Orvale could not enforce their rules, for instance, said the fee was the problem."))


def test_a_headline_in_capitals_run_into_the_sentence_is_no_part_of_the_speaker():
    text = ("FERRY FIRE FORCES HARBOUR CLOSURE The Marden Port Authority said the quay would stay shut for a week.\n\n"
            "AT LEAST 12 HURT IN BLAZE Coast Guard Captain Dana Holt said the fire began in the engine room.")
    assert [(e.speaker.name, e.speaker_mention) for e in extract(HEAD + text)] == [
        ("Marden Port Authority", "The Marden Port Authority"), ("Dana Holt", "Coast Guard Captain Dana Holt")]
    # a dateline or a short acronym opening the sentence is no headline
    assert speakers("SALT LAKE CITY The mayor said the roads were clear.") == ["the mayor"]
    assert speakers("NASA JPL engineers said the probe was sound.") == ["NASA JPL engineers"]


def test_a_description_after_a_name_inverted_by_said_is_that_persons_in_a_who_clause():
    text = ("''A vote for anyone but Tom Ashby is a vote for chaos,'' said Ned Corliss, the former senator from Vermont who "
            "is supporting Mr. Ashby. ''The party needs him,'' said Ida Marsh, a longtime adviser to the mayor, who endorsed Mr. Ashby.")
    assert set(speakers(text)) == {"Ned Corliss", "Ida Marsh"}


def test_many_after_a_noun_with_the_progressives_auxiliary_is_the_subject_of_its_relative_clause():
    assert speakers("The mayor opened a bridge many are calling ''a waste of money.''") == ["many"]
    assert speakers("Mercer beat Orvale in a final game some were calling ''the match of the decade.''") == ["some"]
