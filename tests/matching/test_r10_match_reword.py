"""Round 10, reworded reports of one statement (sentences written for these tests): word forms a
lemmatizer would read as one (adverb and adjective, irregular past and verb, honorifics as house
style), and one voice's statement paraphrased in two outlets' own words within days."""

from datetime import date

from attribution.matching import Appearance, SpeakerRef, Thresholds, compare, content_words

RULES = Thresholds()
MAYOR = SpeakerRef("Dana Quill")
SHERIFF = SpeakerRef("Ray Ortega")


def report(text, speaker, kind="indirect", outlet="Outlet A", day=3, month=4):
    return Appearance(text=text, speaker=speaker, kind=kind, outlet=outlet, published=date(2030, month, day))


def test_an_adverb_reads_as_its_adjective_but_a_noun_in_ly_keeps_its_ending():
    assert content_words("unfairly") == content_words("unfair")
    assert content_words("strongly") == content_words("strong")
    assert content_words("family") != content_words("fami")
    assert content_words("early") == ("earli",)


def test_an_honorific_is_house_style_not_the_speaker_s_words():
    assert content_words("Mr. Ortega was right") == content_words("Ortega was right")
    assert content_words("Mrs. Quill and Ms. Lund") == content_words("Quill and Lund")


def test_an_irregular_past_reads_as_its_verb_and_won_t_is_still_a_negation():
    assert content_words("if she won") == content_words("if she wins")
    assert content_words("he had made sacrifices") == content_words("he makes sacrifices")
    assert content_words("they won't") == ("not",)


def test_one_voice_called_unfair_in_two_forms_joins():
    first = report("Mr. Ortega had been unfair to her", MAYOR)
    second = report("Ray Ortega unfairly had criticised her", MAYOR, outlet="Outlet B", day=9)
    assert compare(first, second, RULES).same


def test_one_voice_paraphrased_two_ways_within_days_joins_when_most_of_one_is_in_the_other():
    first = report("she and her deputy are planning a second audit of the harbour this spring", MAYOR)
    second = report("she is ordering a second audit of the harbour, due next spring", MAYOR, outlet="Outlet B", day=4)
    assert compare(first, second, RULES).same
    # Half of the shorter one's terms is not most of it: "ordering" and "due" say something else.
    half = report("she is ordering her second audit, due next spring", MAYOR, outlet="Outlet B", day=4)
    assert not compare(first, half, RULES).same


PLANNED = "she and her deputy are planning a second audit of the harbour this spring"
ORDERED = "she is ordering a second audit of the harbour, due next spring"


def test_the_same_paraphrases_weeks_apart_are_two_occasions():
    first = report(PLANNED, MAYOR)
    assert compare(first, report(ORDERED, MAYOR, outlet="Outlet B", day=10), RULES).same
    assert not compare(first, report(ORDERED, MAYOR, outlet="Outlet B", day=11), RULES).same


def test_two_voices_with_the_same_paraphrase_stay_apart():
    first = report(PLANNED, MAYOR)
    assert compare(first, report(ORDERED, MAYOR, outlet="Outlet B", day=4), RULES).same
    assert not compare(first, report(ORDERED, SHERIFF, outlet="Outlet B", day=4), RULES).same


def test_a_topic_shared_by_two_statements_of_one_voice_is_not_one_statement():
    # Three words in common, but less than half of the shorter report: another thing said about the audit.
    first = report("the second audit found the harbour accounts in good order", MAYOR)
    later = report("the council should have paid for the second audit a year ago, before the harbour flooded", MAYOR,
                   outlet="Outlet B", day=4)
    assert not compare(first, later, RULES).same
    closer = report("the second audit of the harbour accounts was clean, her office said on Friday", MAYOR,
                    outlet="Outlet B", day=4)
    assert compare(first, closer, RULES).same


def test_a_tally_one_report_gives_and_the_other_does_not_is_another_finding():
    first = report("the harbour board now has the votes it needs to order an audit of the port", MAYOR)
    tallied = report("the board of the harbour is 3 votes short of ordering the audit", MAYOR, outlet="Outlet B", day=4)
    assert not compare(first, tallied, RULES).same
    untallied = report("the board of the harbour has enough votes to order the audit", MAYOR, outlet="Outlet B", day=4)
    assert compare(first, untallied, RULES).same


def test_a_name_of_two_words_is_one_term_of_a_paraphrase():
    # "Wall Street" is one thing a voice names in many statements; "big banks" are two words of this one.
    assert compare(
        report("Ortega of being too close to big banks", MAYOR),
        report("Ortega for his ties to big banks", MAYOR, outlet="Outlet B", day=4), RULES,
    ).same
    assert not compare(
        report("Ortega of being too close to Wall Street", MAYOR),
        report("Ortega for his ties to Wall Street", MAYOR, outlet="Outlet B", day=4), RULES,
    ).same


def test_a_quotation_and_a_paraphrase_are_not_joined_on_shared_terms_alone():
    # Quoted words are the speaker's own: a paraphrase of them is a stretch or a paraphrase by the
    # other rules, not two outlets' own wordings.
    second = report(ORDERED, MAYOR, outlet="Outlet B", day=4)
    said = "we are planning a second audit of the harbour this spring, and it will be thorough"
    assert compare(report(said, MAYOR), second, RULES).same
    assert not compare(report(said, MAYOR, kind="direct"), second, RULES).same
