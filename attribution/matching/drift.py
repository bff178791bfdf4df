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
    """Two outlets quote the claim directly in different words.

    Compared once per distinct wording, however many outlets share it: a claim quoted the same
    way by hundreds of outlets costs one comparison per pair of different wordings."""
    wordings = {}  # (words, kind) -> (an appearance with them, the outlets quoting them)
    for appearance in appearances:
        if appearance.kind in QUOTED_KINDS:
            _, outlets = wordings.setdefault((plain(appearance.text), appearance.kind), (appearance, set()))
            outlets.add(appearance.outlet)
    return any(
        quotes_differ(a, b)
        for (a, outlets_a), (b, outlets_b) in combinations(wordings.values(), 2)
        # Two wordings found only in the same single outlet are one outlet's doing, not drift.
        if len(outlets_a | outlets_b) > 1
    )


def attribution_differs(appearances):
    """The claim is credited to speakers who cannot be the same, or one outlet credits a
    speaker where another gives the words with no speaker (as its own statement).

    Speakers that are compatible directly or through others are one speaker ("the BBC", the
    officials the BBC relays, and those officials named alone in the same article). Only reports
    in different articles conflict: within one article a second speaker for the same words is
    more likely the extractor's reading than drift."""
    credited = [a for a in appearances if a.speaker is not None]
    credited_outlets = {a.outlet for a in credited}
    uncredited_outlets = {a.outlet for a in appearances if a.speaker is None}
    # Within one article a missing speaker is more likely the extractor's gap than drift.
    if credited_outlets and uncredited_outlets and len(credited_outlets | uncredited_outlets) > 1:
        return True
    # One representative per speaker as credited, with the reports (articles) crediting it.
    speakers = {}
    for a in credited:
        _, reports = speakers.setdefault((a.speaker, a.relay_names), (a, set()))
        reports.add(_report(a))
    entries = list(speakers.values())
    group = list(range(len(entries)))

    def root(i):
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i, j in combinations(range(len(entries)), 2):
        if root(i) != root(j) and speakers_compatible(entries[i][0], entries[j][0]):
            group[root(i)] = root(j)
    reports_of = {}
    for i, (_, reports) in enumerate(entries):
        reports_of.setdefault(root(i), set()).update(reports)
    return any(
        len(first | second) > 1 for first, second in combinations(reports_of.values(), 2)
    )


def _report(appearance):
    """The report an appearance is part of: its article when known, else its outlet."""
    return appearance.article if appearance.article is not None else appearance.outlet
