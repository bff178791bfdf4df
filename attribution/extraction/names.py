"""Reading a speaker noun phrase: name, title, role and kind, without a tagger.

News introduces people in a few fixed shapes: a pre-nominal role ("Home Secretary Suella
Braverman", "Facebook co-founder Mark Zuckerberg"), an apposition ("Thomas Veale, a spokesman
for the coalition"), an honorific ("Col."). Organisations carry a head word ("Office",
"Department") or are acronyms; unnamed sources are common nouns ("officials", "a monitor").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .outlets import bare_call_sign, known_outlet, longest_known_outlet, outlet_name
from .resources import word_set
from .tokens import Token

CONNECTORS = frozenset({"of", "the", "for", "and", "&", "-", "on", "de", "du", "van", "von", "al", "bin", "da", "del", "la", "le"})
# One person the writer does not name, standing alone as a noun phrase's head: "someone in the crowd".
SOMEONE = frozenset({"someone", "somebody"})
DETERMINERS = frozenset({"the", "a", "an", "both", "his", "her", "their", "its", "our", "some", "several", "two", "three", "many", "other", "one", "another", "each", "every", "this", "these"})
PREPOSITIONS = frozenset({"from", "of", "for", "at", "in", "with", "on", "to", "by", "near", "under", "inside", "within"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})
POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(slots=True)  # (one is made per phrase read: slots make it, and reading it, cheaper)
class Mention:
    text: str  # the phrase as written
    start: int
    end: int
    name: str  # the name it gives ("Thomas Veale", "officials from the SDF", "BBC")
    kind: str  # person | organization | unnamed | pronoun
    title: str | None = None
    role: str | None = None
    affiliation: str | None = None
    outlet: str | None = None  # canonical outlet when the phrase names one
    head: str | None = None  # common-noun head ("officials", "spokesman") for definite descriptions
    definite: bool = False  # "the officials": points back to an earlier source
    pronoun: str | None = None  # person | plural | thing
    surname_only: bool = False  # one capitalised word: "Veale"
    document_owner: str | None = None  # "Cornyn's statement" -> "Cornyn"
    document: bool = False  # the speaker is a document ("a leaked letter")
    generic: bool = False  # a determiner phrase not known as a source ("the plan"): trusted less
    heard_via: str | None = None  # "a draft seen by Reuters", "traders polled by Reuters": the outlet it reaches us through


# The word lists combined below are built once, not per token: the rules run per word.
@lru_cache(maxsize=1)
def _run_breakers() -> frozenset[str]:
    """Capitalised function words end a name run; honorifics ("Mr.") belong to it."""
    return word_set("capitalized_function_words") - {"mr.", "mrs.", "ms.", "dr."}


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    return word_set("person_pronouns") | word_set("plural_pronouns") | word_set("thing_pronouns")


@lru_cache(maxsize=1)
def _source_heads() -> frozenset[str]:
    return word_set("unnamed_heads") | word_set("institution_heads")


@lru_cache(maxsize=1 << 16)  # pure, and called for every word a rule looks at
def strip_possessive(word: str) -> str:
    if len(word) > 2 and word[-2:] in ("'s", "’s"):
        return word[:-2]
    if len(word) > 1 and word[-1] in "'’" and word[-2] in "sS":
        return word[:-1]
    return word


def is_capitalized_word(token: Token) -> bool:
    # (Token.is_capitalized is this test, made once per token: the rules below read that)
    return token.quote is None and token.text[:1].isupper()


@lru_cache(maxsize=1 << 16)  # pure, and called for every word a rule looks at
def _plain(word: str) -> str:
    return strip_possessive(word).lower().rstrip(".")


@lru_cache(maxsize=1 << 16)  # pure, and called for every word a rule looks at
def is_role_word(word: str) -> bool:
    plain = _plain(word)
    if plain.endswith(ROLE_TO_COME):  # "Speaker-to-be", "Representative-elect": the role before the hyphen
        plain = plain.rsplit("-", 2 if plain.endswith("-to-be") else 1)[0]
    return plain in word_set("role_words") or word.lower() in word_set("titles")


# A role someone is about to take, written as one hyphenated word before their name.
ROLE_TO_COME = ("-elect", "-to-be", "-designate")


@lru_cache(maxsize=1 << 16)  # pure, and called for every word a rule looks at
def is_org_word(word: str) -> bool:
    return _plain(word) in word_set("org_heads")


CONTRACTION = re.compile(r"^([a-z]+)['’](?:m|d|s|re|ve|ll)$")


def _contracted_function_word(word: str) -> bool:
    """"I'm", "I'd", "There's", "It's" opening a sentence: a contraction of a pronoun or function word, no source."""
    match = CONTRACTION.match(word)
    return match is not None and (match.group(1) in word_set("first_person") or match.group(1) in word_set("capitalized_function_words"))


@lru_cache(maxsize=1 << 16)  # pure, and called for every word a rule looks at
def is_acronym(word: str) -> bool:
    letters = strip_possessive(word).replace(".", "").replace("-", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def trailing_run(tokens: list[Token]) -> list[Token]:
    """Capitalised words at the end of a phrase, without connectors ("Washington Chris Gregoire"
    of "Governor of Washington Chris Gregoire")."""
    if not tokens or not tokens[-1].is_capitalized:
        return []  # (a phrase ending in no capital has no run: told before the loop's set-up)
    run: list[Token] = []
    breakers = _run_breakers()
    for token in reversed(tokens):
        if token.is_capitalized and token.text[0].isalpha() and token.lower not in breakers:
            run.append(token)
        else:
            break
    run.reverse()
    return run


def has_name(tokens: list[Token]) -> bool:
    return _ends_with_name(tokens, trailing_run(tokens))


def _ends_with_name(tokens: list[Token], run: list[Token]) -> bool:
    """has_name, given the phrase's trailing_run."""
    if not run:
        return False
    if len(run) >= 2:
        return True
    before = tokens[len(tokens) - len(run) - 1].lower if len(tokens) > len(run) else None
    return before is None or before not in PREPOSITIONS


def is_name_phrase(tokens: list[Token]) -> bool:
    """A phrase that is nothing but a (titled, pre-modified) name: "U.S. Senator John Cornyn"."""
    if not tokens or not has_name(tokens):
        return False
    for token in tokens:
        if token.quote is not None:
            return False
        if token.is_capitalized or token.lower in CONNECTORS or is_role_word(token.text) or token.lower in ("his", "her"):
            continue
        return False
    return True


def _first_name(word: str) -> bool:
    return word.lower() in word_set("female_first_names") or word.lower() in word_set("male_first_names")


def middle_name_like_org(run: list) -> bool:
    """Three capitalised words: a known first name, a middle word such as Hall or Church, a surname."""
    if len(run) != 3:
        return False
    words = [t.text if hasattr(t, "text") else t for t in run]
    return _first_name(words[0]) and is_org_word(words[1]) and not is_org_word(words[2]) and not is_role_word(words[1]) and (
        not is_acronym(words[2]))


INITIALS = re.compile(r"(?:[A-Z]\.){2}")  # "G.K." before a surname


def split_person_name(run: list[Token], preceded_by_connector: bool) -> tuple[list[Token], list[Token]]:
    """(role words, name words) of a capitalised run."""
    cut = person_name_cut([token.text for token in run], preceded_by_connector)
    return run[:cut], run[cut:]


_ONE_INITIAL = re.compile(r"[A-Z]\.")


@lru_cache(maxsize=1 << 16)  # pure, and asked for every role, organisation or acronym test of a run's words
def _role_org_or_acronym(word: str) -> tuple[bool, bool]:
    """(a role or organisation word, an acronym): split_person_name's two word tests, one cache look-up."""
    return is_role_word(word) or is_org_word(word), is_acronym(word)


def person_name_cut(words: list[str], preceded_by_connector: bool) -> int:
    """How many of a capitalised run's words are role words before the name: split_person_name on the words' texts,
    with no Token made for them (entities reads the runs of every article as plain strings)."""
    cut = _last_role_word(words)
    if len(words) > 2:  # (a possessor is cut only before the run's last two words)
        cut = _last_possessor(words, cut)
    if cut < 0:  # (a run of one or two words without a role is all name)
        return _name_start_without_role(words, preceded_by_connector) if len(words) >= 3 else 0
    split = cut + 1
    return len(words) - 3 if len(words) - split > 4 else split


