"""The matcher against labelled pairs of realistic news wordings (tests/matching/pairs.jsonl).

Regenerate the thresholds from this set with `python bench/matching_thresholds.py`.
"""

from collections import Counter
from pathlib import Path

import pytest

from attribution.matching import Thresholds
from attribution.matching.evaluation import evaluate, load_pairs

PAIRS = Path(__file__).parent / "pairs.jsonl"


@pytest.fixture(scope="module")
def pairs():
    return load_pairs(PAIRS)


@pytest.fixture
def thresholds(settings):
    return Thresholds.from_settings(settings.CLAIM_MATCHING)


def test_the_labelled_set_has_enough_pairs_of_both_kinds(pairs):
    labels = Counter(pair.same for pair in pairs)
    assert len(pairs) >= 60
    assert labels[True] >= 25 and labels[False] >= 25


def test_the_labelled_set_covers_each_variant_the_issue_names(pairs):
    cases = {pair.case for pair in pairs}
    assert {
        "truncation", "changed word", "hedge dropped", "paraphrase", "speaker naming", "partial quote",
        "different speaker, same words", "same speaker, different claim", "different speaker, different claim",
    } <= cases


def test_the_matcher_reaches_the_required_precision_and_recall(pairs, thresholds):
    scores = evaluate(pairs, thresholds)
    mistakes = [(pair.case, pair.first.text, pair.second.text) for pair in scores.mistakes]
    assert scores.precision >= 0.95, mistakes
    assert scores.recall >= 0.9, mistakes


def test_loosening_the_thresholds_costs_precision_so_the_set_can_tell_them_apart(pairs):
    careless = Thresholds(paraphrase=0.3, containment=0.5, containment_min_words=1, near_identical=0.4, near_identical_min_words=1)
    assert evaluate(pairs, careless).precision < 0.95
