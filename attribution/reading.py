"""How the reader pages lay out what the selectors read: comparison columns, highlighted
article text, speaker legends, two articles side by side. Pure Python over loaded rows;
no queries here, so each page keeps a constant number of them.

Everything returned holds plain text; the templates escape it.
"""

from dataclasses import dataclass, field

from attribution import facts, matching
from attribution.matching.diff import DiffPiece, word_diff
from attribution.matching.quantities import hedge_differences
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
    """The article's outlet (the earliest to publish its text), each relay hop, then the speaker
    if the hops do not end with them: Unnamed publisher → BBC → officials."""
    publisher = attribution.article.reports[0].outlet
    nodes = [RelayNode(name=publisher.name, outlet=publisher)]
    hops = attribution.relay_chain
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


FIRST_APPEARANCE = "First appearance"
EARLIEST_DATED = "Earliest dated report"


def _day(value):
    return f"{value.day} {value:%B %Y}"


@dataclass(frozen=True)
class FirstShown:
    """The first-appearance rule (facts.first_appearance) as pages say it: which reports carry
    the badge and its words, and the one sentence saying why it is uncertain (else "")."""

    rule: facts.FirstAppearance
    badge: str
    badged: frozenset
    note: str

    def badge_for(self, attribution):
        return self.badge if attribution.pk in self.badged else ""

    @property
    def unknown_because(self):
        """Why no report is named the first appearance, in a few words (for lists)."""
        if self.rule.key is not None:
            return ""
        return "Unknown: no report is dated" if self.rule.reason == "no_dates" else "Unknown: the real report is undated"


def first_shown(appearances):
    """What the badge, the order and the at-a-glance table say about the first appearance of
    these appearances (earliest first): one rule, one wording, wherever it is shown."""
    rule = facts.first_appearance([r for a in appearances for r in facts.attribution_reports(a)])
    if rule.key is None:
        note = (
            "? First appearance unknown: no report has a date."
            if rule.reason == "no_dates"
            else "? First appearance unknown: the real report has no date (only an illustrative sample is dated)."
        )
        return FirstShown(rule=rule, badge="", badged=frozenset(), note=note if appearances else "")
    if rule.certain:
        return FirstShown(rule=rule, badge=FIRST_APPEARANCE, badged=frozenset([rule.key]), note="")
    undated = f"{rule.undated} report{'s' if rule.undated != 1 else ''} without a date may be earlier"
    if rule.reason == "tied":
        note = f"? First appearance uncertain: {len(rule.earliest)} reports share the earliest date, {_day(rule.first_seen)}"
        note += f"; {undated}." if rule.undated else "."
    else:
        note = f"? First appearance uncertain: {undated}."
    return FirstShown(rule=rule, badge=EARLIEST_DATED, badged=frozenset(rule.earliest), note=note)


@dataclass
class Column:
    """One appearance of a claim, as the comparison page shows it. `is_first`: the baseline
    the others are diffed against; `first_badge`: the first-appearance badge it carries, if any."""

    attribution: Attribution
    number: int
    diff: list
    is_first: bool
    first_badge: str
    wording_drift: bool
    attribution_drift: bool
    stance: str
    kind_label: str
    relay: list
    # (baseline's hedge, this one's) for each figure both state with another hedge:
    # ("more than", "about"). The same figure hedged otherwise: a wording difference, one claim.
    hedges: list = field(default_factory=list)
    # Every outlet that published this text, earliest first: one column per text, a line per outlet.
    publications: list = field(default_factory=list)

    @property
    def article(self):
        return self.attribution.article

    @property
    def first_publication(self):
        return self.publications[0]

    @property
    def copies(self):
        """The other outlets' publications of the same text."""
        return self.publications[1:]


