"""Whether two appearances report the same claim: word overlap, containment and speakers."""

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from attribution.matching import conflicts
from attribution.matching.quantities import quantities, quantities_within, shared_quantity, without_quantities
from attribution.matching.speakers import (
    named_near, named_nearby, one_poll, owner_named, respondent_group, same_speaker, speakers_compatible, text_around,
    weak_credit,
)
from attribution.matching.text import (
    ELLIPSIS_WORDS, FRAGMENT_MIN_WORDS, content_words, fold, in_order_share, negated_words, plain, quoted_fragments,
)


@dataclass(frozen=True)
class Thresholds:
    """How close the words must be. The values in use come from settings.CLAIM_MATCHING."""

    # Jaccard overlap of content words that makes a paraphrase, when the speakers are compatible.
    paraphrase: float = 0.7
    # Share of the shorter quote's content words found in the longer one (a partial or truncated quote).
    containment: float = 0.8
    # A direct quote this short is only "contained" when the extractor marked it as a partial quote.
    containment_min_words: int = 2
    # A direct quote is only "contained" (truncated) when it is clearly shorter: at most this share
    # of the longer quote's words. Two quotes of about the same length are compared as a whole.
    containment_max_ratio: float = 0.8
    # With different (or unknown) speakers only near-identical words join (the same words in the
    # same order, measured both ways), and only quotes of at least `near_identical_min_words` content words.
    near_identical: float = 0.85
    near_identical_min_words: int = 4
    # A short quote (at most this many content words, or a partial quote) joins a compatible
    # speaker's claim only within the same story: reports at most `story_days` apart. "Make
    # America great again" said in December and in April are two statements of one slogan.
    short_quote_words: int = 4
    story_days: int = 120

    @classmethod
    def from_settings(cls, mapping):
        names = cls.__dataclass_fields__
        return cls(**{name.lower(): value for name, value in mapping.items() if name.lower() in names})


@dataclass(frozen=True)
class Overlap:
    jaccard: float
    containment: float
    shorter_words: int
    length_ratio: float = 1.0  # the shorter quote's distinct words over the longer's


def overlap(words_a, words_b):
    a, b = set(words_a), set(words_b)
    if not a or not b:
        return Overlap(0.0, 0.0, 0, 0.0)
    shared = len(a & b)
    shorter, longer = sorted((len(a), len(b)))
    return Overlap(shared / len(a | b), shared / shorter, shorter, shorter / longer)


@dataclass(frozen=True)
class Decision:
    same: bool
    score: float
    speakers_compatible: bool
    jaccard: float = 0.0  # breaks ties between equal scores: the closer wording wins
    conflict: str = ""  # why two close wordings were kept apart: "negation", "number", "opposite"


@dataclass(frozen=True)
class Measures:
    """Everything `decide` needs about two appearances, whatever the thresholds."""

    compatible: bool
    overlap: Overlap
    shorter_partial: bool  # the shorter quote is marked as a partial quote
    sequence: float  # the same words in the same order, as a share of both quotes (symmetric)
    conflict: str = ""  # conflicts.conflict: the two say opposite things
    exact: bool | None = None  # for quotes of stop words only: the same wording or not
    in_order: float = 1.0  # share of the shorter quote's words found in the longer in the same order
    shared_fragment: bool = False  # a stretch one outlet quoted verbatim is in the other's words
    shared_fact: bool = False  # both state the same quantities of the same kind of event
    shared_denial: bool = False  # both deny the same thing ("no criminal charges" / "would not recommend charges")
    days_apart: int | None = None  # between the two reports, when both are dated
    # One is a stated belief or position (kind "belief"), the other a quotation.
    stance_and_quote: bool = False
    # Share of the shorter quote's own words (stop words included) found in order in the longer
    # one, when the longer is a quotation too: both then claim to be the speaker's exact words.
    verbatim: float = 1.0
    # Speakers not compatible, but one is named in the sentences around the other's quote: the
    # extractor may have credited one of them to the wrong person of its sentence.
    nearby: bool = False
    # The same, one way: the shorter quote's speaker is named around the fuller quote (or the
    # shorter one is credited only through a pronoun or a description, and the fuller one's
    # speaker is named around it), and the fuller quote is a statement, not a fragment itself.
    nearby_fuller: bool = False
    # The shorter wording lies inside a quotation the longer quote quotes (a quote within a quote).
    quoted_within: bool = False
    # The shorter quote is a partial quote of a word or two ("rigged", "political revolution")
    # and nothing else ties it to the other wording: the outlet's sentence around the fragment
    # shares none of the longer wording's other words (or, when both are that fragment alone,
    # none of the words around the other).
    bare_fragment: bool = False
    # Speakers not compatible, each one named around the other's quote as well as its own:
    # "X called Y 'unhinged'" in both reports, credited to X in one and to Y in the other.
    cross_named: bool = False
    # Both are quotations sharing a run of the same words in the same order that holds
    # SHARED_RUN_WORDS content words or more ("steady, experienced leadership").
    shared_run: bool = False
    # Speakers not compatible, both shares of poll respondents: two groups' answers (Democratic
    # and Republican voters saying the same of Wall Street) are two findings, however alike.
    other_groups: bool = False
    # Two paraphrases (neither quoted) of one voice: the share of the shorter one's content words
    # found in the other in any order, words of one sense counted as one (SAME_SENSE).
    paraphrase_contained: float = 0.0
    # Speakers not compatible, both described as a poll and not two named ones ("the survey",
    # "a new statewide poll"), at most POLL_DAYS apart, stating the same figures about the same
    # thing: one poll's finding as two outlets described the poll.
    one_poll_finding: bool = False
    # Two paraphrases (neither quoted) of one voice within PARAPHRASE_DAYS: how many terms they
    # share (content words, a name of several words as one term, words of one sense as one)
    # besides the speakers' names and the words of saying (REPORTED_IGNORED), and that as a share
    # of the shorter one's own; 0 when one states figures the other does not, or other figures.
    reported_shared: int = 0
    reported_share: float = 0.0


