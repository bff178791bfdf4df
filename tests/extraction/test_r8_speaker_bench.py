"""Round 8: the pure functions of bench/speaker_polnear.py (speaker identity on a labelled sample),
on invented rows and an invented article; and the shape of the committed labels (offsets only)."""

import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def bench(bench_module):
    return bench_module("speaker_polnear")


def prediction(start, end, speaker):
    return {"start": start, "end": end, "speaker": speaker}


def test_the_scorer_pairing_takes_the_last_of_equal_share(bench):
    outer, inner = prediction(0, 100, "the survey"), prediction(40, 100, "Ada Reyes")
    assert bench.scorer_pair((0, 100), [outer, inner]) is inner


def test_the_scorer_pairing_ignores_predictions_under_half_the_shorter_span(bench):
    assert bench.scorer_pair((0, 100), [prediction(90, 300, "Ada Reyes")]) is None


def test_the_closest_pairing_prefers_the_span_nearest_the_gold(bench):
    outer, inner = prediction(0, 100, "the survey"), prediction(40, 100, "Ada Reyes")
    assert bench.closest_pair((0, 100), [outer, inner]) is outer
    assert bench.closest_pair((40, 100), [outer, inner]) is inner


def test_the_closest_pairing_accepts_only_what_the_scorer_would(bench):
    assert bench.closest_pair((0, 100), [prediction(90, 300, "Ada Reyes")]) is None


def test_a_predicted_name_is_right_when_it_names_any_labelled_mention(bench):
    mentions = ["Reyes, a soft-spoken budget hawk,", "Ada Reyes"]
    assert bench.names_any("Ada Reyes", mentions)
    assert bench.names_any("Reyes", ["the senator", "Ada Reyes"])
    assert not bench.names_any("Tom Okafor", mentions)
    assert not bench.names_any(None, mentions)


def test_the_wilson_interval_brackets_the_share_and_stays_inside_zero_and_one(bench):
    low, high = bench.wilson(90, 100)
    assert 0.82 < low < 0.83 and 0.94 < high < 0.95
    assert bench.wilson(10, 10)[1] == pytest.approx(1.0)
    assert bench.wilson(0, 10)[0] == pytest.approx(0.0)
    assert bench.wilson(0, 0) == (0.0, 1.0)


def test_the_three_figures_on_an_invented_article(bench):
    text = ("Senator Ada Reyes spoke on Monday. The senator said the bridge would reopen in May. "
            "A county survey found that Tom Okafor said the fares would rise.")
    said = text.index("the bridge")
    found = text.index("Tom Okafor")
    rows = [
        {"article": "a", "start": said, "end": text.index(" in May"),
         "source_mentions": [[text.index("The senator"), text.index("The senator") + 11], [8, 17]]},
        {"article": "a", "start": found, "end": len(text) - 1,
         "source_mentions": [[text.index("A county survey"), text.index("A county survey") + 15]]},
    ]
    predicted = {"a": [
        prediction(said, text.index(" in May"), "Ada Reyes"),
        prediction(found, len(text) - 1, "county survey"),
        prediction(text.index("the fares"), len(text) - 1, "Tom Okafor"),
    ]}
    result = bench.judge(rows, predicted, {"a": text})
    assert (result["paired"], result["scorer"], result["identity"]) == (2, 0, 1)
    assert (result["closest_paired"], result["closest"]) == (2, 2)
    assert (result["named_by_labels"], result["fixed_by_pairing"]) == (1, 1)
    assert result["wrong"] == []


def test_the_committed_labels_hold_offsets_and_file_names_only():
    rows = [json.loads(line) for line in (BENCH / "speaker_polnear_sample.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 250
    for row in rows:
        assert set(row) == {"article", "start", "end", "source_mentions"}
        assert isinstance(row["article"], str) and " " not in row["article"]
        assert all(isinstance(row[key], int) and row[key] >= 0 for key in ("start", "end"))  # as gold.jsonl: a few discontinuous spans run backwards
        assert row["source_mentions"] and all(
            len(span) == 2 and all(isinstance(x, int) for x in span) and 0 <= span[0] < span[1] for span in row["source_mentions"])


def test_the_draw_skips_pronoun_sources_and_a_larger_draw_keeps_the_smaller(bench):
    gold = [{"article": f"a{n:03}", "start": n, "end": n + 5, "speaker": "he" if n % 3 == 0 else f"Speaker {n}"}
            for n in range(300)]
    small, large = bench.draw(gold, 20), bench.draw(gold, 60)
    assert all(row["speaker"] != "he" for row in large)
    assert {row["article"] for row in small} <= {row["article"] for row in large}
    assert small == sorted(small, key=lambda row: (row["article"], row["start"]))
