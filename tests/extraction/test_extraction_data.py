"""The curated data files: cue verbs by class with a stance each, and the known outlets."""

import json
from importlib import resources

from attribution.extraction import cue_stance
from attribution.extraction.outlets import known_outlet, outlet_name


def data(name):
    return json.loads(resources.files("attribution.extraction").joinpath("data", name).read_text(encoding="utf-8"))


def test_every_cue_verb_has_a_known_stance_and_forms():
    for lemma, entry in data("cues.json")["verbs"].items():
        assert entry["stance"] in ("neutral", "assertive", "doubting", "conceding"), lemma
        assert entry["forms"], lemma


def test_cue_stance_reads_each_class():
    assert [cue_stance(c) for c in ("said", "told reporters", "added")] == ["neutral"] * 3
    assert [cue_stance(c) for c in ("insisted", "stressed")] == ["assertive"] * 2
    assert [cue_stance(c) for c in ("claimed", "alleged")] == ["doubting"] * 2
    assert [cue_stance(c) for c in ("admitted", "conceded")] == ["conceding"] * 2
    assert cue_stance("According to") == "neutral" and cue_stance(None) == "neutral"


def test_verbs_known_to_cause_false_positives_are_not_cues():
    forms = {form for entry in data("cues.json")["verbs"].values() for form in entry["forms"]}
    assert not forms & {"address", "provide"}


def test_belief_and_evidence_verbs_are_cues_only_of_their_own_kind():
    verbs = data("cues.json")["verbs"]
    assert verbs["believe"]["belief"] and verbs["think"]["belief"] and verbs["want"]["belief"]
    assert verbs["show"]["evidence"] and verbs["find"]["evidence"]  # "polls show", never "he showed up"
    assert not any(entry.get("belief") and entry.get("evidence") for entry in verbs.values())


def test_every_outlet_has_a_name_aliases_and_a_domain():
    for outlet in data("outlets.json")["outlets"]:
        assert outlet["name"] and isinstance(outlet["aliases"], list) and "." in outlet["domain"]


def test_outlet_aliases_resolve_to_the_canonical_name():
    assert known_outlet("the BBC") == "BBC" and known_outlet("BBC News") == "BBC"
    assert known_outlet("The Washington Post") == "Washington Post"
    assert outlet_name("The Millbrook Gazette") == "The Millbrook Gazette"
    assert outlet_name("The Millbrook Council") is None
