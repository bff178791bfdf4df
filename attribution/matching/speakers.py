"""Whether two appearances credit the same speaker, from names alone (no database)."""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from attribution.matching.text import fold

_TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady rev col colonel lt gen general maj major capt captain sgt
    adm admiral cmdr commander president vice prime minister secretary senator sen rep representative
    gov governor mayor judge justice chief spokesman spokeswoman spokesperson officer director
    """.split()
)
_ARTICLES = frozenset({"the", "a", "an"})
# Words that name a kind of group, not a group: "officials" in one article and "officials" in
# another are not known to be the same people ("US officials" and "coalition officials" may be).
_GENERIC_GROUP_WORDS = frozenset(
    """
    official officials source sources spokesman spokeswoman spokesperson spokespeople aide aides
    people person residents resident witnesses witness experts expert analysts analyst diplomats
    diplomat authorities authority staff members member government military police security
    senior some several other others two three many
    """.split()
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_NAME_WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True)
class SpeakerRef:
    """Who an appearance credits. `key` identifies a stored speaker (its id) when there is one."""

    name: str
    kind: str = "person"  # "person" | "organization" | "unnamed"
    aliases: tuple = ()
    affiliation: str = ""
    key: object = None
    # The names (and aliases) of what the speaker belongs to, nearest first: a spokesman's
    # organisation, an office's department, a department's government.
    lineage: tuple = ()

    @property
    def names(self):
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Appearance:
    """One report of a claim: the quoted words, who they are credited to, and how they were relayed."""

    text: str
    speaker: SpeakerRef | None = None
    kind: str = "direct"  # "direct" | "partial" | "indirect"
    relay_names: tuple = field(default=())  # outlets and sources between the article and the speaker
    outlet: str = ""
    article: object = None  # the article's key, when known: several reports of one outlet are told apart
    published: object = None  # the report's date, when known: statements of one story are close in time
    # The article's text just before and after the quote, when known: the sentences that may
    # name who spoke (see `named_nearby`).
    context_before: str = ""
    context_after: str = ""
    speaker_mention: str = ""  # how the article named the speaker here: "he", "Veale"


def _name_words(name):
    words = _NAME_WORD.findall(fold(name).replace("'s", ""))
    while words and (words[0] in _TITLES or words[0] in _ARTICLES):
        words = words[1:]
    while words and words[-1] in _SUFFIXES:
        words = words[:-1]
    return words


def _same_name(a, b):
    words_a, words_b = _name_words(a), _name_words(b)
    if not words_a or not words_b:
        return False
    return words_a == words_b or _abbreviates(a, words_b) or _abbreviates(b, words_a)


# Small words a short form leaves out: "Federal Bureau of Investigation" is "FBI".
_ABBREVIATION_SKIPS = frozenset({"of", "the", "for", "and", "on", "in", "to", "a", "an", "at", "s"})
_SHORT_FORM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,11}$")


def _abbreviates(short, long_words):
    """True when `short` ("FBI", "CJTF-OIR", "U.N.") is the initials of the long name's words."""
    short = unicodedata.normalize("NFKC", short).strip()
    short = re.sub(r"^(?:the|The)\s+", "", short)
    if not _SHORT_FORM.match(short):
        return False
    letters = re.sub(r"[^A-Za-z0-9]", "", short).lower()
    initials = "".join(word[0] for word in long_words if word not in _ABBREVIATION_SKIPS)
    # Some short forms keep the small words: "DOH" for "Department of Harbours".
    every_initial = "".join(word[0] for word in long_words)
    return len(letters) >= 2 and len(long_words) >= 2 and letters in (initials, every_initial)


