"""Stances with a noun-phrase content (issue 10, round 6): what someone supports, endorses,
opposes or criticises is a belief of theirs, extracted as the "belief" kind. Physical or
sporting senses, bare topics and hedges stay out. Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


def test_an_endorsed_measure_is_a_stance_like_an_endorsed_candidate():
    item = only(HEAD + "Two senators in tight races endorsed the compromise on background checks.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the compromise on background checks", "Two senators in tight races", "endorsed")
    item = only(HEAD + "Senator Jane Roe endorsed Ray Marsh for mayor.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "Ray Marsh for mayor", "Jane Roe")


def test_a_defended_record_stays_a_topic():
    # the development corpus counts "defended the actions" as no report: the speaker's own conduct named
    assert found(HEAD + "In a statement, the ministry defended its actions at the border.") == []


# ---------------------------------------------------------------- nouns of stance with an owner


def test_an_owner_holds_the_stance_its_noun_names():
    items = found(HEAD + "Mayor Ann Lee spoke on Monday. Her support for the new stadium is not shared by the council.")
    assert items == [("belief", "the new stadium", "Ann Lee")]
    item = only(HEAD + "Among the votes was Ray Marsh's opposition to the transit levy.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the transit levy", "Ray Marsh", "opposition to")


def test_a_describing_word_may_stand_between_owner_and_noun():
    item = only(HEAD + "As for Senator Jane Roe's relentless attacks on the banks, voters shrugged.")
    assert (item.quote, item.speaker.name, item.cue) == ("the banks", "Jane Roe", "attacks on")


def test_a_decision_reports_its_infinitive():
    item = only(HEAD + "The Harbor Trust's decision not to fund the festival angered artists.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "not to fund the festival", "Harbor Trust")
    assert found(HEAD + "The Harbor Trust's decision to the court was final.") == []


def test_a_stance_noun_without_an_owner_is_nobody_s():
    assert found(HEAD + "Support for the plan grew among voters in the spring.") == []
    assert found(HEAD + "Opposition to the levy has united both parties.") == []


def test_a_stance_noun_another_acts_on_or_speaks_of_is_not_reported_on_its_own():
    # the owner's stance is what the subject cheers, cites or asks about, part of that act
    assert found(HEAD + "The crowd cheered Ann Lee's attacks on the banks.") == []
    assert found(HEAD + "Reporters asked questions about Mr. Marsh's support for the levy.") == []
    assert [(kind, name) for kind, _quote, name in found(HEAD + "Ann Lee criticized Ray Marsh's support for the levy.")] == [("indirect", "Ann Lee")]


def test_a_quotation_beside_a_stance_noun_keeps_its_speaker():
    items = found(HEAD + "Ray Marsh's attacks on Judge Kim stand out for the suggestion by a mayor that someone \"ought to look into\" the court.")
    # (round 7b: "the suggestion by a mayor that ..." is the mayor's, quotation and all, as PolNeAR's annotators read it)
    assert items == [("belief", "Judge Kim", "Ray Marsh"), ("indirect", 'someone "ought to look into" the court', "a mayor"),
                     ("partial", "ought to look into", "a mayor")]


# ---------------------------------------------------------------- questioning a quality, a claim or a decision


def test_questioning_a_quality_or_a_claim_is_a_stance():
    item = only(HEAD + "Later that night, Governor Ray Marsh questioned his rival's depth and experience.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "his rival's depth and experience", "Ray Marsh", "questioned")
    item = only(HEAD + "Two leading senators have questioned the science of ocean warming.")
    assert (item.kind, item.quote) == ("belief", "the science of ocean warming")


def test_questioning_a_person_is_an_interrogation():
    assert found(HEAD + "Detectives questioned two suspects on Monday.") == []
    assert found(HEAD + "Police questioned the driver for hours.") == []
    assert found(HEAD + "The mayor was questioned about the dispute.") == []
    assert found(HEAD + "Investigators questioned her about the fire.") == []
    assert found(HEAD + "Agents questioned Ray Marsh at the airport.") == []


def test_what_is_questioned_ends_before_another_subject_and_its_verb():
    items = found(HEAD + "Each coach was questioning the other's fitness to manage and Senator Jane Roe pressing her case.")
    assert items == [("belief", "the other's fitness to manage", "Each coach")]


# ---------------------------------------------------------------- touting, decrying, assailing


def test_what_is_touted_decried_or_assailed_is_a_stance():
    item = only(HEAD + "Governor Ray Marsh touted the law's accomplishments and the signup surge.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the law's accomplishments and the signup surge", "Ray Marsh", "touted")
    item = only(HEAD + "Senator Jane Roe decried the influence of big money in politics.")
    assert (item.kind, item.quote, item.cue) == ("belief", "the influence of big money in politics", "decried")
    item = only(HEAD + "Ann Lee assailed the mayor's paid speeches to bankers.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "the mayor's paid speeches to bankers", "Ann Lee")


def test_what_is_touted_as_something_says_something_about_it():
    item = only(HEAD + "Ann Lee touted her rating from the union as evidence of her record.")
    assert (item.kind, item.quote) == ("indirect", "her rating from the union as evidence of her record")


# ---------------------------------------------------------------- a body's stance after ", which"


def test_a_body_before_which_holds_the_stance():
    item = only(HEAD + "The plan drew fire from employers such as Harbor Mills, which opposed the levy.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "the levy", "Harbor Mills")
    item = only(HEAD + "The union, which endorsed Jane Roe in November, is seen as liberal.")
    assert (item.kind, item.quote, item.speaker.name) == ("belief", "Jane Roe in November", "the union")


def test_a_thing_before_which_holds_no_stance():
    assert found(HEAD + "The bill, which supports early voting, passed on Monday.") == []
    assert found(HEAD + "The ruling, which backs the mayor's plan, stands.") == []


# ---------------------------------------------------------------- pushing for, siding with


def test_what_a_speaker_pushes_for_is_what_it_wants_done():
    item = only(HEAD + "Governor Ray Marsh has been quietly pushing for a ban on fracking.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "a ban on fracking", "Ray Marsh", "pushing for")
    assert found(HEAD + "Volunteers pushed the stalled car off the bridge.") == []


def test_whom_a_speaker_sides_with_is_a_stance():
    item = only(HEAD + "In May, a district judge sided with the Democrats.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "the Democrats", "a district judge", "sided with")


# ---------------------------------------------------------------- a negative aim


def test_a_negative_infinitive_is_the_aim_reported():
    item = only(HEAD + "Governor Ray Marsh decided not to enter the race.")
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("belief", "not to enter the race", "Ray Marsh", "decided")
    item = only(HEAD + "Senator Jane Roe has publicly vowed not to vote for him.")
    assert (item.kind, item.quote, item.cue) == ("belief", "not to vote for him", "vowed")


def test_an_object_ends_before_and_opens_a_clause_of_its_own():
    items = found(HEAD + "In October, Governor Ray Marsh decided not to join the contest and she took the trophy.")
    assert ("belief", "not to join the contest", "Ray Marsh") in items
    # names joined by "and" before a past form stay one object (the past form is the sentence's verb)
    [(kind, quote, _name)] = found(HEAD + "The groups supporting Kasich and Senator Rand Paul paid $1 million.")
    assert kind == "belief" and quote.startswith("Kasich and Senator Rand Paul")


def test_his_or_their_stance_is_held_by_the_person_or_group_named_before():
    items = found(HEAD + "Bernie Sanders spoke in Ohio. His attacks on billionaire financiers have elevated money in politics.")
    assert items == [("belief", "billionaire financiers", "Bernie Sanders")]
    items = found(HEAD + "Mayor Ann Lee spoke on Monday. She has been merciless in her attacks on the council.")
    assert items == [("belief", "the council", "Ann Lee")]


def test_his_stance_after_another_verb_is_what_that_verb_acts_on():
    assert found(HEAD + "Bernie Sanders spoke in Ohio. Voters urged him to reconsider his opposition to the levy.") == [
        ("belief", "him to reconsider his opposition to the levy", "Voters")]


def test_his_plan_calls_for_is_a_verb_not_a_noun_of_stance():
    # the owner's plan, not the owner, "calls for" lower rates: no stance of Ray Marsh's
    assert ("belief", "lower rates", "Ray Marsh") not in found(HEAD + "Senator Ray Marsh spoke on Monday. His plan calls for lower rates.")


def test_what_a_defence_says_about_its_object_with_as_is_reported():
    item = only(HEAD + "Council members defended the remarks as within the bounds of debate.")
    assert (item.kind, item.quote, item.cue) == ("indirect", "the remarks as within the bounds of debate", "defended")
    assert found(HEAD + "Council members defended the remarks on Monday.") == []
