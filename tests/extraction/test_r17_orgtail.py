"""Round 17: a body's name that holds "and" after "for"/"of" (or an ampersand) is one speaker, not its last words."""
from attribution.extraction import extract


def speakers(text):
    return [(e.speaker.name if e.speaker else None, e.cue) for e in extract(text)]


def test_a_plural_head_with_for_and_and_names_the_whole_body_that_estimates():
    text = "The Centers for Marine Safety and Rescue estimates that one in nine boats lacks a working radio."
    assert speakers(text) == [("Centers for Marine Safety and Rescue", "estimates")]
    # (a role or a first name after "and" begins a person of their own)
    assert speakers("The Secretary of State and Senator Orla Brandt said the talks would go on.")[0][0] != "Secretary of State and Senator Orla Brandt"
    assert "Ann Lee" in speakers("The Bank of Tarrow and Ann Lee said the loan was fair.")[0][0]


def test_the_and_inside_a_body_named_with_for_joins_its_name_after_a_study_by():
    text = "A study released in May by the Institute for Coastal Fisheries and Aquaculture estimates that one in five harbours has lost its herring."
    assert speakers(text) == [("the Institute for Coastal Fisheries and Aquaculture", "estimates")]


def test_a_capitalised_research_ending_a_body_named_with_and_is_no_document_of_its_last_word():
    text = "The Center for Coastal and Estuary Research found that the tide along the bay was rising faster each winter."
    assert speakers(text) == [("Center for Coastal and Estuary Research", "found")]


def test_an_ampersand_joins_a_firms_name_that_owns_its_research():
    text = "Pell & Company Research shows Dana Holt with 40 percent among likely voters in the county."
    assert speakers(text) == [("Pell & Company", "shows")]


def test_a_long_report_subject_is_read_from_the_body_named_after_by():
    text = ("A report on the schooling of young migrants put out during the summer months by the Organization for Northern Trade and Growth "
            "noted that more than a fifth of the river ports were idle.")
    assert speakers(text) == [("Organization for Northern Trade and Growth", "noted")]



def test_a_bare_party_adjective_before_calls_describes_the_calls_and_speaks_for_nobody():
    text = "The mayor, who stayed in the race despite Democratic calls for her to step aside, has said she will run again."
    assert speakers(text) == [("the mayor", "said")]
    assert speakers("Rising wages in the spring could blunt Republican claims that the tax plan failed.") == []
