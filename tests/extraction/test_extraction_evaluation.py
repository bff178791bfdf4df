"""The scoring function gives known numbers on a tiny gold file."""

import json
from pathlib import Path

from attribution.extraction.evaluation import evaluate, same_source, trim_span

FIXTURES = Path(__file__).parent / "fixtures"


def tiny():
    gold = [json.loads(line) for line in (FIXTURES / "tiny-gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return gold, {"tiny": (FIXTURES / "tiny.txt").read_text(encoding="utf-8")}


def test_a_perfect_prediction_scores_one():
    gold, texts = tiny()
    result = evaluate(gold, [dict(row) for row in gold], texts)
    assert result["all_spans"]["f1"] == 1.0 and result["end_to_end"]["f1"] == 1.0
    assert result["speaker_accuracy"] == 1.0 and result["reported_by_accuracy"] == 1.0


def test_a_wrong_speaker_an_extra_and_a_miss_give_known_numbers():
    gold, texts = tiny()
    predicted = [
        # the direct quote with its quotation marks and a wrong speaker: span matches, speaker does not
        {"article": "tiny", "quote": '"The pier is closed,"', "start": 0, "end": 21, "kind": "direct", "speaker": "Bob Smith", "reported_by": None},
        # an extra indirect span nowhere near a gold row
        {"article": "tiny", "quote": "Ann Lee said", "start": 22, "end": 34, "kind": "indirect", "speaker": "Ann Lee", "reported_by": None},
        # lands on the optional partial row: neither rewarded nor penalised
        {"article": "tiny", "quote": "closed", "start": 13, "end": 19, "kind": "partial", "speaker": "Ann Lee", "reported_by": None},
    ]
    result = evaluate(gold, predicted, texts)
    assert result["quote"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert result["indirect"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 1}
    assert result["all_spans"]["f1"] == 0.5
    assert result["end_to_end"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 2, "fn": 2}
    assert result["speaker_accuracy"] == 0.0 and result["reported_by_accuracy"] is None


def test_names_match_loosely_by_surname_or_containment():
    assert same_source("Col. Thomas Veale", "Thomas Veale")
    assert same_source("BBC", "BBC News")
    assert same_source(None, None)
    assert not same_source("Home Office", "The Guardian")


def test_trimming_drops_quotation_marks_and_punctuation():
    text = '“Yes,” he said.'
    assert trim_span(0, 6, text) == (1, 4)