def _last_role_word(words: list[str]) -> int:
    """The index of the run's last word that is a role, an organisation or an acronym before the name (-1: none)."""
    tests = list(map(_role_org_or_acronym, words))
    # (most runs hold no role, organisation or acronym word, counted in C: then no word is cut)
    if tests.count((False, False)) == len(tests):
        return -1
    cut = -1
    last = len(words) - 1
    for index, (role_or_org, acronym) in enumerate(tests):
        if role_or_org or acronym and index < last and not (
                index == last - 1 and index > 0 and INITIALS.fullmatch(words[index])):  # ("CBC Chairman G.K. Butterfield": initials, a surname)
            cut = index
    if cut == last and cut > 0 and words[cut - 1].lower().rstrip(".") in HONORIFICS:
        cut -= 1  # "Mr. Prince", "Ms. Judge": after an honorific a role word is a surname
    elif cut == last and cut > 0:
        first = cut - 1
        while first > 0 and _ONE_INITIAL.fullmatch(words[first]):
            first -= 1
        if _first_name(words[first]):
            # "Rep. Peter T. King", "Larry King": after a known first name a role word is a surname
            cut = max((i for i in range(first) if tests[i][0] or tests[i][1]), default=-1)
    if len(words) == 3 and middle_name_like_org(words):
        cut = -1  # "Kathleen Hall Jamieson": a known first name, then a middle name that is also an organisation word
    return cut


def _last_possessor(words: list[str], cut: int) -> int:
    """The run's last possessor after its role words and before its last two words, or ``cut``: "Florida's Rick Wilson",
    "RealClearPolitics' David Byler" (whose person it is, then the name)."""
    for possessor in range(max(cut, 0), len(words) - 2):
        if words[possessor].endswith(("'s", "’s", "s'", "s’")):
            cut = possessor
    return cut


def _name_start_without_role(words: list[str], preceded_by_connector: bool) -> int:
    """Where the name starts in a run with no role word: a run too long for one name keeps its last two or three words."""
    named = len(words)
    if named >= 4 or preceded_by_connector and named >= 3:
        # ("Republican Christine Todd Whitman": a known first name three words from the end starts the name)
        return named - (3 if _ONE_INITIAL.fullmatch(words[-2]) or _first_name(words[-3]) else 2)
    if named == 3 and _first_name(words[-2]) and _describes_a_person(words[-3]):
        return 1  # "Democrat Hillary Clinton", "Celebrities Julianne Moore": a known given name starts the name
    return _after_plural_office(words)


def _after_plural_office(words: list[str]) -> int:
    """"Representatives Brad Orme of Ohio and ...": an office in the plural opens a run of three words whose second is a
    given name the census knows (the hand-made list, above, does not know every one): the name is the last two."""
    if len(words) != 3 or not words[0].endswith(("s", "s.")):
        return 0
    office = words[0].lower().rstrip(".")[:-1]
    given = words[1].lower()
    if (office in word_set("role_words") or office + "." in word_set("titles")) and (
            given in word_set("male_first_names_census") or given in word_set("female_first_names_census")):
        return 1
    return 0


def _describes_a_person(word: str) -> bool:
    """A party ("Democrat", "Liberals"), a plural ("Candidates") or a place-made adjective ("Texas-based") written
    before a name: a description, never a given name ("Billie Jean King": a given name no list knows is kept)."""
    lower = word.lower()
    if lower.rstrip("s") in PARTY_MEMBERS or lower == "democratic":
        return True
    if "-" in word:
        return word.rsplit("-", 1)[1].islower()
    return len(lower) > 4 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and (
        lower not in word_set("male_first_names_census") and lower not in word_set("female_first_names_census"))


def _text(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start: tokens[-1].end] if tokens else ""


LEADING_ARTICLES = ("the ", "The ", "Both ", "both ")


def _drop_leading_article(phrase: str) -> str:
    if phrase.startswith(LEADING_ARTICLES):
        return phrase[phrase.index(" ") + 1:]  # (each article is one word and its space)
    return phrase


AFFILIATION = re.compile(r"\b(?:for|of|at|with|from)\s+(?:the\s+)?(.+)$")  # "spokesman for the SDF" -> "SDF"


def affiliation_of(role: str | None) -> str | None:
    if not role:
        return None
    match = AFFILIATION.search(role)
    if match:
        return match.group(1).strip(" ,")
    return None


def parse_mention(text: str, tokens: list[Token], cut_dangling: bool = True) -> Mention | None:
    """Read one speaker phrase (no commas) into a Mention."""
    # (a token's lower-case form is an apostrophe only for an apostrophe's token, and "quote" for every quotation's: the
    # words, read once, say whether the phrase holds either, in C, and most phrases hold neither)
    words = [t.lower for t in tokens]
    if "'" in words or "’" in words:
        tokens = [t for t in tokens if t.text not in ("'", "’")]
        words = [t.lower for t in tokens]
    while tokens and not tokens[-1].is_word and tokens[-1].text not in (".",):
        tokens = tokens[:-1]
    if not tokens:
        return None
    size = len(tokens)
    if len(words) > size:
        words = words[:size]
    if "quote" in words:
        for token in tokens:
            if token.quote is not None:
                return None  # a quotation in the phrase
    start, end = tokens[0].start, tokens[-1].end
    phrase = text[start:end]
    # Each reading below is tried in this one order. A reading whose words cannot be in the phrase is skipped by a cheap
    # test first: its length (a pronoun is one word, an agent "X polled by Y" four) or a set test that one of its words is there.
    if size == 1:
        word = words[0]
        if word in word_set("first_person"):
            return None
        contracted = CONTRACTION.match(word) if not word.isalpha() else None  # (a contraction holds its apostrophe)
        if contracted is not None and contracted.group(1) in _pronouns() and contracted.group(1) not in word_set("first_person"):
            word = contracted.group(1)  # "He's comparing ... and says": the pronoun
        elif contracted is not None and _contracted_function_word(word):
            return None
        if word in _pronouns():
            kind = "person" if word in word_set("person_pronouns") else "plural" if word in word_set("plural_pronouns") else "thing"
            return Mention(phrase, start, end, phrase, "pronoun", pronoun=kind)

    if size > 1 and tokens[0].text == words[0] and words[0] in ("not", "never"):
        return None  # "the sellers should be fined, but not buyers who ...": a negated phrase, no subject
    if size >= 3 and words[-1] in TRAILING_TIME_WORDS:
        trimmed = _without_trailing_time(tokens, words)
        if len(trimmed) < size:
            return parse_mention(text, trimmed)
    if size > 2 and words[0] == words[1] and words[0] in ("the", "a", "an"):
        return parse_mention(text, tokens[1:])  # "according to the the committee report": the article's typo doubles the article
    if cut_dangling and size >= 2 and words[-1] in TITLE_CUT_WORDS and tokens[-1].text == words[-1] and CLAUSE_AUXILIARIES.isdisjoint(words) and (
            text[end:end + 3].lstrip(" \u00a0")[:1] in QUOTE_OPENERS or parse_mention(text, tokens, False) is not None):
        # "the authors of the “Growth Project”", "the executive in charge of ''Today''": a quoted title cut the
        # phrase; "the U.S. Court of Appeals for the", "the attorney general of the state of": a line or a name the
        # reader did not take cut it. The noun phrase before the dangling words is the speaker, when it has two words at least.
        cut = size - 1
        while cut > 1 and tokens[cut - 1].lower in TITLE_CUT_WORDS:
            cut -= 1
        if cut > 1:
            return parse_mention(text, tokens[:cut])
    if size >= 4 and not SOURCE_POSTMODIFIERS.isdisjoint(words) and _unnamed_source_close_to(tokens):
        return _common_noun_mention(tokens, phrase, words)  # "an aide close to Senator Dana Holt": the aide speaks, unnamed
    if size >= 4 and "by" in words and (agent := _by_agent(text, tokens)) is not None:
        return agent
    if size >= 2 and not RELAYED_PIECES.isdisjoint(words) and (relayed := _relayed_piece(text, tokens, words)) is not None:
        return relayed
    # (the phrase without its article is asked only when it has one)
    outlet = outlet_name(phrase) or (phrase.startswith(LEADING_ARTICLES) and outlet_name(_drop_leading_article(phrase))) or (
        described_outlet(text, tokens) if not OUTLET_WORDS.isdisjoint(words) else None) or (
        _outlet_edition(text, tokens, words) if words[-1] in US_STATE_NAME_ENDS else None)
    if outlet:
        return Mention(phrase, start, end, outlet, "organization", outlet=outlet)
    if size >= 4 and not PLACE_LINKS.isdisjoint(words) and (placed := _person_of_place(text, tokens)) is not None:
        return placed
    if not _document_words().isdisjoint(words) and (document := _document_mention(text, tokens, phrase)):
        return document

    if words[0] in SOMEONE:
        return _common_noun_mention(tokens, phrase, words)  # "Someone in the audience shouted": one person unnamed, no name in capitals
    if size <= 2 and words[-1] in _source_heads() and not (
            # ("Dan Backer", "Ann Judge": a first name and a capitalised surname that is also a noun name a person)
            size == 2 and _first_name(tokens[0].text) and tokens[1].is_capitalized and not words[-1].endswith("s")):
        return _common_noun_mention(tokens, phrase, words)  # "Officials", "Police" opening a sentence
    run = trailing_run(tokens)
    if run:
        before_run = size - len(run)  # (how many words come before the name run)
        if before_run and _share_of_people(words):
            return _common_noun_mention(tokens, phrase, words)  # "Six in 10 Republicans", "56 percent of Americans": a share counted, not a name
        if before_run > 1 and tokens[before_run - 1].lower in ("and", "&") and (name_start := body_name_start(tokens, before_run - 1)) is not None:
            return Mention(phrase, start, end, strip_possessive(text[tokens[name_start].start:end]), "organization")
        if before_run > 1 and tokens[-len(run) - 1].lower in ORG_CONNECTORS and is_org_word(tokens[-len(run) - 2].text) \
                and not is_role_word(tokens[-len(run) - 2].text):
            organization = _capitalised_organization(tokens, phrase)  # "the National Union of Teaching Staff"
            if organization is not None:
                return organization
        if _ends_with_name(tokens, run):
            named = _named_mention(text, tokens, run, phrase)
            if named.kind == "person":
                return _person_named_or_described(text, tokens, run, phrase, words, named)
            if _source_noun_before_preposition(tokens):
                # "officials from the SDF", "a spokesman for the Home Office": an unnamed source
                # whose affiliation happens to be capitalised, not the organisation speaking
                return _common_noun_mention(tokens, phrase, words) or named
            return named
    # (an organisation's capitalised name joins three words at least)
    return size >= 3 and _capitalised_organization(tokens, phrase) or _common_noun_mention(tokens, phrase, words)