def measure(first, second, first_words=None, second_words=None):
    """Every measure of two appearances (Measures), whatever the thresholds: for choosing them."""
    pair = _Pair(first, second, first_words, second_words)
    return Measures(**{name: getattr(pair, name) for name in Measures.__dataclass_fields__})


class _Pair:
    """The measures of two appearances, each computed when `decide` first asks for it: most
    candidates are settled by their word overlap, before the costlier measures (conflicts,
    word order, quoted fragments) are needed. The values are those `measure` gives."""

    def __init__(self, first, second, first_words=None, second_words=None):
        first, second = _credited_to_owner(first, second), _credited_to_owner(second, first)
        self.first, self.second = first, second
        self.first_words = content_words(first.text) if first_words is None else first_words
        self.second_words = content_words(second.text) if second_words is None else second_words
        self.compatible = speakers_compatible(first, second)
        self.exact = None
        if not self.first_words or not self.second_words:
            # Only stop words ("We will."): nothing to compare but the exact wording.
            self.exact = bool(plain(first.text)) and plain(first.text) == plain(second.text)
            self.overlap = overlap((), ())
            self.shorter_partial = False
            self.sequence, self.conflict, self.in_order, self.verbatim = 0.0, "", 1.0, 1.0
            self.shared_fragment = self.shared_fact = self.shared_denial = False
            self.days_apart = None
            self.nearby = self.nearby_fuller = self.bare_fragment = self.other_groups = False
            self.cross_named = self.shared_run = False
            self.one_poll_finding = False
            self.paraphrase_contained = 0.0
            self._reported = (0, 0.0)
            return
        self.overlap = overlap(self.first_words, self.second_words)
        self._first_shorter = len(set(self.first_words)) <= len(set(self.second_words))
        self._shorter, self._longer = (first, second) if self._first_shorter else (second, first)
        self.shorter_partial = self._shorter.kind == "partial"
        self.days_apart = _days_apart(first, second)

    @cached_property
    def sequence(self):
        return SequenceMatcher(a=self.first_words, b=self.second_words, autojunk=False).ratio()

    @cached_property
    def conflict(self):
        if self.compatible and _windows_overlap(self.first, self.second, self.days_apart):
            # Two windows on one quotation: the words they share are the same words, and what lies
            # outside them is another part of the passage, not a denial of it.
            return ""
        return conflicts.conflict(self.first.text, self.second.text, self.first_words, self.second_words)

    @cached_property
    def in_order(self):
        short, long = (self.first_words, self.second_words) if self._first_shorter else (self.second_words, self.first_words)
        return in_order_share(short, long)

    @cached_property
    def verbatim(self):
        return _verbatim_share(self._shorter, self._longer, self.overlap)

    @cached_property
    def shared_fragment(self):
        return self.compatible and _fragment_shared(self.first, self.second)

    @cached_property
    def shared_fact(self):
        return self.one_voice and _fact_shared(self.first, self.second, self.first_words, self.second_words)

    @property
    def stance_and_quote(self):
        kinds = {self.first.kind, self.second.kind}
        return "belief" in kinds and bool(kinds & set(QUOTED_KINDS))

    @cached_property
    def one_voice(self):
        """Compatible speakers that are one voice for the same statement in other words: not a
        person and the body he belongs to or leads (a director's testimony and his agency's
        later statement share figures and words, but are two occasions), unless both are quotations."""
        if not self.compatible:
            return False
        kinds = {self.first.speaker.kind == "person", self.second.speaker.kind == "person"}
        if kinds != {True, False} or (self.first.kind in QUOTED_KINDS and self.second.kind in QUOTED_KINDS):
            return True
        person = self.first.speaker if self.first.speaker.kind == "person" else self.second.speaker
        # A spokesman's words are his organisation's statement.
        if any(_SPOKESMAN.search(name) for name in person.names):
            return True
        return same_speaker(self.first, self.second)

    @cached_property
    def cross_named(self):
        return self.nearby and named_near(self.first, self.second) and named_near(self.second, self.first)

    @cached_property
    def shared_run(self):
        return _run_shared(self.first, self.second, self.days_apart)

    @cached_property
    def other_groups(self):
        return not self.compatible and None not in (
            respondent_group(self.first.speaker), respondent_group(self.second.speaker)
        )

    @cached_property
    def nearby(self):
        return not self.compatible and named_nearby(self.first, self.second)

    @cached_property
    def paraphrase_contained(self):
        if not self.compatible or self.first.kind in QUOTED_KINDS or self.second.kind in QUOTED_KINDS:
            return 0.0
        return overlap(in_one_sense(self.first_words), in_one_sense(self.second_words)).containment

    @cached_property
    def _reported(self):
        return _reported_alike(self.first, self.second, self.days_apart)

    @property
    def reported_shared(self):
        return self._reported[0] if self.one_voice else 0

    @property
    def reported_share(self):
        return self._reported[1] if self.one_voice else 0.0

    @cached_property
    def one_poll_finding(self):
        return (
            not self.compatible
            and self.days_apart is not None and self.days_apart <= POLL_DAYS
            and one_poll(self.first, self.second)
            and (_figures_shared(self.first, self.second) or _figures_shared_around(self.first, self.second))
        )

    @cached_property
    def nearby_fuller(self):
        shorter, longer = self._shorter, self._longer
        return self.nearby and longer.kind != "partial" and (
            named_near(shorter, longer) or (weak_credit(shorter) and named_near(longer, shorter))
        )

    @cached_property
    def quoted_within(self):
        return _quoted_within(self._shorter, self._longer)

    @cached_property
    def bare_fragment(self):
        return _bare_fragment(self._shorter, self._longer, self.overlap)

    @cached_property
    def shared_denial(self):
        return self.one_voice and _denial_shared(self.first, self.second, self.first_words, self.second_words)


