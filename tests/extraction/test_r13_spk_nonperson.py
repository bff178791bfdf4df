"""Round 13 (speaker, non-person runs): a capitalised run a reader sees is a place or a body of one, read as a
person's name for its two capitalised words, took a later "he" or "she": "a Kansas City radio station", "a Montana
Elks lodge", "a Bellmont County hearing". Every sentence is written for the tests."""

from attribution.extraction import extract

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_a_city_named_after_its_state_is_never_who_he_is():
    assert found(HEAD + "Dale Ormsby coached the team for years. Later, he phoned a Kansas City sports show when he "
                 "suggested that the league should fold by spring.") == [
        ("indirect", "the league should fold by spring", "Dale Ormsby")]


def test_a_body_whose_name_opens_with_a_state_is_never_who_he_is():
    assert found(HEAD + "Wes Tolland is the favourite. In a speech at a Montana Elks lodge, he promised that he would cut "
                 "the fuel tax.") == [("indirect", "he would cut the fuel tax", "Wes Tolland")]


def test_a_county_is_never_who_she_is():
    assert found(HEAD + "Rita Vaughn runs the clinic. Last week she went to a Bellmont County hearing when she said that "
                 "the roads were closed.") == [("indirect", "the roads were closed", "Rita Vaughn")]


def test_a_place_of_two_words_that_speaks_is_its_government_not_a_person():
    items = extract(HEAD + "New Zealand warned on Tuesday that the fishing quota would be cut by half.")
    assert [(item.speaker.name, item.speaker.kind) for item in items] == [("New Zealand", "organization")]
    # a state's name that is also a given name opens a person's name
    items = extract(HEAD + "Virginia Holt warned on Tuesday that the fishing quota would be cut by half.")
    assert [(item.speaker.name, item.speaker.kind) for item in items] == [("Virginia Holt", "person")]