def _person_named_or_described(text: str, tokens: list[Token], run: list[Token], phrase: str, words: list[str], named: Mention) -> Mention | None:
    """A phrase ending in a person's name, unless the words around the name show that an outlet, a place's people, a
    group or a poll speaks, or a source the name only places."""
    before_run = len(tokens) - len(run)  # (how many words come before the name)
    if not named.title and outlet_name(named.name):
        # "after the Halden Courier first reported": the name run ending the phrase is an outlet
        outlet = outlet_name(named.name)
        return Mention(named.name, run[0].start, tokens[-1].end, outlet, "organization", outlet=outlet)
    if before_run and named.name.replace("\u00a0", " ").lower() in PLACE_NAMES:
        # "Many voters outside New York": people from a place; "veterans interviewed at rallies in South Carolina":
        # no place speaks after the lower-case words of a description (the caller cuts the participle off)
        return _common_noun_mention(tokens, phrase, words) or (None if any(t.is_word and not t.is_capitalized for t in tokens[:before_run]) else named)
    if len(tokens) >= 3 and _plural_source_of(tokens):
        return _common_noun_mention(tokens, phrase, words) or named  # "Residents of the village of San Isidro"
    if not named.title and len(run) > 1 and run[-1].lower in CAPITALISED_POLL_WORDS:
        # "A Morning Consult Poll found", "an ABC News/Washington Post Poll": a poll named in capitals, no person
        return _common_noun_mention(tokens, phrase, words) or named
    if run[-1].lower.endswith("s") and (len(run) == 1 and _group_name(run[0].lower) or len(run) > 1 and _capitalised_people(run)):
        # "The ad features Hispanics telling ...", "did well among Ohio Democrats who ...": a people named by a
        # capitalised plural, no person (the plural's "s" tested first: most names end otherwise)
        group = text[run[0].start:run[-1].end]
        return Mention(group, run[0].start, run[-1].end, group, "unnamed", head=run[-1].lower)
    if len(run) == 1 and run[0].lower in PARTY_MEMBERS and tokens[0].lower in ("a", "an", "the", "another", "one"):
        # "Omar Reyes, a Republican, said", "the Democrat said": a member of a party, described, never a person named so
        return _common_noun_mention(tokens, phrase, words) or named
    if before_run > 2 and tokens[0].lower in ("a", "an", "the", "one", "another") and (
            tokens[before_run - 1].lower in ("for", "to", "of", "with")) and _source_noun_before_preposition(tokens):
        # "a spokesman for Bernie Sanders", "the ex-wife of Alan Grayson": someone tied to the person named, not that person
        return _common_noun_mention(tokens, phrase, words) or named
    if before_run > 1 and tokens[before_run - 1].lower in NAME_PLACING_PREPOSITIONS and _common_noun_first(tokens) and (
            # ("Chemistry professor at Ohio State Dana Holt": a person named after the place, the role and place before)
            _titled_or_bare(split_person_name(run, False)[0])):
        # "the leader of the opposition in North Ridge", "the ruling party under Prime Minister Dana Holt", "the case
        # against Mr. Lee": the noun phrase before speaks; the name after "in", "under" or "against" only places it
        first = next(x for x in range(1, len(tokens)) if tokens[x].lower in PREPOSITIONS or tokens[x].lower in NAME_PLACING_PREPOSITIONS)
        whole = _common_noun_mention(tokens, phrase, words)
        if whole is not None and whole.head == _plain(tokens[first - 1].text):
            return whole
        return _common_noun_mention(tokens[:first], _text(text, tokens[:first])) or named
    return named


ORG_CONNECTORS = frozenset({"of", "for", "on"})
BODY_NAME_LINKS = frozenset({"of", "for", "and", "&"})
# Words no noun phrase ends with, left before a quoted title that cut the phrase.
TITLE_CUT_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "for", "at", "and", "with", "by", "from", "about"})
QUOTE_OPENERS = frozenset({'"', "“", "'", "‘"})
# The last word of a poll's or survey's own name, capitalised as a surname would be: "the Field Poll", "a Gallup Survey".
CAPITALISED_POLL_WORDS = frozenset({"poll", "survey"})
# Offices written as a noun and "general" ("the attorney general", "the inspector general"): one office, not a general.
GENERAL_OFFICES = frozenset({"attorney", "inspector", "surgeon", "solicitor", "secretary", "postmaster", "comptroller", "adjutant"})


def names_general_office(text: str) -> bool:
    """"the state attorney general", "the department's inspector general": an office whose holder the
    description names itself; it never points back to whoever was met last."""
    words = text.lower().replace("\u00a0", " ").split()
    return any(word == "general" and x > 0 and strip_possessive(words[x - 1]) in GENERAL_OFFICES for x, word in enumerate(words))


# Places written as two or three capitalised words, as a person's name would be: never a person.
PLACE_NAMES = frozenset({
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island", "south carolina",
    "south dakota", "west virginia", "united states", "new york city", "puerto rico", "los angeles", "san francisco", "las vegas",
    "san diego", "san antonio", "san jose", "new orleans", "north korea", "south korea", "saudi arabia", "south africa", "new zealand",
    "sri lanka", "costa rica", "el salvador", "hong kong", "united kingdom", "great britain", "british columbia",
})


def _outlet_edition(text: str, tokens: list[Token], words: list[str]) -> str | None:
    """"POLITICO Florida", "Courant New Hampshire": a known outlet's edition for a state is an outlet of its own."""
    for size in (1, 2):
        if len(tokens) > size and " ".join(words[-size:]) in US_STATE_NAMES and all(t.is_capitalized for t in tokens[-size:]):
            known = longest_known_outlet([t.text for t in tokens[:-size]])
            if known is not None and known[0] == len(tokens) - size:
                return _drop_leading_article(_text(text, tokens))
    return None


# The fifty US states by their full names.
US_STATE_NAMES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii",
    "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
    "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
    "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
})
# US states as a dateline or a place writes them after a town ("Laconia, N.H.,", "Aspen, Colo.,", "Ames, Iowa,").
US_STATE_NAME_ENDS = frozenset(name.rsplit(" ", 1)[-1] for name in US_STATE_NAMES)  # ("york" of "new york")
US_STATES = US_STATE_NAMES | frozenset({
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich",
    "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d",
    "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wyo", "d.c",
})

