"""Round 9 speed work in engine.py, entities.py, cues.py and outlets.py: each shortcut gives the answer the longer way gave.
Sentences are invented."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.cues import (
    LIGHT_REPORT_WORDS, NOUNS_OF_SAYING, STANCE_NOUNS, cue_words, deciding_words, hint_words, may_attribute, statement_first_words,
)
from attribution.extraction.engine import extract
from attribution.extraction.entities import AFTER_CONNECTOR, CAPITALIZED_RUN, NameIndex
from attribution.extraction.model import Hop
from attribution.extraction.outlets import _alias_index, longest_known_outlet
from attribution.extraction.quotes import find_quotes
from attribution.extraction.tokens import tokenize


def test_every_word_may_attribute_looks_for_is_a_deciding_word():
    # may_attribute answers from the opening alone when a span holds no deciding word: every word set it consults must be in it
    consulted = hint_words() | cue_words() | statement_first_words() | NOUNS_OF_SAYING | frozenset(STANCE_NOUNS) | LIGHT_REPORT_WORDS | {"words"}
    assert consulted <= deciding_words()


def test_a_span_without_deciding_words_counts_only_for_its_opening():
    text = "To many voters, the levy is unfair. By the union's count, 400 jobs went. The depot closed in May."
    first_end = text.index(".") + 1
    assert may_attribute(text, 0, first_end)
    second_start = first_end + 1
    second_end = text.index(".", second_start) + 1
    assert may_attribute(text, second_start, second_end)
    assert not may_attribute(text, second_end + 1, len(text))
    assert not may_attribute(text, 3, 3)


def test_a_noun_of_saying_still_needs_its_pattern():
    text = "Holt's assertion that the depot would close came true. The assertion aged badly."
    assert may_attribute(text, 0, text.index(".") + 1)
    assert not may_attribute(text, text.index(".") + 2, len(text))


ALIAS_PIECES = sorted({piece for alias in list(_alias_index())[:400] for piece in alias.split(" ")})[:200]


def _longest_known_outlet_by_every_prefix(words):
    for size in range(min(6, len(words)), 0, -1):
        name = _alias_index().get(" ".join(words[:size]))
        if name:
            return size, name
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ALIAS_PIECES + ["the", "The", "Daily", "", "New York", "said", "Holt"]), max_size=7))
def test_a_known_outlet_is_found_as_by_trying_every_prefix(words):
    assert longest_known_outlet(words) == _longest_known_outlet_by_every_prefix(words)


def test_a_known_outlet_opening_with_a_word_that_opens_no_alias_is_none():
    alias = next(a for a in _alias_index() if " " in a)
    assert longest_known_outlet(alias.split(" ") + ["said"]) == _longest_known_outlet_by_every_prefix(alias.split(" ") + ["said"])
    assert longest_known_outlet(["Zqxv", *alias.split(" ")]) is None
    assert longest_known_outlet([]) is None


def test_a_name_index_reads_a_role_written_around_a_name_when_it_is_first_asked():
    text = ("Her nephew, Philip Lorne, said the bridge would stay shut. Dana Holt, the county sheriff, agreed.\n"
            "Later, retired teacher Alden Prewitt joined Tom Park at the depot.")
    index = NameIndex(text)
    index._build()
    roles = {known.name: known.role for known in index.in_order}
    assert roles == {"Philip Lorne": "nephew", "Dana Holt": "county sheriff", "Alden Prewitt": "teacher", "Tom Park": None}
    assert [known.role for known in index.in_order] == list(roles.values())  # read once, kept
    assert "'county sheriff'" in repr(index.in_order[1])


def test_a_connector_is_looked_for_only_where_its_words_are():
    text = "Secretary of State for Transport and Infrastructure Miriam Achebe-Lund spoke; Omar Reyes & Dana Holt left."
    index = NameIndex(text)
    for match in CAPITALIZED_RUN.finditer(text):
        start = match.start()
        assert index._after_connector(start) == (AFTER_CONNECTOR.search(text, max(0, start - 8), start) is not None)


def test_quotations_relayed_alike_share_equal_hops():
    text = ('"The depot will close," Dana Holt said on Monday.\n'
            '"We have no choice," Holt said.\n'
            'The union said the plan was unfair.')
    records = extract(text)
    assert len(records) == 3
    for record in records:
        assert all(type(hop) is Hop for hop in record.relay)
        assert record.relay[-1] == Hop(record.speaker.name, record.speaker.kind, record.cue)
    assert records[0].relay[-1] is records[1].relay[-1]


def test_a_quotation_token_is_never_a_word():
    # engine._indirect counts a report's words once and takes none to mean "nothing but quotations": a word is never one
    text = 'Holt called the plan "a tax on islanders" and said "no" twice, and then: "Never."'
    tokens = tokenize(text, 0, len(text), find_quotes(text, 0, len(text)))
    assert sum(t.quote is not None for t in tokens) == 3
    assert not any(t.is_word and t.quote is not None for t in tokens)
