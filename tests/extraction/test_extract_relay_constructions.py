"""Relays through outlets known and unknown, and other constructions the third blind set
(tests/extraction/newswire_blind2) showed missing. Sentences are written for these tests."""

from attribution.extraction import extract
from attribution.extraction.outlets import known_outlet, outlet_name

from .helpers import only

HEAD = "Headline for the story\n\n"


def items(text):
    return extract(HEAD + text)


def test_it_names_unknown_broadcasters_by_call_sign_radio_lead_and_broadcasting_words():
    assert outlet_name("KXRT-TV") == "KXRT-TV" and outlet_name("the WQBM-FM") == "WQBM-FM"
    assert outlet_name("Radio Kestrel") == "Radio Kestrel"
    assert outlet_name("the Ostland Broadcasting Corporation") == "Ostland Broadcasting Corporation"
    assert outlet_name("KPMG") is None and outlet_name("WADA") is None and outlet_name("Radio") is None
    assert outlet_name("the Ostland Trading Corporation") is None


def test_it_reports_an_accentless_outlet_name_as_written():
    assert known_outlet("L'Equipe") == "L'Equipe"
    assert known_outlet("Le Monde") == "Le Monde"


def test_it_relays_through_an_unknown_station_in_an_interview_intro():
    item = only(HEAD + "In an interview with KLMV-TV on Sunday, the mayor, Odile Farrant, said the tunnel would reopen in May.")
    assert item.speaker.name == "Odile Farrant" and item.reported_by == "KLMV-TV"


def test_it_relays_through_speaking_to_an_outlet_at_the_start_of_a_sentence():
    item = only(HEAD + "Speaking to Radio Kestrel on Monday, Odile Farrant said the council had run out of money.")
    assert item.reported_by == "Radio Kestrel" and item.quote == "the council had run out of money"


def test_it_relays_through_a_speaking_to_parenthesis_and_keeps_the_subject_for_a_second_verb():
    found = items("Councillor Basil Oyelaran, speaking to Radio Kestrel, called the vote \"a farce\" and said the result would be challenged.")
    assert [(e.kind, e.speaker.name, e.reported_by) for e in found] == [
        ("partial", "Basil Oyelaran", "Radio Kestrel"), ("indirect", "Basil Oyelaran", "Radio Kestrel")]


def test_it_reads_according_to_a_report_in_an_outlet_with_a_relative_clause_after_it():
    item = only(HEAD + "Ferry fares will rise by a third next spring, according to a report in the Dunmore Advertiser, which cited internal figures.")
    assert item.speaker.name == "Dunmore Advertiser" and item.reported_by == "Dunmore Advertiser"
    assert item.quote == "Ferry fares will rise by a third next spring"


def test_it_makes_the_cited_source_the_speaker_when_an_outlet_cites_officials():
    item = only(HEAD + "The Halden Courier, citing three senior officials, reported that the bridge contract would be cancelled.")
    assert item.speaker.name == "three senior officials" and item.reported_by.endswith("Halden Courier")


def test_it_keeps_the_outlet_as_speaker_when_it_cites_figures():
    item = only(HEAD + "Exports fell 4 percent in May, the Halden Courier reported, citing customs figures.")
    assert item.speaker.name.endswith("Halden Courier") and item.reported_by.endswith("Halden Courier")


def test_it_takes_an_outlet_before_which_said_as_the_speaker():
    item = only(HEAD + "The deal was first reported by the Halden Courier, which said on Monday that talks had lasted a year.")
    assert item.speaker.name.endswith("Halden Courier") and item.quote == "talks had lasted a year"


def test_it_takes_an_outlet_after_a_conjunction_as_the_speaker():
    item = only(HEAD + "The row began after the Halden Courier first reported that the mayor had used a council car.")
    assert item.speaker.name.endswith("Halden Courier") and item.reported_by.endswith("Halden Courier")


def test_it_resolves_told_the_newspaper_to_the_outlet_just_named():
    found = items("The Halden Courier reported that the port would be sold.\n\n"
                  "\"Nobody has signed anything yet,\" a harbour official told the newspaper.")
    assert found[-1].kind == "direct" and found[-1].reported_by.endswith("Halden Courier")