# The words that close the name of a town or a region, never a person's: "Kansas City", "Orange County".
PLACE_HEADS = frozenset({"city", "county", "township", "borough", "parish", "province", "island", "islands", "valley", "heights"})
# States whose name is also a given name ("Virginia Foxx", "Georgia Lane"): opening a run, they name no place for sure.
_GIVEN_NAME_STATES = frozenset({"virginia", "georgia"})
_STATE_OPENERS = frozenset(state.split()[0] for state in US_STATE_NAMES if " " in state)  # "new", "north", "rhode" ...


def names_a_place(name: str) -> bool:
    """A run read as a person's name that a reader sees is a place's or one of its bodies': "Puerto Rico", "Kansas City",
    "New Hampshire Elks" (a state opening it). "He" and "she" never point to it."""
    lowered = name.replace("\u00a0", " ").lower()
    if lowered in PLACE_NAMES or lowered.rpartition(" ")[2] in PLACE_HEADS:
        return True
    first, _, rest = lowered.partition(" ")
    if first in US_STATE_NAMES:
        return first not in _GIVEN_NAME_STATES
    return first in _STATE_OPENERS and f"{first} {rest.partition(' ')[0]}" in US_STATE_NAMES


# A member of a party or a political camp, capitalised as a party's name is: "a Democrat", "the Republican".
PARTY_MEMBERS = frozenset({"democrat", "republican", "libertarian", "independent", "conservative", "progressive", "liberal", "tory", "socialist"})


def _group_name(word: str) -> bool:
    """"Democrats", "Hispanics", "Cuban-Americans": a capitalised plural naming a group of people, not a surname."""
    last = word.rsplit("-", 1)[-1]
    return last.endswith("s") and last in word_set("unnamed_heads")


def _capitalised_people(run: list[Token]) -> bool:
    """"Iowa Republicans", "Texas Democrats", "Miami Cubans": a place and a party's members or a people, a group word
    capitalised wherever it is written, which ends no person's name (not "Joycelyn Elders": a group word that is also a surname)."""
    last = run[-1].lower
    return _group_name(last) and (last[:-1] in PARTY_MEMBERS or last.endswith(("ans", "nos", "nas", "ics", "ims"))) and not _first_name(run[0].text)


# A site is an outlet's kind only after "news": "the news site Harlow Info" (not "the fundraising site GiveHub").
NEWS_SITE_WORDS = frozenset({"site", "website"})
# The kind of outlet written before its name: "the state news agency KNA", "the broadcaster NRK-2".
OUTLET_KINDS = frozenset({"agency", "broadcaster", "newspaper", "daily", "tabloid", "weekly", "channel", "network", "magazine", "wire"})
# Lower-case particles inside a foreign outlet's name: "El Correo del Norte", "Il Corriere della Sera".
NAME_PARTICLES = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den"})
# Outlets named only by what they are: "state media", "Orlesian state television".
STATE_OUTLETS = frozenset({"media", "television", "tv", "radio", "broadcaster", "news"})
# The words described_outlet reads an outlet from: a kind of outlet, or "state" before a state outlet.
OUTLET_WORDS = OUTLET_KINDS | {"state", "state-run", "state-owned"} | NEWS_SITE_WORDS


def described_outlet(text: str, tokens: list[Token]) -> str | None:
    """"the state news agency KNA" -> "KNA"; "Orlesian state media" -> "Orlesian state media": an
    outlet introduced by the kind of outlet it is, or a state outlet named by its country."""
    body = tokens[1:] if tokens and tokens[0].lower in ("the", "a", "an") else tokens
    if len(body) < 2 or len(body) > 7 or not all(t.is_word for t in body):
        return None
    kind = next((x for x, t in enumerate(body) if not t.is_capitalized and (t.lower in OUTLET_KINDS or _news_site(body, x))), None)
    if kind == len(body) - 1 and (known := _known_outlet_before_its_kind(text, body)):
        return known
    if kind is not None and 0 < len(body) - kind - 1 <= 4:
        run = body[kind + 1:]
        if all(t.is_capitalized or 0 < x < len(run) - 1 and t.lower in NAME_PARTICLES for x, t in enumerate(run)) and not run[0].lower in word_set("capitalized_function_words"):
            name = _text(text, run)
            return outlet_name(name) or name
    if len(body) >= 2 and body[-2].lower in ("state", "state-run", "state-owned") and body[-1].lower in STATE_OUTLETS and not body[-1].is_capitalized and (
            len(body) == 2 or len(body) == 3 and body[0].is_capitalized):
        return _text(text, body)
    return None


def _news_site(body: list[Token], x: int) -> bool:
    """"the news site Harlow Info", "the news website Harlow Today": a site named as news is an outlet's kind."""
    return body[x].lower in NEWS_SITE_WORDS and x > 0 and body[x - 1].lower == "news"


def _known_outlet_before_its_kind(text: str, body: list[Token]) -> str | None:
    """"the nationalist Global Times tabloid": a listed outlet named before the kind of outlet it is, after at most two
    words that describe it. Only a listed one: "a Baton Rouge newspaper" names the paper's town, not the paper."""
    run = len(body) - 1
    while run > 0 and body[run - 1].is_capitalized:
        run -= 1
    if run == len(body) - 1 or run > 2 or any(t.is_capitalized for t in body[:run]):
        return None
    return known_outlet(_text(text, body[run:-1]))


def _org_head(word: str) -> bool:
    return is_org_word(word) or word.endswith("s") and is_org_word(word[:-1])  # ("Centers": a plural head heads a body too)


def body_name_start(tokens: list[Token], joint: int) -> int | None:
    """"the Centers for Disease Control and Prevention", "Pell & Company Research": the "and" or "&" at ``joint`` joins
    capitalised words of one body's name (its head opened with "of" or "for", or an ampersand's firm), not two names;
    where that name starts, or None. A role or a first name after it begins a person of its own ("... and Senator Lee")."""
    if not (0 < joint < len(tokens) - 1 and tokens[joint - 1].is_capitalized and tokens[joint + 1].is_capitalized) or (
            is_role_word(tokens[joint + 1].text) or _first_name(tokens[joint + 1].text)):
        return None
    x = joint - 1
    links = BODY_NAME_LINKS if tokens[joint].lower == "and" else ()
    while x > 0 and joint - x < 8 and (tokens[x].is_capitalized or tokens[x].lower in links):
        if tokens[x].lower in ("of", "for") and tokens[joint].lower == "and":
            return x - 1 if tokens[x - 1].is_capitalized and _org_head(tokens[x - 1].text) else None
        x -= 1
    return x + (not tokens[x].is_capitalized) if tokens[joint].lower == "&" else None


def joined_into_body_name(tokens: list[Token], joint: int) -> bool:
    return body_name_start(tokens, joint) is not None


def _capitalised_organization(tokens: list[Token], phrase: str) -> Mention | None:
    """"The Red Crescent Society of Calvar", "the Institute for Fiscal Studies": capitalised words
    joined by "of"/"for" whose one-word tail is no personal name. A role before the connector
    ("the Minister of Defence") is a person's title, not an organisation."""
    body = tokens[1:] if tokens[0].lower == "the" else tokens
    if len(body) < 3 or not all(t.is_capitalized or t.lower in CONNECTORS for t in body):
        return None
    joint = next((i for i, t in enumerate(body) if t.lower in ORG_CONNECTORS), None)
    if not joint or not body[joint - 1].is_capitalized or is_role_word(body[joint - 1].text) and not is_org_word(body[joint - 1].text):
        return None
    return Mention(phrase, tokens[0].start, tokens[-1].end, strip_possessive(_drop_leading_article(phrase)), "organization")


