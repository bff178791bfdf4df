"""Speakers in real US political reporting, round 5 (issue 10): who a participle, a headline and a
description of an office point to. Every sentence is written for the tests."""

from attribution.extraction import extract


def _speakers(text: str, cue: str) -> list[str]:
    return [e.speaker.name for e in extract(text) if e.cue == cue and e.speaker is not None]


# ---------------------------------------------------------------- a participle hangs on the nearest clause


def test_a_participle_after_a_coordinated_clause_is_that_clauses_subjects():
    text = "The county cut the grazing season in May, and the Prairie Growers Union has sued the county, saying the cut breaks the state charter."
    assert _speakers(text, "saying") == ["Prairie Growers Union"]


def test_a_participle_after_a_while_clause_is_the_subject_in_apposition_there():
    text = ("Voters are watching the mayor, Dana Holt, argue that the budget is rigged against towns, while her main rival, "
            "Omar Reyes, has climbed in the polls by saying that the budget favors the rich.")
    assert _speakers(text, "saying") == ["Omar Reyes"]


def test_a_participle_after_the_main_clause_that_follows_a_while_clause_is_the_main_subjects():
    text = ("At the forum, while most of her rivals called for a larger police budget, Dana Holt kept to the council's plan, "
            "noting that crime had fallen for three years.")
    assert _speakers(text, "noting") == ["Dana Holt"]


def test_a_participle_after_a_thing_and_a_subordinate_clause_is_the_subordinate_subjects():
    text = "The shouting match began a week after the developer entered the mayoral race, calling the council corrupt and vowing to cut taxes."
    assert _speakers(text, "vowing") == ["the developer"]


def test_a_source_opening_the_sentence_keeps_a_participle_after_a_subordinate_clause():
    text = "Farm groups had sued after the council eliminated the grazing week, saying the cut breaks the state charter."
    assert _speakers(text, "saying") == ["Farm groups"]


def test_people_right_before_a_participle_are_not_replaced_by_an_earlier_clause():
    text = "The mayor lost the vote in May, and she would still need 90 delegates now supporting Holt to win the nomination."
    assert "Holt" not in " ".join(_speakers(text, "supporting")) and "she" not in _speakers(text, "supporting")


# ---------------------------------------------------------------- a participle never names its speaker after it


def test_the_noun_phrase_after_a_participle_is_what_it_says_not_who_says_it():
    text = "Dana Holt kept to the council's plan at the forum, noting the size of the crowd outside the hall."
    assert all(speaker == "Dana Holt" for speaker in _speakers(text, "noting"))


def test_a_clause_after_a_participle_is_its_content_not_its_speaker():
    items = [e for e in extract("The mayor spoke for an hour, saying the cut breaks the state charter.") if e.cue == "saying"]
    assert [(e.quote, e.speaker.name) for e in items] == [("the cut breaks the state charter", "the mayor")]


# ---------------------------------------------------------------- a title-case headline


def test_a_headline_name_before_a_capitalised_cue_speaks_not_the_name_after_it():
    text = "Dana Holt Endorses Omar Reyes: I Am 'Appalled' By The Council.\n\nThe former mayor spoke on Monday."
    items = [e for e in extract(text) if e.quote.startswith("I Am")]
    assert [e.speaker.name for e in items] == ["Dana Holt"]


def test_a_headline_name_before_a_capitalised_to_speaks():
    text = "Holt To Farmers Worried About The Levy: Your Grazing Rights Are Safe.\n\nThe mayor spoke in Millbrook on Monday."
    items = [e for e in extract(text) if e.quote.startswith("Your Grazing")]
    assert [e.speaker.name for e in items] == ["Holt"]


# ---------------------------------------------------------------- descriptions of an office


def test_the_candidate_is_never_the_broadcaster_who_asked_the_question():
    text = ("At the forum, Fox News Jo Hale asked Reyes, who trails in the county race, to lay out his path to the nomination. "
            "The candidate said he does not expect a contested convention.")
    assert [name for name in _speakers(text, "said") if "Hale" in name] == []


def test_the_candidate_is_never_a_commentator_named_just_before():
    text = ('Ms. Hale, now a paid commentator, said the race was over. "The race is not over," the candidate said.')
    assert "Jo Hale" not in _speakers(text, "said")[1:] and "Hale" not in _speakers(text, "said")[1:]


# ---------------------------------------------------------------- a surname opening a sentence


def test_he_after_a_sentence_opened_by_a_surname_named_in_full_earlier_is_that_person():
    text = ("Donald Marsh and Omar Reyes met at the county fair on Friday. "
            '"The levy is fair," Reyes said.'
            "\n\nMarsh eased his tone on Saturday. \"The mayor leads the council,\" he said.")
    items = [e for e in extract(text) if e.speaker_mention == "he"]
    assert [e.speaker.name for e in items] == ["Donald Marsh"]


