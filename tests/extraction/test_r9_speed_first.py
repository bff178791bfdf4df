"""Round 9's first-pass speed work: a capitalised run is split into role words and a name on its words' texts, with no
Token made for them, and the split is the one the Token-based split gave."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.entities import _person_in_run, holds_role, whole_word_at
from attribution.extraction.names import (HONORIFICS, INITIALS, _describes_a_person, _first_name, is_acronym, is_org_word, is_role_word,
                                          middle_name_like_org, person_name_cut, split_person_name, strip_possessive)
from attribution.extraction.outlets import outlet_name
from attribution.extraction.resources import word_set
from attribution.extraction.tokens import Token

# Words of every kind the split tests: role words, titles, honorifics, organisation words, acronyms, initials, known
# first names, possessives, connectors, function words and plain surnames.
WORDS = st.lists(st.sampled_from([
    "Sen.", "Senator", "Rep.", "Gov.", "Secretary", "Director", "President", "Chairman", "Mr.", "Ms.", "Dr.", "Prime",
    "Minister", "State", "Department", "University", "Party", "Committee", "CBC", "FBI", "NASA", "G.K.", "A.", "T.",
    "Dana", "Peter", "Kathleen", "Larry", "Christine", "Hall", "Church", "King", "Judge", "Prince", "Holt", "Orme",
    "Wilson", "Florida's", "Tampa’s", "Byler's", "Voters'", "of", "the", "The", "And", "But", "Officers", "Street",
    "Associated", "Press", "Texas", "New", "York", "Todd", "Whitman",
]), max_size=7)


def old_split_person_name(run, preceded_by_connector):
    """split_person_name as it was before this round's change (kept here as the reference)."""
    cut = -1
    for index, token in enumerate(run):
        if is_role_word(token.text) or is_org_word(token.text) or is_acronym(token.text) and index < len(run) - 1 and not (
                index == len(run) - 2 and index > 0 and INITIALS.fullmatch(token.text)):
            cut = index
    if cut == len(run) - 1 and cut > 0 and run[cut - 1].text.lower().rstrip(".") in HONORIFICS:
        cut -= 1
    elif cut == len(run) - 1 and cut > 0:
        first = cut - 1
        while first > 0 and re.fullmatch(r"[A-Z]\.", run[first].text):
            first -= 1
        if _first_name(run[first].text):
            cut = max((i for i in range(first) if is_role_word(run[i].text) or is_org_word(run[i].text) or is_acronym(run[i].text)), default=-1)
    if middle_name_like_org(run):
        cut = -1
    for possessor in range(max(cut, 0), len(run) - 2):
        if run[possessor].text.endswith(("'s", "’s", "s'", "s’")):
            cut = possessor
    name = run[cut + 1:]
    prefix = run[: cut + 1]
    if cut < 0 and (len(name) >= 4 or preceded_by_connector and len(name) >= 3):
        keep = 3 if len(name) >= 3 and (re.fullmatch(r"[A-Z]\.", name[-2].text) or _first_name(name[-3].text)) else 2
        prefix, name = name[:-keep], name[-keep:]
    elif cut < 0 and len(name) == 3 and _first_name(name[-2].text) and _describes_a_person(name[-3].text):
        prefix, name = name[:-2], name[-2:]  # (round 14: "Democrat Hillary Clinton", a description before a known given name)
    if len(name) > 4:
        prefix, name = prefix + name[:-3], name[-3:]
    return prefix, name