def _person_names_agree(a, b):
    """Same surname, and first names that do not conflict: "Veale", "T. Veale", "Thomas Veale"
    agree; "Dana White" and "John White" do not."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    first_a, first_b = wa[:-1], wb[:-1]
    if not first_a or not first_b:
        return True
    # The given name of one must be among the other's words before the surname (which may
    # still hold a job title: "NASA Administrator Charles Bolden"); an initial agrees with
    # any name it starts.
    return _given_name_among(first_a[0], first_b) or _given_name_among(first_b[0], first_a)


def _given_name_among(given, words):
    if len(given) == 1:
        return any(word[0] == given for word in words)
    return any(word == given or (len(word) == 1 and given[0] == word) for word in words)


# Poll respondents credited by their share ("6 in 10 New York Democratic voters", "nearly
# two-thirds of Democratic primary voters", "28 percent of voters") or as the people asked
# ("Republican primary voters", "those surveyed"): a poll's finding about that group.
_SHARE = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)|\d+\s+(?:in|of|out of)\s+\d+"
    r"|(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|of|out of)\s+(?:\d+|ten|\w+)"
    r"|majority|minority|plurality|half|thirds?|quarters?|fifths?)\b"
)
_RESPONDENT_WORDS = frozenset(
    "voter voters respondent respondents surveyed polled caucusgoer caucusgoers adults americans likely registered".split()
)
# What tells one group of respondents from another: party, and who they are. Two groups with
# the same of these words ("New York Democratic voters", "Democratic primary voters") are one
# group of one poll; places and the kind of vote are left aside.
_GROUP_QUALIFIERS = {
    "democratic": "democrat", "democrat": "democrat", "democrats": "democrat",
    "republican": "republican", "republicans": "republican", "gop": "republican",
    "independent": "independent", "independents": "independent", "undeclared": "independent",
    "black": "black", "african": "black", "white": "white", "hispanic": "hispanic", "latino": "hispanic",
    "latinos": "hispanic", "hispanics": "hispanic", "asian": "asian", "women": "women", "female": "women",
    "men": "men", "male": "men", "young": "young", "younger": "young", "millennial": "young",
    "millennials": "young", "older": "older", "senior": "older", "seniors": "older",
    "evangelical": "evangelical", "evangelicals": "evangelical", "catholic": "catholic", "catholics": "catholic",
    "conservative": "conservative", "conservatives": "conservative", "liberal": "liberal", "liberals": "liberal",
    "moderate": "moderate", "moderates": "moderate", "college": "college", "graduates": "college",
}


@lru_cache(maxsize=20_000)
def respondent_group(speaker):
    """The qualifiers of a speaker that is a share of a poll's respondents (a frozenset, maybe
    empty: "28 percent of voters"), or None for any other speaker."""
    if speaker is None or speaker.kind == "person":
        return None
    words = _NAME_WORD.findall(fold(speaker.name))
    if not (_SHARE.search(fold(speaker.name)) or _RESPONDENT_WORDS & set(words)):
        return None
    if not _RESPONDENT_WORDS & set(words) and not any(w in _GROUP_QUALIFIERS for w in words):
        return None  # "half of the senators": a share, but of no poll's respondents
    return frozenset(_GROUP_QUALIFIERS[w] for w in words if w in _GROUP_QUALIFIERS)


_UNITS = "one two three four five six seven eight nine".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_NUMBER_VALUES = {
    **{w: i + 1 for i, w in enumerate(_UNITS)}, **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
    **{f"{t}{sep}{u}": 20 + 10 * i + j + 1 for i, t in enumerate(_TENS) for j, u in enumerate(_UNITS) for sep in ("-", " ")},
}
_WORDS_SHARE = re.compile(
    r"^(?:(?:only|just|nearly|almost|about|some|roughly|around|over|under|more than|less than|fewer than)\s+)?"
    r"(\d+(?:\.\d+)?|" + "|".join(sorted(map(re.escape, _NUMBER_VALUES), key=len, reverse=True)) + r")"
    r"\s*(?:%|percent|per cent)$"
)


@lru_cache(maxsize=20_000)
def bare_share(speaker):
    """The share (a number) a speaker credited only by it stands for ("Only 24 percent",
    "Twenty-four percent": 24.0), or None for any other speaker, "24 percent of voters" included."""
    if speaker is None or speaker.kind == "person":
        return None
    found = _WORDS_SHARE.match(fold(speaker.name).strip())
    if found is None:
        return None
    value = found.group(1)
    return float(_NUMBER_VALUES.get(value, 0) or value)


# A speaker described as a poll ("the survey", "a new statewide poll", "the poll by the Public
# Policy Institute of California"): outlets describe one poll in many ways.
_POLL_WORDS = frozenset("poll polls polling survey surveys".split())
# Words of a poll's description that tell no pollster from another ("a Quinnipiac University
# poll" and "a Monmouth University poll" are two).
_POLL_NAME_IGNORED = frozenset(
    """poll polls polling survey surveys new latest recent national statewide university college school
    institute center centre research news""".split()
)


@lru_cache(maxsize=20_000)
def poll_names(speaker):
    """The names a speaker described as a poll carries (the folded capitalised words of its
    description: "Public", "Policy", "Institute", "California"; empty for "the survey"), or None
    for a speaker that is not a poll."""
    if speaker is None or speaker.kind == "person" or not _POLL_WORDS & set(_NAME_WORD.findall(fold(speaker.name))):
        return None
    words = (fold(w).strip(".'’") for w in re.findall(r"[\w'’./-]+", speaker.name) if w[:1].isupper())
    return frozenset(w for w in words if w not in _TITLES | _ARTICLES | _PRONOUNS | _POLL_NAME_IGNORED)


def one_poll(first, second):
    """Both speakers are polls, and not two named ones: "the survey" and "a new statewide poll"
    may be one poll, and so may "the poll" and "the Field Poll"; "a Quinnipiac University poll"
    and "a Monmouth University poll" are two (the names of one hold all the other's)."""
    names = poll_names(first.speaker), poll_names(second.speaker)
    if None in names:
        return False
    return not (names[0] and names[1]) or names[0] <= names[1] or names[1] <= names[0]


def speakers_compatible(first, second):
    """True when both appearances can be credited to the same speaker.

    The same stored speaker, a shared name or alias, or (for people) the same surname with no
    conflicting first name. An outlet or source that relays the other's speaker is not a
    different speaker either. Unnamed groups are told apart by what qualifies them ("coalition
    officials"): bare "officials" identifies nobody, and conflicting affiliations never agree.
    A missing speaker is compatible with nobody.
    """
    a, b = first.speaker, second.speaker
    if a is None or b is None:
        return False
    if _stored_or_relayed_alike(first, second):
        return True
    shares = bare_share(a), bare_share(b)
    if None not in shares:
        # "Only 24 percent" and "Twenty-four percent": one share of one poll's respondents,
        # written in digits or in words.
        return shares[0] == shares[1]
    groups = respondent_group(a), respondent_group(b)
    if None not in groups:
        # Two shares of a poll's respondents: one source when they are the same named group.
        # Voters at large ("28 percent of voters", "voters") answer every question of every
        # poll: nothing tells whose answer it is.
        return bool(groups[0]) and groups[0] == groups[1]
    if a.affiliation and b.affiliation and not _affiliations_agree(a, b):
        return False
    if _named_alike(a, b) or _described_alike(a, b):
        return True
    if a.kind == "person" and b.kind == "person":
        return False
    # One speaks for what the other belongs to: a spokesman and their organisation, an office
    # and its department, an unnamed official of X and X. Two people of one organisation are
    # still two people.
    return _speaks_for(a, b) or _speaks_for(b, a)


def _affiliations_agree(a, b):
    """Two affiliations agree when they are the same, one belongs to the other (an office and
    its department), or one speaker is the other's affiliation."""
    ups_a = (a.affiliation, *a.lineage)
    ups_b = (b.affiliation, *b.lineage)
    return (
        any(_same_name(a.affiliation, y) for y in (*ups_b, *b.names))
        or any(_same_name(b.affiliation, x) for x in (*ups_a, *a.names))
    )


def _voice(speaker):
    """The names a speaker is known by, and for an unnamed one ("a State Department spokesman",
    "the statement") the organisation it speaks for."""
    names = _identifying_names(speaker)
    if speaker.kind == "unnamed":
        names = (*names, *speaker.lineage[:_UNNAMED_SPEAKS_FOR])
    return names


# An unnamed official speaks for their own organisation, not for every level above it.
_UNNAMED_SPEAKS_FOR = 2


def _speaks_for(first, second):
    """The first speaker is, or speaks for, something the second belongs to."""
    if not second.lineage:
        return False
    voices = _voice(first)
    if second.kind == "unnamed" and first.kind == "unnamed":
        return any(_same_name(x, y) for x in voices for y in _voice(second))
    return any(_same_name(x, y) for x in voices for y in second.lineage)


def same_speaker(first, second):
    """Strictly the same speaker: the same stored source, a shared name or alias, the same
    person, or an outlet relaying the other. Unlike `speakers_compatible`, another part or
    member of the same organisation is a different speaker: one claim, but attribution drift."""
    a, b = first.speaker, second.speaker
    if a is None or b is None:
        return False
    return _stored_or_relayed_alike(first, second) or _named_alike(a, b)


def _stored_or_relayed_alike(first, second):
    """The same stored source, or an outlet or source relaying the other's speaker."""
    a, b = first.speaker, second.speaker
    return (a.key is not None and a.key == b.key) or _relays(first, b) or _relays(second, a)


def _named_alike(a, b):
    """A shared name or alias, or two people whose names do not conflict."""
    names_a, names_b = _identifying_names(a), _identifying_names(b)
    if any(_same_name(x, y) for x in names_a for y in names_b):
        return True
    return a.kind == "person" and b.kind == "person" and any(
        _person_names_agree(x, y) for x in names_a for y in names_b
    )


def _described_alike(a, b):
    """Two descriptions of one kind of person, one of them bare: "a reporter" is any reporter,
    so it may be "an NBC reporter" (the same noun last, every word of the bare one in the other).
    Words naming a kind of group ("officials") identify nobody and never agree (`_identifying_names`)."""
    if a.kind != "unnamed" or b.kind != "unnamed":
        return False
    words_a, words_b = _identifying_words(a.name), _identifying_words(b.name)
    if not words_a or not words_b or words_a[-1] != words_b[-1]:
        return False
    shorter, longer = sorted((words_a, words_b), key=len)
    return len(shorter) == 1 and len(longer) > 1


def _identifying_words(name):
    words = _name_words(name)
    return words if set(words) - _GENERIC_GROUP_WORDS else []


def _identifying_names(speaker):
    names = (speaker.name, *(alias for alias in speaker.aliases if _identifies(alias, speaker)))
    if speaker.kind != "unnamed":
        return names
    names = [*names, *(f"{speaker.affiliation} {name}" for name in names if speaker.affiliation)]
    # ("they": a group the article could not name, kept unresolved, is nobody another article names)
    return tuple(name for name in names if set(_name_words(name)) - _GENERIC_GROUP_WORDS - _PRONOUNS)


_PRONOUNS = frozenset("he she they it we i you him her them his its their who".split())


def _identifies(alias, speaker):
    """Whether an alias can name the speaker in another article. Aliases gathered from many
    articles also hold pronouns and descriptions ("He", "The candidate", "the former secretary
    of"): those name nobody in particular. A person's alias must hold their surname (or be a
    short form); any other alias a capitalised word that is not an article or a title."""
    if _SHORT_FORM.match(alias.strip()):
        return True
    words = _name_words(alias)
    if not words or (len(words) == 1 and words[0] in _PRONOUNS):
        return False
    if speaker.kind == "person":
        surname = _name_words(speaker.name)[-1:]
        return bool(surname) and surname[0] in words
    capitalised = [w for w in re.findall(r"[\w'’.-]+", alias) if w[:1].isupper()]
    return any(fold(w).strip(".'’") not in _TITLES | _ARTICLES | _PRONOUNS for w in capitalised)


def _relays(appearance, speaker):
    """One of the appearance's relays (outlets and sources between article and speaker) is
    the other speaker: "the BBC reported" relays the officials the BBC quoted."""
    return any(_same_name(hop, name) for hop in appearance.relay_names for name in _identifying_names(speaker))


def named_nearby(first, second):
    """One appearance's speaker is named in the sentences around the other's quote (the sentence
    before it and the quote's own sentence, the quoted words left out).

    The extractor credits a quote to one of the people its sentences name and now and then picks
    the wrong one ("'I will never eat them again,' Trump said after Nabisco announced layoffs",
    "When a reporter asked Trump ..., Trump deflected. 'You tell me,' he said"). When the other
    outlet's speaker is named right there, the two may be one voice: `similarity` then joins the
    same words quoted word for word, never a paraphrase."""
    return named_near(first, second) or named_near(second, first)


def named_near(first, second):
    """`named_nearby` one way: the first appearance's speaker is named around the second's quote
    (or both were credited through a pronoun, "she said" / "she replied", and their sentences
    name a person in common: whoever the pronouns stand for may be that one person)."""
    if _named_in(first.speaker, second):
        return True
    return _by_pronoun(first) and _by_pronoun(second) and bool(_names_written(first) & _names_written(second))


# A paraphrase that opens by naming whose words it reports ("Councillor Ruiz's call for a curfew",
# "Ortega's pledge to ..."): the extractor credits it to whoever answered, condemned or voted on
# it, but the words are the named one's.
# Only when that noun phrase is all the paraphrase says: "Ortega's call for a levy is something
# he will push at the convention" is a statement about the call, by whoever said it.
_OWNER_OPENS = re.compile(r"^((?:\S+\s+){0,5}?\S+?)['’]s\s+[a-z]+\s+(?:for|to|that|of|on)\s")
_FINITE_HELPER = re.compile(r"(?i)\b(?:is|are|was|were|will|would|has|have|had|should|could|can|may|might|must)\b")


@lru_cache(maxsize=20_000)
def _owner_written(text):
    found = _OWNER_OPENS.match(text)
    if found is None or _FINITE_HELPER.search(text, found.end()):
        return None
    return found.group(1)


def owner_named(appearance, speaker):
    """The appearance is a paraphrase opening with `speaker`'s name as whose statement it
    reports: "Mayor Ines Okafor's call for a curfew" is Okafor's call, whoever it is credited to."""
    if speaker is None or appearance.kind in ("direct", "partial"):
        return False
    owner = _owner_written(appearance.text)
    if owner is None:
        return False
    if speaker.kind == "person":
        return _person_named(speaker, owner)
    return any(_proper_name_in(name, owner) for name in _identifying_names(speaker))


def weak_credit(appearance):
    """The article credits the quote only through a pronoun ("he said") or a description ("the
    candidates", "an NBC reporter"): the extractor chose whom it stands for."""
    speaker = appearance.speaker
    return _by_pronoun(appearance) or (speaker is not None and speaker.kind == "unnamed")


def _by_pronoun(appearance):
    return fold(appearance.speaker_mention).strip() in _PRONOUNS


def _names_written(appearance):
    """The capitalised words of the sentences around the quote that may be names: not the first
    word of a sentence, a title, an article or a pronoun."""
    return _capitalised_words(_nearby(appearance))


@lru_cache(maxsize=20_000)
def _capitalised_words(text):
    found = set()
    for sentence in text.split(_PIECES_JOINED):
        for match in re.finditer(r"(?<![\w'’])[A-Z][a-z][\w'’-]+", sentence):
            if not sentence[: match.start()].strip(_OPENING_MARKS + " "):
                continue  # the first word of its sentence
            word = fold(match.group()).replace("’", "'").split("'")[0]
            if word not in _TITLES | _ARTICLES | _PRONOUNS:
                found.add(word)
    return frozenset(found)


def text_around(appearance):
    """The sentence before the appearance's quote and the rest of its own sentence, the quoted
    words left out ("" when the context is not known)."""
    return _nearby(appearance)


def _nearby(appearance):
    return nearby_text(
        appearance.context_before, appearance.context_after, bool(_ENDS_SENTENCE.search(appearance.text.rstrip()))
    )


def _named_in(speaker, appearance):
    if speaker is None or not (appearance.context_before or appearance.context_after):
        return False
    nearby = _nearby(appearance)
    if not nearby:
        return False
    if speaker.kind == "person":
        return _person_named(speaker, nearby)
    return any(_proper_name_in(name, nearby) for name in _identifying_names(speaker))


_OPENING_MARKS = "\"'“‘«`"
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’»]*$")


