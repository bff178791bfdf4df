"""Round 10 (real news): reports with speech cues the extractor missed entirely. Every sentence is written for the tests."""

from attribution.extraction import extract

HEAD = "A headline for the story\n\n"


def found(text):
    return [(e.kind, e.quote, e.speaker.name if e.speaker else None, e.cue) for e in extract(text)]


def test_a_speaker_with_age_and_home_town_before_who_said_still_speaks():
    text = HEAD + ('"I have never missed a town meeting," said Rena Okafor, 52, from Dover, '
                   "who said the harbour fees are too high for small boats.")
    assert ("indirect", "the harbour fees are too high for small boats", "Rena Okafor", "said") in found(text)


def test_a_speaker_with_only_a_home_town_before_who_said_still_speaks():
    text = HEAD + '"We were never asked," said Rena Okafor, from Dover, who said the ferry plan was drawn up in secret.'
    assert ("indirect", "the ferry plan was drawn up in secret", "Rena Okafor", "said") in found(text)


def test_officials_between_who_and_say_are_the_source_of_the_relative_clause():
    text = HEAD + "The council fined a contractor who port officials say dumped waste in the bay."
    assert found(text) == [("indirect", "who port officials say dumped waste in the bay", "port officials", "say")]


def test_police_between_who_and_say_speak_not_the_man_described():
    text = HEAD + "Deputies arrested a man who police say started the barn fire."
    assert [(speaker, cue) for _, _, speaker, cue in found(text)] == [("police", "say")]



def test_a_clause_opening_with_about_and_a_written_share_is_what_was_predicted():
    text = HEAD + "Ferry chief Omar Reyes predicted about one-third of the harbour tolls will be paid online by June."
    assert found(text) == [("indirect", "about one-third of the harbour tolls will be paid online by June", "Omar Reyes", "predicted")]


def test_another_share_of_those_polled_who_say_speaks_like_the_first():
    text = HEAD + "The ferry plan won support from 40 percent of islanders and another 9 percent who say they might back it later."
    assert ("indirect", "they might back it later", "another 9 percent", "say") in found(text)


def test_a_present_verb_before_a_number_shows_the_clause_a_note_reports():
    text = HEAD + "For instance, the harbour board notes the city inspects 2,000 of its 9,000 moorings each year."
    assert found(text) == [("indirect", "the city inspects 2,000 of its 9,000 moorings each year", "the harbour board", "notes")]


def test_a_politicians_associates_are_a_source():
    text = HEAD + "Dana Holt\u2019s associates insist she is running again for the harbour seat."
    assert found(text) == [("indirect", "she is running again for the harbour seat", "Dana Holt\u2019s associates", "insist")]


def test_the_paper_after_a_white_paper_is_the_document_not_the_outlet():
    text = HEAD + ("The port authority is sending lawmakers a white paper on dredging, a copy of which was obtained by Politico. "
                   "For instance, the paper notes the authority dredges 40 of its 90 berths each year.")
    assert ("indirect", "the authority dredges 40 of its 90 berths each year", "the paper", "notes") in found(text)


def test_a_plural_subjects_present_verb_shows_the_clause_after_a_description():
    text = HEAD + "Omar Reyes coached the team for years. The rugby legend said voters misjudge the mayor."
    assert found(text) == [("indirect", "voters misjudge the mayor", "the rugby legend", "said")]


def test_a_whom_clause_inside_the_speakers_description_does_not_make_the_report_relative():
    text = HEAD + ("Omar Reyes, a Holt rival whom Lee fired as harbour master a few weeks ago, said on the radio, where he now hosts a show, "
                   "that the board should answer for the spill.")
    assert found(text) == [("indirect", "the board should answer for the spill", "Omar Reyes", "said")]


def test_a_whom_clause_between_commas_describes_the_speaker_before_it():
    text = HEAD + "Rena Okafor, whom voters elected in May, said the ferry plan was flawed."
    assert found(text) == [("indirect", "the ferry plan was flawed", "Rena Okafor", "said")]


