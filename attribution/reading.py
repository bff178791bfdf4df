"""How the reader pages lay out what the selectors read: comparison columns, highlighted
article text, speaker legends, two articles side by side. Pure Python over loaded rows;
no queries here, so each page keeps a constant number of them.

Everything returned holds plain text; the templates escape it.
"""

from dataclasses import dataclass, field

from attribution import matching
from attribution.matching.diff import DiffPiece, word_diff
from attribution.models import Attribution

# The matcher's view of an attribution, so the badges here agree with the claim's flags.
from attribution.services import attribution_appearance as matcher_appearance

KIND_LABELS = {
    Attribution.Kind.DIRECT: "Direct quote",
    Attribution.Kind.PARTIAL: "Partial quote",
    Attribution.Kind.INDIRECT: "Paraphrase",
    Attribution.Kind.BELIEF: "Belief or intention",
}
# Speaker colours cycle through this many CSS classes; the legend number tells them apart beyond.
SPEAKER_COLOURS = 8


def kind_label(attribution):
    return KIND_LABELS.get(attribution.kind, attribution.kind)


def speaker_label(attribution):
    """Whom the attribution credits, with the name and role as its article wrote them
    ("Col. Thomas Veale, a coalition spokesman"); "" when no speaker is named."""
    name, role = attribution.speaker_shown
    if not name:
        return ""
    return f"{name}, {role}" if role else name


@dataclass
class CreditedSpeaker:
    """A speaker as an article (or an outlet) credits them: the shared Source, for the link,
    and the name as written there. `other_name`: how the second article wrote it, if differently."""

    source: object
    name: str
    other_name: str = ""

    @property
    def pk(self):
        return self.source.pk


def _sort_by_name(speakers):
    return sorted(speakers, key=lambda speaker: (speaker.name.casefold(), speaker.pk))


@dataclass(frozen=True)
class RelayNode:
    """One stop of a relay path: an outlet or a source, with the verb that passed the claim on."""

    name: str
    outlet: object = None
    source: object = None
    cue: str = ""


def relay_path(attribution):
    """The article's outlet, each relay hop, then the speaker if the hops do not end with them:
    Unnamed publisher → BBC → officials."""
    nodes = [RelayNode(name=attribution.article.outlet.name, outlet=attribution.article.outlet)]
    hops = list(attribution.relay_hops.all())
    for hop in hops:
        if hop.outlet_id:
            nodes.append(RelayNode(name=hop.outlet.name, outlet=hop.outlet, cue=hop.cue))
        else:
            nodes.append(RelayNode(name=hop.source.name, source=hop.source, cue=hop.cue))
    speaker = attribution.speaker
    if speaker is not None and not (hops and _hop_is_speaker(hops[-1], speaker)):
        nodes.append(RelayNode(name=speaker.name, source=speaker, cue=attribution.cue))
    return nodes


def _names(*names):
    return {" ".join(name.casefold().split()).removeprefix("the ") for name in names if name and name.strip()}


def _hop_is_speaker(hop, speaker):
    """The last hop already names the speaker: the same source, or an outlet (BBC) that the
    speaker's source row (a Source "BBC") names too. Drawing it again would say BBC → BBC."""
    if hop.source_id is not None:
        return hop.source_id == speaker.pk
    return bool(_names(hop.outlet.name, *(hop.outlet.aliases or ())) & _names(speaker.name, *(speaker.aliases or ())))


@dataclass
class Column:
    """One appearance of a claim, as the comparison page shows it."""

    attribution: Attribution
    number: int
    diff: list
    is_first: bool
    wording_drift: bool
    attribution_drift: bool
    stance: str
    kind_label: str
    relay: list

    @property
    def article(self):
        return self.attribution.article


@dataclass
class Comparison:
    columns: list
    outlet_count: int
    wording_drift: bool
    attribution_drift: bool
    dates_uncertain: bool
    # The column the others are diffed against: the earliest real report (an illustrative
    # sample is never the baseline while a real report exists).
    baseline: Column = None
    wording_compared: bool = False  # two or more quotations to compare (paraphrases are not)
    has_paraphrase: bool = False

    @property
    def single(self):
        return len(self.columns) == 1

    @property
    def wording_summary(self):
        """(state, text) of the wording badge. Only quotations are compared: a paraphrase is
        the outlet's own words, so "the same words" never speaks for it."""
        if self.wording_drift:
            return "drift", "⚠ The quotations differ in wording"
        if self.wording_compared:
            note = " (paraphrases not compared)" if self.has_paraphrase else ""
            return "same", f"✓ Same words in every quotation{note}"
        if self.baseline is not None and self.baseline.attribution.kind not in matching.drift.QUOTED_KINDS:
            return "warn", "Wording not compared: the first report paraphrases"
        return "warn", "Wording not compared: only one report quotes"


