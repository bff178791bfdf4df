"""Round 18 (speed, the name index): its faster paths give what the slower ones gave. Every line and name is invented."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.entities import (GROUP_WORDS, NAME_BEFORE_GROUP_WORD, TYPOGRAPHIC_MARKS, NameIndex, _in_title_case,
                                             _title_case_lines, _word_shape, _WORD_SHAPES)


def names_before_group_words_by_seven_scans(text):
    """The index's former look for names before group words: a str.find pass over the text for each group word."""
    names = set()
    for word in GROUP_WORDS:
        at = text.find(word)
        while at >= 0:
            after = at + len(word)
            if at > 1 and text[at - 1] == " " and (after >= len(text) or not text[after].isalpha()):
                start = text.rfind(" ", max(0, at - 61), at - 1) + 1
                match = NAME_BEFORE_GROUP_WORD.search(text, max(0, at - 60), at) if "A" <= text[start] <= "Z" else None
                if match is not None:
                    names.add(match.group(1))
            at = text.find(word, after)
    return names


def names_before_group_words_from_runs(text):
    index = NameIndex(text)
    seen = []
    index._names_before_group_words = lambda at: seen.extend(NameIndex._names_before_group_words(index, at)) or ()
    index._build()
    return set(seen)


def title_case_lines_by_find(text):
    lines, start, size = [], 0, len(text)
    while start <= size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        if 20 <= end - start <= 200 and _in_title_case(text[start:end]):
            lines.append((start, end))
        start = end + 1
    return lines


def word_shape_by_taking_the_marks_out(line):
    if not line.isascii():
        line = line.replace("\u00a0", " ")
        rest = line
        for mark in TYPOGRAPHIC_MARKS:
            rest = rest.replace(mark, "")
        if not rest.isascii():
            return None
    return (" " + line).encode("utf-8").translate(_WORD_SHAPES)


GROUP_TEXTS = [
    "The Green Lives Count movement marched on Friday.",
    "Members of the Harbor Light Keepers group, and others, met.",
    "She joined Amber Fields Rising Now Today coalition's board.",  # five capitalised words: the last four are the name
    "Harbor Light Keepers groups met; Harbor Light Keepers grouping failed.",  # a longer word is no group word
    "Red Hill Tenants  organisation and Red Hill Tenants\u00a0network.",  # two spaces, a no-break space: no name
    "Red Hill Tenants organization",  # the text ends with the group word
    "Dana Holt Ames network said it would.",  # a person's first name (the index keeps the person)
    "Pine Creek Farmers Alliance Group Network activists rallied.",
    "U.S.Red Hill Tenants group and McRed Hill Tenants movement.",
    "Ocean Tide Watchers Are Marching Now movement\nOcean Tide Watchers group reports",
    "Ann Lee Vows Red Hill Tenants movement Will Win Back The Pier\nRed Hill Tenants movement",  # a headline in title case
    "the group of Stone Bridge Friends Of Rivers activists",
    "Stone Bridge Friends of the Rivers Lake network grew.",
]


def test_names_before_group_words_are_read_from_the_runs_as_the_seven_scans_found_them():
    for text in GROUP_TEXTS:
        assert names_before_group_words_from_runs(text) == names_before_group_words_by_seven_scans(text), text
    assert names_before_group_words_from_runs(GROUP_TEXTS[0]) == {"The Green Lives Count"}
    assert names_before_group_words_from_runs(GROUP_TEXTS[2]) == {"Fields Rising Now Today"}


def test_a_body_named_before_a_group_word_is_no_person_of_the_index():
    index = NameIndex("Members of the Coral Reef Keepers movement met. Coral Reef Keepers said it would sue.")
    index._build()
    assert "Coral Reef Keepers" in index._org_prefixes


GROUP_PIECES = st.lists(st.sampled_from(["Red", "Hill", "Tenants", "Of", "of", "the", "Ann", "U.S.", "Mc", "group", "movement", "groups",
                                         "network", "activists", "organisation", "said", "\n", ",", "'s"]), min_size=1, max_size=12)
GROUP_LINES = GROUP_PIECES.flatmap(lambda words: st.lists(st.sampled_from([" ", "  ", "\u00a0", "", "\n"]), min_size=len(words),
                                                          max_size=len(words)).map(lambda gaps: "".join(w + g for w, g in zip(words, gaps))))


@settings(max_examples=600, deadline=None)
@given(GROUP_LINES)
def test_any_text_gives_the_names_before_group_words_the_seven_scans_gave(text):
    assert names_before_group_words_from_runs(text) == names_before_group_words_by_seven_scans(text)


def test_title_case_lines_split_at_once_are_the_lines_found_one_by_one():
    texts = ["", "\n", "Mayor Ann Holt Vows New Quarry Fight\n", "Mayor Ann Holt Vows New Quarry Fight",
             "\n\nMayor Ann Holt Vows New Quarry Fight\n\nThe mayor said so.\n", "A B C D E F G H I J\n" + "Word " * 40 + "\n" + "Abc " * 50,
             "Ann Holt\rVows New Quarry Fight Now\u2028Again Soon\n"]
    for text in texts:
        assert _title_case_lines(text) == title_case_lines_by_find(text), text
    assert _title_case_lines(texts[2]) == [(0, 36)]


def test_a_line_shape_is_refused_for_a_letter_or_a_space_beyond_ascii_as_before():
    lines = ["Holt Vows Fight Levy", "Holt\u00a0Vows “Fight” Levy — Now…", "Holt Vows État Levy", "Holt\u2003Vows Fight Levy",
             "‘Holt’ Vows – Fight", "Holt Vows Fight \u00a0\u00a0Levy\u2009", "\u0080Holt Vows", "Holt\x7f Vows"]
    assert [_word_shape(line) for line in lines] == [word_shape_by_taking_the_marks_out(line) for line in lines]
    assert [_word_shape(line) is None for line in lines] == [False, False, True, True, False, True, True, False]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab z-\u00a0\u2003\u2009É\x7f\x80") + list(TYPOGRAPHIC_MARKS)), max_size=30))
def test_any_line_has_the_shape_it_had(line):
    assert _word_shape(line) == word_shape_by_taking_the_marks_out(line)
