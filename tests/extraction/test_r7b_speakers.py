"""Who the speaker is in real US political reporting, round 7b (issue 10): a verb joined by "and" inside a
"when" clause, and what the verb joined to a main clause keeps. Every sentence is written for the tests."""

from attribution.extraction import extract


def _speakers(text: str, cue: str) -> list[str]:
    return [e.speaker.name for e in extract(text) if e.cue == cue and e.speaker is not None]


# ---------------------------------------------------------------- a second verb joined by "and" in a clause of its own


def test_a_verb_joined_by_and_in_a_when_clause_is_that_clauses_subjects():
    text = ("The anger boiled over at a rally in Dayton on Friday when Mr. Delaney took issue with recent criticism "
            "of his port plan and assailed Ms. Kessler from every angle.")
    assert _speakers(text, "assailed") == ["Delaney"]


def test_a_verb_joined_by_and_after_a_named_subject_stays_that_subjects():
    text = "Ann Lee met Tom Vance when he arrived in Dayton, thanked him and said the port would stay open."
    assert _speakers(text, "said") == ["Ann Lee"]


def test_a_verb_joined_by_comma_and_after_an_aside_stays_the_sentences_subjects():
    text = ("Port officials in Dayton confirmed 14 closures on Monday, most of them among unlicensed depots on the river, "
            "and warned that the number was likely to grow.")
    assert _speakers(text, "warned") == ["Port officials in Dayton"]


# ---------------------------------------------------------------- "the agency" is no outlet merely written earlier


def test_the_agency_after_government_data_is_not_an_outlet_credited_for_a_photo():
    text = ("Dayton Is Not The Most Dangerous City.\n\n"
            "Photo: Ann Lee / Reuters.\n\n"
            "The mayor spoke on Monday about crime in the city.\n\n"
            "In 2015, Dayton had 310 violent crimes, according to the latest figures from the FBI. "
            "The agency said that the city's population that year was 140,000.\n")
    assert _speakers(text, "said") == ["the agency"]


def test_the_news_agency_is_the_outlet_written_before():
    text = ("Ann Lee, the mayor, spoke to Reuters on Monday.\n\n"
            "The news agency said the mayor would not run again.\n")
    assert _speakers(text, "said") == ["Reuters"]


# ---------------------------------------------------------------- "in his view" inside a clause is that clause's subject's


def _beliefs(text: str) -> list[str]:
    return [e.speaker.name for e in extract(text) if e.cue.endswith(" view")]


def test_in_his_view_after_an_opening_clause_is_the_main_clauses_subject_not_the_last_speaker():
    text = ("\u201cThe port will close in May,\u201d Tom Vance said on Monday.\n\n"
            "Even as he attacked the council over its budget, Mark Delaney would not speculate about the mayor's "
            "reasons for, in his view, dropping a sound plan.\n")
    assert _beliefs(text) == ["Mark Delaney"]


def test_a_trailing_in_his_view_is_the_sentences_subject():
    text = ("\u201cThe port will close in May,\u201d Tom Vance said on Monday.\n\n"
            "Mark Delaney voted against the budget, which would hurt the port, in his view.\n")
    assert _beliefs(text) == ["Mark Delaney"]


def test_in_his_view_does_not_go_to_a_subject_of_the_other_gender():
    text = ("\u201cThe port will close in May,\u201d Tom Vance said on Monday.\n\n"
            "Even as she praised the council, Ann Lee would not back the mayor's reasons for, in his view, "
            "dropping a sound plan.\n")
    assert _beliefs(text) == ["Tom Vance"]


# ---------------------------------------------------------------- "the 46-year-old" is the person last met, named or heard


def test_an_age_description_is_a_person_who_opened_a_sentence_since_the_last_speaker():
    text = ("\u201cKeeping order on the floor is vital,\u201d Senator Tom Vance told the delegates before the vote.\n\n"
            "The candidate's wife Dana Holt brought some glamour to the opening night.\n\n"
            "With millions watching, the former model gave a warm defence of her husband.\n\n"
            "\u201cMark is, and always has been, a great leader,\u201d said the 46-year-old.\n")
    assert _speakers(text, "said") == ["Dana Holt"]


def test_an_age_description_with_nobody_named_since_is_the_last_speaker():
    text = ("\u201cKeeping order on the floor is vital,\u201d Tom Vance told the delegates before the vote.\n\n"
            "The vote went on for two hours.\n\n"
            "\u201cWe got it done,\u201d said the 46-year-old.\n")
    assert _speakers(text, "said") == ["Tom Vance"]


def test_in_his_view_finds_a_subject_before_a_typographic_contraction():
    text = ("\u201cThe port will close in May,\u201d Tom Vance said on Monday.\n\n"
            "Even as he attacked the council over its budget, Delaney wouldn\u2019t directly speculate about the mayor\u2019s "
            "reasons for, in his view, dropping a sound plan.\n")
    assert _beliefs(text) == ["Delaney"]


# ---------------------------------------------------------------- a surname two people share


def test_a_bare_surname_two_people_share_is_the_one_named_first():
    text = ("Hillary Clinton spoke to voters in Des Moines on Monday.\n\n"
            "Her husband, former President Bill Clinton, sat in the front row.\n\n"
            "\u201cWe will win this state,\u201d Clinton said.\n")
    assert _speakers(text, "said") == ["Hillary Clinton"]


def test_a_bare_surname_in_the_paragraph_that_names_the_other_namesake_is_that_one():
    text = ("Hillary Clinton spoke to voters in Des Moines on Monday.\n\n"
            "Bill Clinton spoke in Dayton. Clinton said the state would decide the race.\n")
    assert _speakers(text, "said") == ["Bill Clinton"]


def test_a_bare_surname_after_a_headline_is_the_namesake_the_story_names_first():
    text = ("Jane Sanders Backs Husband In Final Push\n\n"
            "Mark Sanders spoke to supporters in Burlington on Monday.\n\n"
            "His wife, Jane Sanders, stood beside him.\n\n"
            "\u201cWe are staying in,\u201d Sanders said.\n")
    assert _speakers(text, "said") == ["Mark Sanders"]
