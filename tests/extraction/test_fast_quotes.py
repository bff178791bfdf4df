"""Single-quoted spans are paired only in paragraphs that hold a mark able to open one: the others (apostrophes
written "’" only) have none, and the skip loses no span."""

from attribution.extraction.quotes import find_quotes


def spans(text):
    return [(text[q.start:q.end], q.double) for q in find_quotes(text, 0, len(text))]


def test_it_finds_no_single_quoted_span_among_curly_apostrophes():
    assert spans("The mayor’s aides didn’t say it, and the council’s chair won’t.") == []


def test_it_still_pairs_a_single_quoted_span_beside_curly_apostrophes():
    text = "The mayor’s aides called the plan ‘a disaster’ and the council’s chair agreed."
    assert spans(text) == [("a disaster", False)]


def test_it_still_pairs_straight_single_marks():
    assert spans("He called it 'a disaster' on Monday.") == [("a disaster", False)]
