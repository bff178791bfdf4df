"""Shortcuts written for speed in round 8 (the frame and subject layers) give exactly what the plain forms give."""

from dataclasses import FrozenInstanceError, fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction import extract, frames
from attribution.extraction.cues import cue_verb
from attribution.extraction.engine import _frozen_record
from attribution.extraction.frames import Frame, SentenceFrames
from attribution.extraction.model import Extracted
from attribution.extraction.tokens import tokenize

# Words that may stand between a subject and its cue, and words that may not: each test of _skip_back_adverbs is asked of some.
BEFORE_CUE = [
    "the", "mayor", "Lee", "Will", "will", "would", "not", "n't", "didn't", "never", "declined", "refused", "to", "was", "were", "is",
    "been", "be", "heard", "seen", "can", "also", "later", "reportedly", "quickly", "family", "Italy", "on", "late", "Monday",
    "Tuesday", "night", "last", "this", "week", "year", "in", "2012", "Jan.", "5", "the", "past", "recent", "weeks", "has", "had",
    "went", "on", "prompted", "quick", "began", "are", "widely", ",", "-", "—", "they", "voters",
]
CUES = ["said", "says", "told", "asking", "believes", "wonder", "say", "reported", "expected", "urging", "worried"]


def _sentence(words: list[str], cue: str) -> tuple[SentenceFrames, int]:
    text = " ".join(words + [cue, "that", "taxes", "rise", "."])
    tokens = tokenize(text, 0, len(text), [])
    return SentenceFrames(text, tokens), len(tokenize(" ".join(words), 0, len(" ".join(words)), []))


def _skipped(words: list[str], cue: str) -> tuple:
    analysis, i = _sentence(words, cue)
    frame = Frame("pre", cue, cue_verb(cue), i, i + 1)
    j = analysis._skip_back_adverbs(frame, i)
    return j, frame.negated, frame.negation_at


def _every_word_read(monkeypatch, words: list[str]) -> None:
    """Every word counted as one the tests of _skip_back_adverbs may read: its loop never leaves early, as before the shortcut."""
    everything = frozenset(w.lower() for w in words) | frozenset(("\x00quote",))
    monkeypatch.setattr(frames, "_skippable_before_cue", lambda: everything)


def test_the_words_before_a_cue_are_stepped_over_as_before():
    assert _skipped(["the", "mayor", "on", "Tuesday"], "said")[0] == 1  # "the mayor on Tuesday said": the date is not the subject's
    assert _skipped(["Lee", "did", "not"], "say")[1:] == (True, 2)
    assert _skipped(["the", "plan", "was", "widely"], "expected") == (-2, False, None)  # a passive: nobody is named
    assert _skipped(["Dana", "Holt", "quickly"], "said")[0] == 1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BEFORE_CUE), min_size=1, max_size=7), st.sampled_from(CUES))
def test_leaving_the_scan_at_a_word_no_test_reads_changes_nothing(words, cue):
    fast = _skipped(words, cue)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _every_word_read(monkeypatch, words)
        assert _skipped(words, cue) == fast


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(BEFORE_CUE), min_size=1, max_size=7), st.sampled_from(CUES))
def test_the_frames_of_a_sentence_do_not_depend_on_the_shortcut(words, cue):
    def found() -> list:
        analysis, _i = _sentence(words, cue)
        return [(f.kind, f.cue, f.cue_index, f.subject_start, f.mention, f.content, f.negated, f.inherit) for f in analysis.find()]

    fast = found()
    with pytest.MonkeyPatch.context() as monkeypatch:
        _every_word_read(monkeypatch, words + [cue, "that", "taxes", "rise", "."])
        assert found() == fast


FIELD_VALUES = st.one_of(st.none(), st.integers(-5, 5), st.floats(0, 1), st.text(max_size=5), st.tuples(st.text(max_size=3)))


@settings(max_examples=100, deadline=None)
@given(st.lists(FIELD_VALUES, min_size=len(fields(Extracted)), max_size=len(fields(Extracted))))
def test_a_record_made_without_its_init_is_the_record_its_init_makes(values):
    given_fields = {f.name: v for f, v in zip(fields(Extracted), values)}
    made, plain = _frozen_record(Extracted, dict(given_fields)), Extracted(**given_fields)
    assert made == plain and repr(made) == repr(plain) and list(vars(made).items()) == list(vars(plain).items())
    try:
        hashed = hash(plain)
    except TypeError:  # (an unhashable field value)
        hashed = None
    if hashed is not None:
        assert hash(made) == hashed
    with pytest.raises(FrozenInstanceError):
        made.quote = "changed"


@pytest.mark.parametrize("text", [
    'Dana Holt, the mayor, said on Tuesday that the levy would pass. "We will win," she told reporters.',
    # (markup undone first: each record is mapped back to the text as given)
    "Dana Holt, the mayor, said on Tuesday that the levy would pass. &quot;We will win,&quot; she told reporters.",
])
def test_every_extracted_record_has_every_field_in_order(text):
    found = extract(text)
    assert len(found) >= 2
    for record in found:
        assert list(vars(record)) == [f.name for f in fields(Extracted)]
        assert record == Extracted(**vars(record)) and record.quote == text[record.start:record.end]