@dataclass
class Comparison:
    columns: list
    outlet_count: int
    wording_drift: bool
    attribution_drift: bool
    first: FirstShown = None
    # The column the others are diffed against: the earliest real report (an illustrative
    # sample is never the baseline while a real report exists).
    baseline: Column = None
    wording_compared: bool = False  # two or more quotations to compare (paraphrases are not)
    has_paraphrase: bool = False

    @property
    def single(self):
        return len(self.columns) == 1

    @property
    def heading(self):
        """The page's heading, counting exactly the columns under it (one per report)."""
        reports = len(self.columns)
        if reports == self.outlet_count:
            return f"How {reports} outlet{'s' if reports != 1 else ''} reported this claim"
        if reports < self.outlet_count:
            # Some outlets ran the same text (an agency story): a column each text, all its outlets in it.
            return f"How {self.outlet_count} outlets reported this claim, in {reports} text{'s' if reports != 1 else ''}"
        return f"How {reports} reports from {self.outlet_count} outlet{'s' if self.outlet_count != 1 else ''} told this claim"

    @property
    def has_illustrative(self):
        return any(column.article.is_illustrative for column in self.columns)

    @property
    def wording_summary(self):
        """(state, text) of the wording badge. Only quotations are compared: a paraphrase is
        the outlet's own words, so "the same words" never speaks for it."""
        if self.wording_drift:
            return "drift", "⚠ The quotations differ in wording"
        if self.wording_compared:
            note = " (paraphrases not compared)" if self.has_paraphrase else ""
            return "same", f"✓ Same words in every quotation{note}"
        return "warn", "Wording not compared: only one report quotes"


def lead_appearance(appearances):
    """The appearance a claim is shown by and diffed against: the earliest real report. An
    illustrative sample (written for the demo) only when no real report is shown."""
    return appearances[facts.lead_index(appearances, lambda a: a.article.is_illustrative)]


def claim_comparison(appearances):
    """Columns for the appearances (earliest first): the wording diffed against the baseline,
    the earliest real report (an illustrative sample only when no real report is shown),
    and drift badges where the wording or the speaker credited changed from it."""
    if not appearances:
        return Comparison(columns=[], outlet_count=0, wording_drift=False, attribution_drift=False)
    first = first_shown(appearances)
    baseline = lead_appearance(appearances)
    quoted = matching.drift.QUOTED_KINDS
    # The same rule as the claim's stored flags (facts.claim_facts): one function for both.
    drift = matching.claim_drift(
        [matcher_appearance(a) for a in appearances], baseline=appearances.index(baseline)
    )
    columns = []
    for number, attribution in enumerate(appearances, start=1):
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
                first_badge=first.badge_for(attribution),
                wording_drift=drift.wording[number - 1],
                attribution_drift=drift.attribution[number - 1],
                stance=attribution.cue_stance if attribution.cue.strip() else "",
                kind_label=kind_label(attribution),
                relay=relay_path(attribution),
                hedges=[] if attribution is baseline else hedge_differences(baseline.quote, attribution.quote),
                publications=attribution.article.reports,
            )
        )
    return Comparison(
        columns=columns,
        # Every outlet that published a column's text reported the claim.
        outlet_count=len({p.outlet_id for c in columns for p in c.publications}),
        wording_drift=drift.wording_differs,
        attribution_drift=drift.attribution_differs,
        first=first,
        baseline=next(c for c in columns if c.is_first),
        wording_compared=drift.wording_compared,
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


def _same_words(a, b):
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def article_paragraphs(text, attributions, legend, title=""):
    """The text as paragraphs of segments; a segment inside attributions belongs to the
    innermost one, so nested or overlapping spans all stay visible. Leading paragraphs that
    only repeat the title (shown as the page's heading) are left out, unless an attribution
    is in them; the stored text is unchanged."""
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
    paragraphs = [p for p in paragraphs if "".join(s.text for s in p).strip()]
    while (
        title.strip() and paragraphs and _same_words("".join(s.text for s in paragraphs[0]), title)
        and not any(s.attribution for s in paragraphs[0])
    ):
        paragraphs.pop(0)
    return paragraphs


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
    """Outlets (in order of first report) with the speakers each credited: for claim lists.
    Every outlet that published an appearance's text counts, not only the first stored."""
    outlets = {}
    for attribution in appearances:
        for publication in attribution.article.reports:
            outlet = publication.outlet
            entry = outlets.setdefault(
                outlet.pk, {"outlet": outlet, "speakers": {}, "illustrative": False, "unreviewed": False}
            )
            if attribution.speaker is not None and attribution.speaker_id not in entry["speakers"]:
                entry["speakers"][attribution.speaker_id] = CreditedSpeaker(
                    source=attribution.speaker, name=speaker_label(attribution)
                )
            entry["illustrative"] = entry["illustrative"] or attribution.article.is_illustrative
            entry["unreviewed"] = entry["unreviewed"] or attribution.status == Attribution.Status.PENDING
    return [{**entry, "speakers": list(entry["speakers"].values())} for entry in outlets.values()]
