"""Round 19, missb: beliefs the extractor did not predict at all. A noun naming one who holds a stance ("supporter",
"critic", "proponent", "defender", "backer", "opponent"), said of the subject by "be" ("is a fervent supporter of",
"has been a pointed critic of", "remains a proponent of", "he's an early backer of"), makes the subject hold that
stance toward what "of" opens. The noun in another phrase ("disliked by supporters of", "the bill's supporters") or
in an apposition (", a supporter of X,") reports nothing. Sentences and names invented for these tests."""
from attribution.extraction import extract


def beliefs(text):
    return [(e.speaker.name if e.speaker else None, e.cue, e.quote) for e in extract(text) if e.kind == "belief"]


def test_a_fervent_supporter_of_someone_holds_a_belief_about_them():
    assert beliefs("In this quiet river town, Dana Pruitt, 51, is a fervent supporter of Governor Alma Reyes.") == [
        ("Dana Pruitt", "a fervent supporter of", "Governor Alma Reyes")]


def test_a_critic_after_has_been_is_the_subjects_stance():
    assert beliefs("Senator Omar Lisle has been a pointed critic of the port authority's budget.") == [
        ("Omar Lisle", "a pointed critic of", "the port authority's budget")]


def test_a_verb_joined_by_and_lends_its_subject():
    assert beliefs("Mr. Lisle, a Democrat, has not endorsed the levy and has been a vocal critic of its sponsors.") == [
        ("Lisle", "a vocal critic of", "its sponsors")]


def test_remains_a_proponent_stops_before_a_clause_of_concession():
    assert beliefs("The treasurer remains a proponent of lower property taxes even though several aides disagree.") == [
        ("the treasurer", "a proponent of", "lower property taxes")]


def test_a_contracted_pronoun_subject_holds_the_stance_of_the_person_named_before():
    text = "Omar Lisle spoke to farmers on Monday. He's been an outspoken critic of the water board."
    assert beliefs(text) == [("Omar Lisle", "an outspoken critic of", "the water board")]


def test_a_comparison_after_the_object_ends_it():
    text = "Omar Lisle spoke to farmers on Monday. He's a more dedicated proponent of crop insurance than most of his colleagues."
    assert beliefs(text) == [("Omar Lisle", "a more dedicated proponent of", "crop insurance")]


def test_a_group_among_the_earliest_backers_holds_the_stance():
    assert beliefs("Nurses unions were among the earliest backers of Governor Alma Reyes.") == [
        ("Nurses unions", "among the earliest backers of", "Governor Alma Reyes")]


def test_supporters_after_by_or_a_possessive_report_nothing():
    assert beliefs("The governor is disliked by supporters of her rival.") == []
    assert beliefs("The levy's supporters of course disagree.") == []


def test_an_apposition_only_describes_and_reports_no_stance():
    assert beliefs("Dana Pruitt, a supporter of the levy, runs a hardware store on Main Street.") == []


def test_someone_revealed_as_a_backer_is_no_stance_said_of_the_subject():
    text = "Mr. Lisle, who was exposed on Monday as a quiet backer of the lawsuit, declined to comment."
    assert [b for b in beliefs(text) if "backer" in b[1]] == []


def test_a_thing_is_no_supporter():
    assert beliefs("The plan is a supporter of nothing.") == []


# What a person or a group shows a sign of, an inclination to or an interest in is their own stance or intention: a
# belief with the shown disposition as its cue ("showed no sign of backing down"); a thing that shows no sign of change
# holds nothing.

def test_no_sign_of_backing_down_is_the_subjects_intention():
    assert beliefs("Mayor Ines Carrow showed no sign of backing down after the vote.") == [
        ("Ines Carrow", "showed no sign of", "backing down")]


def test_a_sign_that_opens_a_clause_the_subject_holds():
    assert beliefs("At a rally on Friday, Ms. Carrow showed no sign that she was planning to withdraw.") == [
        ("Carrow", "showed no sign that", "she was planning to withdraw")]


def test_little_inclination_and_little_interest_are_the_subjects_stance():
    text = "Ines Carrow spoke to donors on Monday. So far she has shown little inclination to join the recount effort."
    assert beliefs(text) == [("Ines Carrow", "shown little inclination to", "join the recount effort")]
    text = "Ines Carrow spoke to donors on Monday. She shows little personal interest in the party's data operation."
    assert beliefs(text) == [("Ines Carrow", "shows little personal interest in", "the party's data operation")]


def test_enthusiasm_shown_by_a_group_is_their_stance():
    assert beliefs("And if older members in the hall showed limited enthusiasm for the nominee, the feeling was mutual.") == [
        ("older members in the hall", "showed limited enthusiasm for", "the nominee")]


def test_a_relative_clause_interrupted_by_an_aside_is_left_out_of_the_object():
    text = "Still, both senators have shown an inclination to end a filibuster that, for the first time in years, has closed the floor."
    assert beliefs(text) == [("both senators", "shown an inclination to", "end a filibuster")]


def test_a_thing_or_data_showing_no_sign_holds_no_belief():
    assert beliefs("The drought shows no sign of easing this summer.") == []
    assert beliefs("Recent polls show little interest in the race among young voters.") == []


def test_showing_a_thing_to_someone_is_no_disposition():
    assert beliefs("He showed the reporters a copy of the letter.") == []


def test_holders_joined_by_neither_nor_are_left_alone():
    assert beliefs("Neither the treasurer nor his rivals showed much of an appetite for a fight in the final debate.") == []
