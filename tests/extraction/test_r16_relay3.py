"""Round 16 (relay3): the outlet chain's second hand-labelled sample (drawn after the first was used to write
rules), and the outlet constructions both samples showed the chain missing. Sentences and names are invented."""

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


def rows_of(name):
    return [json.loads(line) for line in (BENCH / name).read_text(encoding="utf-8").splitlines()]


def test_the_second_sample_holds_offsets_and_outlet_names_only_half_drawn_with_an_outlet():
    rows = rows_of("reported_by_polnear_second.jsonl")
    assert len(rows) == 120
    assert sum(row["drawn"] == "with" for row in rows) == sum(row["drawn"] == "named" for row in rows) == 60
    for row in rows:
        assert set(row) == {"article", "start", "end", "reported_by", "drawn"}
        assert isinstance(row["start"], int) and isinstance(row["end"], int) and row["start"] < row["end"]
        assert row["reported_by"] is None or len(row["reported_by"].split()) <= 4


def test_no_prediction_of_the_second_sample_pairs_with_a_label_of_the_first(bench):
    first = rows_of("reported_by_polnear.jsonl")
    for row in rows_of("reported_by_polnear_second.jsonl"):
        assert bench.paired(row, [label for label in first if label["article"] == row["article"]]) is None


def test_the_bench_scores_the_second_sample_by_its_flag(bench, tmp_path, capsys, monkeypatch):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    quote = "ferry fares would rise in May"
    start = ARTICLE.index(quote)
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"article": "ferry", "start": start, "end": start + len(quote),
                                  "reported_by": "Harbour Gazette", "drawn": "named"}) + "\n", encoding="utf-8")
    monkeypatch.setattr(bench, "SECOND_LABELS", second)
    bench.main([str(tmp_path), "--second"])
    out = capsys.readouterr().out
    assert "reported_by accuracy 1.000  (1 of 1 labels;" in out
    assert "drawn named: 1 of 1 right" in out