def old_person_in_run(run, after_connector=False):
    """entities._person_in_run as it was before this round's change, Tokens and all (kept here as the reference)."""
    words = run.split()
    function_words = word_set("capitalized_function_words")
    while words and words[0].lower() in function_words:
        words.pop(0)
    connectors = [i for i, w in enumerate(words) if w in ("of", "the")]
    if connectors:
        cut = connectors[-1]
        before = words[cut - 1] if cut > 0 else ""
        words = words[cut + 1:]
        if before and words and len(words) >= 3 and is_role_word(before):
            first = next((i for i, w in enumerate(words[1:-1], 1) if w.lower() in word_set("male_first_names") or w.lower() in word_set("female_first_names")), 1)
            words = words[first:]
    if len(words) < 2 or outlet_name(" ".join(words)):
        return None
    if any(is_org_word(w) for w in words[-2:]) and not middle_name_like_org(words[-3:]) or is_acronym(words[-1]):
        return None
    last = strip_possessive(words[-1]).lower()
    if last.endswith("s") and last in word_set("unnamed_heads"):
        return None
    tokens = [Token(w, 0, 0) for w in words]
    prefix, name = old_split_person_name(tokens, after_connector)
    if len(name) < 2 or any(t.text.lower() in function_words or is_role_word(t.text) for t in name):
        return None
    names = [strip_possessive(t.text).rstrip(".") if i == len(name) - 1 else t.text for i, t in enumerate(name)]
    title = prefix[-1].text if prefix and prefix[-1].text.lower() in word_set("titles") else None
    role = " ".join(t.text for t in prefix if t is not None) or None
    if title and role == title:
        role = None
    return " ".join(names), role, title


@settings(max_examples=3000, deadline=None)
@given(WORDS, st.booleans())
def test_a_run_is_split_on_its_words_texts_as_it_was_on_its_tokens(words, connector):
    tokens = [Token(w, 0, 0) for w in words]
    old_prefix, old_name = old_split_person_name(tokens, connector)
    cut = person_name_cut(words, connector)
    assert (words[:cut], words[cut:]) == ([t.text for t in old_prefix], [t.text for t in old_name])
    prefix, name = split_person_name(tokens, connector)
    assert prefix == old_prefix and name == old_name


@settings(max_examples=3000, deadline=None)
@given(WORDS, st.sampled_from([" ", "  ", "\u00a0"]), st.booleans())
def test_a_person_is_read_from_a_run_as_the_token_based_reading_read_it(words, joiner, connector):
    run = joiner.join(words)
    assert _person_in_run.__wrapped__(run, connector) == old_person_in_run(run, connector)


def test_a_role_before_a_name_is_still_the_role():
    assert _person_in_run.__wrapped__("Prime Minister Dana Holt’s") == ("Dana Holt", "Prime Minister", None)
    assert _person_in_run.__wrapped__("Sen. Dana Holt") == ("Dana Holt", None, "Sen.")


def test_initials_before_a_surname_stay_in_the_name():
    assert person_name_cut(["CBC", "Chairman", "G.K.", "Orme"], False) == 2


# Letters, digits, "_", a superscript digit, accented and non-Latin letters, marks and white space: word characters and
# others on each side of a word.
SOME_TEXT = st.text(alphabet="ab_1² éЖ!.'’-()\n", max_size=20)


@settings(max_examples=4000, deadline=None)
@given(SOME_TEXT, SOME_TEXT.filter(bool))
def test_a_word_is_found_whole_where_the_pattern_with_its_boundaries_finds_it(text, word):
    match = re.search(r"\b" + re.escape(word) + r"\b", text)
    assert whole_word_at(text, word) == (match.start() if match is not None else -1)


@settings(max_examples=1000, deadline=None)
@given(SOME_TEXT, st.sampled_from(["ab", "a", "!", "(a)", "a.", "_", "1", "é!", "Ж"]))
def test_a_chosen_word_is_found_whole_where_the_pattern_finds_it(text, word):
    for around in (text, text + word, word + text, text + word + text, " " + word + "!"):
        match = re.search(r"\b" + re.escape(word) + r"\b", around)
        assert whole_word_at(around, word) == (match.start() if match is not None else -1)


def test_an_outlet_written_inside_a_longer_word_is_not_written():
    assert whole_word_at("the Globemail said", "Globe") == -1
    assert whole_word_at("Globemail and the Globe said", "Globe") == 18
    assert whole_word_at("Yahoo! said", "Yahoo!") == -1 and whole_word_at("Yahoo!s", "Yahoo!") == 0


def test_a_former_governor_still_does_not_hold_the_office():
    assert holds_role("the former state governor, a lawyer", "governor") is False
    assert holds_role("a lawyer, the state governor", "governor") is True
    assert holds_role("the governorship candidate", "governor") is False
