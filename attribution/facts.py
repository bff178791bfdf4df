"""What a claim's appearances establish: its text, first appearance, first_seen and the drift
flags. One rule, used for the values stored on the claim (services.claim_flags_refresh, over
every appearance not rejected) and for what a reader is shown (selectors.claims_attach_appearances,
over the approved appearances alone). Pure Python over loaded rows: no queries here.
"""

from dataclasses import dataclass, fields
from datetime import date

from attribution import matching


# ---------------------------------------------------------------- first appearance


@dataclass(frozen=True)
class DatedReport:
    """One report of a claim as the first-appearance rule sees it: a key (an attribution id;
    later perhaps one publication of a syndicated text), its date if known, its outlet and
    whether it is an illustrative sample (written for the demo, not a published report)."""

    key: object
    published: date | None
    outlet: object
    illustrative: bool = False


@dataclass(frozen=True)
class FirstAppearance:
    """Which report is the claim's first appearance, and how sure that is.

    `key`: the report awarded first appearance (the earliest dated real report), or None when
    no report can be named: several reports and none dated, or the only real one undated while
    an illustrative sample has a date. `certain`: no other report could be earlier (none
    undated, no other outlet on the same day). `earliest`: the keys of the reports on the
    earliest day, `key` first. `reason`: why not certain: "undated", "tied", "no_dates" or
    "real_undated" (empty when certain)."""

    key: object
    certain: bool
    earliest: tuple = ()
    reason: str = ""
    undated: int = 0
    first_seen: date | None = None

    @property
    def dates_conflict(self):
        return not self.certain


def report_order(report):
    """The order every page, export and the API list reports in, earliest first: real
    reports before illustrative samples, dated before undated, then by date. Sorting is
    stable, so reports that tie keep the order they came in (article, then position)."""
    return (report.illustrative, report.published is None, report.published or date.min)


def first_appearance(reports):
    """The first appearance among `reports` (DatedReport, in report order). Never an undated
    report while a dated one exists; an illustrative sample only when no real report exists."""
    reports = sorted(reports, key=report_order)
    if not reports:
        return FirstAppearance(key=None, certain=False)
    real = [report for report in reports if not report.illustrative]
    pool = real or reports
    dated = [report for report in pool if report.published is not None]
    undated = len(pool) - len(dated)
    if not dated:
        if len(pool) == 1 and all(report.published is None for report in reports):
            # The one report there is: nothing could come before it.
            return FirstAppearance(key=pool[0].key, certain=True, earliest=(pool[0].key,))
        return FirstAppearance(
            key=None, certain=False, reason="no_dates" if len(pool) > 1 else "real_undated", undated=undated
        )
    first_day = dated[0].published
    tied = [report for report in dated if report.published == first_day]
    reason = "tied" if len({report.outlet for report in tied}) > 1 else "undated" if undated else ""
    return FirstAppearance(
        key=tied[0].key, certain=not reason, earliest=tuple(report.key for report in tied), reason=reason,
        undated=undated, first_seen=first_day,
    )


def dated_report(row):
    """A matching row (selectors.attribution_rows_for_matching, or attribution_row) as a DatedReport."""
    return DatedReport(
        key=row["id"], published=row["article__published"], outlet=row["article__outlet_id"],
        illustrative=row.get("article__is_illustrative", False),
    )


def attribution_report(attribution):
    """An Attribution (article loaded) as a DatedReport."""
    article = attribution.article
    return DatedReport(
        key=attribution.pk, published=article.published, outlet=article.outlet_id, illustrative=article.is_illustrative
    )


def dated_reports(row):
    """A matching row as DatedReports: one for each outlet that published its article's text
    (`publications`, as selectors.rows_add_publications gives them: an agency story several
    outlets ran is reported by each, on its own date), else one for the article."""
    if not row.get("publications"):
        return [dated_report(row)]
    illustrative = row.get("article__is_illustrative", False)
    return [
        DatedReport(key=row["id"], published=published, outlet=outlet_id, illustrative=illustrative)
        for outlet_id, _, published in row["publications"]
    ]


def attribution_reports(attribution):
    """An Attribution (article and its publications loaded) as DatedReports, one per publication."""
    article = attribution.article
    return [
        DatedReport(
            key=attribution.pk, published=publication.published, outlet=publication.outlet_id,
            illustrative=article.is_illustrative,
        )
        for publication in article.reports
    ]


# ---------------------------------------------------------------- the claim's facts


def matcher_view(row):
    """An attribution (a selectors.attribution_rows_for_matching row) as the matcher sees it."""
    speaker = None
    if row["speaker_id"] is not None:
        speaker = matching.SpeakerRef(
            name=row["speaker__name"],
            kind=row["speaker__kind"],
            aliases=tuple(row["speaker__aliases"] or ()),
            affiliation=row["speaker__affiliation__name"] or "",
            key=row["speaker_id"],
            lineage=_lineage(row),
        )
    return matching.Appearance(
        text=row["quote"],
        speaker=speaker,
        kind=row["kind"],
        relay_names=row["relay_names"],
        outlet=row["article__outlet__name"],
        article=row["article_id"],
        published=row["article__published"],
        context_before=row.get("context_before") or "",
        context_after=row.get("context_after") or "",
        speaker_mention=row.get("speaker_mention") or "",
    )


