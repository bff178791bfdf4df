"""Round 13, spk-tail-b: speakers read from real news constructions (sentences and names invented for these tests).
An opening "Among X," or "On X," is no speaker; a "which" clause inside a who-clause leaves the who-clause's
antecedent speaking; a verb that asks an act of its object keeps the act its own subject's; "added" with a plain
object reports nothing."""
from attribution.extraction import extract


def speakers(text):
    return [(e.kind, e.speaker.name if e.speaker else None) for e in extract(text)]


def test_an_opening_among_phrase_is_no_speaker_before_a_share_of_people():
    found = speakers("Among Republicans, about half of the delegates said they were moderates.")
    assert found == [("indirect", "about half of the delegates")]


def test_an_opening_among_phrase_is_no_speaker_before_a_plain_subject():
    found = speakers("Among Republicans, the delegates said they were moderates.")
    assert found == [("indirect", "the delegates")]


def test_an_opening_on_phrase_does_not_speak_for_the_quantifier_after_its_comma():
    found = speakers("On Tarn Security, both oppose a formula that would lower payments.")
    assert all(name != "Tarn Security" for _, name in found)


def test_the_person_a_who_clause_describes_speaks_past_a_which_clause_about_a_body():
    found = speakers("Dana Moss, a former farm official who is now a fellow at the Center for Rural Policy, which works to keep "
                     "small farms open, said that support for the plan was thin.")
    assert found == [("indirect", "Dana Moss")]


def test_a_named_senator_speaks_past_a_capitalised_description_and_its_clauses():
    found = speakers("Senator Dana Moss, the Ohio Democrat who chairs the Farm Committee, which oversees the grants, said the plan was thin.")
    assert found == [("indirect", "Dana Moss")]


def test_what_a_rule_requires_of_its_object_is_the_rule_s_not_the_object_s():
    found = speakers("The law required staffers to promise that they will not leak.")
    assert found == [("indirect", "the law")]


def test_a_plain_object_after_added_is_no_report():
    assert speakers("The club added a new title to its long list of honors.") == []


def test_a_participle_after_an_opening_in_a_statement_is_the_main_subject_s():
    found = speakers("In a statement defending Marlow, the campaign said he did nothing wrong.")
    assert found == [("belief", "the campaign"), ("indirect", "the campaign")]


def test_a_name_speaks_past_a_who_clause_whose_closing_comma_is_missing():
    assert speakers("Dana Moss, who chairs the Tarn Farm Board said the plan was bad.") == [("indirect", "Dana Moss")]


def test_a_quotation_is_the_name_s_before_an_unclosed_who_clause():
    found = speakers("“The plan is bad for farmers,” Dana Moss, who is chairman of Save Our Farms PAC said in a statement.")
    assert found == [("direct", "Dana Moss")]


def test_the_object_of_a_participle_speaks_for_the_who_clause_after_it():
    found = speakers("Mayor Ann Lee is among those sounding the alarm, echoing water experts who say the dam could fail.")
    assert ("indirect", "water experts") in found


def test_what_a_who_clause_s_verb_takes_is_no_subject_of_the_verb_after_it():
    found = speakers("Anyone who knows anything about Moss knows he will not cave.")
    assert all(name != "Moss" for _, name in found)
