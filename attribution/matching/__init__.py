"""Claim matching: pure Python + nltk, no Django. Decides whether two reports say the same thing.

`compare(first, second, thresholds)` decides for two Appearances; `best_match` picks the claim
an appearance belongs to among candidates; `index_keys` / `lookup_keys` are the database index
keys that find those candidates; `diff.word_diff` shows how two wordings differ; `claim_drift`
tells what differs between a claim's reports (the claim's flags and the page's badges);
`affiliations` reads what a speaker belongs to from how articles name them; `quantities`
compares stated figures by value (units by pint); `speakers.named_nearby` tells when the other
report's speaker is named around a quote (the extractor may have credited the wrong person).
"""

from attribution.matching.drift import Drift, attribution_differs, claim_drift, quotes_differ, wording_differs
from attribution.matching.keys import KEY_LENGTH, index_keys, lookup_keys
from attribution.matching.similarity import (
    QUOTED_KINDS, TYING_IGNORED, Decision, Measures, Overlap, Thresholds, compare, decide, measure, overlap, speaker_name_words,
)
from attribution.matching.speakers import Appearance, SpeakerRef, same_speaker, speakers_compatible
from attribution.matching.text import content_words, fold, plain

__all__ = [
    "KEY_LENGTH", "Appearance", "Decision", "Drift", "Measures", "Overlap", "SpeakerRef", "Thresholds", "attribution_differs",
    "best_match", "claim_drift", "compare", "content_words", "decide", "fold", "index_keys", "lookup_keys", "measure", "overlap", "plain",
    "quotes_differ", "same_speaker", "speakers_compatible", "wording_differs",
]


def best_match(appearance, candidates, thresholds):
    """The key of the candidate claim that `appearance` joins, or None.

    `candidates` maps a claim key to the Appearances already in that claim. The appearance
    joins the claim with the best-scoring member that passes `compare` (the closer wording
    on equal scores, then the first candidate given).

    A member that is only a stretch of a longer member of its claim (a truncated or partial
    quote) links only wordings about as long as itself or shorter: a clearly longer quote that
    contains it must match the claim's fuller wordings too. So "the coalition will work with its partners" may join
    "... to defeat ISIS" or "... to rebuild schools", but does not bridge the two into one claim.
    The outlet's own paraphrase around a partial quote it holds is no other wording: it is the
    same report ('she said the levy was "a tax on thrift"'), and goes where its quoted words went.
    """
    words = content_words(appearance.text)
    length = len(set(words))
    best_key, best_rank = None, None
    for claim_key, members in candidates.items():
        member_words = [content_words(member.text) for member in members]
        for index, member in enumerate(members):
            decision = compare(appearance, member, thresholds, first_words=words, second_words=member_words[index])
            if not decision.same:
                continue
            if (
                _inside(member, member_words[index], length, thresholds)
                and _part_of_another(index, members, member_words, thresholds)
                and not _quoted_inside(member, appearance)
            ):
                continue
            rank = (decision.score, decision.jaccard)
            if best_rank is None or rank > best_rank:
                best_key, best_rank = claim_key, rank
    return best_key


def _inside(member, words, length, thresholds):
    """True when the member is a partial quote, or clearly shorter than a wording of `length`
    distinct words: matching it says that wording contains it, not that the two are alike."""
    member_length = len(set(words))
    return member_length < length and (
        member.kind == "partial" or member_length / length <= thresholds.containment_max_ratio
    )


def _quoted_inside(member, appearance):
    """The member is a partial quote the appearance's own paraphrase holds: one sentence of one
    article credited to one speaker, its quoted words inside the paraphrase's."""
    return (
        member.kind == "partial"
        and appearance.kind not in QUOTED_KINDS
        and appearance.article is not None
        and member.article == appearance.article
        and f" {plain(member.text)} " in f" {plain(appearance.text)} "
        and same_speaker(member, appearance)
    )


def _part_of_another(index, members, member_words, thresholds):
    """True when members[index] is a partial or truncated quote of another member's wording.
    A wording that only adds who said it, how or when ("Donald Trump said he has made ...", a
    quote quoting the member's speaker) says nothing more: it is no fuller statement; nor is the
    outlet's paraphrase around the member's quoted words (the same report)."""
    words = set(member_words[index])
    partial = members[index].kind == "partial"
    who = TYING_IGNORED | speaker_name_words(members[index].speaker)
    for other, other_words in enumerate(member_words):
        other_words = set(other_words)
        if other == index or len(other_words) <= len(words) or other_words - words <= who:
            continue
        found = overlap(words, other_words)
        if not (partial or found.length_ratio <= thresholds.containment_max_ratio):
            continue
        if found.containment >= thresholds.containment and not _quoted_inside(members[index], members[other]):
            return True
    return False