def _lineage(row):
    """The names and aliases of the speaker's affiliation and of what that belongs to."""
    names = []
    for level in ("speaker__affiliation__", "speaker__affiliation__affiliation__"):
        if row.get(f"{level}name"):
            names.extend([row[f"{level}name"], *(row.get(f"{level}aliases") or ())])
    return tuple(names)


def attribution_row(attribution):
    """An Attribution (speaker and affiliation, article outlet and relay hops loaded, as
    selectors.attributions_with_relations gives them) as the row matching reads."""
    speaker = attribution.speaker
    affiliation = speaker.affiliation if speaker and speaker.affiliation_id else None
    parent = affiliation.affiliation if affiliation and affiliation.affiliation_id else None
    publications = tuple((p.outlet_id, p.outlet.name, p.published) for p in attribution.article.reports)
    return {
        "id": attribution.pk,
        "start": attribution.start,
        "end": attribution.end,
        "quote": attribution.quote,
        "kind": attribution.kind,
        "speaker_id": attribution.speaker_id,
        "speaker__name": speaker.name if speaker else None,
        "speaker__kind": speaker.kind if speaker else None,
        "speaker__aliases": speaker.aliases if speaker else None,
        "speaker__affiliation__name": affiliation.name if affiliation else None,
        "speaker__affiliation__aliases": affiliation.aliases if affiliation else None,
        "speaker__affiliation__affiliation__name": parent.name if parent else None,
        "speaker__affiliation__affiliation__aliases": parent.aliases if parent else None,
        "relay_names": tuple(hop.name for hop in attribution.relay_chain),
        "article_id": attribution.article_id,
        "article__outlet_id": attribution.article.outlet_id,
        "article__outlet__name": attribution.article.outlet.name,
        "article__published": attribution.article.published,
        "article__is_illustrative": attribution.article.is_illustrative,
        # Every outlet that published the article's text, earliest first (as
        # selectors.rows_add_publications gives them).
        "publications": publications,
        "first_published": publications[0][2],
    }


# Which of two spans of one sentence stands for the report: the quoted words first.
_KIND_RANK = {"direct": 0, "partial": 1, "indirect": 2}


def one_per_report(appearances, *, span):
    """The appearances with each report counted once: when spans of one article overlap (a
    direct quote and the paraphrase around it, a partial quote inside it), the quotation
    stands for them, the longest of its kind first. `span(appearance)` gives (article, start,
    end, kind). Order is kept, so a heading's count is the number of columns under it."""
    kept = []  # (article, start, end, rank, index)
    for index, appearance in enumerate(appearances):
        article, start, end, kind = span(appearance)
        rank = (_KIND_RANK.get(kind, 3), -(end - start))
        clash = next((i for i, k in enumerate(kept) if k[0] == article and k[1] < end and start < k[2]), None)
        if clash is None:
            kept.append((article, start, end, rank, index))
        elif rank < kept[clash][3]:
            kept[clash] = (article, start, end, rank, index)
    chosen = sorted(k[4] for k in kept)
    return [appearances[i] for i in chosen]


def _instance_span(attribution):
    return attribution.article_id, attribution.start, attribution.end, attribution.kind


def _row_span(row):
    return row["article_id"], row["start"], row["end"], row["kind"]


def reports(attributions):
    """one_per_report over Attribution instances (pages, API)."""
    return one_per_report(list(attributions), span=_instance_span)


@dataclass(frozen=True)
class ClaimFacts:
    text: str
    first_appearance_id: int | None
    first_seen: date | None
    dates_conflict: bool
    wording_differs: bool
    attribution_differs: bool

    @classmethod
    def stored(cls, claim):
        """The values services.claim_flags_refresh stored on the claim."""
        return cls(
            text=claim.canonical_text,
            **{field.name: getattr(claim, field.name) for field in fields(cls) if field.name != "text"},
        )


NO_FACTS = ClaimFacts(
    text="", first_appearance_id=None, first_seen=None, dates_conflict=False, wording_differs=False,
    attribution_differs=False,
)


def claim_facts(rows, *, text):
    """What these appearances (rows, earliest report first) establish. The claim keeps `text`
    (the wording it was named after) while one of them has those words, else takes the lead
    report's (the first real one). The first appearance follows first_appearance(); the dates
    conflict whenever that is not certain."""
    if not rows:
        return NO_FACTS
    if all("start" in row for row in rows):
        rows = one_per_report(rows, span=_row_span)
    appearances = [matcher_view(row) for row in rows]
    lead_at = lead_index(rows, lambda row: row.get("article__is_illustrative"))
    lead = rows[lead_at]
    drift = matching.claim_drift(appearances, baseline=lead_at)
    first = first_appearance([report for row in rows for report in dated_reports(row)])
    return ClaimFacts(
        text=text if text in {row["quote"] for row in rows} else lead["quote"],
        first_appearance_id=first.key,
        first_seen=first.first_seen,
        dates_conflict=first.dates_conflict,
        wording_differs=drift.wording_differs,
        attribution_differs=drift.attribution_differs,
    )


def lead_index(appearances, is_illustrative):
    """Which appearance (earliest report first) a claim is shown by and drift is measured
    against: the earliest real report; an illustrative sample only when there is no other."""
    return next((i for i, a in enumerate(appearances) if not is_illustrative(a)), 0)
