"""Word tokens of the writer's text, with quotations folded into single QUOTE tokens.

Cue and speaker rules then never look inside a quotation ("I", "we", or a verb quoted from
someone else), and an entire quotation is one step away from the words around it.
"""

from __future__ import annotations

import re
import string

from .quotes import QuoteSpan

# Abbreviations read as one token with their period ("Gen.", "Sept."), in the pattern's order
ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Col", "Gen", "Lt", "Maj", "Capt", "Sgt", "Adm", "Sen", "Rep", "Gov", "Rev", "Cmdr", "Supt", "Insp",
                 "Det", "Brig", "Cpl", "Pvt", "Asst", "Atty", "Lieut", "St", "Jr", "Sr", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec")
# A word as TOKEN_RE's last but one branch reads it: "it's", "Jean-Luc", "AT&T", "$5", "50%", "e.g" (a word ends in a letter,
# a digit or "%": "e.g." is "e.g" and ".")
WORD_PATTERN = r"[\w@#$%](?:[\w'’\-&.@/%]*[\w%])?"
TOKEN_RE = re.compile(  # the look-aheads let most words skip the abbreviation branches at once
    r"(?=[A-Z][a-z]{0,4}\.)(?:" + "|".join(ABBREVIATIONS) + r")\."
    r"|(?=[A-Za-z]\.)(?:[A-Za-z]\.){2,}(?:-\w+)*"
    r"|[A-Z]\.(?=\s+[A-Z])"  # a middle initial: "Dana W. White"
    r"|(?=\d)\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])"  # "20,000", "1,100.50": one number
    r"|" + WORD_PATTERN +
    r"|\S"
)
# TOKEN_RE as _words scans with it: white space skipped inside the match (a position at a space would otherwise try every
# branch before moving on) and a plain word of ASCII letters, ended by nothing the last branch could go on with, taken
# first; the token is group 1, the same spans as TOKEN_RE finds (tests/extraction/test_r6b_perf3.py)
SCAN_RE = re.compile(r"\s*([A-Za-z]+(?![\w'’\-&.@/%])|" + TOKEN_RE.pattern + ")")
# SCAN_RE with its white space as a group of its own: the matches of a span follow each other without a gap, so
# findall's (space, token) pairs give every token's offsets by counting, with no match object made per token
# (its plain word's letters taken possessively: shorter, the word would end before a letter, which the look-ahead refuses)
SPACED_SCAN_RE = re.compile(r"(\s*)" + SCAN_RE.pattern[3:].replace("[A-Za-z]+(?!", "[A-Za-z]++(?!", 1))
QUOTE = "QUOTE"


class Token:
    """One word, punctuation mark or whole quotation. Its word tests are computed once: the
    frame rules read them hundreds of times per sentence."""

    __slots__ = ("text", "start", "end", "quote", "lower", "is_word", "is_capitalized")

    def __init__(self, text: str, start: int, end: int, quote: QuoteSpan | None = None):
        self.text = text
        self.start = start
        self.end = end
        self.quote = quote
        self.lower = text.lower()
        first = text[:1]
        self.is_word = quote is None and (first.isalnum() or first in "@#$")
        self.is_capitalized = quote is None and first.isupper()

    @property
    def is_quote(self) -> bool:
        return self.quote is not None

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


class _MadeToken(Token):
    """A Token whose fields the tokenizer sets itself (Token.__init__ inlined). ``_MadeToken()`` costs a few hundred
    instructions less than ``Token.__new__(Token)``, which parses its arguments through object.__new__'s wrapper: a
    tenth of a token's making, for the most numerous object of an article."""

    __slots__ = ()
    __init__ = object.__init__


