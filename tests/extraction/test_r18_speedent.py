"""Round 18 speed work on the name index, read for the same answers: the quoted nickname's pattern tried only where it
can match, and a run's gaps counted with fewer calls."""

from attribution.extraction import entities


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
