"""Round 18 speed work on the name index, read for the same answers: a capitalised run is asked whether it names an
outlet only after the cheaper tests have kept it as a person's name (the answers are the same, in any order)."""

import pytest

from attribution.extraction import entities


def read_run(run):
    return entities._person_in_run.__wrapped__(run)


@pytest.fixture
def outlets_never_asked(monkeypatch):
    def asked(phrase):
        raise AssertionError(f"outlet_name asked of {phrase!r}")

    monkeypatch.setattr(entities, "outlet_name", asked)


@pytest.fixture
def brindle_tatler_is_an_outlet(monkeypatch):
    monkeypatch.setattr(entities, "outlet_name", lambda phrase: "Brindle Tatler" if phrase == "Brindle Tatler" else None)


def test_it_turns_down_a_run_ending_in_an_organisation_word_without_asking_for_an_outlet(outlets_never_asked):
    assert read_run("Marla Quentin Foundation") is None


def test_it_turns_down_people_described_in_the_plural_without_asking_for_an_outlet(outlets_never_asked):
    assert read_run("Lorne Pilots Officers") is None


def test_it_turns_down_a_name_run_holding_a_role_word_without_asking_for_an_outlet(outlets_never_asked):
    assert read_run("Dana Holt Senator") is None


def test_it_still_turns_down_a_run_that_names_an_outlet(brindle_tatler_is_an_outlet):
    assert read_run("Brindle Tatler") is None


def test_it_still_reads_a_persons_name_and_role_when_no_outlet_is_named(brindle_tatler_is_an_outlet):
    assert read_run("Dana Holt") == ("Dana Holt", None, None)
    assert read_run("Prime Minister Orla Vantree") == ("Orla Vantree", "Prime Minister", None)


# Nicknames: the quoted nickname's pattern is tried only at a quotation mark a capital follows.
class CountedPattern:
    def __init__(self, pattern):
        self.pattern, self.tries = pattern, 0

    def match(self, text, at):
        self.tries += 1
        return self.pattern.match(text, at)


def test_the_nickname_pattern_is_tried_only_where_a_capital_follows_the_quotation_mark(monkeypatch):
    counted = CountedPattern(entities.NICKNAMED)
    monkeypatch.setattr(entities, "NICKNAMED", counted)
    text = 'Lia "Bo" Vance said "we will win." Then “Tam” Okoro agreed, “mostly.”'
    found = [m.group(1) for m in entities.NameIndex(text)._nicknames()]
    assert found == ["Vance", "Okoro"]
    assert counted.tries == 2


def test_a_nickname_is_found_at_the_texts_edges_and_none_after_a_mark_ending_the_text():
    assert [m.group(1) for m in entities.NameIndex('"Chico" Manriquez spoke."')._nicknames()] == ["Manriquez"]
    assert [m.group(1) for m in entities.NameIndex('Juan “Éclair” Ruiz and “Chico” Manriquez, he said “')._nicknames()] == ["Manriquez"]
    index = entities.NameIndex('Mayor Juan "Chico" Manriquez of Oakland said the port would open.')
    index._build()
    assert [k.name for k in index.in_order] == ["Juan Manriquez"]


# A run's reading: the connector before it looked for in a run of three words or more, its gaps counted as before
# (spaces and no-break spaces alike); the name index keeps the same names.
def test_the_connector_before_a_run_is_asked_as_the_gaps_of_the_run_tell(monkeypatch):
    asked = []
    read = entities._read_run

    def recorded(run, after_connector):
        asked.append((run, after_connector))
        return read(run, after_connector)

    monkeypatch.setattr(entities, "_read_run", recorded)
    text = ("Tom Reyes and Sen.\u00a0Dana Holt spoke. Fans of Lia and Mark Vance Orme came, and Nell\u00a0Ashby\u00a0Kerr too, "
            "with Rep.  Ola Dunne and Kit Moss.")
    index = entities.NameIndex(text)
    index._build()
    assert asked == [("Tom Reyes", False), ("Sen.\u00a0Dana Holt", True), ("Fans of Lia", False), ("Mark Vance Orme", True),
                     ("Nell\u00a0Ashby\u00a0Kerr", False), ("Rep.  Ola Dunne", False), ("Kit Moss", False)]
    assert [k.name for k in index.in_order] == ["Tom Reyes", "Dana Holt", "Mark Vance Orme", "Nell Ashby Kerr", "Ola Dunne", "Kit Moss"]
