"""Round 18's realignment by ``re``: the closing marks after a sentence's end that Punkt moves back to it are found by
the same pattern compiled by ``re`` (BOUNDARY_REALIGNMENT), with the same matches and the same sentence spans."""

from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer

from attribution.extraction.sentences import BOUNDARY_REALIGNMENT, _UntimedLanguageVars, punkt_tokenizer

# closing marks, white space of several kinds (\x1c is white space to ``re`` only, \x85 and \u2028 to both), a dash
# and letters
CHARACTERS = ['"', "'", ")", "]", "}", "\u2018", "\u2019", "\u201c", "\u201d", "\xab", "\xbb", " ", "\n", "\r", "\t",
              "\x1c", "\x1f", "\x85", "\u2028", "\xa0", "-", "a", "B", "."]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(CHARACTERS), max_size=8))
def test_the_realignment_compiled_by_re_matches_what_punkts_pattern_matches(characters):
    text = "".join(characters)
    punkts, ours = PunktLanguageVars.re_boundary_realignment.match(text), BOUNDARY_REALIGNMENT.match(text)
    assert (punkts is None) == (ours is None)
    if punkts is not None:
        assert (punkts.group(0), punkts.end()) == (ours.group(0), ours.end())


PARAGRAPHS = [
    'Dana Ferro left early. "We are done here," she said. "Nobody listens."',
    "The council met on Monday.\u201d The mayor\u2019s aide shrugged.\u2019 Then he left.",
    "Ivo Mertens asked: \u201cWhy now?\u201d He got no answer. (The vote was close.) It passed.",
    'It ended there."\x1c" Nobody said more.\') Not one word.\u00bb Later, a reply came.',
    'She said "enough."  "Really," he replied.\u2028"Yes." Done.',
]


def test_the_sentences_are_the_ones_punkt_finds_with_its_own_realignment():
    tokenizer = punkt_tokenizer()
    for paragraph in PARAGRAPHS:
        nltks = list(PunktSentenceTokenizer.span_tokenize(tokenizer, paragraph))
        assert tokenizer.span_tokenize(paragraph) == nltks


def test_it_realigns_closing_marks_without_the_regex_modules_pattern(monkeypatch):
    class Refusing:
        def match(self, text):
            raise AssertionError("realigned by the regex module")

    monkeypatch.setattr(_UntimedLanguageVars, "re_boundary_realignment", Refusing())
    paragraph = 'Dana Ferro left early. "We are done here," she said. "Nobody listens."'
    assert [paragraph[s:e] for s, e in punkt_tokenizer().span_tokenize(paragraph)] == [
        "Dana Ferro left early.", '"We are done here," she said.', '"Nobody listens."']
