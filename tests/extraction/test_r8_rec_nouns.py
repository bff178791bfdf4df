"""Round 8 (issue 10, real news): recall of relations whose cue is a text, a noun or punctuation rather than a
person's verb. Every sentence is written for the tests."""

from attribution.extraction import extract

from .helpers import found, only

HEAD = "A headline for the story\n\n"


def cues(text):
    return [e.cue for e in extract(text)]


# ---------------------------------------------------------------- a quoted text that "read" (past tense)


def test_the_statement_read_after_its_quotation_credits_the_statement():
    text = HEAD + "\u201cWe will keep the clinic open through the winter,\u201d the statement read."
    item = only(text)
    assert (item.speaker.name.lower(), item.cue) == ("the statement", "read")
    assert item.quote.startswith("We will keep the clinic open")


def test_a_sign_described_before_read_credits_the_sign():
    text = HEAD + "\u201cNo tolls on our bridge,\u201d one hand-lettered sign read."
    item = only(text)
    assert item.cue == "read" and "sign" in item.speaker.name and item.quote.startswith("No tolls on our bridge")


def test_someone_reading_a_letter_aloud_reports_nothing():
    text = HEAD + "She read the letter aloud to the board before the vote.\n\nThe letter was read twice by the clerk."
    assert found(text) == []


# ---------------------------------------------------------------- what a released document lays out, in a participle


def test_a_statement_contradicting_earlier_comments_is_the_campaigns():
    text = HEAD + "The Moss campaign put out a statement contradicting his earlier comments on the dam."
    item = only(text)
    assert (item.quote, item.speaker.name.lower()) == ("his earlier comments on the dam", "the moss campaign")


def test_an_ad_targeting_a_rival_is_the_groups_that_ran_it():
    text = HEAD + "A super PAC released a radio ad in Ohio targeting Senator Lee's record on grain subsidies."
    item = only(text)
    assert item.quote == "Senator Lee's record on grain subsidies" and item.speaker.name.lower() == "a super pac"


# ---------------------------------------------------------------- a noun of saying, its owner, and a copula or a colon


def test_the_owner_of_a_response_gives_the_clause_after_was_that():
    text = HEAD + "Ms. Varga's response was that the ferry fares had not risen in a decade."
    item = only(text)
    assert (item.quote, item.speaker.name, item.cue) == ("the ferry fares had not risen in a decade", "Varga", "response")


def test_a_company_s_message_after_a_colon_is_the_company_s():
    text = HEAD + "Holm Tools's message: Moving the plant to Poland is part of its plan to cut costs."
    item = only(text)
    assert item.quote == "Moving the plant to Poland is part of its plan to cut costs" and item.speaker.name == "Holm Tools"


def test_their_fear_is_that_is_a_belief_of_the_people_named_before():
    text = HEAD + "Dana Ruiz and Carl Ebbs say little in public. Their fear is that the mill will close before the spring."
    item = only(text, kind="belief")
    assert item.quote == "the mill will close before the spring" and item.speaker.name == "Dana Ruiz and Carl Ebbs"


def test_an_adjective_between_the_owner_and_the_noun_and_after_the_copula():
    text = HEAD + "Nils Dahl wants fewer trucks in town. His oft-repeated goal is simple: close the quarry road to heavy traffic."
    assert ("belief", "close the quarry road to heavy traffic", "Nils Dahl") in found(text)


def test_a_noun_of_saying_that_is_not_the_subject_gives_nothing():
    text = HEAD + "One of Ms. Varga's points was that the fares had not risen.\n\nThe problem is that the fares had not risen."
    assert found(text) == []


# ---------------------------------------------------------------- a relative clause of a document someone made public


def test_a_video_released_that_accuses_a_rival_is_the_releaser_s():
    text = HEAD + "Senator Ruth Ebbs has released a Web video that accuses Mayor Holt of hiding the audit."
    item = only(text)
    assert (item.quote, item.speaker.name) == ("Mayor Holt of hiding the audit", "Ruth Ebbs")


def test_an_ad_campaign_launched_that_attacked_a_record_is_the_groups():
    text = HEAD + "A pro-Ebbs PAC launched a radio and ad campaign that attacked Holt's record on roads."
    item = only(text)
    assert item.quote == "Holt's record on roads" and "PAC" in item.speaker.name


