"""Shortcuts written for speed in round 7 give exactly what the plain forms give."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.cues import WORD_RE, ascii_words
from attribution.extraction.entities import LINE_WORD, _title_case_lines
from attribution.extraction.quotes import DOUBLE_MARK_RE, SINGLE_OPEN_RE, _marks_in
from attribution.extraction.sentences import HONORIFIC_END, HONORIFIC_END_REACH, PARAGRAPH_BREAK, REALIGNED_MARKS, SENTENCE_END_CHAR, paragraph_sentences, paragraph_spans, punkt_tokenizer
from attribution.extraction.tokens import SCAN_RE, tokenize

PIECES = st.lists(st.sampled_from([
    "said", "Holt", "Mr.", "Sen.", "U.S.", "e.g.", "A.", "W.", "20,000", "1,100.50", "3.5", "it's", "O’Neil", "Jean-Luc",
    "AT&T", "@lee", "#vote", "$5", "50%", "and/or", "co-op", "café", "naïve", "x", ".", ",", "-", "—", "’", "'", "\"", "“",
    "(", ")", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "",
]), max_size=30)


def scanned(text, start, end):
    return [(m.group(1), m.start(1), m.end(1)) for m in SCAN_RE.finditer(text, start, end)]


def test_the_tokenizer_counts_its_way_to_the_same_offsets_the_scan_finds():
    text = "  Sen. Dana W. White (R-Ohio)\u00a0 told\tU.S. reporters on Jan. 5 that 20,000 people won’t pay $5.  "
    assert [(t.text, t.start, t.end) for t in tokenize(text, 0, len(text), [])] == scanned(text, 0, len(text))
    assert [(t.text, t.start, t.end) for t in tokenize(text, 7, 40, [])] == scanned(text, 7, 40)


@settings(max_examples=80, deadline=None)
@given(PIECES, st.sampled_from([" ", "", "\u00a0"]), st.integers(0, 5), st.integers(0, 5))
def test_the_tokenizer_and_the_scan_agree_on_any_text_and_bounds(pieces, joiner, cut_start, cut_end):
    text = joiner.join(pieces)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    tokens = tokenize(text, start, end, [])
    assert [(t.text, t.start, t.end) for t in tokens] == scanned(text, start, end)
    assert all(t.lower == t.text.lower() and t.is_word == (t.text[0].isalnum() or t.text[0] in "@#$") and t.is_capitalized == t.text[0].isupper()
               for t in tokens)


TEXT = st.text(st.sampled_from(list("aZq Mé’“”\"'-_.,;:!?\t\u00a0\u2003\u2028é½²٣Ⅻ7_xY")), max_size=60)


@settings(max_examples=80, deadline=None)
@given(TEXT, st.integers(0, 6), st.integers(0, 6))
def test_the_words_read_without_the_pattern_are_the_patterns_runs_of_ascii_letters(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert ascii_words(text, start, end) == WORD_RE.findall(text, start, end)


def test_a_title_case_line_is_found_by_counting_its_words_without_the_pattern():
    text = "Senators Say The Plan Will Fail In May\nthe plan will fail in May, senators said on Tuesday\n½ Of 3 Voters Back 2 New Rules\n"
    # ("½" opens a word as a letter does, "3" does not: five capitals of six words)
    assert _title_case_lines(text) == [(0, 38), (91, 121)]


@settings(max_examples=80, deadline=None)
@given(TEXT)
def test_the_counted_words_of_a_line_are_those_the_line_pattern_finds(line):
    assert sum(1 for piece in line.split() if piece[0].isalnum() and not piece[0].isdecimal()) == len(LINE_WORD.findall(line))


MARKED = st.text(st.sampled_from(list("ab ,.\n\r\u2028\u2029\u00a0\t'‘‚‹’\"“”„‟«»″〝〞＂")), max_size=40)


@settings(max_examples=80, deadline=None)
@given(MARKED, st.integers(0, 6), st.integers(0, 6))
def test_a_paragraph_holds_a_mark_by_str_find_exactly_when_the_mark_patterns_find_one(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    doubles, single_openings = _marks_in(text)
    assert any(text.find(mark, start, end) >= 0 for mark in doubles) == (DOUBLE_MARK_RE.search(text, start, end) is not None)
    assert any(text.find(mark, start, end) >= 0 for mark in single_openings) == (SINGLE_OPEN_RE.search(text, start, end) is not None)


def plain_paragraph_spans(text):
    bounds, position = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(text)))
    spans = []
    for start, end in bounds:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


@settings(max_examples=80, deadline=None)
@given(MARKED)
def test_paragraphs_split_at_new_lines_by_str_find_are_those_the_break_pattern_gives(text):
    assert paragraph_spans(text) == plain_paragraph_spans(text)
    assert paragraph_spans(text.replace("\r", "").replace("\u2028", "").replace("\u2029", "")) == plain_paragraph_spans(
        text.replace("\r", "").replace("\u2028", "").replace("\u2029", ""))


@settings(max_examples=80, deadline=None)
@given(st.text(st.sampled_from(list("ab .?!\u00a0")), max_size=12), st.integers(0, 14), st.integers(0, 14))
def test_a_paragraph_without_a_sentence_end_before_its_last_character_is_one_sentence_as_before(text, start, end):
    start, end = min(start, len(text)), min(end, len(text))
    if SENTENCE_END_CHAR.search(text, start, end - 1) is None:
        assert paragraph_sentences(text, start, end) == ([(start, end)] if start < end else [])


def test_punkts_realignment_opens_with_one_of_the_marks_it_is_skipped_for_without():
    pattern = punkt_tokenizer()._lang_vars.re_boundary_realignment
    for code in list(range(0x250)) + list(range(0x2010, 0x2040)) + [0x300C, 0x300D, 0xFF02]:
        char = chr(code)
        assert (pattern.match(char + " Then") is not None) == (char in REALIGNED_MARKS), char


PUNKT_TEXT = st.text(st.sampled_from(list("ab A.?!;:)(\"'’“”«»*@{}[]-\u00a0\t\x1c\x1f\u2003\u2028\u200b")), max_size=40)


@settings(max_examples=80, deadline=None)
@given(PUNKT_TEXT)
def test_punkts_candidate_sentence_ends_are_found_by_re_as_by_the_regex_module(text):
    tokenizer = punkt_tokenizer()
    plain = [(m.span(), m.group("after_tok"), m.group("next_tok")) for m in tokenizer._lang_vars.period_context_re().finditer(text)]
    assert [(m.span(), m.group("after_tok"), m.group("next_tok")) for m in tokenizer._period_context.finditer(text)] == plain


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "said.", "\"Yes.\"", "Holt.", "He", "a.", "?", "!", ")", "’", " ", "  ", "\t", "\x0b", "\x1c", "\u00a0",
                                 "U.S.", "No. 2"]), max_size=25).map("".join))
def test_punkts_spans_are_nltks_with_only_spaces_or_other_white_space_between_words(paragraph):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tokenizer = punkt_tokenizer()
    for text in (paragraph, paragraph.replace("\t", " ").replace("\x0b", " ")):
        assert tokenizer.span_tokenize(text) == list(PunktSentenceTokenizer.span_tokenize(tokenizer, text))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "Mrs.", "Ms.", "Dr.", "Messrs.", "Dr", "yes.", "was.", "Holt.", "met", " ", "(", "“", "\n"]), max_size=12).map(" ".join))
def test_a_sentence_is_looked_at_for_an_honorific_end_only_where_one_can_end(text):
    end = len(text)
    if end and not (text[end - 1] == "\n" or text[end - 1] == "." and text[end - 2] in "rs"):
        assert HONORIFIC_END.search(text, max(0, end - HONORIFIC_END_REACH), end) is None
