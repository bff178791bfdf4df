"""A third blind set of invented articles (tests/extraction/newswire_blind2: 8 articles heavy on
relays through outlets, well known and local -- "told the Millbrook Gazette", "in an interview
with KXRT-TV", "speaking to Radio Nord", "according to a report in X", "X, citing two officials,
reported", "seen by X" -- plus trailing cues followed by more sentence, a Q&A transcript, quotes
from reports and statements, alternating speakers and quotation marks that attribute nothing).
It was written and annotated before the extractor was tuned on it; its first score was quote
F1 0.954, indirect 0.861, end to end 0.823, speaker accuracy 0.915, reported_by accuracy 0.55.
Thresholds sit just under what the extractor now reaches."""

import json
from pathlib import Path

from attribution.extraction import extract, to_json_row
from attribution.extraction.evaluation import evaluate

FOLDER = Path(__file__).parent / "newswire_blind2"


def score():
    gold = [json.loads(line) for line in (FOLDER / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts, predicted = {}, []
    for name in sorted({row["article"] for row in gold}):
        texts[name] = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
        predicted.extend(to_json_row(item, name) for item in extract(texts[name]))
    return gold, texts, evaluate(gold, predicted, texts)


def test_the_third_blind_gold_spans_are_exact_offsets_into_their_articles():
    gold, texts, _ = score()
    for row in gold:
        assert texts[row["article"]][row["start"]:row["end"]] == row["quote"], row


def test_the_third_blind_set_scores_above_its_thresholds():
    _, _, result = score()
    assert result["quote"]["f1"] >= 0.97, result["quote"]
    assert result["indirect"]["f1"] >= 0.94, result["indirect"]
    assert result["end_to_end"]["f1"] >= 0.91, (result["end_to_end"], result["misses"], result["extras"])
    assert result["speaker_accuracy"] >= 0.94
    assert result["reported_by_accuracy"] >= 0.95
