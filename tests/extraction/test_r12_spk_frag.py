"""Round 12: quoted fragments and quotations that stand between the cues of two people."""
from attribution.extraction import extract


def _speakers(text):
    return [(e.speaker.name if e.speaker else None, e.quote) for e in extract(text)]


def test_the_next_quotation_goes_on_in_the_voice_of_the_one_who_asked_not_of_the_one_in_the_aside():
    found = _speakers(
        "Whether or not the leak came from abroad \u2014 as many experts believe, and the party alleges, but Ostrava firmly denies \u2014 "
        "\u201cwhy would you not look into it?\u201d asked Lena Marsh, now a consultant. "
        "\u201cI think it is only sensible to raise that question.\u201d Others disagree.")
    assert ("Lena Marsh", "I think it is only sensible to raise that question.") in found


def test_a_fragment_after_a_relative_clause_is_not_the_words_of_its_subject():
    found = _speakers("Then there was Tom Varga's remark that the miners, whom Ellen Ruiz praised in her speech, were \u201cwell paid\u201d and housed.")
    assert ("Ellen Ruiz", "well paid") not in found


def test_a_fragment_the_verb_calls_its_object_stays_the_words_of_its_subject():
    found = _speakers("Mayor Ellen Ruiz, speaking in her office, called the plan to close the depot \u201ca betrayal.\u201d")
    assert ("Ellen Ruiz", "a betrayal.") in found


def test_the_name_a_thing_is_called_by_is_nobodys_words():
    found = _speakers("Both candidates oppose a pension formula called the \u201cfrozen index\u201d that would cut payments.")
    assert not any(quote == "frozen index" for _speaker, quote in found)


def test_a_speaker_who_calls_the_plan_a_name_still_speaks():
    found = _speakers("A spokesman for the council called the plan \u201ca disaster.\u201d")
    assert any(speaker and "spokesman" in speaker.lower() and quote == "a disaster." for speaker, quote in found)
