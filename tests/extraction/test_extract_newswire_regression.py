"""The extractor scored, with the project's own scoring code, on a small set of invented news
articles in many house styles (tests/extraction/newswire: NAME.txt + hand-made gold.jsonl in the
development corpus's format). Thresholds sit just under what the extractor reaches, so a rule
change that loses constructions fails here."""

import json
from pathlib import Path

from attribution.extraction import extract, to_json_row
from attribution.extraction.evaluation import evaluate

FOLDER = Path(__file__).parent / "newswire"


def score():
    gold = [json.loads(line) for line in (FOLDER / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts, predicted = {}, []
    for name in sorted({row["article"] for row in gold}):
        texts[name] = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
        predicted.extend(to_json_row(item, name) for item in extract(texts[name]))
    return gold, texts, evaluate(gold, predicted, texts)


def test_the_gold_spans_are_exact_offsets_into_their_articles():
    gold, texts, _ = score()
    for row in gold:
        assert texts[row["article"]][row["start"]:row["end"]] == row["quote"], row


def test_the_newswire_set_scores_above_its_thresholds():
    _, _, result = score()
    assert result["quote"]["f1"] >= 0.97, result["quote"]
    assert result["indirect"]["f1"] >= 0.95, result["indirect"]
    assert result["end_to_end"]["f1"] >= 0.95, (result["end_to_end"], result["misses"], result["extras"])
    assert result["speaker_accuracy"] >= 0.95
    assert result["reported_by_accuracy"] >= 0.9