QUOTED_KINDS = ("direct", "partial")


def _credited_to_owner(appearance, other):
    """The appearance as the other's speaker's report when its paraphrase opens by naming that
    speaker as whose words they are (`speakers.owner_named`)."""
    if owner_named(appearance, other.speaker) and not same_speaker(appearance, other):
        return replace(appearance, speaker=other.speaker)
    return appearance
_SPOKESMAN = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|press secretary)\b")


def _verbatim_share(shorter, longer, found):
    """How much of the shorter quotation lies word for word in the longer quotation: "doing the
    right thing" is not a stretch of "I'm saying the right thing", nor "I strongly support" of
    "I am very strongly supportive", though their stemmed content words are. 1.0 when the longer
    is a paraphrase (its words are the outlet's) or when the content words already differ."""
    if longer.kind not in QUOTED_KINDS or shorter.kind not in QUOTED_KINDS or found.containment < 0.5:
        return 1.0
    return in_order_share(tuple(plain(shorter.text).split()), tuple(plain(longer.text).split()), ELLIPSIS_WORDS)


def _quoted_within(shorter, longer):
    """The shorter wording lies inside a quotation the longer quote itself quotes: 'When Ortega
    says ‘we will rebuild,’ he means ...' is its speaker quoting Ortega, and a quote within a
    quote belongs to its inner speaker: the outer statement is not the inner speaker's claim."""
    if longer.kind not in QUOTED_KINDS:
        return False
    shorter_words = set(content_words(shorter.text))
    if not shorter_words:
        return False
    return any(shorter_words <= set(content_words(fragment)) for fragment in quoted_fragments(longer.text))


# A partial quote of at most this many content words is a word or a stock phrase ("rigged",
# "political revolution"): inside a longer quote of its speaker it is that statement's fragment
# only when the outlet's sentence around it says what it is about in the statement's words.
BARE_FRAGMENT_WORDS = 2


def _bare_fragment(shorter, longer, found):
    """The shorter quote is a partial quote of BARE_FRAGMENT_WORDS content words or fewer and
    nothing but those words ties it to the other wording: the sentences around the fragment
    (the one before it and its own, the quoted words left out) share none of the longer
    wording's other words ("the committee ran a 'rigged' nomination process" and "It's a
    rigged, dirty system" share only the fragment; "called the attack 'unprovoked'" and "The
    attack on our partners was unprovoked" share "attack"). When both are that fragment quoted
    alone, their sentences share no word besides it. The speaker's name, and how and when it
    was said (TYING_IGNORED), tie nothing: they are in every report's sentence."""
    if shorter.kind != "partial" or (found.shorter_words > BARE_FRAGMENT_WORDS and not _names_a_thing(shorter)):
        return False
    if found.shorter_words > 1 and _names_a_remark(shorter):
        return False  # one word naming a remark ("his 'rigged' claims") names none in particular
    fragment = set(content_words(shorter.text))
    untied = fragment | TYING_IGNORED | speaker_name_words(shorter.speaker) | speaker_name_words(longer.speaker)
    around = set(content_words(text_around(shorter))) - untied
    others = set(content_words(longer.text)) - fragment
    if others:
        return not (around & others)
    if longer.kind != "partial":
        return False  # a quotation of just those words: the same quote
    return not (around & set(content_words(text_around(longer))))


# A quoted phrase in title case inside an outlet's plain sentence ("the usual campaign slogan,
# 'Make America Great Again'", "his book 'Crippled America'") names a slogan, a book or a show:
# however many words it has, it is tied to a statement only as a word or two is (`_bare_fragment`).
# Words this short ("of", "the", "a") may stay lower case in a title.
_TITLE_SMALL_WORD_LETTERS = 3
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _names_a_thing(fragment):
    """The partial quote is written in title case (every word longer than
    _TITLE_SMALL_WORD_LETTERS letters capitalised) while the sentence around it is not: a
    headline quoting a statement ("Ryan: 'No Place In A Campaign'") capitalises all its words."""
    words = [w for w in _LETTER_WORD.findall(fragment.text) if len(w) > _TITLE_SMALL_WORD_LETTERS]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    around = [w for w in _LETTER_WORD.findall(text_around(fragment)) if len(w) > _TITLE_SMALL_WORD_LETTERS]
    return any(w[0].islower() for w in around)


# Nouns that make a quoted fragment the name of one statement: Trump's "woman's card" remark.
_REMARK_NOUNS = frozenset(
    "remark remarks comment comments statement line quip jab claim tweet speech answer retort".split()
)
_FIRST_WORD = re.compile(r"^[\s\"'”’»,]*([A-Za-z]+)")


