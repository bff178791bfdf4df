"""Whether two appearances report the same claim: word overlap, containment and speakers."""

from dataclasses import dataclass
from difflib import SequenceMatcher

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
    # With different (or unknown) speakers only near-identical words join (the same words in the
    # same order), and only quotes of at least `near_identical_min_words` content words.
    near_identical: float = 0.9
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


def overlap(words_a, words_b):
    a, b = set(words_a), set(words_b)
    if not a or not b:
        return Overlap(0.0, 0.0, 0)
    shared = len(a & b)
    return Overlap(shared / len(a | b), shared / min(len(a), len(b)), min(len(a), len(b)))


@dataclass(frozen=True)
class Decision:
    same: bool
    score: float
    speakers_compatible: bool
    jaccard: float = 0.0  # breaks ties between equal scores: the closer wording wins


def compare(first, second, thresholds, first_words=None, second_words=None):
    """Decide whether two Appearances report the same claim.

    With compatible speakers a paraphrase or a contained partial quote is enough; with
    different or unknown speakers only near-identical words join.
    """
    first_words = content_words(first.text) if first_words is None else first_words
    second_words = content_words(second.text) if second_words is None else second_words
    compatible = speakers_compatible(first, second)
    if not first_words or not second_words:
        # Only stop words ("We will."): nothing to compare but the exact wording.
        same = bool(plain(first.text)) and plain(first.text) == plain(second.text)
        return Decision(same, 1.0 if same else 0.0, compatible, 1.0 if same else 0.0)
    found = overlap(first_words, second_words)
    if compatible:
        shorter = first if len(set(first_words)) <= len(set(second_words)) else second
        may_contain = shorter.kind == "partial" or found.shorter_words >= thresholds.containment_min_words
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
    # Near-identical means the same words in the same order, not a reshuffled paraphrase.
    score = ordered_overlap(first_words, second_words)
    return Decision(score >= thresholds.near_identical, score, False, found.jaccard)


def ordered_overlap(words_a, words_b):
    """Words in common in the same order: the larger of their share of both quotes together
    (difflib's ratio) and their share of the shorter quote (a truncation scores 1.0)."""
    matcher = SequenceMatcher(a=words_a, b=words_b, autojunk=False)
    in_order = sum(block.size for block in matcher.get_matching_blocks())
    return max(matcher.ratio(), in_order / min(len(words_a), len(words_b)))