def _wording_drifts(first, other):
    # A paraphrase is the outlet's own words: only quotations can drift from the words said.
    quoted = matching.drift.QUOTED_KINDS
    return first.kind in quoted and other.kind in quoted and matching.quotes_differ(first, other)


def _attribution_drifts(first, other):
    if first.speaker is None and other.speaker is None:
        return False
    return not matching.speakers_compatible(first, other)


def lead_appearance(appearances):
    """The appearance a claim is shown by and diffed against: the earliest real report. An
    illustrative sample (written for the demo) only when no real report is shown."""
    return next((a for a in appearances if not a.article.is_illustrative), appearances[0])


def claim_comparison(appearances):
    """Columns for the appearances (earliest first): the wording diffed against the baseline,
    the earliest real report (an illustrative sample only when no real report is shown),
    and drift badges where the wording or the speaker credited changed from it."""
    if not appearances:
        return Comparison(columns=[], outlet_count=0, wording_drift=False, attribution_drift=False, dates_uncertain=False)
    baseline = lead_appearance(appearances)
    seen_baseline = matcher_appearance(baseline)
    quoted = matching.drift.QUOTED_KINDS
    columns = []
    for number, attribution in enumerate(appearances, start=1):
        seen = matcher_appearance(attribution)
        if attribution is baseline:
            pieces = [DiffPiece("equal", attribution.quote)]
        else:
            pieces = word_diff(baseline.quote, attribution.quote)
        columns.append(
            Column(
                attribution=attribution,
                number=number,
                diff=pieces,
                is_first=attribution is baseline,
                wording_drift=attribution is not baseline and _wording_drifts(seen_baseline, seen),
                attribution_drift=attribution is not baseline and _attribution_drifts(seen_baseline, seen),
                stance=attribution.cue_stance if attribution.cue.strip() else "",
                kind_label=kind_label(attribution),
                relay=relay_path(attribution),
            )
        )
    dates = [a.article.published for a in appearances]
    earliest = [d for d in dates if d is not None]
    dates_uncertain = None in dates or (bool(earliest) and earliest.count(min(earliest)) > 1)
    return Comparison(
        columns=columns,
        outlet_count=len({a.article.outlet_id for a in appearances}),
        wording_drift=any(c.wording_drift for c in columns),
        attribution_drift=any(c.attribution_drift for c in columns),
        dates_uncertain=len(appearances) > 1 and dates_uncertain,
        baseline=next(c for c in columns if c.is_first),
        # Wording is compared between quotations only: the baseline's and at least one other.
        wording_compared=baseline.kind in quoted and any(a.kind in quoted for a in appearances if a is not baseline),
        has_paraphrase=any(a.kind not in quoted for a in appearances),
    )


# ---------------------------------------------------------------- speakers


@dataclass
class SpeakerEntry:
    """A speaker of an article (or "unknown speaker"), numbered for the legend."""

    number: int
    speaker: object
    count: int = 0
    shown: str = ""  # as this article wrote the name and role

    @property
    def colour(self):
        return (self.number - 1) % SPEAKER_COLOURS

    @property
    def name(self):
        if self.speaker is None:
            return "Unknown speaker"
        return self.shown or self.speaker.display_name


def speaker_legend(attributions):
    """Speakers in order of first appearance, with how many attributions credit each."""
    entries = {}
    for attribution in attributions:
        entry = entries.get(attribution.speaker_id)
        if entry is None:
            entry = entries[attribution.speaker_id] = SpeakerEntry(
                number=len(entries) + 1, speaker=attribution.speaker, shown=speaker_label(attribution)
            )
        entry.count += 1
    return entries


# ---------------------------------------------------------------- article text


@dataclass
class Segment:
    text: str
    attribution: Attribution = None
    speaker: SpeakerEntry = None
    opens: bool = False  # the first piece of its attribution: carries the marker and the anchor


