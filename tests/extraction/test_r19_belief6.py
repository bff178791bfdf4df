"""Round 19 (belief6): where the content of a belief or a stance ends and who holds it. PolNeAR's content is the whole
clause: a "who" clause that tells the people meant apart (no comma before it) is part of the object. Every sentence
and name is written for the tests."""

from attribution.extraction import extract


def contents(text: str) -> dict[str, str]:
    return {e.cue: e.quote for e in extract(text) if e.kind != "partial"}


def test_an_object_runs_on_over_a_who_clause_that_tells_its_people_apart():
    assert contents("Gay rights groups praised the senators who held up the bill through their filibuster.")["praised"] == (
        "the senators who held up the bill through their filibuster")
    assert contents("Maya Rusk wants a mayor who listens.")["wants"] == "a mayor who listens"
    assert contents("The unions will pledge to elect judges who will follow the law.")["pledge"] == "to elect judges who will follow the law"
    assert contents("Voters see the governor as a leader who keeps her word.")["see"] == "the governor as a leader who keeps her word"
    found = contents('Ms. Lund has proposed hiring a "water czar" who reports directly to the governor, and called for more inspectors.')
    assert found["proposed"] == 'hiring a "water czar" who reports directly to the governor'


def test_the_who_clause_runs_over_an_adverb_and_a_clause_a_preposition_takes():
    found = contents("They backed a bill that would help anyone who was hurt by the flood regardless of when it happened.")
    assert found["backed"] == "a bill that would help anyone who was hurt by the flood regardless of when it happened"
    found = contents("The mayor praised the volunteers who have since gone home.")
    assert found["praised"] == "the volunteers who have since gone home"


def test_the_who_clause_ends_before_the_occasion_the_stance_was_voiced_on():
    found = contents("Ann Lee expressed her support for the many farmers who have settled in the valley in an interview with a local paper.")
    assert found["expressed"] == "her support for the many farmers who have settled in the valley"


def test_a_who_clause_after_a_comma_a_question_or_a_self_description_stays_out():
    assert contents("Ann Todd declined to say who she will vote for.")["declined"] == "to say"
    assert contents("Ms. Vance praised Tom Reed, who wrote the bill.")["praised"] == "Tom Reed"
    assert "self-described" not in contents("He is a self-described libertarian who has spent ten years in the legislature.")


def test_a_second_that_clause_or_the_other_half_of_a_contrast_after_but_belongs_to_the_content():
    assert contents("Both think the mayor kept her promise, but that the roads still need work.")["think"] == (
        "the mayor kept her promise, but that the roads still need work")
    assert contents("Ann Ruiz said the deal was signed, but that the money never came.")["said"] == "the deal was signed, but that the money never came"
    found = contents("Omar Diaz understands that the problem is not the budget, but rather the way it is spent.")
    assert found["understands"] == "the problem is not the budget, but rather the way it is spent"
    found = contents("Ms. Hale believes the party can win not only the primary, but also the general election.")
    assert found["believes"] == "the party can win not only the primary, but also the general election"
    # a clause of its own after "but" stays out, and so does "that" as a pronoun
    assert contents("Lee knows the vote is close, but he stays calm.")["knows"] == "the vote is close"
    assert contents("Lee thinks the plan is fine, but that is not the point.")["thinks"] == "the plan is fine"


