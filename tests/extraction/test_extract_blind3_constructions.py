"""Constructions found missing by the fourth blind set (tests/extraction/newswire_blind3), one
test each, with sentences of their own; and plain prose that must yield nothing."""

from attribution.extraction import extract

from .helpers import found, only


def test_it_reads_quotations_written_as_html_entities_and_returns_exact_spans():
    text = "The plan was dropped. &quot;We listened to residents and we changed course,&quot; Mayor Ida Brandt said."
    item = only(text)
    assert item.quote == "We listened to residents and we changed course,"
    assert text[item.start:item.end] == item.quote and item.speaker.name == "Ida Brandt"


def test_it_reads_curly_quotation_entities_and_keeps_other_entities_in_the_span():
    text = "Officials said the dam was &#8220;under constant watch&#8221; and the town&#8217;s sirens worked."
    items = {(e.kind, e.quote) for e in extract(text)}
    assert ("partial", "under constant watch") in items
    assert ("indirect", "the dam was &#8220;under constant watch&#8221; and the town&#8217;s sirens worked") in items


def test_it_reads_wire_copy_quotation_marks_made_of_grave_accents_and_apostrophes():
    text = "``The count is over and the voters have spoken,'' Councillor Ravi Mendes told supporters."
    item = only(text)
    assert (item.kind, item.quote, item.speaker.name) == ("direct", "The count is over and the voters have spoken,", "Ravi Mendes")


def test_it_keeps_a_rank_abbreviation_with_the_name_after_a_quotation():
    items = found('"The driver stopped and helped," Det. Sgt. Omar Lindahl said at a briefing.')
    assert items == [("direct", "The driver stopped and helped,", "Omar Lindahl")]


def test_it_looks_past_a_place_and_its_name_in_apposition_for_that():
    item = only("The minister told reporters in the northern port, Halvik, that ferries would resume on Friday.")
    assert (item.quote, item.speaker.name) == ("ferries would resume on Friday", "the minister")


def test_it_looks_past_a_place_after_the_audience_for_that():
    item = only("Union leader Tove Barr told reporters outside the depot that drivers would not return.")
    assert (item.quote, item.speaker.name) == ("drivers would not return", "Tove Barr")


def test_it_gives_a_participle_clause_to_a_sentence_subject_written_with_an_article():
    items = found("Tessa Moor said the roads were unsafe. The agency has rejected the claim, saying repairs began in May.")
    assert ("indirect", "repairs began in May", "the agency") in items


def test_it_keeps_the_pronoun_as_speaker_after_an_interview_with_an_outlet():
    text = "Health Minister Carla Voss visited the ward.\nIn an interview with the BBC, she said waiting lists would fall by June."
    item = only(text)
    assert (item.speaker.name, item.reported_by) == ("Carla Voss", "BBC")


def test_it_reads_a_second_clause_introduced_by_but_with_the_same_speaker():
    items = found("Dr. Lena Ostrova said the results were clear, but cautioned that the sample was small.")
    assert ("indirect", "the sample was small", "Lena Ostrova") in items


def test_it_reads_an_organisation_named_with_of_and_a_one_word_place():
    item = only("The Lifeboat Society of Kernow said three crews had been called out overnight.")
    assert item.speaker.name == "Lifeboat Society of Kernow" and item.speaker.kind == "organization"


def test_it_does_not_read_a_minister_of_a_place_as_an_organisation():
    item = only("The Minister of Fisheries said quotas would be cut.")
    assert item.speaker.kind != "organization"


def test_it_gives_a_clause_after_which_said_to_the_body_before_it():
    item = only("The survey was paid for by the Orland Valley Council, which said that it would publish the results.")
    assert (item.quote, item.speaker.name) == ("it would publish the results", "Orland Valley Council")


def test_it_resolves_the_company_to_a_name_introduced_by_what_it_does():
    text = "The shoe retailer Stepwell is closing 40 stores, the company said on Monday."
    item = only(text)
    assert item.speaker.name == "Stepwell"


def test_it_resolves_the_guild_to_the_guild_named_earlier_not_to_its_officer():
    text = ("The Guild of Harbour Pilots said its members would stop work at noon.\n"
            "Guild secretary Ana Ferro said talks had failed.\n"
            "A second stoppage is planned for next week, the guild said.")
    items = found(text)
    assert ("indirect", "A second stoppage is planned for next week", "Guild of Harbour Pilots") in items


def test_it_resolves_a_pronoun_to_a_quoted_person_whose_surname_opens_a_later_sentence():
    text = ('"Rents are the issue," Carmen Ruiz said.\n'
            '"We need more homes," Lotte Brand said.\n'
            'Ruiz, 52, has led the group since 2019. Asked about the vote, she said: "We will keep going until it passes."')
    items = found(text)
    assert ("direct", "We will keep going until it passes.", "Carmen Ruiz") in items


def test_it_finds_a_person_named_after_a_title_ending_in_and():
    text = ('"We are not done yet," a spokeswoman for the protesters said.\n'
            'Minister for Energy and Climate Nadia Holm met the protesters on Friday.\n'
            'In a speech later, she said the grid would be ready by 2030.')
    items = found(text)
    assert ("indirect", "the grid would be ready by 2030", "Nadia Holm") in items


def test_it_reads_an_outlet_quoting_a_person_in_apposition_as_saying_a_clause():
    text = 'The Dunmore Courier quoted one driver, Sam Keel, as saying the road was "a death trap".'
    items = found(text)
    assert ("indirect", 'the road was "a death trap"', "Sam Keel") in items
    assert ("partial", "a death trap", "Sam Keel") in items
    assert all(e.reported_by == "The Dunmore Courier" for e in extract(text))


def test_it_keeps_a_person_described_by_a_group_of_lower_case_words_as_the_speaker():
    item = only("Campaigner Rosa Lind of the charity FairRent said landlords had ignored the rules.")
    assert item.speaker.name == "Rosa Lind"


def test_it_takes_the_outlet_named_after_its_kind_as_the_relay():
    item = only("The mayor told the broadcaster NRK-3 that the bridge would reopen.")
    assert item.reported_by == "NRK-3"


def test_it_does_not_take_a_day_after_told_the_paper_for_an_outlet():
    item = only("The mayor told the paper Tuesday that the bridge would reopen.")
    assert item.reported_by != "Tuesday"


# ---------------------------------------------------------------- plain prose: nothing to attribute

def test_it_finds_nothing_in_the_said_property():
    assert found("The council sold the said property to a developer for half its value.") == []


def test_it_finds_nothing_in_all_told():
    assert found("All told, the repairs cost the town more than four million pounds.") == []


def test_it_finds_nothing_in_according_to_plan():
    assert found("The bridge reopened in March, and the work went according to plan.") == []


def test_it_finds_nothing_in_insurance_claims_as_a_noun():
    assert found("Insurance claims rose by a fifth last year as storms battered the coast.") == []


def test_it_finds_nothing_in_a_claims_department():
    assert found("The company claims department handled more than 9,000 files in the quarter.") == []


def test_it_finds_nothing_in_a_company_reporting_a_profit():
    assert found("The company reported a profit of 12 million dollars for the quarter.") == []


def test_it_finds_nothing_when_residents_were_told_to_act():
    assert found("Residents were told to boil water until further notice.") == []


def test_it_finds_nothing_in_a_story_told_about_a_farm():
    assert found("She told a story about her grandmother's farm and the long winters there.") == []