def test_it_relays_a_document_seen_by_an_outlet_and_credits_the_documents_author():
    item = only(HEAD + "A letter sent to the board in March by a group of surgeons, seen by the Halden Courier, warned that the ward was unsafe.")
    assert item.speaker.name == "a group of surgeons" and item.reported_by.endswith("Halden Courier")


def test_it_relays_through_an_outlet_that_saw_a_briefing_note():
    item = only(HEAD + "In a briefing note to ministers, seen by the Ostland Broadcasting Corporation, officials warned that the dam needed repairs.")
    assert item.reported_by == "Ostland Broadcasting Corporation" and item.quote == "the dam needed repairs"


def test_it_reads_a_trailing_cue_followed_by_a_circumstance():
    item = only(HEAD + "The accused had hidden the money in a garden shed, prosecutors told jurors Monday as the trial began in Halden.")
    assert item.speaker.name == "prosecutors" and item.quote == "The accused had hidden the money in a garden shed"


def test_it_reads_a_trailing_cue_followed_by_a_participle_phrase():
    item = only(HEAD + "Brannock Foods will shut its bakery in Halden, the firm confirmed on Friday, ending 80 years of baking in the town.")
    assert item.quote == "Brannock Foods will shut its bakery in Halden"


def test_it_does_not_read_a_name_before_comma_said_as_reported_content():
    found = items("The inquiry's chair, Dr Lena Ostrova, said the failings at the clinic were not unusual.")
    assert [(e.quote, e.speaker.name) for e in found] == [("the failings at the clinic were not unusual", "Lena Ostrova")]


def test_it_reads_what_a_report_or_study_found():
    found = items("The audit said the budget was overspent. It also found that two contracts had never been tendered.")
    assert [e.quote for e in found] == ["the budget was overspent", "two contracts had never been tendered"]
    assert found[1].speaker.name == "The audit"


def test_it_does_not_read_what_people_found_as_a_report():
    assert items("Police found that the door had been forced.") == []
    assert items("Divers found the wreck two miles offshore, the coastguard said.")[0].quote == "Divers found the wreck two miles offshore"


def test_it_credits_the_statement_to_whoever_issued_it():
    found = items("The chief engineer, Tamsin Greco, said in a written statement that the crack was new. "
                  "The statement said earlier checks had found only rust.")
    assert [e.speaker.name for e in found] == ["Tamsin Greco", "Tamsin Greco"]


def test_it_reads_answers_in_a_question_and_answer_transcript():
    text = ("Minister Ruth Abernethy spoke to us about the strike.\n\n"
            "Q: Will you meet the union?\n\n"
            "Abernethy: Yes, this week. I have said so from the start.\n\n"
            "Q: And the pay offer?\n\n"
            "Abernethy: It stays on the table until Friday.\n\n"
            "Q: Thank you.")
    answers = [(e.kind, e.quote, e.speaker.name) for e in items(text)]
    assert answers == [("direct", "Yes, this week. I have said so from the start.", "Ruth Abernethy"),
                       ("direct", "It stays on the table until Friday.", "Ruth Abernethy")]


def test_it_does_not_read_labelled_lines_as_answers_outside_a_transcript():
    assert items("Update: the road has reopened.\n\nThe council said the repairs cost 2 million.")[0].quote == "the repairs cost 2 million"
    assert len(items("Update: the road has reopened.\n\nThe council said the repairs cost 2 million.")) == 1


def test_it_does_not_read_claimed_victory_as_a_claim():
    assert items("The Green Alliance claimed victory on Sunday in the regional election.") == []


def test_it_reads_a_clause_opening_with_about_half():
    assert only(HEAD + "Ivo Brandt said about half of his harvest was in storage.").quote == "about half of his harvest was in storage"


def test_it_does_not_take_a_modified_agency_for_the_news_agency_just_named():
    found = items("The Halden Courier reported that the lake was shrinking.\n\n"
                  "The national water agency said it would review the figures.")
    assert found[-1].speaker.name != "Halden Courier" and found[-1].reported_by is None
