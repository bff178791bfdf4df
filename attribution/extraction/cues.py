"""Reporting verbs (cues) from ``data/cues.json`` and the stance each one carries."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache

from .resources import load_json, word_set

STANCES = ("neutral", "assertive", "doubting", "conceding")


@dataclass(frozen=True)
class CueVerb:
    lemma: str
    stance: str
    bare: bool  # may take a clause without "that"
    bare_finite: bool = False  # ... only when a verb form shows it is a clause ("admitted he had lied")
    audience: bool = False  # takes a hearer object: "told reporters"
    partial_only: bool = False  # "called it 'unprovoked'": attributes a quoted fragment, never a clause
    content: bool = True  # may introduce reported content at all
    documents_only: bool = False  # "the report found that ...": a cue only when a document speaks
    belief: bool = False  # "X believes / wants / opposes ...": a belief or intention, not speech
    object: bool = False  # reports a noun phrase or to-infinitive too: "urged voters to ...", "endorsed Clinton"
    particles: tuple[str, ...] = ()  # what opens the reported part: "called for ...", "talked about ..."
    evidence: bool = False  # "polls show ...": a cue when data or a document speaks, never a person
    intention: bool = False  # "vowed to ...", "warned residents not to ...": its object is what the speaker wants done
    directive: bool = False  # "urged (voters to / that) ...": whatever it reports is what the speaker wants done
    target: bool = False  # "endorsed Clinton", "criticized the GOP for ...", "accused him of lying": an act aimed at someone


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, CueVerb]:
    forms: dict[str, CueVerb] = {}
    for lemma, entry in load_json("cues.json")["verbs"].items():
        verb = CueVerb(
            lemma=lemma,
            stance=entry["stance"],
            bare=bool(entry.get("bare", False)),
            bare_finite=entry.get("bare") == "finite",
            audience=entry.get("audience", False),
            partial_only=entry.get("partial_only", False),
            content=entry.get("content", True),
            documents_only=entry.get("documents_only", False),
            belief=entry.get("belief", False),
            object=entry.get("object", False),
            particles=tuple(entry.get("particles", ())),
            evidence=entry.get("evidence", False),
            intention=bool(entry.get("intention", False)),
            directive=entry.get("intention") == "always",
            target=entry.get("target", False),
        )
        for form in entry["forms"]:
            forms[form] = verb
    return forms


@lru_cache(maxsize=1)
def statement_phrases() -> tuple[tuple[str, ...], ...]:
    """Multi-word cues such as "issued a statement", as word tuples, longest first."""
    phrases = load_json("cues.json")["statement_phrases"]["phrases"]
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


@lru_cache(maxsize=1 << 16)  # pure, and the subject rules ask it of nearly every word they walk back over
def cue_verb(word: str) -> CueVerb | None:
    return cue_forms().get(word.lower())


def cue_stance(cue: str | None) -> str:
    """The stance a cue lends to what it reports: neutral (said), assertive (insisted),
    doubting (claimed) or conceding (admitted). Unknown or missing cues are neutral."""
    if not cue:
        return "neutral"
    for word in cue.lower().split():
        verb = cue_forms().get(word.strip(".,:;"))
        if verb is not None:
            return verb.stance
    return "neutral"


WORD_RE = re.compile(r"[A-Za-z]+")
# Every byte that is no ASCII letter, as a space: with non-ASCII characters encoded as "?" first, a span's letter runs
# are the words str.split() finds, as WORD_RE finds them, at a fraction of the regular expression's cost per character
_NOT_ASCII_LETTER_TO_SPACE = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


def ascii_words(text: str, start: int, end: int) -> list[str]:
    """``WORD_RE.findall(text, start, end)``: the runs of ASCII letters of the span, in order."""
    return text[start:end].encode("ascii", "replace").translate(_NOT_ASCII_LETTER_TO_SPACE).decode("ascii").split()

# Nouns of saying or thinking whose owner reports a "that" clause: "Trump's assertion that ...".
BELIEF_NOUNS = frozenset({"belief", "view", "hope", "fear", "expectation", "suspicion", "conviction", "wish", "desire", "worry"})
REPORT_NOUNS = frozenset({
    "assertion", "conclusion", "contention", "insistence", "argument", "claim", "statement", "warning", "suggestion", "assessment",
    "finding", "prediction", "promise", "pledge", "charge", "allegation", "accusation", "admission", "acknowledgment",
    "acknowledgement", "announcement", "explanation", "remark", "observation", "complaint", "boast", "denial", "testimony",
    "declaration", "reminder", "speculation", "theory", "estimate", "projection"}) | BELIEF_NOUNS
# Nouns of saying or thinking whose owner gives a clause after a copula or a colon: "Rubio's response was that ...", "Their
# fear is that ...", "Carrier's message: moving jobs south is ...", "His oft-stated goal is broad: ...".
COPULA_REPORT_NOUNS = REPORT_NOUNS | frozenset({"message", "point", "response", "answer", "reply", "goal", "aim", "advice", "position", "pitch",
                                                "plea", "verdict", "takeaway", "concern", "bet", "retort", "reasoning", "rationale", "case"})
POSSESSIVE_COPULA_RE = re.compile(r"(?:['’]s?|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts)\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(COPULA_REPORT_NOUNS))
                                  + r")(?::\s|\s+(?:is|was|remains|remained|has been)\s+(?:[a-z]+\s*)?(?::|that\b))")
# "The party's leaders sent Mr. Trump an unmistakable message: He is hurting the party.", "Republicans have two main
# questions: how ...": a noun of saying that the sentence's subject has, gives or makes, its words after a colon.
COLON_SAYING_NOUNS = frozenset({"message", "answer", "argument", "arguments", "question", "questions", "verdict", "warning", "advice", "prediction",
                                "plea", "request", "response", "reply", "explanation", "conclusion", "assessment", "pitch", "retort", "demand",
                                "demands", "suggestion", "epiphany", "realization", "recommendation", "observation", "complaint", "concern"})
COLON_SAYING_RE = re.compile(r"\b(?:" + "|".join(sorted(COLON_SAYING_NOUNS)) + r"):\s+[^\s\"“'‘]")
WORDS_OF_RE = re.compile(r"\b[Ii]n the words of\b")
# Nouns of a stance whose owner holds it towards what the preposition opens: "his support for the bill",
# "Murphy's opposition to the proposal", "their criticism of Trump", "HP's decision not to fund ...".
STANCE_NOUNS = {
    "support": ("for",), "opposition": ("to",), "criticism": ("of",), "criticisms": ("of",), "endorsement": ("of",),
    "attacks": ("on",), "praise": ("for", "of"), "rejection": ("of",), "condemnation": ("of",), "embrace": ("of",),
    "decision": ("to", "not"), "calls": ("for",),
}
POSSESSIVE_STANCE_RE = re.compile(r"(?:['’]s?|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(STANCE_NOUNS)) + r")\s+(?:for|to|of|on|not)\b")
# Nouns naming one who holds a stance, said of a subject by "be": "Ms. Hale is a fervent supporter of the plan", "he has been
# an outspoken critic of the war" (she supports it; he opposes it). The pattern only lets a sentence through to the frame rule.
STANCE_AGENT_NOUNS = frozenset({"supporter", "supporters", "proponent", "proponents", "critic", "critics", "defender", "defenders", "backer",
                                "backers", "opponent", "opponents"})
STANCE_AGENT_RE = re.compile(r"\b(?:is|was|are|were|been|remains|remained)\s+(?:[a-z-]+\s+){0,5}?(?:supporters?|proponents?|critics?|defenders?|backers?|opponents?)\s+of\b"
                             r"|['’]s\s+(?:been\s+)?(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:supporter|proponent|critic|defender|backer|opponent)\s+of\b")
POSSESSIVE_REPORT_RE = re.compile(r"(?:['’]s|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(REPORT_NOUNS)) + r")\b")
# "an admission from Elizabeth Warren that ...", "a demand, by Pelosi, that ...": a noun of saying, its named owner after it.
OWNED_REPORT_RE = re.compile(r"\b(?:" + "|".join(sorted(REPORT_NOUNS)) + r"),?\s+(?:by|from|of)\s+[A-Za-z][^.;:]{0,90}?\bthat\b")
# Plurals of those nouns, and "criticism", whose owner "from"/"by" names: "complaints from rivals that ...".
OWNED_REPORT_PLURALS = frozenset(noun + "s" for noun in REPORT_NOUNS if not noun.endswith(("s", "y"))) | {"criticism"}
# The plurals an owner's possessive may govern before "that" or "to": "budget hawks' warnings that ...", "his comments that ...",
# "Trump's vows to trash trade deals" (frames._possessive_report).
POSSESSIVE_REPORT_PLURALS = OWNED_REPORT_PLURALS - {"criticism"} | {"comments", "concerns", "vows"}
POSSESSIVE_PLURAL_RE = re.compile(r"(?:['’]s?|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(POSSESSIVE_REPORT_PLURALS)) + r")\s+(?:that|to)\b")
OWNED_PLURAL_RE = re.compile(r"\b(?:" + "|".join(sorted(OWNED_REPORT_PLURALS)) + r")\s+(?:by|from)\s+[A-Za-z][^.;:]{0,60}?\bthat\b")


@lru_cache(maxsize=1)
def hint_words() -> frozenset[str]:
    # Cues count only in lower case (see frames); "According to" opens sentences.
    return cue_words() | word_set("speech_nouns")


# Participles that lay out what a released document says ("released a statement highlighting ..."): frames.DOCUMENT_PARTICIPLES.
DOCUMENT_PARTICIPLE_HINTS = frozenset({"detailing", "documenting", "highlighting", "deploring", "spotlighting", "outlining", "decrying", "lamenting",
                                       "dissecting", "touting", "lambasting", "ripping", "mocking", "assailing", "chronicling", "listing",
                                       # participles that are no cue verbs of their own ("released ads targeting Lee on taxes",
                                       # "put out a statement contradicting his earlier comments", "an ad linking him to ...")
                                       "targeting", "contradicting", "hammering", "charging", "disavowing", "recounting", "promoting",
                                       "depicting", "linking", "tying", "faulting", "knocking", "bashing", "branding", "countering",
                                       "painting", "casting"})
# "made the suggestion that ...", "voiced confidence that ...": a light verb and a noun of saying or believing, then "that"
# (frames._light_verb_report); "continued to question whether ...": the verb "question", which as a word is mostly the noun.
LIGHT_VERBS = frozenset({"made", "makes", "make", "making", "gave", "gives", "giving", "raised", "raises", "raising", "voiced", "voices", "voicing",
                         "expressed", "expresses", "expressing", "offered", "offers", "offering", "repeated", "renewed", "leveled", "levelled"})
LIGHT_NOUNS = frozenset({"observation", "suggestion", "point", "assurance", "assurances", "concern", "concerns", "confidence", "commitment", "charge",
                         "charges", "argument", "case", "claim", "claims", "prediction", "promise", "pledge", "accusation", "accusations", "allegation",
                         "allegations", "warning", "guarantee", "assertion", "contention", "hope", "hopes", "fear", "fears", "worry", "worries",
                         "optimism", "doubt", "doubts"})
LIGHT_BELIEF_NOUNS = frozenset({"concern", "concerns", "confidence", "hope", "hopes", "fear", "fears", "worry", "worries", "optimism", "doubt", "doubts"})
LIGHT_REPORT_WORDS = LIGHT_VERBS | {"question"}
LIGHT_REPORT_RE = re.compile(r"\b(?:(?:" + "|".join(sorted(LIGHT_VERBS)) + r")\b(?:\s+[a-z]+){0,3}?\s+(?:" + "|".join(sorted(LIGHT_NOUNS))
                             + r")|to\s+question)\s+(?:that|whether|if|why|how|what)\b")

# "spoke about how the plant closed", "talks of why ...": verbs of talking that report only a clause after their
# particle (frames.SentenceFrames._frame_at); alone, or before a noun phrase, they name an occasion or a topic.
TALKING_FORMS = frozenset({"spoke", "speaks", "speak", "speaking", "talks", "talk"})
TALKING_PARTICLES = frozenset({"about", "of"})
TALKED_ABOUT_OPENERS = frozenset({"how", "why", "whether", "where"})  # (the particle reading takes no "what", "who", "when")
# (the noun phrase after "spoke about", "speaks of" is read as well: frames.TALKED_OF_FORMS, an adverb between at most)
TALKING_RE = re.compile(r"\b(?:(?:" + "|".join(sorted(TALKING_FORMS)) + r")\s+(?:" + "|".join(sorted(TALKING_PARTICLES)) + r")\s+(?:"
                        + "|".join(sorted(TALKED_ABOUT_OPENERS)) + r")\b|(?:spoke|speaks|talks|speaking)\s+(?:\w+ly\s+)?(?:about|of)\s)")

# "is sure that ...", "remained adamant that ...": states of mind that only "be" or a linking verb before them makes a
# belief cue (frames.SentenceFrames._frame_at); a sentence holding one is worth reading.
LINKED_BELIEF_ADJECTIVES = frozenset({"sure", "certain", "adamant", "aware"})
# Where one of them stands after "be" or a linking verb (past adverbs and a negation); only a span that holds one of them is
# scanned, and a span with "certain voters" or "make sure" alone is not read (frames._after_linking_verb decides the cue).
LINKED_BELIEF_RE = re.compile(r"\b(?:is|are|was|were|be|been|remain(?:s|ed)?|stay(?:s|ed)?|grew|bec[oa]mes?|feels?|felt)\s+"
                              r"(?:(?:not|never|still|so|very|quite|all|both|[a-z]+ly)\s+){0,2}(?:sure|certain|adamant|aware)\b")


def light_report_in(text: str, start: int, end: int, words) -> bool:
    """``LIGHT_REPORT_RE.search(text, start, end) is not None``. ``words``: the span's words, or those of deciding_words()
    it holds. A match opens with a light verb, a whole word of the span, or with "to question", left to the scan (its "to"
    is everywhere)."""
    if "question" in words:
        return LIGHT_REPORT_RE.search(text, start, end) is not None
    return search_at_words(LIGHT_REPORT_RE, text, start, end, LIGHT_VERBS.intersection(words))


def search_at_words(pattern: re.Pattern, text: str, start: int, end: int, openers: set[str]) -> bool:
    """``pattern.search(text, start, end) is not None`` for a pattern whose every match opens with \\b and one of
    ``openers``, a whole word of the span: the pattern is tried where those words stand, not at every position of a
    paragraph (tests/extraction/test_r14_speedt.py checks the two agree)."""
    for word in openers:
        at = text.find(word, start, end)
        while at >= 0:
            # (the opening \b as the scan reads it: nothing stands before the span's first character)
            if (at == start or not _is_word_character(text[at - 1])) and pattern.match(text, at, end) is not None:
                return True
            at = text.find(word, at + 1, end)
    return False


def _is_word_character(character: str) -> bool:
    """Whether ``re`` counts the character as \\w in a str pattern."""
    return character.isalnum() or character == "_"


# What a poll found, written with "in" ("In the poll, X leads", "X leads by nine points in a new poll").
POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "polling"})
# "Forbes lists him at $4.5 billion", "the agency lists the population as 21,090": what a list or a ranking states.
LISTING_VERBS = frozenset({"lists", "listed", "ranks", "ranked", "pegs", "pegged"})
# "To Ms. Gil, skateboarding is ...", "But to others, he is ...": a sentence opening with whose view it gives (frames._to_whom).
PERSPECTIVE_LEADS = ("To ", "But to ", "And to ", "By ", "But by ")
PERSPECTIVE_HOLDER_RE = re.compile(r"[A-Z][a-z]|(?:many|others|some|most|anyone|everyone|those)\b")
# "By the AP's tally, he has 739", "By some measures, ...": whose count or reckoning an opening "By" gives (frames._by_whose_measure).
MEASURE_NOUNS = frozenset({"tally", "count", "estimate", "estimates", "measure", "measures", "calculation", "calculations", "reckoning", "argument", "accounting"})
MEASURE_RE = re.compile(r"(?:[\w.’'&-]+ ){1,6}?(?:" + "|".join(sorted(MEASURE_NOUNS)) + r"),")


def perspective_opening(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with "To" (or "But to") and a holder, or with "By" and a count: a look at its first
    characters only, as the check runs on every span without a cue word (a sentence of such a kind inside a paragraph
    with no cue word at all is not read)."""
    # (one look for all the leads first: most spans opening with "T" or "B" open with "The", "This" or "But he")
    return text[start] in "TB" and text.startswith(PERSPECTIVE_LEADS, start) and any(
        text.startswith(lead, start) and _perspective_follows(text, start + len(lead), end, lead) for lead in PERSPECTIVE_LEADS)


