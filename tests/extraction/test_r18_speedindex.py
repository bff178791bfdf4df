"""Round 18 (speed, the name index): its faster paths give what the slower ones gave. Every line and name is invented."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.entities import GROUP_WORDS, NAME_BEFORE_GROUP_WORD, NameIndex


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
