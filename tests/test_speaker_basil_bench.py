"""The pure functions of bench/speaker_basil.py (BASIL's quoted phrases against the extractor) on
invented articles and predictions: the half split, the pairing, the judging and the counting."""

import importlib

import pytest


@pytest.fixture(scope="module")
def bench(bench_module):
    return bench_module("speaker_basil")


def prediction(start, end, speaker, mention=None):
    return {"start": start, "end": end, "speaker": speaker, "mention": mention, "kind": "direct", "cue": "said"}


def phrase(start, end, speaker):
    return {"article": "mill-closure_1", "start": start, "end": end, "text": "x" * (end - start), "speaker": speaker}


def test_the_half_is_fixed_by_the_parity_of_the_first_byte_of_the_events_sha256(bench):
    assert bench.half_of("mill-closure") == "dev"  # sha256 first byte even
    assert bench.half_of("ferry-ban") == "dev"
    assert bench.half_of("harbour-strike") == "held-out"  # odd
    assert bench.half_of("glacier-vote") == "held-out"


def test_the_halves_split_many_events_near_evenly(bench):
    halves = [bench.half_of(f"invented-event-{n}") for n in range(400)]
    assert 160 < halves.count("dev") < 240


def test_a_phrase_inside_an_attributed_quotation_is_covered(bench):
    judged = bench.judge_phrase(phrase(120, 150, "Nell Ashby"), [prediction(100, 200, "Nell Ashby")])
    assert judged["covered"] and judged["agrees"] is True


def test_a_phrase_overlapped_by_less_than_half_is_not_covered(bench):
    judged = bench.judge_phrase(phrase(120, 150, "Nell Ashby"), [prediction(140, 300, "Nell Ashby")])
    assert not judged["covered"] and judged["prediction"] is None and judged["agrees"] is None


def test_the_pairing_takes_the_last_prediction_of_equal_share_as_the_polnear_scorer(bench):
    outer, inner = prediction(100, 300, "the council report"), prediction(110, 200, "Nell Ashby")
    judged = bench.judge_phrase(phrase(120, 150, "Nell Ashby"), [inner, outer])
    assert judged["prediction"] is outer and judged["agrees"] is False


def test_the_speaker_agrees_by_the_loose_name_rule(bench):
    surname_only = bench.judge_phrase(phrase(120, 150, "Nell Ashby"), [prediction(100, 200, "Ashby")])
    another = bench.judge_phrase(phrase(120, 150, "Nell Ashby"), [prediction(100, 200, "Corin Vale")])
    nobody = bench.judge_phrase(phrase(120, 150, "Nell Ashby"), [prediction(100, 200, None)])
    assert surname_only["agrees"] is True
    assert another["agrees"] is False
    assert nobody["agrees"] is False


def test_an_unnamed_speaker_counts_for_coverage_only(bench):
    judged = bench.judge_phrase(phrase(120, 150, None), [prediction(100, 200, "Corin Vale")])
    assert judged["covered"] and judged["agrees"] is None


def test_judge_keeps_the_quoted_phrases_with_their_outlet_and_half(bench):
    basil = importlib.import_module("bench.basil_source")
    article = basil.BasilArticle(
        name="ferry-ban_2", outlet="fox", published="2031-05-01", title="Ferry ban", event="ferry-ban",
        text="\u201cThe ferries stay docked,\u201d said Nell Ashby. The harbour was quiet.",
        phrases=(basil.BasilPhrase(1, 24, "The ferries stay docked", True, "Nell Ashby"),
                 basil.BasilPhrase(48, 65, "harbour was quiet", False, None)),
    )
    rows = bench.judge([article], {"ferry-ban_2": [prediction(0, 25, "Nell Ashby")]})
    assert [(row["outlet"], row["half"], row["covered"], row["agrees"]) for row in rows] == [("fox", "dev", True, True)]


def test_tally_counts_coverage_over_all_and_speakers_over_covered_named_phrases(bench):
    rows = [{"covered": True, "agrees": True}, {"covered": True, "agrees": False},
            {"covered": True, "agrees": None}, {"covered": False, "agrees": None}]
    assert bench.tally(rows) == {"coverage": (3, 4), "speaker": (1, 2)}


def test_misses_lists_the_uncovered_then_the_disagreements(bench):
    agreed = {"covered": True, "agrees": True, "start": 1}
    disagreed = {"covered": True, "agrees": False, "start": 2}
    uncovered = {"covered": False, "agrees": None, "start": 3}
    assert bench.misses([agreed, disagreed, uncovered]) == [uncovered, disagreed]


def test_the_report_has_a_line_per_half_and_outlet_and_their_totals(bench):
    rows = [{"half": "dev", "outlet": "nyt", "covered": True, "agrees": True},
            {"half": "held-out", "outlet": "hpo", "covered": False, "agrees": None}]
    lines = bench.report(rows, ["dev", "held-out"], ["nyt", "hpo"])
    assert len(lines) == 1 + 3 * 3
    assert lines[-1].startswith("all      all   0.500 (  1/  2;")
