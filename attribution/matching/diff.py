"""Word-level differences between two wordings of the same claim."""

import difflib
import re
from dataclasses import dataclass

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class DiffPiece:
    op: str  # "equal" | "insert" | "delete"
    text: str


def _words(text):
    return _WORD.findall(text)


def _comparable(word):
    """Case, curly quotes and trailing punctuation do not make a wording differ."""
    word = word.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return word.strip(".,;:!?\"'()[]")


def word_diff(first, second):
    """How `second` differs from `first`, word by word: equal runs, words only `second`
    has ("insert") and words only `first` has ("delete"), in reading order."""
    a, b = _words(first), _words(second)
    matcher = difflib.SequenceMatcher(a=[_comparable(w) for w in a], b=[_comparable(w) for w in b], autojunk=False)
    pieces = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(DiffPiece("equal", " ".join(b[b0:b1])))
            continue
        if a1 > a0:
            pieces.append(DiffPiece("delete", " ".join(a[a0:a1])))
        if b1 > b0:
            pieces.append(DiffPiece("insert", " ".join(b[b0:b1])))
    return pieces


def wordings_differ(first, second):
    return any(piece.op != "equal" for piece in word_diff(first, second))
