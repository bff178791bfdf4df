"""Constructions found missing by the blind article set (tests/extraction/newswire_blind), one
test each, with sentences of their own."""

from attribution.extraction import extract

from .helpers import found, only


def test_it_reads_a_trailing_cue_followed_by_a_day_and_part_of_day():
    item = only("The bridge will stay shut until spring, a county engineer said Monday evening.")
    assert (item.quote, item.speaker.name) == ("The bridge will stay shut until spring", "a county engineer")


def test_it_reads_a_clause_after_said_only_that():
    items = found('A club spokesman said only that the manager "remains fully focused on the next game."')
    assert ("indirect", 'the manager "remains fully focused on the next game."', "a club spokesman") in items
    assert ("partial", "remains fully focused on the next game.", "a club spokesman") in items


def test_it_reads_a_bare_clause_opening_with_an_approximate_number():
    item = only("Fire chief Nadia Brook said about 40 homes had been evacuated.")
    assert (item.quote, item.speaker.name) == ("about 40 homes had been evacuated", "Nadia Brook")


def test_it_does_not_take_a_place_after_told_reporters_for_a_clause():
    items = found('"We will be back next year," Tom Reyes told reporters outside the stadium.')
    assert items == [("direct", "We will be back next year,", "Tom Reyes")]


def test_it_does_not_attribute_so_called_scare_quotes():
    assert found('Councillor Mia Holt branded the so-called "efficiencies" a disgrace.') == []


def test_it_attributes_fragments_given_as_the_complement_of_a_verb_with_as():
    items = found("Parents have slammed the school's plan to shorten the week as 'reckless' and 'a step backwards' for pupils.")
    assert items == [("partial", "reckless", "Parents"), ("partial", "a step backwards", "Parents")]


def test_it_skips_an_age_between_the_name_and_a_relative_clause():
    item = only("Retired nurse Edna Pole, 81, who has lived on the street for 50 years, said the noise was unbearable.")
    assert (item.quote, item.speaker.name) == ("the noise was unbearable", "Edna Pole")


def test_it_skips_an_age_after_a_name_with_a_lower_case_role():
    item = only("One shopper, former miner Glyn Rees, 66, said prices had doubled.")
    assert item.speaker.name == "Glyn Rees"


def test_it_takes_the_name_before_a_description_with_a_who_clause():
    item = only('Mayor Lorna Vance, a Democrat who chairs the transit board, called the fare rise "a tax on workers."')
    assert (item.kind, item.speaker.name) == ("partial", "Lorna Vance")


def test_it_keeps_a_lower_case_role_inside_a_sentence_subject():
    item = only("City boss Marco Lind was livid afterwards, insisting the goal should have stood.")
    assert (item.quote, item.speaker.name) == ("the goal should have stood", "Marco Lind")


def test_it_keeps_a_question_with_its_attribution_after_the_sentence_break():
    items = found('"Did anyone check the ledger?" the judge asked.')
    assert items == [("direct", "Did anyone check the ledger?", "the judge")]


def test_it_learns_a_speakers_gender_from_pronouns_already_linked():
    text = ("Defence lawyer Jordan Hale cross-examined the witness, Mary Tosh. He said his client had kept receipts.\n\n"
            '"So where are they?" Hale asked.\n\n"Nobody ever showed them to me," she replied.')
    assert found(text)[-1] == ("direct", "Nobody ever showed them to me,", "Mary Tosh")


def test_it_links_a_pronoun_to_a_name_after_an_opening_phrase():
    text = ('"The water rose in minutes," Mayor Ann Lowry said.\n\n'
            "At the church hall, retired welder Ivan Stoyko sat with his dog.\n\n"
            '"I have lived here 40 years and never seen this," he said.')
    assert found(text)[-1][2] == "Ivan Stoyko"


def test_it_links_a_pronoun_to_a_titled_surname_opening_a_sentence():
    text = ('"Keep heaters away from curtains," Battalion Chief Rob Deane said.\n\n'
            '"We lost everything," said Lucy Marr.\n\n'
            'Chief Deane urged residents to test their alarms. "It takes a minute," he said.')
    assert found(text)[-1] == ("direct", "It takes a minute,", "Rob Deane")


def test_it_does_not_cut_a_sentence_at_a_title_abbreviation_when_finding_openers():
    text = ("Ida Crane taught at Brookfield Primary School for 40 years.\n\n"
            "Mrs. Crane began in 1960, when Brookfield Primary had two rooms.\n\n"
            '"I loved every day of it," she said.')
    assert found(text)[-1][2] == "Ida Crane"


def test_it_resolves_a_role_description_to_a_name_given_with_that_role():
    text = ('"We were unlucky," said Pete Sands.\n\n'
            "United had led through a header from captain Jon Marsh.\n\n"
            'Marsh was calmer. "We lost our shape," the United captain said.')
    assert found(text)[-1] == ("direct", "We lost our shape,", "Jon Marsh")


def test_it_resolves_a_possessive_role_to_the_name_given_in_apposition():
    text = ("The death was confirmed by her son, Carl Ebbs, who said she died peacefully.\n\n"
            "Her son said she had asked for a quiet funeral.")
    assert found(text)[-1] == ("indirect", "she had asked for a quiet funeral", "Carl Ebbs")


def test_it_resolves_an_unmatched_role_description_to_the_person_just_quoted():
    text = 'Dara Quist, who scored twice, said the team was "flying."\n\n"Nobody can stop us now," the young striker said.'
    assert found(text)[-1] == ("direct", "Nobody can stop us now,", "Dara Quist")


def test_it_resolves_the_company_to_the_corporate_name_met_before():
    text = "Shares of Tindle Technologies fell 4% on Tuesday. Sales rose 6% to $1.2 billion, the company said."
    item = only(text)
    assert item.speaker.name == "Tindle Technologies"


def test_it_resolves_the_group_to_the_organisation_just_quoted():
    text = ('The Coastal Anglers Federation said it would appeal. "This ruling ignores the science," the group said.')
    assert [e.speaker.name for e in extract(text)] == ["Coastal Anglers Federation", "Coastal Anglers Federation"]


def test_it_does_not_take_a_reporting_verb_into_the_next_subject():
    items = found('Her brother Tom Vey said she had asked that nobody wear black. "She hated fuss," he said.')
    assert items[0] == ("indirect", "she had asked that nobody wear black", "Tom Vey")
    assert items[-1] == ("direct", "She hated fuss,", "Tom Vey")
