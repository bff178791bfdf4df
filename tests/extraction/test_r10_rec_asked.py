"""Round 10 (rec-asked): characterising verbs the extractor missed. Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- speakers naming or placing themselves


def test_how_people_in_a_who_clause_call_themselves_is_their_view():
    assert found(HEAD + "The mayor did best among the Ohio farmers who called themselves very devout.") == [
        ("belief", "themselves very devout", "the Ohio farmers")]


def test_how_people_in_a_who_clause_identify_themselves_is_their_view():
    assert found(HEAD + "The fund took gifts from people who identified themselves as nurses or midwives.") == [
        ("belief", "themselves as nurses or midwives", "people")]


def test_a_speaker_casting_herself_as_something_holds_that_view():
    assert found(HEAD + "Holt cast herself as the true heir of the old mayor's legacy.") == [
        ("belief", "herself as the true heir of the old mayor's legacy", "Holt")]
    assert found(HEAD + "Senator Ann Holt paints herself as a friend of the harbor workers.") == [
        ("belief", "herself as a friend of the harbor workers", "Ann Holt")]
    # (without "as" and a description, a reflexive places nobody: a visit, a feeling)
    assert found(HEAD + "The driver identified himself to the officers on Monday.") == []
    assert found(HEAD + "Holt presented herself at the door of the clinic.") == []
    assert found(HEAD + "Holt counted herself lucky.") == []


def test_a_quoted_label_a_speaker_gave_himself_ends_at_its_comma():
    assert found(HEAD + "Mayor Dan Ruiz, who has styled himself as the \u201cbudget hawk,\u201d has cut the parks fund.") == [
        ("belief", "himself as the \u201cbudget hawk,\u201d", "Dan Ruiz"), ("partial", "budget hawk,", "Dan Ruiz")]


# ---------------------------------------------------------------- naming or identifying something as what it is


def test_what_a_body_names_a_place_as_is_its_claim():
    assert found(HEAD + "The state police named Dunmore as the safest town in the county last year.") == [
        ("belief", "Dunmore as the safest town in the county last year", "the state police")]


def test_who_an_office_identifies_someone_as_is_its_claim():
    assert found(HEAD + "The Marion County Coroner's Office identified the driver killed as Tom Ruiz, 41, of Salem.") == [
        ("belief", "the driver killed as Tom Ruiz", "Marion County Coroner's Office")]


def test_a_guest_naming_a_show_as_a_favourite_gives_a_view():
    assert found(HEAD + "Former Governor Ann Holt named a cooking show as her guilty pleasure.") == [
        ("belief", "a cooking show as her guilty pleasure", "Ann Holt")]
    # (a passive, a negation or a day named is no claim by anyone named)
    assert found(HEAD + "Ann Holt was named as a defendant in the suit.") == []
    assert found(HEAD + "The council named Tuesday as the day of the vote.") == []


# ---------------------------------------------------------------- casting, painting, portraying someone as something


def test_casting_a_rival_as_something_is_a_view_of_the_rival():
    assert found(HEAD + "Governor Ray Moss painted his rival as a friend of the big banks.") == [
        ("belief", "his rival as a friend of the big banks", "Ray Moss")]
    # ("as" opening a clause of time describes nothing; a vote cast is no part given)
    assert found(HEAD + "Ann Holt cast her ballot as the polls opened.") == []
    assert found(HEAD + "Ann Holt presented the award as the crowd cheered.") == []
    assert found(HEAD + "The posters depicting a young Moss smiling as police lead him away sold out.") == []


def test_a_participle_of_portraying_after_the_clause_is_the_subjects():
    assert found(HEAD + "The Lee campaign has built its pitch on the harbor, painting the mayor as a captive of the developers.") == [
        ("belief", "the mayor as a captive of the developers", "the Lee campaign")]
    assert found(HEAD + "Democrats went after her in the fall by labeling her as a puppet of the mill owners.") == [
        ("indirect", "her as a puppet of the mill owners", "Democrats")]


def test_an_attempt_to_present_someone_as_something_is_the_subjects():
    assert found(HEAD + "Ann Holt is running hard in the north, attempting to present Moss as a stranger to the region.") == [
        ("belief", "Moss as a stranger to the region", "Ann Holt")]


def test_a_naming_inside_a_clause_opened_by_that_is_its_subjects():
    assert found(HEAD + "Voters worried, and the fact that the state police named Dunmore as the least safe town gave them reason.") == [
        ("belief", "Dunmore as the least safe town", "the state police")]


def test_an_opening_infinitive_of_purpose_gives_no_view_of_the_person_it_aims_at():
    assert found(HEAD + "To beat Ann Holt, the party has decided to spend millions on ads.") == [
        ("belief", "to spend millions on ads", "the party")]
