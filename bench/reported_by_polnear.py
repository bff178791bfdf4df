"""The outlet chain on real news: `reported_by` on a hand-labelled sample of PolNeAR predictions.

    .venv/bin/python bench/reported_by_polnear.py EXPORT_DIR [--second | --third | --fourth | --fifth | --labels FILE] [--show N]

EXPORT_DIR is the PolNeAR train export written by `polnear.py export` (EXPORT_DIR/articles/*.txt).
The texts are the publishers' copyright: they are read from there, never stored here. Nothing here
runs in the test suite (tests/extraction/test_r15_relay_bench.py runs it on an invented export).

Why: PolNeAR has no outlet annotation, so nothing measured `reported_by` on real news; the dev corpus
(and the held-out set in its format) scores it, with the definition "the outlet the article relays the
claim through, when it says so". `bench/reported_by_polnear.jsonl` holds 240 predictions of extractor
0.21.0 on the whole train export, drawn at random (seed 20261207): 120 of the 1,081 with a reported_by
(`drawn: with`) and 120 of the 453 without one whose sentence names a known outlet or an outlet-like
name (`drawn: named`). Each was judged by reading its article: the outlet it is relayed through (a wire
story's dateline "(AP) —", "told CNN", "said on MSNBC", "in an interview with Fox News", "told NBC's X",
"X reported", an outlet that itself speaks), else null (a poll or an analysis an outlet made, a debate
or town hall it hosted, a speaker's employer, a person named like an outlet). One line each, offsets and
outlet names only: the article, the predicted span (start, end) and the expected `reported_by`.

Each label is paired with the prediction of the same span, else the one whose span overlaps it most
(intersection over union >= 0.5); a label left without one counts as wrong. An outlet is right by the
corpus scorer's loose rule (equal, one inside the other, or the same last word: "ABC" for "ABC News")
or when both name the same known outlet ("AP" for "Associated Press").

The 240 were read while round 14's rules were written, so their figure is no longer blind. `--second` scores
`bench/reported_by_polnear_second.jsonl` instead: 120 predictions of extractor 0.22.0, drawn and judged the same
way (seed 20261216), none pairing with one of the 240: 60 of the 998 with a reported_by and 60 of the 291 without
one whose sentence names an outlet (fewer than before: round 14's rules gave many of those an outlet). Its figure
before round 16's rules is the generalisation figure of round 14's.

`--third` scores `bench/reported_by_polnear_third.jsonl`: 120 predictions of extractor 0.23.0, drawn and judged the
same way again (seed 20261217), none pairing with one of the first two samples: 60 of the 952 with a reported_by and
60 of the 226 without one whose sentence names an outlet. Its figure on 0.23.0 (0.850, 102 of 120) is the blind
figure of rounds 14-16's rules.

`--fourth` scores `bench/reported_by_polnear_fourth.jsonl`: 120 predictions of extractor 0.24.1, drawn and judged the
same way (seed 20261218), none pairing with one of the first three samples: 60 of the 894 with a reported_by and 60
of the 159 without one whose sentence names an outlet. Its figure on 0.24.1 (0.842, 101 of 120) is the blind figure
of rounds 14-17's rules; round 18's rules, written from its misses, bring it to 0.933.

`--fifth` scores `bench/reported_by_polnear_fifth.jsonl`: 120 predictions of extractor 0.25.0, drawn and judged the
same way (seed 20261219), none pairing with one of the first four samples: 60 of the 924 with a reported_by and 60 of
the 219 without one whose sentence names a known outlet or an outlet-like name. Its figure on 0.25.0 (0.875, 105 of
120) is the blind figure of rounds 14-18's rules; round 19's rules, written from its misses, bring it to 0.925. One of
its labels reads a journalist who reports otherwise than the earlier samples do: the quotation after "The Washington
Post's X reported," is labelled the Post, where the third sample reads no outlet in the same sentence.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution.extraction.evaluation import same_source  # noqa: E402
from attribution.extraction.outlets import known_outlet  # noqa: E402

LABELS = Path(__file__).resolve().parent / "reported_by_polnear.jsonl"
SECOND_LABELS = Path(__file__).resolve().parent / "reported_by_polnear_second.jsonl"
THIRD_LABELS = Path(__file__).resolve().parent / "reported_by_polnear_third.jsonl"
FOURTH_LABELS = Path(__file__).resolve().parent / "reported_by_polnear_fourth.jsonl"
FIFTH_LABELS = Path(__file__).resolve().parent / "reported_by_polnear_fifth.jsonl"
MIN_IOU = 0.5


def intersection_over_union(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return shared / union if union > 0 else 0.0


def paired(label: dict, predictions: list[dict]) -> dict | None:
    """The prediction of the label's span, else the one overlapping it most (IoU >= 0.5)."""
    span = (label["start"], label["end"])
    best, best_iou = None, MIN_IOU
    for item in predictions:
        iou = intersection_over_union(span, (item["start"], item["end"]))
        if iou >= best_iou:
            best, best_iou = item, iou
    return best


