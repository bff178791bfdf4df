"""Speaker identity on real news: a hand-labelled random sample of PolNeAR's named gold sources.

    .venv/bin/python bench/speaker_polnear.py EXPORT_DIR [--labels FILE] [--show N]
    .venv/bin/python bench/speaker_polnear.py EXPORT_DIR --draw 800     # the sampled relations, to label

EXPORT_DIR is the PolNeAR train export written by `polnear.py export` (EXPORT_DIR/articles/*.txt).
The texts are the publishers' copyright: they are read from there, never stored here. Nothing
here runs in the test suite (tests/extraction/test_r8_speaker_bench.py tests the pure functions
on invented rows).

Why: PolNeAR's scorer checks a predicted speaker against the gold Source span's text with the
loose name rule (equal, one inside the other, or the same last word). That counts "Paul Ryan"
wrong against a gold "Ryan, a policy-focused conservative," and "Bernie Sanders" wrong against
"the senator", and its pairing takes the LAST prediction of equal overlap, so a gold outer
relation ("the poll found [X said Y]") is often paired with our inner one. This bench gives a
figure that depends on neither.

`bench/speaker_polnear_sample.jsonl` holds 800 gold relations drawn at random (`--draw 800`, seed
20261206) from all 11,207 train relations whose gold source is not a pronoun (PRONOUNS of
polnear.py), over all outlets, matched by our extractor or not, so the sample does not depend on
our output (the first 400 of the draw were labelled first, the other 400 after). One line each,
offsets only: the article, the gold content span (start, end; as in gold.jsonl, a few
discontinuous spans run backwards) and `source_mentions`: character spans in that article naming
the gold source's person or body, labelled by reading the article, never our output. The first is
the gold Source span itself; the second, when there is one, the entity's fullest name in the
article (invented examples: "Ann Lee" for a gold "the senator" or "Lee", "Ann Lee" for "Lee, a
veteran of two campaigns,", "a Marist College poll" for "the poll", "the Lee campaign" for "her
campaign"). Groups ("Both women", "Trump and Ryan"), unnamed people ("a
friend", "officials"), poll respondents ("28 percent of voters") and bodies whose only name is the
gold span itself ("the State Department") keep the gold span alone. A campaign, its staff or its
supporters are not the candidate; a bill, a report or an ad is not its author.

Printed, over the sampled relations our extractor matches (share of the shorter span >= 0.5):
  (a) scorer      the scorer's pairing (last prediction with the highest share) and its name rule
                  against the gold span's text: the sample's counterpart of polnear.py's figure;
  (b) identity    the same pairing, right when the predicted speaker names ANY labelled mention;
  (c) closest     identity, pairing each gold relation with the prediction whose span is closest
                  to it (highest intersection over union among those with share >= 0.5), which
                  removes the nested-relation tie;
each with its count and a 95 % Wilson interval. --show N lists N disagreements left under (c).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution.extraction.evaluation import same_source  # noqa: E402

LABELS = Path(__file__).resolve().parent / "speaker_polnear_sample.jsonl"
MIN_SHARE = 0.5
SEED = 20261206
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their", "who", "which", "that"})


def draw(gold: list[dict], count: int, seed: int = SEED) -> list[dict]:
    """The sample: ``count`` gold relations with a named (non-pronoun) source, drawn at random from all
    of them, in article order. A larger count keeps the smaller draw's rows (random.sample picks in order)."""
    named = [row for row in gold if (row.get("speaker") or "").strip() and row["speaker"].strip().lower() not in PRONOUNS]
    return sorted(random.Random(seed).sample(named, count), key=lambda row: (row["article"], row["start"], row["end"]))


