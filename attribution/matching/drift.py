"""What differs between the appearances of one claim: the words quoted and who is credited."""

from itertools import combinations

from attribution.matching.diff import word_diff
from attribution.matching.speakers import speakers_compatible
from attribution.matching.text import plain

QUOTED_KINDS = ("direct", "partial")


def quotes_differ(first, second):
    """True when two quotations of a claim differ in words. A partial quote that is simply a
    stretch of the other quote does not differ; a truncated full quote, a changed word or a
    dropped hedge does."""
    pieces = word_diff(first.text, second.text)
    inserted = any(piece.op == "insert" for piece in pieces)
    deleted = any(piece.op == "delete" for piece in pieces)
    if "partial" in (first.kind, second.kind):
        # Only words one side leaves out: the fragment is quoted as it was said.
        return inserted and deleted
    return inserted or deleted


def wording_differs(appearances):
    """Two outlets quote the claim directly in different words."""
    quoted = {}
    for appearance in appearances:
        if appearance.kind in QUOTED_KINDS:
            quoted.setdefault((appearance.outlet, plain(appearance.text), appearance.kind), appearance)
    return any(
        quotes_differ(a, b) for a, b in combinations(quoted.values(), 2) if a.outlet != b.outlet
    )


def attribution_differs(appearances):
    """The claim is credited to speakers who cannot be the same, or one outlet credits a
    speaker where another gives the words with no speaker (as its own statement)."""
    credited = [a for a in appearances if a.speaker is not None]
    credited_outlets = {a.outlet for a in credited}
    uncredited_outlets = {a.outlet for a in appearances if a.speaker is None}
    # Within one article a missing speaker is more likely the extractor's gap than drift.
    if credited_outlets and uncredited_outlets and len(credited_outlets | uncredited_outlets) > 1:
        return True
    distinct = {(a.speaker, a.relay_names): a for a in credited}
    return any(not speakers_compatible(a, b) for a, b in combinations(distinct.values(), 2))
