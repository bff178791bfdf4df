from attribution.extraction import extract


def _speakers(text):
    return {r.quote: (r.speaker.name if r.speaker else None) for r in extract(text)}


def test_an_opening_participle_is_no_part_of_the_name_he_goes_on_about():
    found = _speakers("Entrusting Gregory Ostrander with the budget is a gamble. He has questioned the bond rating.")
    assert found.get("the bond rating") == "Gregory Ostrander"


def test_an_opening_given_is_no_given_name():
    found = _speakers("Governor Dale Fenwick met voters. Given Fenwick's lead, he said the race was over.")
    assert found.get("the race was over") == "Dale Fenwick"


def test_an_opening_wherever_is_no_given_name_of_the_senator():
    found = _speakers("Ruth Ostrander met voters on Monday. Wherever Ostrander goes, crowds follow. The senator said the visit was private.")
    assert found.get("the visit was private") == "Ruth Ostrander"


def test_an_opening_over_is_no_given_name_she_could_be():
    found = _speakers("Kara Lindqvist campaigned in Ohio. Over Lindqvist's objections, the board said the vote would go ahead. "
                      "She said the vote was rigged.")
    assert found.get("the vote was rigged") == "Kara Lindqvist"


def test_a_count_opening_a_sentence_is_no_given_name_she_could_be():
    found = _speakers("Mayor Ann Roe spoke first. Six Fenwick newspapers said the governor was unfit. \"It was a betrayal,\" she said.")
    assert found.get("It was a betrayal,") == "Ann Roe"


def test_they_after_a_counted_group_is_that_group_as_it_spoke():
    found = _speakers("Two Fenwick newspapers in Ohio, including the Daily Star, said he is unfit. They called him an opportunist.")
    assert found.get("he is unfit") == found.get("him an opportunist") == "Two Fenwick newspapers in Ohio"


def test_the_person_whose_view_a_sentence_opens_with_to_is_who_she_goes_on_to_be():
    found = _speakers("Mayor Ann Roe spoke first. To Mountain State University political science professor Brigid Harrow, the stare "
                      "seemed to reflect sadness. \"It looked like heartbreak,\" she said.")
    assert found.get("It looked like heartbreak,") == "Brigid Harrow"


def test_a_description_in_brackets_after_the_speaker_describes_and_does_not_speak():
    found = _speakers("\"We will win,\" said Sofia Brandt (a Democrat).")
    assert found.get("We will win,") == "Sofia Brandt"


def test_a_longer_description_in_brackets_after_the_speaker_keeps_the_speaker():
    found = _speakers("The levy will pass, said Sofia Brandt (a Democrat from Ohio).")
    assert found.get("The levy will pass") == "Sofia Brandt"


def test_a_role_in_brackets_after_the_speaker_is_not_part_of_the_name():
    found = _speakers("\"We will win,\" said Sofia Brandt (the mayor), who leads the panel.")
    assert found.get("We will win,") == "Sofia Brandt"


def test_a_capitalised_occupation_before_a_name_is_its_role_not_part_of_it():
    found = _speakers("Actor Dale Fenwick said the tax was a mistake.")
    assert found.get("the tax was a mistake") == "Dale Fenwick"


def test_a_capitalised_debate_role_before_a_name_is_its_role_not_part_of_it():
    found = _speakers("Co-moderator Ruth Ostrander asked whether the plan would pass.")
    assert found.get("whether the plan would pass") == "Ruth Ostrander"


def test_the_former_pollster_is_the_person_written_as_a_former_pollster():
    found = _speakers("Former union pollster Gary Lindqvist spoke on the radio. The former pollster said the race was tight.")
    assert found.get("the race was tight") == "Gary Lindqvist"


def test_a_conjunction_opening_the_sentence_is_no_part_of_two_speakers_joined_by_and():
    found = _speakers("But Ruth Ostrander and Gary Lindqvist both said the plan was sound.")
    assert found.get("the plan was sound") == "Ruth Ostrander and Gary Lindqvist"


def test_they_after_a_clause_opened_by_as_is_the_group_without_the_as():
    found = _speakers("As farmers scrambled to sell their crops last year, they said the levy was unfair.")
    assert found.get("the levy was unfair") == "farmers"


def test_several_opening_a_sentence_is_no_given_name_of_the_company_named_after_it():
    found = _speakers("Several Zorbex executives left in May. In April, Zorbex said the merger was off.")
    assert found.get("the merger was off") == "Zorbex"


def test_a_party_label_before_a_given_name_describes_the_person_where_an_unknown_given_name_stays():
    found = _speakers("\"We will fight for every vote,\" said Democrat Hillary Okafor. \"We will count them all,\" said Billie Jean Okafor.")
    assert found.get("We will fight for every vote,") == "Hillary Okafor"
    assert found.get("We will count them all,") == "Billie Jean Okafor"


def test_an_inverted_cue_opening_a_sentence_before_a_name_and_a_colon_is_no_part_of_the_name():
    found = _speakers("Roger Pell spoke on Monday. Added Pell: \"So I think it is a very real problem.\"")
    assert found.get("So I think it is a very real problem.") == "Roger Pell"
