"""Round 8 speed fixes after the merge: each shortcut gives what the plain code it replaces gave."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.entities import NameIndex

# Sentences naming people who share a surname (or not), to build articles from.
NAMESAKE_SENTENCES = [
    "Rep. David Orme spoke in Dayton on Monday.", "His wife, Nina Orme, sat in the front row.", "Orme said the levy would pass.",
    "Mrs. Orme smiled.", "Mayor Dana Holt disagreed.", "Holt said it would fail.", "Senator Orme was not there.",
    'Juan "Chico" Orme of Oakland cheered.', "President Orme's aides left early.", "Dana Orme, a teacher, spoke last.",
    "Bill Holt runs the Holt Group.", "Orme's speech ran long.", "The crowd left.\n",
]


def _namesake(text: str, build_first: bool):
    names = NameIndex(text)
    if build_first:
        names.lookup("Orme", 0)  # (a look-up builds the index)
    found = [names.principal_namesake(word, at) for word, at in ((w, text.rfind(w)) for w in ("Orme", "Orme's", "Holt")) if at > 0]
    return [(k.position, k.name) if k is not None else None for k in found]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(NAMESAKE_SENTENCES), min_size=1, max_size=10))
def test_the_namesake_found_is_the_same_whether_or_not_the_index_was_built_before(sentences):
    text = " ".join(sentences)
    assert _namesake(text, build_first=True) == _namesake(text, build_first=False)


def test_the_surname_two_people_share_is_the_one_named_first_unless_the_paragraph_named_the_other():
    text = "Rep. David Orme spoke in Dayton. His wife, Nina Orme, sat in the front row.\nOrme said the levy would pass."
    for build_first in (True, False):
        assert _namesake(text, build_first) == [(0, "David Orme")]  # (the name known from the start of "Rep. David Orme")


def test_a_surname_one_person_holds_has_no_namesake():
    text = "Mayor Dana Holt spoke. Senator Holt was there. Holt said it would fail."
    for build_first in (True, False):
        assert _namesake(text, build_first) == [None]