def _perspective_follows(text: str, at: int, end: int, lead: str) -> bool:
    return (MEASURE_RE.match(text, at, end) if lead.endswith("y ") else PERSPECTIVE_HOLDER_RE.match(text, at, end)) is not None


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    # ("seen", "perceived": no cue verbs, but "was seen by some as ..." holds a view: frames.JUDGED_BY_FORMS)
    return frozenset(cue_forms()) | {"according", "According", "Asked", "written", "seen", "perceived"} | POLL_WORDS | LISTING_VERBS | DOCUMENT_PARTICIPLE_HINTS


# "cast herself as the heir", "named the city as the most dangerous" (frames.SentenceFrames._self_named): words that make a
# span worth reading only inside their pattern, a verb before a reflexive or a naming verb a few words before "as"
AS_NAMING_WORDS = ("named", "naming", "identified", "identifies", "identifying", "ranked", "ranks", "cast", "casts", "casting", "paint", "paints",
                   "painted", "painting", "portray", "portrays", "portrayed", "portraying", "present", "presents", "presented", "presenting", "pitch",
                   "pitches", "pitched", "pitching", "position", "positions", "positioned", "positioning", "depict", "depicts", "depicted", "depicting",
                   "remembered", "remembers", "referenced", "references", "referencing", "savaged", "savaging", "deride", "derides", "derided", "deriding",
                   "label", "labels", "labeled", "labelled", "labeling", "labelling", "brand", "brands", "branded", "branding", "bill", "bills",
                   "billed", "billing", "caricature", "caricatures", "caricatured", "caricaturing", "dismiss", "dismisses", "dismissed", "dismissing",
                   "denounce", "denounces", "denounced", "denouncing", "characterize", "characterizes", "characterized", "characterizing",
                   "describe", "describes", "described", "describing")
