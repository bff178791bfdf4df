import importlib.util
import json
from pathlib import Path

spec = importlib.util.spec_from_file_location("text_overlap", Path(__file__).resolve().parent.parent / "bench" / "text_overlap.py")
text_overlap = importlib.util.module_from_spec(spec)
spec.loader.exec_module(text_overlap)


def test_it_finds_a_run_of_words_a_test_sentence_shares_with_an_article():
    corpus = text_overlap.folded("The mayor of Oakdale said on Monday that the bridge\nwould reopen in May.")
    assert text_overlap.shared_run("Ms. Lee said on Monday that the bridge would reopen soon.", corpus, 6) == "said on Monday that the bridge"


def test_it_finds_nothing_in_a_sentence_of_our_own():
    corpus = text_overlap.folded("The mayor of Oakdale said on Monday that the bridge would reopen in May.")
    assert text_overlap.shared_run("Ann Vik told reporters the ferry would run all winter.", corpus, 6) is None


def test_it_reads_every_string_literal_with_its_line():
    assert text_overlap.string_literals('A = "one"\nB = ("two",\n     "three")\n') == [(1, "one"), (2, "two"), (3, "three")]


def test_it_exits_with_failure_when_a_test_copies_an_article(tmp_path, capsys):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Officials said the storm had passed north of the city by noon.", encoding="utf-8")
    copied = tmp_path / "test_copied.py"
    copied.write_text('TEXT = "Officials said the storm had passed north of the city."\n', encoding="utf-8")
    assert text_overlap.main([str(tmp_path), str(copied)]) == 1
    assert "test_copied.py:1: Officials said the storm had passed north of" in capsys.readouterr().out


def test_it_reads_basil_when_asked_and_finds_a_copied_sentence_there(tmp_path, capsys):
    basil = tmp_path / "basil"
    (basil / "articles" / "2031").mkdir(parents=True)
    (basil / "annotations" / "2031").mkdir(parents=True)
    article = {"title": "Ferry fares rise", "date": "2031-05-01", "source": "NYT", "triplet-uuid": "event-9",
               "body-paragraphs": [["On Tuesday the harbour board raised ferry fares by a third.", "Riders were angry."]]}
    (basil / "articles" / "2031" / "event-9_1.json").write_text(json.dumps(article), encoding="utf-8")
    (basil / "annotations" / "2031" / "event-9_1_ann.json").write_text(json.dumps({"phrase-level-annotations": []}), encoding="utf-8")
    copied = tmp_path / "test_copied.py"
    copied.write_text('TEXT = "Ms. Lee said the harbour board raised ferry fares by a third."\n', encoding="utf-8")
    own = tmp_path / "test_own.py"
    own.write_text('TEXT = "Ann Vik told reporters the ferry would run all winter."\n', encoding="utf-8")
    assert text_overlap.main(["--basil", str(basil), str(copied)]) == 1
    assert "test_copied.py:1: the harbour board raised ferry fares by a" in capsys.readouterr().out
    assert text_overlap.main(["--basil", str(basil), str(own)]) == 0
