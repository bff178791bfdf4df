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


PHRASE_WORDS = st.lists(st.sampled_from([
    "the", "a", "officials", "Lee", "Holt", "Ann", "Derby", "from", "of", "at", "in", "by", "polled", "published", "Reuters", "letter",
    "statement", "report", "agency", "newspaper", "state", "media", "state-run", "television", "KNA", "Orlesian", "news", "on", "Thursday",
    "seen", "BBC", "spokesman", "for", "Home", "Office", "research", "sent", "group",
]), min_size=1, max_size=9)


@settings(max_examples=300, deadline=None)
@given(PHRASE_WORDS)
def test_each_reading_a_mention_skips_without_its_word_finds_nothing_in_a_phrase_without_it(words):
    from attribution.extraction.names import (OUTLET_WORDS, PLACE_LINKS, _by_agent, _document_mention, _person_of_place,
                                              described_outlet)
    from attribution.extraction.resources import word_set

    text = " ".join(words)
    tokens = tokenize(text, 0, len(text), [])
    lowers = {t.lower for t in tokens}
    if "by" not in lowers:
        assert _by_agent(text, tokens) is None
    if OUTLET_WORDS.isdisjoint(lowers):
        assert described_outlet(text, tokens) is None
    if PLACE_LINKS.isdisjoint(lowers):
        assert _person_of_place(text, tokens) is None
    if word_set("document_heads").isdisjoint(lowers):
        assert _document_mention(text, tokens, text) is None


def test_a_mention_still_reads_an_agent_an_outlet_a_place_and_a_document():
    from attribution.extraction.names import parse_mention

    def mention(text):
        return parse_mention(text, tokenize(text, 0, len(text), []))

    assert mention("traders polled by Reuters").heard_via == "Reuters"
    assert mention("the state news agency KNA").outlet == "KNA"
    assert mention("Janet Hollis from Derby").affiliation == "Derby"
    assert mention("Cornyn's statement").document
    assert mention("officials").kind == "unnamed"


@settings(max_examples=300, deadline=None)
@given(PHRASE_WORDS, st.sampled_from(["", " “Yes,” ", " O’Neil ", " Éric ", " The ", " Of ", " 3M "]))
def test_a_trailing_run_read_from_the_tokens_word_tests_is_the_one_read_from_their_text(words, extra):
    from attribution.extraction.names import _run_breakers, is_capitalized_word, trailing_run
    from attribution.extraction.quotes import find_quotes

    text = extra + " ".join(words) + extra
    tokens = tokenize(text, 0, len(text), find_quotes(text, 0, len(text)))
    for cut in range(len(tokens) + 1):
        plain = []
        for token in reversed(tokens[:cut]):
            if not (is_capitalized_word(token) and token.text[0].isalpha() and token.text.lower() not in _run_breakers()):
                break
            plain.insert(0, token)
        assert trailing_run(tokens[:cut]) == plain