BY_PARTICIPLES = frozenset({
    "polled", "surveyed", "interviewed", "published", "released", "compiled", "obtained", "seen", "reviewed",
    "conducted", "commissioned", "collected", "issued", "prepared", "leaked", "gathered", "analysed", "analyzed",
})
MADE_BY_PARTICIPLES = frozenset({"conducted", "commissioned"})  # data an outlet made, not one it carries
FORMED_BY_PARTICIPLES = frozenset({"appointed", "named", "created", "formed", "founded", "funded", "financed", "bankrolled", "chaired", "headed", "run", "organized", "organised"})
DATA_HEADS = frozenset({"figures", "data", "statistics", "numbers", "estimates", "poll", "polls", "survey", "surveys", "study", "research", "analysis", "report", "records",
                        "polling", "results", "findings", "studies", "analyses", "review", "video", "videos", "photos", "footage", "emails", "documents",
                        # ("the evidence suggests", "a field test indicated", "simple math shows", "the election returns suggest")
                        "evidence", "test", "tests", "math", "arithmetic", "returns", "projections", "forecast", "forecasts", "regulations"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"})
# The last words of a time _without_trailing_time drops: "on Thursday", "last week".
TRAILING_TIME_WORDS = WEEKDAYS | {"week", "month", "year", "weekend"}


def _without_trailing_time(tokens: list[Token], words: list[str]) -> list[Token]:
    """"figures published by NHS England on Thursday" -> without "on Thursday" (``words``: the tokens' lower-case forms)."""
    if len(words) >= 3 and words[-1] in WEEKDAYS:
        return tokens[:-2] if words[-2] in ("on", "last", "this") else tokens[:-1]
    if len(words) >= 4 and words[-2] in ("last", "this") and words[-1] in ("week", "month", "year", "weekend"):
        return tokens[:-2]
    return tokens


def _by_agent(text: str, tokens: list[Token]) -> Mention | None:
    """"traders polled by Reuters" (a source heard through an outlet), "figures published by NHS
    England" (data speaking for whoever published it)."""
    for index in range(1, len(tokens) - 2):
        if tokens[index].lower in FORMED_BY_PARTICIPLES and tokens[index + 1].lower == "by":
            # "a commission appointed by President Dana Holt", "a group funded by Lee's allies": the body speaks, not who formed it
            body = _common_noun_mention(tokens[:index], _text(text, tokens[:index]))
            if body is None or body.generic:
                return None
            body.text, body.end = _text(text, tokens), tokens[-1].end
            body.name = body.name + body.text[len(body.name):]
            return body
        if tokens[index].lower in BY_PARTICIPLES and tokens[index + 1].lower == "by":
            head, agent = tokens[:index], tokens[index + 2:]
            agent_phrase = _text(text, agent)
            outlet = outlet_name(agent_phrase) or outlet_name(_drop_leading_article(agent_phrase))
            if outlet:
                inner = parse_mention(text, head)
                if inner is None or inner.kind == "pronoun":
                    return None
                if tokens[index].lower in MADE_BY_PARTICIPLES and inner.head in DATA_HEADS:
                    pass  # "a survey conducted by One Ledger News": the outlet's own poll, relayed through nobody
                elif inner.document:
                    inner.outlet = outlet
                else:
                    inner.heard_via = outlet
                inner.text, inner.end = _text(text, tokens), tokens[-1].end
                return inner
            if _plain(head[-1].text) in DATA_HEADS or head[-1].lower in word_set("document_heads"):
                owner = parse_mention(text, agent)
                if owner is not None and owner.kind in ("organization", "person"):
                    return owner
            return None
    return None


PLACE_LINKS = frozenset({"from", "of", "at", "in"})  # "Janet Hollis from Derby", "Lauren Pike of Greater Manchester Police"


def _person_of_place(text: str, tokens: list[Token]) -> Mention | None:
    """"64-year-old Janet Hollis from Derby", "Inspector Lauren Pike of Greater Manchester Police":
    a named person followed by where they are from or work."""
    for index in range(2, len(tokens) - 1):
        if tokens[index].lower in PLACE_LINKS and (tokens[index + 1].is_capitalized or (
                # "Priya Halvorsen-Diaz of the group SafeHome", "Tom Ray of polling firm Zeta": a described body with a name
                (tokens[index + 1].lower == "the" or tokens[index + 1].is_word and tokens[index].lower == "of") and (
                    any(t.is_capitalized for t in tokens[index + 2:index + 5])))):
            head = tokens[:index]
            run = trailing_run(head)
            # (the name's words, not a role before it: "CBC Chairman G.K. Butterfield of North Carolina")
            if len(run) < 2 or any(is_org_word(t.text) or is_acronym(t.text) and not INITIALS.fullmatch(t.text) for t in split_person_name(run, False)[1]):
                return None
            person = parse_mention(text, head)
            if person is None or person.kind != "person" or person.surname_only:
                return None
            place = _drop_leading_article(_text(text, tokens[index + 1:]))
            person.text, person.end = _text(text, tokens), tokens[-1].end
            person.affiliation = person.affiliation or place
            return person
    return None


def _plural_source_of(tokens: list[Token]) -> bool:
    """"Residents of the village of San Isidro", "parents at the Lyle school": a group of unnamed
    people whose place happens to carry a name."""
    body = tokens[1:] if tokens and tokens[0].lower in ("the", "some", "many", "several") else tokens
    at = next((x for x in (1, 2) if x < len(body) - 1 and body[x].lower in PREPOSITIONS), None)
    if at is None:
        return False  # "Residents of ...", "Health officials in ..."
    word = _plain(body[at - 1].text)
    return word.endswith("s") and word in word_set("unnamed_heads")


# Prepositions whose capitalised object only places or opposes the noun before them: "officials in Fort Lane", "the case against Mr. Lee".
NAME_PLACING_PREPOSITIONS = frozenset({"in", "at", "under", "against", "near", "inside", "within", "outside", "across", "throughout"})


def _common_noun_first(tokens: list[Token]) -> bool:
    """The phrase opens with a noun phrase of lower-case words (after a capitalised first word at most) before its
    first preposition: "the leader of ...", "People in ...", not "Mr. Lee in ..." (a name placed)."""
    first = next((x for x in range(1, len(tokens)) if tokens[x].lower in PREPOSITIONS or tokens[x].lower in NAME_PLACING_PREPOSITIONS), None)
    if first is None:
        return False
    head = tokens[first - 1]
    if not head.is_word or _plain(head.text) in DETERMINERS:
        return False
    if head.is_capitalized:
        return first == 1 and (_plain(head.text) in word_set("unnamed_heads") or _plain(head.text) in word_set("role_words"))
    return not any(t.is_capitalized for t in tokens[1:first])


def _titled_or_bare(prefix: list[Token]) -> bool:
    """The words of a capitalised run before the name are none, or end in a role: "Prime Minister Dana Holt", not "Ohio State Dana Holt"."""
    return not prefix or is_role_word(prefix[-1].text)


def _source_noun_before_preposition(tokens: list[Token]) -> bool:
    """The phrase is "<lower-case source noun> <preposition> ...": "officials from the SDF"."""
    for index, token in enumerate(tokens[1:], start=1):
        if token.lower in PREPOSITIONS:
            head = tokens[index - 1]
            word = _plain(head.text).removeprefix("ex-")  # "the ex-wife of Alan Grayson"
            if head.text[:1].isupper():  # only a sentence's first word: "Officials from the SDF said"
                return index == 1 and word in word_set("unnamed_heads")
            return word in word_set("unnamed_heads") or word in word_set("role_words")
    return False


# What an outlet publishes, named with the outlet: "a new article in Politico", "a guest column in the Ledger".
PUBLISHED_PIECES = frozenset({"article", "story", "column", "op-ed", "editorial", "piece", "essay"})
PUBLISHED_IN = ("in", "by", "from", "on")


# What an outlet relays without being its source: "an interview with The Ledger", "a Ledger interview", "an AP account".
RELAYED_PIECES = frozenset({"interview", "interviews", "account"})
INTERVIEW_HEARERS = ("with", "to")  # "an interview with The Ledger", "an interview he gave to The Ledger"


def _relayed_piece(text: str, tokens: list[Token], words: list[str]) -> Mention | None:
    """"according to an interview with The Ledger at the time", "an interview his brother gave to Radio Nord", "a recent
    Ledger interview", "an AP account": the piece as written, heard through the outlet its words name."""
    head = next(x for x, word in enumerate(words) if word in RELAYED_PIECES)
    if head == 0 or words[0] not in ("a", "an", "the"):
        return None
    modifiers = 1
    while modifiers < head and tokens[modifiers].text.islower():
        modifiers += 1  # "a recent", "a lengthy 2015"
    outlet = None
    if modifiers < head:
        known = longest_known_outlet([t.text for t in tokens[modifiers:head]])
        outlet = known[1] if known is not None and modifiers + known[0] == head else outlet_name(_text(text, tokens[modifiers:head]))
    elif words[head] != "account":
        hearer = next((x for x in range(head + 1, len(words) - 1) if words[x] in INTERVIEW_HEARERS), None)
        if hearer is not None:
            outlet = _outlet_opening(text, tokens[hearer + 1:])
    if not outlet:
        return None
    mention = _common_noun_mention(tokens, _text(text, tokens))
    if mention is None and words[head] != "account":
        # "an interview his brother Tom Osman gave to ITV": the name of who gave it leaves no common noun phrase, the piece speaks
        mention = Mention(_text(text, tokens), tokens[0].start, tokens[-1].end, _text(text, tokens), "unnamed", head=words[head], generic=True)
    if mention is not None:
        mention.heard_via = outlet
    return mention


def _outlet_opening(text: str, tokens: list[Token]) -> str | None:
    """The outlet the words open with, known or named by pattern: "The Ledger at the time" -> "Ledger"."""
    known = longest_known_outlet([t.text for t in tokens[:6]])
    if known is not None:
        return known[1]
    end = 1 if tokens and tokens[0].lower == "the" else 0
    while end < len(tokens) and tokens[end].is_word and tokens[end].is_capitalized:
        end += 1
    return outlet_name(_drop_leading_article(_text(text, tokens[:end]))) if end else None


# Documents written without a determiner: "according to research published on Wednesday".
MASS_DOCUMENT_HEADS = frozenset({"research", "documents", "filings"})
AUTHOR_PARTICIPLES = frozenset({"sent", "written", "signed", "drafted", "authored", "submitted", "prepared", "commissioned", "issued", "released", "published"})


PLATFORMS = frozenset({"facebook", "twitter", "instagram", "youtube", "tumblr", "medium", "linkedin", "snapchat"})
# What someone posts through, written after its owner or its platform: "Lintz's account tweeted", "her Twitter feed said".
ACCOUNT_HEADS = frozenset({"account", "feed"})


@lru_cache(maxsize=1)
def _document_words() -> frozenset[str]:
    """The words _document_mention reads a document from: a document's head, an account or a published piece."""
    return word_set("document_heads") | ACCOUNT_HEADS | PUBLISHED_PIECES


def _document_mention(text: str, tokens: list[Token], phrase: str) -> Mention | None:
    """"Cornyn's statement", "The Home Office letter", "A leaked letter seen by Sky News"."""
    heads = word_set("document_heads")
    for index, token in enumerate(tokens):
        if token.lower in PUBLISHED_PIECES and token.lower not in heads:
            if index + 2 < len(tokens) and (tokens[index + 1].lower in PUBLISHED_IN or _dated_piece(tokens, index)):
                return _published_in_outlet(text, tokens, index, phrase)
            continue
        if token.lower not in heads and not (token.lower in ACCOUNT_HEADS and index > 0 and (
                tokens[index - 1].lower in PLATFORMS or tokens[index - 1].text.endswith(("'s", "’s")))) or index == 0 and token.lower not in MASS_DOCUMENT_HEADS:
            continue
        owner_tokens = [t for t in tokens[:index] if t.is_capitalized and t.lower not in ("the", "a", "an")]
        # Only the words directly before the document noun may own it.
        owner_run = trailing_run(tokens[:index])
        joint = index - len(owner_run) - 1
        if owner_run and (name_start := body_name_start(tokens, joint)) is not None:
            if tokens[joint].lower == "and" and token.is_capitalized:
                return None  # "the Center for Housing and Policy Research found": the capitalised noun ends a body's name
            owner_run = tokens[name_start:index]  # "Pell & Company research shows": the firm the ampersand names owns it
        if owner_run and owner_run[-1].lower in PLATFORMS:
            owner_run = owner_run[:-1]  # "Bush's Facebook post", "a Facebook post": Bush owns it (or nobody named), Facebook carries it
        outlet = None
        rest = tokens[index + 1:]
        author = None
        if len(rest) >= 2 and rest[0].lower in ("seen", "obtained", "published", "leaked", "reviewed", "carried", "broadcast", "aired") and rest[1].lower == "by":
            outlet = outlet_name(_drop_leading_article(_text(text, rest[2:]))) or outlet_name(_text(text, rest[2:])) or described_outlet(text, rest[2:])
        elif len(rest) >= 2 and (rest[0].lower in PUBLISHED_IN or _dated_piece(tokens, index)):
            return _published_in_outlet(text, tokens, index, phrase)
        elif len(rest) == 1 and rest[0].lower in ("published", "released", "issued"):
            pass  # "research published on Wednesday" (the day already dropped): the document itself
        elif len(rest) >= 3 and rest[0].lower in AUTHOR_PARTICIPLES:
            # "A letter sent to hospital managers in 2020 by a group of consultants": its author
            by = next((x for x in range(1, len(rest) - 1) if rest[x].lower == "by"), None)
            if by is None:
                return None
            author_phrase = _text(text, rest[by + 1:])
            outlet = outlet_name(_drop_leading_article(author_phrase)) or outlet_name(author_phrase)
            author = None if outlet else parse_mention(text, rest[by + 1:])
            if author is None and not outlet or author is not None and author.kind not in ("person", "organization", "unnamed"):
                return None
        elif rest:
            return None
        owner = strip_possessive(_text(text, owner_run)) if owner_run else None
        if author is not None:
            owner = author.name if author.kind == "person" else author.text
        if owner_tokens and not owner_run:
            owner = None
        return Mention(phrase, tokens[0].start, tokens[-1].end, owner or phrase, "document", outlet=outlet,
                       document_owner=owner, document=True, head=token.lower)
    return None


def _dated_piece(tokens: list[Token], index: int) -> bool:
    """"a report Tuesday from WKXT", "a story Friday in the Ledger": the day the piece came out, between it and its outlet."""
    return index + 3 < len(tokens) and tokens[index + 1].lower in WEEKDAYS and tokens[index + 2].lower in PUBLISHED_IN


def _published_in_outlet(text: str, tokens: list[Token], index: int, phrase: str) -> Mention | None:
    """"according to a report in The Guardian", "a new article in Politico": the outlet that published it speaks.
    Only lower-case words ("new", "guest") may stand between the article and the piece: "a Lee report in ..." is Lee's."""
    if tokens[0].lower not in ("a", "an", "the") or not all(t.text.islower() for t in tokens[1:index]):
        return None
    rest = tokens[index + 3 if _dated_piece(tokens, index) else index + 2:]
    named = outlet_name(_drop_leading_article(_text(text, rest))) or outlet_name(_text(text, rest)) or (
        len(rest) == 1 and bare_call_sign(rest[0].text))  # "a report from WKXT": a station's call letters, where a publisher is named
    if not named:
        return None
    return Mention(phrase, tokens[0].start, tokens[-1].end, named, "organization", outlet=named)


def _named_mention(text: str, tokens: list[Token], run: list[Token], phrase: str) -> Mention:
    run_start = len(tokens) - len(run)
    before = tokens[:run_start]
    connector_before = bool(before) and (before[-1].lower in CONNECTORS or before[-1].text in "-–")
    # (the run's word tests are read through map: the lru_cache'd tests are called in C, with no generator made per phrase)
    texts = [token.text for token in run]
    cut = person_name_cut(texts, connector_before)
    prefix, name_tokens = run[:cut], run[cut:]
    person_named = len(name_tokens) >= 2 and (not (any(map(is_org_word, texts[cut:])) or any(map(is_acronym, texts[cut:]))) or (
        middle_name_like_org(name_tokens))) and not (
        _plain(name_tokens[-1].text).endswith("s") and _plain(name_tokens[-1].text) in word_set("unnamed_heads"))  # "... of Air Navigation Officers"
    if person_named and not prefix and len(before) == 1 and before[0].lower == "the":
        return _organization_mention(tokens, phrase)  # "the Land Registry": people are not written with an article
    if not prefix and connector_before and len(before) >= 2 and before[-2].is_capitalized and not is_role_word(before[-2].text) and (
            before[-1].lower in ("and", "for", "of")) and person_named:
        if before[-1].lower == "and" and len(before) >= 3 and is_name_phrase(before[:-1]) and all(t.is_capitalized or t.lower == "and" for t in before):
            # "Mark Ennis and Jon Cole": two full names joined by "and" are a pair, not a name after a role "Mark Ennis and"
            return Mention(phrase, tokens[0].start, tokens[-1].end, phrase, "unnamed")
        if before[-1].lower != "and" and not _first_name(name_tokens[0].text):
            # "National Farmers United for Rural Progress", "the Division of Gaming Control": one body's name, not a
            # person "Rural Progress" (a first name after the connector reads as a person: "Governor of Utah Ann Lee")
            first = len(before) - 2
            while first > 0 and (before[first - 1].is_capitalized or before[first - 1].lower in CONNECTORS and before[first - 1].lower != "the"):
                first -= 1
            body = text[before[first].start:tokens[-1].end]
            return Mention(phrase, tokens[0].start, tokens[-1].end, strip_possessive(body), "organization")
    if not person_named and (
        (prefix and all(map(is_acronym, texts[:cut])))  # "NHS England"
        or any(map(is_org_word, texts)) or (len(run) == 1 and is_acronym(texts[0])) or (
            before and all(t.is_capitalized or t.lower in CONNECTORS for t in before) and any(is_org_word(t.text) for t in tokens))
    ):
        return _organization_mention(tokens, phrase)
    if not name_tokens:
        # "the Home Secretary": a role standing for a person named elsewhere.
        head = _plain(run[-1].text)
        return Mention(phrase, tokens[0].start, tokens[-1].end, phrase, "unnamed", head=head,
                       definite=tokens[0].lower == "the", role=_drop_leading_article(phrase))
    name = strip_possessive(text[name_tokens[0].start:run[-1].end])
    role_tokens = before + prefix
    title = role = None
    if role_tokens:  # (most names come alone: no role, title or place before them)
        title, role_tokens, role = _title_and_role(text, role_tokens)
    if not role_tokens and not title and len(name_tokens) >= 2 and names_a_place(name) and _plain(name_tokens[-1].text) not in PARTY_MEMBERS:
        # "Puerto Rico has been warning", "North Korea's claim": a place speaks as its government does, as one-word places do
        return _organization_mention(tokens, phrase)
    return Mention(phrase, tokens[0].start, tokens[-1].end, name, "person", title=title, role=role,
                   affiliation=affiliation_of(role) if role else None, surname_only=len(name_tokens) == 1 and not role_tokens)


def _title_and_role(text: str, role_tokens: list[Token]) -> tuple[str | None, list[Token], str | None]:
    """(title, role words, role) of the words before a name: "Col." is a title, "Home Secretary" a role."""
    title = None
    if role_tokens[-1].lower in word_set("titles"):
        title = role_tokens[-1].text
        role_tokens = role_tokens[:-1]
    role = _text(text, role_tokens).strip(" ,") or None
    if role and role.lower() in DETERMINERS:
        role = None
    return title, role_tokens, role


def _organization_mention(tokens: list[Token], phrase: str) -> Mention:
    """The whole capitalised phrase names an organisation: "the Land Registry", "NHS England"."""
    return Mention(phrase, tokens[0].start, tokens[-1].end, strip_possessive(_drop_leading_article(phrase)), "organization")


SHARE_VERBS = frozenset({"said", "say", "says", "told", "want", "wants", "think", "thinks", "believe", "believes", "support", "supports",
                         "oppose", "opposes", "is", "are", "was", "were", "have", "has", "had", "will", "would", "know", "knew", "see", "saw"})
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
SHARE_WORDS = frozenset({"half", "majority", "third", "thirds", "quarter", "quarters", "most", "percent"})
SHARE_CUES = SHARE_WORDS | {"in"}  # (one of them, or a "%", is in every phrase _share_of_people counts as a share)
# Auxiliaries and modals: a phrase holding one is a clause ("Its hosts don't hesitate", "the board would have
# tried"), never a source's noun phrase.
CLAUSE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "might", "must", "should",
                                "shall", "did", "does", "do", "won't", "wouldn't", "couldn't", "can't", "didn't", "doesn't", "don't", "isn't",
                                "wasn't", "weren't", "hasn't", "hadn't", "haven't", "won’t", "wouldn’t", "couldn’t", "can’t", "didn’t",
                                "doesn’t", "don’t", "isn’t", "wasn’t", "weren’t", "hasn’t", "hadn’t", "haven’t"})
