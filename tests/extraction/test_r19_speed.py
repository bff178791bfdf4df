"""Round 19's speed changes answer exactly as the code they replace: the nicknames found by one scan for each opening
mark, the name-before-subordinate pattern searched only in a window that ends after a subordinator, and a sentence
without frames leaving the frame passes."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction import extract
from attribution.extraction.entities import NICKNAMED, NAME_THEN_SUBORDINATOR, NameIndex, _may_end_after_subordinator
from attribution.extraction.frames import SentenceFrames
from attribution.extraction.tokens import tokenize

NICKNAME_PIECES = st.lists(st.sampled_from([
    '"', "“", "”", "Chico", "Bo", "Manriquez", "Ortega's", "Ortega’s", "de", "X", "ab", "Juan", ",", ".", "é", "Él",
]), max_size=14).flatmap(lambda words: st.lists(st.sampled_from([" ", "", "\u00a0", "  ", "\n"]), min_size=len(words), max_size=len(words)).map(
    lambda gaps: "".join(w + g for w, g in zip(words, gaps))))


def _nicknames_at_every_mark(text: str) -> list[tuple[int, int, str]]:
    found = []
    for mark in ('"', "\u201c"):
        at = text.find(mark)
        while at >= 0:
            match = NICKNAMED.match(text, at)
            if match is not None:
                found.append((match.start(), match.end(), match.group(1)))
            at = text.find(mark, at + 1)
    return found


def test_it_finds_the_surname_after_a_quoted_nickname():
    text = 'Teodoro "Teo" Valcourt of Marseille and Ruth “Ru” Abend spoke.'
    assert [m.group(1) for m in NameIndex(text)._nicknames()] == ["Valcourt", "Abend"]


@settings(max_examples=500, deadline=None)
@given(NICKNAME_PIECES)
def test_its_nicknames_are_those_the_pattern_finds_at_each_mark(text):
    assert [(m.start(), m.end(), m.group(1)) for m in NameIndex(text)._nicknames()] == _nicknames_at_every_mark(text)


SUBORDINATE_PIECES = st.lists(st.sampled_from([
    "Holt", "Mr.", "Holt,", "though", "even", "as", "has", "if", "once", "when", "whence", "she", ".", "!", '"', "”", ",", "Vell,", "x",
]), max_size=12).flatmap(lambda words: st.lists(st.sampled_from([" ", "", "\u00a0", "  ", "\n"]), min_size=len(words), max_size=len(words)).map(
    lambda gaps: "".join(w + g for w, g in zip(words, gaps))))


def test_a_name_before_a_subordinate_clause_is_still_read():
    window = "The vote failed. Holt, though "
    assert _may_end_after_subordinator(window)
    assert NAME_THEN_SUBORDINATOR.search(window).group(1) == "Holt"
    assert not _may_end_after_subordinator("The vote failed. Holt said ")


@settings(max_examples=800, deadline=None)
@given(SUBORDINATE_PIECES)
def test_a_window_that_does_not_end_after_a_subordinator_holds_no_match(window):
    if not _may_end_after_subordinator(window):
        assert NAME_THEN_SUBORDINATOR.search(window) is None


def test_a_sentence_without_frames_gives_none_and_one_with_a_cue_keeps_its_content():
    plain = "The ferry left the harbour at noon on Tuesday."
    assert SentenceFrames(plain, tokenize(plain, 0, len(plain), [])).find() == []
    said = "The harbour master said the ferry would leave at noon."
    frames = SentenceFrames(said, tokenize(said, 0, len(said), [])).find()
    assert [(f.cue, f.content) for f in frames] == [("said", (4, 11))]
    assert [x.quote for x in extract("Mira Castell, though she had doubts, said the levy was fair.")] == ["the levy was fair"]


def test_she_after_a_surname_and_though_is_that_person_not_the_one_named_last():
    text = "Mira Castell and Tomas Ferro met in Lyon on Monday. Ferro left early. Castell, though she said the levy was fair, voted against it."
    assert [x.speaker.name for x in extract(text)] == ["Mira Castell"]


def test_runs_in_a_title_case_line_are_skipped_wherever_the_line_stands():
    text = ("Harbor Mayor Sinks Ferry Plan As Council Balks At Cost\nDana Holt, the mayor, said on Monday the Ferry Board would meet.\n"
            "Short Line Here\nA Line Of Title Case Words Naming Rita Vance Again\nRita Vance agreed.")
    index = NameIndex(text)
    index._build()
    assert [(k.position, k.name) for k in index.in_order] == [(55, "Dana Holt"), (187, "Rita Vance")]
