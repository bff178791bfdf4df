"""Round 7 (issue 10, real news): beliefs and stances the extractor missed. Every sentence is
written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- a "who" clause after a verb or a preposition


def test_a_who_clause_after_a_preposition_holds_its_stance():
    item = only(HEAD + "The port deal is being tied to Senator Ada Reyes, who supported the lease when it reached the floor.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the lease", "Ada Reyes", "supported")


def test_a_who_clause_after_among_holds_its_worry():
    item = only(HEAD + "Her remarks on the judge overseeing the two lawsuits against the city have set off a round of concern among election lawyers, who worry that the new rules will slow the count.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the new rules will slow the count", "election lawyers", "worry")


def test_a_restrictive_who_clause_after_an_object_holds_its_belief():
    item = only(HEAD + "The fund avoids costly bets on fund managers who think they can beat the market.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "they can beat the market", "fund managers", "think")


def test_a_who_clause_that_acts_or_describes_one_of_a_kind_reports_nothing():
    assert found(HEAD + "The trail runs past farmers who planted corn this spring.") == []
    assert found(HEAD + "The paper profiled a farmer, who hoped for rain, and a baker.") == []


# ---------------------------------------------------------------- a stance participle with its holder after "by"


def test_a_participle_set_off_by_commas_with_by_names_who_holds_the_stance():
    item = only(HEAD + "The farm bill, opposed by rural Democrats, never reached the floor.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "The farm bill", "rural Democrats", "opposed by")


def test_a_participle_after_a_noun_with_by_names_who_holds_the_stance():
    item = only(HEAD + "The county merged the two lists, a practice criticized by Senator Ada Reyes and several clerks.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "a practice", "Ada Reyes", "criticized by")


def test_money_or_arms_behind_something_and_plain_passives_hold_no_view():
    assert found(HEAD + "Rebel groups backed by foreign money seized the town.") == []
    assert found(HEAD + "The old mill, owned by the county, was sold.") == []


# ---------------------------------------------------------------- a belief whose clause lacks its subject


def test_a_belief_right_after_a_noun_phrase_holds_what_the_clause_says_of_it():
    item = only(HEAD + "The party ran radio ads, a tactic Democrats hope will lift turnout in the fall.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == (
        "belief", "a tactic Democrats hope will lift turnout in the fall", "Democrats", "hope")


def test_a_belief_with_to_be_after_a_noun_phrase_and_one_after_what():
    item = only(HEAD + "It was a loss Mayor Ada Reyes believes to be the worst of her term.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "a loss Mayor Ada Reyes believes to be the worst of her term", "Ada Reyes")
    item = only(HEAD + "No city has a plan to reach what engineers think is needed.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "what engineers think is needed", "engineers")


def test_a_belief_with_its_own_clause_is_read_as_before():
    item = only(HEAD + "Local Democrats think the tax is fair.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "the tax is fair", "Local Democrats")


# ---------------------------------------------------------------- "see" with a noun of what one makes of things


def test_see_an_opening_or_parallels_is_a_view_without_as():
    item = only(HEAD + "After the mayor's loss, his rivals see an opening in the northern wards.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "an opening in the northern wards", "his rivals", "see")
    item = only(HEAD + "Senator Ada Reyes sees parallels between the two strikes.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "parallels between the two strikes", "Ada Reyes")


def test_seeing_a_thing_or_a_road_sign_is_no_view():
    assert found(HEAD + "Many drivers saw the crash on Tuesday.") == []
    assert found(HEAD + "Many drivers saw signs on the road.") == []


# ---------------------------------------------------------------- "wants more X"


def test_wanting_more_or_less_of_a_thing_is_an_aim():
    item = only(HEAD + "Rep. Ada Reyes wants more funding for rural clinics.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "more funding for rural clinics", "Ada Reyes", "wants")
    item = only(HEAD + "Most farmers want fewer rules on water use.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "fewer rules on water use", "Most farmers")


def test_wanting_more_than_something_names_no_aim():
    assert found(HEAD + "Rep. Ada Reyes wants more than that.") == []


# ---------------------------------------------------------------- "hope for"


def test_hoping_for_something_is_a_hope():
    item = only(HEAD + "Her advisers have hoped for a third-place result in the Nevada primary.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "a third-place result in the Nevada primary", "Her advisers", "hoped for")


def test_hoping_for_a_while_that_still_reports_the_clause():
    item = only(HEAD + "Senator Ada Reyes hoped for a while that the bill would pass.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the bill would pass", "Ada Reyes", "hoped")