# What may follow the auxiliary at the end of a subject the cue's own words cut: "is expected [to announce]", "were more [likely to say]".
VERB_GROUP_TAIL = frozenset({"expected", "likely", "unlikely", "set", "poised", "due", "able", "ready", "more", "less", "also", "still", "now", "often",
                             "not", "been", "be",
                             # verbs that take the cue as their infinitive: "don't hesitate [to report]", "would have tried [to explain]"
                             "hesitate", "hesitated", "try", "tried", "want", "wanted", "seem", "seemed", "appear", "appeared", "refuse",
                             "refused", "decline", "declined", "continue", "continued", "hope", "hoped", "plan", "planned", "intend", "intended",
                             "tend", "tended", "begin", "begun", "need", "needed", "like", "liked", "love", "loved", "bother", "dare", "fail", "failed"})


def _describes_people(words: list[str], i: int) -> bool:
    """"registered voters", "college-educated women": an adjective in -ed before the people it describes."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return after.endswith("s") and after not in SHARE_VERBS or after in ("women", "men", "people")


def _share_of_people(words: list[str]) -> bool:
    joined = "".join(words)
    # "two-thirds of voters", "three-quarters": a written fraction reads as its words
    if "-" in joined:  # (a phrase without a hyphen reads as it is)
        words = [part for w in words for part in (w.split("-") if "-" in w and w.rsplit("-", 1)[1] in SHARE_WORDS else (w,))]
    if SHARE_CUES.isdisjoint(words) and "%" not in joined:
        return False  # (most phrases hold no word a share is counted with, said in C)
    if "percent" not in words and SHARE_WORDS.isdisjoint(words[:4]) and "in" not in words[1:5] and "%" not in "".join(words[:2]):
        return False  # (no share is counted without one of these, "the" before it or not: most phrases, said at once)
    if len(words) > 8 or not words or any(w in SHARE_VERBS or w.endswith("ed") and not _describes_people(words, i) and w not in RESPONDENTS
                                          for i, w in enumerate(words)):
        return False  # "65 percent of Republicans supported": a clause, not a phrase ("of registered voters" is one)
    if words[0] == "the" and len(words) > 2 and words[1][:1].isdigit():
        words = words[1:]  # "the 30 percent of voters who said ..."
    if len(words) <= 3 and words[0][:1].isdigit() and words[0].endswith("%"):
        return True  # "18% who say ...", "56% of voters"
    if "percent" in words or any(w in SHARE_WORDS for w in words[:3]) and (len(words) <= 3 or "of" in words):
        return words[0][0].isdigit() or words[0].split("-")[0] in TENS or words[0] in NUMBER_WORDS | SHARE_WORDS | {"about", "almost", "nearly", "some", "a", "more", "fewer", "only", "just", "over", "roughly"} or (
            words[0] == "another" and len(words) > 1 and words[1][:1].isdigit())  # "another 12 percent who say ...": one more share counted
    # "four in 10", "Six in 10 voters"
    if "in" not in words[1:4]:
        return False
    after = words.index("in", 1) + 1
    return after < len(words) and (words[after][:1].isdigit() or words[after] in NUMBER_WORDS)


PARTITIVES = frozenset({"some", "many", "most", "all", "several", "none", "each", "one", "two", "three", "few", "number", "handful", "majority", "dozens", "hundreds", "thousands", "both",
                        "array", "range", "host", "couple", "minority", "plurality", "pair", "chorus"})
# "those surveyed", "those polled": a poll's respondents.
RESPONDENTS = frozenset({"surveyed", "polled", "interviewed", "questioned", "asked"})
# Plural heads with these endings name people ("specialists", "technologists", "historians").
PEOPLE_PLURAL = re.compile(r"(?:ists|ians)$")
NOT_PEOPLE_PLURALS = frozenset({"insists", "persists", "resists", "assists", "consists", "exists", "twists", "wrists", "lists", "fists", "mists"})
# Lower-case plurals in "-ers" that name things, not people who do something ("forecasters", "homeowners", "bundlers").
NOT_AGENT_PLURALS = frozenset({"numbers", "papers", "letters", "matters", "orders", "quarters", "headquarters", "centers", "borders", "powers",
                               "waters", "computers", "posters", "banners", "markers", "filters", "containers", "chapters", "meters",
                               "barriers", "corners", "towers", "layers", "trailers", "stickers", "flyers", "fliers", "answers", "offers",
                               "helicopters", "others", "members", "headers", "covers", "folders", "printers", "servers", "monsters",
                               "shoulders", "fingers", "waivers", "transfers", "ledgers", "registers", "boosters"})


def _agent_plural(tokens: list[Token], words: list[str], head_index: int, head: str) -> bool:
    """"forecasters", "other prominent bundlers", "Syrian hackers": never a name ("Sanders"), a handle, or a phrase a
    participle opens ("urging his parishioners to")."""
    return len(head) >= 6 and head.endswith("ers") and head.isalpha() and not tokens[head_index].is_capitalized and head not in NOT_AGENT_PLURALS and (
        not words[0].endswith("ing")) and words[head_index + 1:head_index + 2] != ["to"]


SOURCE_POSTMODIFIERS = frozenset({"familiar", "close", "briefed", "involved", "knowledgeable", "privy", "present"})


def _unnamed_source_close_to(tokens: list[Token]) -> bool:
    """"a person close to the Holts", "An aide close to Senator Dana Holt", "sources familiar with Lee's thinking": a
    lower-case source noun, then a word that describes sources and its preposition; the name after is whom the source
    is close to, never who speaks."""
    for index in range(1, min(len(tokens) - 2, 5)):
        word = tokens[index].lower
        if word in SOURCE_POSTMODIFIERS and tokens[index + 1].lower in ("to", "with") and tokens[index - 1].lower in _source_heads() and all(
                not t.is_capitalized or t.lower in ("a", "an", "one", "another", "some", "two", "three", "several") for t in tokens[:index]) and (
                index == 1 or tokens[index - 1].is_word):
            return True
    return False


# Words that open a sentence capitalised but say how senior a source is, not whom it speaks for.
RANKS = frozenset({"senior", "top", "former", "current", "high-ranking", "ranking", "local", "unnamed", "anonymous", "few"})


# "a Clinton campaign spokesman": a lower-case body between the name and the source's head noun.
ORGANISATION_MODIFIERS = frozenset({"campaign", "administration", "government", "ministry", "department", "party", "transition", "team"})


def _capitalised_modifier(tokens: list[Token]) -> str | None:
    """"a Defense Ministry official", "two White House aides": the capitalised words before an
    unnamed source's head noun name whom the source speaks for."""
    run = []
    named = False  # (a capitalised word is in the run already: an organisation noun before it is no longer taken)
    for token in reversed(tokens):
        capitalised = token.is_word and token.text[:1].isupper()
        organisation_noun = not named and token.lower in ORGANISATION_MODIFIERS
        if not (capitalised or organisation_noun) or token.lower in DETERMINERS or token.lower in RANKS:
            break
        run.insert(0, token.text)
        named = named or token.text[:1].isupper()
    return " ".join(run) if named else None


