"""Round 15: bench/reported_by_polnear.py (reported_by on a labelled sample of real news) on an invented export,
its pure functions on invented rows, and the shape of the committed labels (offsets and outlet names only)."""

import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"

ARTICLE = ("Ferry fares to rise, mayor says.\n\n"
           "Mayor Ada Reyes told the Harbour Gazette that ferry fares would rise in May.\n\n"
           "Councillor Tom Okafor said the harbour levy was unfair.\n")


@pytest.fixture(scope="module")
def bench(bench_module):
    return bench_module("reported_by_polnear")


def label(text, quote, reported_by):
    start = text.index(quote)
    return {"article": "ferry", "start": start, "end": start + len(quote), "reported_by": reported_by, "drawn": "with"}


def test_the_bench_scores_an_invented_export(bench, tmp_path, capsys):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    rows = [label(ARTICLE, "ferry fares would rise in May", "Harbour Gazette"),
            label(ARTICLE, "the harbour levy was unfair", None),
            label(ARTICLE, "the harbour levy was unfair", "Harbour Gazette")]
    labels.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    bench.main([str(tmp_path), "--labels", str(labels), "--show", "5"])
    out = capsys.readouterr().out
    assert "reported_by accuracy 0.667  (2 of 3 labels; 0 without a prediction of their span" in out
    assert "expected an outlet: 2: right 1, none given 1, another outlet 0" in out
    assert "expected 'Harbour Gazette'  got None" in out


def test_a_label_is_paired_with_its_span_or_the_most_overlapping_prediction(bench):
    exact, wider = {"start": 10, "end": 50}, {"start": 0, "end": 60}
    assert bench.paired({"start": 10, "end": 50}, [wider, exact]) is exact
    assert bench.paired({"start": 12, "end": 50}, [wider, exact]) is exact
    assert bench.paired({"start": 100, "end": 140}, [wider, exact]) is None


def test_an_outlet_is_right_by_the_loose_rule_or_as_the_same_known_outlet(bench):
    assert bench.same_outlet("ABC", "ABC News")
    assert bench.same_outlet("AP", "Associated Press")
    assert bench.same_outlet(None, None)
    assert not bench.same_outlet(None, "CNN")
    assert not bench.same_outlet("CNN", None)
    assert not bench.same_outlet("Reuters", "AFP")


def test_a_label_without_a_prediction_counts_wrong(bench):
    result = bench.judge([{"article": "a", "start": 0, "end": 10, "reported_by": None}], {"a": []})
    assert (result["right"], result["unpaired"]) == (0, 1)


def test_the_committed_labels_hold_offsets_and_outlet_names_only():
    rows = [json.loads(line) for line in (BENCH / "reported_by_polnear.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 240
    for row in rows:
        assert set(row) == {"article", "start", "end", "reported_by", "drawn"}
        assert isinstance(row["start"], int) and isinstance(row["end"], int) and row["start"] < row["end"]
        assert row["reported_by"] is None or len(row["reported_by"].split()) <= 4
        assert row["drawn"] in ("with", "named")


def rows_of(name):
    return [json.loads(line) for line in (BENCH / name).read_text(encoding="utf-8").splitlines()]


FRESH_SAMPLES = ("reported_by_polnear_second.jsonl", "reported_by_polnear_third.jsonl", "reported_by_polnear_fourth.jsonl",
                 "reported_by_polnear_fifth.jsonl")


@pytest.mark.parametrize("name", FRESH_SAMPLES)
def test_each_fresh_sample_holds_offsets_and_outlet_names_only_half_drawn_with_an_outlet(name):
    rows = rows_of(name)
    assert len(rows) == 120
    assert sum(row["drawn"] == "with" for row in rows) == sum(row["drawn"] == "named" for row in rows) == 60
    for row in rows:
        assert set(row) == {"article", "start", "end", "reported_by", "drawn"}
        assert isinstance(row["start"], int) and isinstance(row["end"], int) and row["start"] < row["end"]
        assert row["reported_by"] is None or len(row["reported_by"].split()) <= 4


@pytest.mark.parametrize("index", range(len(FRESH_SAMPLES)))
def test_no_prediction_of_a_fresh_sample_pairs_with_a_label_of_the_samples_before_it(bench, index):
    earlier = [label for name in ("reported_by_polnear.jsonl",) + FRESH_SAMPLES[:index] for label in rows_of(name)]
    for row in rows_of(FRESH_SAMPLES[index]):
        assert bench.paired(row, [label for label in earlier if label["article"] == row["article"]]) is None


@pytest.mark.parametrize("flag, labels, quote, reported_by, line", [
    ("--second", "SECOND_LABELS", "ferry fares would rise in May", "Harbour Gazette", "drawn named: 1 of 1 right"),
    ("--third", "THIRD_LABELS", "the harbour levy was unfair", None, "expected none: 1: right 1, an outlet given 0"),
    ("--fourth", "FOURTH_LABELS", "the harbour levy was unfair", None, "drawn named: 1 of 1 right"),
    ("--fifth", "FIFTH_LABELS", "ferry fares would rise in May", "Harbour Gazette", "expected an outlet: 1: right 1"),
])
def test_the_bench_scores_a_fresh_sample_by_its_flag(bench, tmp_path, capsys, monkeypatch, flag, labels, quote, reported_by, line):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    start = ARTICLE.index(quote)
    sample = tmp_path / "sample.jsonl"
    sample.write_text(json.dumps({"article": "ferry", "start": start, "end": start + len(quote),
                                  "reported_by": reported_by, "drawn": "named"}) + "\n", encoding="utf-8")
    monkeypatch.setattr(bench, labels, sample)
    bench.main([str(tmp_path), flag])
    out = capsys.readouterr().out
    assert "reported_by accuracy 1.000  (1 of 1 labels;" in out
    assert line in out
