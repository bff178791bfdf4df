"""Round 7b (issue 10, real news): nouns of saying owned by a described person or group, and evidence
named before a reduced relative clause. Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- evidence before "to be published", "released"


def test_figures_to_be_published_are_the_source_without_to_be():
    text = HEAD + "Figures to be published today show that hospital waiting lists grew by a fifth over the winter."
    item = only(text)
    assert (item.quote, item.speaker.name, item.cue) == ("hospital waiting lists grew by a fifth over the winter", "Figures", "show")


def test_data_released_on_a_weekday_are_the_source():
    text = HEAD + "Data released on Monday show that rents in the capital rose faster than wages for a third year."
    item = only(text)
    assert (item.quote, item.speaker.name, item.cue) == ("rents in the capital rose faster than wages for a third year", "Data", "show")


def test_a_poll_to_be_released_by_a_pollster_speaks_for_the_pollster():
    text = HEAD + "A survey to be released by Gallup on Friday shows that most farmers expect a poorer harvest this year."
    item = only(text)
    assert (item.quote, item.speaker.name) == ("most farmers expect a poorer harvest this year", "Gallup")


def test_people_who_released_something_stay_the_speaker():
    text = HEAD + "Officials released a statement saying the county would reopen its schools next week."
    assert found(text) == [("indirect", "the county would reopen its schools next week", "Officials")]


# ---------------------------------------------------------------- a noun of saying owned by a described group


def test_criticism_from_rivals_that_is_the_rivals_claim():
    text = HEAD + "The governor has faced criticism from rivals that his budget leaves the state's pension fund short."
    item = only(text)
    assert (item.quote, item.speaker.name, item.cue) == ("his budget leaves the state's pension fund short", "rivals", "criticism")


def test_plural_complaints_from_residents_that_are_the_residents():
    text = HEAD + "The council pushed back against complaints from local residents that the new road had flooded their farms."
    item = only(text)
    assert (item.quote, item.speaker.name, item.cue) == ("the new road had flooded their farms", "local residents", "complaints")


def test_a_suggestion_by_a_described_person_is_that_persons():
    text = HEAD + "Lawyers condemned the suggestion by a former prosecutor that the judge should step aside."
    item = only(text, kind="indirect")  # (what the lawyers condemned is their stance)
    assert (item.quote, item.speaker.name) == ("the judge should step aside", "a former prosecutor")


def test_a_relative_that_after_the_owner_is_no_content():
    text = HEAD + "The claims by the company that were published on Monday drew scorn from regulators."
    assert found(text) == []


def test_an_owner_that_names_nobody_reports_nothing():
    text = HEAD + "Investors ignored warnings from the economy that prices would rise."
    assert found(text) == []


# ---------------------------------------------------------------- a poll named in capitals is no person


def test_a_poll_named_in_capitals_finds_as_a_poll():
    text = HEAD + "A Harbor Research Poll finds a generation of renters that is more cautious than its parents about debt."
    item = only(text)
    assert (item.quote, item.speaker.name, item.speaker.kind) == (
        "a generation of renters that is more cautious than its parents about debt", "a Harbor Research Poll", "unnamed")


def test_a_capitalised_poll_with_its_subject_puts_a_figure():
    text = HEAD + "There was hope in the numbers. A Field Poll of the mayoral race last spring put his support among likely voters at 5 percent."
    item = only(text)
    assert (item.quote, item.speaker.name) == ("his support among likely voters at 5 percent", "a Field Poll of the mayoral race")


def test_a_person_titled_and_named_poll_stays_a_person():
    text = HEAD + "Dr. Jane Poll said that the clinic would close in March."
    item = only(text)
    assert (item.speaker.name, item.speaker.kind) == ("Jane Poll", "person")


# ---------------------------------------------------------------- headlines: a label before a dash, a named group


STORY = "\n\nThe council met on Monday in Dayton and voted on the plan after a long debate.\n"


def test_a_label_and_a_dash_before_a_headline_source_are_the_outlets():
    item = only("EXCLUSIVE – Ann Holt: Don't Trust the Bridge Inspectors" + STORY)
    assert (item.quote, item.speaker.name, item.cue) == ("Don't Trust the Bridge Inspectors", "Ann Holt", ":")


def test_a_label_with_two_hyphens_is_skipped_too():
    item = only("WATCH -- Senator Ann Holt: We will not fold on the budget" + STORY)
    assert (item.quote, item.speaker.name) == ("We will not fold on the budget", "Ann Holt")


def test_a_group_a_name_tells_apart_speaks_in_a_headline():
    item = only("Holt camp: Reyes's toll plan threatens the port" + STORY)
    assert (item.quote, item.speaker.name) == ("Reyes's toll plan threatens the port", "Holt camp")


def test_a_bare_group_before_a_colon_is_still_the_writers_framing():
    assert found("Officials: The bridge will close next year" + STORY) == []
    assert found("Breaking - Insiders: The bridge will close next year" + STORY) == []


# ---------------------------------------------------------------- "according to X" between a subject and its verb


def test_a_source_between_a_plural_subject_and_its_bare_verb_sources_the_clause():
    item = only(HEAD + "Other deep divides, according to the survey, include age and income across the county.")
    assert (item.quote, item.speaker.name, item.cue) == (
        "Other deep divides, according to the survey, include age and income across the county", "the survey", "according to")


def test_a_source_between_a_subject_and_its_present_verb_sources_the_clause():
    item = only(HEAD + "The mayor, according to the survey, leads by ten points among women.")
    assert (item.quote, item.speaker.name) == ("The mayor, according to the survey, leads by ten points among women", "the survey")


def test_more_about_the_source_after_it_is_no_verb():
    assert found(HEAD + "The mayor, according to the survey, a popular figure in the north.") == []


def test_a_possessive_owner_the_lexicon_does_not_know_still_speaks():
    text = HEAD + "The minister hit back on Monday at complaints from his Canadian counterpart that the mills were flooding the market."
    item = only(text)
    assert (item.quote, item.speaker.name, item.cue) == ("the mills were flooding the market", "his Canadian counterpart", "complaints")


def test_a_possessive_side_is_nobody():
    assert found(HEAD + "There were complaints from his side that the talks were slow.") == []


# ---------------------------------------------------------------- "..., which showed" after when the evidence came out


def test_records_released_in_a_month_then_which_showed_are_the_source():
    item = only(HEAD + "The mayor released her tax records in June, which showed she was owed a refund.")
    assert (item.quote, item.speaker.name, item.cue) == ("she was owed a refund", "her tax records", "showed")


def test_a_time_after_no_evidence_then_which_showed_is_nobodys_report():
    assert found(HEAD + "The mayor spoke to reporters in July, which showed her resolve.") == []
