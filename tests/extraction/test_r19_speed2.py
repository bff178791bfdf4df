"""Round 19 speed work (speed2): the fast paths agree with what they stand in for, on invented inputs.

- sentences._Tokenizer decides "J. Lew" and "2008. Among" (an initial or a number, its period, one space, a word)
  by Punkt's rules for initials and numbers, without Punkt's annotation passes; Punkt itself is the reference.
- It decides "Nov. 9," (a word, its period, one space, a number) and "Mr. Obama's" (a straight "'s" after the word) too.
"""

import random
import string

from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from attribution.extraction.sentences import ABBREVIATION_BEFORE_WORD, INITIAL_OR_NUMBER_BEFORE_WORD, NUMBER_AFTER_WORD, punkt_tokenizer

TOKENIZER = punkt_tokenizer()
PARAMS = TOKENIZER._params
FIRSTS = sorted(string.ascii_letters) + [str(n) for n in range(40)] + ["2008", "1990", "100", "007"]
# next words of every kind the rules weigh: frequent sentence starters, second words of known collocations (a letter's
# and a number's among them), words the model saw in lower or upper case, and words it never saw
NEXT_WORDS = sorted(
    {w for w in PARAMS.sent_starters if w.isascii() and w.isalpha()}
    | {second for _, second in PARAMS.collocations if second.isascii() and second.isalpha()}
    | set(random.Random(19).sample(sorted(k for k in PARAMS.ortho_context if k.isascii() and k.isalpha()), 400))
    | {"quenby", "zorblat", "marlowe", "x"})
CASES = st.sampled_from([str.lower, str.capitalize, str.upper])


def punkt_says(context: str) -> bool:
    """Punkt's own answer, without the fast paths or the remembered contexts."""
    return PunktSentenceTokenizer.text_contains_sentbreak(TOKENIZER, context)


def fast_path_says(context: str, tokenizer=TOKENIZER) -> bool:
    match = INITIAL_OR_NUMBER_BEFORE_WORD.fullmatch(context)
    assert match is not None
    return tokenizer._initial_or_number_break(*match.groups())


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(FIRSTS), st.sampled_from(NEXT_WORDS), CASES, st.booleans(), st.booleans())
def test_the_initial_and_number_fast_path_breaks_where_punkt_breaks(first, word, next_case, possessive, comma):
    context = f"{first}. {next_case(word)}" + ("'s" if possessive else "") + ("," if comma else "")
    assert fast_path_says(context) == punkt_says(context)


ABBREVIATIONS = sorted(a for a in PARAMS.abbrev_types if a.isascii() and ABBREVIATION_BEFORE_WORD.fullmatch(f"{a}. X"))


@settings(max_examples=2000, deadline=None)
@given(st.sampled_from(ABBREVIATIONS), CASES, st.sampled_from(NEXT_WORDS), CASES, st.booleans())
def test_the_abbreviation_fast_path_reads_a_possessive_as_punkt_does(abbreviation, case, word, next_case, comma):
    context = f"{case(abbreviation)}. {next_case(word)}'s{',' if comma else ''}"
    match = ABBREVIATION_BEFORE_WORD.fullmatch(context)
    assert TOKENIZER._abbreviation_break(match.group(1).lower(), match.group(2)) == punkt_says(context)


# words before a number: known abbreviations, first words of known collocations (some with a number), other words
WORDS_BEFORE_NUMBERS = ABBREVIATIONS + sorted(
    {first for first, _ in PARAMS.collocations if first.isascii() and first.isalpha()}
    | set(random.Random(9).sample(sorted(k for k in PARAMS.ortho_context if k.isascii() and k.isalpha()), 200))
    | set(string.ascii_lowercase))


def test_a_word_before_a_number_breaks_where_punkt_breaks():
    answers = set()
    for word in WORDS_BEFORE_NUMBERS:
        for case in (str.lower, str.capitalize, str.upper):
            for number in ("9", "19", "2016"):
                for after in ("", ",", "."):
                    context = f"{case(word)}. {number}{after}"
                    if NUMBER_AFTER_WORD.fullmatch(context) is None:
                        continue
                    TOKENIZER._seen.pop(context, None)
                    fast = TOKENIZER.text_contains_sentbreak(context)
                    assert fast == punkt_says(context), context
                    answers.add(fast)
    assert answers == {True, False}


def test_the_initial_and_number_fast_path_agrees_with_punkt_under_every_invented_model():
    """Invented models, one for each combination the rules weigh: the initial or number a known abbreviation or not, the
    two words a known collocation or not, the next word a frequent sentence starter or not, and each of the 256
    orthographic contexts Punkt may hold for it; every case of the next word, a comma after or not."""
    answers = set()
    for abbreviation in (False, True):
        for collocation in (False, True):
            for starter in (False, True):
                for orthography in range(256):
                    params = PunktParameters()
                    params.abbrev_types = {"q", "7"} if abbreviation else {"brel"}
                    params.collocations = {("q", "hux"), ("##number##", "hux")} if collocation else {("brel", "hux")}
                    params.sent_starters = {"hux"} if starter else {"galt"}
                    params.ortho_context["hux"] = orthography
                    tokenizer = type(TOKENIZER)(params, lang_vars=TOKENIZER._lang_vars, token_cls=TOKENIZER._Token)
                    for first in ("q", "Q", "7", "2008"):
                        for word in ("hux", "Hux", "HUX"):
                            for comma in ("", ","):
                                context = f"{first}. {word}{comma}"
                                fast = fast_path_says(context, tokenizer)
                                assert fast == tokenizer.text_contains_sentbreak(context)
                                assert fast == PunktSentenceTokenizer.text_contains_sentbreak(tokenizer, context), context
                                answers.add(fast)
    assert answers == {True, False}


def test_sentences_split_as_punkt_splits_them_after_an_initial_or_a_number():
    fresh = type(TOKENIZER)(PARAMS, lang_vars=TOKENIZER._lang_vars, token_cls=TOKENIZER._Token)
    for text in ("The memo went to Dana K. Holt and to Rob V. Lane. Neither answered.",
                 "Turnout rose in 2014. Among young voters it doubled, and in 1998. nobody counted.",
                 "He ranked No. 7. Still, the coach kept him on the team of 11. Fans cheered.",
                 "Plan B. Nobody liked it. Section 4. Subsection c. applies here.",
                 "It opened on Nov. 9, and by Aug. 12. Nobody came. Mr. Kohl's plan and Gen. Lane's failed."):
        assert fresh.span_tokenize(text) == list(PunktSentenceTokenizer.span_tokenize(TOKENIZER, text))
