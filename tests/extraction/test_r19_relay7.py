"""Round 19 (relay7): outlets the chain missed on the fifth fresh sample. Sentences and names are invented."""

from attribution.extraction import extract

from .test_r16_relay3 import reported_by_of, reports  # noqa: F401  (one helper for the outlet-chain tests)


def test_a_report_dated_by_its_day_speaks_for_the_station_whose_call_letters_it_names():
    text = "The mayor will open the ferry terminal next month, according to a report Tuesday from WKXT, the NBC affiliate in Dover."
    found = [e for e in reports(text) if "open the ferry terminal" in e.quote]
    assert found and found[0].reported_by == "WKXT" and found[0].speaker.name == "WKXT"
    assert reported_by_of("The mayor will open the ferry terminal next month, according to a story Friday in the Dover Ledger.",
                          "open the ferry terminal") == "Dover Ledger"


def test_a_report_from_an_official_names_no_outlet_however_it_is_dated():
    assert reported_by_of("The mayor will open the ferry terminal next month, according to a report Tuesday from the state auditor.",
                          "open the ferry terminal") is None


def test_a_news_site_named_by_its_address_is_the_website_told_a_sentence_later():
    text = ('Friends in Lisbon were stunned by the news, according to Quaynews.com. "She had so many plans," '
            "her cousin Rui Matos told the website.")
    assert reported_by_of(text, "stunned by the news") == "Quaynews.com"
    assert reported_by_of(text, "She had so many plans") == "Quaynews.com"


def test_a_shop_named_by_its_address_that_speaks_for_nobody_relays_nothing():
    assert reported_by_of("Shops such as Marketly.com ship parcels across the state, the report said.", "ship parcels") is None


def test_speaking_to_an_outlet_after_a_tag_relays_the_words_through_it():
    assert reported_by_of('"We will carry the river towns," added her campaign chief Lou Park, speaking to CNN after the rally ended.',
                          "We will carry the river towns") == "CNN"
    assert reported_by_of('"We will carry the river towns," Lou Park said, appearing on MSNBC\'s evening show.',
                          "We will carry the river towns") == "MSNBC"


def test_speaking_to_reporters_after_a_tag_names_no_outlet_whatever_follows():
    assert reported_by_of('"We will carry the river towns," Lou Park said, speaking to reporters after meeting Reuters editors.',
                          "We will carry the river towns") is None


def test_an_outlet_named_after_an_inverted_tag_s_speaker_relays_the_quotation():
    assert reported_by_of('"The budget betrays every teacher in the county," wrote Tom Hale in The Guardian.',
                          "The budget betrays every teacher") == "The Guardian"
    assert reported_by_of('"We will carry the river towns," said Lou Park on CNN.', "We will carry the river towns") == "CNN"


def test_a_place_or_a_job_after_an_inverted_tag_s_speaker_names_no_outlet():
    assert reported_by_of('"We will carry the river towns," said Lou Park in Dover.', "We will carry the river towns") is None
    assert reported_by_of('"We will carry the river towns," said Lou Park, a CNN contributor.', "We will carry the river towns") is None


def test_american_outlets_the_list_lacked_relay_what_was_said_to_them():
    assert reported_by_of('"The levy will not pass," Ms. Reyes said in an interview with Univision on Friday.', "The levy will not pass") == "Univision"
    assert reported_by_of('"The levy will not pass," Ms. Reyes told Newsmax.', "The levy will not pass") == "Newsmax"
    assert reported_by_of('"The levy will not pass," Ms. Reyes wrote in National Review on Tuesday.', "The levy will not pass") == "National Review"


def test_fox_business_is_not_fox_news():
    assert reported_by_of('"The levy will not pass," Ms. Reyes said in an interview with Fox Business Network\'s morning host.',
                          "The levy will not pass") == "Fox Business"


def test_a_show_aired_on_a_cable_channel_relays_what_was_said_on_it():
    assert reported_by_of("Reyes said that the levy story has moved on Friday's broadcast of HBO's \"Late Desk.\"",
                          "the levy story has moved") == "HBO"


def test_an_outlet_s_desk_reporting_relays_the_report_through_the_outlet():
    assert reported_by_of("As the Harbor Ledger's investigative unit reported just today, the auditor issued subpoenas to the charity.",
                          "the auditor issued subpoenas") == "Harbor Ledger"


def test_an_outlet_s_journalist_named_speaks_for_no_outlet_as_an_employer_does_not():
    assert reported_by_of("As NBC's Ann Lee reported on Monday, the auditor issued subpoenas to the charity.", "the auditor issued subpoenas") is None
    assert reported_by_of("NBC's Ann Lee said the auditor issued subpoenas to the charity.", "the auditor issued subpoenas") is None
    assert reported_by_of("Reyes's aide Ann Lee reported that the auditor issued subpoenas to the charity.", "the auditor issued subpoenas") is None


