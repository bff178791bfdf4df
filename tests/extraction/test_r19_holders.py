"""Round 19 (holders): who speaks or holds a view when the subject phrase is complex: a pair joined by "and", a named person
"of" a described body, two roles before "who". Every sentence and name is written for the tests."""

from attribution.extraction import extract


def holders(text: str) -> dict[str, str]:
    return {e.cue: e.speaker.name for e in extract(text) if e.kind != "partial"}


def test_a_pair_joined_by_and_holds_a_belief_together():
    assert holders("Ms. Paulsen and other farm leaders remain confident that the bill will pass.")["confident"] == "Ms. Paulsen and other farm leaders"
    assert holders("Many economists and consumer advocates believe the rule is too weak.")["believe"] == "Many economists and consumer advocates"
    assert holders("Canada and others want Ottawa to spend more on defense.")["want"] == "Canada and others"


def test_a_pair_after_that_where_or_a_colon_holds_the_belief_of_its_short_clause():
    assert holders("The state is next, where Rivera and his aides believe they can win.")["believe"] == "Rivera and his aides"
    assert holders("He is bound by his record: he and his wife supported the treaty.")["supported"] == "he and his wife"
    assert holders("No, what matters is that the Lopez campaign and the state party realize that time is short.")["realize"] == (
        "the Lopez campaign and the state party")


def test_two_descriptions_of_one_person_before_a_belief_stay_one_person():
    assert holders("Noted Catholic and radio host Ann Tilly believes the vote was rigged.")["believes"] == "Ann Tilly"


def test_a_full_name_of_a_described_body_is_the_person():
    found = [e for e in extract('"Support was soft from the start," said Dale Ennis of polling firm Veritas.') if e.cue == "said"]
    assert found[0].speaker.name == "Dale Ennis" and found[0].speaker.kind == "person"


def test_two_roles_under_one_article_before_who_are_one_persons():
    assert holders("Ann Lee, a pollster and strategist who advises the mayor, said the race was close.")["said"] == "Ann Lee"
    assert holders("Tom Ray, a lawyer and lobbyist who backed the governor in May, said the deal was bad.")["backed"] == "Tom Ray"


def test_a_pair_after_by_holds_the_stance_together():
    assert holders("The state used a loophole, a practice criticized by Ortiz and some farm advocates.")["criticized by"] == (
        "Ortiz and some farm advocates")


def test_two_full_names_joined_by_and_are_a_pair_not_a_name_after_a_role():
    found = [e for e in extract('"Turnout was the story," wrote Dana Ennis and Jon Coleridge in a memo.') if e.cue == "wrote"]
    assert found[0].speaker.name == "Dana Ennis and Jon Coleridge"


def test_capitalised_words_joined_by_for_or_of_name_one_body_not_a_person_after_them():
    found = [e for e in extract("The fiscally liberal Farmers United for Rural Progress reported spending $2 million on ads.") if e.cue == "reported"]
    assert found[0].speaker.name == "Farmers United for Rural Progress" and found[0].speaker.kind == "organization"
    found = [e for e in extract("Revenue fell 3 percent, according to the state Division of Water Control.") if e.cue == "according to"]
    assert found[0].speaker.name == "Division of Water Control"
    found = [e for e in extract("Governor of Utah Ann Lee said the budget would pass.") if e.cue == "said"]
    assert found[0].speaker.name == "Ann Lee"
