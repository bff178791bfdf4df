"""Pairing quotation marks inside a paragraph.

Marks are paired by where they stand (an opening mark follows a space and precedes a word, a
closing mark follows a word), with the glyph only as a tie-breaker: real text mixes straight
and curly marks and sometimes closes with the wrong curly glyph. Odd counts never raise; a
paragraph that opens a quotation without closing it yields a span to the paragraph's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

DOUBLE_MARKS = frozenset('"“”„‟«»″〝〞＂')
OPENING_DOUBLE = frozenset("“„‟«〝")
CLOSING_DOUBLE = frozenset("”»〞")
SINGLE_OPEN = frozenset("‘'‚‹")
SINGLE_CLOSE = frozenset("’'›")
# Invisible formatting characters (bidi embeddings, zero-width spaces) count as spaces: pasted
# social-media posts carry them next to quotation marks.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"
OPEN_CONTEXT = frozenset(" \t\u00a0\u2009\u202f([{—–-/:;\u2014\u2013" + INVISIBLE)
CLOSE_FOLLOW = frozenset(" \t\u00a0\u2009\u202f)]}.,;:!?—–-/…\u2014\u2013" + INVISIBLE)
DOUBLE_MARK_RE = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]")
SINGLE_MARK_RE = re.compile("[" + re.escape("".join(sorted(SINGLE_OPEN | SINGLE_CLOSE))) + "]")
SINGLE_OPEN_RE = re.compile("[" + re.escape("".join(sorted(SINGLE_OPEN))) + "]")
# A name and a reporting verb closing a paragraph after ",", "." "?" or "!": the tag of a quotation whose
# closing mark is missing.
UNCLOSED_TAIL = re.compile(r"[,.?!] +(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey) (?:said|says|told \w+|added|wrote|explained)(?: [\w'’]+){0,5}\.?$")
# A single-quoted fragment longer than this is more likely a stray apostrophe pairing.
MAX_SINGLE_QUOTE_CHARS = 400


@dataclass
class QuoteSpan:
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the paragraph ends first
    start: int  # content start
    end: int  # content end (exclusive)
    double: bool
    continues_previous: bool = False  # reopens a quotation left open by the previous paragraph
    left_open: bool = False  # the paragraph ended before a closing mark


def _role(text: str, index: int, para_start: int, para_end: int) -> str:
    """'open', 'close' or 'either' from the characters around a mark."""
    before = text[index - 1] if index > para_start else " "
    after = text[index + 1] if index + 1 < para_end else " "
    opens = before in OPEN_CONTEXT or before in DOUBLE_MARKS or before in SINGLE_OPEN
    closes = after in CLOSE_FOLLOW or after in DOUBLE_MARKS or after in SINGLE_CLOSE
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def find_quotes(text: str, para_start: int, para_end: int) -> list[QuoteSpan]:
    """Quotations of one paragraph, in order. Single-quoted spans are only looked for outside
    double-quoted ones (where they are nested quotations, part of the outer quote)."""
    doubles = _pair_doubles(text, para_start, para_end)
    singles = _pair_singles(text, para_start, para_end, doubles)
    if not singles:
        return doubles  # paired in order already (most paragraphs have no single-quoted span)
    return sorted(doubles + singles, key=lambda q: q.open_mark)


@lru_cache(maxsize=1)
def _marks_in(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The double marks and the single opening marks that occur in the article at all: a paragraph is then looked
    through for those few with ``str.find`` (a scan in C), not by the patterns' character class, letter by letter."""
    return tuple(mark for mark in DOUBLE_MARKS if mark in text), tuple(mark for mark in SINGLE_OPEN if mark in text)


@lru_cache(maxsize=1)
def _single_marks_in(text: str) -> tuple[str, ...]:
    """The single marks, opening or closing, that occur in the article at all (what SINGLE_MARK_RE looks for)."""
    return tuple(mark for mark in SINGLE_OPEN | SINGLE_CLOSE if mark in text)


def _mark_positions(text: str, marks: tuple[str, ...], start: int, end: int) -> list[int]:
    """Where ``marks`` (one character each) stand in ``text[start:end]``, in order: what a pattern of their character class
    finds, each found by ``str.find`` (a scan in C) rather than by the pattern, letter by letter."""
    positions = []
    for mark in marks:
        index = text.find(mark, start, end)
        while index >= 0:
            positions.append(index)
            index = text.find(mark, index + 1, end)
    positions.sort()
    return positions


def _finds_any(text: str, marks: tuple[str, ...], start: int, end: int) -> bool:
    """Whether one of ``marks`` occurs in ``text[start:end]`` (a loop: any() over a generator costs more for so few)."""
    for mark in marks:
        if text.find(mark, start, end) >= 0:
            return True
    return False


