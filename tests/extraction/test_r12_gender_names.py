"""Given names from the 1990 US Census lists tell a person's gender for "he" and "she", and nothing more: a census
name that is also a word ("Will") does not make a headline's capitals a person. Every sentence and name is invented."""

import importlib.util
from pathlib import Path

from attribution.extraction import extract
from attribution.extraction.entities import gender_of
from attribution.extraction.resources import word_set

DATA = Path(__file__).resolve().parents[2] / "attribution" / "extraction" / "data"


def _pronoun_speakers(text: str) -> list[tuple[str, str]]:
    return [(e.speaker_mention, e.speaker.name) for e in extract(text) if e.speaker_mention in ("he", "she")]


def _census_script():
    spec = importlib.util.spec_from_file_location("given_names_from_census", DATA / "given_names_from_census.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_she_skips_a_man_whose_given_name_only_the_census_knows():
    text = 'Dana Holt opened the fair on Friday. Ted Marlow spoke next.\n\n"The levy is fair," she said.'
    assert _pronoun_speakers(text) == [("she", "Dana Holt")]


def test_she_skips_a_man_named_jared_or_jake():
    text = ('Councillor Nora Quill chaired the meeting. Jared Penwick and Jake Orrin then read the budget.\n\n'
            '"We cannot fund the bridge this year," she said.')
    assert _pronoun_speakers(text) == [("she", "Nora Quill")]


def test_he_skips_a_woman_whose_given_name_only_the_census_knows():
    text = 'Tom Reyes opened the fair on Friday. Loretta Vance spoke next.\n\n"It stays," he said.'
    assert _pronoun_speakers(text) == [("he", "Tom Reyes")]


def test_the_census_gives_gender_to_common_nicknames_and_not_to_names_both_sexes_bear():
    assert [gender_of(f"{given} Marlow", None, None) for given in ("Ted", "Jake", "Jared", "Carly", "Loretta")] == ["m", "m", "m", "f", "f"]
    assert [gender_of(f"{given} Marlow", None, None) for given in ("Pat", "Lee", "Jan")] == [None, None, None]
    census = word_set("female_first_names_census") | word_set("male_first_names_census")
    assert not {"pat", "lee", "jan", "chris", "terry", "bernie"} & census


def test_a_census_name_alone_does_not_make_a_full_name_a_persons():
    assert gender_of("Will Marlow", None, None) == "m"
    assert gender_of("Will Marlow", None, None, census=False) is None


def test_a_headline_that_opens_with_will_is_no_namesake_of_the_person_below():
    text = ('Game over. Will Marlow give in now?\n\nAfter the vote, Quinn Marlow has no way left to the nomination.\n\n'
            'Marlow, who had not endorsed anyone before, said he would "keep fighting" for the delegates.')
    speakers = {e.speaker.name for e in extract(text) if e.speaker is not None}
    assert "Will Marlow" not in speakers


def test_no_census_name_is_listed_for_both_sexes_or_against_the_hand_made_lists():
    female, male = word_set("female_first_names_census"), word_set("male_first_names_census")
    assert not female & male
    assert not female & word_set("male_first_names") and not male & word_set("female_first_names")


def test_the_census_script_keeps_a_name_only_for_the_sex_that_holds_it_ten_times_as_often(tmp_path):
    script = _census_script()
    (tmp_path / "dist.female.first").write_text("ARDITH 0.300 0.300 1\nROBIN  0.100 0.400 2\nMERLE  0.002 0.402 3\n")
    (tmp_path / "dist.male.first").write_text("BRAXTON 0.200 0.200 1\nROBIN   0.050 0.250 2\nARDITH  0.010 0.260 3\n")
    female = script.percents(tmp_path / "dist.female.first")
    male = script.percents(tmp_path / "dist.male.first")
    assert script.one_sex_names(female, male) == ["ardith"]  # Robin is held by both; Merle is too rare
    assert script.one_sex_names(male, female) == ["braxton"]