def _names_a_remark(fragment):
    """The outlet names a statement by the fragment: the word right after it is "remark",
    "comment", "line" and the like ('Quill's "filthy election" remark')."""
    found = _FIRST_WORD.match(fragment.context_after)
    return bool(found) and found.group(1).lower() in _REMARK_NOUNS


def speaker_name_words(speaker):
    """The content words of a named speaker's names (a description, "the valley senator", names
    nobody: its words may be what ties)."""
    if speaker is None or speaker.kind == "unnamed":
        return frozenset()
    return frozenset().union(*(content_words(name) for name in speaker.names))


# Words that tie nothing: how and when something was said is in every report's sentence (the
# verbs of saying and naming, the occasions, the days). "Trump called the system 'rigged' in a
# tweet" and "argued in interviews and tweets that the committee ran a 'rigged' process" share
# only that. (A helper verb is kept: 'he would "absolutely" require' and "I would certainly
# implement that, absolutely" share the statement's frame.)
TYING_IGNORED = frozenset(
    content_words(
        """say says said saying tell tells told telling add adds added call calls called calling
        describe describes described describing term termed dub dubbed label labeled labelled
        argue argues argued claim claims claimed insist insisted warn warned note noted write
        wrote written tweet tweets tweeted twitter post posted interview interviews statement
        statements speech speeches rally rallies remark remarks comment comments also earlier
        later monday tuesday wednesday thursday friday saturday sunday"""
    )
)


def _fragments(appearance):
    """What the outlet quoted verbatim: a partial quote's own words, and the quoted stretches
    inside a longer span."""
    found = list(quoted_fragments(appearance.text))
    if appearance.kind == "partial" and len(content_words(appearance.text)) >= FRAGMENT_MIN_WORDS:
        found.append(plain(appearance.text))
    return found


# A shared quoted fragment this long is a statement's own words; a shorter one ("do the right
# thing", "extremely careless") also needs a word in common outside it, so an idiom a speaker
# uses twice does not make two statements one.
FRAGMENT_ALONE_WORDS = 3


# A quoted stretch this long may differ from the other outlet's copy by a word ("our country" /
# "this country") and still be the same words: FRAGMENT_COPY_SHARE of them in order.
FRAGMENT_COPY_WORDS = 8
FRAGMENT_COPY_SHARE = 0.85


def _quoted_in(fragment, other_plain):
    if f" {fragment} " in f" {other_plain} ":
        return True
    fragment_words = fragment.split()
    return len(fragment_words) >= FRAGMENT_COPY_WORDS and (
        in_order_share(tuple(fragment_words), tuple(other_plain.split()), ELLIPSIS_WORDS) >= FRAGMENT_COPY_SHARE
    )


def _fragment_shared(first, second):
    for one, other in ((first, second), (second, first)):
        other_plain = plain(other.text)
        for fragment in _fragments(one):
            if not _quoted_in(fragment, other_plain):
                continue
            fragment_words = set(content_words(fragment))
            if len(fragment_words) >= FRAGMENT_ALONE_WORDS:
                return True
            if "not" in fragment_words and one.kind not in QUOTED_KINDS and other.kind == "direct":
                # A paraphrase quoting a denial word for word ('he was "not ready" to back
                # her') and a quotation of that voice with those words: what one voice denies
                # in one story, in its own words, it denies in one statement (as _denial_shared).
                return True
            outside = (set(content_words(one.text)) & set(content_words(other.text))) - fragment_words
            if outside:
                return True
    return False


# A fragment one outlet quoted of a statement and another outlet's quotation of it ("calm,
# steady, experienced leadership" and "that's why steady, experienced leadership is so
# important"): one speaker's two quotations, one of them partial, reported at most
# SHARED_RUN_DAYS apart, sharing one run of the same words in the same order that holds
# SHARED_RUN_WORDS distinct content words or more and SHARED_RUN_SHARE of the fragment's own.
# Words of names ("the Affordable Care Act") are left out: a named thing is in many of one
# speaker's statements. Weeks apart it may be a stump line said again; and two full quotes that
# open alike ("The coalition will continue to work with its partners to ...") and go on to say
# two things are two statements.
SHARED_RUN_WORDS = 3
SHARED_RUN_SHARE = 0.7
SHARED_RUN_DAYS = 7
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’]*")


def _run_shared(first, second, days_apart):
    if first.kind not in QUOTED_KINDS or second.kind not in QUOTED_KINDS:
        return False
    if "partial" not in (first.kind, second.kind):
        return _windows_overlap(first, second, days_apart)
    if days_apart is not None and days_apart > SHARED_RUN_DAYS:
        return False
    first_plain, second_plain, run = _longest_run(first, second)
    if run.size < SHARED_RUN_WORDS:
        return False
    shared = _run_content(first, second, first_plain, run)
    fragment = first if first.kind == "partial" else second
    own = set(content_words(fragment.text)) - _named_words(first, second)
    return len(shared) >= SHARED_RUN_WORDS and len(shared) >= SHARED_RUN_SHARE * len(own)


# Two outlets quoting one passage often cut it in different places: one quotes up to a point,
# the other from a few words before it on ("... is the one thing you don't do, is engage in a land
# war" / "you don't do is engage in a land war, because ..."). Two full quotations of one voice,
# SHARED_RUN_DAYS apart at most, where the end of one is the start of the other, word for word over
# WINDOW_RUN_WORDS words or more holding SHARED_RUN_WORDS content words (names aside), are two
# windows on one quotation. A stump line said twice is a whole sentence in both, not where one
# quote stops and the other starts.
WINDOW_RUN_WORDS = 6


