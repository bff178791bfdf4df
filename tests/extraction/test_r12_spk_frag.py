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
    close = _speakers("Varga's remark that the miners, whom Ellen Ruiz praised, were \u201cwell paid\u201d drew anger.")
    assert ("Ellen Ruiz", "well paid") not in close


def test_a_fragment_the_verb_calls_its_object_stays_the_words_of_its_subject():
    found = _speakers("Mayor Ellen Ruiz, speaking in her office, called the plan to close the depot \u201ca betrayal.\u201d")
    assert ("Ellen Ruiz", "a betrayal.") in found


def test_the_name_a_thing_is_called_by_is_nobodys_words():
    found = _speakers("Both candidates oppose a pension formula called the \u201cfrozen index\u201d that would cut payments.")
    assert not any(quote == "frozen index" for _speaker, quote in found)


def test_a_speaker_who_calls_the_plan_a_name_still_speaks():
    found = _speakers("A spokesman for the council called the plan \u201ca disaster.\u201d")
    assert any(speaker and "spokesman" in speaker.lower() and quote == "a disaster." for speaker, quote in found)


def test_a_quotation_right_after_one_persons_cue_is_theirs_though_the_next_cue_opens_anothers_quotation():
    found = _speakers("When a voter in the crowd shouted, \u201cRowe,\u201d Tilden joked, again in a silly drawl, \u201cAmen, brother! Come on up!\u201d")
    assert ("a voter in the crowd", "Rowe,") in [(s.lower() if s else s, q) for s, q in found]
    assert ("Tilden", "Amen, brother! Come on up!") in found


def test_a_speaker_inside_a_which_clause_does_not_take_the_paragraphs_next_quotation():
    found = _speakers(
        "The board issued a statement apologizing to Quill for the notes, which included staffers suggesting someone "
        "should question her record. \u201cOn behalf of everyone on the board, we offer a sincere apology to Ms. Quill.\u201d")
    assert ("the board", "On behalf of everyone on the board, we offer a sincere apology to Ms. Quill.") in [
        (s.lower() if s else s, q) for s, q in found]