def test_a_released_report_whose_verb_reports_nothing_gives_nothing():
    text = HEAD + "Senator Ruth Ebbs released a report that runs to forty pages on the harbour."
    assert found(text) == []


# ---------------------------------------------------------------- an owner's plural noun of saying before "that" or "to"


def test_an_owner_s_plural_claims_that_report_the_clause():
    text = HEAD + "Despite Mr. Orr's claims that his farm earns $2 million a year, the county put it far lower."
    item = only(text)
    assert (item.quote, item.speaker.name, item.cue) == ("his farm earns $2 million a year", "Orr", "claims")


def test_warnings_of_a_named_body_are_its_own():
    text = HEAD + "Prices stayed flat, belying the Growers Council's warnings that they would soar by spring."
    item = only(text)
    assert item.quote == "they would soar by spring" and item.cue == "warnings" and "Growers Council" in item.speaker.name


def test_her_comments_that_are_the_person_named_before():
    text = HEAD + "Ann Vik spoke on Monday. There was anger after her comments that hikers should pay a fee to enter the park."
    item = only(text)
    assert (item.quote, item.speaker.name) == ("hikers should pay a fee to enter the park", "Ann Vik")


def test_promises_someone_must_deliver_on_are_no_report():
    text = HEAD + "The mayors met in Oslo. Will they ever act on their promises to plant a million trees?"
    assert found(text) == []


# ---------------------------------------------------------------- describing words between the owner and the noun


def test_describing_words_between_owner_and_noun_keep_the_owner():
    text = HEAD + "The audit ran counter to Mr. Orr's earlier statements that the silo had never leaked."
    item = only(text)
    assert (item.quote, item.speaker.name, item.cue) == ("the silo had never leaked", "Orr", "statements")


def test_a_relative_that_after_the_noun_reports_nothing():
    text = HEAD + "Voters in the valley said little about Mr. Orr's angry statements that angered the crowd at the fair."
    assert all(cue != "statements" for cue in cues(text))


# ---------------------------------------------------------------- a text that aims at someone


def test_an_ad_that_touts_a_record_is_the_ad_s():
    text = HEAD + "The PAC will spend $90,000 on television. The ad touts Mayor Holt's record on roads and bridges."
    item = only(text)
    assert (item.quote, item.speaker.name.lower(), item.cue) == ("Mayor Holt's record on roads and bridges", "the ad", "touts")


def test_a_petition_that_accuses_someone_of_something_is_the_petition_s():
    text = HEAD + "The petition accuses the water board of hiding the test results from residents."
    item = only(text)
    assert item.quote == "the water board of hiding the test results from residents" and item.speaker.name.lower() == "the petition"


def test_a_generic_thing_still_aims_at_nobody():
    text = HEAD + "The storm attacked the coast of Maine with high winds."
    assert found(text) == []


# ---------------------------------------------------------------- a noun of saying the subject gives, before a colon


def test_a_message_the_subject_sent_is_given_after_the_colon():
    text = HEAD + "The council's elders sent Mayor Holt an unmistakable message: He is hurting the town and must stop."
    item = only(text)
    assert (item.quote, item.speaker.name.lower(), item.cue) == ("He is hurting the town and must stop", "the council's elders", "message")


def test_questions_the_subject_has_are_given_after_the_colon():
    text = HEAD + "Auditors reviewing the port have two main questions: how the money left the account, and who signed for it."
    item = only(text)
    assert item.quote == "how the money left the account, and who signed for it" and item.cue == "questions"


def test_a_message_that_belongs_to_others_after_a_preposition_is_no_ones():
    text = HEAD + "The paper has given a platform to critics with a message: To make a point, write to the editor."
    text2 = HEAD + "One conclusion: It is a bad idea to hire people on a hunch."
    assert found(text) == [] and found(text2) == []


# ---------------------------------------------------------------- guards: another's report about the noun, a verb read as a noun


def test_a_named_owner_s_claims_that_another_dismisses_stay_inside_that_report():
    text = HEAD + "Mayor Ann Holt dismissed Tom Orr's accusations that the council had hidden the audit, saying the books were open."
    assert all(cue != "accusations" for cue in cues(text))


def test_a_plural_subject_and_a_verb_are_no_owner_and_describing_word():
    text = HEAD + "Ann Holt is running again, but her allies fear that more letters might come out."
    assert [(e.speaker.name, e.quote) for e in extract(text) if e.cue == "fear"] == [("her allies", "more letters might come out")]
