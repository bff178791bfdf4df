"""Constructions met in real US political reporting (issue 10), one per test, each in sentences
written for the tests: quotation styles, cue frames beyond "said", evidence and belief cues,
subject boundaries and speakers named again."""

from attribution.extraction import extract

from .helpers import found, only


def test_it_reads_quotations_printed_with_two_apostrophes_on_both_sides():
    text = "''The levee will hold,'' said Marta Quill, the county engineer. ''We rebuilt it twice.''"
    items = extract(text)
    assert [(e.kind, e.quote, e.speaker.name) for e in items] == [
        ("direct", "The levee will hold,", "Marta Quill"), ("direct", "We rebuilt it twice.", "Marta Quill")]


def test_it_keeps_a_nested_quotation_closed_by_three_apostrophes_inside_the_outer_one():
    text = "''Nobody here believes 'we will fix it later,''' said Omar Ridley, a farmer."
    item = only(text)
    assert (item.quote, item.speaker.name) == ("Nobody here believes 'we will fix it later,'", "Omar Ridley")
    assert text[item.start:item.end] == item.quote


def test_it_reads_a_speaker_after_said_that_opens_in_lower_case():
    item = only('"The county ran out of ballots," said former election judge Wendell Marsh.')
    assert (item.speaker.name, item.speaker.role) == ("Wendell Marsh", "former election judge")


def test_it_takes_the_name_given_in_apposition_to_a_description_after_said():
    item = only('"Nobody asked us," said another shop owner, Priya Venkataraman.')
    assert item.speaker.name == "Priya Venkataraman"


def test_it_finds_the_name_before_an_age_a_role_and_a_place_between_commas():
    item = only('"The mill paid our mortgage," Hollis Grady, 71, a retired welder in Scranton, Pa., said on Sunday.')
    assert item.speaker.name == "Hollis Grady"


def test_a_name_and_its_apposition_opening_the_sentence_are_the_subject_not_the_report():
    item = only("Dana Holt, the mayor, said the bypass works.")
    assert (item.quote, item.speaker.name) == ("the bypass works", "Dana Holt")


def test_a_question_mark_does_not_cut_a_long_tag_off_its_quotation():
    item = only('"Who approved this?" Holt said of the parking plan on Monday, when the council met again.')
    assert (item.quote, item.speaker.name) == ("Who approved this?", "Holt")


def test_a_surname_that_is_also_a_title_stays_a_surname_after_mr():
    item = only('"It is a risky bet," Mr. Prince said.')
    assert item.speaker.name == "Prince"


# ---------------------------------------------------------------- beliefs and intentions


def test_it_extracts_a_belief_as_its_own_kind():
    item = only("Councillor Maya Ortiz believes the depot will never reopen.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the depot will never reopen", "Maya Ortiz", "believes")


