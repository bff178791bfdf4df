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