def same_outlet(predicted: str | None, expected: str | None) -> bool:
    if not predicted or not expected:
        return not predicted and not expected
    known = known_outlet(predicted)
    return same_source(predicted, expected) or known is not None and known == known_outlet(expected)


def judge(labels: list[dict], predicted: dict[str, list[dict]]) -> dict:
    """Counts by what was expected and what came out, and the rows judged wrong."""
    counts = {"labels": len(labels), "right": 0, "unpaired": 0, "outlet_right": 0, "outlet_missed": 0,
              "outlet_other": 0, "null_right": 0, "null_given_outlet": 0, "drawn": {}}
    wrong = []
    for label in labels:
        prediction = paired(label, predicted.get(label["article"], []))
        expected = label["reported_by"]
        got = prediction["reported_by"] if prediction is not None else None
        if prediction is None:
            counts["unpaired"] += 1
            counts["drawn"].setdefault(label.get("drawn", "all"), [0, 0])[1] += 1
            wrong.append({"label": label, "prediction": None})
            continue
        right = same_outlet(got, expected)
        counts["right"] += right
        drawn = counts["drawn"].setdefault(label.get("drawn", "all"), [0, 0])
        drawn[0] += right
        drawn[1] += 1
        if expected:
            counts["outlet_right" if right else "outlet_missed" if not got else "outlet_other"] += 1
        else:
            counts["null_right" if right else "null_given_outlet"] += 1
        if not right:
            wrong.append({"label": label, "prediction": prediction})
    counts["wrong"] = wrong
    return counts


def report(result: dict) -> list[str]:
    total = result["labels"]
    lines = [f"reported_by accuracy {result['right'] / total if total else 0.0:.3f}  ({result['right']} of {total} labels; "
             f"{result['unpaired']} without a prediction of their span, counted wrong)"]
    expected_outlet = result["outlet_right"] + result["outlet_missed"] + result["outlet_other"]
    expected_null = result["null_right"] + result["null_given_outlet"]
    lines.append(f"  expected an outlet: {expected_outlet}: right {result['outlet_right']}, none given {result['outlet_missed']}, "
                 f"another outlet {result['outlet_other']}")
    lines.append(f"  expected none: {expected_null}: right {result['null_right']}, an outlet given {result['null_given_outlet']}")
    for drawn, (right, count) in sorted(result["drawn"].items()):
        lines.append(f"  drawn {drawn}: {right} of {count} right")
    return lines


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("export", type=Path, help="folder written by `polnear.py export` (its articles/*.txt)")
    samples = parser.add_mutually_exclusive_group()
    samples.add_argument("--labels", type=Path, default=LABELS, help="labelled sample (default: %(default)s)")
    samples.add_argument("--second", action="store_const", dest="labels", const=SECOND_LABELS,
                         help="the second sample, drawn after the first was used to write rules")
    samples.add_argument("--third", action="store_const", dest="labels", const=THIRD_LABELS,
                         help="the third sample, drawn after the first two were used to write rules")
    samples.add_argument("--fourth", action="store_const", dest="labels", const=FOURTH_LABELS,
                         help="the fourth sample, drawn after the first three were used to write rules")
    samples.add_argument("--fifth", action="store_const", dest="labels", const=FIFTH_LABELS,
                         help="the fifth sample, drawn after the first four were used to write rules")
    parser.add_argument("--show", type=int, default=0, help="list N rows judged wrong, in a seeded order")
    args = parser.parse_args(argv)

    from attribution.extraction import extract  # here, so the pure functions import without the extractor

    labels = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    predicted = {}
    for article in sorted({label["article"] for label in labels}):
        path = args.export / "articles" / f"{article}.txt"
        if not path.exists():
            raise SystemExit(f"{path} is missing: EXPORT_DIR must be a PolNeAR train export (`polnear.py export`).")
        predicted[article] = [{"start": e.start, "end": e.end, "reported_by": e.reported_by, "cue": e.cue,
                               "speaker": e.speaker.name if e.speaker else None}
                              for e in extract(path.read_text(encoding="utf-8"))]
    result = judge(labels, predicted)
    for line in report(result):
        print(line)
    if args.show:
        wrong = list(result["wrong"])
        random.Random(7).shuffle(wrong)
        for item in wrong[: args.show]:
            label, p = item["label"], item["prediction"]
            got = "no prediction of this span" if p is None else f"{p['reported_by']!r} ({p['speaker']!r}, {p['cue']!r})"
            print(f"  {label['article']} {label['start']}-{label['end']}  expected {label['reported_by']!r}  got {got}")


if __name__ == "__main__":
    main()
