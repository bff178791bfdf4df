"""Round 16 (relay3): the outlet constructions both samples showed the chain missing. Sentences and names are invented."""

from attribution.extraction import extract


def reports(text):
    return extract("Harbour levy row deepens.\n\n" + text)


def reported_by_of(text, words):
    found = [e for e in reports(text) if words in e.quote]
    assert found, [e.quote for e in reports(text)]
    return found[0].reported_by


def test_words_said_in_a_report_in_an_outlet_are_relayed_through_it():
    assert reported_by_of('"This deal is about the port," Ms. Reyes said in a short report in the Dunmore Ledger.',
                          "This deal is about the port") == "Dunmore Ledger"


def test_a_subject_writing_in_an_article_published_in_an_outlet_is_relayed_through_it():
    text = "Ada Reyes, in a guest article published in the Dunmore Ledger, rebuked Tom Okafor for doubting the ferry plan."
    assert reported_by_of(text, "Okafor for doubting") == "Dunmore Ledger"


def test_an_interview_an_outlet_gave_is_heard_through_it_whatever_its_description():
    assert reported_by_of("Okafor said in a lengthy Fox News interview on Tuesday that she had never seen the memo.", "never seen the memo") == "Fox News"
    text = "In his first reply, during an ABC News interview, Mr. Okafor questioned why the council had not met in May."
    assert reported_by_of(text, "why the council") == "ABC News"
    # an aside that names no interview or article is no outlet's, whatever outlet it names
    text = "On Monday night, in an attempt to sway the next debate hosted by CNN, Okafor told a rally that he would skip it."
    assert reported_by_of(text, "he would skip it") is None


def test_according_to_an_interview_or_an_account_of_an_outlet_the_outlet_relays_the_words():
    found = [e for e in reports("The ferry would stop in May, according to an interview with the Dunmore Ledger back then.")]
    assert [(e.speaker_mention, e.reported_by) for e in found] == [("an interview with the Dunmore Ledger back then", "Dunmore Ledger")]
    assert reported_by_of("The ferry would stop in May, according to a CNN interview.", "The ferry") == "CNN"
    text = '"Delegates should vote as they see fit," Reyes said, according to an Associated Press account.'
    found = [e for e in reports(text) if "Delegates" in e.quote]
    assert (found[0].speaker.name, found[0].reported_by) == ("Reyes", "Associated Press")


def test_an_opening_broadcast_after_a_day_or_a_bracket_is_heard_through():
    text = 'Sunday on CNN\'s "Weekend Review," when asked about the levy, Mayor Ada Reyes said she expected voters to reject it.'
    assert reported_by_of(text, "she expected voters") == "CNN"
    text = "(In an interview with CBS News on Monday, Ada Reyes sought to explain the mayor's remark about the levy.)"
    assert reported_by_of(text, "to explain the mayor") == "CBS News"


def test_an_opening_interview_closed_by_a_dashed_aside_is_heard_through():
    text = ("In a previously unpublished interview with The Harbour Gazette - held last Monday at his farm in Dunmore - "
            "Tom Okafor continued to insist that he never saw the memo.")
    assert reported_by_of(text, "he never saw the memo") == "The Harbour Gazette"


def test_a_show_whose_title_holds_small_words_is_the_broadcasters():
    assert reported_by_of('"I would love that fight," Okafor said Sunday on NBC\'s Meet the Press.', "love that fight") == "NBC"


def test_a_subject_who_spoke_with_or_was_contacted_by_an_outlet_is_heard_through_it():
    text = "Current and former staff who spoke with The Harbour Gazette said the office had become a shell."
    assert reported_by_of(text, "become a shell") == "The Harbour Gazette"
    text = "Reyes's office, when contacted by Reuters, said the mayor could not recall the meeting."
    assert reported_by_of(text, "could not recall") == "Reuters"
    assert reported_by_of("Voters who talked with Reyes said the levy was unfair.", "the levy was unfair") is None


def test_a_verbs_own_on_before_a_broadcaster_and_that_says_where_it_was_said():
    found = [e for e in reports('Okafor insisted on CNN that "there was no deal on the levy."')]
    assert [(e.quote, e.reported_by) for e in found] == [("there was no deal on the levy.", "CNN")]


def test_a_hearer_groups_word_inside_an_outlets_name_is_the_outlet():
    assert reported_by_of('"The levy was fair," the city\'s spokesman, Tom Okafor, told Dunmore Radio.', "The levy was fair") == "Dunmore Radio"
    assert reported_by_of('"The levy was fair," Tom Okafor told state radio.', "The levy was fair") is None


def test_a_poll_an_outlet_conducted_is_its_own_and_relayed_through_nobody():
    text = "A snap survey conducted by the Dunmore Broadcasting Network found Okafor the winner of the debate with 40 percent."
    assert reported_by_of(text, "the winner of the debate") is None
    assert reported_by_of("The ferry would stop in May, according to a draft seen by Reuters.", "The ferry") == "Reuters"
