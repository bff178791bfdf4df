"""Round 13 (spk-tail-a): speakers on real news, each construction with sentences written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_every_person_named_in_a_list_before_and_speaks_together():
    assert found(HEAD + "Hannes Molnar, Beth Arkwright and Cole Denny argued that the levy would fail.") == [
        ("indirect", "the levy would fail", "Hannes Molnar, Beth Arkwright and Cole Denny")]
    assert found(HEAD + "But Molnar, Arkwright and Denny have all argued that the levy would fail.") == [
        ("indirect", "the levy would fail", "Molnar, Arkwright and Denny")]
    # a description or a time before the comma is no one of the list
    assert found(HEAD + "Two analysts, Beth Arkwright and Cole Denny, found that the levy would fail.") == [
        ("indirect", "the levy would fail", "Beth Arkwright and Cole Denny")]
    assert found(HEAD + "On Sunday, Beth Arkwright and Cole Denny said the levy would fail.") == [
        ("indirect", "the levy would fail", "Beth Arkwright and Cole Denny")]


def test_a_report_in_an_opening_clause_of_time_ends_at_the_comma_before_the_main_clause():
    assert found(HEAD + "Two days after Dana Whitcombe said the plant was safe, Lorna Pike vowed to close it.") == [
        ("indirect", "the plant was safe", "Dana Whitcombe"), ("belief", "to close it", "Lorna Pike")]
    assert found(HEAD + "A few weeks after Ray Dunmore announced that the base would stay open, U.S. forces bombed a clinic in the valley.") == [
        ("indirect", "the base would stay open", "Ray Dunmore")]
    assert found(HEAD + "While Ray Dunmore said that reporters cannot take sides, he appears uneasy about his daughter's role.") == [
        ("indirect", "reporters cannot take sides", "Ray Dunmore")]
    assert found(HEAD + "Because early polls in Ohio indicated that Ms. Pike was gaining, there's a sense among aides that she could win.")[0] == (
        "indirect", "Ms. Pike was gaining", "early polls in Ohio")
    assert found(HEAD + "But if the records show that he misled the board, one of the mayor's closest aides could face charges.") == [
        ("indirect", "he misled the board", "the records")]
    # a comma inside the report, before no clause of its own, does not end it
    assert found(HEAD + "When Ray Dunmore said that the plan, a costly one, was dead, the council met.") == [
        ("indirect", "the plan, a costly one, was dead", "Ray Dunmore")]


def test_a_participle_after_a_main_clause_that_follows_a_counted_opening_clause_is_the_main_subjects():
    assert found(HEAD + "Years after Dana Whitcombe famously declared that the age of big budgets was over, Lorna Pike won "
                 "the party's backing by promising its return.") == [
        ("indirect", "the age of big budgets was over", "Dana Whitcombe"), ("belief", "its return", "Lorna Pike")]


def test_a_participle_after_by_at_the_end_of_a_reported_clause_is_that_clauses_subjects():
    assert found(HEAD + "Aides said Marta Ellison calmed the donors by telling them she would not raise taxes.") == [
        ("indirect", "Marta Ellison calmed the donors", "Aides"), ("indirect", "she would not raise taxes", "Marta Ellison")]
    assert found(HEAD + "The Tribune reported that Marta Ellison tried to calm the donors by telling them she would not raise taxes.")[1] == (
        "indirect", "she would not raise taxes", "Marta Ellison")
    # the reporter's own act, and a clause whose subject is only a pronoun, keep the reporter
    assert found(HEAD + "Marta Ellison attacked the plan by saying it would raise taxes.")[1] == ("indirect", "it would raise taxes", "Marta Ellison")


def test_a_predicate_from_a_long_aside_is_no_subject_the_name_opening_the_sentence_speaks():
    assert found(HEAD + "Scott Rennick, a former county treasurer who is now a visiting scholar at the Center for Rural "
                 "Growth, which lends to farmers, said that support for the plan was strong.") == [
        ("indirect", "support for the plan was strong", "Scott Rennick")]


def test_a_subject_ends_before_the_auxiliary_that_opens_its_verb_phrase():
    assert found(HEAD + "Critics of the singer's new album have gone on Twitter to complain about the price.") == [
        ("indirect", "the price", "Critics of the singer's new album")]
    assert found(HEAD + "Republican insiders in Ohio were more likely to say the governor can still win.") == [
        ("indirect", "the governor can still win", "Republican insiders in Ohio")]
