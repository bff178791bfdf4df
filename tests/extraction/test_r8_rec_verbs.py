"""Round 8 (issue 10, real news): relations cued by a verb that the extractor missed. Every sentence is
written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- a stance on a pronoun


def test_an_endorsement_of_a_pronoun_is_a_stance_on_whom_it_names():
    item = only(HEAD + "Senator Ada Reyes is running for governor. On Friday, Gov. Tom Hale endorsed her.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "her", "Tom Hale", "endorsed")


def test_rejecting_him_in_the_progressive_is_a_stance():
    item = only(HEAD + "Tom Hale leads the race. Voters in the valley are rejecting him.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "him", "Voters in the valley", "rejecting")


def test_a_pronoun_after_a_bare_participle_or_a_subject_that_holds_nothing_is_no_stance():
    assert found(HEAD + "Governor Ada Reyes has been outspent by groups supporting her.") == []
    assert found(HEAD + "The judge was confirmed in June. Nobody opposed him.") == []


def test_opposing_it_is_still_no_stance():
    assert found(HEAD + "The port bill reached the floor in May. Senator Ada Reyes opposed it.") == []


# ---------------------------------------------------------------- a share of those polled repeating a finding


def test_so_after_a_share_of_voters_is_what_they_said():
    item = only(HEAD + "Ruiz gained on other measures. In May, 55 percent said so.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "so", "55 percent", "said")


def test_the_same_after_a_share_of_voters_is_what_they_said():
    items = found(HEAD + "Just 28 percent of voters said they liked the plan. Last month, 26 percent said the same.")
    assert ("indirect", "the same", "26 percent") in items


def test_a_person_saying_so_or_yes_or_an_elided_answer_is_still_too_short():
    assert found(HEAD + "The board was polled on the merger. Dale Hewitt said yes.") == []
    assert found(HEAD + "The nominee could come up for a vote in the fall. Senator Jeff Lake said he would.") == []
    assert found(HEAD + "Ruiz gained on other measures. In May, 55 percent said so much about the port.") == []


# ---------------------------------------------------------------- a clause that opens with a subject pronoun


def test_a_verb_that_needs_a_clause_takes_one_opened_by_she():
    item = only(HEAD + "On Thursday, the Ohio Farm Bureau announced she wasn't coming.")
    assert (item.kind, item.quote, item.cue) == ("indirect", "she wasn't coming", "announced")
    item = only(HEAD + "The port authority admitted they withheld the emails.")
    assert (item.quote, item.cue) == ("they withheld the emails", "admitted")


def test_an_object_after_such_a_verb_is_still_no_clause():
    assert found(HEAD + "The port authority admitted three violations.") == []


# ---------------------------------------------------------------- "continued to say", "to question whether"


def test_what_someone_continued_to_say_is_their_report():
    item = only(HEAD + "Even after the complaint was filed, Tom Ruiz continued to say he had never touched the ballots.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "he had never touched the ballots", "Tom Ruiz", "say")


def test_to_question_whether_is_a_doubt_cast():
    item = only(HEAD + "Senator Tom Ruiz continued to question whether the mayor was eligible to run.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "whether the mayor was eligible to run", "Tom Ruiz")


def test_the_noun_question_reports_nothing():
    assert found(HEAD + "It is a question of whether the mayor was eligible to run.") == []


# ---------------------------------------------------------------- a light verb and a noun of saying or believing


def test_made_the_suggestion_that_reports_the_clause():
    item = only(HEAD + "Senator Ann Ruiz made the suggestion that the mayor should receive only partial briefings.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == (
        "indirect", "the mayor should receive only partial briefings", "Ann Ruiz", "made the suggestion")


def test_voiced_confidence_that_is_a_belief_made_known():
    item = only(HEAD + "Bob Sutton, chairman of the county party, voiced confidence that Ruiz would be easy to defeat.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "Ruiz would be easy to defeat", "Bob Sutton", "voiced confidence")


def test_a_relative_clause_after_the_noun_is_no_report():
    assert found(HEAD + "Senator Ann Ruiz raised concerns that were widely shared in the valley.") == []


# ---------------------------------------------------------------- "that" and a comma


def test_a_clause_that_opens_with_an_aside_after_that_is_reported_whole():
    item = only(HEAD + "Union leaders argue that, while the levy may lower premiums, it hurts workers.")
    assert (item.quote, item.speaker.name, item.cue) == ("while the levy may lower premiums, it hurts workers", "Union leaders", "argue")


def test_a_comma_and_while_after_the_clause_still_end_it():
    assert found(HEAD + "Union leaders argue that the levy hurts workers, while its backers disagree.") == [
        ("indirect", "the levy hurts workers", "Union leaders")]


def test_preferring_her_is_a_stance_on_whom_it_names():
    items = found(HEAD + "Ann Ruiz gained in the new poll. Senator Tom Hale preferred her.")
    assert ("belief", "her", "Tom Hale") in items


# ---------------------------------------------------------------- an opening "In describing ...", "In asking to ..."


def test_an_opening_gerund_after_in_is_the_main_subjects_act():
    items = found(HEAD + "In describing his rival Tom Lee, Ann Ruiz said he lacked curiosity.")
    assert ("indirect", "his rival Tom Lee", "Ann Ruiz") in items
    items = found(HEAD + "In asking to depose the mayor, the watchdog group noted the earlier ruling.")
    assert ("belief", "to depose the mayor", "the watchdog group") in items


def test_an_opening_gerund_in_a_headline_without_a_subject_is_nobodys_act():
    assert all(item[1] != "Ruiz" for item in found(HEAD + "In criticizing Ruiz, hints that the email may have been hacked."))


# ---------------------------------------------------------------- an aim in a relative clause about its object


def test_what_someone_plans_to_do_with_the_thing_a_relative_clause_describes_is_their_aim():
    item = only(HEAD + "Senator Tom Ryan is drafting a housing program that he plans to roll out in June.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "to roll out in June", "Tom Ryan", "plans")
    item = only(HEAD + "The deal, which Governor Ann Ruiz wants to sign this week, is stalled.")
    assert (item.quote, item.speaker.name) == ("to sign this week", "Ann Ruiz")


def test_the_clause_of_a_noun_like_notion_is_no_aim_of_its_subject():
    assert found(HEAD + "As for the notion that voters want to elect Ruiz, the poll disagrees.") == []


# ---------------------------------------------------------------- a naming gap: "what officials called a hate crime"


def test_what_someone_called_something_in_a_relative_clause_is_their_naming():
    item = only(HEAD + "The gun was used in what officials called a hate crime.")
    assert (item.quote, item.speaker.name, item.cue) == ("what officials called a hate crime", "officials", "called")
    item = only(HEAD + "They fought a zoning bill, which critics called a gift to developers.")
    assert (item.quote, item.speaker.name) == ("which critics called a gift to developers", "critics")


def test_that_opening_a_reported_clause_is_no_naming_gap():
    assert found(HEAD + "Ann Ruiz said that critics called Lopez a liar.") == [("indirect", "critics called Lopez a liar", "Ann Ruiz")]


# ---------------------------------------------------------------- a judgment of a gap: "what he saw as ..."


def test_what_someone_saw_as_something_is_their_view_of_it():
    items = found(HEAD + "Senator Ann Ruiz opposed a bridge project that ended in what she saw as a costly failure of planning.")
    assert ("belief", "what she saw as a costly failure of planning", "Ann Ruiz") in items
    items = found(HEAD + "Radio host Tom Lee praised what he described as the brilliant decision of the mayor.")
    assert ("indirect", "what he described as the brilliant decision of the mayor", "Tom Lee") in items


def test_a_view_with_its_object_stays_read_as_before():
    assert found(HEAD + "Most voters saw the ad as a distraction.") == [("belief", "the ad as a distraction", "Most voters")]
