"""Round 7 (issue 10, real news): relations whose cue is a noun, a preposition or punctuation, and
evidence that shows or finds something. Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- a pronoun owning a noun of saying


def test_his_suggestion_that_is_said_by_the_person_he_stands_for():
    text = HEAD + "Governor Ann Holt spoke in Dayton on Monday. Lawmakers distanced themselves from her suggestion that the bridge tolls should double."
    item = only(text)
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "the bridge tolls should double", "Ann Holt", "suggestion")


def test_a_time_between_the_noun_and_that_is_skipped():
    text = HEAD + "Mayor Omar Reyes toured the plant on Friday. He never named a source for his claim in March that the mill had closed."
    item = only(text)
    assert (item.quote, item.speaker.name, item.cue) == ("the mill had closed", "Omar Reyes", "claim")


def test_a_parenthesis_after_the_clause_is_the_writers():
    text = HEAD + "Mayor Omar Reyes toured the plant on Friday. Reporters asked about his claim that the mill had closed (it had not)."
    assert found(text) == [("indirect", "the mill had closed", "Omar Reyes")]


# ---------------------------------------------------------------- a standing in polls written with "in"


def test_a_standing_in_most_surveys_or_in_polls_is_the_polls_finding():
    item = only(HEAD + "The mayor of Akron remains mired in third in most surveys.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "The mayor of Akron remains mired in third", "most surveys", "in")
    item = only(HEAD + "The council met on Monday as Dana Holt continues to lead in polls despite a weak autumn.")
    assert (item.quote, item.speaker.name) == ("Dana Holt continues to lead", "polls")


def test_the_sentence_may_go_on_after_the_polls_with_a_verb_of_its_own():
    item = only(HEAD + "Mayor Dana Holt has slipped in the polls and is facing a recall over the bridge.")
    assert (item.quote, item.speaker.name) == ("Mayor Dana Holt has slipped", "the polls")


def test_a_clause_of_its_own_before_the_poll_starts_after_the_subordinate_clause():
    item = only(HEAD + "Though she trails statewide, Dana Holt leads the governor in the average of Akron polls by nearly 6 points.")
    assert (item.quote, item.speaker.name) == ("Dana Holt leads the governor", "the average of Akron polls")
    text = HEAD + "Holt came in second in the March polls, although Reyes moved from fourth to second in a new survey from Kent State University."
    assert [(k, q, s) for k, q, s in found(text)] == [
        ("indirect", "Holt came in second", "the March polls"),
        ("indirect", "Reyes moved from fourth to second", "a new survey from Kent State University")]


def test_a_score_set_off_by_commas_may_come_before_the_poll():
    item = only(HEAD + "Dana Holt leads Omar Reyes by 8 points, 48% to 40%, in the average of Ohio polls.")
    assert (item.quote, item.speaker.name) == ("Dana Holt leads Omar Reyes by 8 points, 48% to 40%", "the average of Ohio polls")


def test_without_a_standing_a_looser_poll_phrase_reports_nothing():
    assert found(HEAD + "The campaign has invested heavily in polls and is buying more ads.") == []
    assert found(HEAD + "Reyes, leading narrowly in Ohio polls and focusing on Akron, visited the plant.") == []


# ---------------------------------------------------------------- data that place someone


def test_a_poll_that_has_or_puts_someone_somewhere_reports_that_standing():
    item = only(HEAD + "Tuesday's Marist poll has Dana Holt leading Omar Reyes by four points.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "Dana Holt leading Omar Reyes by four points", "Tuesday's Marist poll", "has")
    item = only(HEAD + "The Akron tracking poll puts the mayor's approval at 41 percent.")
    assert (item.quote, item.speaker.name, item.cue) == ("the mayor's approval at 41 percent", "the Akron tracking poll", "puts")


def test_a_poll_that_has_a_margin_of_error_places_nobody():
    assert found(HEAD + "The Akron poll has a margin of error near four points.") == []
    assert found(HEAD + "The poll has Holt's name spelled wrong in two questions.") == []
    assert found(HEAD + "The district cut the number of bus stops by 40 percent since 2011.") == []


# ---------------------------------------------------------------- lists and rankings


def test_a_list_or_ranking_states_what_it_puts_someone_down_as():
    item = only(HEAD + "Their wealth is hard to pin down. Fortune lists the Varga sisters with about $12 billion each.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "the Varga sisters with about $12 billion each", "Fortune", "lists")
    item = only(HEAD + "The county board lists the population of the village as 4,210, the lowest in a century.")
    assert (item.quote, item.speaker.name) == ("the population of the village as 4,210", "the county board")
    item = only(HEAD + "Their wealth is hard to pin down. Bloomberg pegged her at $3.1 billion.")
    assert (item.quote, item.speaker.name, item.cue) == ("her at $3.1 billion", "Bloomberg", "pegged")


def test_the_passive_a_place_in_a_ranking_or_a_list_of_things_states_nothing():
    assert found(HEAD + "Omar Reyes is listed as an attorney in Akron.") == []
    assert found(HEAD + "Akron ranked fourth with 31 new plants.") == []
    assert found(HEAD + "The plan lists ten steps for the county to take.") == []
    assert found(HEAD + "The shooting now ranks as the deadliest in the state.") == []


# ---------------------------------------------------------------- "To X," gives the view X holds


def test_an_opening_to_and_a_person_gives_the_view_that_person_holds():
    item = only(HEAD + "To Ms. Varga, the new bridge is a monument to waste.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the new bridge is a monument to waste", "Varga", "To")
    item = only(HEAD + "To Reyes, who has covered the council for years, Tuesday marked a turning point.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "Tuesday marked a turning point", "Reyes")


def test_a_group_or_a_list_of_holders_before_the_view():
    assert found(HEAD + "To many, the mayor is a reformer. But to others, he is a showman.") == [
        ("belief", "the mayor is a reformer", "many"), ("belief", "he is a showman", "others")]
    item = only(HEAD + "To Holt, her aides and the donors in the room, there's no reason to hurry.")
    assert (item.quote, item.speaker.name) == ("there's no reason to hurry", "Holt")


def test_an_infinitive_a_thing_or_a_hedged_guess_after_to_gives_no_view():
    assert found(HEAD + "To be sure, the plan failed in the spring.") == []
    assert found(HEAD + "To that end, the council created a committee.") == []
    assert found(HEAD + "To her neighbors, there may be a kind of charm at work.") == []
    assert found(HEAD + "To Akron, the plant seemed a lifeline.") == []


def test_his_promise_or_claim_with_an_infinitive_reports_what_is_promised_or_claimed():
    text = HEAD + "Mayor Omar Reyes toured the plant on Friday. Voters cheered his promise to reopen the mill by the spring."
    item = only(text)
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "to reopen the mill by the spring", "Omar Reyes", "promise")
    text = HEAD + "Governor Ann Holt spoke in Dayton. A win in Ohio would bolster her claim to be the strongest rival to Reyes."
    item = only(text)
    assert (item.kind, item.quote, item.speaker.name) == ("indirect", "to be the strongest rival to Reyes", "Ann Holt")
    assert found(HEAD + "Mayor Omar Reyes toured the plant. He kept his promise to voters.") == []


def test_where_the_claim_was_made_sits_between_the_noun_and_that():
    text = HEAD + "Mayor Omar Reyes toured the plant. There is no record of it despite his claim in a radio interview that the mill had closed - though he repeated it."
    item = only(text)
    assert (item.quote, item.speaker.name) == ("the mill had closed", "Omar Reyes")


# ---------------------------------------------------------------- whose view, whose count


def test_in_someones_view_gives_the_view_they_hold():
    item = only(HEAD + "In Holt's view, the bridge will never pay for itself.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the bridge will never pay for itself", "Holt", "In Holt's view")
    item = only(HEAD + "The only sensible step, in Professor Varga's view, would be a smaller bridge.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "The only sensible step, in Professor Varga's view, would be a smaller bridge", "Varga")


def test_the_writers_own_view_and_a_view_of_something_are_no_report():
    assert found(HEAD + "In my view, the bridge will never pay for itself.") == []
    assert found(HEAD + "The hotel offers a view of the river from every room.") == []


def test_an_opening_by_and_a_count_reports_what_the_count_gives():
    item = only(HEAD + "By the county's own tally, the fair drew 40,000 visitors.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("indirect", "the fair drew 40,000 visitors", "the county's own tally", "By")
    item = only(HEAD + "By some measures, the mayor has a strong case.")
    assert (item.quote, item.speaker.name) == ("the mayor has a strong case", "some measures")
    assert found(HEAD + "By contrast, the mayor has a strong case.") == []
    assert found(HEAD + "By the end of the year, the mayor had a strong case.") == []


def test_a_finding_ends_at_a_colon_before_a_second_source_with_its_own_finding():
    text = HEAD + "Early polls show voters in Akron rejecting the levy: a Marist poll this month found the levy losing by 12 points."
    assert found(text) == [("indirect", "voters in Akron rejecting the levy", "Early polls"),
                           ("indirect", "the levy losing by 12 points", "a Marist poll")]
