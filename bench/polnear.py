"""Extraction scored on real news: PolNeAR's exported train split, whole and per outlet.

    .venv/bin/python bench/polnear.py EXPORT_DIR [--by-outlet] [--outlets nyt,wash-post] [--misses 20] [--speaker-misses]

PolNeAR (Newell, Margolin & Ruths, LREC 2018) is 1,008 articles from 7 US outlets on the 2016
election with every attribution annotated as Source / Cue / Content. Its texts are the
publishers' copyright, so they are not in this repository: EXPORT_DIR is a folder written by
`polnear.py export` (the shared tools beside the project): `articles/*.txt`, `gold.jsonl` (one
relation a line: article, start, end, kind "quoted"/"unquoted", speaker, cue) and `meta.jsonl`
(the outlet of each article). Nothing here runs in the test suite.

The rule is PolNeAR's scorer's: a prediction matches a gold relation of the same article when
their overlap covers at least half of the shorter span. Printed: recall of the relations whose
content holds a quotation mark, recall of all relations, precision of the predictions (of every
kind, beliefs included), and speaker accuracy where the gold source is a name, not a pronoun
(the project's loose name rule: equal, contained, or the same surname). --speaker-misses counts the
speaker disagreements by kind: a surname inside a longer gold source, a gold description against a
predicted name, or another speaker; and prints the speaker accuracy read three other ways: each gold
relation paired with the prediction of the closest span (Jaccard) instead of the last of the best
overlap, and, under either pairing, the speaker mention as the sentence wrote it ("the senator")
accepted beside the entity it names.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution.extraction import extract  # noqa: E402
from attribution.extraction.evaluation import name_words, same_source  # noqa: E402

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their", "who", "which", "that"})
MIN_SHARE = 0.5


def share_of_shorter(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared / shorter if shorter > 0 else 0.0


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    spanned = max(a[1], b[1]) - min(a[0], b[0])
    return shared / spanned if spanned > 0 else 0.0


def load_export(folder: Path) -> tuple[list[dict], dict[str, str]]:
    for name in ("articles", "gold.jsonl", "meta.jsonl"):
        if not (folder / name).exists():
            raise SystemExit(f"{folder} is not a PolNeAR export: {name} is missing (see `polnear.py export`).")
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    outlets = {}
    for line in (folder / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            outlets[row["article"]] = row.get("outlet") or "unknown"
    return gold, outlets


def score(gold: list[dict], predicted: dict[str, list[dict]]) -> dict:
    quoted = quoted_hits = hits = speaker_n = speaker_ok = 0
    missed = collections.Counter()
    speaker_misses = collections.Counter()
    readings = collections.Counter()
    by_article = collections.defaultdict(list)
    for row in gold:
        by_article[row["article"]].append(row)
        best, best_share = None, MIN_SHARE
        for item in predicted.get(row["article"], ()):
            value = share_of_shorter((row["start"], row["end"]), (item["start"], item["end"]))
            if value >= best_share:
                best, best_share = item, value
        quoted += row["kind"] == "quoted"
        if best is None:
            missed[re.sub(r"\s+", " ", (row.get("cue") or "(none)").lower().strip())] += 1
            continue
        hits += 1
        quoted_hits += row["kind"] == "quoted"
        source = (row.get("speaker") or "").strip()
        if source and source.lower() not in PRONOUNS:
            speaker_n += 1
            right_speaker = same_source(best["speaker"], source)
            speaker_ok += right_speaker
            if not right_speaker:
                speaker_misses[speaker_miss_kind(best["speaker"], source)] += 1
            closest = max((item for item in predicted[row["article"]]
                           if share_of_shorter((row["start"], row["end"]), (item["start"], item["end"])) >= MIN_SHARE),
                          key=lambda item: jaccard((row["start"], row["end"]), (item["start"], item["end"])))
            for pairing, item in (("scorer's pairing", best), ("closest span", closest)):
                readings[pairing] += same_source(item["speaker"], source)
                readings[pairing + ", or the mention as written"] += same_source(item["speaker"], source) or same_source(item.get("speaker_mention"), source)
    found = [item for article in by_article for item in predicted.get(article, ())]
    right = sum(any(share_of_shorter((g["start"], g["end"]), (item["start"], item["end"])) >= MIN_SHARE for g in by_article[item["article"]])
                for item in found)
    ratio = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
    return {
        "articles": len(by_article), "gold_relations": len(gold), "predictions": len(found),
        "recall_quoted": ratio(quoted_hits, quoted), "recall_all": ratio(hits, len(gold)),
        "precision": ratio(right, len(found)), "speaker_accuracy_named": ratio(speaker_ok, speaker_n),
        "beliefs": sum(item["kind"] == "belief" for item in found), "missed_cues": missed, "speaker_misses": speaker_misses,
        "speaker_readings": {reading: ratio(count, speaker_n) for reading, count in readings.items()},
    }


SPEAKER_MISS_KINDS = {
    "inside": "the speaker's surname is inside a longer gold source (an apposition or clause: \"Ryan, a policy-focused conservative,\")",
    "described": "gold is a description without a name, the prediction a name (\"the senator\" / \"Bernie Sanders\"; often, not always, the one meant)",
    "other": "another speaker (a wrong name, or a different relation nested in the same span)",
}


def speaker_miss_kind(predicted: str | None, gold: str) -> str:
    """Why a named gold source and the predicted speaker disagree under the loose name rule."""
    p, g = name_words(predicted), name_words(gold)
    if p and p[-1] in g:
        return "inside"
    capitalised = [w for w in gold.split()[1:] if w[:1].isupper()]
    if predicted and not capitalised and predicted[:1].isupper() and not gold[:1].isdigit():
        return "described"
    return "other"


def line(name: str, result: dict) -> str:
    return (f"{name:14s} recall quoted {result['recall_quoted']:.3f}  recall all {result['recall_all']:.3f}  "
            f"precision {result['precision']:.3f}  speaker {result['speaker_accuracy_named']:.3f}  "
            f"({result['articles']} articles, {result['gold_relations']} gold, {result['predictions']} found, {result['beliefs']} beliefs)")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("export", type=Path, help="folder written by `polnear.py export`")
    parser.add_argument("--by-outlet", action="store_true", help="one line per outlet as well")
    parser.add_argument("--outlets", help="only these outlets, comma-separated (e.g. the held-out pair)")
    parser.add_argument("--misses", type=int, default=0, help="list the N most frequent cues among missed relations")
    parser.add_argument("--speaker-misses", action="store_true", help="count the speaker disagreements by kind")
    args = parser.parse_args(argv)

    gold, outlets = load_export(args.export)
    wanted = set(args.outlets.split(",")) if args.outlets else None
    if wanted:
        unknown = wanted - set(outlets.values())
        if unknown:
            raise SystemExit(f"no such outlet in the export: {', '.join(sorted(unknown))} (have: {', '.join(sorted(set(outlets.values())))})")
        gold = [row for row in gold if outlets.get(row["article"]) in wanted]
    articles = sorted({row["article"] for row in gold})
    predicted: dict[str, list[dict]] = {}
    size, began = 0, time.process_time()
    for number, article in enumerate(articles, 1):
        text = (args.export / "articles" / f"{article}.txt").read_text(encoding="utf-8")
        size += len(text.encode("utf-8"))
        predicted[article] = [{"article": article, "start": e.start, "end": e.end, "kind": e.kind,
                               "speaker": e.speaker.name if e.speaker else None, "speaker_mention": e.speaker_mention} for e in extract(text)]
        if number % 100 == 0:
            print(f"  {number}/{len(articles)} articles extracted", file=sys.stderr)
    seconds = time.process_time() - began
    result = score(gold, predicted)
    print(line("all" if not wanted else "+".join(sorted(wanted)), result))
    if args.by_outlet:
        for outlet in sorted({outlets[a] for a in articles}):
            rows = [row for row in gold if outlets[row["article"]] == outlet]
            print(line(outlet, score(rows, predicted)))
    print(f"{len(articles)} articles, {size / 1e6:.2f} MB extracted in {seconds:.1f} s of CPU ({size / 1e6 / seconds:.2f} MB/s)")
    if args.speaker_misses:
        total = sum(result["speaker_misses"].values())
        print(f"speaker disagreements on named gold sources (of {total}):")
        for kind, text in SPEAKER_MISS_KINDS.items():
            print(f"  {result['speaker_misses'][kind]:5}  {text}")
        print("speaker accuracy, the same name rule read other ways (the scorer's: the scorer's pairing, the speaker only):")
        for reading, value in result["speaker_readings"].items():
            print(f"  {value:.3f}  {reading}")
    if args.misses:
        print(f"most frequent cues among missed relations (of {sum(result['missed_cues'].values())}):")
        for cue, count in result["missed_cues"].most_common(args.misses):
            print(f"  {count:5}  {cue}")


if __name__ == "__main__":
    main()
