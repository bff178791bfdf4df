"""Round 14 (spkdesc), speakers held-out news showed wrong, each a general construction: a titled name from a place
before a "the" apposition ("Senator Ann Lee of Ohio, the majority leader, said"); an opening time with no comma
("On Monday the senator said"); a pronoun opening a joined sentence ("Yet she watches ..."); a pronoun after "who"
(never the person the clause describes), after a place named after "in", or after hearers written "Sens. X and Y";
"the group" after a body introduced as a group nearer than the one last quoted, and a modified description
("the terrorist group") that a body introduced with other words ("a monitoring group") cannot be.
Every sentence and name is written for the tests."""

from attribution.extraction import extract

from .helpers import found

HEAD = "A headline for the story\n\n"


def speakers(text):
    return [speaker for _kind, _quote, speaker in found(HEAD + text)]


def test_a_titled_name_from_a_place_before_a_definite_apposition_speaks():
    assert speakers('Senator Nell Ashby of Ohio, the majority leader, has branded it "a tax on the harbour."') == ["Nell Ashby"]
    assert set(speakers('Representative Corin Vale of Texas, the sponsor of the amendments, said the toll was "a fair price."')) == {"Corin Vale"}


def test_an_opening_time_without_a_comma_is_no_part_of_the_speaker():
    text = "Senator Corin Vale spoke on Friday. On Monday the senator said the ferry would run again."
    assert [(e.speaker.name, e.speaker_mention) for e in extract(HEAD + text)] == [
        ("Corin Vale", "the senator")]
    assert speakers("Senator Corin Vale spoke on Friday. In 2015 the senator said the ferry would run again.") == ["Corin Vale"]


def test_a_pronoun_after_yet_is_the_whole_subject_not_a_party_word_later_in_the_clause():
    assert "Republican" not in speakers('Yet she watches Mr. Ormond charm young Republican crowds with "a new deal for the mills."')


def test_a_pronoun_opening_a_who_clause_is_not_the_person_the_clause_describes():
    assert speakers("Tom Ashby met Bram Vell, who he said had lied about the bridge. He said the repairs would take years.") == [
        "Tom Ashby", "Tom Ashby"]


def test_a_pronoun_in_a_sentence_about_a_place_named_after_in_is_the_person_not_the_place():
    text = ('Attorney General Omar Reyes toured the city. At a college in Maple Hollow on Tuesday, the attorney general met '
            'several students in what he described as "a chance to listen to young people."')
    assert set(speakers(text)) == {"Omar Reyes"}


def test_hearers_after_a_plural_title_are_weaker_antecedents_than_the_subject_of_told():
    text = ('Prime Minister Omar Reyes told Sens. Tom Ashby, of Ohio, and Ann Vale, of Utah, that he regrets the dispute. '
            '"I can assure you that my aim is peace," he told the senators in a letter.')
    assert speakers(text) == ["Omar Reyes"]


def test_the_group_is_the_body_introduced_as_a_group_after_the_one_last_quoted():
    text = ('The Harbor League said it would sue the port. Later the Coast Watch, a monitoring group based in Lyon, released '
            'a report on the port. The group said the port was "unsafe."')
    assert speakers(text) == ["Harbor League", "Coast Watch", "Coast Watch"]
    assert set(speakers('Tom Ashby now helps lead a program called Sandy Hill Pledge. The group said the plan was "a start."')) == {
        "Sandy Hill Pledge"}


def test_a_modified_description_is_no_body_introduced_with_other_words():
    text = ('The Harbor Front said the strike was revenge. The Coast Watch, a monitoring group, said there were heavy losses. '
            'The terrorist group said the strike was "revenge."')
    assert "Coast Watch" not in speakers(text)[2:]


def test_the_actress_is_the_one_last_introduced_as_an_actress_from_somewhere():
    text = 'The actress Cora Dane spoke first. Nell Ashby, an actress from Leeds, joined her. The actress said the set was "a nightmare."'
    assert set(speakers(text)) == {"Nell Ashby"}
