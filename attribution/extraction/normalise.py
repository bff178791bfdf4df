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

ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# ``...'' quotation marks of wire copy and TeX: two grave accents open, two apostrophes close.
WIRE_OPEN = "``"
WIRE_CLOSE = "''"
# Three apostrophes: a nested quotation's single mark beside the outer double one.
NESTED_CLOSE = "'''"
MARKUP = re.compile(ENTITY.pattern + "|``|'''|''")


def needs_work(text: str) -> bool:
    return ("&" in text and ENTITY.search(text) is not None) or WIRE_OPEN in text or WIRE_CLOSE in text


def decode(text: str) -> tuple[str, list[int] | None]:
    """(working text, offsets) where ``offsets[i]`` is where working character ``i`` starts in
    ``text`` (with one extra entry for the end); ``None`` when the text needs no work."""
    if not needs_work(text):
        return text, None
    wire = WIRE_OPEN in text
    parts: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in MARKUP.finditer(text):
        start, end = match.span()
        if start > position:
            parts.append(text[position:start])
            offsets.extend(range(position, start))
        raw = match.group()
        position = end
        if raw == NESTED_CLOSE:
            # before a word it opens a double and a single quotation; elsewhere it closes both
            if end < len(text) and text[end].isalnum():
                parts.append("\"'")
                offsets.extend((start, start + 2))
            else:
                parts.append("'\"")
                offsets.extend((start, start + 1))
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
        if replacement == raw:
            parts.append(raw)
            offsets.extend(range(start, end))
        else:
            parts.append(replacement)
            offsets.append(start)
    parts.append(text[position:])
    offsets.extend(range(position, len(text)))
    offsets.append(len(text))
    return "".join(parts), offsets


def span_back(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """A working-text span [start, end) as a span of the original text."""
    return offsets[start], offsets[max(start, end)]
