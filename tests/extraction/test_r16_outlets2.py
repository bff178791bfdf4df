"""Round 16 (outlets2): outlets missing from the known list, named where the outlet patterns expect one ("told ...",
"according to ...", "in an interview with ..."): a name ending in a newspaper word, a name and "magazine" in lower case,
a US station's bare call letters. People, bodies and descriptions in the same places stay no outlet. Every sentence
and name is written for the tests."""

from attribution.extraction import extract


def outlets(text: str) -> list[tuple[str, str | None]]:
    return [(e.speaker.name if e.speaker else None, e.reported_by) for e in extract(text)]


def test_a_name_ending_in_sun_after_according_to_is_the_outlet_that_relays_the_quote():
    assert outlets('"The bridge will open in June," Ann Ferris said at a town meeting, according to the Millbrook Sun.') == [
        ("Ann Ferris", "Millbrook Sun")]
    # a body after "according to" relays nothing
    assert outlets('"The plant will close," Ann Ferris said, according to the Justice Department.') == [("Ann Ferris", None)]


def test_a_name_and_magazine_in_lower_case_after_told_is_the_outlet_and_no_part_of_the_report():
    text = '"We will not raise the levy on bread," Mayor Dana Holt told Harlow magazine in 2019, before the vote on the budget.'
    assert outlets(text) == [("Dana Holt", "Harlow magazine")]
    # the name follows the kind of outlet: "Alverian newspaper" names no paper
    assert [e.reported_by for e in extract('Tom Weller told Alverian newspaper Dagblad on Monday that the race was close.')] != [
        "Alverian newspaper"]


def test_a_capitalised_adjective_before_newspaper_describes_a_paper_and_names_no_outlet():
    assert outlets('"The plant will close," the Harlow Daily newspaper said on Monday.') == [
        ("Harlow Daily newspaper", "Harlow Daily newspaper")]
    assert outlets('"The plant will close," the Alverian newspaper said on Monday.') == [("the Alverian newspaper", None)]
    assert outlets('"The plant will close," the Republican newspaper said on Monday.') == [("the Republican newspaper", None)]


def test_a_stations_bare_call_letters_after_told_or_an_interview_with_are_the_outlet():
    assert outlets('"The plant will close," Ann Ferris told WXTN on Monday.') == [("Ann Ferris", "WXTN")]
    assert outlets('"The plant will close," Ann Ferris said in an interview with KQRV on Monday.') == [("Ann Ferris", "KQRV")]
    # letters that modify the people told, a person's title, and three letters are no station
    assert outlets('"The plant will close," Ann Ferris told WNBA players.') == [("Ann Ferris", None)]
    assert outlets('"The plant will close," Ann Ferris told Senator Lee on Monday.') == [("Ann Ferris", None)]
    assert outlets('"The plant will close," Ann Ferris told WHO officials on Monday.') == [("Ann Ferris", None)]
