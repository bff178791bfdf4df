"""Round 13 (spk-tags): a bracketed party-and-state tag after an inverted cue's name, and a report after
"said:" with no quotation mark. Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


def test_a_party_tag_after_the_name_of_an_inverted_cue_is_no_speaker():
    assert found(HEAD + '"The levy will not pass this spring," said Marta Quill (D-Ohio).') == [
        ("direct", "The levy will not pass this spring,", "Marta Quill")]
    quote = only(HEAD + '"The levy will not pass this spring," said Rep. Marta Quill (R-N.Y.), who chairs the panel.')
    assert (quote.speaker.name, quote.speaker.title, quote.speaker_mention) == ("Marta Quill", "Rep.", "Rep. Marta Quill")
    assert found(HEAD + '"We have the votes," said Sen. Oren Vask (I-Vt.) on Thursday.') == [
        ("direct", "We have the votes,", "Oren Vask")]


def test_a_report_after_said_and_a_colon_is_the_words_after_the_colon():
    assert found(HEAD + "At the town hall on Monday, Lena Orvik said: the county has broken every promise it made to farmers.") == [
        ("indirect", "the county has broken every promise it made to farmers", "Lena Orvik")]
    assert found(HEAD + "Lena Orvik told the board: the county has broken every promise it made to farmers.") == [
        ("indirect", "the county has broken every promise it made to farmers", "Lena Orvik")]
    # after a clause of its own ("..., X said: ...") the clause is the report, as before
    assert found(HEAD + "The ferry plan is dead, Lena Orvik said: the money went to the bridge instead.") == [
        ("indirect", "The ferry plan is dead", "Lena Orvik")]
