"""Round 17 (relay5): outlets the chain still missed or lent too far. Sentences and names are invented."""

from .test_r16_relay3 import reported_by_of, reports  # noqa: F401  (one helper for the outlet-chain tests)


def test_a_clause_takes_the_outlet_its_trailing_participle_tells_it_to():
    text = "The trader Oren Maddox was held for a week. He condemned the inquiry, telling the Quayside Courier he had never met the pilots."
    assert reported_by_of(text, "the inquiry") == "Quayside Courier"
    assert reported_by_of(text, "never met the pilots") == "Quayside Courier"
    # a clause said elsewhere, before another report to an outlet, keeps none
    text = "The trader Oren Maddox was held for a week. He condemned the inquiry at a rally in May, and weeks later he told CNN he had never met the pilots."
    assert reported_by_of(text, "the inquiry") is None


def test_an_opening_broadcast_is_not_lent_to_a_speaker_inside_a_relative_clause():
    text = ('Tuesday on CNN\'s "Early Desk," Rep. Lorna Pike discussed a measure she was drafting which would close the toll '
            'office, which is what Auditor Felix Brand described as a sinkhole of fees.')
    assert reported_by_of(text, "a measure she was drafting") == "CNN"
    brand = [e for e in reports(text) if e.speaker is not None and e.speaker.name == "Felix Brand"]
    assert brand and all(e.reported_by is None for e in brand)


def test_a_show_aired_on_a_day_closing_the_report_relays_it():
    text = 'Harbor commissioner Lorna Pike said the toll vote "was a plain blunder" on Thursday\'s "PBS NewsHour."'
    assert reported_by_of(text, "was a plain blunder") == "PBS"
    # a broadcaster where something else ran is not where the words were said
    text = "Harbor commissioner Lorna Pike said the toll advert ran twice on CNN."
    assert reported_by_of(text, "toll advert") is None
