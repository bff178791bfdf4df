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
