"""Round 9, spk-junk: a speaker is a well-formed source noun phrase, never a clause, a phrase cut at a
dangling preposition, or a name holding a no-break space. Sentences invented for these tests."""
from attribution.extraction import extract


def speakers(text):
    return [(e.kind, e.speaker.name) for e in extract(text)]


def test_a_body_named_after_the_verb_of_a_clause_is_the_one_that_hopes():
    found = speakers("Here are three ways the agency hopes to win back trust among farmers in the valley.")
    assert found == [("belief", "the agency")]


def test_a_body_before_an_adverb_and_a_verb_is_the_one_that_says():
    found = speakers("Still, Democrats can plausibly campaign saying that the court handed them a win and feel vindicated.")
    assert ("indirect", "Democrats") in found


def test_a_verb_group_the_cue_cut_is_left_out_of_the_body_that_speaks():
    found = speakers("The Weather Bureau is expected to announce on Friday, after a long review of its models, that it will stop the winter forecasts.")
    assert ("indirect", "the Weather Bureau") in found


def test_a_body_before_its_verb_speaks_without_the_verb():
    found = speakers('A paper from the Harbor Policy Institute had this to say about the plan: "Riders from the richest suburbs '
                     'would gain twice as much from free fares as riders from the poorest wards."')
    assert ("direct", "a paper from the Harbor Policy Institute") in found


def test_a_court_named_before_a_date_loses_the_dangling_preposition():
    found = speakers("The 4th Circuit Court of Appeals on Monday overturned a lower court ruling and said the new map was drawn to dilute rural votes.")
    assert ("indirect", "the 4th Circuit Court of Appeals") in found


def test_a_no_break_space_inside_a_role_is_a_plain_space():
    record = extract("Orchard Valley Times\u00a0columnist Dana Kirkwell said the plan would fail before the harvest.")[0]
    assert record.speaker.name == "Dana Kirkwell"
    assert record.speaker.role == "Orchard Valley Times columnist"


def test_a_no_break_space_inside_a_name_is_a_plain_space():
    found = speakers("The paper ran the story anyway, and the\u00a0Valley Ledger reported that the mayor had known about the leak for months.")
    assert ("indirect", "the Valley Ledger") in found


def test_a_phrase_opened_by_not_is_no_speaker():
    found = speakers("The league has long argued that the owners should be fined, but not players who seek treatment.")
    assert found == [("indirect", "the league")]


def test_a_place_left_before_a_title_takes_the_title_back():
    record = extract("Former Nevada Gov. Tom Hale said the plan would fail before the harvest.")[0]
    assert (record.speaker.name, record.speaker.title, record.speaker.role) == ("Tom Hale", "Gov.", "Former Nevada Gov.")


def test_a_role_ending_in_a_preposition_is_no_role():
    record = extract("The account names the brother-in-law of Gina Roth, who said she had never met the buyer.")[0]
    assert record.speaker.role is None


def test_a_role_ending_in_a_participle_after_a_name_is_no_role():
    from attribution.extraction.engine import _speaker_role
    assert _speaker_role("started a letter drive with Valley Action on Tuesday asking", None) is None
    assert _speaker_role("In criticizing", None) is None
    assert _speaker_role("Republican expert on political messaging", None) == "Republican expert on political messaging"