def test_words_written_in_a_document_an_outlet_brought_out_are_relayed_through_it():
    assert reported_by_of('"The board was misled about the harbour budget," Ash wrote in a memo, which was first reported by Bloomberg News.',
                          "The board was misled") == "Bloomberg"
    assert reported_by_of("Ash wrote in an email, first reported by Reuters, that the board was misled about the harbour budget.",
                          "the board was misled") == "Reuters"


def test_a_document_signed_by_someone_is_relayed_by_no_outlet():
    assert reported_by_of("Ash wrote in the letter, which was signed by the mayor, that the board was misled about the harbour budget.",
                          "the board was misled") is None


def test_an_interview_aside_after_while_relays_the_subject_s_words():
    assert reported_by_of("Reyes, while being interviewed on CNN, said the governor should resign over the flood.",
                          "the governor should resign") == "CNN"
    assert reported_by_of("Reyes, when speaking to Reuters, said the governor should resign over the flood.",
                          "the governor should resign") == "Reuters"


def test_a_visit_aside_after_while_relays_nothing():
    assert reported_by_of("Reyes, while visiting CNN, said the governor should resign over the flood.", "the governor should resign") is None


def test_appearing_with_an_outlet_s_host_relays_the_participle_hung_on_the_clause():
    text = 'On Friday, Reyes appeared with MSNBC\'s Ann Lee and endorsed Holt, saying, "A builder in the lead is what this county needs."'
    assert reported_by_of(text, "A builder in the lead") == "MSNBC"


def test_meeting_with_an_outlet_s_owners_relays_nothing():
    text = 'On Friday, Reyes met with CNN\'s owners and endorsed Holt, saying, "A builder in the lead is what this county needs."'
    assert reported_by_of(text, "A builder in the lead") is None


def test_an_interview_opening_the_sentence_under_the_outlet_s_short_name_is_relayed_through_it():
    text = ("Jane Reyes gave an interview to The Harbor Post on Monday.\n\n"
            "In the Post interview, Jane Reyes made it clear that the ferry crews will not simply fall in line.")
    assert reported_by_of(text, "the ferry crews will not simply fall in line") == "Harbor Post"


def test_a_short_name_no_outlet_of_the_article_ends_with_relays_nothing():
    text = ("Jane Reyes spoke on Monday.\n\n"
            "In the Post interview, Jane Reyes made it clear that the ferry crews will not simply fall in line.")
    assert reported_by_of(text, "the ferry crews will not simply fall in line") is None


def test_a_news_agency_heading_the_headline_relays_the_story_under_it():
    text = ("AP: Harbour chief routed port money to lobbyists.\n\n"
            "The harbour chief helped a shipping firm route money to two lobbying firms, people with knowledge of the payments said.\n\n"
            "Tom Gates said the work was lawful.")
    found = {e.quote: e.reported_by for e in extract(text)}  # (the headline opens the article: no helper's headline before it)
    assert found["the work was lawful"] == "AP"


def test_a_paper_or_a_person_heading_the_headline_relays_nothing_below_it():
    for head in ("NY Post", "Reyes"):
        text = f"{head}: Harbour chief is no different from a pirate.\n\nTom Gates said the work was lawful."
        assert {e.quote: e.reported_by for e in extract(text)}["the work was lawful"] is None


def test_an_interview_a_named_relative_gave_to_an_outlet_is_heard_through_the_outlet():
    assert reported_by_of("Lee had never wanted the job, according to an interview his brother Tom Osman gave to the Harbor Ledger.",
                          "Lee had never wanted the job") == "Harbor Ledger"


def test_writing_for_or_at_an_outlet_relays_the_writer_s_words_through_it():
    assert reported_by_of("Tom Hale, writing for the Harbor Ledger, said the segment turned into a shouting match over the fares.",
                          "the segment turned into a shouting match") == "Harbor Ledger"
    text = 'From Tom Hale writing at Mediaite:\n\n"A segment tonight on the ferry levy turned into a shouting match over the fares."'
    assert reported_by_of(text, "A segment tonight on the ferry levy") == "Mediaite"


def test_writing_for_an_hour_relays_nothing():
    assert reported_by_of("Tom Hale, writing for an hour, said the segment turned into a shouting match over the fares.",
                          "the segment turned into a shouting match") is None


def test_an_outlet_with_a_one_word_name_finds_things_out_as_a_longer_named_one_does():
    found = [e for e in reports("Mediaite did the math on the coin tosses, and found that the chance of six straight wins was 1 in 64.")
             if "the chance of six straight wins" in e.quote]
    assert found and found[0].speaker.name == "Mediaite"