def test_a_quoted_name_inside_the_source_of_according_to_keeps_the_source():
    text = HEAD + 'Mayor Lee has a ferry proposal. According to her "fair fares" plan, operators must refund any subsidy they received.'
    assert found(text) == [("indirect", "operators must refund any subsidy they received", 'her "fair fares" plan', "According to")]


def test_a_quoted_title_ending_the_source_of_according_to_keeps_the_clause_before():
    text = HEAD + 'In the 1990s, he bought a ferry from a bankrupt Maine company, according to his memoir "Rough Water."'
    assert found(text) == [("indirect", "In the 1990s, he bought a ferry from a bankrupt Maine company", "his memoir", "according to")]


def test_who_released_the_document_is_not_part_of_its_name():
    text = HEAD + 'The ferry plan would cost $40 million a year, according to the "Fair Fares" document she released.'
    assert [speaker for _, _, speaker, _ in found(text)] == ['the "Fair Fares" document']


def test_a_programme_named_in_quotes_after_told_is_no_partial_quotation():
    text = HEAD + '"The ferry is finished," Rena Okafor told "Harbour Watch Tonight," reminding viewers of the fares.'
    assert [kind for kind, *_ in found(text)] == ["direct"]


def test_a_programme_named_in_quotes_after_said_on_is_no_partial_quotation():
    text = HEAD + '"Tolls, tolls, tolls," Rena Okafor said on "The Late Show With Ann Lee" last month.'
    assert [(kind, quote) for kind, quote, *_ in found(text)] == [("direct", "Tolls, tolls, tolls,")]


def test_short_lines_after_names_in_a_list_are_no_transcript_answers():
    text = HEAD + ("Here is what each candidate needs on Tuesday.\n\nRena Okafor: Win the coast.\n\nThe mayor has the most money.\n\n"
                   "Omar Reyes: Finish second.\n\nHe has spent heavily on ads.\n\nDana Holt: Just hang on.\n\nShe trails in the north.")
    assert found(text) == []


def test_a_given_name_that_is_also_a_modal_names_the_speaker_after_said():
    text = HEAD + '"It is a costly way to run a port," said Will Okafor, a professor of shipping. "The biggest thing is fuel."'
    assert found(text) == [("direct", "It is a costly way to run a port,", "Will Okafor", "said"),
                           ("direct", "The biggest thing is fuel.", "Will Okafor", "said")]


def test_more_people_doing_something_opens_the_clause_said():
    text = "Ferry fares rise again; \nBut analyst says more island families leave the coast.\n\nThe board met on Monday.\n"
    assert found(text) == [("indirect", "more island families leave the coast", "analyst", "says")]


def test_a_longer_plural_subject_with_a_present_verb_shows_the_clause():
    text = HEAD + "Omar Reyes coached the team for years. The rugby legend said many young voters misjudge the mayor."
    assert found(text) == [("indirect", "many young voters misjudge the mayor", "the rugby legend", "said")]


def test_a_description_after_than_speaks_for_the_comparison():
    text = HEAD + "The levy would still raise more than the shipping trade says the small ports can bear in a bad year."
    assert found(text) == [("indirect", "the small ports can bear in a bad year", "the shipping trade", "says")]


def test_a_promise_with_a_finite_clause_reports_the_clause():
    text = HEAD + "Mayor Dana Holt spoke at the pier. Holt promised her entire ferry plan would be paid for by the port fees."
    assert found(text) == [("indirect", "her entire ferry plan would be paid for by the port fees", "Dana Holt", "promised")]


def test_a_plain_promise_after_a_noun_is_no_verb_with_a_clause():
    text = HEAD + "Mayor Dana Holt repeated her campaign promise when she formally named her deputy on Monday."
    assert all(cue != "promise" for *_, cue in found(text))


def test_a_description_after_comma_as_speaks_in_its_own_clause():
    text = HEAD + "The ferry board met in Dover, as several seated on it told reporters they were only leaning toward the plan."
    assert found(text) == [("indirect", "they were only leaning toward the plan", "several seated on it", "told reporters")]
