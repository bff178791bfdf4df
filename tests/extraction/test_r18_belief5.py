"""Round 18 (belief5): a series after an object's comma. An item that opens with a one-syllable verb in "-ing" ("bring",
"string", "fling") is an item of the series, not a participle hung on the sentence ("..., saying ..."). Every sentence
and name is written for the tests."""

from attribution.extraction import extract


def contents(text: str) -> dict[str, str]:
    return {e.cue: e.quote for e in extract(text) if e.kind == "belief"}


def test_a_series_of_aims_runs_on_over_an_item_opening_with_bring():
    found = contents("Ms. Oduya vowed to cut the ferry fares, bring back the night buses and hire more lifeguards.")
    assert found["vowed"] == "to cut the ferry fares, bring back the night buses and hire more lifeguards"
    found = contents('Governor Tamsin Rook is promising to "squeeze" the smugglers on the coast, bring back dawn patrols and shut two piers.')
    assert found["promising"] == 'to "squeeze" the smugglers on the coast, bring back dawn patrols and shut two piers'


def test_a_series_runs_on_over_an_item_opening_with_string():
    found = contents("Mr. Halvorsen wants to pave the river road, string new power lines and open two clinics.")
    assert found["wants"] == "to pave the river road, string new power lines and open two clinics"
    # a participle after the comma still ends the object
    found = contents("Mr. Halvorsen opposes the toll plan, saying it hurts the island's workers.")
    assert found["opposes"] == "the toll plan"
