"""What a claim's appearances establish: its text, first appearance, first_seen and the drift
flags. One rule, used for the values stored on the claim (services.claim_flags_refresh, over
every appearance not rejected) and for what a reader is shown (selectors.claims_attach_appearances,
over the approved appearances alone). Pure Python over loaded rows: no queries here.
"""

from dataclasses import dataclass, fields
from datetime import date

from attribution import matching


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
        "relay_names": tuple(hop.name for hop in attribution.relay_hops.all()),
        "article_id": attribution.article_id,
        "article__outlet_id": attribution.article.outlet_id,
        "article__outlet__name": attribution.article.outlet.name,
        "article__published": attribution.article.published,
        "article__is_illustrative": attribution.article.is_illustrative,
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
    (the wording it was named after) while one of them has those words, else takes the first
    one's. The first appearance is the earliest dated report; the dates conflict when a report
    is undated or two outlets share the earliest day."""
    if not rows:
        return NO_FACTS
    if all("start" in row for row in rows):
        rows = one_per_report(rows, span=_row_span)
    appearances = [matcher_view(row) for row in rows]
    drift = matching.claim_drift(appearances, baseline=lead_index(rows, lambda row: row.get("article__is_illustrative")))
    dated = [row for row in rows if row["article__published"] is not None]
    first = dated[0] if dated else rows[0]
    first_seen = first["article__published"] if dated else None
    earliest_outlets = {row["article__outlet_id"] for row in dated if row["article__published"] == first_seen}
    return ClaimFacts(
        text=text if text in {row["quote"] for row in rows} else first["quote"],
        first_appearance_id=first["id"],
        first_seen=first_seen,
        dates_conflict=len(dated) < len(rows) or len(earliest_outlets) > 1,
        wording_differs=drift.wording_differs,
        attribution_differs=drift.attribution_differs,
    )


def lead_index(appearances, is_illustrative):
    """Which appearance (earliest report first) a claim is shown by and drift is measured
    against: the earliest real report; an illustrative sample only when there is no other."""
    return next((i for i, a in enumerate(appearances) if not is_illustrative(a)), 0)
