"""Round 15 (they), the antecedent of "they" as a speaker: a body the article knows by its proper name (a news
agency, a company, a country: "the Harbor Wire", "Pellmark", "U.S.") is an "it", so "they" looks past it to the
group heard from before ("Republicans ... told the Harbor Wire ... They say ...").
Every sentence and name is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def speakers(text):
    return [speaker for _kind, _quote, speaker in found(HEAD + text)]


def test_they_passes_over_a_country_heard_from_for_the_group_before_it():
    text = ("Republicans say the mayor misjudged the river port plan from the start.\n\n"
            "The U.S. says the port should have opened in 2019.\n\n"
            "They say the mayor ignored the warnings of the harbor pilots.")
    assert speakers(text)[-1] == "Republicans"


def test_they_never_stands_for_a_news_agency_that_reported_the_figures():
    text = ("The Harbor Wire reported that the mayor had won 420 of the 600 seats on the council.\n\n"
            "Kemal Osei said seeing so many volunteers at the fair was a welcome sight. "
            "He and his brother came because they believe the fair keeps the valley together.")
    assert "Harbor Wire" not in " ".join(speakers(text)[1:])


def test_they_stands_for_the_neighbors_heard_before_a_company_known_by_its_name():
    text = ("Neighbors of the old mill say the town should keep it open.\n\n"
            "Pellmark says its new plant would hire 300 workers by the spring.\n\n"
            "They say the plant would bring trucks and noise to the quiet streets.")
    assert speakers(text) == ["Neighbors of the old mill", "Pellmark", "Neighbors of the old mill"]