def test_it_extracts_an_intention_given_as_an_infinitive():
    item = only("Governor Ellis Bane wants to sell the state's share of the toll road.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "to sell the state's share of the toll road", "Ellis Bane")


def test_it_extracts_what_a_person_supports_or_opposes():
    items = extract("Senator Lionel Crane opposes the pipeline extension.\n\nSenator Ruth Abara supports the new levy on ferries.")
    assert [(e.kind, e.quote, e.speaker.name) for e in items] == [
        ("belief", "the pipeline extension", "Lionel Crane"), ("belief", "the new levy on ferries", "Ruth Abara")]


def test_it_reads_what_a_speaker_urges_or_calls_for_as_an_intention():
    items = extract("Mayor Tom Ibsen urged residents to boil their water.\n\nThe union called for an independent review of the contract.")
    assert [(e.kind, e.quote, e.cue) for e in items] == [
        ("belief", "residents to boil their water", "urged"), ("belief", "an independent review of the contract", "called for")]


def test_a_vow_that_takes_a_clause_stays_speech_but_one_that_takes_an_infinitive_is_an_intention():
    items = extract("Pia Lund vowed to appeal the ruling.\n\nPia Lund vowed that the ruling would not stand.")
    assert [(e.kind, e.quote) for e in items] == [("belief", "to appeal the ruling"), ("indirect", "the ruling would not stand")]


def test_things_neither_believe_nor_want():
    assert extract("The bill supports small farms.\n\nStocks fell amid fears of a slowdown.\n\nThe party's plans to expand were shelved.") == []


def test_a_belief_inside_what_someone_said_belongs_to_that_report():
    items = extract("Councillor Ann Vos said she believes the depot will close, and said the vote was rushed.")
    assert [(e.kind, e.quote, e.speaker.name) for e in items] == [
        ("indirect", "she believes the depot will close", "Ann Vos"), ("indirect", "the vote was rushed", "Ann Vos")]


def test_a_plain_noun_phrase_after_a_speech_verb_is_not_a_report():
    assert extract("The port authority reiterated its promise to reopen the bridge by May.") == []
    assert extract("Mayor Dan Okoro defended the budget on Tuesday.") == []


# ---------------------------------------------------------------- evidence


def test_it_extracts_what_a_poll_shows_with_the_poll_as_the_source():
    item = only("A new Marist poll shows the senator trailing by six points in the suburbs.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == (
        "indirect", "the senator trailing by six points in the suburbs", "a new Marist poll", "shows")


def test_it_extracts_what_a_study_found():
    item = only("The study found that commuters in the region lose nine days a year to traffic.")
    assert (item.quote, item.cue) == ("commuters in the region lose nine days a year to traffic", "found")


def test_a_person_who_shows_or_finds_something_reports_nothing():
    assert extract("The detective found the car behind the mill.\n\nThe mayor showed reporters the flooded cellar.") == []


# ---------------------------------------------------------------- subjects and fragments


def test_a_party_tag_in_brackets_does_not_hide_the_speaker():
    item = only('"We counted every ballot," Sen. Dora Quint (R-Ohio) said on Sunday.')
    assert item.speaker.name == "Dora Quint"


def test_an_aside_between_subject_and_cue_is_skipped():
    items = extract("Mayor Ivo Brandt, however, said the depot would stay open.\n\nJudge Ana Pell, in her dissent, said the law was vague.")
    assert [(e.quote, e.speaker.name) for e in items] == [
        ("the depot would stay open", "Ivo Brandt"), ("the law was vague", "Ana Pell")]


def test_a_long_description_in_apposition_is_the_speakers_role_not_the_report():
    item = only("Rita Gomes, a senior analyst in the Lisbon office of Porto Ridge Capital, said the ''old model'' is failing.", kind="indirect")
    assert (item.quote, item.speaker.name) == ("the ''old model'' is failing", "Rita Gomes")


def test_a_titled_name_with_its_state_takes_the_description_after_it_as_its_role():
    item = only("Rep. Ada Frost of Maine, an ally of the leadership, said Thursday her worry is the calendar.")
    assert (item.quote, item.speaker.name) == ("her worry is the calendar", "Ada Frost")


def test_a_fragment_in_what_a_named_subject_does_is_the_subjects_words():
    item = only("Governor Lena Marsh introduced him as ''a builder of bridges'' and a friend.")
    assert (item.kind, item.quote, item.speaker.name) == ("partial", "a builder of bridges", "Lena Marsh")


def test_a_fragment_after_an_object_of_called_is_the_callers():
    item = only('Marsh called the plan to close the depot "a betrayal of the valley," and left.')
    assert (item.kind, item.quote, item.speaker.name) == ("partial", "a betrayal of the valley,", "Marsh")


def test_titles_and_scare_quotes_stay_unattributed():
    assert extract('Nadia Park starred in "The Long Night of Harbour Street."') == []
    assert extract('The mayor unveiled the so-called "green corridor" on Monday.') == []


def test_an_opening_adverb_or_participle_is_not_the_subject():
    text = "Mayor Ivo Brandt spoke at noon.\n\nUltimately, Brandt rejected the offer and called it ''a bad joke.''"
    item = only(text)
    assert (item.quote, item.speaker.name) == ("a bad joke.", "Ivo Brandt")


def test_a_relaying_outlet_keeps_its_clause_when_a_belief_is_nested_in_it():
    item = only("In one email, the minister wanted to delay the vote, the Daily Ledger reported.")
    assert (item.kind, item.speaker.name, item.cue) == ("indirect", "Daily Ledger", "reported")


# ---------------------------------------------------------------- quotations across paragraphs


def test_a_paragraph_ending_in_a_colon_gives_the_next_paragraphs_quotation_its_speaker():
    text = 'Mayor Ana Ruiz spoke for an hour. She went on to say:\n\n"We will rebuild the harbour this year."\n'
    item = only(text)
    assert (item.kind, item.quote, item.speaker.name) == ("direct", "We will rebuild the harbour this year.", "Ana Ruiz")


def test_an_unquoted_block_after_a_speaker_and_a_colon_is_their_words():
    text = "Ana Ruiz wrote on her blog:\n\nThe harbour will be rebuilt, and the toll will go.\n"
    item = only(text)
    assert (item.kind, item.quote, item.speaker.name) == ("direct", "The harbour will be rebuilt, and the toll will go.", "Ana Ruiz")


def test_a_dash_signature_under_a_quotation_names_its_speaker():
    text = 'The debate turned to taxes.\n\n"Nobody here believes the toll will go."\n\n- Ana Ruiz.\n'
    item = only(text)
    assert (item.quote, item.speaker.name) == ("Nobody here believes the toll will go.", "Ana Ruiz")


def test_a_dash_signature_outweighs_a_speaker_carried_on_from_the_paragraph_before():
    text = (
        'Councillor Ivo Brandt said the harbour tax had failed.\n\n'
        '"I will read the audit. I have not seen it yet, but I will certainly read it."\n\n- Ana Ruiz.\n'
    )
    quoted = [e for e in extract(text) if e.kind == "direct"]
    assert [(e.quote, e.speaker.name) for e in quoted] == [
        ("I will read the audit. I have not seen it yet, but I will certainly read it.", "Ana Ruiz")]


def test_invisible_formatting_characters_do_not_hide_a_quotation_mark():
    item = only('\u202a\u201dWe stand with the farmers,\u201d posted Lena Tamm.')
    assert (item.quote, item.speaker.name) == ("We stand with the farmers,", "Lena Tamm")


def test_a_pronoun_after_a_time_phrase_is_the_subject():
    item = only("Councillor Ann Vos left early.\n\nAt the town hall this week she said the vote was rushed.")
    assert (item.quote, item.speaker_mention, item.speaker.name) == ("the vote was rushed", "she", "Ann Vos")


def test_a_whole_sentence_quoted_after_said_and_a_topic_is_direct():
    item = only('A senior aide, who spoke on condition of anonymity, said of the mayor, "She takes the threat very seriously."')
    assert (item.kind, item.speaker.name) == ("direct", "a senior aide")


def test_a_description_of_several_words_after_said_is_the_speaker():
    item = only('"It is close," said a planner for one of the bidders, speaking on condition of anonymity.')
    assert item.speaker.name == "a planner for one of the bidders"


def test_a_sentence_opening_with_said_names_the_speaker_after_it():
    item = only('Said Dora Pike, who grew up on the street, "We were all so proud of him."')
    assert (item.quote, item.speaker.name) == ("We were all so proud of him.", "Dora Pike")


def test_a_fragment_ending_in_a_comma_before_a_trailing_tag_is_inside_the_tagged_clause():
    items = extract('The firm was planning a dinner that included "a full exchange of views," a spokeswoman said.')
    assert [(e.kind, e.speaker.name) for e in items] == [("indirect", "a spokeswoman"), ("partial", "a spokeswoman")]


def test_a_relative_clause_whose_gap_the_speaker_fills_is_what_they_said():
    item = only("The new fees, which officials said will take effect in May, apply to ferries.")
    assert (item.quote, item.speaker.name) == ("which officials said will take effect in May", "officials")


def test_a_conditional_clause_after_said_is_reported():
    item = only("Senator Ruth Abara said if the levy passes, ferry fares will double.")
    assert item.quote == "if the levy passes, ferry fares will double"


def test_campaign_people_named_by_what_they_do_are_sources():
    item = only("Her advisers said they were confident the count would hold.")
    assert (item.quote, item.speaker.name) == ("they were confident the count would hold", "Her advisers")


def test_according_to_names_any_source_records_and_averages_included():
    items = extract("According to F.A.A. records, the jet has flown 300 hours since June.\n\n"
                    "Ruiz trails by four points, according to the party's polling average.")
    assert [(e.quote, e.speaker.name) for e in items] == [
        ("the jet has flown 300 hours since June", "F.A.A. records"), ("Ruiz trails by four points", "the party's polling average")]


def test_according_to_a_source_with_a_description_after_it():
    item = only("Most gifts came from women, according to an analysis by Crowdpac, a fundraising website.")
    assert item.quote == "Most gifts came from women"


def test_secretary_of_state_is_a_title_not_a_cue():
    item = only("Ortega, a former secretary of state, skipped the banquet early, according to a pool report.")
    assert (item.quote, item.speaker.name) == ("Ortega, a former secretary of state, skipped the banquet early", "a pool report")


def test_a_party_tag_before_a_relative_clause_does_not_hide_the_speaker():
    item = only("Rep. Zoe Marr (D-Calif.), who wrote the bill, said in a statement that the rules were fair.")
    assert (item.quote, item.speaker.name) == ("the rules were fair", "Zoe Marr")


def test_a_that_clause_opening_with_according_to_runs_on():
    item = only("Win Daw, a party official, said on Tuesday that according to its count, the party has won.", kind="indirect")
    assert item.quote == "according to its count, the party has won"


def test_a_trailing_tag_may_name_the_memo_it_comes_from():
    item = only("The new chief, Ana Ruiz, ''won me over in a day,'' Mr. Weiner wrote in his memo.", kind="partial")
    assert (item.quote, item.speaker.name) == ("won me over in a day,", "Weiner")


def test_as_x_put_it_introduces_xs_words():
    item = only('As Dana Holt, a law professor at Yale, put it, "The court is not a rubber stamp."')
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("direct", "The court is not a rubber stamp.", "Dana Holt", "put it")


def test_home_state_is_not_a_cue():
    item = only("Mrs. Lena Ruiz thanked her home state and then boomed, ''Today you proved there is no place like home.''")
    assert (item.speaker.name, item.cue) == ("Lena Ruiz", "boomed")


def test_people_who_found_something_report_a_finding_only_when_they_are_researchers():
    item = only("Two analysts, Ana Mertz and Tom Ray, found in 2014 that the fleet was the best in the region.")
    assert (item.quote, item.speaker.name) == ("the fleet was the best in the region", "Ana Mertz and Tom Ray")
    assert extract("Police found that the door had been forced.") == []


def test_a_title_with_and_is_not_two_speakers():
    item = only("The Minister of Science and Youth, Dr. Alena Vos, said the talks would resume.")
    assert item.speaker.name == "Alena Vos"


def test_an_expectation_inside_a_report_leaves_the_quoted_fragment_to_the_reporter():
    items = extract('Finance chief Dan Oke told analysts that the company expected "modest but durable" growth.')
    assert {(e.kind, e.speaker.name) for e in items} == {("indirect", "Dan Oke"), ("partial", "Dan Oke")}


def test_a_party_tag_and_an_apposition_with_also_before_the_cue():
    item = only('Sen. Ted Marsh (R-Texas), also a presidential hopeful, called the plan "reckless" in a post.')
    assert (item.quote, item.speaker.name) == ("reckless", "Ted Marsh")


def test_for_his_part_is_an_aside():
    item = only('Former Gov. Mike Hale, for his part, is labeling the order "an abuse of power."')
    assert item.speaker.name == "Mike Hale"


def test_shares_of_poll_respondents_are_sources():
    items = extract("About four in 10 said they were angry with the council.\n\nSome 46 percent of voters said they did not trust her.")
    assert [e.speaker.name for e in items] == ["About four in 10", "Some 46 percent of voters"]


def test_feelings_expressed_then_a_that_clause():
    item = only("Mayor Ivo Brandt expressed frustration in an interview that the region was ''carrying the cost.''", kind="indirect")
    assert item.quote == "the region was ''carrying the cost.''"


def test_a_who_clause_after_a_clause_describes_only_the_noun_phrase_before_it():
    item = only("In Lisbon, Brandt sat through a lecture from the Portuguese minister, who said that the treaty had worked.")
    assert (item.quote, item.speaker_mention) == ("the treaty had worked", "the Portuguese minister")


def test_a_possessive_before_a_cue_form_makes_it_a_noun():
    text = "Jeff Weaver runs the campaign.\n\nWeaver seemed unmoved by Sanders' comments Tuesday, telling reporters, \"A lot of people said he should step down.\""
    item = only(text, kind="direct")
    assert item.speaker.name == "Jeff Weaver"


def test_the_main_clause_subject_speaks_after_an_opening_when_clause():
    text = "Megyn Kelly asked the crowd.\n\nWhen asked whom she backed, Ms. Dale Sherry smiled and said, ''I'm waiting for someone else.''"
    assert only(text).speaker.name == "Dale Sherry"


def test_a_name_after_a_who_clause_and_a_comma_is_the_subject():
    item = only("Like other growers who foresee a glut, Mr. Schmidt said he was building a cold store.")
    assert item.speaker.name == "Schmidt"


# ---------------------------------------------------------------- headlines


def test_a_headline_crediting_a_source_before_a_colon():
    text = "Graham: The Levy Is a Tax on Islanders.\n\nSenator Lindsey Graham spoke in Charleston on Monday.\n"
    item = only(text)
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "The Levy Is a Tax on Islanders", "Lindsey Graham", ":")


