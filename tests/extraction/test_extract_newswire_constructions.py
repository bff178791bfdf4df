"""Constructions common in wire, local, court, sport and science copy, one test each."""

from attribution.extraction import extract

from .helpers import only


def speakers(text):
    return [(e.kind, e.speaker.name) for e in extract(text)]


def test_it_reads_a_lower_case_role_after_a_name_as_an_apposition():
    item = only("Nora Quill, head of research at the Brightwater Institute, said rents would keep rising.")
    assert (item.speaker.name, item.speaker.kind) == ("Nora Quill", "person")
    assert item.speaker.role == "head of research at the Brightwater Institute"


def test_it_keeps_a_role_written_before_a_name_in_apposition():
    item = only("The chair of the ports authority, Owen Falk, said the dredging would start in May.")
    assert item.speaker.name == "Owen Falk" and "chair of the ports authority" in item.speaker.role


def test_it_finds_the_subject_before_a_participle_phrase():
    item = only("Three engineers, speaking on condition of anonymity since they lacked clearance to talk, said the dam had cracked.")
    assert (item.quote, item.speaker.name) == ("the dam had cracked", "Three engineers")


def test_it_finds_the_subject_before_a_restrictive_who_clause():
    item = only("A fire officer who attended the scene said the blaze had started in a kitchen.")
    assert item.speaker.name == "a fire officer" and item.quote == "the blaze had started in a kitchen"


def test_it_does_not_take_a_clause_after_comma_and_verb_for_an_inverted_speaker():
    items = extract("In a radio interview, the Transport Secretary, Ian Moss, insisted the line would open on time.")
    assert [(e.kind, e.quote, e.speaker.name) for e in items] == [("indirect", "the line would open on time", "Ian Moss")]


def test_it_reads_a_clause_after_a_newly_listed_cue_verb():
    assert speakers("Dr. Ada Finch cautioned that the sample was small.") == [("indirect", "Ada Finch")]


def test_it_takes_a_bare_clause_after_admitted_only_when_it_has_a_verb():
    assert only("The driver admitted he had been using his phone.").quote == "he had been using his phone"
    assert extract("The driver admitted three counts of careless driving.") == []


def test_it_attributes_a_quoted_fragment_after_accused():
    item = only("The opposition leader, Clara Voss, accused the mayor of “gambling with public money”.")
    assert (item.kind, item.quote, item.speaker.name) == ("partial", "gambling with public money", "Clara Voss")


def test_it_does_not_read_a_gerund_after_a_preposition_as_a_cue():
    assert extract("A new law will stop landlords from claiming deposits without proof of damage.") == []


def test_it_skips_an_aside_adverb_between_cue_and_clause():
    assert only("The mayor said, however, that the bridge would stay closed.").quote == "the bridge would stay closed"


def test_it_reads_a_clause_around_a_parenthetical_cue():
    text = "Ruth Abel spoke to residents on Monday.\n\nThe new road, she said, would cut journeys by half.\n"
    item = only(text)
    assert item.quote == "The new road, she said, would cut journeys by half" and item.speaker.name == "Ruth Abel"


def test_it_reads_a_clause_after_an_adverb_and_a_parenthetical_cue():
    text = 'Ruth Abel spoke to residents on Monday.\n\nStill, she added, the bypass was worth waiting for.\n'
    assert only(text).quote == "the bypass was worth waiting for"


def test_it_resolves_a_title_description_to_the_titled_person():
    text = "Gov. Lena Park signed the budget on Friday.\n\nThe governor said the deficit would close by 2027.\n"
    assert only(text).speaker.name == "Lena Park"


def test_it_resolves_an_age_description_to_the_latest_person_quoted():
    text = 'Tariq Noor admitted he had doubted himself.\n\n"I almost quit in March," the 19-year-old said.\n'
    assert [e.speaker.name for e in extract(text)] == ["Tariq Noor", "Tariq Noor"]


def test_it_resolves_she_to_a_woman_rather_than_the_latest_male_speaker():
    text = (
        "Margaret Lowe chaired the inquiry. Councillor Peter Hale said the report was late.\n\n"
        '"We will publish everything," she said.\n'
    )
    assert extract(text)[-1].speaker.name == "Margaret Lowe"


def test_it_resolves_he_to_a_person_who_opened_a_sentence_without_speaking():
    text = (
        "Coach Brian Shaw said the team had trained well.\n\n"
        'Rival coach Owen Grady was less happy. "We gave away two soft goals," he said.\n'
    )
    assert extract(text)[-1].speaker.name == "Owen Grady"


def test_it_keeps_the_latest_speaker_for_he_when_no_one_else_opened_a_sentence():
    text = 'Owen Grady said the pitch was poor.\n\nThe match was delayed by rain. "We could not pass the ball," he said.\n'
    assert extract(text)[-1].speaker.name == "Owen Grady"


def test_it_relays_later_quotes_of_a_paragraph_through_the_outlet_of_its_interview():
    text = 'In an interview with CNN, Senator Lou Hart insisted the vote would pass. "We have the numbers," he said.\n'
    items = extract(text)
    assert [(e.speaker.name, e.reported_by) for e in items] == [("Lou Hart", "CNN"), ("Lou Hart", "CNN")]


def test_it_reads_a_source_polled_by_an_outlet_as_heard_through_it():
    item = only("Prices will rise again in the spring, according to economists polled by Reuters.")
    assert item.speaker.name == "economists" and item.reported_by == "Reuters"


def test_it_credits_figures_published_by_an_organisation_to_it():
    item = only("According to figures published by the Land Registry on Monday, house prices fell by 2%.")
    assert item.speaker.name == "Land Registry" and item.speaker.kind == "organization"


def test_it_reads_a_named_person_from_a_place():
    item = only("Edna Roe from Hull said the bus had not come for a week.")
    assert (item.speaker.name, item.speaker.affiliation) == ("Edna Roe", "Hull")


def test_it_does_not_take_a_capitalised_headline_adjective_for_a_document_owner():
    text = (
        "Leaked report shows delays at port\n\n"
        "The backlog could last until June, according to an internal report seen by the BBC.\n"
    )
    item = only(text)
    assert item.speaker.name == "an internal report" and item.reported_by == "BBC"


def test_it_gives_a_quote_an_outlet_cites_from_a_document_to_the_document():
    text = (
        "The plan was set out in a memo obtained by the Financial Times.\n\n"
        'The memo said the firm would cut "up to a third" of its branches.\n\n'
        'The newspaper quoted a passage from the document, including: "Branches that lose money will close."\n'
    )
    last = extract(text)[-1]
    assert last.quote == "Branches that lose money will close."
    assert last.speaker.name.lower().endswith("memo") and last.reported_by == "Financial Times"


def test_it_gives_a_quote_an_outlet_attributes_as_saying_to_that_source():
    item = only('The Associated Press quoted a senior diplomat as saying: "The talks are over."')
    assert item.speaker.name == "a senior diplomat" and item.reported_by == "Associated Press"


def test_it_links_a_bare_plural_to_the_fuller_source_just_quoted():
    text = "Officials from the water board said supplies were safe. Officials also said the leak had been fixed.\n"
    assert [e.speaker.name for e in extract(text)] == ["Officials from the water board"] * 2