REFLEXIVE_WORDS = frozenset({"himself", "herself", "themselves"})
SELF_NAMING_WORDS = REFLEXIVE_WORDS | frozenset(AS_NAMING_WORDS)
AS_NAMING_RE = re.compile(r"\b(?:" + "|".join(AS_NAMING_WORDS) + r")\s[^.;:!?]{1,60}?\sas\b")


# "In a statement, ...", "Speaking at a news conference, ...": the only openings in which a noun
# of speech ("statement", "interview") makes a sentence worth reading without a cue (frames.speech_intro).
SPEECH_INTRO_WORDS = ("In", "in", "Speaking", "speaking", "Talking", "talking")
SPEECH_INTRO_RE = re.compile(r"(?:" + "|".join(SPEECH_INTRO_WORDS) + r")\b")


# Words that may stand between "a" and the noun of a statement phrase ("issued a brief statement").
STATEMENT_ADJECTIVES = frozenset({"brief", "short", "lengthy", "long", "written", "joint", "formal", "terse", "separate", "new", "second", "fresh"})


@lru_cache(maxsize=1)
def _statement_phrase_re() -> re.Pattern:
    """The multi-word cues ("issued a statement", "put it") as one pattern: their first words
    ("made", "put") are too common to mark a sentence worth reading on their own."""
    adjective = r"a(?:\s+[a-z]+)?"  # (any word: the frame reads only STATEMENT_ADJECTIVES there; a short pattern compiles fast)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(adjective if word == "a" else re.escape(word) for word in phrase) for phrase in statement_phrases()) + r")\b")


