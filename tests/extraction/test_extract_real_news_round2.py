"""Constructions met in real US political reporting, second round (issue 10): acts aimed at
someone, speakers after a trailing 'said', and the other misses found after round one. Every
sentence is written for the tests."""

from attribution.extraction import extract

from .helpers import only


# ---------------------------------------------------------------- acts aimed at someone


def test_an_endorsement_of_someone_is_a_stance_of_the_endorser():
    item = only("Senator Ann Lee endorsed Priya Marsh for mayor.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "Priya Marsh for mayor", "Ann Lee", "endorsed")


def test_criticism_of_a_named_party_is_a_stance_and_an_accusation_is_a_claim():
    items = extract("The bishop criticized the Labour Party's draft language on schools.\n\n"
                    "Speaking in Leeds, Hale also accused Ortiz of being late to the housing debate.")
    assert [(e.kind, e.quote) for e in items] == [
        ("belief", "the Labour Party's draft language on schools"), ("indirect", "Ortiz of being late to the housing debate")]


def test_praise_for_something_and_a_description_as_something_say_something_about_their_object_quoted_words_stay_fragments():
    items = extract("The governor praised the volunteers for their patience.\n\n"
                    "Inspectors described the old bridge as a sieve.\n\n"
                    "Parents described the plan as ''reckless.''")
    assert [(e.kind, e.quote) for e in items] == [
        ("indirect", "the volunteers for their patience"), ("indirect", "the old bridge as a sieve"), ("partial", "reckless.")]


def test_an_evaluation_of_a_thing_is_a_stance():
    items = extract("Holt rejected the notion that the levy was unfair.\n\nThe council praised the ruling on Monday.")
    assert [(e.kind, e.quote, e.cue) for e in items] == [
        ("belief", "the notion that the levy was unfair", "rejected"), ("belief", "the ruling on Monday", "praised")]


def test_defending_ones_own_conduct_names_no_one_and_reports_nothing():
    assert extract("In a briefing, the minister defended the timetable and left.") == []
    assert extract("Dana Holt described arriving at a dinner for donors in the spring.") == []


def test_an_act_inside_someones_report_stays_part_of_the_report():
    items = extract("Lee said she endorsed Marsh because of her record on housing.")
    assert [(e.kind, e.speaker.name) for e in items] == [("indirect", "Lee")]


# ---------------------------------------------------------------- speakers after a trailing 'said'


def test_a_speaker_after_said_with_a_long_affiliation():
    item = only("\u201cIt was always a long shot,\u201d said Marta Quill of the University of Northern Iowa College of Law.")
    assert (item.kind, item.speaker.name) == ("direct", "Marta Quill")


def test_a_description_in_lower_case_then_a_name_after_a_trailing_said():
    item = only("The host committee is $9 million short, said former governor Ed Rendle, who chairs it.")
    assert (item.kind, item.quote, item.speaker.name) == ("indirect", "The host committee is $9 million short", "Ed Rendle")


# ---------------------------------------------------------------- unnamed groups as speakers


def test_groups_of_people_named_by_what_they_do_are_sources():
    items = extract("The tactic would be unusual, but security specialists say it is plausible.\n\n"
                    "Some friends say he looks tired, while others say he has never been fitter.\n\n"
                    "By a wide margin, those surveyed say the county should build the bridge.\n\n"
                    "Each side said the other would be to blame.")
    assert [e.speaker.name for e in items] == ["security specialists", "Some friends", "others", "those surveyed", "Each side"]


def test_a_wide_array_of_people_is_the_people():
    item = only("A wide array of economists said the cuts came too soon.")
    assert (item.quote, item.speaker.name) == ("the cuts came too soon", "a wide array of economists")


def test_a_group_set_off_by_commas_after_the_subject_of_what_it_reports_is_the_speaker():
    item = only("Mrs. Okafor, analysts said, has other reasons for staying quiet.")
    assert (item.speaker.name, item.kind) == ("analysts", "indirect")
    assert "has other reasons" in item.quote


# ---------------------------------------------------------------- speakers of participles


def test_a_place_and_a_time_after_the_opening_phrase_are_not_the_subject():
    item = only("At a town hall in Ames, Iowa, on Sunday, Mrs. Okafor tried to justify her vote, saying that the county should lead.")
    assert (item.quote, item.speaker.name) == ("the county should lead", "Okafor")


def test_a_cue_form_after_an_indefinite_article_is_a_noun():
    item = only('Dana Holt posted a Facebook comment of her own, saying, "We are thrilled for the team!"')
    assert (item.kind, item.speaker.name) == ("direct", "Dana Holt")


# ---------------------------------------------------------------- according to


def test_according_to_a_source_followed_by_another_clause_or_more_about_the_source():
    items = extract("Holt has won 758 delegates, according to a wire tally, but his path is narrow.\n\n"
                    "Marsh has the best odds of beating Holt, according to three recent polls, including one released Thursday.\n\n"
                    "But according to leaked committee documents, the party often courts the same donors.")
    assert [(e.quote, e.speaker.name) for e in items] == [
        ("Holt has won 758 delegates", "a wire tally"), ("Marsh has the best odds of beating Holt", "three recent polls"),
        ("the party often courts the same donors", "leaked committee documents")]


def test_according_to_set_off_inside_the_clause_it_sources():
    item = only("The bypass, according to Dana Holt, would cost twice as much.")
    assert (item.speaker.name, item.cue) == ("Dana Holt", "according to")
    assert item.quote.startswith("The bypass") and item.quote.endswith("twice as much")


# ---------------------------------------------------------------- speakers (requests from claim matching)


def test_a_participle_hung_on_a_clause_is_the_clause_subjects():
    items = extract('Senator Lena Marsh spoke on Monday.\n\nThe Ohio senator emailed supporters saying: "We will keep going."\n\n'
                    'Later, she revised her statement explaining that she "never saw the memo."')
    assert [(e.kind, e.speaker.name) for e in items] == [("direct", "Lena Marsh"), ("partial", "Lena Marsh")]


def test_an_opening_auxiliary_or_conjunction_is_no_first_name():
    items = extract('Dana Holt lost the state.\n\nHad Holt won Iowa, he said, "the race would be over."\n\n'
                    'Though Holt has described himself as "a moderate," he votes the other way.')
    assert {e.speaker.name for e in items} == {"Dana Holt"}


def test_a_standing_role_names_the_person_the_article_gave_it_not_the_last_person_met():
    given = extract('Dana Holt, the Republican front-runner, won the state. Tom Ray came second.\n\n'
                    'The front-runner complained that the count had been "rigged."')
    assert {e.speaker.name for e in given} == {"Dana Holt"}
    not_given = extract('Dana Holt won the state. Tom Ray came second.\n\nThe front-runner complained that the count had been "rigged."')
    assert {e.speaker.name for e in not_given} == {"the front-runner"}


def test_she_replied_after_an_unnamed_asker_is_the_woman_met_before():
    items = extract('Ann Okafor held a town hall. When a voter asked if she would run, she paused.\n\n"That is a fine idea," she replied.')
    assert (items[-1].kind, items[-1].speaker.name) == ("direct", "Ann Okafor")


# ---------------------------------------------------------------- partial quotations (requests from claim matching)


def test_the_owner_of_a_noun_of_saying_reports_the_that_clause():
    items = extract("The mayor was cleared by Inspector Dana Holt's conclusion that her actions were \"careless but lawful.\"\n\n"
                    "Tom Ray's assertion Monday that more patrols are needed drew rebukes from the council.")
    assert [(e.kind, e.quote, e.speaker.name, e.cue) for e in items] == [
        ("indirect", 'her actions were "careless but lawful."', "Dana Holt", "conclusion"),
        ("partial", "careless but lawful.", "Dana Holt", "conclusion"),
        ("indirect", "more patrols are needed", "Tom Ray", "assertion")]


def test_as_someone_has_pointed_out_with_a_quoted_fragment():
    items = extract('As Speaker Ann Okafor has pointed out, that is the "textbook case" of waste.')
    assert [(e.kind, e.speaker.name) for e in items] == [("indirect", "Ann Okafor"), ("partial", "Ann Okafor")]


def test_an_opening_participle_phrase_is_not_the_speaker():
    items = extract('Dana Holt spoke first.\n\nAppearing on Meet the Press, the senator said her rival "was a disaster" as mayor.')
    assert {e.speaker.name for e in items} == {"Dana Holt"}


def test_a_named_persons_report_inside_a_quotation_is_relayed_by_the_one_quoted():
    items = extract('Tom Ray spoke at the rally. "Tom Ray said he has made a lot of sacrifices," Ms. Okafor said. "I said no," she added.')
    inner = [e for e in items if e.kind == "indirect"]
    assert [(e.quote, e.speaker.name, e.cue) for e in inner] == [("he has made a lot of sacrifices", "Tom Ray", "said")]
    assert [(h.name, h.kind) for h in inner[0].relay] == [("Okafor", "person"), ("Tom Ray", "person")]
    assert [e.speaker.name for e in items if e.kind == "direct"] == ["Okafor", "Okafor"]


def test_that_after_a_verb_or_adjective_opens_a_clause_whose_subject_speaks():
    items = extract("So it turns out that the bureau asked harbor clerks to delay permit filings.\n\n"
                    "It is clear that the senator said the vote would fail.")
    assert [(e.kind, e.speaker.name) for e in items] == [("belief", "the bureau"), ("indirect", "the senator")]


def test_a_subject_ends_at_an_irregular_past_before_a_coordinated_cue():
    item = only("The mayor held a meeting and urged residents to stay home.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "residents to stay home", "the mayor")


def test_she_with_no_speaker_yet_is_the_woman_who_opened_a_sentence_not_a_place_named_since():
    items = extract("Mayor Renata Okafor faces a recall over the closure of the Old Mill Bridge. In an interview on Sunday, "
                    "she defended the decision and said she would not resign.")
    assert [e.speaker.name for e in items] == ["Renata Okafor"]


# ---------------------------------------------------------------- relative clauses


def test_who_said_describes_the_noun_phrase_after_the_clauses_verb_and_preposition():
    items = extract("The bill drew opposition from teachers unions who said the law punished them.\n\n"
                    "Holt led by 40 points among the 30 percent of anglers who said the dam helps the river.")
    assert [(e.quote, e.speaker.name) for e in items] == [
        ("the law punished them", "teachers unions"), ("the dam helps the river", "the 30 percent of anglers")]


def test_a_clause_after_a_trailing_said_is_no_speaker():
    item = only("Dr. Anna Cole, who chairs the committee, said the plan failed.")
    assert (item.quote, item.speaker.name) == ("the plan failed", "Anna Cole")


def test_a_speaker_after_said_ends_before_when():
    item = only('"Anyone who ignores the law puts us at risk," said county resident Dan Golvach when asked about the sheriff.')
    assert item.speaker.name == "Dan Golvach"


def test_has_written_is_a_cue():
    item = only("Dana Holt has written that the plan failed.")
    assert (item.quote, item.speaker.name) == ("the plan failed", "Dana Holt")


def test_hopes_is_a_belief_and_an_opening_adverb_is_no_speaker():
    items = extract("Now the government hopes that its lawyers can win on appeal.\n\nIndeed, Dana Holt hopes her bill passes.\n\n"
                    "His hopes of a win faded.")
    assert [(e.kind, e.speaker.name) for e in items] == [("belief", "the government"), ("belief", "Dana Holt")]


# ---------------------------------------------------------------- speakers: hearers, digests, headlines


def test_the_hearer_of_a_participle_is_not_its_speaker():
    # (r10 rec2: "expressed admiration for the crew" is now reported too; the quotation's speaker is what this checks)
    item = only("Mr. Okafor expressed admiration for the crew, telling KXRT-TV: ''I wish I could do that.''", "direct")
    assert (item.kind, item.speaker.name) == ("direct", "Okafor")


def test_a_digest_item_credits_the_name_after_its_dash():
    items = extract("Morning digest\n\nRURAL TURNOUT IS RISING FAST - Ann Okafor: \"The county data show a clear shift.\"")
    assert [(e.kind, e.speaker.name) for e in items] == [("direct", "Ann Okafor")]


def test_a_headline_source_speaking_to_someone():
    items = extract("Okafor to Farm Bureau: The levy will be cut\n\nAnn Okafor spoke on Monday.")
    assert [(e.quote, e.speaker.name) for e in items] == [("The levy will be cut", "Ann Okafor")]


# ---------------------------------------------------------------- the list: cues beyond "said"


def test_in_the_words_of_names_the_source():
    items = extract('In the words of Senator Dana Holt, "this bill is dead."\n\nIn the words of Tom Ray, the levy is dead and buried.')
    assert [(e.quote, e.speaker.name, e.cue) for e in items] == [
        ("this bill is dead.", "Dana Holt", "In the words of"), ("the levy is dead and buried", "Tom Ray", "In the words of")]


def test_told_a_group_of_media():
    items = extract("The minister told U.S. media the talks had failed.\n\nDana Holt told local reporters the dam would hold.")
    assert [(e.quote, e.cue) for e in items] == [("the talks had failed", "told"), ("the dam would hold", "told")]


def test_characterized_as_and_declined_to():
    items = extract("Dana Holt characterized the ruling as a victory for renters.\n\nThe campaign declined to say whether it would appeal.\n\n"
                    "The number of voters declined to 300.\n\nShe had written the script during the winter, Holt said.")
    assert [(e.kind, e.quote) for e in items] == [
        ("indirect", "the ruling as a victory for renters"), ("belief", "to say whether it would appeal"),
        ("indirect", "She had written the script during the winter")]


# ---------------------------------------------------------------- more requests from claim matching


def test_words_quoted_as_someones_remark_or_call_are_theirs():
    items = extract('Dana Holt spoke first.\n\nThe panel discussed Dana Holt\'s "tax cliff" remark.\n\n'
                    'The senator blasted Holt\'s call for a "border levy."\n\nTom Ray has pushed his promise of "free buses" for months.')
    assert [(e.quote, e.speaker.name) for e in items if e.kind == "partial"] == [
        ("tax cliff", "Dana Holt"), ("border levy.", "Dana Holt"), ("free buses", "Tom Ray")]


def test_words_quoted_inside_a_report_as_someone_elses_are_theirs_not_the_reporters():
    items = extract('Tom Ray spoke in Ohio.\n\nAccording to their aides, the two mayors feared that voters preferred the "fresh start" '
                    'of Governor Dana Holt or Mr. Ray\'s familiar promise to "clean up the river."')
    assert [(e.quote, e.speaker.name) for e in items if e.kind == "partial"] == [
        ("fresh start", "Dana Holt"), ("clean up the river.", "Tom Ray")]


def test_a_people_named_by_a_capitalised_plural_is_no_person_he_can_stand_for():
    items = extract("Tom Ray spoke in Ohio. His new ad features Latinos telling their stories. In one clip he says he will build a wall soon.")
    assert [(e.quote, e.speaker.name) for e in items if e.cue == "says"] == [("he will build a wall soon", "Tom Ray")]
    assert not any(e.speaker.kind == "person" and e.speaker.name == "Latinos" for e in items)


def test_he_is_the_person_whose_surname_alone_was_written_last():
    items = extract("On a cold and windy morning last week, hundreds of voters in Ohio finally met Tom Ray.\n\n"
                    "The ad will air on Sunday in a show hosted by Ben Cole.\n\n"
                    "It includes a clip of a Ray interview, in which he says he will build a wall soon.")
    assert [(e.quote, e.speaker.name) for e in items if e.cue == "says"] == [("he will build a wall soon", "Tom Ray")]


def test_a_time_and_a_clause_after_said_leave_the_quotation_with_said():
    item = extract('"I love this bakery," Holt said in August after the company announced it would close the plant.')[0]
    assert (item.kind, item.speaker.name, item.cue) == ("direct", "Holt", "said")


def test_he_said_after_an_unnamed_asker_is_the_man_who_deflected():
    items = extract('Tom Ray spoke in Iowa. When a reporter later asked Ray if he would run, Ray deflected.\n\n"I want a fair race," he said.')
    assert (items[-1].kind, items[-1].speaker.name) == ("direct", "Tom Ray")


def test_a_role_before_a_name_stops_at_a_verb_or_preposition():
    items = extract("The mayor is not deferring to Republican county chair Dana Holt. Holt said the levy was unfair.")
    assert (items[-1].speaker.name, items[-1].speaker.role) == ("Dana Holt", "county chair")


def test_a_fragment_in_what_the_subject_often_speaks_of():
    items = extract('Ann Okafor spoke. She often speaks of breaking "the county\'s glass ceiling" by being elected.')
    # (round 19: what she speaks of is reported as well, as for "talks about"; the fragment in it is hers)
    assert [(e.kind, e.speaker.name, e.cue) for e in items] == [("indirect", "Ann Okafor", "speaks of"), ("partial", "Ann Okafor", "speaks of")]


def test_they_is_the_group_that_opens_its_own_sentence():
    items = extract('Officials from the county said the levy failed. Senate Democrats stalled the levy because they said '
                    'the language was "a poison pill" for renters.')
    assert [e.speaker.name for e in items] == ["Officials from the county", "Senate Democrats", "Senate Democrats"]


def test_when_a_poll_came_out_is_not_part_of_its_name():
    items = extract("A new county poll released Saturday found that 41 percent of farmers favored the dam.")
    assert [(e.kind, e.speaker.name) for e in items] == [("indirect", "a new county poll")]


def test_a_span_of_time_after_the_cue():
    items = extract("The mayor resigned on Friday, as the Daily Ledger reported a few days later.\n\n"
                    "Dana Holt said two weeks ago that the plan failed.")
    assert [(e.quote, e.speaker.name) for e in items] == [("The mayor resigned on Friday", "Daily Ledger"), ("the plan failed", "Dana Holt")]


def test_an_opening_word_set_off_by_a_comma_is_no_speaker():
    items = extract("Rather, sources close to her office say she still favors the dam.\n\n"
                    "Regardless, the State Department said it kept no copy of the memo.")
    assert [e.speaker.name for e in items] == ["sources close to her office", "State Department"]


def test_told_names_its_hearer_after_it_never_its_speaker():
    items = extract('"We looked at thousands of interviews," the firm\'s chief executive, Laszlo Bock, told The Daily Ledger.')
    assert [(e.kind, e.speaker.name) for e in items] == [("direct", "Laszlo Bock")]
