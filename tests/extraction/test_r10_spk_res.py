"""Round 10 (spk-res): speakers the extractor named wrongly. Every sentence is written for the tests."""

from attribution.extraction import extract

HEAD = "A headline for the story\n\n"


def speakers(text: str) -> list[tuple[str, str]]:
    return [(r.quote, r.speaker.name) for r in extract(HEAD + text)]


# ---------------------------------------------------------------- a verb with its particle: "shot back", "chimed in"


def test_a_quote_tagged_shot_back_is_the_subject_s_not_the_speaker_before():
    text = ('"Look at all the farmers here," Dana Holt said. "They only came for the free lunch," Marco Bennett shot back with a grin.')
    assert ("They only came for the free lunch,", "Marco Bennett") in speakers(text)


def test_the_name_that_shot_back_speaks_not_the_critic_of_the_clause_before():
    text = 'After former Ohio Gov. Tim Rowe criticized Pat Lane in a debate, Maria Lane shot back, "I could have stayed home and baked pies."'
    assert ("I could have stayed home and baked pies.", "Maria Lane") in speakers(text)


def test_fired_back_that_reports_a_clause_but_fired_back_with_an_object_and_shot_alone_report_nothing():
    text = "Lane questioned her record on trade. Dana Holt fired back that the voters had backed her twice."
    assert ("the voters had backed her twice", "Dana Holt") in speakers(text)
    assert speakers("Later that day, Dana Holt fired back a response on the radio.") == []
    assert speakers("Dana Holt was shot in the leg, and police fired an officer.") == []


# ---------------------------------------------------------------- roles joined by "and" after a name


def test_the_name_speaks_when_its_apposition_joins_two_roles_with_and():
    text = "Armstrong Hill, Lamb's old friend and adviser, hinted that the candidate was taking back control."
    assert speakers(text) == [("the candidate was taking back control", "Armstrong Hill")]


def test_the_name_speaks_when_its_apposition_lists_roles():
    text = "Dan Holt, the fund's lawyer, treasurer and strategist, has argued that it costs money to raise money."
    assert speakers(text) == [("it costs money to raise money", "Dan Holt")]


# ---------------------------------------------------------------- a plural of people is no verb; a participle after "a" no clause verb


def test_advocates_before_a_verb_are_people_not_a_verb_of_the_word_before():
    assert speakers("Farm advocates hailed Dunmore's choice of the new judge.") == [("Dunmore's choice of the new judge", "Farm advocates")]
    assert speakers("But advocates within the farming community cite her record on the river.") == []


def test_a_capitalised_modifier_before_politicians_is_no_speaker():
    text = "Labour politicians and their friends speak with one voice, arguing that the plan has been a failure."
    assert speakers(text) == [("the plan has been a failure", "Labour politicians")]


def test_a_participle_after_a_determiner_describes_the_noun_a_who_clause_follows():
    text = "The unions asked her to reject the help of a retired colonel who suggested that the town should close its borders."
    assert ("the town should close its borders", "a retired colonel") in speakers(text)


def test_a_first_name_and_a_capitalised_surname_that_is_also_a_noun_name_a_person():
    text = "Ann Backer, the club's lawyer, treasurer and strategist, has argued that the fee was fair."
    assert speakers(text) == [("the fee was fair", "Ann Backer")]


# ---------------------------------------------------------------- a person named only by honorific and surname


def test_he_after_a_sentence_opened_by_an_honorific_and_surname_is_that_person_and_she_skips_him():
    text = 'Donald Lane said the plan was weak. Mr. Okafor disagreed on Monday. "It was hard for all of us," he said.'
    assert speakers(text)[-1] == ("It was hard for all of us,", "Okafor")
    text = 'Dana Holt said the plan was weak. Mr. Okafor disagreed on Monday. "It was hard for all of us," she said.'
    assert speakers(text)[-1] == ("It was hard for all of us,", "Dana Holt")


def test_a_name_with_its_home_state_after_of_is_the_person_s_full_name():
    text = ('Senator Dale Orme of Nebraska is running a new radio ad. Donald Lane said the plan was weak. '
            'Mr. Orme disagreed on Monday. "It was hard for all of us," he said.')
    assert speakers(text)[-1] == ("It was hard for all of us,", "Dale Orme")


# ---------------------------------------------------------------- a tag of a name and its description after "?"


def test_a_question_quoted_is_tagged_by_the_name_and_description_after_it():
    text = ('In Ohio, local party leaders say the visits went well. "He just stopped and asked, '
            "'Can we hold Clark County? How do we do it?'\" Will Ostrada, the chairman for the county, said of the visit.")
    assert speakers(text)[-1][1] == "Will Ostrada"


# ---------------------------------------------------------------- "the newspaper" after a publication named by its editors


def test_the_newspaper_is_the_publication_whose_editors_the_article_named():
    text = ("A local daily called on the mayor to act. That did not sit well with the editors of The Courier, who aimed "
            "their Friday editorial at Holt. The newspaper said that the damage was severe.")
    assert ("the damage was severe", "The Courier") in speakers(text)
