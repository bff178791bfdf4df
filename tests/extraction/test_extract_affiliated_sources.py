"""Unnamed sources who speak for a body: the source is the person, affiliated with the body."""

import pytest

from attribution.extraction import extract

from .helpers import only


@pytest.mark.parametrize(
    "sentence",
    [
        "“The depot was empty when the missile hit,” an official with the Defence Ministry said.",
        "An official with the Defence Ministry said the depot was empty when the missile hit.",
        "The depot was empty when the missile hit, an official with the Defence Ministry said.",
    ],
)
def test_an_official_with_a_body_is_an_unnamed_source_affiliated_with_it(sentence):
    speaker = only(sentence).speaker
    assert (speaker.name, speaker.kind, speaker.affiliation) == (
        "an official with the Defence Ministry", "unnamed", "Defence Ministry",
    )


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        ("A Defence Ministry official said the depot was empty.", "a Defence Ministry official", "Defence Ministry"),
        ("Two senior Harbour Board engineers said the crane was safe.", "Two senior Harbour Board engineers", "Harbour Board"),
        ("Senior Treasury officials said the levy would stay.", "Senior Treasury officials", "Treasury"),
        ("A Lindqvist campaign spokesman said the debate was rigged.", "a Lindqvist campaign spokesman", "Lindqvist campaign"),
        ("A senior official said the levy would stay.", "a senior official", None),
    ],
)
def test_a_capitalised_body_before_the_source_noun_is_its_affiliation(sentence, name, affiliation):
    speaker = only(sentence).speaker
    assert (speaker.name, speaker.kind, speaker.affiliation) == (name, "unnamed", affiliation)


def test_people_familiar_with_a_matter_speak_for_nobody():
    speaker = only("People familiar with the talks said the levy would stay.").speaker
    assert (speaker.name, speaker.affiliation) == ("People familiar with the talks", None)


def test_a_headline_crediting_a_quote_with_says_and_a_colon_names_the_speaker_without_the_cue():
    text = "Lindqvist Says: ‘We Will Rebuild the Harbour Wall’\n\nThe mayor spoke to residents on Monday.\n"
    headline = extract(text)[0]
    assert (headline.speaker.name, headline.cue, headline.quote) == ("Lindqvist", "Says", "We Will Rebuild the Harbour Wall")