@lru_cache(maxsize=20_000)
def nearby_text(before, after, quote_ends_sentence=False):
    """The sentence before a quote and the rest of the quote's own sentence, around the quote
    (`before` ends where the quote starts, `after` starts where it ends; `quote_ends_sentence`:
    the quoted words end with a full stop, so only closing marks may follow in its sentence)."""
    from attribution.extraction.sentences import sentence_spans

    spans = [before[a:b] for a, b in sentence_spans(before)]
    if spans and not spans[-1].strip(_OPENING_MARKS + " "):
        spans.pop()  # only the quote's opening mark
    # A quote that opens its sentence has only the sentence before it; one inside a sentence,
    # that sentence's start and the sentence before.
    keep = 1 if spans and _ENDS_SENTENCE.search(spans[-1]) else 2
    pieces = spans[-keep:]
    following = [after[a:b] for a, b in sentence_spans(after)]
    # The quote ends its sentence when what follows it starts with nothing but its closing marks.
    ended = quote_ends_sentence and re.match(r"[\"'”’»]*\s+[A-Z\"“‘']", after)
    if not ended and following and re.search(r"\w", following[0]) and not _ENDS_SENTENCE.match(following[0].split()[0]):
        pieces.append(following[0])
    return _PIECES_JOINED.join(unicodedata.normalize("NFKC", piece) for piece in pieces)


_PIECES_JOINED = " … "


_WRITTEN_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,2}$")


def _person_named(speaker, text):
    """The person's surname is written in the text, with no other given name before it ("Mrs.
    Clinton" and "Hillary Clinton" name Hillary Clinton; "Bill Clinton" does not)."""
    words = _name_words(speaker.name)
    if not words:
        return False
    for found in re.finditer(rf"(?<!\w){re.escape(words[-1])}(?!\w)", text, re.IGNORECASE):
        if not found.group()[:1].isupper():
            continue
        before = _WRITTEN_BEFORE.search(text[: found.start()])
        written = (before.group() if before else "") + found.group()
        if _person_names_agree(written, speaker.name):
            return True
    return False


def _proper_name_in(name, text):
    """An organisation's name ("Senate Democrats", "the FBI") written in the text: a name with a
    capitalised word, not a description ("the candidates", "officials")."""
    name = re.sub(r"^(?:the|The)\s+", "", unicodedata.normalize("NFKC", name).strip())
    if not any(w[:1].isupper() and fold(w).strip(".'’") not in _TITLES | _ARTICLES | _PRONOUNS for w in name.split()):
        return False
    flags = 0 if _SHORT_FORM.match(name) else re.IGNORECASE
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags) is not None
