"""Round 12's speed work gives exactly what the plain forms give: the tokenizer's Tokens are Tokens with every field
Token.__init__ sets, and the title-case line test counts words as it did."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.entities import CAPITAL_WORD_START, _title_case_lines
from attribution.extraction.tokens import Token, tokenize

WORDS = st.lists(st.sampled_from([
    "The", "senator", "Dana", "Holt", "said,", "Holt.", "Ms.", "won’t", "it's", "Jean-Luc", "5,000", "50%", "café", "Élan", "ÉLAN",
    "½", "²", "3rd", "of", "and", "For", "Can't", "Be", "Trusted", "With", "the", "Codes", "—", "(a)", "\u00a0", "\t", "",
]), max_size=30)


def test_every_token_of_a_sentence_is_a_token_with_the_fields_its_constructor_sets():
    text = "Jean-Luc Holt, 52, said: it's AT&T's 9-year-old plan, “a bad one.” Ms. Lee agreed (mostly)."
    for token in tokenize(text, 0, len(text), []):
        made = Token(token.text, token.start, token.end)
        assert isinstance(token, Token) and repr(token) == repr(made)
        assert [getattr(token, field) for field in Token.__slots__] == [getattr(made, field) for field in Token.__slots__]


def plain_title_case_lines(text):
    """_title_case_lines as round 11 wrote it: every word of a line with four capitals counted."""
    lines, start = [], 0
    for line in text.split("\n"):
        if 20 <= len(line) <= 200:
            capitals = len(CAPITAL_WORD_START.findall(line))
            words = sum(1 for piece in line.split() if piece[0].isalnum() and not piece[0].isdecimal()) if capitals >= 4 else 0
            if words >= 4 and capitals >= 0.8 * words:
                lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=6), st.sampled_from([" ", "  ", "\u00a0 "]))
def test_the_title_case_lines_are_those_every_word_counted_gives(lines, joiner):
    text = "\n".join(joiner.join(words) for words in lines)
    assert _title_case_lines(text) == plain_title_case_lines(text)


def test_a_headline_in_title_case_is_a_title_line_and_a_sentence_is_not():
    headline = "Why Dana Holt Can't Be Trusted With the Port Budget"
    story = "Dana Holt said on Monday that the Port Authority would publish its budget in May."
    assert _title_case_lines(headline + "\n" + story) == [(0, len(headline))]