def tokenize(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> list[Token]:
    """Tokens of ``text[start:end]``; each quotation (marks included) becomes one token."""
    tokens: list[Token] = []
    position = start
    for quote in quotes:
        quote_end = quote.close_mark + 1 if quote.close_mark is not None else quote.end
        if quote_end <= start or quote.open_mark >= end:
            continue
        _words(text, position, max(position, quote.open_mark), tokens)
        tokens.append(Token(QUOTE, quote.open_mark, quote_end, quote))
        position = max(position, quote_end)
    _words(text, position, end, tokens)
    return tokens


def _words(text: str, start: int, end: int, tokens: list[Token]) -> None:
    """The tokens SPACED_SCAN_RE finds in ``text[start:end]``. No token holds white space, so the text is cut at its spaces
    by ``str.split`` and the commonest pieces made into tokens without the pattern, whose every match costs more than
    the piece's token (tests/extraction/test_r8_speed_tok.py, test_r9_speed_tok.py): a word of ASCII letters (the
    pattern's first branch takes it whole), and such a word with a comma, period (no abbreviation's), colon, semicolon,
    "?" or "!" after it (the word, then the mark). Any other piece goes to _other_piece."""
    new = _MadeToken
    append = tokens.append
    position = start
    segment = text[start:end]
    ascii_only = segment.isascii()  # (most sentences: then no piece needs a test of its own)
    for piece in segment.split(" "):
        if piece.isalpha() and (ascii_only or piece.isascii()):
            # Token.__init__ inlined: this runs for most words of every sentence that may hold an attribution (the plain
            # word, most pieces, is made in a branch of its own: no mark to carry to the code after it, and none to test)
            token = new()
            token.text = piece
            token.start = position
            position += len(piece)
            token.end = position
            token.quote = None
            token.lower = piece.lower()
            token.is_word = True
            token.is_capitalized = piece < "a"  # (a word of ASCII letters sorts before "a" when it opens with a capital)
            append(token)
            position += 1
        elif not piece:
            position += 1  # (two spaces in a row, or one at either end)
        elif piece[-1] in MARKS_AFTER_WORDS and (word := piece[:-1]).isalpha() and (ascii_only or word.isascii()) and (
                piece[-1] != "." or len(word) > 1 and word not in _ABBREVIATION_SET):
            # the word, then the mark, both made here (the next commonest piece). ("A." is left to the pattern: a middle
            # initial before a capitalised word keeps its period.)
            token = new()
            token.text = word
            token.start = position
            position += len(word)
            token.end = position
            token.quote = None
            token.lower = word.lower()
            token.is_word = True
            token.is_capitalized = word < "a"
            append(token)
            token = new()
            token.text = token.lower = piece[-1]
            token.start = position
            position += 1
            token.end = position
            token.quote = None
            token.is_word = token.is_capitalized = False  # (no mark of MARKS_AFTER_WORDS is alphanumeric or a capital)
            append(token)
            position += 1
        else:
            _other_piece(text, piece, position, end, tokens)
            position += len(piece) + 1

MARKS_AFTER_WORDS = frozenset(",.:;?!")
_ABBREVIATION_SET = frozenset(ABBREVIATIONS)


def _other_piece(text: str, piece: str, position: int, end: int, tokens: list[Token]) -> None:
    """The tokens of a piece of text between spaces that is neither a plain word nor one before a mark; ``end`` is where
    the scan stops."""
    if piece[-1] == "." and piece[-2:-1].isupper() or not piece.isprintable():
        # a middle initial ending the piece ("W."), whose look-ahead reads the next piece, or a piece with white space
        # other than " " (or another character str.isprintable refuses) in it: the scan runs on to ``end`` as it
        # did over the whole text, and stops at the piece's end
        piece_end = position + len(piece)
        for match in SCAN_RE.finditer(text, position, end):
            if match.start(1) >= piece_end:
                break
            tokens.append(Token(match.group(1), match.start(1), match.end(1)))
    elif len(piece) == 1 or piece[-1] == "." and piece[:-1] in _ABBREVIATION_SET or (
            "." not in piece and "," not in piece and WHOLE_WORD.fullmatch(piece)):
        # one token, the piece whole: a lone mark ("-", "—", "&"), which TOKEN_RE's last branch takes (the piece is
        # printable: no white space); an abbreviation with its period ("Sen.", "Sept."), its first branch, the commonest
        # piece left to the scan before; one word, "it's", "Jean-Luc", "1990s": every branch before TOKEN_RE's word branch
        # needs a period or a comma, so that branch reads the piece whole (tests/extraction/test_r9_speed_tok.py,
        # test_r15_speedtok.py). Token.__init__ inlined, as in _scan: possessives come here, a tenth of the tokens.
        token = _MadeToken()
        token.text = piece
        token.start = position
        token.end = position + len(piece)
        token.quote = None
        token.lower = piece.lower()
        try:
            token.is_word, token.is_capitalized = _FIRST_FLAGS[piece[0]]
        except KeyError:
            token.is_word, token.is_capitalized = _first_flags(piece[0])
        tokens.append(token)
    else:
        _scan(text, position, position + len(piece), tokens)


WHOLE_WORD = re.compile(WORD_PATTERN)


def _scan(text: str, start: int, end: int, tokens: list[Token]) -> None:
    """The tokens SPACED_SCAN_RE finds in ``text[start:end]``."""
    new = _MadeToken
    append = tokens.append
    first_flags = _FIRST_FLAGS
    position = start
    for space, word in SPACED_SCAN_RE.findall(text, start, end):
        # Token.__init__ inlined for words (no quotation)
        token = new()
        token.text = word
        if space:
            position += len(space)
        token.start = position
        position += len(word)
        token.end = position
        token.quote = None
        token.lower = word.lower()
        try:
            token.is_word, token.is_capitalized = first_flags[word[0]]
        except KeyError:
            token.is_word, token.is_capitalized = _first_flags(word[0])
        append(token)


# a word's first character -> (is_word, is_capitalized), as Token computes them (ASCII letters and marks known at once)
_FIRST_FLAGS: dict[str, tuple[bool, bool]] = {c: (c.isalnum(), c.isupper()) for c in string.ascii_letters + ",.:;?!"}


def _first_flags(first: str) -> tuple[bool, bool]:
    flags = _FIRST_FLAGS[first] = (first.isalnum() or first in "@#$", first.isupper())
    return flags


DATELINE_DASHES = frozenset(("\u2014", "\u2013", "-"))


def after_dateline(tokens: list[Token], start: int, end: int, lowers: list[str] | None = None) -> int:
    """Where the story starts after "WASHINGTON —", "LONDON (Reuters) -" or "Washington (AFP) –": a
    place (capitalised, or in capitals) and an agency in brackets are not part of what is reported. ``lowers``, when
    given, holds the tokens' lower-case forms (SentenceFrames.lowers): the dash is then looked for among them in C."""
    if lowers is not None:
        if DATELINE_DASHES.isdisjoint(lowers[start + 1:min(end, start + 11)]):
            return start
    else:
        for token in tokens[start + 1:min(end, start + 11)]:
            if token.lower in DATELINE_DASHES:  # (a dash's lower-cased text is itself; the frame rules hash every token's anyway)
                break
        else:
            return start  # no dash: it ends a dateline of at most ten tokens, and most sentences hold none so close to their start
    x = start
    # "PARIS, Aug 31 (Reuters) -", "ORLANDO, Fla. (Reuters) -", "RANGOON, Burma -": a place in capitals and a comma
    # or bracket may go on with a state, a country or a date
    place = start + 1 < end and tokens[start].is_word and tokens[start].text.isupper() and len(tokens[start].text) > 1 and tokens[start + 1].text in (",", "(")
    while x < end and x - start < 10 and (tokens[x].text.isupper() or tokens[x].text in (",", "(", ")", ".") or tokens[x].is_capitalized and (
            x > start and tokens[x - 1].text == "(" or place or _agency_follows(tokens, x, end)) or place and tokens[x].text.isdigit()):
        x += 1
    if x > start and x < end and tokens[x].text in DATELINE_DASHES and any(t.text.isupper() and len(t.text) > 1 for t in tokens[start:x]):
        return x + 1
    return start


def after_headline(tokens: list[Token]) -> int:
    """Where a sentence starts after a headline in capitals run into it ("STORM CLOSES PORT The harbour master said ..."),
    as digests print them: two words or more in capitals, two of them long enough to be no acronym, then a capitalised
    word in lower case. 0 when the sentence opens with no such headline."""
    first = tokens[0].text if tokens else ""
    if len(first) < 2 or not first.isupper() or tokens[0].quote is not None:
        return 0  # (a quotation's token is written in capitals)
    x = long_words = 0
    while x < len(tokens) and tokens[x].quote is None and (
            tokens[x].text.isupper() and tokens[x].text.isalpha() or tokens[x].text.isdigit() or tokens[x].text in ("'", "’", ",", "-")):
        long_words += len(tokens[x].text) >= 4 and tokens[x].text.isalpha()
        x += 1
    if long_words >= 2 and x < len(tokens) and tokens[x].is_capitalized and tokens[x].is_word and not tokens[x].text.isupper():
        return x
    return 0


def _agency_follows(tokens: list[Token], x: int, end: int) -> bool:
    """"Washington (AFP)": a capitalised place is a dateline's only when an agency in capitals follows in brackets."""
    y = x
    while y < end and y - x < 4 and (tokens[y].is_capitalized or tokens[y].text == ","):
        y += 1
    return y + 2 < end and tokens[y].text == "(" and tokens[y + 1].text.isupper() and len(tokens[y + 1].text) > 1 and tokens[y + 2].text == ")"
