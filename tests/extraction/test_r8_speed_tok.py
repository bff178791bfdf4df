"""Round 8's speed work gives exactly what the paths it replaces give (each fast path against its plain form)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.tokens import ABBREVIATIONS, SCAN_RE, TOKEN_RE, tokenize

# Pieces the tokenizer cuts at spaces: plain words, words before a mark, abbreviations and initials with their period,
# and everything the pattern must still read (digits, apostrophes, hyphens, other white space, marks alone).
PIECES = st.lists(st.sampled_from([
    "said", "Holt", "Ann", "x", "I", "said,", "Holt.", "Lee:", "why?", "no!", "it;", "Gen.", "Sen.", "Mrs.", "Mr.", "Sept.", "Dec.",
    "Decs.", "Senate.", "US.", "U.S.", "p.", "A.", "W.", "Jr.,", "e.g.", "20,000", "3.5", "5.", "it's", "won’t", "O’Neil",
    "Jean-Luc", "AT&T", "@lee", "$5", "café", "café,", "naïve.", ".", ",", "?", "-", "—", "’", "'", "\"", "“", "(", ")",
    "(AP)", " ", "  ", "\t", "\u00a0", "\u2003", "\u200b", "",
]), max_size=30)


def scanned(text, start, end):
    return [(m.group(1), m.start(1), m.end(1)) for m in SCAN_RE.finditer(text, start, end)]


def test_a_sentence_cut_at_its_spaces_gives_the_tokens_the_scan_finds():
    text = "Sen. Dana W. White, the mayor, told U.S. reporters on Dec. 5: “no.” Gen. Holt said. Why? Lee said so!  "
    assert [(t.text, t.start, t.end) for t in tokenize(text, 0, len(text), [])] == scanned(text, 0, len(text))
    assert [t.text for t in tokenize(text, 0, 29, [])] == ["Sen.", "Dana", "W.", "White", ",", "the", "mayor"]


def test_a_middle_initial_keeps_its_period_only_before_a_capitalised_word():
    text = "Dana W. White and plan A. then"
    assert [t.text for t in tokenize(text, 0, len(text), [])] == ["Dana", "W.", "White", "and", "plan", "A", ".", "then"]


def test_an_abbreviation_keeps_its_period_and_any_other_word_gives_it_up():
    for word in ABBREVIATIONS:
        assert [t.text for t in tokenize(word + ". Lee", 0, len(word) + 5, [])] == [word + ".", "Lee"]
    assert [t.text for t in tokenize("Decs. Senate. sen.", 0, 18, [])] == ["Decs", ".", "Senate", ".", "sen", "."]


@settings(max_examples=300, deadline=None)
@given(PIECES, st.sampled_from([" ", " ", "  ", "", "\u00a0"]), st.integers(0, 5), st.integers(0, 5))
def test_the_tokenizer_cutting_at_spaces_and_the_scan_agree_on_any_text_and_bounds(pieces, joiner, cut_start, cut_end):
    text = joiner.join(pieces)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    tokens = tokenize(text, start, end, [])
    assert [(t.text, t.start, t.end) for t in tokens] == scanned(text, start, end)
    assert all(t.quote is None and t.lower == t.text.lower() and t.is_word == (t.text[0].isalnum() or t.text[0] in "@#$") and (
        t.is_capitalized == t.text[0].isupper()) for t in tokens)


def test_the_token_pattern_still_reads_each_abbreviation_whole():
    for word in ABBREVIATIONS:
        assert TOKEN_RE.match(word + ".").group() == word + "."


CONTEXT_WORDS = st.sampled_from(["said", "reform", "U.S", "Mr", "Gen", "etc", "a", "no", "2016", "p.m", "“Why", "(yes", "-", "--", "..", ""])
NON_WORD_MARKS = st.sampled_from(list(")\";}]*:@'({[\u2018\u2019\u201c\u201d\xab\xbb?!"))
NEXT_WORDS = st.sampled_from([" He", " he", " The", " 2", "  Mr.", "\u00a0Lee", " “We", " (AP)", " and"])


@settings(max_examples=300, deadline=None)
@given(CONTEXT_WORDS, st.sampled_from(".?!"), st.one_of(NON_WORD_MARKS, NEXT_WORDS))
def test_a_sentence_end_decided_without_punkt_is_the_one_punkt_decides(word, end, after):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from attribution.extraction.sentences import punkt_tokenizer

    tokenizer = punkt_tokenizer()
    context = word + end + after
    punkt = PunktSentenceTokenizer.text_contains_sentbreak(tokenizer, context)
    assert tokenizer.text_contains_sentbreak(context) == punkt
    if end != ".":
        assert punkt  # (span_tokenize takes a "?" or "!" for a break without asking)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "said.", "reform.”", "“Yes.”", "now.’", "Holt?", "Why?”", "no!", "He", "a.", "?", "!", ")", "’", "”", " ",
                                 "  ", "\u00a0", "U.S.", "No. 2", "2016.", "«oui.»"]), max_size=25).map("".join))
def test_punkts_spans_are_nltks_with_curly_marks_questions_and_exclamations(paragraph):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from attribution.extraction.sentences import _Tokenizer, punkt_tokenizer

    tokenizer = punkt_tokenizer()
    plain = PunktSentenceTokenizer(tokenizer._params, lang_vars=tokenizer._lang_vars)
    assert tokenizer.span_tokenize(paragraph) == list(plain.span_tokenize(paragraph))
    assert isinstance(tokenizer, _Tokenizer)
