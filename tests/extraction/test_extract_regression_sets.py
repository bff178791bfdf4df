"""The extractor scored, with the project's own scoring code, on the invented regression sets in
tests/extraction/ (NAME.txt + hand-made gold.jsonl in the development corpus's format; what each
set holds, and how it scored before the extractor was tuned on it, is in tests/extraction/README.md).
Thresholds sit just under what the extractor reaches, so a rule change that loses constructions
fails here."""

import json
from pathlib import Path

import pytest

from attribution.extraction import extract, to_json_row
from attribution.extraction.evaluation import evaluate

HERE = Path(__file__).parent

# set: (quote F1, indirect F1, end-to-end F1, speaker accuracy, reported_by accuracy or None)
THRESHOLDS = {
    "newswire": (0.97, 0.95, 0.95, 0.95, 0.9),
    "newswire_blind": (0.97, 0.96, 0.94, 0.96, None),
    "newswire_blind2": (0.97, 0.94, 0.91, 0.94, 0.95),
    "newswire_blind3": (0.98, 0.95, 0.95, 0.97, 0.92),
    "newswire_blind4": (0.99, 0.97, 0.97, 0.98, 0.75),
    "newswire_blind5": (0.98, 0.98, 0.98, 0.99, 0.9),
}


def load(name):
    folder = HERE / name
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {path.stem: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))}
    return gold, texts


def test_every_set_has_thresholds():
    assert {path.parent.name for path in HERE.glob("*/gold.jsonl")} == set(THRESHOLDS)


@pytest.mark.parametrize("name", THRESHOLDS)
def test_the_gold_spans_are_exact_offsets_into_their_articles(name):
    gold, texts = load(name)
    for row in gold:
        assert texts[row["article"]][row["start"] : row["end"]] == row["quote"], row


@pytest.mark.parametrize("name", THRESHOLDS)
def test_every_extracted_span_is_an_exact_slice_of_its_article(name):
    _, texts = load(name)
    for article, text in texts.items():
        for item in extract(text):
            assert text[item.start : item.end] == item.quote, (article, item)


@pytest.mark.parametrize("name", THRESHOLDS)
def test_the_set_scores_above_its_thresholds(name):
    gold, texts = load(name)
    predicted = [to_json_row(item, article) for article, text in texts.items() for item in extract(text)]
    result = evaluate(gold, predicted, texts)
    quote, indirect, end_to_end, speaker, reported_by = THRESHOLDS[name]
    assert result["quote"]["f1"] >= quote, result["quote"]
    assert result["indirect"]["f1"] >= indirect, result["indirect"]
    assert result["end_to_end"]["f1"] >= end_to_end, (result["end_to_end"], result["misses"], result["extras"])
    assert result["speaker_accuracy"] >= speaker
    if reported_by is not None:
        assert result["reported_by_accuracy"] >= reported_by
