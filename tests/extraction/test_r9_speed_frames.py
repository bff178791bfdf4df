"""Round 9 speed work in frames.py: SentenceFrames.find scans a sentence once for SENTENCE_PASS_WORDS and its later
passes test that small set (``held``) instead of the sentence. A pass that tests ``held`` for a word outside
SENTENCE_PASS_WORDS would never fire: these tests fail when the set and the tests drift apart."""

import inspect
import io
import re
import tokenize

from attribution.extraction import extract, frames

SOURCE = inspect.getsource(frames.SentenceFrames)
HELD_SET_TEST = re.compile(r"\b([A-Z][A-Z_]*)(?:\.keys\(\))?\.isdisjoint\(held\)")
HELD_WORD_TEST = re.compile(r'"([^"]+)" in held\b')
# Every way the code may name ``held``: made once, handed to a helper, or tested with one of the two forms above.
HELD_USES = (
    re.compile(r"\bheld = SENTENCE_PASS_WORDS\.intersection\(lowers\)"),
    re.compile(r"\bheld: frozenset\[str\]"),
    re.compile(r"self\._held_without_subject_frame\(frames, starter_at, held\)"),
    HELD_SET_TEST,
    HELD_WORD_TEST,
)


def _code_lines_naming_held() -> list[str]:
    """The source lines where ``held`` is a name in the code (not in a docstring or a comment)."""
    lines = SOURCE.splitlines()
    found = []
    for token in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
        if token.type == tokenize.NAME and token.string == "held":
            found.append(lines[token.start[0] - 1])
    return found


def test_every_set_a_pass_tests_held_against_is_inside_the_sentence_pass_words():
    names = HELD_SET_TEST.findall(SOURCE)
    assert len(names) >= 10
    for name in names:
        words = getattr(frames, name)
        assert set(words) <= frames.SENTENCE_PASS_WORDS, f"{name} has words the scan of SENTENCE_PASS_WORDS never finds"


def test_every_word_a_pass_looks_for_in_held_is_a_sentence_pass_word():
    words = HELD_WORD_TEST.findall(SOURCE)
    assert {"view", "that", "which", ":", "who", "by"} <= set(words)
    assert set(words) <= frames.SENTENCE_PASS_WORDS


def test_held_is_named_only_in_the_forms_the_tests_above_check():
    lines = _code_lines_naming_held()
    assert lines
    for line in lines:
        uses = sum(len(pattern.findall(line)) for pattern in HELD_USES)
        names = len(re.findall(r"\bheld\b", re.sub(r"#.*", "", line)))
        assert uses == names, f"an unchecked use of held: {line.strip()}"


def test_a_poll_finding_and_a_relative_report_are_still_found():
    text = ("Most voters in the county back the levy, a new poll by the Ridgefield Institute found. "
            "The rules, which officials said will take effect in May, cover every district.")
    spans = [item.quote for item in extract(text)]
    assert any("back the levy" in quote for quote in spans)
    assert any("will take effect in May" in quote for quote in spans)
