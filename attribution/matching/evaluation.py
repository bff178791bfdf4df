"""Precision and recall of the matcher on labelled pairs (tests/matching/pairs.jsonl).

Each line: {"case", "same": bool, "a": appearance, "b": appearance}, an appearance being
{"text", "speaker": {"name", "kind", "aliases", "affiliation"} or null, "kind", "relay": [names],
"before", "after"}: "before" and "after" (optional) are the article's text around the quote.
"""

import json
from dataclasses import dataclass

from attribution.matching.similarity import compare
from attribution.matching.speakers import Appearance, SpeakerRef


@dataclass(frozen=True)
class LabelledPair:
    case: str
    same: bool
    first: Appearance
    second: Appearance


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    true_positives: int
    false_positives: int
    false_negatives: int
    mistakes: tuple  # the pairs decided wrongly


def _appearance(record, outlet):
    speaker = record.get("speaker")
    reference = None
    if speaker:
        reference = SpeakerRef(
            name=speaker["name"],
            kind=speaker.get("kind", "person"),
            aliases=tuple(speaker.get("aliases", ())),
            affiliation=speaker.get("affiliation", ""),
        )
    return Appearance(
        text=record["text"],
        speaker=reference,
        kind=record.get("kind", "direct"),
        relay_names=tuple(record.get("relay", ())),
        outlet=outlet,
        context_before=record.get("before", ""),
        context_after=record.get("after", ""),
    )


def load_pairs(path):
    pairs = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                pairs.append(
                    LabelledPair(
                        case=record["case"],
                        same=record["same"],
                        first=_appearance(record["a"], "first outlet"),
                        second=_appearance(record["b"], "second outlet"),
                    )
                )
    return pairs


def evaluate(pairs, thresholds):
    true_positives = false_positives = false_negatives = 0
    mistakes = []
    for pair in pairs:
        decided = compare(pair.first, pair.second, thresholds).same
        if decided and pair.same:
            true_positives += 1
        elif decided:
            false_positives += 1
            mistakes.append(pair)
        elif pair.same:
            false_negatives += 1
            mistakes.append(pair)
    predicted = true_positives + false_positives
    actual = true_positives + false_negatives
    return Scores(
        precision=true_positives / predicted if predicted else 1.0,
        recall=true_positives / actual if actual else 1.0,
        true_positives=true_positives,
        false_positives=false_positives,
        false_negatives=false_negatives,
        mistakes=tuple(mistakes),
    )
