"""Round 7 (issue 10, real news): "said", "says" and "told" in sentence shapes the extractor missed.
Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- a sentence-case title over a subtitle


def test_a_sentence_case_title_credits_its_claim_to_whoever_says_it():
    text = "Ortega says the levy will pass;\nThe council votes on Tuesday.\n\nThe vote is close."
    assert found(text) == [("indirect", "the levy will pass", "Ortega")]


def test_a_title_without_a_source_that_says_is_no_claim():
    text = "Bridge work goes on;\nThe council votes on Tuesday.\n\nThe vote is close."
    assert found(text) == []


def test_a_wire_title_without_a_subtitle_is_left_to_the_story():
    text = "Ortega says the levy will pass\n\nThe council votes on Tuesday, officials said."
    assert ("indirect", "the levy will pass", "Ortega") not in found(text)


# ---------------------------------------------------------------- a relative clause without "that"


def test_a_relative_clause_without_that_reports_what_its_speaker_said():
    assert found(HEAD + "Reporters asked about the audit, a review the state police said was ongoing as of this week.") == [
        ("indirect", "a review the state police said was ongoing as of this week", "the state police")]
    assert found(HEAD + "It is a shift Ortega said could push those voters toward the party this fall.") == [
        ("indirect", "a shift Ortega said could push those voters toward the party this fall", "Ortega")]


def test_a_verb_before_the_noun_keeps_it_from_reading_as_a_relative_clause():
    assert found(HEAD + "The storm destroyed a bridge officials said was built in 1920.") == []


# ---------------------------------------------------------------- a verb after a modal reports nothing


def test_a_verb_after_a_modal_leaves_the_clause_to_the_trailing_said():
    text = HEAD + "Mayor Tom Hill spoke on Monday.\n\nHe may add to his senior staff or change their roles, he said."
    assert ("indirect", "He may add to his senior staff or change their roles", "Tom Hill") in found(text)


def test_a_report_inside_the_clause_is_still_relayed_not_repeated():
    text = HEAD + "Mayor Tom Hill spoke on Monday.\n\nThe aides said the bridge would open in May, he said."
    assert found(text) == [("indirect", "the bridge would open in May", "the aides")]


# ---------------------------------------------------------------- no inverted speaker that is the verb's object


def test_an_aside_before_the_verb_leaves_the_subject_speaking():
    text = HEAD + "Sen. Ted Cruz spoke on Monday.\n\nCruz, as he has done before, opposed the measure."
    assert found(text) == [("belief", "the measure", "Ted Cruz")]


def test_a_phrase_not_known_as_a_source_after_a_comma_is_no_inverted_speaker():
    text = HEAD + "By contrast, many farmers, who were insured before the law, saw the program as a burden."
    assert all(speaker != "the program" for _kind, _quote, speaker in found(text))
    assert found(HEAD + "The bridge will reopen in May, said the mayor.") == [("indirect", "The bridge will reopen in May", "the mayor")]


# ---------------------------------------------------------------- who the people are, said inside the subject


def test_those_with_a_trait_speak_together():
    assert found(HEAD + "Those with college degrees said the economy was getting better.") == [
        ("indirect", "the economy was getting better", "Those with college degrees")]


def test_people_the_writer_spoke_with_speak_together():
    assert found(HEAD + "Several people I've spoken with over the past month said the mayor had advised the governor.") == [
        ("indirect", "the mayor had advised the governor", "Several people I've spoken with over the past month")]
    assert found(HEAD + "Groups he has worked with said the plan was a mistake.") == [
        ("indirect", "the plan was a mistake", "Groups he has worked with")]


def test_records_joined_by_and_are_one_source():
    assert found(HEAD + "Court and police records show that the man had been arrested twice.") == [
        ("indirect", "the man had been arrested twice", "Court and police records")]


def test_a_clause_before_and_keeps_its_own_subject():
    assert found(HEAD + "The firm paid its taxes and county records show that it owes nothing.") == [
        ("indirect", "it owes nothing", "county records")]


# ---------------------------------------------------------------- an inverted tag inside the clause it reports


def test_an_inverted_tag_between_subject_and_verb_reports_the_whole_clause():
    assert found(HEAD + "The real problem, said Ann Lee, a geologist at the state university, is the soil itself.") == [
        ("indirect", "The real problem, said Ann Lee, a geologist at the state university, is the soil itself", "Ann Lee")]
    assert found(HEAD + "And the mayor, said Ann Lee, who remains friendly with him, does not forgive or forget.") == [
        ("indirect", "And the mayor, said Ann Lee, who remains friendly with him, does not forgive or forget", "Ann Lee")]


def test_an_inverted_tag_after_a_whole_clause_reports_the_clause_before_it():
    assert found(HEAD + "The bridge will reopen in May, said Ann Lee, a city engineer.") == [
        ("indirect", "The bridge will reopen in May", "Ann Lee")]


# ---------------------------------------------------------------- the speaker's own people heard it


def test_the_speakers_own_people_are_who_heard_it_not_what_was_said():
    text = HEAD + "Mayor Tom Hill spoke on Monday.\n\n"
    assert found(text + "Mr. Hill told his aides the plan was dead.") == [("indirect", "the plan was dead", "Tom Hill")]
    assert found(text + "The plan is dead, Mr. Hill told his closest advisers as he left the hall.") == [
        ("indirect", "The plan is dead", "Tom Hill")]
    assert found(text + "The plan is dead, Mr. Hill told his supporters on Monday.") == [("indirect", "The plan is dead", "Tom Hill")]


def test_a_noun_after_the_people_keeps_them_in_the_phrase():
    text = HEAD + "Mayor Tom Hill spoke on Monday.\n\nMr. Hill told his staff members that the plan was dead."
    assert found(text) == [("indirect", "the plan was dead", "Tom Hill")]


# ---------------------------------------------------------------- a tag set off inside the clause after a name


def test_a_tag_after_a_name_and_before_the_verb_is_the_speaker():
    assert found(HEAD + "Mrs. Lee, the officials said, would be open to other measures.") == [
        ("indirect", "Mrs. Lee, the officials said, would be open to other measures", "the officials")]


def test_a_name_with_its_apposition_before_said_still_speaks():
    assert found(HEAD + "Ann Lee, the mayor, said the plan would be open to other measures.") == [
        ("indirect", "the plan would be open to other measures", "Ann Lee")]


# ---------------------------------------------------------------- a "who" clause before the trailing tag


def test_a_who_clause_at_the_end_of_the_clause_leaves_the_trailing_pronoun_speaking():
    text = HEAD + "Mayor Tom Hill spoke on Monday.\n\n"
    assert found(text + "The cut will hurt families who rely on the program, he said.") == [
        ("indirect", "The cut will hurt families who rely on the program", "Tom Hill")]
    assert found(text + "Those who now hold a library card, he said, must still renew it each year.") == [
        ("indirect", "Those who now hold a library card, he said, must still renew it each year", "Tom Hill")]


def test_a_who_clause_describing_the_speaker_still_names_the_speaker():
    assert found(HEAD + "A senior diplomat who spoke on condition of anonymity said the talks had failed.") == [
        ("indirect", "the talks had failed", "a senior diplomat")]


def test_a_relative_clause_whose_gap_is_the_object_reports_what_was_said():
    assert found(HEAD + "The leak may matter more than the small amount of data that investigators said they found on the server.") == [
        ("indirect", "that investigators said they found on the server", "investigators")]
    assert found(HEAD + "The dinner raised double what Bradley said she expected.") == [
        ("indirect", "what Bradley said she expected", "Bradley")]


def test_a_complement_clause_after_a_noun_is_no_relative_clause():
    assert ("indirect", "the bridge was unsafe", "officials") in found(HEAD + "He dismissed the claim that officials said the bridge was unsafe.")


# ---------------------------------------------------------------- one source set against another


def test_another_set_against_an_earlier_source_speaks_too():
    assert found(HEAD + "One survey says there are 2,400 farms, while another says there are about 1,800.") == [
        ("indirect", "there are 2,400 farms", "One survey"), ("indirect", "there are about 1,800", "another")]


def test_another_without_an_earlier_report_in_the_sentence_is_no_source():
    assert found(HEAD + "The county counted 2,400 farms, while another says there are about 1,800.") == []
