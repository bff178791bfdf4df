"""A small article written for the tests, end to end."""

from pathlib import Path

from attribution.extraction import extract

FIXTURE = Path(__file__).parent / "fixtures" / "harbour-fire.txt"


def test_it_finds_the_expected_speakers_in_a_small_article():
    text = FIXTURE.read_text(encoding="utf-8")
    found = [(e.kind, e.speaker.name, e.reported_by) for e in extract(text)]
    assert found == [
        ("indirect", "the fire service", None),
        ("indirect", "Ines Okafor", None),
        ("direct", "Ines Okafor", None),
        ("direct", "Ines Okafor", None),
        ("indirect", "the harbour authority", None),
        ("indirect", "Residents", None),
        ("indirect", "The Portvale Courier", "The Portvale Courier"),
        ("direct", "officials from the harbour authority", None),
    ]


def test_it_leaves_a_headline_scare_quote_the_body_never_quotes():
    text = FIXTURE.read_text(encoding="utf-8")
    assert all(e.start > text.index("\n") for e in extract(text))


def test_every_span_in_the_article_is_exact():
    text = FIXTURE.read_text(encoding="utf-8")
    for item in extract(text):
        assert text[item.start:item.end] == item.quote
        assert item.sentence_start <= item.start < item.end <= item.sentence_end
        assert 0 < item.confidence <= 1


def test_the_apposition_gives_the_speaker_a_title_role_and_aliases():
    text = FIXTURE.read_text(encoding="utf-8")
    okafor = next(e.speaker for e in extract(text) if e.speaker.name == "Ines Okafor")
    assert okafor.role == "Station Commander, spokeswoman for the Portvale Fire Service"
    assert okafor.affiliation == "Portvale Fire Service"
    assert "Okafor" in okafor.aliases
