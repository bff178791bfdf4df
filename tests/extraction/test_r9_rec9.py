"""Round 9 (rec9): documents made public, and cues of reported speech the extractor missed.
Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- documents made public: one set of verbs


def test_a_document_blasted_out_speaks_for_the_one_who_sent_it():
    assert found(HEAD + "As the race slipped away, Mayor Ann Holt blasted out a new robocall urging voters to back the school levy.") == [
        ("belief", "voters to back the school levy", "Ann Holt")]


def test_a_document_churned_out_with_a_participle_speaks_for_its_maker():
    assert found(HEAD + "Back home, the governor's staff churned out a glossy video of Ms. Holt, deploring partisan gridlock in the capital.") == [
        ("indirect", "partisan gridlock in the capital", "the governor's staff")]



# ---------------------------------------------------------------- a clause without "that": its verb seen


def test_a_present_verb_before_its_object_shows_a_clause_without_that():
    assert found(HEAD + "The radio host suggested the flood highlights the danger the old dam poses.") == [
        ("indirect", "the flood highlights the danger the old dam poses", "the radio host")]
    assert found(HEAD + "The county board claims Ray Marsh runs a network of shell firms.") == [
        ("indirect", "Ray Marsh runs a network of shell firms", "the county board")]


def test_a_modal_after_a_nouns_infinitive_shows_the_clause_that_noun_opens():
    assert found(HEAD + "The radio host suggested the mayor's refusal to disavow the group could cost him the race.") == [
        ("indirect", "the mayor's refusal to disavow the group could cost him the race", "the radio host")]


# ---------------------------------------------------------------- findings and trailing cues


def test_a_finding_joined_by_and_to_the_subjects_first_verb_is_reported():
    assert found(HEAD + "The Harbor Institute ran the numbers and found that the odds were one in twenty.") == [
        ("indirect", "the odds were one in twenty", "Harbor Institute")]


def test_a_trailing_cue_may_name_the_paper_it_was_written_in():
    assert found(HEAD + "The plan is a classic scare tactic, Ray Marsh wrote in the Atlantic.") == [
        ("indirect", "The plan is a classic scare tactic", "Ray Marsh")]
    assert found(HEAD + "The plan is a classic scare tactic, as Ray Marsh noted in The Harbor Ledger.") == [
        ("indirect", "The plan is a classic scare tactic", "Ray Marsh")]


def test_a_question_asked_in_an_opening_clause_relays_nothing_of_the_sourced_clause():
    assert found(HEAD + "After a reporter asked about it, the Holts became angry, according to a source at the station.") == [
        ("indirect", "After a reporter asked about it, the Holts became angry", "a source at the station")]


# ---------------------------------------------------------------- an opening gerund and its "that" clause


def test_an_opening_gerund_with_a_time_before_that_reports_for_the_main_subject():
    assert found(HEAD + "After saying on Wednesday that he regretted his insults, Ray Marsh only rarely disagreed with her.") == [
        ("indirect", "he regretted his insults", "Ray Marsh")]


def test_an_opening_announcement_with_that_reports_for_the_main_subject():
    assert found(HEAD + "Since announcing in June that he will not run again, Ray Marsh has been a loyal ally.") == [
        ("indirect", "he will not run again", "Ray Marsh")]


def test_an_opening_gerund_after_before_or_in_addition_to_reports_for_the_main_subject():
    assert found(HEAD + "Before announcing that she would run, Ann Holt met with donors.") == [("indirect", "she would run", "Ann Holt")]
    assert found(HEAD + "In addition to stating that the levy is illegal, Ann Holt has vowed to repeal it.") == [
        ("indirect", "the levy is illegal", "Ann Holt"), ("belief", "to repeal it", "Ann Holt")]


# ---------------------------------------------------------------- "he's" is no owner


def test_a_pronoun_contracted_with_its_auxiliary_is_the_subject_not_an_owner():
    assert found(HEAD + "Ever since Ray Marsh entered the race, he's said the same thing at every stop.") == [
        ("indirect", "the same thing at every stop", "Ray Marsh")]
    assert found(HEAD + "Ann Holt lost twice. Still, she's said she will run again.") == [("indirect", "she will run again", "Ann Holt")]
