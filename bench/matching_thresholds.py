"""Choose the claim-matching thresholds from the labelled pairs (not a test).

    .venv/bin/python bench/matching_thresholds.py [tests/matching/pairs.jsonl]

Tries every combination on a grid, keeps those with the best F0.5 among those with precision
of at least 0.95 (the plateau), and prints the plateau's combination nearest the middle of
each threshold's range: the values least likely to flip a decision when a wording moves a little.
F0.5 weighs precision over recall: a wrong merge shows readers a drift that is not there, while a
missed match only loses a link, which an editor can merge. Copy them into
CLAIM_MATCHING in project/settings.py, then run `manage.py rematch`.
"""

import itertools
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from attribution.matching import Thresholds, decide, measure  # noqa: E402
from attribution.matching.evaluation import load_pairs  # noqa: E402

GRID = {
    "paraphrase": [round(0.30 + 0.05 * i, 2) for i in range(11)],
    "containment": [round(0.60 + 0.05 * i, 2) for i in range(9)],
    "containment_min_words": [1, 2, 3, 4, 5],
    "containment_max_ratio": [round(0.50 + 0.05 * i, 2) for i in range(11)],
    "near_identical": [round(0.60 + 0.05 * i, 2) for i in range(9)],
    "near_identical_min_words": [3, 4, 5, 6, 7, 8],
}
MIN_PRECISION = 0.95


def _f_half(precision, recall):
    return round(1.25 * precision * recall / (0.25 * precision + recall), 6) if precision + recall else 0.0


def main(path):
    pairs = load_pairs(path)
    # What the thresholds are compared with does not depend on them: measured once per pair.
    measures = [measure(p.first, p.second) for p in pairs]
    results = []
    names = list(GRID)
    for values in itertools.product(*GRID.values()):
        thresholds = Thresholds(**dict(zip(names, values)))
        tp = fp = fn = 0
        for pair, measured in zip(pairs, measures):
            same = decide(measured, thresholds).same
            tp += same and pair.same
            fp += same and not pair.same
            fn += not same and pair.same
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        results.append((precision, recall, values))
    eligible = [r for r in results if r[0] >= MIN_PRECISION] or results
    best = max(_f_half(precision, recall) for precision, recall, _ in eligible)
    plateau = [values for precision, recall, values in eligible if _f_half(precision, recall) == best]
    spans = {name: sorted({v[i] for v in plateau}) for i, name in enumerate(names)}
    middle = [statistics.median_low(spans[name]) for name in names]
    # The plateau member nearest the middle of every threshold's range.
    nearest = min(
        plateau,
        key=lambda v: sum(abs(spans[n].index(v[i]) - spans[n].index(middle[i])) for i, n in enumerate(names)),
    )
    chosen = Thresholds(**dict(zip(names, nearest)))
    tp = fp = fn = 0
    for pair, measured in zip(pairs, measures):
        same = decide(measured, chosen).same
        tp += same and pair.same
        fp += same and not pair.same
        fn += not same and pair.same
    print(f"{len(pairs)} labelled pairs ({sum(p.same for p in pairs)} same claim), {len(results)} combinations")
    print(f"best F0.5 {best:.3f} with precision >= {MIN_PRECISION}, reached by {len(plateau)} combinations")
    for i, name in enumerate(names):
        print(f"  {name:26} plateau {spans[name][0]}–{spans[name][-1]}  chosen {nearest[i]}")
    print(f"chosen thresholds: precision {tp / (tp + fp):.3f}, recall {tp / (tp + fn):.3f} (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "tests/matching/pairs.jsonl")
