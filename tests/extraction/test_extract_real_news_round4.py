"""Constructions met in real US political reporting, fourth round (issue 10, recall of all
relations): verbs of speech, cognition and stance the lexicon lacked, a particle's object after
any cue that takes one, and an act aimed at someone reported without an of/for/as complement.
Every sentence is written for the tests."""

from attribution.extraction import extract

from .helpers import found, only

HEAD = "A headline for the story\n\n"


def test_what_someone_talked_about_is_reported_with_its_topic():
    item = only(HEAD + "Mayor Ann Lee talked about the new bus lanes at the town hall.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "the new bus lanes at the town hall", "Ann Lee", "talked about")


def test_talking_to_reporters_names_a_hearer_not_a_topic():
    assert found(HEAD + "Tom Reyes talked to reporters outside the courthouse.") == []


def test_likened_reports_the_comparison_as_a_stance():
    item = only(HEAD + "Governor Tom Reyes likened the budget deal to a bridge built from both banks.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "the budget deal to a bridge built from both banks", "Tom Reyes")


def test_verbs_of_knowing_report_a_belief_with_that():
    items = found(HEAD + "The Holt campaign has learned that two donors gave more than the legal limit.\n\n"
                  "Council member Ray Marsh recognized that the levy would be a hard sell.\n\n"
                  "Senator Dana Holt hinted that she would run for governor.")
    assert items == [("belief", "two donors gave more than the legal limit", "the Holt campaign"),
                     ("belief", "the levy would be a hard sell", "Ray Marsh"),
                     ("indirect", "she would run for governor", "Dana Holt")]


def test_a_state_of_mind_after_be_is_a_belief():
    items = found(HEAD + "Aides to the mayor are optimistic that the bond will pass in May.\n\n"
                  "Many teachers are skeptical of the new testing plan.")
    assert items == [("belief", "the bond will pass in May", "Aides to the mayor"), ("belief", "the new testing plan", "Many teachers")]


def test_reaffirmed_that_is_a_report():
    item = only(HEAD + "The mayor reaffirmed that the library would stay open on Sundays.")
    assert (item.kind, item.quote, item.cue) == ("indirect", "the library would stay open on Sundays", "reaffirmed")


def test_an_act_aimed_at_a_thing_is_a_stance_without_a_complement():
    item = only(HEAD + "Senator Dana Holt dismissed the audit of the transit agency.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "the audit of the transit agency", "Dana Holt")


def test_describing_ones_own_doing_reports_nothing():
    assert found(HEAD + "Ann Lee described arriving at a dinner for donors in the spring.") == []


# ---------------------------------------------------------------- between the subject, the cue and the clause


def test_a_day_or_a_recent_stretch_between_subject_and_cue_is_skipped():
    items = found(HEAD + "Holt earlier Thursday said the committee had heard 40 witnesses.\n\n"
                  "The mayor last week said the pool would reopen in June.")
    assert items == [("indirect", "the committee had heard 40 witnesses", "Holt"), ("indirect", "the pool would reopen in June", "the mayor")]


def test_a_stretch_of_time_after_the_cue_leads_to_that():
    items = found(HEAD + "The county has said for months that the levy is needed.\n\n"
                  "Ann Lee also said for the first time that two aides had left.")
    assert items == [("indirect", "the levy is needed", "the county"), ("indirect", "two aides had left", "Ann Lee")]


def test_records_or_polls_after_a_finding_report_it():
    items = found(HEAD + "The plane was insured for $35 million in 2011, records show.\n\n"
                  "Holt leads by nine points, polls show, and the gap is growing.")
    assert [(kind, quote) for kind, quote, _ in items] == [("indirect", "The plane was insured for $35 million in 2011"), ("indirect", "Holt leads by nine points")]


# ---------------------------------------------------------------- headlines


def test_a_headline_credits_its_claim_to_the_subject_of_any_cue_verb():
    body = "\n\nThe council met on Tuesday evening in the old town hall."
    item = only("Mayor Ann Lee Slams County Budget Over Bus Cuts." + body)
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "County Budget Over Bus Cuts", "Ann Lee", "Slams")
    item = only("Senator Dana Holt Just Revealed Why She Quit The Race." + body)
    assert (item.kind, item.quote, item.speaker.name) == ("indirect", "Why She Quit The Race", "Dana Holt")
    item = only("Ann Lee Hopes New Bridge Will Open In May." + body)
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "New Bridge Will Open In May", "Ann Lee")


def test_a_title_naming_a_thing_made_public_a_hearer_or_a_place_credits_nothing():
    body = "\n\nThe council met on Tuesday evening in the old town hall."
    for title in ("Council Unveils New Housing Plan.", "Mayor Ann Lee Asked The Crowd.", "Ann Lee Wrote On Her Blog.",
                  "Holt announced the new harbor toll."):
        assert found(title + body) == [], title


def test_an_opening_clause_of_condition_or_cause_is_not_the_subject():
    items = found(HEAD + "If the plant closes, analysts say the town will never recover.\n\n"
                  "Because the levy failed, teachers said the school would cut its bus routes.")
    assert items == [("indirect", "the town will never recover", "analysts"), ("indirect", "the school would cut its bus routes", "teachers")]


def test_a_participle_describing_the_subject_is_left_out_of_it():
    item = only(HEAD + "Residents angered by the closure said the clinic had served them for decades.")
    assert (item.quote, item.speaker.name) == ("the clinic had served them for decades", "Residents")


def test_a_count_of_years_before_that_is_a_stretch_of_time():
    item = only(HEAD + "Senator Dana Holt has argued for six years that the dam is unsafe.")
    assert (item.quote, item.speaker.name) == ("the dam is unsafe", "Dana Holt")


def test_a_verb_reporting_nothing_inside_a_trailing_report_leaves_the_report_whole():
    item = only(HEAD + "The bans could include users who have continued opening new accounts after earlier ones were closed, analysts said.")
    assert (item.quote, item.speaker.name) == ("The bans could include users who have continued opening new accounts after earlier ones were closed", "analysts")


def test_saw_that_and_viewed_favorably_are_beliefs_seeing_a_thing_is_not():
    items = found(HEAD + "By then, many farmers saw that the tariff would stay.\n\n"
                  "Most teachers viewed the new principal favorably after the strike.\n\nVoters saw the ad on Tuesday.")
    assert [(kind, quote) for kind, quote, _ in items] == [
        ("belief", "the tariff would stay"), ("belief", "the new principal favorably")]


def test_what_a_speaker_demands_promises_or_threatens_is_an_intention():
    items = found(HEAD + "The union demanded an apology from the mayor.\n\nSenator Ann Lee promised a tax cut for farmers.\n\n"
                  "Governor Tom Reyes threatened a veto of the budget.\n\nThe number of voters declined to 300.")
    assert items == [("belief", "an apology from the mayor", "the union"), ("belief", "a tax cut for farmers", "Ann Lee"),
                     ("belief", "a veto of the budget", "Tom Reyes")]


def test_a_thing_that_threatens_wants_nothing():
    assert found(HEAD + "The mayor's plan threatens the harbor.") == []


def test_a_proposal_or_a_recommendation_is_an_intention():
    items = found(HEAD + "Senator Dana Holt proposed a tax on carbon emissions.\n\nThe commission recommended a new audit of the port.")
    assert items == [("belief", "a tax on carbon emissions", "Dana Holt"), ("belief", "a new audit of the port", "the commission")]


# ---------------------------------------------------------------- according to


def test_according_to_a_long_source_after_a_dash_or_before_more_about_it():
    items = found(HEAD + "The county had 115 burglaries last year — most of them in the harbor district — according to the latest figures "
                  "published by the sheriff's office in Millbrook on Friday.\n\n"
                  "Most donations came from farmers, according to an analysis by Crowdwise, a campaign finance website, more than in 2012.")
    assert [quote for _, quote, _ in items] == [
        "The county had 115 burglaries last year — most of them in the harbor district", "Most donations came from farmers"]


def test_according_to_without_a_comma_before_another_clause():
    item = only(HEAD + "Holt took 40 more seats than Marsh according to a tally by The Associated Press, but the count goes on.")
    assert (item.quote, item.cue) == ("Holt took 40 more seats than Marsh", "according to")


def test_according_to_between_two_verbs_of_one_subject():
    item = only(HEAD + "The council has hired two planners and, according to officials, adopted a new zoning map.")
    assert item.quote.startswith("The council has hired two planners and") and item.quote.endswith("adopted a new zoning map")


# ---------------------------------------------------------------- trailing reports


def test_a_trailing_report_before_a_colon_keeps_its_clause():
    item = only(HEAD + "Several things make a comeback unlikely, analysts said: the polls, the money and the calendar.")
    assert (item.quote, item.speaker.name) == ("Several things make a comeback unlikely", "analysts")


def test_a_phrase_the_lexicon_does_not_know_inside_a_trailing_report_relays_nothing():
    item = only(HEAD + "Sales rose 4 percent in May, with the harbor adding 300 jobs, Mayor Ann Lee said.")
    assert (item.quote, item.speaker.name) == ("Sales rose 4 percent in May, with the harbor adding 300 jobs", "Ann Lee")


def test_which_inside_a_trailing_report_set_off_by_a_comma_is_no_relative_clause():
    item = only(HEAD + "Turnout does not decide which party wins the election, political scientists say.")
    assert (item.quote, item.speaker.name) == ("Turnout does not decide which party wins the election", "political scientists")


# ---------------------------------------------------------------- naming


def test_calling_someone_something_without_quotation_marks_is_a_judgment():
    items = found(HEAD + "Senator Ann Lee called Marsh a liar at the rally.\n\nCritics call it a giveaway to developers.\n\n"
                  "Ann Lee called him on Monday.\n\nThe council called an emergency session.\n\n"
                  "Holt donated to a group called Harbor Watch funded by local anglers.")
    assert [(kind, quote) for kind, quote, _ in items] == [("indirect", "Marsh a liar at the rally"), ("indirect", "it a giveaway to developers")]


def test_what_a_speaker_refers_to_is_reported():
    items = found(HEAD + "Holt, referring to the new harbor toll, said it would hurt fishermen.")
    assert items == [("indirect", "the new harbor toll", "Holt"), ("indirect", "it would hurt fishermen", "Holt")]


def test_what_a_speaker_argues_for_complains_about_or_writes_about_is_reported():
    items = found(HEAD + "Senator Dana Holt argued for a ban on drilling near the shore.\n\n"
                  "Fishermen complained about the new harbor toll.\n\nAnn Lee wrote about the strike in her column.")
    assert [(quote, speaker) for _, quote, speaker in items] == [
        ("a ban on drilling near the shore", "Dana Holt"), ("the new harbor toll", "Fishermen"), ("the strike in her column", "Ann Lee")]


# ---------------------------------------------------------------- negation


def test_a_belief_denied_is_still_held_and_its_cue_says_so():
    items = extract(HEAD + "Most farmers don't think the tariff will last.\n\nAnn Lee doesn’t want to run for governor.")
    assert [(e.kind, e.quote, e.cue) for e in items] == [
        ("belief", "the tariff will last", "don't think"), ("belief", "to run for governor", "doesn’t want")]


def test_a_speech_act_denied_or_a_gerund_after_not_reports_nothing():
    assert found(HEAD + "Senator Dana Holt did not say the bridge would close.") == []
    assert [quote for _, quote, _ in found(HEAD + "Ann Lee criticized the farmers for not supporting Holt.")] == ["the farmers for not supporting Holt"]


def test_reports_before_show_are_the_records_that_show():
    item = only(HEAD + "But FEC reports show that two groups have spent $1.1 million supporting Holt.")
    assert (item.quote, item.speaker.name, item.cue) == ("two groups have spent $1.1 million supporting Holt", "FEC reports", "show")


def test_as_reported_by_a_source_relays_the_clause():
    items = found(HEAD + "As reported by the Daily Ledger, the harbor toll will double in May.\n\n"
                  "The mayor has hired his brother as an aide, as first reported by the Millbrook Gazette.")
    assert [quote for _, quote, _ in items] == ["the harbor toll will double in May", "The mayor has hired his brother as an aide"]


def test_a_share_of_the_people_asked_speaks_for_them():
    items = found(HEAD + "Three-in-five party insiders across the state said that Holt cannot win.\n\n"
                  "Two-thirds support raising the levy.\n\nMajorities in both parties favor a new bridge.")
    assert found(HEAD + "Nine out of 10 say the bridge is unsafe.") == [("indirect", "the bridge is unsafe", "Nine out of 10")]
    assert items == [("indirect", "Holt cannot win", "Three-in-five party insiders across the state"),
                     ("belief", "raising the levy", "Two-thirds"), ("belief", "a new bridge", "Majorities in both parties")]


# ---------------------------------------------------------------- long asides


def test_a_name_opening_the_sentence_speaks_across_a_long_aside():
    items = found(HEAD + "Ray Marsh, a Millbrook farmer who had sat on the county board until he left last spring over the levy, said the "
                  "harbor plan would fail.\n\nDana Holt (who has 25 delegates so far) said she would stay in the race.")
    assert items == [("indirect", "the harbor plan would fail", "Ray Marsh"), ("indirect", "she would stay in the race", "Dana Holt")]
