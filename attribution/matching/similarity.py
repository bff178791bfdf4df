"""Whether two appearances report the same claim: word overlap, containment and speakers."""

from dataclasses import dataclass
from difflib import SequenceMatcher

from attribution.matching import conflicts
from attribution.matching.speakers import speakers_compatible
from attribution.matching.text import content_words, plain


@dataclass(frozen=True)
class Thresholds:
    """How close the words must be. The values in use come from settings.CLAIM_MATCHING."""

    # Jaccard overlap of content words that makes a paraphrase, when the speakers are compatible.
    paraphrase: float = 0.7
    # Share of the shorter quote's content words found in the longer one (a partial or truncated quote).
    containment: float = 0.8
    # A direct quote this short is only "contained" when the extractor marked it as a partial quote.
    containment_min_words: int = 2
    # A direct quote is only "contained" (truncated) when it is clearly shorter: at most this share
    # of the longer quote's words. Two quotes of about the same length are compared as a whole.
    containment_max_ratio: float = 0.8
    # With different (or unknown) speakers only near-identical words join (the same words in the
    # same order, measured both ways), and only quotes of at least `near_identical_min_words` content words.
    near_identical: float = 0.85
    near_identical_min_words: int = 4

    @classmethod
    def from_settings(cls, mapping):
        names = cls.__dataclass_fields__
        return cls(**{name.lower(): value for name, value in mapping.items() if name.lower() in names})


@dataclass(frozen=True)
class Overlap:
    jaccard: float
    containment: float
    shorter_words: int
    length_ratio: float = 1.0  # the shorter quote's distinct words over the longer's


def overlap(words_a, words_b):
    a, b = set(words_a), set(words_b)
    if not a or not b:
        return Overlap(0.0, 0.0, 0, 0.0)
    shared = len(a & b)
    shorter, longer = sorted((len(a), len(b)))
    return Overlap(shared / len(a | b), shared / shorter, shorter, shorter / longer)


@dataclass(frozen=True)
class Decision:
    same: bool
    score: float
    speakers_compatible: bool
    jaccard: float = 0.0  # breaks ties between equal scores: the closer wording wins
    conflict: str = ""  # why two close wordings were kept apart: "negation", "number", "opposite"


@dataclass(frozen=True)
class Measures:
    """Everything `decide` needs about two appearances, whatever the thresholds."""

    compatible: bool
    overlap: Overlap
    shorter_partial: bool  # the shorter quote is marked as a partial quote
    sequence: float  # the same words in the same order, as a share of both quotes (symmetric)
    conflict: str = ""  # conflicts.conflict: the two say opposite things
    exact: bool | None = None  # for quotes of stop words only: the same wording or not


def measure(first, second, first_words=None, second_words=None):
    first_words = content_words(first.text) if first_words is None else first_words
    second_words = content_words(second.text) if second_words is None else second_words
    compatible = speakers_compatible(first, second)
    if not first_words or not second_words:
        # Only stop words ("We will."): nothing to compare but the exact wording.
        exact = bool(plain(first.text)) and plain(first.text) == plain(second.text)
        return Measures(compatible, overlap((), ()), False, 0.0, exact=exact)
    found = overlap(first_words, second_words)
    shorter = first if len(set(first_words)) <= len(set(second_words)) else second
    return Measures(
        compatible=compatible,
        overlap=found,
        shorter_partial=shorter.kind == "partial",
        sequence=SequenceMatcher(a=first_words, b=second_words, autojunk=False).ratio(),
        conflict=conflicts.conflict(first.text, second.text, first_words, second_words),
    )


def decide(measures, thresholds):
    """Whether two appearances with these measures report the same claim under `thresholds`.

    Opposite statements never do. With compatible speakers a paraphrase, or a partial or clearly
    shorter (truncated) quote contained in the other, is enough; with different or unknown
    speakers only near-identical words join, measured over both quotes, so a shorter quote
    inside a longer one by another speaker does not.
    """
    m, found = measures, measures.overlap
    if m.exact is not None:
        return Decision(m.exact, 1.0 if m.exact else 0.0, m.compatible, 1.0 if m.exact else 0.0)
    if m.conflict:
        return Decision(False, 0.0, m.compatible, found.jaccard, m.conflict)
    if m.compatible:
        may_contain = m.shorter_partial or (
            found.shorter_words >= thresholds.containment_min_words
            and found.length_ratio <= thresholds.containment_max_ratio
        )
        contained = found.containment if may_contain else 0.0
        if found.jaccard >= thresholds.paraphrase:
            return Decision(True, max(found.jaccard, contained), True, found.jaccard)
        if contained >= thresholds.containment:
            return Decision(True, contained, True, found.jaccard)
        return Decision(False, found.jaccard, True, found.jaccard)
    # Short stock phrases ("We will not back down") are said by many people: too few words to
    # tell one claim credited to two speakers from two speakers saying the same thing.
    if found.shorter_words < thresholds.near_identical_min_words:
        return Decision(False, found.jaccard, False, found.jaccard)
    # Near-identical means the same words in the same order, not a reshuffled paraphrase, and
    # not a shorter quote inside a longer one: that is a truncation only when the speaker is the same.
    return Decision(m.sequence >= thresholds.near_identical, m.sequence, False, found.jaccard)


def compare(first, second, thresholds, first_words=None, second_words=None):
    """Decide whether two Appearances report the same claim (see `decide`)."""
    return decide(measure(first, second, first_words, second_words), thresholds)