def test_a_headline_with_a_capitalised_says():
    item = only("Bellwether County Says the Mayor Should Resign.\n\nVoters met on Monday.\n")
    assert (item.quote, item.speaker.name, item.cue) == ("the Mayor Should Resign", "Bellwether County", "Says")


def test_labels_and_framing_before_a_headline_colon_credit_no_one():
    assert extract("UPDATE: Ferry Service Resumes.\n\nThe ferry ran again.\n") == []
    assert extract("Reports: Ferry Fares to Double.\n\nThe ferry ran again.\n") == []


def test_a_broadcast_transcript_with_speakers_in_capitals():
    text = ("Partial transcript as follows:\n\nJANE HOLT: Why not debate?\n\nTOM REYES: We debated twice already.\n\n"
            "JANE HOLT: Will you debate again?\n")
    assert [(e.quote, e.speaker.name) for e in extract(text)] == [
        ("Why not debate?", "Jane Holt"), ("We debated twice already.", "Tom Reyes"), ("Will you debate again?", "Jane Holt")]


def test_a_quotation_left_unclosed_before_its_tag_ends_at_the_tag():
    text = "Ann Lee runs the campaign.\n\n\u201cWe waited all year for this, Lee told reporters on Tuesday.\n"
    item = only(text)
    assert (item.kind, item.quote, item.speaker.name) == ("direct", "We waited all year for this,", "Ann Lee")