def _windows_overlap(first, second, days_apart):
    if first.kind != "direct" or second.kind != "direct":
        return False
    if days_apart is None or days_apart > SHARED_RUN_DAYS:
        return False
    first_plain, second_plain = plain(first.text).split(), plain(second.text).split()
    for ending, opening in ((first, second), (second, first)):
        ending_plain, opening_plain = (first_plain, second_plain) if ending is first else (second_plain, first_plain)
        size = _edge_overlap(ending_plain, opening_plain)
        if not size:
            continue
        start = len(ending_plain) - size
        if _whole_sentence(ending.text, start, size) and _whole_sentence(opening.text, 0, size):
            continue
        shared = set(content_words(" ".join(opening_plain[:size]))) - _named_words(first, second)
        if len(shared) >= SHARED_RUN_WORDS:
            return True
    return False


def _edge_overlap(ending, opening):
    """How many words (WINDOW_RUN_WORDS or more) end `ending` and open `opening`, neither whole
    (one inside the other is a truncated quote); 0 when none. A plain substring test first."""
    head = opening[:WINDOW_RUN_WORDS]
    if len(head) < WINDOW_RUN_WORDS or f" {' '.join(head)} " not in f" {' '.join(ending[1:])} ":
        return 0
    for start in range(1, len(ending) - WINDOW_RUN_WORDS + 1):
        size = len(ending) - start
        if size < len(opening) and ending[start:] == opening[:size]:
            return size
    return 0


_SENTENCE_END_BEFORE = re.compile(r"[.!?][\"')\s]*$")
# (a quotation's last sentence may end in the comma before its tag: '"... in winter," she said')
_SENTENCE_END_AFTER = re.compile(r"^[\"')\s]*(?:[.!?]|,?[\"')\s]*$)")
_PLAIN_WORD = re.compile(r"\w+")  # a word as `plain` counts them


def _whole_sentence(text, first_word, words):
    """The run of `words` words from the `first_word`-th (as `plain` counts them) is a sentence of
    the text of its own: it opens the text (not after an ellipsis) or follows a sentence's end,
    and it ends the text or a sentence."""
    folded = fold(text)
    spans = [found.span() for found in _PLAIN_WORD.finditer(folded)]
    start, end = spans[first_word][0], spans[first_word + words - 1][1]
    before = folded[:start]
    opens = (not before.strip(" \"'") and "." not in before and "…" not in before) or _SENTENCE_END_BEFORE.search(before)
    return bool(opens) and bool(_SENTENCE_END_AFTER.match(folded[end:]))


def _longest_run(first, second):
    first_plain, second_plain = plain(first.text).split(), plain(second.text).split()
    run = SequenceMatcher(a=first_plain, b=second_plain, autojunk=False).find_longest_match(
        0, len(first_plain), 0, len(second_plain)
    )
    return first_plain, second_plain, run


def _named_words(first, second):
    return set(content_words(" ".join(_CAPITALISED.findall(f"{first.text} {second.text}"))))


def _run_content(first, second, first_plain, run):
    """The content words of the shared run, words of names aside."""
    return set(content_words(" ".join(first_plain[run.a:run.a + run.size]))) - _named_words(first, second)


FACT_CONTEXT_WORDS = 3

# One poll is reported within days of its release; a poll weeks later is another poll.
POLL_DAYS = 7
# Figures a poll's finding must state alike in both reports: "46 percent to 44 percent".
POLL_FIGURES = 2


def _figures_shared_around(first, second):
    """Neither wording states a poll's figures (POLL_FIGURES shares), both share
    FACT_CONTEXT_WORDS content words, and the article's text right around each (the sentences
    before and after the finding) states the same POLL_FIGURES shares or more: "Rivera and Stone
    are neck and neck in Ohio" and "Rivera and Stone are locked in a tight race in Ohio", each
    followed by "48 percent to 47 percent"."""
    if len(_shares(first.text)) >= POLL_FIGURES or len(_shares(second.text)) >= POLL_FIGURES:
        return False
    common = set(content_words(first.text)) & set(content_words(second.text))
    if len(common) < FACT_CONTEXT_WORDS:
        return False
    around = [_shares(f"{one.context_before} … {one.text} … {one.context_after}") for one in (first, second)]
    return len({q for q in around[0] if any(q.agrees(other) for other in around[1])}) >= POLL_FIGURES


def _shares(text):
    """The exact figures of a text that may be a poll's shares: above 1 and at most 100 (a year,
    a count of delegates or the word "one" says nothing of a finding)."""
    return [q for q in quantities(text) if not q.vague and 1 < q.low and q.high <= 100]


def _figures_shared(first, second):
    """Both state the same exact figures (at least POLL_FIGURES, every one agreeing with one of
    the other's) and FACT_CONTEXT_WORDS content words in common besides them."""
    stated = quantities(first.text), quantities(second.text)
    if min(len(found) for found in stated) < POLL_FIGURES or any(q.vague for found in stated for q in found):
        return False
    if not shared_quantity(first.text, second.text):
        return False
    common = set(content_words(without_quantities(first.text))) & set(content_words(without_quantities(second.text)))
    return len(common) >= FACT_CONTEXT_WORDS