def article_paragraphs(text, attributions, legend):
    """The text as paragraphs of segments; a segment inside attributions belongs to the
    innermost one, so nested or overlapping spans all stay visible."""
    spans = [a for a in attributions if 0 <= a.start < a.end <= len(text)]
    bounds = sorted({0, len(text), *(a.start for a in spans), *(a.end for a in spans)})
    pieces = []
    for left, right in zip(bounds, bounds[1:]):
        covering = [a for a in spans if a.start <= left and right <= a.end]
        owner = min(covering, key=lambda a: (a.end - a.start, a.start, a.pk)) if covering else None
        pieces.append((text[left:right], owner))

    paragraphs, current, opened = [], [], set()

    def add(piece, owner):
        if not piece:
            return
        if current and current[-1].attribution is owner:
            current[-1].text += piece
            return
        opens = owner is not None and owner.pk not in opened
        if opens:
            opened.add(owner.pk)
        speaker = legend[owner.speaker_id] if owner is not None else None
        current.append(Segment(text=piece, attribution=owner, speaker=speaker, opens=opens))

    for piece, owner in pieces:
        lines = piece.split("\n")
        add(lines[0], owner)
        for line in lines[1:]:
            paragraphs.append(current)
            current = []
            add(line, owner)
    paragraphs.append(current)
    return [p for p in paragraphs if "".join(s.text for s in p).strip()]


# ---------------------------------------------------------------- two articles


@dataclass
class SharedClaim:
    claim_id: int
    in_a: list
    in_b: list


@dataclass
class ArticlePair:
    shared: list = field(default_factory=list)
    only_a: list = field(default_factory=list)
    only_b: list = field(default_factory=list)
    speakers_both: list = field(default_factory=list)
    speakers_only_a: list = field(default_factory=list)
    speakers_only_b: list = field(default_factory=list)


def _by_claim(attributions):
    claims = {}
    for attribution in attributions:
        key = attribution.claim_id if attribution.claim_id is not None else f"attribution-{attribution.pk}"
        claims.setdefault(key, []).append(attribution)
    return claims


def _speakers(attributions):
    """Each speaker credited, as the first attribution crediting them wrote the name."""
    speakers = {}
    for attribution in attributions:
        if attribution.speaker is not None and attribution.speaker_id not in speakers:
            speakers[attribution.speaker_id] = CreditedSpeaker(source=attribution.speaker, name=speaker_label(attribution))
    return speakers


def article_pair(attributions_a, attributions_b):
    """Claims both articles carry (aligned), claims only one carries, and the speakers each
    quotes and each leaves out. Attributions come in reading order and keep it."""
    claims_a, claims_b = _by_claim(attributions_a), _by_claim(attributions_b)
    pair = ArticlePair()
    for key, in_a in claims_a.items():
        if key in claims_b:
            pair.shared.append(SharedClaim(claim_id=key, in_a=in_a, in_b=claims_b[key]))
        else:
            pair.only_a.extend(in_a)
    pair.only_b = [a for key, group in claims_b.items() if key not in claims_a for a in group]
    speakers_a, speakers_b = _speakers(attributions_a), _speakers(attributions_b)
    both = []
    for key, speaker in speakers_a.items():
        if key in speakers_b:
            written_in_b = speakers_b[key].name
            both.append(CreditedSpeaker(speaker.source, speaker.name, "" if written_in_b == speaker.name else written_in_b))
    # Sorted by the names as shown, so the lists read in alphabetical order.
    pair.speakers_both = _sort_by_name(both)
    pair.speakers_only_a = _sort_by_name(s for k, s in speakers_a.items() if k not in speakers_b)
    pair.speakers_only_b = _sort_by_name(s for k, s in speakers_b.items() if k not in speakers_a)
    return pair


def group_appearances_by_outlet(appearances):
    """Outlets (in order of first report) with the speakers each credited: for claim lists."""
    outlets = {}
    for attribution in appearances:
        outlet = attribution.article.outlet
        entry = outlets.setdefault(outlet.pk, {"outlet": outlet, "speakers": {}, "illustrative": False})
        if attribution.speaker is not None and attribution.speaker_id not in entry["speakers"]:
            entry["speakers"][attribution.speaker_id] = CreditedSpeaker(
                source=attribution.speaker, name=speaker_label(attribution)
            )
        entry["illustrative"] = entry["illustrative"] or attribution.article.is_illustrative
    return [
        {"outlet": e["outlet"], "speakers": list(e["speakers"].values()), "illustrative": e["illustrative"]}
        for e in outlets.values()
    ]