def test_an_object_runs_on_over_a_second_object_of_the_same_cue_after_and_or_but():
    found = contents("Ms. Reyes has called for stricter rules on payday lenders, and for higher taxes on their profits.")
    assert found["called for"] == "stricter rules on payday lenders, and for higher taxes on their profits"
    found = contents("The campaign vowed to stay in the race through the June primary, and perhaps until the convention in July.")
    assert found["vowed"] == "to stay in the race through the June primary, and perhaps until the convention in July"
    found = contents("The chairwoman called for a quick voice vote, and then a count by hand, before closing the session.")
    assert found["called for"] == "a quick voice vote, and then a count by hand"
    assert contents("Tom Ware wants to use the show as a fact check, and not just for the governor.")["wants"] == (
        "to use the show as a fact check, and not just for the governor")
    found = contents("Will Ames sees Reed as sharing this trait, but also being tempered by long experience.")
    assert found["sees"] == "Reed as sharing this trait, but also being tempered by long experience"
    # the holder's next act, or a clause of its own, is not the object
    assert contents("The mayor praised the report, but also used it to attack the council.")["praised"] == "the report"
    assert contents("Lee opposed the plan, and then voted for it anyway.")["opposed"] == "the plan"
    assert contents("Lee opposed the plan, and in the end the council dropped it.")["opposed"] == "the plan"


def test_a_perfect_tense_after_and_opens_the_holders_next_act():
    found = contents("Ms. Lee has asked the mayor to resign and has repeatedly characterized him as a man of deep cruelty.")
    assert found["asked"] == "to resign"
    assert found["characterized"] == "him as a man of deep cruelty"
    assert contents("Ms. Lee opposed the levy and has often criticized the council for it.")["opposed"] == "the levy"


def test_considering_after_a_comma_before_a_clause_means_given_and_holds_no_view():
    assert "considering" not in contents("The sales figures look strong, considering what the firm is up against.")
    found = contents("Ann Sato said the remark seems cruel, considering the ruling party is considering a new tax.")
    assert found["said"] == "the remark seems cruel, considering the ruling party is considering a new tax"
    # a view weighed stays one
    assert contents("The agency is reviewing visas, considering a moratorium on new ones.")["considering"] == "a moratorium on new ones"
    assert contents("The governor is weighing her options, considering whether to run again.")["considering"] == "whether to run again"


def test_a_form_of_be_or_a_perfect_after_and_is_the_holders_next_predicate():
    assert contents("Lee attacked me on the radio and is now all over the news doing the same.")["attacked"] == "me on the radio"
    assert contents("Ms. Hale endorsed Mr. Ruiz and has appeared at his rallies since.")["endorsed"] == "Mr. Ruiz"
    assert contents("The judge planned to give me a fine but was swayed by my lawyer.")["planned"] == "to give me a fine"
    # inside a relative clause the verb goes on describing its people
    found = contents("The mayor praised the volunteers who cleaned the park and are now planting trees.")
    assert found["praised"] == "the volunteers who cleaned the park and are now planting trees"


def test_a_spaced_dash_the_sentence_holds_no_second_of_ends_an_object():
    assert contents("The paper endorsed Ms. Lane - the first time it has taken sides in a primary.")["endorsed"] == "Ms. Lane"
    assert contents("Ms. Ruiz proposed a debate on April 4 -- but the other campaign rejected the idea.")["proposed"] == "a debate on April 4"
    # a pair of dashes sets off an aside inside the object; a hyphen closing a word is no dash
    found = contents("The accord calls on every nation - large and small - to cut its emissions.")
    assert found["calls on"] == "every nation - large and small - to cut its emissions"
    found = contents("His plan calls for rates that rise with pay and rebates for low- and middle-income families.")
    assert found["calls for"] == "rates that rise with pay and rebates for low- and middle-income families"


def test_in_a_who_clause_the_verb_of_a_pronoun_after_unless_is_no_main_verb():
    found = contents("The network will not bow to Mr. Dorn, who has threatened not to appear at the next forum unless he is paid $2 million.")
    assert found["threatened"] == "not to appear at the next forum unless he is paid $2 million"
    found = contents("Ms. Zell will not bow to the mayor, who has threatened to skip the debate unless she is paid.")
    assert found["threatened"] == "to skip the debate unless she is paid"
    # the main verb after a relative clause still ends its object
    assert contents("Respondents who support Ms. Lane are mostly in college.")["support"] == "Ms. Lane"