def _fact_shared(first, second, first_words, second_words):
    """Both state the same quantities ("more than 100" / "about 100": hedges aside) about the
    same kind of event: a content word in common besides the figures' own words, or words of
    one meaning ("killed" / "died", conflicts.OPPOSITES sides). Amounts stated by their order of
    magnitude ("thousands of messages" / "several thousand emails"), or a paraphrase leaving out
    one of the figures the fuller report gives ("not among the 30,000"), tell less: then
    FACT_CONTEXT_WORDS words in common besides the figures."""
    exact = shared_quantity(first.text, second.text) and not any(
        quantity.vague for quantity in (*quantities(first.text), *quantities(second.text))
    )
    if not exact and not quantities_within(first.text, second.text):
        return False
    first_set = set(content_words(without_quantities(first.text)))
    second_set = set(content_words(without_quantities(second.text)))
    if not exact:
        return len(first_set & second_set) >= FACT_CONTEXT_WORDS
    return bool(first_set & second_set) or conflicts.same_sense(first_set, second_set)


# What a negation of thought or speech denies says little about the statement: "I don't think"
# and "I don't know" open many statements of one speaker.
# Nor does "matter": "no matter how" concedes, and "it doesn't matter" opens statements of any kind.
DENIAL_IGNORED = frozenset(
    content_words("think know believe want say said see mean care like expect remember recall understand sure way thing matter")
)


# One shared denied word is not enough on its own ("hadn't spoken on stage" / "doesn't plan to
# stage a debate"): two, or one and DENIAL_CONTEXT_WORDS other content words in common.
DENIAL_CONTEXT_WORDS = 2


def _denial_shared(first, second, first_words, second_words):
    """Both wordings deny the same thing: "no criminal charges be filed against her" and "she
    should face no criminal charges", "he would not recommend charges against Clinton over her
    classified information" and "no charges against Mrs. Clinton over classified information".
    What one voice denies in one story, in the same words, it denies in one statement. Words of
    names are left out, as for a shared run: one voice names the same thing in many statements
    ("there is no place for bigots in the Tea Party movement" / "we take no issue with the Tea
    Party movement")."""
    first_denied, second_denied = negated_words(first.text), negated_words(second.text)
    if not first_denied or not second_denied:
        return False
    ignored = DENIAL_IGNORED | _named_words(first, second)
    denied = (frozenset().union(*first_denied) & frozenset().union(*second_denied)) - ignored
    if len(denied) >= 2:
        return True
    others = (set(first_words) & set(second_words)) - denied - {"not"} - ignored
    return bool(denied) and len(others) >= DENIAL_CONTEXT_WORDS


def _days_apart(first, second):
    if first.published is None or second.published is None:
        return None
    return abs((first.published - second.published).days)


def decide(measures, thresholds):
    """Whether two appearances with these measures report the same claim under `thresholds`.

    Opposite statements never do. With compatible speakers a paraphrase, or a partial or clearly
    shorter (truncated) quote contained in the other, is enough; with different or unknown
    speakers only near-identical words join, measured over both quotes, so a shorter quote
    inside a longer one by another speaker does not.
    """
    m = measures
    if m.exact is not None:
        return Decision(m.exact, 1.0 if m.exact else 0.0, m.compatible, 1.0 if m.exact else 0.0)
    decision = _joined(m, thresholds)
    # Opposite statements never join, however close their words (asked last: only close
    # wordings need it).
    if decision.same and m.conflict:
        return Decision(False, 0.0, m.compatible, m.overlap.jaccard, m.conflict)
    return decision


