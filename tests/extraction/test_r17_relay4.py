"""Round 17 (relay4): the third outlet-chain sample beside the first two, and the outlet chain's rules of the round
(invented sentences and outlets)."""

import json

from .test_r15_relay_bench import ARTICLE, bench, rows_of  # noqa: F401  (bench: the round-15 fixture, reused)


def test_the_third_sample_holds_offsets_and_outlet_names_only_half_drawn_with_an_outlet():
    rows = rows_of("reported_by_polnear_third.jsonl")
    assert len(rows) == 120
    assert sum(row["drawn"] == "with" for row in rows) == sum(row["drawn"] == "named" for row in rows) == 60
    for row in rows:
        assert set(row) == {"article", "start", "end", "reported_by", "drawn"}
        assert isinstance(row["start"], int) and isinstance(row["end"], int) and row["start"] < row["end"]
        assert row["reported_by"] is None or len(row["reported_by"].split()) <= 4


def test_no_prediction_of_the_third_sample_pairs_with_a_label_of_the_first_two(bench):
    earlier = rows_of("reported_by_polnear.jsonl") + rows_of("reported_by_polnear_second.jsonl")
    for row in rows_of("reported_by_polnear_third.jsonl"):
        assert bench.paired(row, [label for label in earlier if label["article"] == row["article"]]) is None


def test_the_bench_scores_the_third_sample_by_its_flag(bench, tmp_path, capsys, monkeypatch):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    quote = "the harbour levy was unfair"
    start = ARTICLE.index(quote)
    third = tmp_path / "third.jsonl"
    third.write_text(json.dumps({"article": "ferry", "start": start, "end": start + len(quote),
                                 "reported_by": None, "drawn": "named"}) + "\n", encoding="utf-8")
    monkeypatch.setattr(bench, "THIRD_LABELS", third)
    bench.main([str(tmp_path), "--third"])
    out = capsys.readouterr().out
    assert "reported_by accuracy 1.000  (1 of 1 labels;" in out
    assert "expected none: 1: right 1, an outlet given 0" in out
