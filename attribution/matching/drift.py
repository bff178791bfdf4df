"""What differs between the appearances of one claim: the words quoted and who is credited."""

from dataclasses import dataclass

from attribution.matching.diff import word_diff
from attribution.matching.speakers import same_speaker
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


@dataclass(frozen=True)
class Drift:
    """What differs between a claim's appearances, measured against one baseline report: the
    one rule set behind the claim's stored flags (API) and the comparison page's badges."""

    wording: tuple  # per appearance: its quotation differs in words from the baseline quotation
    attribution: tuple  # per appearance: it credits another speaker than the baseline report
    wording_baseline: int | None  # the quotation the others are compared with (None: no quotation)
    wording_compared: bool  # two or more outlets' quotations were compared

    @property
    def wording_differs(self):
        return any(self.wording)

    @property
    def attribution_differs(self):
        return any(self.attribution)


def claim_drift(appearances, baseline=0):
    """Drift of each appearance from `baseline` (an index: the report a claim is shown by).

    Wording: quotations only (a paraphrase is the outlet's own words), each against the
    baseline's quotation, or the earliest quotation when the baseline paraphrases; a partial
    quote that is a stretch of the baseline does not differ; two wordings of one outlet are its
    own doing, not drift. Attribution: another speaker than the baseline's, a stricter test than
    matching's (`same_speaker`): a department credited where another outlet named its office
    is one claim with attribution drift. Within one article a missing speaker is more likely
    the extractor's gap than drift."""
    if not appearances:
        return Drift((), (), None, False)
    quoted = [i for i, a in enumerate(appearances) if a.kind in QUOTED_KINDS]
    wording_baseline = baseline if baseline in quoted else (quoted[0] if quoted else None)
    wording, compared, cache = [], False, {}
    for index, appearance in enumerate(appearances):
        differs = False
        if wording_baseline is not None and index != wording_baseline and appearance.kind in QUOTED_KINDS:
            first = appearances[wording_baseline]
            if appearance.outlet != first.outlet:
                compared = True
                key = (plain(appearance.text), appearance.kind)
                if key not in cache:  # one comparison per distinct wording, however many outlets share it
                    cache[key] = quotes_differ(first, appearance)
                differs = cache[key]
        wording.append(differs)
    lead = appearances[baseline]
    # The baseline report's own spans all speak for it: "the BBC", the officials it relays,
    # and those officials named alone in the same article are one speaker.
    lead_report = [a for a in appearances if _report(a) == _report(lead)]
    attribution = [
        _report(appearance) != _report(lead) and _credits_another(lead_report, appearance)
        for appearance in appearances
    ]
    return Drift(tuple(wording), tuple(attribution), wording_baseline, compared)


def _credits_another(lead_report, appearance):
    credited = [a for a in lead_report if a.speaker is not None]
    if appearance.speaker is None:
        return bool(credited) and lead_report[0].outlet != appearance.outlet
    if not credited:
        return lead_report[0].outlet != appearance.outlet
    return not any(same_speaker(lead, appearance) for lead in credited)


def wording_differs(appearances):
    """Two outlets quote the claim in different words (claim_drift against the first)."""
    return claim_drift(list(appearances)).wording_differs


def attribution_differs(appearances):
    """Some report credits another speaker than the first (claim_drift against the first)."""
    return claim_drift(list(appearances)).attribution_differs


def _report(appearance):
    """The report an appearance is part of: its article when known, else its outlet."""
    return appearance.article if appearance.article is not None else appearance.outlet