@lru_cache(maxsize=1)
def statement_first_words() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in statement_phrases())


@lru_cache(maxsize=1)
def deciding_words() -> frozenset[str]:
    """Every word may_attribute looks for among a span's words: the span's other words never change its answer."""
    return hint_words() | cue_words() | statement_first_words() | COPULA_REPORT_NOUNS | COLON_SAYING_NOUNS | OWNED_REPORT_PLURALS | POSSESSIVE_REPORT_PLURALS | frozenset(STANCE_NOUNS) | STANCE_AGENT_NOUNS | {"words"} | LIGHT_REPORT_WORDS | SELF_NAMING_WORDS | TALKING_FORMS | LINKED_BELIEF_ADJECTIVES


ASCII_LETTERS = frozenset(string.ascii_letters)


def words_in_span(text: str, start: int, end: int, candidates: frozenset[str] | set[str]) -> list[str]:
    """Those of ``candidates`` that ``WORD_RE.findall(text, start, end)`` returns: each found as a whole run of
    letters in the span. For the sentences of a paragraph whose words were read already: a few ``find`` calls
    for the paragraph's deciding words cost less than reading every word of each sentence again."""
    found = []
    for word in candidates:
        at = text.find(word, start, end)
        while at >= 0:
            after = at + len(word)
            if (at == start or text[at - 1] not in ASCII_LETTERS) and (after == end or text[after] not in ASCII_LETTERS):
                found.append(word)
                break
            at = text.find(word, at + 1, end)
    return found