def test_a_cue_with_its_particle_then_a_quotation():
    item = only('But as the Daily Ledger pointed out, "The mayor has not released his tax returns."')
    assert (item.kind, item.speaker.name, item.cue) == ("direct", "Daily Ledger", "pointed out")


def test_a_quotation_after_a_hearer_phrase_and_a_comma_is_direct_even_if_the_sentence_goes_on():
    item = only('Soon after, Ana Vos wrote to her 20,000 followers, "It is time to end his career for good," and posted a link.')
    assert (item.kind, item.speaker.name) == ("direct", "Ana Vos")


def test_as_a_source_noted_then_the_clause():
    item = only("But as the Daily Ledger noted in an editorial on Thursday, the mayor has earned a few fans.")
    assert (item.quote, item.speaker.name) == ("the mayor has earned a few fans", "Daily Ledger")


def test_an_aside_between_said_and_that():
    item = only("Mr. Ruiz said, among other things, that the port had ''a huge debt problem.''", kind="indirect")
    assert item.quote == "the port had ''a huge debt problem.''"


def test_a_that_after_an_opening_participle_is_not_a_relative_pronoun():
    item = only("Promising that his next book would say more, Bolton said that the voters should decide.")
    assert (item.quote, item.speaker.name) == ("the voters should decide", "Bolton")


