"""A working copy of scraped text with markup residue undone, and the way back to its offsets.

Feeds and scrapers leave HTML character references in text (``&quot;``, ``&#8220;``,
``&#8217;``, ``&nbsp;``); old wire copy writes quotations as ````like this''``, and some papers'
archives as ``''like this''``, two apostrophes on both sides. The rules read the decoded copy;
every span found there is mapped back to the original text, so what the extractor returns is
always an exact slice of what it was given.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right

ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# ``...'' quotation marks of wire copy and TeX: two grave accents open, two apostrophes close.
WIRE_OPEN = "``"
WIRE_CLOSE = "''"
# Three apostrophes: a nested quotation's single mark beside the outer double one.
NESTED_CLOSE = "'''"
MARKUP = re.compile(ENTITY.pattern + "|``|'''|''")


def needs_work(text: str) -> bool:
    # ("`" looked for alone first: one character is found by a far faster scan than two, and few texts hold one)
    return ("&" in text and ENTITY.search(text) is not None) or "`" in text and WIRE_OPEN in text or WIRE_CLOSE in text


class Offsets:
    """``offsets[i]``: where working character ``i`` starts in the original text (``i`` = the working text's length: the
    original's end), as a list of those ints would give it. Kept as the starts of runs that map one character to one
    (the text between two pieces of markup, each replacement's characters), not one int per character: a decoded
    article would otherwise make an int for each of its characters."""

    __slots__ = ("_working_starts", "_original_starts", "_length")

    def __init__(self, working_starts: list[int], original_starts: list[int], length: int):
        self._working_starts = working_starts
        self._original_starts = original_starts
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> int:
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset out of range")
        run = bisect_right(self._working_starts, index) - 1
        return self._original_starts[run] + index - self._working_starts[run]


def decode(text: str) -> tuple[str, Offsets | None]:
    """(working text, offsets) where ``offsets[i]`` is where working character ``i`` starts in
    ``text`` (with one extra entry for the end); ``None`` when the text needs no work."""
    if not needs_work(text):
        return text, None
    wire = "`" in text and WIRE_OPEN in text
    parts: list[str] = []
    working_starts: list[int] = []  # a run of working characters starts here ...
    original_starts: list[int] = []  # ... and its first character here in ``text``
    length = 0  # of the working text so far
    position = 0
    # a text with no wire marks needs ENTITY alone, which sre scans for its "&" in a tight loop (MARKUP's three first
    # characters are a class, tested at each character)
    markup = MARKUP if WIRE_OPEN in text or WIRE_CLOSE in text else ENTITY
    for match in markup.finditer(text):
        start, end = match.span()
        if start > position:
            parts.append(text[position:start])
            working_starts.append(length)
            original_starts.append(position)
            length += start - position
        raw = match.group()
        position = end
        if raw == NESTED_CLOSE:
            # before a word it opens a double and a single quotation; elsewhere it closes both
            if end < len(text) and text[end].isalnum():
                parts.append("\"'")
                second = start + 2
            else:
                parts.append("'\"")
                second = start + 1
            working_starts.extend((length, length + 1))
            original_starts.extend((start, second))
            length += 2
            continue
        if raw == WIRE_OPEN:
            replacement = "“"
        elif raw == WIRE_CLOSE:
            # after ``: the closing mark; on both sides of a quotation: a straight double mark,
            # paired by where it stands like any other
            replacement = "”" if wire else '"'
        else:
            replacement = html.unescape(raw)
            if replacement == raw or len(replacement) != 1:
                replacement = raw  # unknown reference: keep it as written
        parts.append(replacement)
        working_starts.append(length)
        original_starts.append(start)
        length += len(replacement)  # (one character, or the reference kept as written, character for character)
    if position < len(text):
        parts.append(text[position:])
        working_starts.append(length)
        original_starts.append(position)
        length += len(text) - position
    working_starts.append(length)
    original_starts.append(len(text))  # (the extra entry for the end)
    return "".join(parts), Offsets(working_starts, original_starts, length + 1)


def span_back(offsets: Offsets, start: int, end: int) -> tuple[int, int]:
    """A working-text span [start, end) as a span of the original text."""
    return offsets[start], offsets[max(start, end)]
