"""Round 15 (basil), quotations and speakers BASIL's dev half showed missed or wrong, each a general construction:
a role someone is about to take written before the name ("House Speaker-to-be Ann Lee", "Representative-elect");
a party tag joined by "and" to a role ("Tom Vell, Democrat of Ohio and the sponsor of the bill, said"); a party's
member counted after an inverted cue ('"...," said one Democrat who ...'); the account someone posts through
("Lee's account tweeted: ..."; "her Twitter account": the platform owns nothing); a statement introduced by
"provides the following commentary:" over the paragraphs after it; what someone "called the 'X' of Y" (the
caller's words, not Y's); a surname that is also an adverb right after a quotation ('"...," Long said'); a second
who-clause after a first ("one aide who briefed her, who asked not to be named"); "he" opening a sentence after one
that introduced a person by full name and no one else ("Then there was Sen. X's response. He ..."); "Cedar Valley",
a place.
Every sentence and name is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def speakers(text):
    return [speaker for _kind, _quote, speaker in found(HEAD + text)]


def test_a_role_to_come_written_before_the_name_is_no_part_of_it():
    text = ("Council Speaker-to-be Nancy Orlov met the board on Monday.\n\n"
            "Orlov, who is expected to take the chair after six years as deputy, plans to pass the budget.\n\n"
            '"We are asking the board to reopen the pools," she told reporters. "Why would it not do that?"')
    assert speakers(text) == ["Nancy Orlov"] * 3
    assert speakers('Representative-elect Nancy Orlov said the pools would "reopen soon."') == ["Nancy Orlov"] * 2


def test_a_party_tag_joined_to_a_role_leaves_the_name_before_them_speaking():
    assert speakers('"We must hold our officers to a high standard," Representative Tom Vell, Democrat of Ohio and the '
                    'author of the two amendments, said on Friday.') == ["Tom Vell"]
    assert speakers("Representative Tom Vell, Republican of Utah and chair of the ports panel, said the ferry would run.") == ["Tom Vell"]


def test_a_counted_party_member_after_an_inverted_cue_speaks():
    text = ('"There is a great deal of anger," said one Democrat who voted against the mayor, who asked not to be named. '
            '"I cannot believe this caucus refuses to change."')
    assert speakers(text) == ["one Democrat", "one Democrat"]
    assert speakers('"The vote was rushed," said another Republican.') == ["another Republican"]


def test_an_account_tweeting_is_its_owners_voice():
    text = ("Dana Holt spoke at the pier.\n\n"
            'The row began after Holt\u2019s account tweeted late Sunday: \u201cWe let the harbour master go because he misled '
            'the board. A pity.\u201d')
    assert speakers(text) == ["Dana Holt"]
    assert speakers('Ashby\u2019s Twitter account posted: "The ferry will run again."') == ["Ashby"]
    # the platform before an account owns nothing
    assert "Twitter" not in speakers('Dana Holt spoke at the pier.\n\nThe next day, her Twitter account posted: "Ride the new ferry."')


def test_provides_the_following_commentary_introduces_a_quotation_over_paragraphs():
    text = ("At the Harbour Ledger, a blog entry under the clip offers the following commentary about the hearing:\n\n"
            "\u201cExpect more of this. The council has failed the harbour town.\n\n"
            "Let us recap what we saw at the meeting. The clerk was asked a plain question.\n\n"
            "A long winter lies ahead. Act accordingly.\u201d\n\nThe council did not reply.")
    quotes = [quote for _kind, quote, speaker in found(HEAD + text) if speaker == "a blog entry under the clip"]
    assert quotes == ["Expect more of this. The council has failed the harbour town.",
                      "Let us recap what we saw at the meeting. The clerk was asked a plain question.",
                      "A long winter lies ahead. Act accordingly."]
    # "the following" gives words only when a noun of saying follows it
    assert found(HEAD + 'The plan offers the following benefits:\n\n"Lower fees" and better roads.') == []


def test_what_someone_called_the_words_of_another_are_the_callers():
    text = 'It was during a stop in Ohio that Mr. Holt described what he called the "fake science" of Mr. Ashby\u2019s agenda.'
    assert speakers(text) == ["Holt"]


def test_a_surname_that_is_an_adverb_after_a_quotation_speaks():
    text = ("On Monday, Senate leader Dave Long held a press conference.\n\n"
            "\u201cThe new rule does not harm anyone,\u201d Long said. \u201cNor will it ever.\u201d")
    assert speakers(text) == ["Dave Long", "Dave Long"]


def test_a_second_who_clause_describes_the_person_the_first_one_does():
    found_rows = found(HEAD + '"The vote was rushed," said one aide who briefed the mayor, who asked not to be named.')
    assert ("belief", "not to be named", "one aide") in found_rows
    assert all(speaker == "one aide" for _kind, _quote, speaker in found_rows)


def test_he_opening_a_sentence_is_the_person_the_sentence_before_introduced():
    text = ('House leader Tom Brack shared a similar view.\n\n"The mayor must stop stalling," he said.\n\n'
            'Then there was Ohio Sen. Dave Kettering\u2019s response. He bluntly accused the mayor of forcing "a pointless delay."')
    assert speakers(text) == ["Tom Brack", "Dave Kettering"]
    # not when the sentence before has a subject of its own, or names someone else too
    text = ('House leader Tom Brack shared a similar view.\n\n"The mayor must stop stalling," he said.\n\n'
            'Brack said that in a race between the mayor and Ohio Sen. Ann Kettering, he would back Kettering. '
            'He went on to call the mayor "the worst in the state."')
    assert speakers(text)[-1] == "Tom Brack"
    text = ('House leader Tom Brack shared a similar view.\n\n"The mayor must stop stalling," he said.\n\n'
            'The former ambassador also weighed the plans of the mayor and Senator Dave Kettering. He said that "both fall short."')
    assert speakers(text)[-1] == "Tom Brack"
    text = ('Gov. Dana Pike of Ohio said on Monday that she would seek a new bill.\n\nThe governor told The Ledger that she was '
            'surprised by the reaction to the Harbour Freedom Restoration Act, which she signed on Friday. She told the newspaper '
            'that she expected a bill this week.')
    assert "Restoration Act" not in " ".join(speakers(text))


def test_he_is_no_valley_a_college_campus_is_named_after():
    text = ('District Attorney Tom Brack said Monday that the town was "in pain."\n\nAhead of a town hall at Oak Ridge '
            'Community College\u2013Cedar Valley on Tuesday, the prosecutor sat with pupils of a nearby school in what he '
            'described as a \u201cchance to hear young people out.\u201d')
    assert set(speakers(text)) == {"Tom Brack"}


def test_two_asides_between_the_cue_and_that_leave_what_follows_reported():
    text = 'Holt said, after his speech, in a session with radio host Gary Frame, that "the mayor has courted groups that fought our aims."'
    assert found(HEAD + text) == [("partial", "the mayor has courted groups that fought our aims.", "Holt")]
    text = "Holt said, after his speech, in a session with the host, that the mayor had courted groups that fought our aims."
    assert found(HEAD + text) == [("indirect", "the mayor had courted groups that fought our aims", "Holt")]