def test_a_paragraph_of_quotation_after_one_that_named_its_speaker_continues_that_voice():
    text = 'Mayor Ana Ruiz said the harbour would reopen in May.\n\n"We owe it to the fishermen. They waited long enough."\n'
    items = extract(text)
    assert [(e.kind, e.speaker.name) for e in items] == [("indirect", "Ana Ruiz"), ("direct", "Ana Ruiz")]


def test_an_aside_with_while_and_a_programme_name_between_subject_and_cue():
    item = only("Dana Holt, while being interviewed on Fox and Friends on Monday, called again for the mayor to resign.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "the mayor to resign", "Dana Holt")


def test_a_capitalised_will_before_a_finite_verb_is_a_name():
    text = "George Will wrote a column.\n\nWhile Will acknowledges the senator's appeal as a \"forceful persona,\" he prefers the governor."
    items = extract(text)
    assert {(e.kind, e.speaker.name) for e in items} == {("indirect", "George Will"), ("partial", "George Will"), ("belief", "George Will")}


def test_two_asides_between_cue_and_quotation():
    text = 'Dana Hale leads the group. Recently she announced on her page, in capital letters, "I am leaving the party today!"'
    item = only(text)
    assert (item.kind, item.speaker.name) == ("direct", "Dana Hale")


def test_manner_of_speaking_cues_after_a_quotation():
    items = extract('"What sport is he talking about?" reacted Ana Ruiz.\n\nAnd Mr. Tom Hale gloated: "I told you he would fail."')
    assert [e.speaker.name for e in items] == ["Ana Ruiz", "Tom Hale"]


def test_a_short_quotation_after_said_of_something():
    item = only("Mr. Hale said of the brawl, ''I don't like it.''")
    assert (item.quote, item.speaker.name) == ("I don't like it.", "Hale")


def test_a_tag_closing_a_dashed_aside():
    items = extract("Neither man liked her - ''Born with a silver spoon,'' Mr. Elkins said - but they stayed home.")
    # (round 19: the whole quotation the dash sets off is the tag's alone, so it is direct, not a fragment of a clause)
    assert ("direct", "Born with a silver spoon,", "Elkins") in [(e.kind, e.quote, e.speaker.name) for e in items]


def test_a_participle_aside_after_a_manner_cue_before_the_quotation():
    item = only('Glenn Beck joked, again using a Southern accent, "Amen, brother! Come on up and sit down!"')
    assert (item.kind, item.speaker.name) == ("direct", "Glenn Beck")


def test_as_a_source_puts_it_then_the_clause():
    item = only("As Ruth Marr puts it, the mayor is making the council \"an offer it can't refuse.\"", kind="indirect")
    assert (item.quote, item.speaker.name) == ("the mayor is making the council \"an offer it can't refuse.\"", "Ruth Marr")


def test_responded_by_saying_reports_a_clause():
    item = only("A ministry official responded by saying the navy would stay in port.")
    assert (item.quote, item.speaker.name) == ("the navy would stay in port", "a ministry official")


def test_who_the_speaker_said_fills_the_gap():
    items = extract("Lena Ruiz spoke of her daughters, who she said were studying abroad.")
    item = next(e for e in items if e.cue == "said")  # (what she spoke of is reported too: "her daughters")
    assert (item.quote, item.speaker.name) == ("who she said were studying abroad", "Lena Ruiz")


def test_charged_that_and_advocates():
    items = extract("Tom Fitt, the head of the watchdog, charged that the mayor hid the files.\n\nSenator Ben Kahl advocates a tax on sugar.")
    assert [(e.kind, e.quote) for e in items] == [("indirect", "the mayor hid the files"), ("belief", "a tax on sugar")]


def test_where_the_subject_spoke_is_not_part_of_the_subject():
    item = only('The break came when Ruiz in her launch speech called the new tolls "highway robbery" and left.')
    assert (item.quote, item.speaker.name) == ("highway robbery", "Ruiz")


def test_warned_of_and_mentioning():
    items = extract('In a later vote, Senator Ana Ruiz warned of the dangers of the new toll.\n\n'
                    '"We finished the plan," Ruiz said, mentioning the budget is "in the home stretch."')
    assert ("indirect", "the dangers of the new toll") in [(e.kind, e.quote) for e in items]
    assert ("indirect", 'the budget is "in the home stretch."') in [(e.kind, e.quote) for e in items]


def test_an_adverb_after_the_cue():
    item = only('Sanders replied evenly, "I think my rival knows that what she says is not fair."')
    assert (item.kind, item.speaker.name) == ("direct", "Sanders")


def test_a_long_prepositional_aside_between_subject_and_cue():
    item = only('Columnist Margaret Sullo, in an attempt to draw attention to the silence, wrote, "The candidate answered seven questions in a month."')
    assert item.speaker.name == "Margaret Sullo"


def test_it_after_a_quotation_is_the_document_met_before():
    text = 'Aides sent a letter to the board on Monday.\n\n"We cannot wait any longer for an answer from the board," it read.'
    item = only(text)
    assert (item.speaker.name, item.speaker_mention) == ("a letter", "it")


def test_noting_with_a_quoted_clause_and_pointed_out_that():
    items = extract('The deal is "sickening," Ana Ruiz said Tuesday, noting the rival "makes you want to leave."\n\n'
                    "The radioman pointed out that the mayor once backed the plan.")
    found_rows = [(e.kind, e.quote) for e in items]
    assert ("indirect", 'the rival "makes you want to leave."') in found_rows
    assert ("indirect", "the mayor once backed the plan") in found_rows


def test_a_hearer_then_that_and_stated_of():
    items = extract("The board promised Ms. Dale that she could run the unit alone.\n\nLater, Tom Hale stated of the audit that the report was weak.")
    assert [e.quote for e in items] == ["she could run the unit alone", "the report was weak"]


def test_before_saying_and_was_prompted_to_say():
    items = extract("Mr. Tom Hale deflected questions before saying, ''It's time to stop attacking the people you ran against.''\n\n"
                    "The debate was so calm that Ms. Ana Ruiz was prompted to say, ''I cannot believe how civil it has been.''")
    assert [(e.kind, e.speaker.name) for e in items] == [("direct", "Tom Hale"), ("direct", "Ana Ruiz")]


def test_elaborated_between_two_halves_of_a_quotation():
    text = 'Ana Ruiz spoke next.\n\n"The way I see it," she elaborated, "nobody ever questioned his service."'
    assert [e.speaker.name for e in extract(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_states_of_mind_after_be_are_beliefs():
    items = extract("Party leaders are worried about a split at the convention.\n\nSome voters were convinced that the count was rigged.\n\nThe concerned parents met.")
    assert [(e.kind, e.quote) for e in items] == [("belief", "a split at the convention"), ("belief", "the count was rigged")]


def test_a_programme_title_in_quotation_marks_between_cue_and_that():
    item = only('Ana Ruiz said on KTV\'s "Morning With Tom Hale" that she would "take a look" at the bill.', kind="indirect")
    assert item.quote == 'she would "take a look" at the bill'


def test_said_that_and_a_comma_before_a_whole_quotation():
    item = only("(A union spokesman said that, ''For now, every tally of members is a rough sketch.'')")
    assert (item.kind, item.speaker.name) == ("direct", "a union spokesman")


def test_a_name_in_apposition_inside_the_object_of_called():
    item = only("Mr. Ubben called the firm's chief, Ana Pearson, ''incredibly driven'' and left.")
    assert (item.quote, item.speaker.name) == ("incredibly driven", "Ubben")


def test_adding_opening_a_sentence_continues_the_speaker():
    text = 'Later, Tom Hale said the report "was not good." Adding, "Like all scandals, what they did is never that bad."'
    assert [(e.kind, e.speaker.name) for e in extract(text)][-1] == ("direct", "Tom Hale")


def test_no_dot_before_a_number_does_not_end_a_sentence():
    item = only('As John Corr, the No. 2 in the leadership, put it: "This nominee will not be confirmed."')
    assert item.speaker.name == "John Corr"


def test_polling_videos_and_reviews_show_things_people_do_not():
    items = extract("Exit polling showed that the mayor won every district.\n\nA video of the meeting shows the chair leaving early.\n\n"
                    "Neither the mayor nor her rivals showed much appetite for a fight.")
    assert [(e.quote, e.speaker.name) for e in items] == [
        ("the mayor won every district", "Exit polling"), ("the chair leaving early", "a video of the meeting")]


def test_partitive_and_placed_groups_are_sources():
    items = extract("Some of the rowers said they had trained at dawn.\n\nHer campaign workers here said they started in spring.\n\n"
                    "Even so, a number of guests said they backed him.")
    assert [e.speaker.name for e in items] == ["Some of the rowers", "Her campaign workers", "a number of guests"]


def test_an_apposition_with_and_before_the_cue():
    item = only("Ruiz, a senator from the north and self-described socialist, said stagnation is the source of the anger.")
    assert (item.quote, item.speaker.name) == ("stagnation is the source of the anger", "Ruiz")


def test_a_belief_inside_a_polls_finding_is_part_of_the_finding():
    items = extract("A new poll found that 63 percent of voters want a new mayor.")
    assert [(e.kind, e.speaker.name) for e in items] == [("indirect", "a new poll")]