def _people_source(tokens: list[Token], words: list[str], head_index: int, head: str) -> bool:
    """"officials", "a spokeswoman", "the data", "analysts", "someone": a head noun that names a source."""
    return head in word_set("unnamed_heads") or head_index == 0 and head in SOMEONE or head.removeprefix("ex-") in word_set("role_words") or head in DATA_HEADS or (  # "his ex-wife"
        head.endswith("s") and head[:-1] in word_set("institution_heads")) or (
        len(head) > 6 and PEOPLE_PLURAL.search(head) is not None and head not in NOT_PEOPLE_PLURALS) or _agent_plural(tokens, words, head_index, head)


ASIDE_WORDS = ("here", "there", "too", "also", "alike")
SEEM_VERBS = ("seems", "seem", "seemed", "appears", "appear", "appeared")
ASIDE_ENDS = frozenset(ASIDE_WORDS + SEEM_VERBS + ("least",))  # the last words _without_trailing_aside drops


def _without_trailing_aside(tokens: list[Token], words: list[str], phrase: str) -> tuple[list[Token], list[str], str]:
    """The phrase without an aside or a verb after its noun phrase."""
    while len(words) > 1 and words[-1] in ASIDE_WORDS:
        tokens, words = tokens[:-1], words[:-1]  # "Her campaign workers here said"
        phrase = phrase[:tokens[-1].end - tokens[0].start]
    if len(words) > 3 and words[-2:] == ["at", "least"]:
        tokens, words = tokens[:-2], words[:-2]  # "the White House at least would have tried": an aside, not part of the body
        phrase = phrase[:tokens[-1].end - tokens[0].start]
    if len(words) > 1 and words[-1] in SEEM_VERBS and tokens[-2].is_word:
        tokens, words = tokens[:-1], words[:-1]  # "a review of the emails seems [to show]": the verb before the cue's "to"
        phrase = phrase[:tokens[-1].end - tokens[0].start]
    return tokens, words, phrase