def share_of_shorter(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared / shorter if shorter > 0 else 0.0


def intersection_over_union(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return shared / union if union > 0 else 0.0


def scorer_pair(gold: tuple[int, int], predictions: list[dict]) -> dict | None:
    """PolNeAR's scorer's choice: the last prediction of the highest share of the shorter span (>= 0.5)."""
    best, best_share = None, MIN_SHARE
    for item in predictions:
        value = share_of_shorter(gold, (item["start"], item["end"]))
        if value >= best_share:
            best, best_share = item, value
    return best


def closest_pair(gold: tuple[int, int], predictions: list[dict]) -> dict | None:
    """Among predictions the scorer would accept, the one whose span is closest to the gold's (IoU)."""
    best, best_iou = None, -1.0
    for item in predictions:
        span = (item["start"], item["end"])
        if share_of_shorter(gold, span) >= MIN_SHARE and intersection_over_union(gold, span) > best_iou:
            best, best_iou = item, intersection_over_union(gold, span)
    return best


def names_any(predicted: str | None, mentions: list[str]) -> bool:
    """The predicted speaker is the labelled entity when it names any of its mentions (loose rule)."""
    return bool(predicted) and any(same_source(predicted, mention) for mention in mentions)


def wilson(right: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson score interval of a proportion; (0, 1) when there is nothing to count."""
    if total == 0:
        return 0.0, 1.0
    p = right / total
    centre = p + z * z / (2 * total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    scale = 1 + z * z / total
    return (centre - half) / scale, (centre + half) / scale


def judge(rows: list[dict], predicted: dict[str, list[dict]], texts: dict[str, str]) -> dict:
    """The three figures over the labelled rows, how many rows each step puts right, and the rows
    still wrong under (c)."""
    counts = {"sampled": len(rows), "paired": 0, "scorer": 0, "identity": 0, "closest_paired": 0, "closest": 0,
              "named_by_labels": 0, "fixed_by_pairing": 0}
    wrong = []
    for row in rows:
        text, gold = texts[row["article"]], (row["start"], row["end"])
        mentions = [text[a:b] for a, b in row["source_mentions"]]
        predictions = predicted.get(row["article"], [])
        paired, closest = scorer_pair(gold, predictions), closest_pair(gold, predictions)
        scorer_right = identity_right = False
        if paired is not None:
            counts["paired"] += 1
            scorer_right = bool(paired["speaker"]) and same_source(paired["speaker"], mentions[0])
            identity_right = names_any(paired["speaker"], mentions)
            counts["scorer"] += scorer_right
            counts["identity"] += identity_right
            counts["named_by_labels"] += identity_right and not scorer_right
        if closest is not None:
            counts["closest_paired"] += 1
            if names_any(closest["speaker"], mentions):
                counts["closest"] += 1
                counts["fixed_by_pairing"] += paired is not None and not identity_right
            else:
                wrong.append({"row": row, "mentions": mentions, "prediction": closest})
    counts["wrong"] = wrong
    return counts


def figure(name: str, right: int, total: int) -> str:
    low, high = wilson(right, total)
    share = right / total if total else 0.0
    return f"{name:46s} {share:.3f}  ({right} of {total}; 95% {low:.3f}-{high:.3f})"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("export", type=Path, help="folder written by `polnear.py export` (its articles/*.txt)")
    parser.add_argument("--labels", type=Path, default=LABELS, help="labelled sample (default: %(default)s)")
    parser.add_argument("--show", type=int, default=0, help="list N disagreements left under (c), in a seeded order")
    parser.add_argument("--draw", type=int, default=0, help="print the first N relations of the seeded draw "
                        "(article and content offsets, from EXPORT_DIR/gold.jsonl) to label, and stop")
    args = parser.parse_args(argv)
    if args.draw:
        gold = [json.loads(line) for line in (args.export / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        for row in draw(gold, args.draw):
            print(json.dumps({"article": row["article"], "start": row["start"], "end": row["end"]}))
        return

    from attribution.extraction import extract  # here, so the pure functions import without the extractor

    rows = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts, predicted = {}, {}
    for article in sorted({row["article"] for row in rows}):
        path = args.export / "articles" / f"{article}.txt"
        if not path.exists():
            raise SystemExit(f"{path} is missing: EXPORT_DIR must be a PolNeAR train export (`polnear.py export`).")
        texts[article] = text = path.read_text(encoding="utf-8")
        predicted[article] = [{"start": e.start, "end": e.end, "kind": e.kind, "cue": e.cue,
                               "speaker": e.speaker.name if e.speaker else None, "mention": e.speaker_mention,
                               "reported_by": e.reported_by, "relay": [hop.name for hop in e.relay]}
                              for e in extract(text)]
    for row in rows:
        for a, b in row["source_mentions"]:
            if not 0 <= a < b <= len(texts[row["article"]]):
                raise SystemExit(f"label outside its article: {row['article']} {a}-{b}")
    result = judge(rows, predicted, texts)
    print(f"{result['sampled']} sampled named gold sources in {len(texts)} articles; "
          f"{result['paired']} matched by a prediction (share of the shorter span >= {MIN_SHARE})")
    print(figure("(a) scorer: gold span text, scorer's pairing", result["scorer"], result["paired"]))
    print(figure("(b) identity: any mention, scorer's pairing", result["identity"], result["paired"]))
    print(figure("(c) identity: any mention, closest pairing", result["closest"], result["closest_paired"]))
    print(f"  wrong under (a), right under (b): {result['named_by_labels']} (the same entity under an apposition or a description)")
    print(f"  wrong under (b), right under (c): {result['fixed_by_pairing']} (the scorer's pairing took another, nested relation)")
    if args.show:
        wrong = list(result["wrong"])
        random.Random(7).shuffle(wrong)
        print(f"disagreements left under (c): {len(wrong)}")
        for item in wrong[: args.show]:
            row, p = item["row"], item["prediction"]
            via = f" via {p['reported_by']}" if p["reported_by"] else ""
            print(f"  {row['article']} {row['start']}-{row['end']}  gold {' | '.join(m[:60] for m in item['mentions'])!r}"
                  f"  ->  {p['speaker']!r} ({p['mention']!r}, {p['cue']!r}{via}) {p['kind']} {p['start']}-{p['end']}")


if __name__ == "__main__":
    main()