NOUNS_OF_SAYING = REPORT_NOUNS | OWNED_REPORT_PLURALS | POSSESSIVE_REPORT_PLURALS | COPULA_REPORT_NOUNS | COLON_SAYING_NOUNS
NOUN_OF_SAYING_PATTERNS = ((REPORT_NOUNS, (POSSESSIVE_REPORT_RE, OWNED_REPORT_RE)), (OWNED_REPORT_PLURALS, (OWNED_PLURAL_RE,)),
                           (POSSESSIVE_REPORT_PLURALS, (POSSESSIVE_PLURAL_RE,)), (COPULA_REPORT_NOUNS, (POSSESSIVE_COPULA_RE,)),
                           (COLON_SAYING_NOUNS, (COLON_SAYING_RE,)))
# Those of the patterns whose every match opens with one of their own nouns, a whole word: tried where the nouns stand
NOUN_LED_PATTERNS = frozenset({OWNED_REPORT_RE, OWNED_PLURAL_RE, COLON_SAYING_RE})
AS_NAMING_SET = frozenset(AS_NAMING_WORDS)


COPULA_WORDS = frozenset({"is", "was", "remains", "remained", "been"})


def _noun_of_saying_pattern(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a pattern of a noun of saying matches, tried only where one of its own nouns is among the words (and, for
    the copula and colon patterns, a copula or a colon is there too: their nouns are common words)."""
    for nouns, patterns in NOUN_OF_SAYING_PATTERNS:
        if nouns.isdisjoint(words):
            continue
        if nouns is COPULA_REPORT_NOUNS and COPULA_WORDS.isdisjoint(words) and text.find(":", start, end) < 0:
            continue
        if nouns is COLON_SAYING_NOUNS and text.find(":", start, end) < 0:
            continue
        if nouns is POSSESSIVE_REPORT_PLURALS and not _before_that_or_to(text, start, end, nouns.intersection(words)):
            continue
        if any(search_at_words(pattern, text, start, end, nouns.intersection(words)) if pattern in NOUN_LED_PATTERNS else (
                pattern.search(text, start, end) is not None) for pattern in patterns):
            return True
    return False


def _before_that_or_to(text: str, start: int, end: int, nouns: set[str]) -> bool:
    """Whether one of ``nouns`` stands in the span with white space and a "t" after it, as every match of
    POSSESSIVE_PLURAL_RE ends ("comments that", "vows to"): most spans with such a plural have none, and then the
    pattern, which tries every position, need not scan them (tests/extraction/test_r14_speedt.py)."""
    return _noun_then_word(text, start, end, nouns, ("t",))


def _noun_then_word(text: str, start: int, end: int, nouns: set[str], openings: tuple[str, ...]) -> bool:
    """Whether one of ``nouns`` stands in the span with white space after it and then a word opening with one of
    ``openings``."""
    for noun in nouns:
        at = text.find(noun, start, end)
        while at >= 0:
            after = at + len(noun)
            while after < end and text[after].isspace():
                after += 1
            if after > at + len(noun) and text.startswith(openings, after, end):
                return True
            at = text.find(noun, at + 1, end)
    return False


def may_attribute(text: str, start: int, end: int, sentence: bool = False, words: list[str] | None = None) -> bool:
    """False when no word a frame can start from occurs in text[start:end]: such a sentence
    (without quotation marks) cannot hold an attribution, so the costly steps skip it. For one
    sentence (``sentence``), a noun of speech counts only in an opening such as "In a statement,".
    ``words``: the span's words when the caller has them already (``WORD_RE.findall``)."""
    if words is None:
        words = ascii_words(text, start, end)
    # (the words looked for in C first: the pattern is run only to see one of them end there)
    if sentence and (not text.startswith(SPEECH_INTRO_WORDS, start, end) or SPEECH_INTRO_RE.match(text, start, end) is None):
        hints = cue_words()
    else:
        hints = hint_words()
    if not hints.isdisjoint(words):
        return True
    if deciding_words().isdisjoint(words):
        # none of the words the checks below look for (deciding_words holds them all): only the opening "To"/"By" is left
        return start < end and perspective_opening(text, start, end)
    # A phrase's first word (plain letters) is one of the span's words wherever the phrase matches: most spans hold
    # none of them, and then the phrase pattern need not scan the span.
    return not statement_first_words().isdisjoint(words) and search_at_words(_statement_phrase_re(), text, start, end, statement_first_words().intersection(words)) or (
        # (one look for all the nouns of saying first, as most spans hold none; then each pattern where its own nouns are)
        not NOUNS_OF_SAYING.isdisjoint(words) and _noun_of_saying_pattern(text, start, end, words)) or (
        "words" in words and WORDS_OF_RE.search(text, start, end) is not None) or (
        # (every match of the stance pattern ends with its noun and "for", "to", "of", "on" or "not": most spans have none)
        not STANCE_NOUNS.keys().isdisjoint(words) and _noun_then_word(text, start, end, STANCE_NOUNS.keys() & words, ("f", "t", "o", "n")) and (
            POSSESSIVE_STANCE_RE.search(text, start, end) is not None)) or (
        start < end and perspective_opening(text, start, end)) or (
        not LIGHT_REPORT_WORDS.isdisjoint(words) and light_report_in(text, start, end, words)) or (
        not TALKING_FORMS.isdisjoint(words) and search_at_words(TALKING_RE, text, start, end, TALKING_FORMS.intersection(words))) or (
        not LINKED_BELIEF_ADJECTIVES.isdisjoint(words) and LINKED_BELIEF_RE.search(text, start, end) is not None) or (
        not STANCE_AGENT_NOUNS.isdisjoint(words) and STANCE_AGENT_RE.search(text, start, end) is not None) or (
        not SELF_NAMING_WORDS.isdisjoint(words) and (not REFLEXIVE_WORDS.isdisjoint(words) or search_at_words(AS_NAMING_RE, text, start, end, AS_NAMING_SET.intersection(words))))
