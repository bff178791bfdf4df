"""The BASIL reader of bench/basil_source.py on an invented article and annotation, and on a
checkout laid out as BASIL's (articles/ and annotations/ by year)."""

import json

import pytest


@pytest.fixture(scope="module")
def basil(bench_module):
    return bench_module("basil_source")


ARTICLE = {
    "title": "Council delays the bridge vote",
    "date": "2031-04-02",
    "source": "HPO",
    "triplet-uuid": "event-1",
    "body-paragraphs": [
        ["The council delayed its vote.", "Members blamed the budget."],
        ["\u201cWe were reckless,\u201d said Mara Quint.", "The vote moves to May."],
    ],
}
ANNOTATION = {
    "phrase-level-annotations": [
        {"start": 1, "end": 17, "txt": "We were reckless", "quote": "yes", "speaker": "Mara_Quint"},
        {"start": 19, "end": 25, "txt": "budget", "quote": "no", "speaker": ""},
        {"start": 0, "end": 7, "txt": "blamed", "quote": "no", "speaker": ""},
    ]
}


def test_it_joins_sentences_by_a_space_and_paragraphs_by_a_blank_line(basil):
    article = basil.article_from_json("event-1_3", ARTICLE, None)
    assert article.text == (
        "The council delayed its vote. Members blamed the budget.\n\n"
        "\u201cWe were reckless,\u201d said Mara Quint. The vote moves to May."
    )
    assert (article.outlet, article.event, article.published) == ("hpo", "event-1", "2031-04-02")


def test_it_places_each_phrase_in_the_sentence_that_holds_it_at_its_offsets(basil):
    article = basil.article_from_json("event-1_3", ARTICLE, ANNOTATION)
    placed = {phrase.text: article.text[phrase.start:phrase.end] for phrase in article.phrases}
    assert placed == {"We were reckless": "We were reckless", "budget": "budget"}


def test_it_names_the_speaker_of_a_quotation_only(basil):
    article = basil.article_from_json("event-1_3", ARTICLE, ANNOTATION)
    speakers = {phrase.text: (phrase.quoted, phrase.speaker) for phrase in article.phrases}
    assert speakers == {"We were reckless": (True, "Mara Quint"), "budget": (False, None)}


def test_it_leaves_unnamed_speakers_unnamed(basil):
    assert basil.speaker_name("other_anti") is None
    assert basil.speaker_name("Ruth_Bader_Ginsburg") == "Ruth Bader Ginsburg"


def test_it_reads_a_checkout_laid_out_as_basil(basil, tmp_path):
    (tmp_path / "articles" / "2031").mkdir(parents=True)
    (tmp_path / "annotations" / "2031").mkdir(parents=True)
    (tmp_path / "articles" / "2031" / "event-1_3.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    (tmp_path / "annotations" / "2031" / "event-1_3_ann.json").write_text(json.dumps(ANNOTATION), encoding="utf-8")
    [article] = basil.BasilSource(tmp_path).articles()
    assert article.name == "event-1_3"
    assert [phrase.speaker for phrase in article.phrases] == [None, "Mara Quint"]


def test_it_refuses_a_folder_that_is_not_basil(basil, tmp_path):
    with pytest.raises(SystemExit):
        basil.BasilSource(tmp_path)
