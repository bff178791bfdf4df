"""Single-quoted spans are paired only in paragraphs that hold a mark able to open one: the others (apostrophes
written "’" only) have none, and the skip loses no span. A quotation is scanned for a report inside it only when
it holds one of the pattern's verbs: every match holds one."""

import re

from attribution.extraction.engine import QUOTED_REPORT, QUOTED_REPORT_VERBS
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


def test_every_quoted_report_the_pattern_finds_holds_one_of_its_verbs():
    for group in re.findall(r"\(\?:([^()]*)\)", QUOTED_REPORT.pattern):
        for alternative in group.split("|"):
            assert any(verb in alternative for verb in QUOTED_REPORT_VERBS), alternative
    for text in ("Donald Trump said he has made sacrifices", "as Lee once said", "said Dana Holt", "Holt has said so"):
        assert QUOTED_REPORT.search(text) is not None and any(verb in text for verb in QUOTED_REPORT_VERBS)
