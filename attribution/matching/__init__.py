"""Claim matching: pure Python + nltk, no Django. Decides whether two reports say the same thing.

`compare(first, second, thresholds)` decides for two Appearances; `best_match` picks the claim
an appearance belongs to among candidates; `index_keys` / `lookup_keys` are the database index
keys that find those candidates; `diff.word_diff` shows how two wordings differ.
"""

from attribution.matching.drift import attribution_differs, quotes_differ, wording_differs
from attribution.matching.keys import KEY_LENGTH, index_keys, lookup_keys
from attribution.matching.similarity import Decision, Overlap, Thresholds, compare, overlap
from attribution.matching.speakers import Appearance, SpeakerRef, speakers_compatible
from attribution.matching.text import content_words, fold, plain

__all__ = [
    "KEY_LENGTH", "Appearance", "Decision", "Overlap", "SpeakerRef", "Thresholds", "attribution_differs",
    "best_match", "compare", "content_words", "fold", "index_keys", "lookup_keys", "overlap", "plain",
    "quotes_differ", "speakers_compatible", "wording_differs",
]


def best_match(appearance, candidates, thresholds):
    """The key of the candidate claim that `appearance` joins, or None.

    `candidates` maps a claim key to the Appearances already in that claim. The appearance
    joins the claim with the best-scoring member that passes `compare` (the closer wording
    on equal scores, then the first candidate given).
    """
    words = content_words(appearance.text)
    best_key, best_rank = None, None
    for claim_key, members in candidates.items():
        for member in members:
            decision = compare(appearance, member, thresholds, first_words=words)
            rank = (decision.score, decision.jaccard)
            if decision.same and (best_rank is None or rank > best_rank):
                best_key, best_rank = claim_key, rank
    return best_key
