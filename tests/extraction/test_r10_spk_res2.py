from attribution.extraction import extract


def _speakers(text):
    return {r.quote: (r.speaker.name if r.speaker else None) for r in extract(text)}


def test_a_number_followed_by_a_verb_counts_people_and_is_no_age():
    found = _speakers("Already, 520 delegates have publicly said they back Ann Holt, 39 have said they back Dan Fisk and 160 are silent.")
    assert "Ann Holt" not in found.values()
    assert [name for quote, name in found.items() if quote.startswith("they back Dan Fisk")] == ["39 delegates"]


def test_a_share_counted_after_a_percentage_speaks_as_that_share():
    found = _speakers("While 86 percent of farmers had a good opinion of Ann Holt, 43 said the same for Fisk.")
    assert found.get("the same for Fisk") == "43 percent"


def test_an_age_set_off_by_commas_still_belongs_to_the_name():
    found = _speakers("Dennis Ugwu, 71, said the mine was closed.")
    assert found.get("the mine was closed") == "Dennis Ugwu"


def test_a_lone_surname_that_is_also_a_role_noun_is_the_person_named_in_full_before():
    found = _speakers("Lena Backer, a lawyer, rejected the label. \"It is wrong,\" Backer said.")
    assert found.get("It is wrong,") == "Lena Backer"


def test_a_name_after_an_acronym_ending_a_sentence_takes_no_letter_of_the_acronym():
    found = _speakers("It was called a sham LLC. Lena Backer, the fund's lawyer, rejected the label. \"It is wrong,\" Backer said.")
    assert found.get("It is wrong,") == "Lena Backer"


def test_he_is_the_man_a_cleft_after_but_was_about_not_the_one_named_in_a_quotation():
    found = _speakers(
        "Donald Holt won 60 delegates, adding to his lead over Senator Dan Fisk of Texas. Mr. Fisk came away with no delegates.\n\n"
        "Both winners smiled all evening, but it was Mr. Holt who looked like a new man. "
        "While he talked in the hall, nobody booed. He called his rival \"Senator Fisk\" instead.")
    assert found.get("Senator Fisk") == "Donald Holt"


def test_he_is_the_man_who_opened_the_clause_after_but():
    found = _speakers(
        "Ann Lee met Dan Fisk and Tom Hale on Monday. Mr. Fisk left early.\n\n"
        "The meeting was long, but Mr. Hale stayed calm. He said the talks were useful.")
    assert found.get("the talks were useful") == "Tom Hale"


def test_an_aide_whose_words_interrupt_a_sentence_about_a_named_person_speaks_and_she_stays_that_person():
    found = _speakers(
        "Ann Holt met voters on Monday.\n\n"
        "Holt, a top aide said, \"is very confident in the contrast\" between her and Dan Fisk, and since 2008 she has often "
        "told her team that \"I only lost one debate.\"")
    assert found.get("is very confident in the contrast") == "a top aide"
    assert found.get("I only lost one debate.") == "Ann Holt"


def test_a_description_closed_by_a_comma_before_said_still_describes_the_name():
    found = _speakers("Ann Holt met voters on Monday. Holt, a top aide, said the vote was close.")
    assert found.get("the vote was close") == "Ann Holt"


def test_a_sentence_after_a_quotation_that_ended_the_one_before_opens_with_its_name():
    found = _speakers(
        "Judge Paul W. Varga called the clip \"distasteful.\" Tom Coan, the lawyer, argued that his client was an "
        "\"entertainer.\" Varga saw the words differently: \"I don't take that as a joke,\" he said.")
    assert found.get("I don't take that as a joke,") == "Paul W. Varga"


def test_the_person_whose_view_opens_a_sentence_with_for_is_who_he_goes_on_to_be():
    found = _speakers(
        "Writer Dan Rook called it a \"mask.\" For Martin Osgood, Tom Wills is exposing a cruel logic. "
        "\"The market has not failed them,\" he mocks.")
    assert found.get("The market has not failed them,") == "Martin Osgood"


def test_ever_before_since_opens_a_clause_and_names_nobody():
    found = _speakers(
        "Ever since she backed Mrs. Lee this spring, Ms. Hale has been a busy surrogate, touring the state to urge "
        "volunteers with one plain message: \"Keep knocking on doors!\"")
    assert found.get("Keep knocking on doors!") == "Hale"
