"""Round 18 speed work on the name index, read for the same answers: a run's gaps counted with fewer calls (the no-break
spaces only where the run holds one)."""

from attribution.extraction import entities


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