def _joined(m, thresholds):
    """`decide` before conflicts: the measures asked for in order of cost, each only when needed."""
    found = m.overlap
    if m.compatible:
        may_contain = m.shorter_partial or (
            found.shorter_words >= thresholds.containment_min_words
            and found.length_ratio <= thresholds.containment_max_ratio
        )
        # A truncated or partial quote is a stretch of the fuller one: its words in order, and
        # word for word when both are quotations.
        contained = 0.0
        if may_contain and found.containment >= thresholds.containment:
            contained = min(found.containment, m.in_order, m.verbatim)
        # Two outlets paraphrasing one statement within days order its clauses as they like ("women
        # who seek abortions should be punished if ..." / "if abortion were illegal, women who go
        # through with it should be punished") and may pick a synonym ("a ban on" / "barring"):
        # for paraphrases of PARAPHRASE_MIN_WORDS content words or more, the words count in any order.
        if (
            contained < thresholds.containment
            and may_contain and found.shorter_words >= PARAPHRASE_MIN_WORDS
            and m.days_apart is not None and m.days_apart <= PARAPHRASE_DAYS
            and m.paraphrase_contained >= thresholds.containment
        ):
            contained = m.paraphrase_contained
        same_story = m.days_apart is None or m.days_apart <= thresholds.story_days
        short = m.shorter_partial or found.shorter_words <= thresholds.short_quote_words
        if short and not same_story:
            return Decision(False, found.jaccard, True, found.jaccard)
        # A stated belief or position ("he wants to build a wall") and a quotation weeks apart
        # are two occasions of one stance, however alike their words.
        if m.stance_and_quote and m.days_apart is not None and m.days_apart > PARAPHRASE_DAYS:
            return Decision(False, found.jaccard, True, found.jaccard)
        # A word or two quoted alone is that statement's only with something else in common.
        if m.shorter_partial and m.bare_fragment:
            return Decision(False, found.jaccard, True, found.jaccard)
        if found.jaccard >= thresholds.paraphrase:
            if may_contain and not contained:  # the score takes the containment when it is there
                contained = min(found.containment, m.in_order, m.verbatim)
            return Decision(True, max(found.jaccard, contained), True, found.jaccard)
        if contained >= thresholds.containment:
            return Decision(True, contained, True, found.jaccard)
        # The same words quoted verbatim inside two paraphrases, the same figures about the same
        # event, or the same denial, by one voice within one story: one statement reported in two ways.
        if same_story and (m.shared_fragment or m.shared_fact or m.shared_denial or m.shared_run):
            return Decision(True, max(found.jaccard, thresholds.containment), True, found.jaccard)
        # Two outlets' own words for one statement of one voice within days: each rewords it
        # ("the port will shut for repairs in May, she said" / "she announced a May shutdown of the
        # port for repairs"), so their overlap is low, but the statement's own terms survive.
        if m.reported_shared >= REPORTED_MIN_SHARED and m.reported_share > REPORTED_SHARE:
            return Decision(True, m.reported_share, True, found.jaccard)
        return Decision(False, found.jaccard, True, found.jaccard)
    # Two groups of one poll's respondents answer alike in alike words: only a long run of
    # the same words in the same order is one finding reported with two groups (a misreading).
    if m.other_groups:
        joined = found.shorter_words >= GROUPS_SAME_WORDS and m.sequence >= thresholds.near_identical
        return Decision(joined, m.sequence, False, found.jaccard)
    # One poll described in two ways ("the survey" / "a new statewide poll"), the same figures
    # about the same thing within days: one finding. Two named polls never are.
    if m.one_poll_finding:
        return Decision(True, max(found.jaccard, thresholds.containment), False, found.jaccard)
    # Asked only of close wordings: reading the sentences around both quotes costs more. A
    # speaker named around the other's quote never makes the two harder to join than two
    # speakers named nowhere near: the near-identical rule below still applies.
    if found.containment >= thresholds.containment and m.nearby:
        decision = _joined_word_for_word(m, thresholds)
        if decision.same:
            return decision
    # Short stock phrases ("We will not back down") are said by many people: too few words to
    # tell one claim credited to two speakers from two speakers saying the same thing. A partial
    # quote is a fragment an outlet chose to quote: credited to two speakers, it is a phrase
    # both used ("make America great again"), not one claim.
    if found.shorter_words < thresholds.near_identical_min_words or m.shorter_partial:
        return Decision(False, found.jaccard, False, found.jaccard)
    # Near-identical means the same words in the same order, not a reshuffled paraphrase, and
    # not a shorter quote inside a longer one: that is a truncation only when the speaker is the same.
    return Decision(m.sequence >= thresholds.near_identical, m.sequence, False, found.jaccard)


NEARBY_STRETCH_MIN_WORDS = 2

# Two paraphrases of one voice, PARAPHRASE_DAYS apart at most, whose shorter one holds this many
# content words or more: its words found in the other in any order make one statement.
PARAPHRASE_MIN_WORDS = 5
PARAPHRASE_DAYS = 7

# Words reporters use for one another when they word one statement in their own words: a
# proposal to "ban" or to "bar", to "step down" or to "resign". General news vocabulary of
# office, elections, attacks and reporting, written by hand (each line one sense; a phrase is
# written with "_" between its words). Only between paraphrases of one voice (PARAPHRASE_DAYS).
# Not "left" (a side in politics), nor words with a common other sense ("fire", "charge", "bill").
SAME_SENSE = (
    "ban bans banned banning bar bars barred barring prohibit prohibits prohibited prohibiting",
    "resign resigns resigned resigning resignation quit quits quitting leave leaves leaving "
    "step_down steps_down stepped_down stepping_down",
    "withdraw withdraws withdrew withdrawn withdrawal drop_out drops_out dropped_out dropping_out "
    "pull_out pulls_out pulled_out pulling_out",
    "attack attacks attacked attacking assail assails assailed slam slams slammed slamming "
    "blast blasts blasted lash_out lashes_out lashed_out criticize criticizes criticized criticise "
    "criticises criticised criticism bash bashes bashed",
    "condemn condemns condemned condemnation denounce denounces denounced decry decries decried",
    "praise praises praised laud lauds lauded commend commends commended",
    "accuse accuses accused accusation allege alleges alleged allegation",
    "endorse endorses endorsed endorsement",
    "oppose opposes opposed opposition",
    "nominee nominees nomination nominations nominate nominates nominated",
    "candidate candidates candidacy",
    "election elections electoral",
    "victory victories win wins winning",
    "defeat defeats defeated beat beats beaten",
    "lead leads leading ahead",
    "poll polls polled survey surveys surveyed",
    "promise promises promised pledge pledges pledged vow vows vowed",
    "proposal proposals propose proposes proposed",
    "investigation investigations investigate investigates investigated probe probes inquiry",
    "legislation law laws",
    "corrupt corruption crooked",
    "choose chooses chose chosen pick picks picked select selects selected",
    "announce announces announced unveil unveils unveiled",
    "immigrant immigrants migrant migrants",
)
_SENSE = {
    stem: group[0]
    for group in (tuple(dict.fromkeys(w for surface in line.split() for w in content_words(surface))) for line in SAME_SENSE)
    for stem in group
}
# The phrases of SAME_SENSE as written in a text ("stepped  down"), read as one word; looked for
# only in a text holding one of their last words (" down", " out").
_SENSE_PHRASES = tuple(surface for line in SAME_SENSE for surface in line.split() if "_" in surface)
_SENSE_PHRASE = re.compile(r"(?i)\b(?:%s)\b" % "|".join(surface.replace("_", r"\s+") for surface in _SENSE_PHRASES))
_SENSE_PHRASE_ENDS = tuple(sorted({" " + surface.rsplit("_", 1)[1] for surface in _SENSE_PHRASES}))