def _head_index(words: list[str]) -> int:
    """The common noun phrase's head: the word before its first preposition, else its last word."""
    if PREPOSITIONS.isdisjoint(words):  # (most phrases hold no preposition, said in C)
        return len(words) - 1
    for index, word in enumerate(words):
        if index > 0 and word == "of" and words[index - 1] in PARTITIVES and index + 1 < len(words):
            continue  # "some of the women", "a number of attendees": the people after "of" are the head
        if index > 0 and (word in PREPOSITIONS or word in SOURCE_POSTMODIFIERS and index + 1 < len(words) and words[index + 1] in PREPOSITIONS):
            return index - 1  # "officials from the SDF", "people familiar with the matter"
    return len(words) - 1


def _common_noun_mention(tokens: list[Token], phrase: str, words: list[str] | None = None) -> Mention | None:
    """"officials from the SDF", "a monitor", "the government"; any other determiner phrase
    ("the coroner") is accepted as a generic source, which callers trust less. (``words``: the tokens' lower-case
    forms, when the caller has them.)"""
    if words is None:
        words = [t.lower for t in tokens]
    if not tokens[0].is_word and not any(t.is_word for t in tokens):  # (most phrases open with a word)
        return None
    if _share_of_people(words):
        # "46 percent of voters", "About four in 10", "Almost half": respondents counted by a poll
        return Mention(phrase, tokens[0].start, tokens[-1].end, phrase, "unnamed", head="percent")
    if words[-1] in ASIDE_ENDS:  # (most phrases end otherwise)
        tokens, words, phrase = _without_trailing_aside(tokens, words, phrase)
    head_index = _head_index(words)
    head = strip_possessive(words[head_index])
    # ("the more voters fear ...": a comparative, no group met before)
    definite = words[0] in ("the", "this", "that", "these", "those") and not (len(words) > 2 and words[0] == "the" and words[1] in ("more", "fewer", "less")) or (
        words[0] in ("his", "her", "their") and head in word_set("role_words"))  # "her nephew said"
    name = phrase
    if tokens[0].text in ("The", "A", "An"):
        name = tokens[0].text.lower() + phrase[len(tokens[0].text):]  # "The ministry" opening a sentence
    start, end = tokens[0].start, tokens[-1].end
    institution = head in word_set("institution_heads") or " ".join(words[-2:]) in word_set("institution_heads")
    cut = next((i for i, word in enumerate(words) if word in CLAUSE_AUXILIARIES), 0) if not CLAUSE_AUXILIARIES.isdisjoint(words) else 0
    if cut and (institution or all(word in CLAUSE_AUXILIARIES or word in VERB_GROUP_TAIL for word in words[cut:]) and not _people_source(
            tokens, words, head_index, head)):
        # A subject holding an auxiliary is a clause, not a source's noun phrase. A body before the verb is the source
        # ("The Department of Labor has misled the public"), as is a phrase before a verb group the cue's own words cut
        # ("The agency is expected [to announce]"); "Here are some ways his campaign [hopes ...]": the body after the verb.
        opening = next((i for i in range(head_index - 1, cut, -1) if words[i] in DETERMINERS), None) if institution and head_index > cut else None
        if opening is not None:
            return _common_noun_mention(tokens[opening:], phrase[tokens[opening].start - tokens[0].start:])
        subject = _common_noun_mention(tokens[:cut], phrase[:tokens[cut - 1].end - tokens[0].start])
        if subject is not None:
            return subject
    if institution:
        return Mention(phrase, start, end, name, "organization", head=head, definite=definite)
    if len(words) == 2 and words[0] == "those" and words[1] in RESPONDENTS:
        return Mention(phrase, start, end, name, "unnamed", head="respondents", definite=True)
    known_source = _people_source(tokens, words, head_index, head)
    if not known_source and not (words[0] in DETERMINERS and head_index < 6 and len(words) <= 10 and all(t.is_word for t in tokens)):
        return None  # neither a known source nor a generic determiner phrase
    if head_index < len(words) - 2 and words[head_index + 1] not in SOURCE_POSTMODIFIERS:
        affiliation = " ".join(t.text for t in tokens[head_index + 2:])  # "officials from the SDF"
    else:
        affiliation = _capitalised_modifier(tokens[:head_index]) if head_index else None  # "a Defense Ministry official"
    return Mention(phrase, start, end, name, "unnamed", head=head, definite=definite,
                   affiliation=_drop_leading_article(affiliation) if affiliation else None, generic=not known_source)