def _pair_doubles(text: str, para_start: int, para_end: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    marks = _marks_in(text)[0]
    if not _finds_any(text, marks, para_start, para_end):
        return spans  # no double mark in the paragraph (most paragraphs)
    open_at: int | None = None
    outer: int | None = None  # an opening mark followed by a second one: stray, or the start of a quotation that nests one
    nested_close = False  # the mark just paired closed a quotation nested in ``outer``: the next mark closes ``outer``
    positions = _mark_positions(text, marks, para_start, para_end)  # (DOUBLE_MARK_RE's matches)
    for number, index in enumerate(positions):
        char = text[index]
        role = _role(text, index, para_start, para_end)
        if role == "either" and index == para_start:
            role = "open"  # '” … in the case of Iowa, the race is over,” wrote ...': a paragraph opens no quotation by closing one
        if role == "either":
            role = "open" if char in OPENING_DOUBLE else "close" if char in CLOSING_DOUBLE else None
            if role is None:
                role = "close" if open_at is not None else "open"
        if nested_close:
            nested_close = False
            if role == "close":
                open_at, outer = outer, None  # '“... even when “your team” is at fault.”': the outer quotation closes here
        if open_at is None:
            if role == "open":
                open_at = index
            continue
        if role == "close" or index > open_at + 1:
            if role == "open" and text[index - 1] not in " \u00a0":
                continue
            if role == "open":
                # Two openings in a row: the first was stray, or it opens a quotation that nests this one.
                outer = open_at
                open_at = index
                continue
            if outer is not None and number + 1 < len(positions) and (
                    positions[number + 1] == index + 1 or _role(text, positions[number + 1], para_start, para_end) == "close"):
                # ('... for using the “f word.””': the outer closing mark right after the inner one reads as either)
                nested_close = True  # two openings, then two closings: a quotation inside a quotation, part of it
                open_at = None
                continue
            if outer == para_start and number + 1 == len(positions) and text[index + 1:para_end].strip() and (
                    text[para_start:open_at].rstrip()[-1:] not in (",", ":")):
                # '"The board isn't about “fair play” any more. It is about power.' and the quotation goes on in the next
                # paragraph: the paragraph's opening mark is left open, the pair inside it is part of it (a pair that ends
                # the paragraph, or that a tag's comma opens, is a quotation of its own and the first mark was stray:
                # '"Absent a deal, he added, "this is how it ends."', '"Lee laughed it off by saying, “Only in May.” ...')
                open_at, outer = outer, None
                continue
            if outer is not None and number + 1 == len(positions) and text[para_start:outer].rstrip()[-1:] in (",", ":") and (
                    text[para_start:open_at].rstrip()[-1:] not in (",", ":")):
                # 'Lee continues, “In fact, the argument is weak: see a column titled “‘No Thanks.’ He wrote, ‘Never.’”': a tag's
                # comma opened the quotation, and the mark inside it opens a title or a quotation of its own, left unclosed
                open_at, outer = outer, None
            outer = None
            start = open_at + 1
            if open_at == para_start:
                while start < index and text[start] in " \u00a0":
                    start += 1  # '” … in the case ...': the space after a stray opening mark is not quoted
            spans.append(QuoteSpan(open_at, index, start, index, True))
            open_at = None
    if open_at is not None:
        end = para_end
        tail = UNCLOSED_TAIL.search(text, open_at + 1, para_end)
        if tail is not None:
            # '"We waited all year, Ann Lee said.': a quotation left unclosed before its own tag
            spans.append(QuoteSpan(open_at, None, open_at + 1, tail.start() + 1, True))
        elif end > open_at + 1:
            spans.append(QuoteSpan(open_at, None, open_at + 1, end, True, left_open=True))
    for span in spans:
        span.continues_previous = span.open_mark == para_start
    return spans


def unreopened_part(text: str, para_start: int, para_end: int) -> int | None:
    """A paragraph inside a quotation a paragraph before left open, when it is not reopened (a tweet's or a letter's lines
    set as paragraphs): where its words end if it holds no double mark (-1 then, the paragraph's end), or the offset of its
    one closing mark when that mark ends it; None when it has any other mark (its own quotation: the block is not one)."""
    marks = _marks_in(text)[0]
    if not _finds_any(text, marks, para_start, para_end):
        return -1
    last = para_end - 1
    while last > para_start and text[last] in " \u00a0":
        last -= 1
    if text[last] in DOUBLE_MARKS and not _finds_any(text, marks, para_start, last) and _role(text, last, para_start, last + 1) == "close":
        return last
    return None


def _pair_singles(text: str, para_start: int, para_end: int, doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    if not _finds_any(text, _marks_in(text)[1], para_start, para_end):  # (SINGLE_OPEN_RE finds none)
        # no mark that can open: nothing to pair (most paragraphs write their apostrophes as "’" only)
        return spans
    open_at: int | None = None
    covered = iter(doubles)
    current = next(covered, None)
    for index in _mark_positions(text, _single_marks_in(text), para_start, para_end):  # (SINGLE_MARK_RE's matches)
        char = text[index]
        while current is not None and (current.close_mark if current.close_mark is not None else para_end) < index:
            current = next(covered, None)
        if current is not None and current.open_mark <= index <= (current.close_mark or para_end):
            continue
        before = text[index - 1] if index > para_start else " "
        after = text[index + 1] if index + 1 < para_end else " "
        if char in SINGLE_OPEN and (before in OPEN_CONTEXT or before in DOUBLE_MARKS) and after.isalnum():
            open_at = index
        elif open_at is not None and char in SINGLE_CLOSE and not after.isalnum() and not before.isspace():
            if index - open_at <= MAX_SINGLE_QUOTE_CHARS:
                spans.append(QuoteSpan(open_at, index, open_at + 1, index, False))
            open_at = None
    return spans
