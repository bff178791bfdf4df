"""Round 17, precision (sentences and names written for these tests): a section heading set in single marks or capitals
is nobody's quotation, and a title-case quotation that qualifies the noun after it names a thing, not words said."""

from attribution.extraction import extract


def _quoted(text: str) -> list[tuple[str, str | None]]:
    return [(text[e.start:e.end], e.speaker.name if e.speaker else None) for e in extract(text) if e.kind in ("direct", "partial")]


ARTICLE_WITH_A_HEADING = (
    "Orla Brennick ran the ferry office at Pellow Harbor for thirty years.\n\n"
    "“The boats kept this town alive,” Brennick said. “Nobody here forgets that.”\n\n"
    "{heading}\n\n"
    "On a grey Friday morning, a dozen deckhands gathered at the harbor cafe to talk about the winter schedule.\n"
)


def test_a_paragraph_that_is_only_a_short_quotation_in_single_marks_is_a_section_heading_not_the_last_speakers_words():
    text = ARTICLE_WITH_A_HEADING.format(heading="‘A long winter on the water.’")
    assert "A long winter on the water." not in [quote for quote, _ in _quoted(text)]
    assert ("The boats kept this town alive,", "Orla Brennick") in _quoted(text)


def test_a_quoted_paragraph_in_capitals_is_a_section_heading_not_the_last_speakers_words():
    text = ARTICLE_WITH_A_HEADING.format(heading="“THE HARBOR WILL OUTLAST US”")
    assert "THE HARBOR WILL OUTLAST US" not in [quote for quote, _ in _quoted(text)]


def test_a_title_between_the_and_the_noun_it_qualifies_is_no_partial_quotation():
    text = ("Tamsin Orrey married in May. After the news spread, the “Harbor Nights” star posted a long message about her "
            "choice: “Nobody owns a name,” she wrote.\n")
    assert "Harbor Nights" not in [quote for quote, _ in _quoted(text)]


def test_a_campaign_named_in_title_case_before_its_noun_is_not_the_words_of_the_reporter_of_the_sentence():
    text = "Dorran Fisk, a pollster in Lerrick, said the “Stay” camp had failed to reach older voters in the valley.\n"
    assert "Stay" not in [quote for quote, _ in _quoted(text)]
    assert any(e.kind == "indirect" and e.speaker and e.speaker.name == "Dorran Fisk" for e in extract(text))
