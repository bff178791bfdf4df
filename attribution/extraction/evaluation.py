"""Scoring extracted attributions against hand-made gold rows.

Matching rule (as the corpus README states it): a prediction matches a gold row of the same
article when both spans, trimmed of quotation marks, punctuation and spaces at both ends,
overlap with intersection-over-union >= 0.5; pairs are taken greedily, best overlap first.
Gold rows marked ``optional`` neither reward nor penalise a prediction that lands on them.

Kinds the gold never uses are outside what it annotates: a gold file made before beliefs and
intentions became their own kind (``belief``) has none, so it cannot tell whether a predicted
belief is right. Such predictions are counted apart (``unscored``), not as false positives.
(``../shared/corpus/score.py``, which is not this code, counts every kind other than direct and
partial as indirect speech; the README reports its figures as it computes them.)
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

EDGE_CHARACTERS = frozenset(" \t\r\n\u00a0\"'“”‘’«»„‚,.;:!?—–-()[]")
MIN_OVERLAP = 0.5
NAME_NOISE = frozenset({
    "the", "a", "an", "mr", "mrs", "ms", "dr", "prof", "col", "gen", "lt", "maj", "capt", "sgt", "adm", "sen",
    "rep", "gov", "pres", "president", "minister", "sir", "lord", "lady", "colonel", "general", "senator",
    "governor", "spokesman", "spokeswoman",
})
GROUPS = ("quote", "indirect", "all_spans", "end_to_end")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def trim_span(start: int, end: int, text: str) -> tuple[int, int]:
    while start < end and text[start] in EDGE_CHARACTERS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARACTERS:
        end -= 1
    return start, end


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return max(0, shared) / union if union > 0 else 0.0


def name_words(name: str | None) -> list[str]:
    name = unicodedata.normalize("NFKC", name or "").lower()
    name = re.sub(r"['’]s\b", "", name)
    words = (w.strip(".") for w in re.findall(r"[\w.]+", name))
    return [w for w in words if w and w not in NAME_NOISE]


def same_source(predicted: str | None, gold: str | None) -> bool:
    """Loose name agreement: equal, one inside the other, or the same last word (surname)."""
    p, g = name_words(predicted), name_words(gold)
    if not p or not g:
        return not p and not g
    p_text, g_text = " ".join(p), " ".join(g)
    return p_text == g_text or p_text in g_text or g_text in p_text or p[-1] == g[-1]


def row_span(row: dict, text: str) -> tuple[int, int] | None:
    start, end = row.get("start"), row.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        quote = row.get("quote") or ""
        start = text.find(quote) if quote else -1
        if start < 0:
            return None
        end = start + len(quote)
    return trim_span(start, end, text)


def group_of(kind: str | None) -> str:
    return "quote" if kind in ("direct", "partial") else "indirect"


def evaluate(gold_rows: list[dict], predicted_rows: list[dict], texts: dict[str, str]) -> dict:
    """Precision/recall/F1 per group plus speaker, reported_by and kind accuracy on matched spans.

    ``texts`` maps article name -> article text. Predictions for articles without gold are ignored.
    """
    golds_by_article: dict[str, list[dict]] = defaultdict(list)
    preds_by_article: dict[str, list[dict]] = defaultdict(list)
    for row in gold_rows:
        golds_by_article[row["article"]].append(row)
    annotated_kinds = {row.get("kind") for row in gold_rows} | {"direct", "partial", "indirect"}
    unscored: dict[str, int] = defaultdict(int)
    for row in predicted_rows:
        if row.get("article") not in golds_by_article:
            continue
        if row.get("kind") not in annotated_kinds:
            unscored[row.get("kind")] += 1
            continue
        preds_by_article[row["article"]].append(row)
    counts = {group: Counts() for group in ("quote", "indirect", "end_to_end")}
    tallies = {"speaker": [0, 0], "reported_by": [0, 0], "kind": [0, 0]}
    misses, extras = [], []
    for article, golds in golds_by_article.items():
        text = texts[article]
        preds = preds_by_article.get(article, [])
        pairs = _match(golds, preds, text)
        matched_preds = set(pairs.values())
        for gold_index, gold in enumerate(golds):
            group = group_of(gold["kind"])
            if gold_index in pairs:
                if gold.get("optional"):
                    continue
                pred = preds[pairs[gold_index]]
                counts[group].tp += 1
                speaker_right = same_source(pred.get("speaker"), gold["speaker"])
                _tally(tallies["speaker"], speaker_right)
                _tally(tallies["kind"], pred.get("kind") == gold["kind"])
                if gold.get("reported_by"):
                    _tally(tallies["reported_by"], same_source(pred.get("reported_by"), gold["reported_by"]))
                if speaker_right:
                    counts["end_to_end"].tp += 1
                else:
                    counts["end_to_end"].fp += 1
                    counts["end_to_end"].fn += 1
                    misses.append(_miss(article, gold, pred.get("speaker")))
            elif not gold.get("optional"):
                counts[group].fn += 1
                counts["end_to_end"].fn += 1
                misses.append(_miss(article, gold, None))
        for pred_index, pred in enumerate(preds):
            if pred_index not in matched_preds:
                counts[group_of(pred.get("kind"))].fp += 1
                counts["end_to_end"].fp += 1
                extras.append({"article": article, "quote": (pred.get("quote") or "")[:80], "pred_speaker": pred.get("speaker")})
    all_spans = Counts(*(getattr(counts["quote"], f) + getattr(counts["indirect"], f) for f in ("tp", "fp", "fn")))
    return {
        "quote": counts["quote"].as_dict(),
        "indirect": counts["indirect"].as_dict(),
        "all_spans": all_spans.as_dict(),
        "end_to_end": counts["end_to_end"].as_dict(),
        "speaker_accuracy": _accuracy(tallies["speaker"]),
        "reported_by_accuracy": _accuracy(tallies["reported_by"]),
        "kind_accuracy": _accuracy(tallies["kind"]),
        "unscored": dict(unscored),
        "misses": misses,
        "extras": extras,
    }


def _match(golds: list[dict], preds: list[dict], text: str) -> dict[int, int]:
    gold_spans = [row_span(g, text) for g in golds]
    pred_spans = [row_span(p, text) for p in preds]
    candidates = sorted(
        ((overlap(g, p), gi, pi) for gi, g in enumerate(gold_spans) if g for pi, p in enumerate(pred_spans) if p),
        reverse=True,
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for value, gi, pi in candidates:
        if value < MIN_OVERLAP:
            break
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


def _tally(tally: list[int], right: bool) -> None:
    tally[0] += bool(right)
    tally[1] += 1


def _accuracy(tally: list[int]) -> float | None:
    return round(tally[0] / tally[1], 3) if tally[1] else None


def _miss(article: str, gold: dict, predicted_speaker: str | None) -> dict:
    return {"article": article, "quote": gold["quote"][:80], "gold_speaker": gold["speaker"], "pred_speaker": predicted_speaker}


def format_report(result: dict) -> str:
    lines = []
    for group in GROUPS:
        r = result[group]
        lines.append(f"{group:11s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  (tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    lines.append(
        f"speaker accuracy on matched spans: {result['speaker_accuracy']}  "
        f"reported_by accuracy: {result['reported_by_accuracy']}  kind accuracy: {result['kind_accuracy']}"
    )
    if result.get("unscored"):
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(result["unscored"].items()))
        lines.append(f"not scored (kinds this gold does not annotate): {kinds}")
    return "\n".join(lines)