def test_a_surname_inside_someone_elses_quotation_does_not_take_the_next_he():
    text = ("Donald Marsh ran the county budget office for a decade. "
            '"Omar Reyes is a fine mayor," said Paul Hale, a council member. "I think so. Sadly, Marsh was wrong about the levy. It was fair." '
            "He added that the levy would stay.")
    items = [e for e in extract(text) if e.cue == "added"]
    assert [e.speaker.name for e in items] == ["Paul Hale"]


def test_she_never_goes_to_a_surname_whose_gender_is_unknown():
    text = 'Robin Marsh spoke at the fair on Friday. "The levy is fair," said Dana Holt.\n\nMarsh left the fair early. "It stays," she said.'
    assert [e.speaker.name for e in extract(text) if e.speaker_mention == "she"] == ["Dana Holt"]


def test_a_headline_quotation_after_a_capitalised_cue_is_the_first_names():
    text = "Dana Holt Praises County Ledger Editor Omar Reyes: \u2018Very Good Reporter.\u2019\n\nThe mayor spoke on Monday."
    items = [e for e in extract(text) if e.quote.startswith("Very Good")]
    assert [(e.speaker.name, e.cue) for e in items] == [("Dana Holt", "Praises")]


def test_a_name_between_a_dash_and_a_colon_signs_the_quotation_after_a_cue():
    text = "Pollsters agree - Dana Holt: \u201cKeep calling voters as late as possible.\u201d"
    items = [e for e in extract(text) if e.quote.startswith("Keep calling")]
    assert [e.speaker.name for e in items] == ["Dana Holt"]


def test_a_person_named_right_before_a_colon_speaks_when_the_subject_is_a_thing():
    text = "The size of the crowd did not impress county clerk Dana Holt: \u201cWe have seen bigger ones.\u201d"
    assert [e.speaker.name for e in extract(text)] == ["Dana Holt"]


def test_a_person_subject_keeps_a_quotation_after_a_colon_that_follows_another_name():
    text = "Omar Reyes attacked county clerk Dana Holt: \u201cShe has failed the farmers.\u201d"
    assert [e.speaker.name for e in extract(text) if e.kind == "direct"] == ["Omar Reyes"]


def test_a_name_after_a_datelines_dash_and_an_opening_phrase_opens_the_sentence():
    text = ("A hard race for Dana Holt.\n\n"
            "MILLBROOK, Ohio - At a rally here last week, Omar Reyes showed the crowd a clip of Holt's speech.\n\n"
            '"She cannot answer a simple question," the Republican nominee said.')
    items = [e for e in extract(text) if e.cue == "said"]
    assert [e.speaker.name for e in items] == ["Omar Reyes"]


# ---------------------------------------------------------------- a list inside a relative clause


def test_a_list_of_places_inside_a_who_clause_is_not_the_speaker():
    text = "Dana Holt, who worked in Ohio, Iowa and Texas, said the plan was fair."
    assert [e.speaker.name for e in extract(text)] == ["Dana Holt"]


def test_names_coordinated_after_a_who_clause_still_speak_together():
    text = "Holt, who chairs the panel, and Reyes said the plan was fair."
    assert [e.speaker.name for e in extract(text)] != ["Holt"]


def test_the_object_of_a_who_clause_is_not_the_speaker_of_the_verb_after_it():
    text = "Even farmers who have praised the levy warned on Tuesday that the council may split."
    assert [e.speaker.name for e in extract(text) if e.cue == "warned"] == ["farmers"]


def test_a_trailing_cue_after_a_clause_with_a_who_clause_keeps_its_own_speaker():
    text = "The cuts could hurt farmers who have continued planting after the floods, a common practice in the county, experts said."
    assert [e.speaker.name for e in extract(text) if e.cue == "said"] == ["experts"]


# ---------------------------------------------------------------- an infinitive of purpose


def test_an_infinitive_after_the_object_and_a_place_is_the_subjects_purpose():
    text = "Dana Holt took her daughter, Chloe, to the fair on Sunday to explain to her who the mayor was."
    assert [e.speaker.name for e in extract(text) if e.cue == "explain"] == ["Dana Holt"]


def test_an_infinitive_after_a_name_in_apposition_is_the_subjects_purpose():
    text = "Dana Holt chimed in, breaking with the council's chairwoman, Ann Lee, to argue that the levy was unfair."
    assert [e.speaker.name for e in extract(text) if e.cue == "argue"] == ["Dana Holt"]



# ---------------------------------------------------------------- "the company", "the group"


def test_the_company_is_never_a_government_department_quoted_before():
    text = ('"The strike is unlawful," the Labor Department said in a statement. '
            "Workers said Kettlewise Appliances was moving jobs overseas. The company has argued that the jobs will stay.")
    items = [e for e in extract(text) if e.cue == "argued"]
    assert [e.speaker.name for e in items] != ["Labor Department"]


def test_the_group_is_never_a_party_label_read_as_an_organisation():
    text = ("House Speaker Dana Holt says the levy is fair.\n\nThe Vermont Republican says in a statement that the levy will pass.\n\n"
            "The group seeks to prevent gun deaths through education.")
    assert "Vermont Republican" not in [e.speaker.name for e in extract(text) if e.cue == "seeks"]
