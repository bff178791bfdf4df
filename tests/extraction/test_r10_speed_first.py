"""Round 10's first-pass speed work: the fast paths agree with the slow paths they stand in for, on invented inputs.

- sentences._Tokenizer decides "Sen. Marco" (a known abbreviation, its period, one space, a word) without Punkt's
  annotation passes; Punkt itself is the reference.
- outlets.outlet_name stops at the first word that cannot be an outlet's; the function as it was is the reference.
"""

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from attribution.extraction.outlets import _call_sign, known_outlet, outlet_name
from attribution.extraction.resources import word_set
from attribution.extraction.sentences import ABBREVIATION_BEFORE_WORD, punkt_tokenizer

TOKENIZER = punkt_tokenizer()
PARAMS = TOKENIZER._params
# (words of letters, and letters joined by periods: "sen", "u.s")
ABBREVIATIONS = sorted(a for a in PARAMS.abbrev_types if a.isascii() and ABBREVIATION_BEFORE_WORD.fullmatch(f"{a}. X"))
# next words of every kind the rules weigh: frequent sentence starters, second words of known collocations, words the
# model saw in lower or upper case, and words it never saw
NEXT_WORDS = sorted(
    {w for w in PARAMS.sent_starters if w.isascii() and w.isalpha()}
    | {second for _, second in PARAMS.collocations if second.isascii() and second.isalpha()}
    | set(random.Random(10).sample(sorted(k for k in PARAMS.ortho_context if k.isascii() and k.isalpha()), 400))
    | {"quenby", "zorblat", "marlowe", "x"})
CASES = st.sampled_from([str.lower, str.capitalize, str.upper])


def punkt_says(context: str) -> bool:
    """Punkt's own answer, without the fast paths or the remembered contexts."""
    return PunktSentenceTokenizer.text_contains_sentbreak(TOKENIZER, context)


def fast_path_says(context: str) -> bool:
    match = ABBREVIATION_BEFORE_WORD.fullmatch(context)
    assert match is not None and match.group(1).lower() in PARAMS.abbrev_types
    return TOKENIZER._abbreviation_break(match.group(1).lower(), match.group(2))


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(ABBREVIATIONS), CASES, st.sampled_from(NEXT_WORDS), CASES, st.booleans())
def test_the_abbreviation_fast_path_breaks_where_punkt_breaks(abbreviation, case, word, next_case, comma):
    context = f"{case(abbreviation)}. {next_case(word)}{',' if comma else ''}"
    assert fast_path_says(context) == punkt_says(context)


def test_the_abbreviation_fast_path_agrees_with_punkt_under_every_invented_model():
    """Invented models, one for each combination the rules weigh: the two words a known collocation or not, the next
    word a frequent sentence starter or not, and each of the 256 orthographic contexts Punkt may hold for it; every
    case of the two words, a comma after or not. Each rule of the fast path is needed for it to agree."""
    answers = set()
    for collocation in (False, True):
        for starter in (False, True):
            for orthography in range(256):
                params = PunktParameters()
                params.abbrev_types = {"brel", "cortu", "b.r"}
                params.collocations = {("brel", "hux"), ("b.r", "hux")} if collocation else {("cortu", "hux")}
                params.sent_starters = {"hux"} if starter else {"galt"}
                params.ortho_context["hux"] = orthography
                tokenizer = type(TOKENIZER)(params, lang_vars=TOKENIZER._lang_vars, token_cls=TOKENIZER._Token)
                for abbreviation in ("brel", "Brel", "BREL", "b.r", "B.R", "B.r"):
                    for word in ("hux", "Hux", "HUX"):
                        for comma in ("", ","):
                            context = f"{abbreviation}. {word}{comma}"
                            fast = tokenizer.text_contains_sentbreak(context)
                            assert fast == PunktSentenceTokenizer.text_contains_sentbreak(tokenizer, context), context
                            answers.add(fast)
    assert answers == {True, False}


def test_the_abbreviation_fast_path_gives_both_answers_as_punkt_does():
    answers = {}
    for abbreviation in ("sen", "gov", "col", "inc", "jan", "st", "mr", "u.s", "d.c"):
        for word in NEXT_WORDS[::7]:
            context = f"{abbreviation.capitalize()}. {word.capitalize()}"
            if ABBREVIATION_BEFORE_WORD.fullmatch(context) and abbreviation in PARAMS.abbrev_types:
                answers[context] = fast_path_says(context)
                assert answers[context] == punkt_says(context)
    assert True in answers.values() and False in answers.values()


def test_sentences_split_as_punkt_splits_them_after_an_abbreviation():
    fresh = type(TOKENIZER)(PARAMS, lang_vars=TOKENIZER._lang_vars, token_cls=TOKENIZER._Token)
    for text in ("Sen. Marco Ruiz spoke first. Then Gov. Dana Holt answered, and Col. Rob Lane left.",
                 "The firm is based in Reno, Nev. The mayor spoke for an hour.",
                 "It was filed on Jan. However, no one read it until Dec. Nobody knew.",
                 "She joined Acme Inc. Its shares fell. Ms. Vance said nothing."):
        assert fresh.span_tokenize(text) == list(PunktSentenceTokenizer.span_tokenize(TOKENIZER, text))


def old_outlet_name(phrase):
    """outlets.outlet_name as it was before this round's change (kept here as the reference)."""
    known = known_outlet(phrase)
    if known:
        return known
    words = phrase.split()
    if len(words) == 1 or len(words) == 2 and words[0] in ("the", "The"):
        return words[-1] if _call_sign(words[-1]) else None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("the", "of", "and", "&") for w in words):
        return None
    name = phrase[4:] if phrase.startswith(("the ", "The ")) and len(words) > 2 else phrase
    lowers = [w.lower() for w in words if w.lower() not in ("the",)]
    if words[-1].lower() in word_set("outlet_heads") or "-" in words[-1] and words[-1].rsplit("-", 1)[1].lower() in word_set("outlet_heads") and (
            words[-1][:1].isupper() and words[-1].rsplit("-", 1)[1][:1].isupper()):
        return phrase[4:] if phrase.startswith("the ") else phrase
    if lowers and lowers[0] in word_set("outlet_leads") and len(lowers) <= 3:
        return name
    if lowers[-1] in word_set("outlet_compound_heads") and any(w in word_set("outlet_compound_words") for w in lowers[:-1]):
        return name
    return None


OUTLET_WORDS = st.sampled_from([
    "the", "The", "of", "and", "&", "said", "Harlow", "Halden", "Star-Ledger", "Sun-Times", "Star-ledger", "Sun-TIMES",
    "News", "Gazette", "Herald", "Radio", "Nord", "Broadcasting", "Corporation", "Service", "Network", "Channel", "5",
    "KXRT-TV", "WXTN-FM", "CFRB-AM", "Reuters", "Associated", "Press", "Post", "Times", "Dana", "Holt", "officials",
])


@settings(max_examples=3000, deadline=None)
@given(st.lists(OUTLET_WORDS, min_size=1, max_size=6))
def test_outlet_name_reads_a_phrase_as_it_did(words):
    phrase = " ".join(words)
    assert answer(outlet_name.__wrapped__, phrase) == answer(old_outlet_name, phrase)


def answer(function, phrase):
    """The function's answer, or the error it raises (a phrase of articles only: both versions fail alike on it)."""
    try:
        return function(phrase)
    except IndexError as error:
        return repr(error)