def _phrases_joined(text):
    lowered = text.lower()
    if not any(end in lowered for end in _SENSE_PHRASE_ENDS):
        return text
    return _SENSE_PHRASE.sub(lambda found: "_".join(found.group().split()), text)


# Two paraphrases of one voice reported at most PARAPHRASE_DAYS apart are one statement when they
# share REPORTED_MIN_SHARED terms or more besides the speaker's names and the words of saying (a
# topic shares one or two: "the Affordable Care Act", "every vote"), and those are more than
# REPORTED_SHARE of the shorter one's own: most of what one report says is in the other. At
# half, the other half is often what makes it another statement: a later denial of what was
# said ("had never suggested a database"), or a remark about the claim ("a story about his claim"). A name of several words is one term ("Wall Street", "United States":
# one thing, named in many of a voice's statements, and "Islamic State" is not "United States").
# Figures must agree: a count one report gives and the other does not is another finding of the
# same voice (a news agency's tallies day by day).
REPORTED_MIN_SHARED = 3
REPORTED_SHARE = 0.5
# Helper verbs of reported speech: "he would leave" reports "I will leave" (and "will" is a stop word).
# In an outlet's own words "post" is as often the office a speaker holds ("resign her post") as
# where he wrote: it is a term of the statement there.
REPORTED_IGNORED = (TYING_IGNORED - frozenset(content_words("post"))) | frozenset(content_words("would could might must may"))
_NAME_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’.]*(?:[ \t]+[A-Z][\w'’.]*)+")


@lru_cache(maxsize=20_000)
def _terms(text):
    """The content words of a text with each run of capitalised words (a name) as one term.
    Cached: the same stored paraphrases are compared again and again."""
    names = []

    def named(match):
        words = content_words(match.group())
        if len(words) < 2:
            return match.group()
        names.append(words)
        return " "

    rest = _NAME_RUN.sub(named, _phrases_joined(text))
    return tuple((word,) for word in in_one_sense(content_words(rest))) + tuple(names)


def _reported_alike(first, second, days_apart):
    """(shared terms, their share of the shorter paraphrase's) for Measures.reported_shared/_share."""
    if first.kind in QUOTED_KINDS or second.kind in QUOTED_KINDS:
        return 0, 0.0
    if days_apart is None or days_apart > PARAPHRASE_DAYS:
        return 0, 0.0
    stated = quantities(first.text), quantities(second.text)
    if bool(stated[0]) != bool(stated[1]) or (stated[0] and not shared_quantity(first.text, second.text)):
        return 0, 0.0
    ignored = REPORTED_IGNORED | speaker_name_words(first.speaker) | speaker_name_words(second.speaker)
    a, b = _own_terms(first.text, ignored), _own_terms(second.text, ignored)
    if not a or not b:
        return 0, 0.0
    shared = len(a & b)
    return shared, shared / min(len(a), len(b))


def _own_terms(text, ignored):
    """The terms of a text without the ignored words, in names too: what a speaker names after
    himself ("the Clinton Foundation" of Bill Clinton) another outlet writes without his name
    ("the foundation")."""
    terms = (tuple(word for word in term if word not in ignored) for term in _terms(text))
    return {term for term in terms if term}


def in_one_sense(words):
    """The content words with each word of a SAME_SENSE group read as the group's first."""
    return tuple(_SENSE.get(word, word) for word in words)

# Content words two respondent groups' findings must share, word for word, to be one finding.
GROUPS_SAME_WORDS = 8


def _joined_word_for_word(m, thresholds):
    """Speakers the extractor may have mixed up (`Measures.nearby`), within one story: the same
    words join as for one speaker, and so does a stretch of a fuller quote word for word when the
    shorter quote's speaker is named around the fuller one (`Measures.nearby_fuller`). Not the
    other way round unless the shorter is credited only by a pronoun or a description: a named
    speaker's fragment often has sentences naming whom its words are about ("accused her rival
    of playing the 'X card'"), and that rival's quote with the same words is another statement. Never a paraphrase, a shared fragment, fact or denial: the words alone show it is one quote."""
    found = m.overlap
    if m.days_apart is not None and m.days_apart > thresholds.story_days:
        return Decision(False, found.jaccard, False, found.jaccard)
    if m.shorter_partial and m.bare_fragment and not (m.cross_named and found.jaccard == 1.0 and m.sequence == 1.0):
        # No looser than for one speaker, unless the same words are said of one speaker by the
        # other in both reports: then the two name the same two people, and one statement.
        return Decision(False, found.jaccard, False, found.jaccard)
    if found.jaccard == 1.0 and m.sequence == 1.0:  # the same words in the same order, however few
        return Decision(True, 1.0, False, found.jaccard)
    # One word is no stretch of a statement: two speakers' quotes sharing it are not one quote.
    may_contain = found.shorter_words >= NEARBY_STRETCH_MIN_WORDS and (
        m.shorter_partial or found.shorter_words >= thresholds.containment_min_words
    )
    if may_contain and found.containment >= thresholds.containment and m.nearby_fuller and not m.quoted_within:
        contained = min(found.containment, m.in_order, m.verbatim)
        if contained >= thresholds.near_identical:
            return Decision(True, contained, False, found.jaccard)
    return Decision(False, found.jaccard, False, found.jaccard)


def compare(first, second, thresholds, first_words=None, second_words=None):
    """Decide whether two Appearances report the same claim (see `decide`); measures are taken
    only as far as the decision needs them."""
    return decide(_Pair(first, second, first_words, second_words), thresholds)
