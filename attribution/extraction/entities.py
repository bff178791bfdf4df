"""Who is who in one article: full names seen anywhere, and the sources quoted so far.

Mentions are kept apart from entities: "Veale", "he" and "the spokesman" are mentions that
resolve to the entity "Thomas Veale"; an unresolved mention is allowed, a wrong link is worse.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .cues import POLL_WORDS, cue_verb
from .names import CONNECTORS, PARTY_MEMBERS, Mention, names_a_place, names_general_office, is_acronym, is_org_word, is_role_word, middle_name_like_org, person_name_cut, strip_possessive
from .outlets import MEDIA_ROLES, _unaccented, longest_known_outlet, outlet_name
from .resources import load_json, word_set

_TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Pres", "Col", "Gen", "Lt", "Maj", "Capt", "Sgt", "Adm", "Sen", "Rep", "Gov", "Rev")
_CAPITAL_WORD = rf"(?:(?:[A-Z]\.)+|(?:{'|'.join(_TITLE_ABBREVIATIONS)})\.|[A-Z][\w'’\-]*)"
# Every branch of _CAPITAL_WORD starts with a capital. Read first as a plain character class, that capital lets
# the scan over the whole article jump from capital to capital in C; the branches go on after it in the same
# order (a title's first letter checked behind), so the matches are _CAPITAL_WORD's (the scan takes ~0.8 of the
# time it took with a look-ahead for the capital, under a third of the time without one).
_TITLES_BY_FIRST_LETTER: dict[str, list[str]] = {}
for _title in _TITLE_ABBREVIATIONS:
    _TITLES_BY_FIRST_LETTER.setdefault(_title[0], []).append(_title[1:])
# (one look behind per first letter, "(?<=M)(?:r|rs|s|aj)", not one per title: at most one title can match before its ".")
# A word's letters are taken possessively ("*+"): a run goes on only with a space, never with a word's letter, so giving
# letters back one by one, as the scan otherwise does after every capitalised word that starts no run, finds nothing.
# (the letters that open a title, checked behind in one class first: most capitals open none and skip the nine looks)
# (a word's letters: [\w'’\-] with the ASCII letters written out first, the same set, which sre answers for those from its
# bitmap before it looks the character's Unicode category up)
_WORD_LETTERS = "[a-zA-Z\\w'’\\-]"
# the capitalised word after the first capital
_CAPITAL_WORD_LED_REST = "(?:\\.(?:[A-Z]\\.)*|(?<=[" + "".join(_TITLES_BY_FIRST_LETTER) + "])(?:" + "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in _TITLES_BY_FIRST_LETTER.items()) + ")\\.|" + _WORD_LETTERS + "*+)"
_CAPITAL_WORD_LED = "[A-Z]" + _CAPITAL_WORD_LED_REST
_CAPITAL_WORD_HELD = "(?=[A-Z])" + _CAPITAL_WORD.replace("[A-Z][\\w'’\\-]*)", "[A-Z]" + _WORD_LETTERS + "*+)")  # (its capital first: one look, not its three branches)
# The gap between two words of a run: "of" or "the" after it as an empty branch's alternatives, not an optional group,
# which sre tries as a repetition, with a record of its own allocated at every gap it tries.
_RUN_JOINER = r"[ \u00a0]+(?:of[ \u00a0]+|the[ \u00a0]+|)"
# A run's first capital is where most tries of the scan fail, at a lone capitalised word ("Trump said"). What any run
# holds after it, the first word's characters (all within this class), its spaces and the second word's opening, is
# looked for first in one plain class: the first word's branches are read only where that is there. The second word is
# written out before the repetition of the others, which sre enters with a record of its own too.
_SECOND_WORD_AHEAD = r"(?=[a-zA-Z\w'’\-.]*+[ \u00a0]+(?:of[ \u00a0]|the[ \u00a0]|[A-Z]))"
CAPITALIZED_RUN = re.compile(rf"[A-Z]{_SECOND_WORD_AHEAD}{_CAPITAL_WORD_LED_REST}{_RUN_JOINER}{_CAPITAL_WORD_HELD}(?:{_RUN_JOINER}{_CAPITAL_WORD_HELD})*")
# Up to four capitalised words before a document noun: "\b((?:[A-Z][\w\-]*[ \u00a0]){0,3}[A-Z][\w\-]*)", written with its first
# capital as a plain character class (the word boundary checked behind it) for the scan's sake, as CAPITALIZED_RUN is.
# (a word's letters taken possessively: what follows them, a space or an apostrophe, is none of them, so giving letters
# back, as the scan otherwise does at every capitalised word before no document noun, finds nothing)
DOCUMENT_OWNER = re.compile(
    r"([A-Z](?<!\w[A-Z])(?:[\w\-]*+[ \u00a0][A-Z]){0,3}[\w\-]*+)(?:['’]s)?[ \u00a0]+(letter|memo|memorandum|statement|report|document|email|questionnaire|guidance|policy|filing|notice)\b"
)


@dataclass
class Entity:
    name: str
    kind: str  # person | organization | unnamed
    title: str | None = None
    role: str | None = None
    affiliation: str | None = None
    head: str | None = None
    outlet: str | None = None
    aliases: set[str] = field(default_factory=set)
    last_seen: int = -1  # offset of the latest mention resolved to it (pronouns included)
    from_document: bool = False  # met as a document's author ("the Home Office letter", "a leaked memo")
    via: str | None = None  # outlet a document reached the article through ("a memo seen by the BBC")
    names: NameIndex | None = field(default=None, repr=False, compare=False)  # the article's, for what it tells of the gender

    @property
    def gender(self) -> str | None:
        known = gender_of(self.name, self.title, self.role)
        if known is None and self.kind == "unnamed" and self.head:
            known = gender_of(None, None, self.head)  # "the man", "a woman": the head tells, as a role does ("spokeswoman")
        if known is None and self.kind == "person" and self.names is not None:
            known = self.names.learned_gender(self.name)  # "Jeb Bush ... Mr. Bush", "Dana Holt said her plan"
        if known is None and self.kind == "person":
            # learnt from the pronouns already linked to it ("He said his client ...")
            linked = {PRONOUN_GENDER.get(a.lower()) for a in self.aliases} - {None}
            if len(linked) == 1:
                return linked.pop()
        return known

    @property
    def surname(self) -> str:
        return _surname_of(self.name)  # (read for every entity of the table on each name looked up)


@lru_cache(maxsize=1 << 14)  # pure, and keyed by the name: an entity's name may grow ("Holt" to "Dana Holt")
def _surname_of(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""


# "of" between a name and the state it is from ("Ted Cruz of Texas"), either space a no-break one or not.
HOME_STATE_OF = re.compile(r"[ \u00a0]of[ \u00a0]")
# A publication named by its editors or editorial: "the editors of The Advocate", "The Advocate's editorial".
EDITED_PUBLICATION = re.compile(r"\beditors? of (The [A-Z][\w-]+(?: [A-Z][\w-]+){0,2})\b|\b(The [A-Z][\w-]+(?: [A-Z][\w-]+){0,2})(?:'s|’s)? editorial\b")
# Honorifics that make a bare surname a person's name ("Mr. Khan", "Ms. Lowry"), a gender with it.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})
QUOTATION_OPENERS = "\"“'‘"  # before a run that is a whole quotation: a label, no name
QUOTATION_CLOSERS = "\"”'’"


class KnownName:
    """A full name the article writes, where, and the role and title written with it. The role of a name the index
    found in a capitalised run is read from the words around it only when first asked: a quarter of the names are
    ever asked, and reading the others' made some 10% of the index's cost."""

    __slots__ = ("position", "name", "title", "subject", "_role", "_role_text", "_run_end")

    def __init__(self, position: int, name: str, role: str | None, title: str | None, subject: bool | None = None,
                 role_text: str | None = None, run_end: int = 0):
        self.position = position
        self.name = name
        self.title = title
        self.subject = subject  # opens its sentence (after at most a short description); found when first asked
        self._role = role
        # the article, when the role is still to be read from it: written before the name, else after its run's end
        self._role_text = role_text
        self._run_end = run_end

    @property
    def role(self) -> str | None:
        if self._role_text is not None:
            self._role = role_written_before(self._role_text, self.position) or role_written_after(self._role_text, self._run_end)
            self._role_text = None
        return self._role

    def __repr__(self) -> str:
        return f"KnownName({self.position!r}, {self.name!r}, {self.role!r}, {self.title!r}, {self.subject!r})"


# "MILLBROOK, Ohio - ", "N.H. - ": a dateline (or its tail) and its dash before the story's first words.
DATELINE_DASH = re.compile(r"\s*(?:[A-Z][A-Z'’.\-]*(?:[ \u00a0][A-Z][A-Z'’.\-]*)*,?(?:[ \u00a0][A-Z][\w.]*){0,2}[ \u00a0]+)?[-\u2014\u2013][ \u00a0]+")
TITLE_BEFORE_STOP = re.compile(r"(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Col|Gen|Lt|Maj|Capt|Sgt|Adm|Sens?|Reps?|Govs?|Rev|Messrs|St|[A-Z])\.$")
LOWER_ROLE_BEFORE = re.compile(r"(?<![\w'’\-])((?:[a-z][\w'’\-]*[ \u00a0]+){0,4}?[a-z][\w\-]*),?[ \u00a0]+$")
WORD_CHARS = re.compile(r"[\w\-]*")
# "Donald Trump, the Republican front-runner, said": a role in apposition right after the name.
ROLE_AFTER = re.compile(r",[ \u00a0]+(?:the|a|an)[ \u00a0]+((?:[\w\-]+[ \u00a0]+){0,3}?[\w\-]+)[ \u00a0]*[,.;]")
ROLE_TAIL_PREPOSITIONS = frozenset({"of", "from", "at", "in", "for", "with"})
SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n\s*)$")
SUBJECT_PREFIX_WORDS = 6
AFTER_CONNECTOR = re.compile(r"[A-Za-z][ \u00a0]+(?:and|for|&)[ \u00a0]+$")


def _a_child(known) -> bool:
    return bool(known.role) and known.role.split()[-1].lower() in ("son", "daughter")


def _same_gender_or_unknown(entity: "Entity", gender: str | None) -> bool:
    known = entity.gender
    return known is None or gender is None or known == gender


@lru_cache(maxsize=1 << 14)  # pure, and asked again for the same names on every pronoun, namesake and entity a pronoun's search walks back over
def gender_of(name: str | None, title: str | None, role: str | None, census: bool = True) -> str | None:
    """"f", "m" or None (unknown) from a title (Mrs, Sir), a role (spokeswoman) or a common first name (with ``census``,
    one of the census lists too: those hold words and places as well, "Will", "Hope", "Israel", so a name they alone
    know tells a person's gender but not that the name is a person's)."""
    words = [w.strip(",.").lower() for w in f"{title or ''} {role or ''}".split()]
    for word in words + [(title or "").lower()]:
        if word in word_set("female_words"):
            return "f"
        if word in word_set("male_words"):
            return "m"
    first = (name or "").split()[0].lower() if (name or "").split() and len((name or "").split()) > 1 else ""
    if first in word_set("female_first_names") or census and first in word_set("female_first_names_census"):
        return "f"
    if first in word_set("male_first_names") or census and first in word_set("male_first_names_census"):
        return "m"
    return None


CAPITALIZED_RUN_OR_WORD = re.compile(rf"{_CAPITAL_WORD_LED}(?:{_RUN_JOINER}{_CAPITAL_WORD_HELD})*")
OUTLET_DESCRIPTIONS = frozenset({"newspaper", "paper", "broadcaster", "network", "agency", "news agency", "website", "outlet", "channel", "station", "magazine", "tabloid", "daily"})
# "an unusual white paper that details ... the paper notes": a paper the article introduced as a document, not a newspaper.
DOCUMENT_PAPER = re.compile(r"\b(?:white|policy|position|research|working|discussion|briefing|strategy|academic)[ \u00a0-]paper\b", re.IGNORECASE)
AGE_DESCRIPTION = re.compile(r"^\d{1,3}-year-old$")
PERSON_HEADS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "man", "woman", "witness", "diplomat", "official", "source", "resident", "doctor", "lawyer",
    # one unnamed person that "he"/"she" can point back to: "a teacher who lives nearby said ... '...,' she said"
    "teacher", "nurse", "farmer", "rescuer", "survivor", "villager", "neighbour", "neighbor", "worker", "driver", "student",
    "passenger", "shopkeeper", "officer", "firefighter", "volunteer", "mother", "father", "engineer", "pilot", "soldier",
    "assistant", "employee", "clerk", "cashier", "owner", "manager", "guard", "paramedic", "parent", "customer", "shopper",
    "protester", "patient", "victim", "relative", "colleague", "aide", "adviser", "advisor", "staffer", "bystander",
    "eyewitness", "motorist", "commuter", "vendor", "trader", "miner", "activist", "campaigner", "medic", "surgeon",
    "midwife", "pupil", "daughter", "son", "wife", "husband", "sister", "brother", "grandmother", "grandfather", "fisherman",
})
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which"})
VERBISH = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "did", "does", "do", "said", "says"})
DESCRIBED_PERSON_REACH = 600  # characters back to the person a bare description may point to
# "St. ", "Mt. ", "Ft. " right before a capitalised run: the abbreviation opens the place name the run cut ("St. Paul City Council")
PLACE_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])(?:St|Ste|Mt|Ft|Pt)\.[ \u00a0]$")
GENERIC_ORG_HEADS = frozenset({"company", "firm", "group", "organisation", "organization"})
CORPORATE_HEADS = frozenset({"company", "corporation", "corp", "inc", "ltd", "llc", "plc", "group", "systems", "technologies", "holdings", "industries", "labs", "laboratories", "pharmaceuticals", "airlines", "motors"})


def _plain_word(word: str) -> str:
    return strip_possessive(word).rstrip(".,").lower()


# "the ride-hailing service Zippr", "The home appliance maker Kettlewise": a company introduced by
# what it does, later called "the company".
DESCRIBED_COMPANY = re.compile(
    r"\b(?:maker|makers|manufacturer|company|firm|service|app|platform|retailer|chain|carrier|airline|operator|"
    r"startup|start-up|giant|brand|supplier|developer|provider|producer|lender|insurer|bank|group|distributor|"
    r"publisher|automaker|carmaker|brewer|miner|owner)[ \u00a0]+((?:[A-Z][\w&'’.\-]*)(?:[ \u00a0]+[A-Z][\w&'’.\-]*){0,3})")
DESCRIBED_COMPANY_REACH = 3000
# A body the article introduces as a group: "Coast Watch, a monitoring group," or "a program called Sandy Hill Pledge"
# (name; the words describing it; its kind); "the group" (or "the monitoring group") after it is that body.
_BODY_NAME = r"((?:[A-Z][\w&'’.\-]*|the)(?:[ \u00a0]+(?:(?:of|for|and|the|on)[ \u00a0]+)*[A-Z][\w&'’.\-]*){0,6})"
INTRODUCED_GROUP = re.compile(
    _BODY_NAME + r",[ \u00a0]+(?:an?|the)[ \u00a0]+((?:[a-z][\w\-]*[ \u00a0]+){0,3}?)(group|organization|organisation)"
    r"(?=[,.;)]|[ \u00a0]+(?:that|which|based|founded|formed|led|of|for|representing)\b)"
    r"|\b(?:an?|the)[ \u00a0]+((?:[a-z][\w\-]*[ \u00a0]+){0,3}?)(group|organization|organisation|coalition|program|programme|movement|network|"
    r"campaign|nonprofit|charity|alliance)[ \u00a0]+(?:called|named)[ \u00a0]+" + _BODY_NAME)
INTRODUCED_GROUP_HEADS = frozenset({"group", "organization", "organisation"})
INTRODUCED_GROUP_REACH = 1500
# Words naming a public body, never what "the company" means; party labels, never what "the group" means.
GOVERNMENT_BODY_WORDS = frozenset({"department", "ministry", "agency", "commission", "bureau", "court", "congress", "senate", "house",
                                   "committee", "council", "administration", "government", "party", "police", "army", "navy"})
PARTY_LABELS = frozenset({"republican", "democrat", "democratic", "independent", "libertarian"})

# "a letter", "the memo", "her tweet": a written thing "it" may point back to ("'...,' it read").
WRITTEN_THING = re.compile(r"\b(an?|the|his|her|their|its|one|this)[ \u00a0]+(?:[a-z\-]+[ \u00a0]+)?(letter|memo|email|e-mail|post|tweet|message|note|ad|advertisement|sign|banner|website|document|report|statement|flyer|leaflet|text)\b", re.IGNORECASE)
THING_REACH = 600

# Roles a person holds in a race or a field ("the GOP front-runner", "the billionaire"): they name the
# person the article gave that role, never simply the last person met (who may be a rival).
STANDING_ROLES = frozenset({"front-runner", "frontrunner", "hopeful", "contender", "billionaire", "mogul", "businessman", "businesswoman",
                            "challenger", "incumbent", "tycoon", "developer", "host", "anchor", "pundit"})

# "the younger Mr. Hale" is the Hale named with one of these suffixes, "the elder Mr. Hale" with one of those
GENERATION_SUFFIXES = {"the younger": frozenset({"jr", "ii", "iii", "iv"}), "the elder": frozenset({"sr"}), "the older": frozenset({"sr"})}

# Offices a person holds one of at a time: "the judge" is not the person the article calls a senator.
OFFICES = frozenset({"senator", "governor", "president", "judge", "mayor", "congressman", "congresswoman", "representative", "sheriff",
                     "justice", "prosecutor", "ambassador", "chairman", "chairwoman", "attorney", "secretary", "speaker"})

POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its"})
RACE_ROLES = frozenset({"candidate", "nominee", "contender", "challenger", "incumbent"})
POLITICAL_OFFICES = frozenset({"senator", "sen", "governor", "gov", "congressman", "congresswoman", "representative", "rep", "president",
                               "vice-president", "secretary", "mayor", "lawmaker", "speaker"})
# Newsroom jobs: a person holding one reports or comments on a race, and is not who a description of an office means.
DESCRIPTION_TAILS = frozenset({"of", "to", "at", "for", "from", "on", "in", "with", "the", "a", "an"})

# A quotation (curly, straight or doubled single marks) inside a paragraph, and the capitalised surname that opens a
# sentence with a lower-case word after it ("Lee defends", "Lee, 41, said").
QUOTATION_IN_SENTENCE = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"|''.*?''")
CLAUSE_END = re.compile(r"[,;:!?\n\u201c\u201d\"]|(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!Sen)(?<!Rep)(?<!Gov)\.")  # ("Mr. Hale" goes on)
CLAUSE_REACH = 120
WORD_OPENING_SENTENCE = re.compile(r"(?:(?<=[.!?] )|(?<=\n))([A-Z][a-z][\w\-]*)(?= [a-z])")  # "... unfair. Dunn has pushed back"
ACTING_AFTER_NAME = re.compile(r"[ \u00a0]+[a-z]{3,}")  # "Lia Vance opened up": a name a verb follows
SENTENCE_SUBJECT_NAME = re.compile(r"[ \u00a0]*([A-Z][a-z][\w\-]*)[ \u00a0,]+[a-z0-9]")


def _blanked(match: re.Match) -> str:
    return "\x00" * len(match.group())


UNSURE_REACH = 1200
# A capitalised name of three words or more before a lower-case word for a body of people: "the Black Lives Matter movement".
NAME_BEFORE_GROUP_WORD = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){2,3}) $")
GROUP_WORDS = ("movement", "group", "organization", "organisation", "coalition", "network", "activists")
GROUP_WORDS_AFTER_A_SPACE = tuple(" " + word for word in GROUP_WORDS)
# The last word of a street's or a square's name: "Broad Street", "Liberty Square" name no person.
STREET_WORDS = frozenset({"street", "avenue", "ave", "boulevard", "blvd", "square", "plaza", "parkway", "highway"})  # (not "Lane", "Drive": surnames)
NAME_OBJECT_PREPOSITIONS = frozenset({"after", "against", "with", "to", "by", "for", "about", "from", "at", "of", "on", "toward", "towards", "over", "than", "in"})
ANSWER_REACH = 1200  # characters from "asked" to the answer's speaker
PARAGRAPH_BREAK = re.compile(r"\n+")
# Words a lower-case role before a name never spans: "isn't kowtowing to Republican presidential candidate Donald
# Trump" gives "presidential candidate", not the clause before it.
ROLE_BREAKS = frozenset({"to", "for", "with", "by", "from", "as", "than", "like", "such", "and", "or", "but", "is", "was", "are", "were",
                         "isn't", "wasn't", "not", "has", "had", "have", "will", "would"})

# A capitalised word after a lower-case one: a surname written alone, not the end of a longer name.
# Its first capital is read as a plain character class (what stands before it checked behind it), so the scan skips to
# capitals: "(?<=[a-z,] )([A-Z][a-z]...", as CAPITALIZED_RUN is (tests/extraction/test_fast_patterns.py).
BARE_SURNAME = re.compile(r"([A-Z](?<=[a-z,] [A-Z])[a-z][\w\-]*(?:['’]s)?)(?![\w\-]| [A-Z])")

# "President Obama", "Gov. Christie": a title and a surname written alone (a following capital would make it a full name).
# ("\b([A-Z][a-z]+\.?)...", its first capital read as a plain character class, the word boundary checked behind it)
TITLED_SURNAME = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+\.?)[ \u00a0]+([A-Z][a-z][\w\-]*(?:['’]s)?)\b(?![ \u00a0]+[A-Z])")

# A capitalised word, not part of a longer name or a possessive, followed by a lower-case word: "Bush went ...".
# ("(?<![\w'’.\-] )(?<![\w'’\-])([A-Z][a-z]...", its first capital read as a plain character class)
SENTENCE_SURNAME = re.compile(r"([A-Z](?<![\w'’.\-] [A-Z])(?<![\w'’\-][A-Z])[a-z][\w\-]*)(?= [a-z])")
SURNAME_REACH = 1500  # characters back to a surname written alone: farther, the full name is what a reader recalls

HONORIFIC_SURNAME = re.compile(r"M(?<!\wM)(rs?|s|iss)\.?[ \u00a0]+([A-Z][\w'’\-]+)")  # Mr, Mrs, Ms, Miss: the capital first for the scan's sake
# what may not stand between a name and the pronoun that tells its gender: a sentence end, a line break, a quotation mark
PRONOUN_GAP_BREAK = re.compile(r"[.!?][\s\"“”]|[\n\"“”]")
# r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]ers?)\b" with its first letter as a plain class (the boundary checked behind it):
# sre then scans for that letter, where a pattern opening with a boundary is tried at every character
PERSONAL_PRONOUN = re.compile(r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?:e|is|im|ers?)|(?<=[Ss])he)\b")
CAPITAL_WORD_IN = re.compile(r"\b[A-Z][\w'’\-]*")
PRONOUN_AFTER_NAME_REACH = 120
# Words after which "he"/"she" opens a clause hung on the main one: the main clause's subject is meant.
CLAUSE_PRONOUN_OPENERS = frozenset({"when", "after", "because", "while", "before", "until", "since", "although", "though", "as"})
# a run's words up to the first possessive that capitalised words follow ("Rep. Dale Orme’s Senate")
POSSESSOR_IN_RUN = re.compile(r"\S+(?:[ \u00a0]\S+)*?['’]s(?=[ \u00a0])")
HONORIFIC_BEFORE = re.compile(r"\bM(?:rs?|s|iss)\.?[ \u00a0]+$")
# A sentence opening with a subordinator right before a pronoun ("Even as he", "While she"), and the main clause's
# subject after the opening clause's comma: a name (a title allowed), then a lower-case verb.
OPENING_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|[.!?][\"”’]\s*)(?:Even |Just )?(?:As|While|When|After|Before|Although|Though|Because|Since|Even as|Even though|even as|even though|though|as)[ \u00a0]+$")
MAIN_SUBJECT_AFTER_CLAUSE = re.compile(r"[^.,;:!?\n\"“”]{5,180}?,[ \u00a0]+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \u00a0]+)?((?:[A-Z][\w'’-]+[ \u00a0]){0,2}[A-Z][\w'’-]+)[ \u00a0]+[a-z]")
# The surname opening a sentence, its comma and a subordinator right before a pronoun: "Holt, though she ...".
# "Vance replied calmly that ...": a surname, a speech verb (an adverb may come between) and "that": whose clause it is
SURNAME_VERB_THAT = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z]+ed)(?:[ \u00a0]+[a-z]+(?:ly)?)?(?:[ \u00a0]+in[ \u00a0]+an?[ \u00a0]+[a-z]+[ \u00a0]+voice)?[ \u00a0]+that[ \u00a0]")
# "the county Department of Health gave ...": a body opening a clause as the subject of its verb ("the" + up to five words, the last
# an institution head, then a verb in -ed or -s or a common irregular past)
# Texts that say things themselves, the subject of a clause "it" may point back to: "the memo ..., though it says".
WRITTEN_SUBJECT_HEADS = frozenset({"constitution", "memo", "letter", "report", "statement", "email", "lawsuit", "complaint", "ruling", "bill",
                                   "law", "platform", "treaty", "agreement", "study", "survey", "ad", "editorial"})
BODY_SUBJECT = re.compile(r"(?:^|(?<=, )|(?<=\n))([Tt]he[ \u00a0]+(?:[\w'’&.-]+[ \u00a0]+){0,4}?([A-Za-z]+)(?:[ \u00a0]+of[ \u00a0]+(?:[A-Z][\w'’&.-]*[ \u00a0]*){1,3})?)[ \u00a0]+(?:[a-z]+(?:ed|s)|gave|told|said|made|took|sent|got|put|had|did|found|kept|began|wrote|left|held|brought|sought|paid|knew|became|went|came|ran|won|lost|spent|chose)\b")
NAME_THEN_SUBORDINATOR = re.compile(r"(?:^|[.!?][\"”’]?[ \u00a0]+|\n)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \u00a0]+)?([A-Z][a-z][\w'’\-]*),[ \u00a0]+(?:even[ \u00a0]+)?(?:when|after|because|while|before|until|since|although|though|as|once|if)[ \u00a0]+$")
# The words every match of NAME_THEN_SUBORDINATOR ends with (white space after them): a window whose last word is none of them
# (before nearly every pronoun) needs no search, which tries the pattern at each of its characters
NAME_THEN_SUBORDINATOR_WORDS = ("when", "after", "because", "while", "before", "until", "since", "although", "though", "as", "once", "if")


def _may_end_after_subordinator(window: str) -> bool:
    """Whether ``window`` ends as every match of NAME_THEN_SUBORDINATOR in it ends: with one of its words and white space
    (its "$" matching at the window's end, or before a line break that ends it)."""
    if window.endswith("\n"):
        window = window[:-1]
    return window.endswith((" ", "\u00a0")) and window.rstrip(" \u00a0").endswith(NAME_THEN_SUBORDINATOR_WORDS)


# A surname, then one verb in the past or present tense, right before a possessive: "Woods shared her ..."
SUBJECT_VERB_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)[ \u00a0]+[a-z]+(?:ed|s)[ \u00a0]+$")
NICKNAMED = re.compile(r"[\"“][A-Z][a-z]+[\"”][ \u00a0]([A-Z][a-z][\w'’-]*)")  # '"Chico" Manriquez' after a given name
# NICKNAMED for each opening mark, led by the mark itself: sre scans for a literal first character in a tight loop, and no
# match can start inside another (the closing mark is followed by a space, not a capital), so a scan finds every match
# NICKNAMED finds at a mark
NICKNAMED_AFTER = {mark: re.compile(re.escape(mark) + NICKNAMED.pattern[NICKNAMED.pattern.index("]") + 1:]) for mark in ('"', "\u201c")}
PUBLICATION_REACH = 600  # characters back to "X magazine" for "the magazine"
SURNAME_THEN_COMMA = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))([A-Z][a-z][\w'’-]+),[ \u00a0]")
WORD_CHARS_IN = re.compile(r"[\w'’-]+")
WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+$")
# Words in a definite description that say when or how, not which ("the report on Wednesday for the first time").
DESCRIPTION_FILLERS = frozenset({"on", "in", "at", "for", "of", "by", "to", "from", "with", "and", "a", "an", "first", "time", "last", "week",
                                 "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also"})
SENTENCE_REACH = 300  # characters back to the start of the sentence holding the pronoun
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# A sentence opening with an owner's role and the name of its holder: "Her chief policy aide, Jake Sullivan, ..."
OWNED_APPOSITION_OPENING = re.compile(r"\s*(Her|His)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,3}[a-z][\w-]*,[ \u00a0]+(?:[A-Z][\w'’.-]+[ \u00a0]+){0,2}([A-Z][\w'’-]+),")
# The name a relative clause describes, when a pronoun opens the clause's report ("Bram Vell, who he said had lied"): the
# pronoun is the one who says so about him, never the person described (the text before the pronoun, read backwards).
RELATIVE_BEFORE_PRONOUN = re.compile(r"[ \u00a0]+m?ohw[ \u00a0]+,?([\w'’-]*[A-Z])")
# The person a pronoun's own cue speaks to, named right after it ("he told Mr. Lee", "she asked Ann Lee", "he said to Lee"):
# the hearer is never the one who speaks, so never what the pronoun stands for.
HEARER_AFTER_PRONOUN = re.compile(r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:told|tells|asked|asks|informed|assured|reminded|warned|urged|said[ \u00a0]+to|wrote[ \u00a0]+to)"
                                  r"[ \u00a0]+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \u00a0]+)?(?:[A-Z][\w'’-]+[ \u00a0]+){0,2}([A-Z][\w'’-]+)(?![\w'’-])")


class NameIndex:
    """Every person-like full name in the text, by surname (one pass, built once per article)."""

    def __init__(self, text: str):
        self.text = text
        self._built = False
        self._org_prefixes: set[str] = set()
        self.by_surname: dict[str, list[KnownName]] = {}
        self.in_order: list[KnownName] = []
        self.positions: list[int] = []
        self._honorific_genders: dict[str, str] | None = None
        self._learned: dict[str, str | None] = {}
        self._after_the_names: list[KnownName] = []  # full names met right after "the", kept when written elsewhere too
        self._written_before_surname: dict[str, int] = {}  # surname -> how many capitalised words the text writes right before it (2 at most)
        # position -> _opens_sentence's answer: the pronoun rules ask it of the same surnames again for every "he" and "she"
        self._opens_sentence_at: dict[int, bool] = {}

    def learned_gender(self, name: str) -> str | None:
        """The gender the article itself gives a full name whose first name tells none (asked once a name):
        its every Mr./Mrs./Ms. for the surname agreeing, when no other full name has that surname ("Jeb Bush
        ... Mr. Bush"; a "Mrs. Clinton" may be Hillary, not Bill), else the pronouns right after the name
        (the honorifics, written all through the article, outrank the first pronoun after a name)."""
        if name in self._learned:
            return self._learned[name]
        learned = self._honorific_gender(name)
        if learned is None and len(name.split()) >= 2:
            learned = self._told_by_pronouns(name, name.split()[-1].lower())
        self._learned[name] = learned
        return learned

    def _honorific_gender(self, name: str) -> str | None:
        words = name.split()
        if len(words) < 2:
            return None
        surname = words[-1].lower()
        gender = self._honorific_genders_table().get(surname) or None
        if gender is not None and len({k.name for k in self.by_surname.get(surname, ()) if len(k.name.split()) >= 2}) > 1:
            return None
        return gender

    def _honorific_genders_table(self) -> dict[str, str]:
        """surname -> the gender of its every Mr./Mrs./Ms., "" when they disagree (built once an article)."""
        if self._honorific_genders is None:
            self._build()  # (the callers read the index next)
            seen: dict[str, set[str]] = {}
            for match in HONORIFIC_SURNAME.finditer(self.text):
                seen.setdefault(strip_possessive(match.group(2)).lower(), set()).add("m" if match.group(1) == "r" else "f")
            self._honorific_genders = {key: genders.pop() if len(genders) == 1 else "" for key, genders in seen.items()}
        return self._honorific_genders

    def honorifics_disagree(self, surname: str) -> bool:
        """The article writes both "Mr. Khalil" and "Ms." or "Mrs. Khalil": two people, whoever the full names are."""
        return self._honorific_genders_table().get(surname) == ""

    def _told_by_pronouns(self, name: str, surname: str) -> str | None:
        """"Dana Holt said her plan ...": the first he/his/him or she/her after the full name, in a sentence that
        names no one else before it, with no sentence end, line break or quotation mark between, is that
        person's; kept when the article never disagrees with itself. When the full name tells none and no other full
        name has the surname, so is the pronoun after the surname written alone ("Holt said she ..."; not "Holt's aide said she")."""
        seen = set()
        for known in self.by_surname.get(surname, ()):
            if known.name != name:
                continue
            start = self.text.find(name, known.position, known.position + 80)
            self._note_pronoun_after(known.position, start + len(name) if start >= 0 else known.position, seen)
        if not seen and len({k.name for k in self.by_surname.get(surname, ())}) == 1:
            written = name.split()[-1]
            at = self.text.find(written)
            while at >= 0 and len(seen) < 2:
                end = at + len(written)
                # (the character tests first: most occurrences are inside a word, a possessive or the full name)
                if not (self.text[at - 1:at].isalnum() or self.text[end:end + 1].isalnum() or self.text[end:end + 1] in ("'", "\u2019")) and (
                        self.text[max(0, at - len(name)):end] != name):
                    pronoun = PERSONAL_PRONOUN.search(self.text, end, end + PRONOUN_AFTER_NAME_REACH)
                    if pronoun is not None and "," not in self.text[end:pronoun.start()] and self._opens_sentence(at):
                        self._note_pronoun_after(at, end, seen, alone=True)
                at = self.text.find(written, end)
        return seen.pop() if len(seen) == 1 else None

    def _note_pronoun_after(self, position: int, start: int, seen: set, alone: bool = False) -> None:
        """(A surname written alone counts as the sentence's subject, no capitalised word or comma before the pronoun:
        not "Holt criticized Lee for her vote", whoever Lee is, nor "When Holt spoke, she ...".)"""
        index = bisect.bisect_right(self.positions, position)
        stop = min(self.positions[index] if index < len(self.positions) else len(self.text), start + PRONOUN_AFTER_NAME_REACH)
        match = PERSONAL_PRONOUN.search(self.text, start, stop)
        if match is None or PRONOUN_GAP_BREAK.search(self.text, start, match.start()) or any(
                alone or w.lower() in self.by_surname for w in CAPITAL_WORD_IN.findall(self.text, start, match.start())) or (
                alone and "," in self.text[start:match.start()]):
            return
        opening = max(self.text.rfind(". ", 0, position), self.text.rfind("\n", 0, position))
        if index > 1 and self.positions[index - 2] > opening or any(
                w.lower() in self.by_surname for w in CAPITAL_WORD_IN.findall(self.text, opening + 1, position)) or (
                PERSONAL_PRONOUN.search(self.text, opening + 1, position)):
            return  # "Quinn Ardent spoke with Lee Mott about his plan", "While she attacked Dan Holt in her speech"
        seen.add(PRONOUN_GENDER[match.group().lower()])

    def gender(self, known: KnownName) -> str | None:
        return gender_of(known.name, known.title, known.role) or self.learned_gender(known.name)

    def named_as_person(self, known: KnownName) -> bool:
        """A full name whose given name the hand-made lexicon knows, or whose gender a title, a role or the article
        tells: a person's, not "Wisconsin Trump" or a headline's "Will Sanders"."""
        return (gender_of(known.name, known.title, known.role, census=False) or self.learned_gender(known.name)) is not None

    def _build(self) -> None:
        """Built on the first look-up: many articles never need it."""
        if self._built:
            return
        self._built = True
        titled: list[tuple[int, str, str]] = []
        text = self.text
        group_words_at = []
        # The line the last run stood in, and whether it is in title case (_title_case_line): asked only of the lines that hold
        # a run, each once (the runs come in text order), not of every line of the article
        line_end, in_title_case = -1, False
        for match in CAPITALIZED_RUN.finditer(text):
            at, end = match.start(), match.end()  # (asked once: every run of the article passes here; span()'s tuple would be one more allocation)
            if text.startswith(GROUP_WORDS_AFTER_A_SPACE, end):
                group_words_at.append(end + 1)  # (before the headline's skip: a name before a group word is looked for everywhere)
            if at >= line_end:
                line_end = text.find("\n", at)
                if line_end < 0:
                    line_end = len(text)
                in_title_case = _title_case_line(text, text.rfind("\n", 0, at) + 1, line_end)
            if in_title_case:
                continue  # "... Can't Be Trusted With the Codes": a headline in title case capitalises every word, names or not
            if at and text[at - 1].isalnum():
                # "... a scam PAC. Dan Backer, the fund's lawyer": the run began inside a word ("C." of "PAC."); the name is after it
                rest = CAPITALIZED_RUN.match(text, at + len(match.group().split(None, 1)[0]) + 1)
                if rest is None:
                    continue
                match = rest
                at, end = match.start(), match.end()
            self._add(match.group(), at, end, titled)
        for name in self._names_before_group_words(group_words_at):
            # "the Green Lives Count movement": a name of three words or more that modifies a group word is a body's
            # name, no person's, though no organisation word ends it ("Green Lives Count issued a statement")
            first = name.split()[0].lower()
            if first not in word_set("male_first_names") and first not in word_set("female_first_names"):
                self._org_prefixes.add(name)
        if self._org_prefixes:
            # "Caldwell Elementary had four classrooms" after "Caldwell Elementary School": a short form of an organisation
            kept = [k for k in self.in_order if k.name not in self._org_prefixes]
            if len(kept) < len(self.in_order):
                self.in_order = kept
                for key, known in list(self.by_surname.items()):
                    self.by_surname[key] = [k for k in known if k.name not in self._org_prefixes]
        nicknamed = False
        for match in self._nicknames():
            # 'Juan "Chico" Manriquez of Oakland': the quoted nickname splits the capitalised run; the name is first and last
            # (the scan looks for the quoted nickname first, the given name before it after: fewer places to try)
            given = WORD_BEFORE.search(self.text, max(0, match.start() - 30), match.start() - 1) if match.start() > 1 and (
                self.text[match.start() - 1] in " \u00a0") else None
            if given is not None and (given.group().lower() in word_set("male_first_names") or given.group().lower() in word_set("female_first_names")):
                known = KnownName(given.start(), f"{given.group()} {match.group(1)}", role_written_before(self.text, given.start()), None)
                holders = self.by_surname.setdefault(match.group(1).lower(), [])
                holders.append(known)
                holders.sort(key=lambda k: k.position)
                self.in_order.append(known)
                nicknamed = True
        for position, surname, prefix in titled:
            # "Chief Dominguez urged ...", "Mrs. Lorne began ...": a titled surname of a full name met before
            earlier = [k for k in self.by_surname.get(surname.lower(), ()) if k.position < position]
            if earlier:
                title = prefix if prefix.lower() in word_set("titles") else None
                self.in_order.append(KnownName(position, earlier[-1].name, earlier[-1].role or (None if title else prefix), title or earlier[-1].title))
            elif prefix.lower().rstrip(".") in HONORIFICS:
                # "Mr. Khan disagreed. '...,' he said": a person the article names only by honorific and surname is who
                # "he" or "she" may be, as a full name would be
                self.in_order.append(KnownName(position, surname, None, prefix))
        written = {k.name for k in self.in_order} if self._after_the_names else ()
        after_the = [k for k in self._after_the_names if k.name in written]
        for known in after_the:
            self.by_surname[known.name.split()[-1].lower()].append(known)
            self.by_surname[known.name.split()[-1].lower()].sort(key=lambda k: k.position)
            self.in_order.append(known)
        if titled or nicknamed or after_the:
            self.in_order.sort(key=lambda k: k.position)
        self.positions = [k.position for k in self.in_order]

    def _names_before_group_words(self, group_words_at: list[int]):
        """Capitalised runs right before a group word, from the group words the article's capitalised runs end before: a
        name NAME_BEFORE_GROUP_WORD finds is a run's end (its words capitalised, one space apart), so no pass of its own over
        the text looks for the group words, and no pattern is tried at every capital letter."""
        text = self.text
        for at in group_words_at:
            word = next(word for word in GROUP_WORDS if text.startswith(word, at))
            after = at + len(word)
            if after >= len(text) or not text[after].isalpha():
                match = NAME_BEFORE_GROUP_WORD.search(text, max(0, at - 60), at)
                if match is not None:
                    yield match.group(1)

    def _nicknames(self):
        """Matches of NICKNAMED, found by a scan for each opening mark in turn (no step of Python at each mark, most of which
        open no nickname)."""
        for mark in ('"', "\u201c"):
            if mark in self.text:
                yield from NICKNAMED_AFTER[mark].finditer(self.text)

    def _add(self, run: str, at: int, end: int, titled: list) -> None:
        """Index the capitalised ``run`` written from ``at`` to ``end`` (the match's span, asked of it once by the caller)."""
        # (a connector before the run moves where the name starts only in a run of three words or more, person_name_cut's
        # third: a run of two, one space or no-break space in it, is read once under one key, with no look back)
        # (the no-break spaces counted only in a run that holds one: most hold none, and fewer than two spaces)
        gaps = run.count(" ")
        reading = _read_run(run, (gaps >= 2 or "\u00a0" in run and gaps + run.count("\u00a0") >= 2) and self._after_connector(at))
        if reading[0] is None:
            _, org_prefix, titled_surname = reading
            if org_prefix is not None:
                self._org_prefixes.add(org_prefix)
            if titled_surname is not None:
                titled.append((at, *titled_surname))
            return
        name, role, title, surname, may_name_a_thing, verb_led = reading
        if verb_led and _opens_line_or_sentence(self.text, at):
            # "Entrusting Donald Trump with ...", "Added Pell: ...": a verb capitalised only as the sentence's first word is no
            # part of the name after it (inside a sentence "Pershing Square", "actor Channing Tatum" are names)
            rest = CAPITALIZED_RUN.match(self.text, at + len(run.split(None, 1)[0]) + 1)
            if rest is not None:
                self._add(rest.group(), *rest.span(), titled)
            return
        if self.text[at - 1] in QUOTATION_OPENERS and at and self._fills_a_quotation(end):
            return  # a run that is a whole quotation is a label: a nickname, a headline quoted ('"Harbor Mayor Sinks Ferry," ran one')
        # (a role the run lacks is read from the words around it when the name's role is first asked)
        # (its arguments by position: keywords cost the call as much again, on every run of the article)
        known = KnownName(at, name, role, title) if role else KnownName(at, name, None, title, None, self.text, end)
        if may_name_a_thing and self._after_the(at, run):
            # "of the Weekly Standard", "the Coastal Trade Pact": a name written only after "the" is a thing's or a
            # body's, never who "he" is; kept when the article writes it elsewhere as a person's ("the Dana Holt campaign")
            self._after_the_names.append(known)
            return
        self.by_surname.setdefault(surname, []).append(known)
        self.in_order.append(known)

    def _fills_a_quotation(self, end: int) -> bool:
        """(After a run a quotation mark opens:) a quotation mark right after the run, or after its comma or stop."""
        after = end + 1 if self.text[end:end + 1] in (",", ".", "!", "?") else end
        return self.text[after:after + 1] in QUOTATION_CLOSERS and after < len(self.text)

    def _after_the(self, position: int, run: str) -> bool:
        """The capitalised run opens with "The" or comes right after "the", "a" or "an" ("a Gold Star mother")."""
        if run[:4] in ("The ", "The\u00a0"):
            return True
        before = self.text[max(0, position - 4):position].replace("\u00a0", " ").lower()
        return before == "the " or before[1:] in (" a ", "an ") and not before[:1].isalpha()

    def _after_connector(self, position: int) -> bool:
        """AFTER_CONNECTOR ends at ``position``. Every match holds one of its connectors, and most runs have none of them
        in the eight characters before: those need no try of the pattern at each of the eight places."""
        window_start = max(0, position - 8)
        window = self.text[window_start:position]
        if "and" not in window and "for" not in window and "&" not in window:
            return False
        return AFTER_CONNECTOR.search(self.text, window_start, position) is not None

    def _opens_sentence(self, position: int) -> bool:
        """"Hale boss Danny Whitlock was furious", "Her neighbour, retired teacher Alden Prewitt, joined":
        a few describing words at most between the sentence start and the name, no verb among them."""
        opens = self._opens_sentence_at.get(position)
        if opens is None:
            opens = self._opens_sentence_at[position] = self._reads_as_sentence_opening(position)
        return opens

    def _reads_as_sentence_opening(self, position: int) -> bool:
        """_opens_sentence's answer, read from the text before ``position`` (a pure function of the text)."""
        window = self.text[max(0, position - 80):position]
        stop = window.rfind(". ")
        # (a title ends at the stop, seven characters at most with the space before it: no search of the whole window)
        while stop > 0 and TITLE_BEFORE_STOP.search(window, max(0, stop - 8), stop + 1):
            stop = window.rfind(". ", 0, stop)  # "Mrs. Lorne began ...": an abbreviation, not a sentence end
        cut = max(stop, window.rfind("\n"), window.rfind("? "), window.rfind("! "), window.rfind(": "))
        quoted_stop = max(window.rfind('." '), window.rfind(".” "), window.rfind("?” "), window.rfind('?" '), window.rfind(".'' "))
        if quoted_stop > cut:
            cut = window.index(" ", quoted_stop) - 1  # '... a "new-media journalist." Mosman saw ...': a quotation ended the sentence before
        if cut < 0 and position > 80:
            return False
        prefix = window[cut + 1:] if cut >= 0 else window
        joint = max(prefix.rfind(", but "), prefix.rfind("; "))
        if joint >= 0:
            prefix = prefix[prefix.index(" ", joint + 1) + 1:]  # "..., but Dana Holt seemed calm", "...; Holt spoke": a clause of its own opens
        words = prefix.split()
        if len(words) >= 2 and [w.lower() for w in words[-2:]] in (["it", "was"], ["it", "is"]):
            words = words[:-2]  # "it was Dana Holt who ...": the one the cleft sentence is about
            prefix = " ".join(words)
        dateline = DATELINE_DASH.match(prefix)
        if dateline is not None and prefix[dateline.end():].split()[:1] and prefix[dateline.end():].split()[0].lower() in word_set("intro_prepositions"):
            prefix = prefix[dateline.end():]  # "MILLBROOK, Ohio - At a rally, Dana Holt ...": the dateline's dash opens the story
            words = prefix.split()
        if len(words) >= 2 and words[0] in ("For", "To") and words[1][:1].isupper():
            if "," in prefix:
                return False  # "For Jonathan Chait, Williamson is exposing ...": in Chait's view; the sentence tells his reading
            words = words[1:]  # "To state university historian Ann Lee, the vote ...": the one whose view it tells opens it
        if words and words[0].lower() in word_set("intro_prepositions") and "," in prefix:
            # "At the Eastside shelter, retired bus driver Walter Njoroge sat ...": after the opening phrase
            prefix = prefix[prefix.rfind(",") + 1:]
            words = prefix.split()
        if len(words) > SUBJECT_PREFIX_WORDS or any(c in prefix for c in "\"“”;()"):
            return False
        if any(w.lower() in RELATIVE_WORDS for w in words[1:]):
            return False  # "Martin Hegg, who leads the Social Democrats, said": a name inside a relative clause
        if len(words) >= 2 and words[-1] in NAME_OBJECT_PREPOSITIONS:
            return False  # "Bush went after Trump at the debate": the name a preposition governs is no subject
        # ("The alleged gunman, Dana Holt, ...": after a determiner a verb's form describes the noun)
        return not any(w.strip(",").islower() and (w.strip(",") in VERBISH or cue_verb(w.strip(",")) and (
            x == 0 or words[x - 1].lower() not in ("the", "a", "an"))) for x, w in enumerate(words))

    def latest_subject_between(self, after: int, before: int, gender: str | None) -> KnownName | None:
        """The last sentence-opening full name in (after, before) whose gender fits."""
        self._build()
        index = bisect.bisect_left(self.positions, before)
        while index > 0:
            index -= 1
            known = self.in_order[index]
            if known.position <= after:
                return None
            if known.subject is None:  # (a sentence a quotation holds is the quoted speaker's, not one the article is about)
                known.subject = self._opens_sentence(known.position) and not _inside_quotation(self.text, known.position)
            if known.subject and (gender is None or self.gender(known) in (None, gender)):
                return known
        return None

    def latest_surname_subject_between(self, after: int, before: int, gender: str | None) -> KnownName | None:
        """The last surname written alone that opens a sentence in (after, before) and whose full name the
        article wrote before it, gender fitting: "Bush went after Trump at the debate, when he called ...":
        the person the sentence is about, though never quoted yet."""
        self._build()
        found = None
        for match in SENTENCE_SURNAME.finditer(self.text, max(after + 1, before - SURNAME_REACH), before):
            people = self.by_surname.get(match.group(1).lower())
            if not people or _inside_quotation(self.text, match.start()) or not any(k.position < match.start() and len(k.name.split()) >= 2 for k in people) or not self._opens_sentence(match.start()):
                continue
            known = self.lookup(match.group(1), match.start(), gender)
            if known is not None and known.position < match.start() and len(known.name.split()) >= 2 and (
                    gender is None or self.gender(known) in (None, gender)):
                found = known
        return found

    def latest_of_gender_between(self, after: int, before: int, gender: str) -> KnownName | None:
        """The person last written in (after, before), by full name or by the surname alone of a full name written
        earlier, of those whose gender is known to be ``gender``."""
        if after < 0:
            return None
        self._build()
        for match in reversed(list(CAPITAL_WORD_IN.finditer(self.text, after + 1, before))):
            earlier = [k for k in self.by_surname.get(strip_possessive(match.group()).lower(), ()) if k.position <= match.start()]
            if earlier and len(earlier[-1].name.split()) >= 2 and self.gender(earlier[-1]) == gender and self._named_as_topic(match.start(), gender):
                return earlier[-1]
        return None

    def _named_as_topic(self, position: int, gender: str) -> bool:
        """A name a later "he"/"she" may stand for: not quoted ("'... unlike Dana Holt,' she said"), not a modifier
        ("a Holt supporter") and not after a pronoun of that gender in its sentence ("She said she'd vote for Holt")."""
        opening = max(self.text.rfind(". ", 0, position), self.text.rfind("\n", 0, position))
        before = self.text[max(opening + 1, position - 4):position].lower()
        if before.endswith((" a ", " an ", "the ")) or _inside_quotation(self.text, position):
            return False
        return not any(PRONOUN_GENDER[p.group().lower()] == gender for p in PERSONAL_PRONOUN.finditer(self.text, opening + 1, position))

    def described_surname_opening_between(self, after: int, before: int) -> KnownName | None:
        """"Serafinowicz, who has starred in ..., posted the clip": the last surname of a full name met before that opens
        a sentence with a comma after it (a description follows), in (after, before)."""
        self._build()
        found = None
        for match in SURNAME_THEN_COMMA.finditer(self.text, max(after + 1, before - SURNAME_REACH), before):
            earlier = [k for k in self.by_surname.get(match.group(1).lower(), ()) if k.position < match.start() and len(k.name.split()) >= 2]
            if earlier and not _inside_quotation(self.text, match.start(1)):
                found = earlier[-1]
        return found

    def latest_with_role(self, head: str, position: int, former: bool = False) -> KnownName | None:
        """The person before ``position`` written with a title or role naming ``head`` ("Gov. Lena Park",
        "President Obama"); of several, the one whose surname the article wrote last: "the president"
        after a paragraph about Obama is Obama, though "World Bank President Jim Kim" was named since."""
        self._build()
        index = bisect.bisect_left(self.positions, position)
        titles = load_json("lexicon.json")["title_words"]
        holders: dict[str, KnownName] = {}
        while index > 0:
            index -= 1
            known = self.in_order[index]
            words = f"{known.role or ''} {known.title or ''} {titles.get((known.title or '').lower(), '')}".lower()
            if holds_role(words, head, former):
                holders.setdefault(known.name.split()[-1].lower(), known)
        for match in TITLED_SURNAME.finditer(self.text, 0, position):
            title, surname = match.group(1), strip_possessive(match.group(2))
            if head in (title.lower().rstrip("."), titles.get(title.lower(), "")) and surname.lower() not in holders and not is_role_word(surname):
                holders[surname.lower()] = KnownName(match.start(), surname, None, title)
        if len(holders) < 2:
            return next(iter(holders.values()), None)
        return max(holders.values(), key=lambda known: self._last_written(known.name.split()[-1], position))

    def _last_written(self, surname: str, position: int) -> int:
        at = self.text.rfind(surname, 0, position)
        while at > 0 and (self.text[at - 1].isalnum() or at + len(surname) < len(self.text) and self.text[at + len(surname)].isalnum()):
            at = self.text.rfind(surname, 0, at)
        return at

    def latest_before(self, position: int) -> KnownName | None:
        """The last full name written before ``position``: what "he" or "she" most likely means;
        or, met since, the surname alone of a full name written earlier ("a clip of a Ray
        interview, in which he says"): that person was named last."""
        self._build()
        index = bisect.bisect_left(self.positions, position)
        known = self.in_order[index - 1] if index else None
        since = max(known.position + len(known.name) if known is not None else 0, position - SURNAME_REACH)
        for match in reversed(list(BARE_SURNAME.finditer(self.text, since, position))):
            earlier = [k for k in self.by_surname.get(strip_possessive(match.group(1)).lower(), ()) if k.position < match.start()]
            if earlier and len(earlier[-1].name.split()) >= 2:
                return earlier[-1]
        return known

    def first_namesake_unless_in_paragraph(self, known: KnownName, position: int) -> KnownName:
        """"Hillary Clinton spoke ... Her husband, Bill Clinton, sat in the front row. ... Clinton said": a bare surname
        two people share is the one the article named first, unless the text just named the other, in the same paragraph."""
        headline = self.text.find("\n")
        words = [w for w in self.text[:max(headline, 0)].split() if len(w) > 3]
        if not words or sum(w[0].isupper() for w in words) < 0.7 * len(words):
            headline = -1  # only a title-case first line is a headline whose capitals name nobody for sure
        full = [k for k in self.by_surname.get(known.name.split()[-1].lower(), ()) if headline < k.position < position and len(k.name.split()) >= 2 and (
            self.named_as_person(k))]
        if not full or full[0].name in known.name or known.name in full[0].name or "\n" not in self.text[known.position:position]:
            return known
        return full[0]

    def _capitalised_words_before(self, surname: str, enough: int = 2) -> int:
        """How many different capitalised words the text writes right before ``surname`` ("Alan Grayson", "Dena Grayson"),
        counted up to ``enough`` (principal_namesake asks only whether there are two: a surname written often need not be
        read to its last occurrence)."""
        words = set()
        at = self.text.find(surname)
        while at >= 0 and len(words) < enough:
            if at > 1 and self.text[at - 1] in " \u00a0":
                before = WORD_BEFORE.search(self.text, max(0, at - 30), at - 1)
                if before is not None:
                    words.add(before.group())
            at = self.text.find(surname, at + len(surname))
        return len(words)

    def principal_namesake(self, surname: str, position: int) -> KnownName | None:
        """A bare surname that people with different given names share ("Rep. Dale Orme ... his wife, Nina Orme
        ... Orme said"): the one the article named first, as a reader takes it, unless the paragraph has just
        named another in full. None when the surname names one person only (the usual look-up decides)."""
        key = strip_possessive(surname).rstrip(".")
        if self._built and len({k.name for k in self.by_surname.get(key.lower(), ()) if len(k.name.split()) >= 2}) < 2:
            return None  # (an index already built tells at once what the people below need: two full names ending with the surname)
        written = self._written_before_surname.get(key)
        if written is None:
            # (cheap check first: most surnames follow one capitalised word at most, and most articles need no index)
            written = self._written_before_surname[key] = self._capitalised_words_before(key, enough=2)
        if written < 2:
            return None
        known = self.lookup(surname, position)
        if known is None or known.position > position:
            return None
        if HONORIFIC_BEFORE.search(self.text, max(0, position - 6), position):
            return None  # "Mrs. Clinton's": the title, left out of the mention, tells which
        people: list[set[str]] = []
        for k in self.by_surname.get(strip_possessive(surname).rstrip(".").lower(), ()):
            words = set(k.name.split())
            if k.position < position and len(words) >= 2 and self.named_as_person(k) and not any(words <= p or p <= words for p in people):
                people.append(words)  # ("Republican Marco Rubio" and "Marco Rubio" are one person)
        if len(people) < 2:
            return None
        chosen = self.first_namesake_unless_in_paragraph(known, position)
        if chosen is not known and not self._opens_sentence(chosen.position):
            # "Hillary Clinton Accused Of ... \n\n Gary Byrne, an agent for President Bill Clinton, ...": the namesake the
            # headline names is the article's, though another was named first below it inside a description (one the
            # story opens a sentence with is still the story's: "Mark Sanders spoke to supporters")
            headline = self.text[:max(self.text.find("\n"), 0)]
            titled = [k for k in self.by_surname.get(strip_possessive(surname).rstrip(".").lower(), ()) if k.position < position and (
                len(k.name.split()) >= 2 and k.name in headline)]
            if titled and len({k.name for k in titled}) == 1:
                return titled[-1]
        return chosen

    def only_holder_of_given_name(self, word: str, position: int) -> KnownName | None:
        """"Bernie Lane spoke in Ohio. ... Bernie told the crowd": a single name that no full name ends with, but
        that opens the full name of exactly one person met before, is that person (written as friends or
        family call them, or family name first: "Lou Jiwei ... Lou said")."""
        self._build()
        word = strip_possessive(word).rstrip(".")
        holders = {k.name: k for k in self.in_order if k.position < position and len(k.name.split()) >= 2 and k.name.split()[0] == word}
        people = [k for name, k in holders.items() if not any(other != name and set(other.split()) > set(name.split()) for other in holders)]
        # a person whose gender the article or the lexicon tells, or whose role it gives ("Secretary General Ban Ki-moon"),
        # not "Trump Train" or "Democratic National Convention"
        return people[0] if len(people) == 1 and (self.named_as_person(people[0]) or people[0].role or people[0].title) else None

    def lookup(self, surname: str, position: int, gender: str | None = None) -> KnownName | None:
        self._build()
        candidates = self.by_surname.get(strip_possessive(surname).rstrip(".").lower())
        if candidates and gender is not None:
            candidates = [c for c in candidates if self.gender(c) in (None, gender)]
        if not candidates:
            return None
        before = [c for c in candidates if c.position < position]
        return before[-1] if before else candidates[0]


def role_written_before(text: str, position: int) -> str | None:
    """"captain Sean Mulvey", "her nephew, Philip Lorne": a lower-case role written just before
    the name at ``position`` (comma allowed), ending in a role word."""
    window = text[max(0, position - 40):position]
    # The role would end with the word right before the name (and its comma); when that word is no role
    # word, as before most names, the slower pattern need not run.
    if WORD_CHARS.match(window.rstrip(" \u00a0").removesuffix(",")[::-1]).group()[::-1] not in word_set("role_words"):
        return None
    match = LOWER_ROLE_BEFORE.search(window)
    if match is None:
        return None
    words = match.group(1).split()
    stops = [i for i, w in enumerate(words) if w in word_set("subordinators") or cue_verb(w) is not None or w in VERBISH or (
        w in ROLE_BREAKS or len(w) > 4 and w.endswith(("ing", "ed")) and i < len(words) - 1)]
    if stops:
        words = words[stops[-1] + 1:]  # "a penalty from captain Sean Mulvey" -> "captain"
    if words and strip_possessive(words[-1]) in word_set("role_words"):
        return " ".join(words)
    return None


def role_written_after(text: str, position: int) -> str | None:
    """"Donald Trump, the Republican front-runner, said": a role in apposition right after the name's run (ROLE_AFTER)."""
    match = ROLE_AFTER.match(text, position, position + 60)
    if match is None:
        return None
    words = match.group(1).split()
    head = next((x for x in range(1, len(words)) if words[x] in ROLE_TAIL_PREPOSITIONS), len(words)) - 1
    # ("Nell Ashby, an actress from Leeds,", "Dana Holt, the chairman of the panel,": the role's head before where or what of)
    return match.group(1) if strip_possessive(words[-1]) in word_set("role_words") or text[match.end() - 1] == "," and (
        strip_possessive(words[head]) in word_set("role_words")) else None


LINE_WORD = re.compile(r"(?<!\S)[^\W\d_]")
CAPITAL_WORD_START = re.compile(r"[A-Z](?<!\S[A-Z])")  # "(?<!\S)[A-Z]", the capital first for the scan's sake


# A group of people a plural pronoun may stand for: "many analysts", "Senate Democrats", "voters".
PEOPLE_PLURAL_PHRASE = re.compile(r"\b((?:many|some|most|several|few|other|the|these|those|[A-Z][a-z]+)\s+)?([A-Za-z]+s)\b")
PEOPLE_REACH = 160

# "Voters were angry. They said ...": a group the article named in the sentences just before (this paragraph or the
# one above it) that "they" opening a report stands for. The head must name people or a body of them, never things.
GROUP_REACH = 400
# A sentence's end, never the stop of an initial or a short title ("U.S.", "Mr.", "Sen."): counted between a group and "they".
SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bMrs)[.?!][\"'”’]*[ \u00a0]+(?=\S)|\n\s*")
GROUP_WORD = re.compile(r"(?<![\w'’.-])([A-Za-z][a-z]+|\d[\d,.]*)(?![\w'’-])")
NAMED_PAIR = re.compile(r"\b([A-Z][a-z]+)(?:[ \u00a0][A-Z][\w.]*)*[ \u00a0]and[ \u00a0](?:[A-Z][\w.]*[ \u00a0])*[A-Z][a-z]+\b")
PERSON_PAIR = re.compile(r"\b(?:[A-Z][\w.’'-]*[ \u00a0]){0,3}[A-Z][\w’'-]+[ \u00a0]and[ \u00a0](?:[A-Z][\w.’'-]*[ \u00a0]){0,3}[A-Z][\w’'-]+\b")
GROUP_CLAUSE_OPENERS = frozenset({"but", "because", "while", "as", "when", "although", "though", "since", "are", "were", "that", "who"})
GROUP_OBJECT_MARKERS = frozenset({"of", "in", "into", "to", "for", "with", "from", "by", "about", "on", "at", "among", "against", "like", "than", "over"})
COUNT_WORDS = frozenset({"several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"})
GROUP_LEAD_WORDS = COUNT_WORDS | frozenset({"the", "many", "some", "most", "few", "other", "these", "those", "both", "all", "local", "angry",
                                            "young", "older", "its", "his", "her", "their", "our", "top", "senior", "former", "fellow", "a", "number"})
# A quantifier alone standing for people just named, a plural without "s": "several threatened ... that they say".
QUANTIFIER_SOURCES = frozenset({"several", "many", "some", "both", "few"})
# Words ending in "s" that name nothing "they" could stand for.
NOT_PLURAL_NOUNS = frozenset({"was", "has", "does", "is", "this", "his", "its", "as", "us", "yes", "less", "unless", "across", "thus", "always",
                              "perhaps", "whereas", "various", "previous", "serious", "famous", "obvious", "nervous", "anxious", "ones"})
GROUP_PLURAL_VERBS = frozenset({"have", "are", "were", "say", "tell", "want", "feel", "believe", "think", "agree", "remain", "tend", "do",
                                "don't", "don’t", "see", "know", "like"})
# Plurals of things, heard from as sources ("the election returns suggest", "polls show"): never a group "they" stands for.
THING_PLURALS = frozenset({"data", "estimates", "figures", "polls", "reports", "studies", "statements", "surveys", "documents", "filings", "funds",
                           "returns", "results", "numbers", "findings", "records", "analyses"})
NOT_PEOPLE_PLURALS = THING_PLURALS | {"heads", "others"}


@lru_cache(maxsize=1)
def _group_heads() -> frozenset[str]:
    """Plural nouns for people ("voters", "officials", "senators") and bodies of them ("campaigns", "unions", "the police")."""
    plurals = {h for h in word_set("unnamed_heads") if h.endswith("s")} | {"police", "people", "men", "women", "staff", "media"}
    plurals |= {w + "s" for w in word_set("role_words") | word_set("institution_heads") if " " not in w and not w.endswith(("s", "y"))}
    plurals |= {"parties", "agencies", "companies", "authorities", "allies", "democrats", "republicans", "americans"}
    return frozenset(plurals - NOT_PEOPLE_PLURALS - word_set("document_heads"))


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines of four words or more in which nearly every word is capitalised (headlines in title case)."""
    lines, start, size = [], 0, len(text)
    while start <= size:  # (each line's end found by str.find: only the short lines are cut out of the text, not every paragraph)
        end = text.find("\n", start)
        if end < 0:
            end = size
        if _title_case_line(text, start, end):
            lines.append((start, end))
        start = end + 1
    return lines


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is one _title_case_lines gives."""
    return 20 <= end - start <= 200 and _in_title_case(text[start:end])  # headlines are short; most paragraphs are not


def _in_title_case(line: str) -> bool:
    """Four words or more, 80% of them at least opening with a capital (CAPITAL_WORD_START); a word is what LINE_WORD
    finds. Counted in C from the line's shape where it has one (nearly every line): a third of the cost of the
    capitals' pattern and the count of words."""
    shape = _word_shape(line)
    if shape is not None:
        capitals = shape.count(b" C")
        return capitals >= 4 and capitals >= 0.8 * (capitals + shape.count(b" l"))
    capitals = len(CAPITAL_WORD_START.findall(line))
    # four words, nearly all capitalised, need four capitals: most lines have fewer, and their words go uncounted
    words = _words_while_capitalised(line, capitals) if capitals >= 4 else 0
    return words >= 4 and capitals >= 0.8 * words


# Characters beyond ASCII that news writes in nearly every line, none of them white space or a letter or digit: a word
# opening with one is none that LINE_WORD finds
TYPOGRAPHIC_MARKS = ("’", "‘", "“", "”", "—", "–", "…")


def _word_shape(line: str) -> bytes | None:
    """The line with a space before it, as bytes, each character mapped to its class (white space to " ", an ASCII capital
    to "C", an ASCII small letter to "l", anything else to "x", a typographic mark to as many "x" as its UTF-8 bytes): a
    word opening with a capital reads " C" in it, one opening with a small letter " l", and no other word opens (a
    digit is decimal). None when the line holds a character beyond ASCII other than a no-break space (white space,
    as " " is) and the typographic marks: a letter ("É") or white space that would be read as "x"."""
    if not line.isascii():
        line = line.replace("\u00a0", " ")
        rest = line
        for mark in TYPOGRAPHIC_MARKS:
            rest = rest.replace(mark, "")
        if not rest.isascii():
            return None
    return (" " + line).encode("utf-8").translate(_WORD_SHAPES)


def _word_shapes() -> bytes:
    """_word_shape's table: ASCII white space (what str.split and the patterns' \\s take for it, "\\x1c" to "\\x1f" too)
    to " ", capitals to "C", small letters to "l", every other byte to "x"."""
    shapes = bytearray(b"x" * 256)
    for code in range(128):
        character = chr(code)
        shapes[code] = ord(" " if character.isspace() else "C" if "A" <= character <= "Z" else "l" if "a" <= character <= "z" else "x")
    return bytes(shapes)


_WORD_SHAPES = _word_shapes()


def _words_while_capitalised(line: str, capitals: int) -> int:
    """The words LINE_WORD finds in ``line`` (the white-space-separated pieces that open with a letter, counted without the
    pattern), counted while ``capitals`` is still 80% of them at least: the count only grows, so a line that fails the
    share once fails it at its end too, and a sentence in mostly small letters is left after a few words."""
    words = 0
    for piece in line.split():
        if piece[0].isalnum() and not piece[0].isdecimal():
            words += 1
            if capitals < 0.8 * words:
                break
    return words


def _verb_led(run: str) -> bool:
    """The run opens with a participle or a cue's past form ("Entrusting", "Added"): where the run opens a sentence, that
    word is capitalised only by its place ("During", "Following": function words, which the run's reading drops as it
    does "In"; "Sterling", "Irving": given names the census knows)."""
    word = run.split(None, 1)[0]
    lower = word.lower()
    verb = len(word) >= 6 and lower.endswith("ing") or len(word) >= 5 and lower.endswith("ed") and cue_verb(lower) is not None
    return verb and word[1:].islower() and lower not in word_set("capitalized_function_words") and (
        lower not in word_set("male_first_names_census") and lower not in word_set("female_first_names_census"))


# (sized, as outlets.outlet_name's and names.is_role_word's are, above the runs of many articles: at 8,192 the 706 PolNeAR
# articles' ~8,900 different runs cycled through it, and each pass over them found under 2 in 3 of its runs cached)
@lru_cache(maxsize=1 << 15)
def _person_in_run(run: str, after_connector: bool = False) -> tuple[str, str | None, str | None] | None:
    """(name, role, title) when a run of capitalised words names a person: "Prime Minister
    Rishi Sunak's" -> ("Rishi Sunak", "Prime Minister", None). Cached: names recur across articles."""
    words = run.split()  # (a doubled space or a no-break space is one gap: "Sen.  Dana Holt")
    function_words = word_set("capitalized_function_words")
    while words and words[0].lower() in function_words:
        words.pop(0)
    connectors = [i for i, w in enumerate(words) if w in ("of", "the")] if "of" in words or "the" in words else None
    if connectors:  # (most runs hold neither word: looked for by the list's own scan in C first)
        cut = connectors[-1]
        before = words[cut - 1] if cut > 0 else ""
        words = words[cut + 1:]  # "University of Texas Arlington Amneh Jafari" -> after "of"
        if before and words and len(words) >= 3 and is_role_word(before):
            # "Secretary of State John Kerry", "Director of National Intelligence James Clapper": the department
            # belongs to the office; the name starts at a known first name, else after the department's first word
            first = next((i for i, w in enumerate(words[1:-1], 1) if w.lower() in word_set("male_first_names") or w.lower() in word_set("female_first_names")), 1)
            words = words[first:]
    if len(words) < 2 or outlet_name(" ".join(words)):
        return None
    if (is_org_word(words[-2]) or is_org_word(words[-1])) and not middle_name_like_org(words[-3:]) or is_acronym(words[-1]):
        return None
    last = strip_possessive(words[-1]).lower()
    if last.endswith("s") and last in word_set("unnamed_heads"):
        return None  # "Guild of Air Navigation Officers": people described, not a person's name
    cut = person_name_cut(words, after_connector)  # (split_person_name on the words themselves: no Token made for them)
    prefix, name = words[:cut], words[cut:]
    if len(name) < 2:
        return None
    for w in name:  # (a loop, not any() over a generator: a run is read once, on its first sight)
        if w.lower() in function_words or is_role_word(w):
            return None
    names = name[:-1] + [strip_possessive(name[-1]).rstrip(".")]
    title = prefix[-1] if prefix and prefix[-1].lower() in word_set("titles") else None
    role = " ".join(prefix) or None
    if title and role == title:
        role = None
    return " ".join(names), role, title


# (sized as _person_in_run is: the same runs come back in article after article)
@lru_cache(maxsize=1 << 15)
def _read_run(run: str, after_connector: bool) -> tuple:
    """What NameIndex._add reads from a capitalised run's words alone, read once for each run however often articles
    write it: (name, role, title, surname key, whether it may name a thing after "the": no role, title or known given
    name, whether a verb leads it) for a person's run, else (None, the organisation's short form or None, (surname, title
    word) or None)."""
    # "Secretary of State for Transport and Infrastructure Miriam Achebe-Lund": a run that
    # continues a capitalised title after "and"/"for" starts with the title's last word
    parsed = _home_stated_person(run) if "of" in run else None  # "Senator Ted Cruz of Texas": the state says where the person is from
    if parsed is None:
        parsed = _person_in_run.__wrapped__(run, after_connector)  # (this function's cache holds the answer: _person_in_run's would repeat it)
    if parsed is None and ("’s" in run or "'s" in run):
        owner = POSSESSOR_IN_RUN.match(run)
        if owner is not None:
            parsed = _person_in_run(owner.group())  # "Rep. Dale Orme’s Senate campaign": the owner is the name
    if parsed is not None and names_a_place(parsed[0]):
        parsed = None  # "South Carolina director for Sanders", "on a Kansas City radio station": no person
    if parsed is not None and parsed[0].rsplit(None, 1)[-1].lower().rstrip(".") in STREET_WORDS:
        parsed = None  # "gathered on Broad Street": a street, never who "she" is
    if parsed is not None:
        name, role, title = parsed
        first = name.split()[0].lower()
        may_name_a_thing = not role and not title and first not in word_set("male_first_names") and first not in word_set("female_first_names")
        return name, role, title, name.split()[-1].lower(), may_name_a_thing, _verb_led(run)
    words = run.replace("\u00a0", " ").split(" ")
    org_prefix = " ".join(words[-3:-1]) if len(words) >= 3 and is_org_word(words[-1]) else None
    titled_surname = (strip_possessive(words[1]).rstrip("."), words[0]) if (
        len(words) == 2 and is_role_word(words[0]) and not is_org_word(words[1]) and not is_acronym(words[1])) else None
    return None, org_prefix, titled_surname


def _home_stated_person(run: str) -> tuple[str, str | None, str | None] | None:
    """The person a run names before "of" and a US state: "Sen. Bernie Sanders of Vermont" -> ("Bernie Sanders", None, "Sen.")."""
    from .frames import US_STATES

    parts = HOME_STATE_OF.split(run)
    if len(parts) != 2 or parts[1].replace("\u00a0", " ").lower().rstrip(".,") not in US_STATES:
        return None
    return _person_in_run(parts[0])


def _written_as_word(text: str, word: str, after: str) -> bool:
    """``word`` written as a whole word in ``text``; with ``after``, only right after a letter or one of those
    characters and a space ("said Okafor", "Ana Okafor", not a sentence's first word). (str.find, no pattern per word)"""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (end >= len(text) or not (text[end].isalnum() or text[end] == "_")) and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")) and (
                not after or at >= 2 and text[at - 1] in " \u00a0" and (text[at - 2].isalpha() or text[at - 2] in after)):
            return True
        at = text.find(word, at + 1)
    return False


def _after_article(text: str, at: int) -> bool:
    """"a spokesman for the Clinton campaign", "a Holt aide": a surname right after an article names what it modifies,
    not the person, so it is no sentence's subject a later "he" or "she" goes back to."""
    return text[max(0, at - 4):at].lower() in ("the ", " an ") or text[max(0, at - 3):at].lower() in (" a ", "\na ") or at in (2, 3, 4) and (
        text[:at].lower() in ("a ", "an ", "the "))


def whole_word_at(text: str, word: str) -> int:
    """Where ``re.search(r"\b" + re.escape(word) + r"\b", text)`` finds ``word`` (-1: nowhere), read without compiling a
    pattern for each word (the names asked of an article are new in every article): each place str.find gives, leftmost
    first, is tried for the two boundaries (one side's character a word character, letter, digit or "_", the other's not)."""
    if not word:
        match = re.search(r"\b\b", text)
        return match.start() if match is not None else -1
    opens, closes = word[0].isalnum() or word[0] == "_", word[-1].isalnum() or word[-1] == "_"
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")) != opens and (
                end < len(text) and (text[end].isalnum() or text[end] == "_")) != closes:
            return at
        at = text.find(word, at + 1)
    return -1


def _opens_line_or_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 3):position].rstrip(" \u00a0")
    return not before or before[-1] in "\n.!?:\"“”"


def document_owners(text: str) -> dict[str, str]:
    """"The Home Office letter" -> {"letter": "Home Office"}: lets "a leaked letter" be read
    as the owner's words elsewhere in the same article."""
    owners: dict[str, str] = {}
    for match in DOCUMENT_OWNER.finditer(text):
        owner = match.group(1).replace("\u00a0", " ")
        words = owner.split()
        while words and words[0].lower() in word_set("capitalized_function_words"):
            words.pop(0)
        if len(words) == 1 and not is_acronym(words[0]) and _opens_line_or_sentence(text, match.start(1)):
            continue  # "Leaked memo shows ...": a capitalised adjective opening a headline, not an owner
        if words:
            owners.setdefault(match.group(2).lower(), " ".join(words))
    return owners


FORMER_WORDS = ("former", "ex-", "onetime", "one-time", "erstwhile")


def _former(text: str) -> bool:
    return any(word in text.lower() for word in FORMER_WORDS)


def holds_role(role: str, head: str, former: bool = False) -> bool:
    """``head`` names one of the roles written in ``role``; "the governor" is not someone written as
    "the former New Jersey governor" (unless the description says "former" too)."""
    role = role.lower()
    if head not in role:
        return False
    for part in role.split(","):
        at = whole_word_at(part, head)  # (no pattern compiled for each head)
        if at >= 0 and (former or not any(word in part[:at] for word in FORMER_WORDS)):
            return True
    return False


def _inside_quotation(text: str, position: int) -> bool:
    """Whether ``position`` sits inside a quotation opened earlier in its paragraph."""
    paragraph = text[text.rfind("\n", 0, position) + 1:position]
    marks = paragraph.count("\u201c") + paragraph.count("\u201d") + paragraph.count('"')  # outlets mix straight and curly marks
    return marks % 2 == 1 or paragraph.count("``") > paragraph.count("''")


def _one_unnamed_person(entity: Entity) -> bool:
    """"a hotel cleaner", "one shopper": a single unnamed source introduced as such."""
    head = entity.head or ""
    return head.isalpha() and not head.endswith("s") and entity.name.lower().startswith(("a ", "an ", "one ")) and not _evidence_head(head) and (
        _names_people(head) or _names_people(entity.name.rsplit(None, 1)[-1].lower()))  # (the head read of "an inside source" is "an")


# Endings of nouns for people by what they do ("speechwriter", "organizer", "economist", "librarian", "consultant", "student",
# "trainee", "chairman"); "-ment" nouns end like "-ent" ones but name things ("a statement", "an agreement").
AGENT_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person")


def _names_people(head: str) -> bool:
    """The head of "a hotel cleaner", "one shopper", "a diplomat" is a noun for a person; that of "a basic task", "a video
    of the rally", "a net worth" is no one "he" or "she" can be."""
    return head in PERSON_HEADS or head in word_set("unnamed_heads") or head in word_set("role_words") or (
        head.endswith(AGENT_NOUN_ENDINGS) and not head.endswith("ment"))


def _names_no_people(entity: Entity) -> bool:
    """"the polls", "exit polls", "the election returns", "an analysis of the data": a source heard from that is no group of
    people, so never what "they" stands for."""
    head = entity.head or ""
    return entity.kind == "unnamed" and (head in THING_PLURALS or _evidence_head(head.removesuffix("s")))


def _evidence_head(head: str) -> bool:
    """"a new poll", "a study", "a report": a thing that shows or finds, never a person "he" or "the mayor" points back to."""
    return head in EVIDENCE_HEADS or head in word_set("document_heads")


def _described_otherwise(entity: Entity, mention: Mention) -> bool:
    """"a reporter ... the judge said": an unnamed person met by a newsroom job is not who a description by another role means."""
    return entity.kind == "unnamed" and entity.head in MEDIA_ROLES and mention.head not in MEDIA_ROLES and mention.head in word_set("role_words")


EVIDENCE_HEADS = frozenset({"poll", "survey", "study", "analysis", "estimate", "census", "count", "index", "model", "forecast", "tally", "audit", "review"})


class EntityTable:
    """Sources met so far, most recent last, for resolving later mentions."""

    def __init__(self, names: NameIndex, text: str):
        self.names = names
        self.text = text
        self._owners: dict[str, str] | None = None
        self.entities: list[Entity] = []
        self.recent: list[Entity] = []  # speakers in order of their latest attribution
        self.last_asker: Entity | None = None  # an unnamed source who just asked a question (set by the engine)
        self.last_question: tuple[Entity, Entity, int] | None = None  # (asker, person asked by name, offset of "asked"): set by the engine
        self.mentioned: list[tuple[int, Entity]] = []  # (offset, entity) of every resolved non-pronoun mention
        # offset of a "they" -> _group_phrase's answer for it, which reads only the text (and the name index) before it:
        # _group_named_since asks it, then _group_named_before asks it again for the same pronoun
        self._group_phrase_at: dict[int, tuple[str, str, int] | None] = {}

    @property
    def owners(self) -> dict[str, str]:
        if self._owners is None:  # only documents as speakers need it
            self._owners = document_owners(self.text)
        return self._owners

    def note_outlet(self, name: str) -> None:
        entity = self._get(name, "organization", outlet=name)
        if entity.kind == "organization" and not entity.outlet:
            entity.outlet = name

    def note_speaker(self, entity: Entity) -> None:
        if self.recent and self.recent[-1] is entity:
            return
        self.recent.append(entity)

    def known(self, name: str) -> bool:
        """A source already in the table, or a full name the article writes."""
        if any(e.name == name for e in self.entities):
            return True
        self.names._build()
        return len(name.split()) >= 2 and any(k.name == name for k in self.names.by_surname.get(name.split()[-1].lower(), ()))

    def peek(self, mention: Mention) -> Entity | None:
        """The entity a named mention stands for, leaving the table as it was (no new mention, no
        new alias, no later "last seen")."""
        mentioned, count = len(self.mentioned), len(self.entities)
        seen = {id(e): (e.last_seen, set(e.aliases)) for e in self.entities}
        entity = self._resolve_named(mention, None)
        del self.mentioned[mentioned:]
        for e in self.entities:
            if id(e) in seen:
                e.last_seen, e.aliases = seen[id(e)][0], seen[id(e)][1]
        if entity is not None and len(self.entities) > count:
            del self.entities[count:]  # a source met only inside a quotation stays out of the table
        return entity

    def resolve(self, mention: Mention, apposition_role: str | None = None) -> Entity | None:
        if mention.kind == "pronoun":
            entity = self._pronoun(mention)
        else:
            entity = self._resolve_named(mention, apposition_role)
            if entity is not None:
                self.mentioned.append((mention.start, entity))
        if entity is not None:
            entity.last_seen = max(entity.last_seen, mention.start)
        return entity

    def _resolve_named(self, mention: Mention, apposition_role: str | None) -> Entity | None:
        if mention.document:
            return self._document(mention)
        if mention.text[:4] in ("the ", "The ", "the\u00a0", "The\u00a0"):
            fuller = self._outlet_by_short_name(mention.text)
            if fuller is not None:
                fuller.aliases.add(mention.text)
                return fuller  # "The New York Times reported ... The Times said": the outlet already met, by its full name
        if mention.outlet or mention.kind == "unnamed" and not mention.definite:
            if len(mention.text.split()) == 1 and mention.text[:1].isupper() and not mention.text.isupper():
                # "Mayor Don Guardian ... Guardian said", "the fund's lawyer, Dan Backer ... Backer says": a short name an outlet
                # or a role noun shares is the person the article named in full before
                self.names._build()
                known = self.names.lookup(strip_possessive(mention.text), mention.start)
                if known is not None and known.position < mention.start and len(known.name.split()) >= 2 and (
                        known.name.split()[-1] == strip_possessive(mention.text)):
                    return self._person_named(known.name, known.title, known.role, None, mention.text)
            if mention.outlet:
                return self._get(mention.outlet, "organization", outlet=mention.outlet, alias=mention.text)
        if mention.kind == "person":
            known = self._outlet_written_as(mention.text)
            if known is not None:
                return known  # "told local newspaper El Correo del Norte ... According to El Correo del Norte"
            return self._person(mention, apposition_role)
        if mention.definite and mention.head in OUTLET_DESCRIPTIONS and (
                len(mention.text.split()) <= 2 or mention.text.lower().endswith(("news agency", "news website", "news channel"))) and not (
                mention.head == "paper" and DOCUMENT_PAPER.search(self.text, 0, mention.start)):
            met = next(((offset, e) for offset, e in reversed(self.mentioned) if e.outlet or e.via), None)
            outlet = met[1] if met is not None else None
            if outlet is not None and not outlet.outlet:
                outlet = self._get(outlet.via, "organization", outlet=outlet.via)  # "a memo seen by the FT ... the newspaper"
            named = self._publication_named_since(mention, met[0] if met is not None else -1)
            if named is not None:
                outlet = self._get(named, "organization", outlet=named)  # "for Family Circle magazine's poll ... The magazine said"
            if outlet is None and mention.head in ("newspaper", "paper", "magazine"):
                named = self._publication_of_editors(mention)  # "the editors of The Advocate ... The newspaper said"
                outlet = self._get(named, "organization", outlet=named) if named else None
            if outlet is None and (mention.head != "agency" or mention.text.lower().endswith("news agency")):  # ("the agency" after "data from the FBI" is no photo credit's Reuters)
                named = self._outlet_named_before(mention.start)
                outlet = self._get(named, "organization", outlet=named) if named else None
            if outlet is not None:
                outlet.aliases.add(mention.text)
                return outlet
        if mention.kind == "unnamed" and mention.definite and mention.head:
            # ("the attorney general" is no earlier "inspector general": the office is two words, its head one)
            earlier = self._definite(mention.head, mention.start, _former(mention.text), mention.text) if not names_general_office(mention.text) else None
            if earlier is not None and earlier.kind == "person":
                earlier = self._role_holder_meant(earlier, mention)
            if earlier is None and AGE_DESCRIPTION.match(mention.head):
                earlier = self._latest_person()  # "the 23-year-old said"
                # ... or, as "he" or "she" would, a person who has opened a sentence since ("His wife Dana Holt brought ...")
                since = earlier.last_seen if earlier is not None else -1
                known = self.names.latest_subject_between(since, mention.start, None) or self.names.described_surname_opening_between(since, mention.start)
                if known is not None:
                    earlier = self._person_named(known.name, known.title, known.role, None, mention.text)
            if earlier is not None and self._related_far_back(mention, earlier.last_seen):
                earlier = None
            if earlier is None and mention.head in word_set("role_words"):
                known = self.names.latest_with_role(mention.head, mention.start, _former(mention.text))  # "Gov. Lena Park ... the governor"
                if known is not None and not (self._related_far_back(mention, known.position) and self._related_far_back(mention, self._last_seen_as(known.name))) and (
                        not self._heads_another_body(self._role_words(known.role, known.title), mention)):
                    earlier = self._person_named(known.name, known.title, known.role, None, mention.text)
            if earlier is None and mention.head in word_set("role_words") and mention.head not in STANDING_ROLES and (
                    mention.head not in word_set("unnamed_heads") or not mention.head.endswith("s") and len(mention.text.split()) <= 3) and (
                    # "his son", "her lawyer": someone related to the person "he"/"she" stands for, never that person
                    mention.text.split()[0].lower() not in POSSESSIVE_DETERMINERS) and not names_general_office(mention.text):
                earlier = self._described_person(mention)  # "the Polish midfielder said", "the senator said": someone just met
            if earlier is None and mention.head in PARTY_MEMBERS and len(mention.text.split()) == 2:
                earlier = self._described_person(mention)  # "Mayor Dana Holt ... the Democrat said": the person just met
            if earlier is not None and earlier.kind == "person":
                earlier = self._subject_before_quotation(mention, earlier) or earlier
            if earlier is not None:
                earlier.aliases.add(mention.text)
                return earlier
        if mention.definite and mention.head in INTRODUCED_GROUP_HEADS and mention.kind == "organization":
            nearer = self._group_introduced_nearer(mention)
            if nearer is not None:
                return nearer
        if mention.definite and mention.head and len(mention.text.split()) == 2:
            named = self._organization_headed(mention.head)  # "the guild said" -> "the Guild of Air Navigation Officers"
            if named is not None and not self._other_body_described_since(named, mention):
                named.aliases.add(mention.text)
                return named
        # ("the party" is no "Workers World Party" named in passing: the big parties go by their labels, "Democrats", "GOP")
        if mention.kind == "organization" and mention.definite and mention.head not in GENERIC_ORG_HEADS and mention.head != "party" and (
                is_org_word(mention.head or "")):
            named = self._body_named_before(mention)  # "the Ohio Board of Elections ... the board of elections said"
            if named is not None:
                return self._get(named, "organization", alias=mention.text)
        if mention.kind == "organization" and mention.definite and mention.head in GENERIC_ORG_HEADS:
            named = self._named_organization(mention)  # "the company said" -> "Cobaltline Systems"
            if named is not None:
                named.aliases.add(mention.text)
                return named
        if mention.kind == "unnamed" and not mention.definite and mention.head and mention.text.lower() == mention.head:
            # "Officials from the SDF said ... Officials also said": the bare plural repeats the fuller source
            fuller = next((e for e in reversed(self.recent[-3:]) if e.head == mention.head and e.kind == "unnamed" and self._fuller(e)), None)
            if fuller is not None and fuller.last_seen >= 0 and mention.start - fuller.last_seen < 600:
                fuller.aliases.add(mention.text)
                return fuller
        if mention.kind == "organization":
            return self._get(mention.name, "organization", alias=mention.text, head=mention.head)
        return self._get(mention.name, "unnamed", alias=mention.text, head=mention.head, affiliation=mention.affiliation)

    # ---------------------------------------------------------------- kinds of mention
    def _publication_named_since(self, mention: Mention, since: int) -> str | None:
        """"Family Circle magazine's cookie poll ... The magazine said": a publication named by its kind ("X magazine",
        "the X newspaper") since the last outlet met, within the paragraph before, is the one "the magazine" means."""
        head = mention.head or ""
        if head not in ("magazine", "newspaper", "tabloid", "website"):
            return None
        found = None
        for match in re.finditer(rf"((?:[A-Z][\w'’&.-]*[ \u00a0]){{1,4}}){head}\b", self.text[max(since + 1, mention.start - PUBLICATION_REACH):mention.start]):
            found = match
        if found is None:
            return None
        words = found.group(1).split()
        while words and words[0].lower() in ("the", "a", "an", "for", "in", "to", "by", "of", "and"):
            words = words[1:]
        return " ".join(words) or None

    def _publication_of_editors(self, mention: Mention) -> str | None:
        """A name the paragraphs before write as a publication's ("the editors of The Advocate", "The Advocate's
        editorial"): the one "the newspaper" means when no known outlet was met."""
        found = None
        for match in EDITED_PUBLICATION.finditer(self.text, max(0, mention.start - PUBLICATION_REACH * 4), mention.start):
            found = match.group(1) or match.group(2)
        return found

    def _outlet_by_short_name(self, text: str) -> Entity | None:
        """The one outlet met whose name ends with the words after "the" ("the Post", "The Times", "the Daily News"),
        when those end with a word outlets' names end with."""
        words = text.split()[1:]
        if not 1 <= len(words) <= 2 or words[-1].lower() not in word_set("outlet_heads") or not all(w[:1].isupper() for w in words):
            return None
        tail = " " + " ".join(words).lower()
        found = {id(e): e for e in self.entities if e.outlet and e.name.replace("\u00a0", " ").lower().endswith(tail) and (
            len(e.name.removeprefix("The ").removeprefix("the ").split()) > len(words))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _outlet_written_as(self, text: str) -> Entity | None:
        """An outlet already met (named after the kind of outlet it is) written again in full."""
        key = text.lower().removeprefix("the ")
        if len(key.split()) < 2:
            return None
        return next((e for e in self.entities if e.outlet and e.name.lower().removeprefix("the ") == key), None)

    def _pronoun(self, mention: Mention) -> Entity | None:
        if mention.pronoun == "person":
            return self._person_pronoun(mention)
        if mention.pronoun == "thing":
            body = self._body_of_main_clause(mention)
            if body is not None:
                return body
        wanted = {"plural": ("unnamed", "organization"), "thing": ("organization",)}[mention.pronoun]
        for entity in reversed(self.recent):
            if entity.kind in wanted or mention.pronoun == "thing" and entity.from_document and not entity.outlet:
                if mention.pronoun == "thing" and not entity.from_document:
                    document = self._document_opening_sentence_since(entity.last_seen, mention.start)
                    if document is not None:
                        return document  # "A letter to the board from the staff reflected ... '...,' it added": the letter
                if mention.pronoun == "plural" and _names_no_people(entity):
                    break  # "even if the returns suggest otherwise ... before they knew": no group, and one heard before it is stale
                if mention.pronoun == "plural" and not self._may_be_they(entity):
                    continue
                if mention.pronoun == "plural":
                    newer = self._group_named_since(entity, mention)
                    if newer is not None:
                        return newer
                    if self._people_named_since(entity, mention):
                        return self._they_unresolved(mention)  # "... met with Lee and Park. They would only say": which group is meant?
                entity.aliases.add(mention.text)
                return entity
        if mention.pronoun == "thing":
            return self._document_just_named(mention.start)  # '"...," it read': the letter or post named before
        return self._people_just_named(mention) or self._group_named_before(mention) or self._they_unresolved(mention)

    def _they_unresolved(self, mention: Mention) -> Entity | None:
        """A "they" whom no group fits stays as written, an unresolved mention as "the senator" is: the report is kept, and a
        wrong link is worse than none. ("their 'promise'" is no speaker's mention.)"""
        if mention.text.lower() != "they":
            return None
        return self._get("they", "unnamed", alias=mention.text)

    def may_be_they(self, entity: Entity) -> bool:
        """Whether a source heard from may be what "they" stands for (_may_be_they), and is no plural of things."""
        return not _names_no_people(entity) and self._may_be_they(entity)

    @staticmethod
    def _may_be_they(entity: Entity) -> bool:
        """Whether a source heard from may be what "they" stands for: a group of people ("voters", "Senate Democrats")
        or a body named by a common noun ("the campaign"), never one person counted ("a spokesman") nor a body known
        by its proper name ("the Associated Press", "Eagle Forum", "U.S."), which an article calls "it"."""
        if entity.kind == "unnamed":
            return not entity.head or entity.head.endswith("s") or entity.head == "media" or entity.name.lower() in QUANTIFIER_SOURCES
        if entity.kind == "person":
            return True  # (people named together are one entity; a lone name's surname says nothing of number: "Sanders")
        if entity.outlet:
            return False
        words = entity.name.split()
        return not all(w[:1].isupper() for w in words) or words[-1].endswith("s") and not words[-1].endswith(("ss", "'s", "’s"))

    def _people_just_named(self, mention: Mention) -> Entity | None:
        """"That frustrates many analysts because they believe ...": with no group heard from before,
        "they" is the people named earlier in the same sentence."""
        window = self.text[max(0, mention.start - PEOPLE_REACH):mention.start]
        cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
        found = None
        for match in PEOPLE_PLURAL_PHRASE.finditer(window, cut + 1):
            head = match.group(2).lower()
            if head in word_set("unnamed_heads") and head.endswith("s") or head in ("democrats", "republicans", "voters", "americans"):
                found = match
        if found is None:
            return None
        modifier = found.group(1).rstrip().lower() if found.group(1) else None
        # ("As farmers scrambled ..., they said": a capitalised function word opens the clause, where "Many" or "Six" counts the group)
        name = found.group(2) if modifier in word_set("capitalized_function_words") and modifier not in GROUP_LEAD_WORDS else found.group(0)
        return self._get(name, "unnamed", alias=mention.text, head=found.group(2).lower())

    def _group_named_before(self, mention: Mention) -> Entity | None:
        """"Supporters of the plan gathered outside. They said ...": with no group heard from and none in the
        sentence, "they" is the last group of people named in this paragraph or the one before, close by."""
        found = self._group_phrase(mention)
        if found is None:
            return None
        name, head, _at = found
        return self._get(name, "organization" if head in ("police", "media") else "unnamed", alias=mention.text, head=head)

    def _people_named_since(self, heard: Entity, mention: Mention) -> bool:
        """Whether, with the group last heard from two sentence ends back or more (and not named again since the sentence
        before), people were named after it in any place (an object, after a preposition: "a poll of voters", "met with Lee
        and Park"), within the reach of a group "they" may stand for: then "they" may be them as well as the group heard
        from. A group owned ("their members") is not who owns it; a group heard from in the sentence before goes on
        speaking ("Aides say X. They say ..."). The ends are counted up to the pronoun: a "They" opening its sentence
        does not count the end before it (measured: counting it too takes right links away more often than wrong ones)."""
        breaks = list(SENTENCE_BREAK.finditer(self.text, heard.last_seen, mention.start))
        if len(breaks) < 2 or whole_word_at(self.text[breaks[-2].end():mention.start].lower(), heard.head or heard.name.split()[-1].lower()) >= 0:
            return False  # (named again in the sentence before or its own: "Others were unapologetic in their ...")
        start = max(heard.last_seen + 1, mention.start - GROUP_REACH)
        heard_words = set(heard.name.lower().split())
        for match in GROUP_WORD.finditer(self.text, start, mention.start):
            word = match.group(1).lower()
            if word in _group_heads() and word not in heard_words and not self._owned_or_counted(match.start()):
                return True
        # ("Ann Lee and Tom Park", as _group_phrase_before reads two people named since)
        return any(pair.group(1).lower() not in word_set("capitalized_function_words") for pair in NAMED_PAIR.finditer(self.text, start, mention.start))

    def _owned_or_counted(self, at: int) -> bool:
        """"their members", "its own staff": a group owned by the one a pronoun stands for; "would hire 300 workers": people
        counted as a figure of what a source plans or reports, not a group heard from."""
        before = self.text[max(0, at - 12):at].split()
        if before[-1:] == ["own"]:
            before = before[:-1]
        return bool(before) and (before[-1].lower() in ("their", "its", "our", "his", "her") or before[-1][:1].isdigit())

    def _group_named_since(self, heard: Entity, mention: Mention) -> Entity | None:
        """"Officials said the depot would close. ... Residents were angry. They said ...": a group named after the
        group last heard from is the one "they" stands for."""
        found = self._group_phrase(mention)
        if found is None or found[2] <= heard.last_seen or found[0].lower().removeprefix("the ") == heard.name.lower().removeprefix("the ") or (
                found[0] in heard.aliases):
            return None
        return self._group_named_before(mention)

    def _group_phrase(self, mention: Mention) -> tuple[str, str, int] | None:
        """(name, head, offset) of the group "they" stands for by _group_named_before's rules."""
        if mention.start not in self._group_phrase_at:
            self._group_phrase_at[mention.start] = self._group_phrase_before(mention.start)
        return self._group_phrase_at[mention.start]

    def _group_phrase_before(self, position: int) -> tuple[str, str, int] | None:
        """_group_phrase's answer for a "they" at ``position``."""
        start = max(0, position - GROUP_REACH)
        breaks = [m.start() for m in re.finditer(r"\n\s*\n|\n", self.text[start:position])]
        paragraphs = [b for i, b in enumerate(breaks) if i == 0 or b > breaks[i - 1] + 1]
        if len(paragraphs) >= 2:
            start += paragraphs[-2]
        sentence = max(start - 1, self.text.rfind(". ", start, position), self.text.rfind("\n", start, position),
                       self.text.rfind("? ", start, position), self.text.rfind("! ", start, position))
        found = None
        pairs = self._people_pairs(start, position)
        for match in GROUP_WORD.finditer(self.text, start, position):
            word = match.group(1)
            # (most stretches name no pair of people: no search made for them)
            pair = next((p for p in pairs if p.start() <= match.start() < p.end()), None) if pairs else None
            if pair is not None:
                if pair.start() == match.start():
                    found = pair  # "Ann Lee and Tom Park met ... They said": the two people named together
            elif word.lower() in _group_heads() or word[0].isupper() and self._capitalised_group_opening(match):  # (most words: lower-case)
                if self._group_as_subject(match.start(), max(start, self.text.rfind("\n", 0, match.start()))):
                    found = match
            elif match.start() > sentence + 2 and self._other_referent(word, match.start(), sentence):
                found = None  # "Reagan and Trump have shown they ...", "520 delegates said they ...": the sentence's own
        if found is None:       # plural or names, which no rule here can weigh against a group named before
            return None
        if found in pairs:
            return found.group(0), "people", found.start()
        for pair in NAMED_PAIR.finditer(self.text, found.end(), position):
            if pair.group(1).lower() not in word_set("capitalized_function_words") and self.text[found.end():pair.start()].strip(" \u00a0").istitle() is False:
                return None  # "The police released a video ... what Trump and Lewandowski said. They had ...": two people named since
        head = found.group(1).lower()
        first = found.start()
        while True:  # "Senate Democrats", "GOP leaders", "Trump supporters": capitalised words before the head belong to it
            before = re.search(r"([A-Z][\w.’'-]*)[ \u00a0]+$", self.text[max(0, first - 40):first])
            if before is None or before.group(1).lower() in word_set("capitalized_function_words") and before.group(1).lower() not in COUNT_WORDS or (
                    not self._group_modifier(before.group(1))):
                break  # ("Six Gannett newspapers": the count opening the sentence counts the group, as the speaker's phrase does)
            first -= len(before.group(0))
        name = self.text[first:found.end()]
        if head == "police" and name.lower() == "police":
            name = "the police"
        return name, head, first

    def _capitalised_group_opening(self, match: re.Match) -> bool:
        """"Millennials have reached a consensus ...", "the Brujas have found ...": a capitalised plural opening its
        clause as the subject of a plural verb names a group "they" can stand for."""
        word = match.group(1)
        if not word[0].isupper() or not word.endswith("s") or word.endswith(("ss", "us", "is")) or len(word) < 5 or (
                word.lower() in word_set("capitalized_function_words") or word.lower() in NOT_PEOPLE_PLURALS):
            return False
        at = match.start()
        floor = max(0, at - 200)  # (an opening further back leaves a long lead either way)
        opening = max(self.text.rfind(". ", floor, at), self.text.rfind("\n", floor, at), self.text.rfind("? ", floor, at), self.text.rfind("! ", floor, at),
                      self.text.rfind(":", floor, at), self.text.rfind(",", floor, at))
        if opening < 0 < floor:
            return False
        if self.text[opening + 1:at].strip(" \n\u00a0\"'“‘") not in ("", "the", "The"):
            return False
        after = GROUP_WORD.match(self.text, match.end() + 1) if self.text[match.end():match.end() + 1] == " " else None
        # never written in lower case in the article: a name ("the Brujas"), not a sentence's first word ("Wages remain")
        return after is not None and after.group(1) in GROUP_PLURAL_VERBS and re.search(r"\b" + word.lower() + r"\b", self.text) is None

    def _people_pairs(self, start: int, end: int) -> list[re.Match]:
        """"Ann Lee and Tom Park", "Mr. Lee and Mr. Park" opening a clause: two people the article names together."""
        pairs = []
        for pair in PERSON_PAIR.finditer(self.text, start, end):
            sides = pair.group(0).replace("\u00a0", " ").split(" and ")
            if len(sides) == 2 and all(self._names_person(side) for side in sides) and self._group_as_subject(
                    pair.start(), max(start, self.text.rfind("\n", 0, pair.start()))):
                pairs.append(pair)
        return pairs

    def _names_person(self, side: str) -> bool:
        words = side.split()
        if words[0].lower() in word_set("capitalized_function_words") or outlet_name(side):
            return False
        if len(words) >= 2:
            return _person_in_run(side) is not None
        self.names._build()
        return bool(self.names.by_surname.get(words[0].lower()))

    def _group_as_subject(self, at: int, floor: int) -> bool:
        """The group opens its clause ("In a recent study, three economists ...", "Six newspapers in Ohio said",
        "On one side are activists"): not the object of a verb or a preposition ("moving workers into", "the
        experience of American workers")."""
        words = re.findall(r"\d[\d,.]*\d|[\w'’.-]+|[,;:—()]|--", self.text[max(floor, at - 80):at])
        lead = []
        for x in range(len(words) - 1, -1, -1):
            word = words[x]
            if word in (",", ";", ":", "—", "--", "(", ")") or word.lower() in GROUP_CLAUSE_OPENERS or word.endswith((".", "?", "!")) and len(word) > 2:
                if word == "," and self._in_example_list(words[max(0, x - 12):x]):
                    return False  # "such subjects as old battles, local authors and ...": an example listed, not a subject
                break
            lead.append(word.lower())
        else:
            if len(words) == len(lead) and at - 80 > floor:
                return False  # the clause began further back than the window shows
        if len(lead) > 3 or any(w in GROUP_OBJECT_MARKERS for w in lead):
            return False
        # "three economists", "many angry voters", "Senate Democrats"; never "The plan moved workers"
        return all(w in GROUP_LEAD_WORDS or w[:1].isdigit() or w in ("-", "–") or not w.endswith(("ed", "ing", "s")) and cue_verb(w) is None
                   for w in lead if not self._capitalised_before(w, at))

    @staticmethod
    def _in_example_list(words: list[str]) -> bool:
        """Whether the words before a comma hold "such ... as" with no clause break after it: a list of examples runs on."""
        lowered = [w.lower() for w in words]
        such = next((x for x in range(len(lowered) - 1, -1, -1) if lowered[x] == "such"), None)
        return such is not None and "as" in lowered[such + 1:such + 4] and not any(w in (";", ":", "—", "--", "(", ")") for w in lowered[such:])

    def _capitalised_before(self, word: str, at: int) -> bool:
        return whole_word_at(self.text[max(0, at - 80):at], word[:1].upper() + word[1:]) >= 0

    def _other_referent(self, word: str, at: int, sentence: int) -> bool:
        """A word in the pronoun's own sentence that could be what "they" stands for: a number, a plural
        noun other than a group of people, or a capitalised word inside the sentence (a name)."""
        if word[0].isdigit() and re.match(r"[-–](?:to-)?\d", self.text[at + len(word):at + len(word) + 5]):
            return False  # "By nearly 2-1, they say": a margin, not a number of people
        if word[0].isdigit() or word.lower() in ("those", "percent", "both", "two", "three"):
            return True
        if word[0].isupper():
            opening = not self.text[sentence + 1:at].strip(" \n\"'“‘") or self.text[sentence + 1:at].strip().startswith("''")
            return not opening and word.lower() not in word_set("capitalized_function_words")
        return word.endswith("s") and len(word) > 3 and word not in NOT_PLURAL_NOUNS and not word.endswith(("ss", "us", "is")) and (
            self.text[max(0, at - 8):at].split() or [""])[-1] not in ("that", "which", "who")  # "an issue that divides the nation": a verb

    @staticmethod
    def _group_modifier(word: str) -> bool:
        return not word.endswith((".", "’s", "'s")) and word.lower() not in ("they", "we", "but", "and", "as")

    def _document_opening_sentence_since(self, since: int, position: int) -> Entity | None:
        """A letter, memo or report opening a sentence after ``since``, in the sentence before ``position`` or its own:
        what "it" goes on about, rather than a body heard from before it."""
        found = None
        for match in WRITTEN_THING.finditer(self.text, max(since + 1, position - SENTENCE_REACH), position):
            if match.group(1)[:1].isupper() and _opens_line_or_sentence(self.text, match.start()):
                found = match
        return self._document_written(found) if found is not None else None

    def _document_written(self, found: re.Match) -> Entity:
        entity = self._get(found.group(0), "unnamed", alias=found.group(0), head=found.group(2).lower())
        entity.from_document = True
        return entity

    def _document_just_named(self, position: int) -> Entity | None:
        found = None
        for match in WRITTEN_THING.finditer(self.text, max(0, position - THING_REACH), position):
            found = match
        if found is None:
            return self.latest_document()
        return self._document_written(found)

    def _person_pronoun(self, mention: Mention, gender: str | None = None) -> Entity | None:
        """"he"/"she": the latest source of a fitting gender, unless a person of fitting gender has
        since opened a sentence ("Hale boss Danny Whitlock was furious. '...,' he said")."""
        gender = PRONOUN_GENDER.get(mention.text.lower(), gender)
        not_meant = self._hearer_of_own_cue(mention) or self._described_by_own_relative(mention) or self._named_as_someone_elses(mention, gender)
        entity = self._speaking_person_pronoun(mention, gender, not_meant)
        if entity is not None and entity.surname == not_meant:
            return None  # nobody else fits: better no speaker than one the pronoun cannot stand for
        return entity or self._only_titled_person_before(mention, gender, not_meant)

    def _only_titled_person_before(self, mention: Mention, gender: str | None, not_meant: str | None) -> Entity | None:
        """"When Gov. Talbot flew to Reno, ... Reopening the mine, he promised, ...": with no full name written before the
        pronoun, the one person the article has named by an office and a surname is who "he" or "she" stands for."""
        named: dict[str, str] = {}
        for match in TITLED_SURNAME.finditer(self.text, 0, mention.start):
            if not is_role_word(match.group(1)):  # "When Gov. Talbot": the title is the second word of the match
                match = TITLED_SURNAME.match(self.text, match.start(2), mention.start) or match
            title, surname = match.group(1), strip_possessive(match.group(2))
            if is_role_word(title) and not is_role_word(surname) and not is_org_word(surname) and not names_a_place(surname):
                named.setdefault(surname, title)
        if len(named) != 1 or self.names.latest_before(mention.start) is not None:
            return None  # two people, or none, or a full name (the scan above is cheaper than the index of names it may build)
        surname, title = next(iter(named.items()))
        if surname.lower() == not_meant or gender is not None and (gender_of(surname, title, None) or self._known_gender(surname)) not in (None, gender):
            return None
        written_in_full = self.names.lookup(surname, len(self.text), None)  # the full name, if the article gives it later
        return self._person_named(written_in_full.name if written_in_full is not None else surname, title, None, None, mention.text)

    def _hearer_of_own_cue(self, mention: Mention) -> str | None:
        """The surname of the person the pronoun's own cue speaks to: "he told Rubino"."""
        cue_object = HEARER_AFTER_PRONOUN.match(self.text, mention.end)
        return cue_object.group(1).lower() if cue_object else None

    def _described_by_own_relative(self, mention: Mention) -> str | None:
        """The surname of the person a "who" right before the pronoun describes: "Bram Vell, who he said had lied"."""
        if self.text[max(0, mention.start - 5):mention.start].rstrip()[-3:] not in ("who", "hom"):
            return None
        described = RELATIVE_BEFORE_PRONOUN.match(self.text[max(0, mention.start - 40):mention.start][::-1])
        return described.group(1)[::-1].lower() if described else None

    def _named_as_someone_elses(self, mention: Mention, gender: str | None) -> str | None:
        """"Her chief policy aide, Jake Sullivan, calls her record a 'blueprint' for how she ...": the person a sentence
        opens with as someone's ("Her aide, X,") is not who "she" stands for in that sentence, unless known to be a woman."""
        reach = max(0, mention.start - SENTENCE_REACH)
        if gender is None or self.text.find("Her ", reach, mention.start) < 0 and self.text.find("His ", reach, mention.start) < 0:
            return None
        window, stop = self._sentence_before(mention.start)
        owned = OWNED_APPOSITION_OPENING.match(window, stop + 1)
        if owned is None or PRONOUN_GENDER[owned.group(1).lower()] != gender:
            return None
        surname = owned.group(2).lower()
        known = self.names.lookup(owned.group(2), len(self.text), None)
        return surname if known is None or self.names.gender(known) != gender else None

    def _speaking_person_pronoun(self, mention: Mention, gender: str | None, not_meant: str | None) -> Entity | None:
        opener = self._name_before_subordinate(mention, gender) or self._subject_of_main_clause(mention, gender) or self._subject_of_owning_verb(mention, gender) or (
            self._subject_after_opening_clause(mention, gender)) or self._reporter_of_aside(mention, gender) or self._possessor_in_sentence(mention, gender)
        if opener is not None and opener.surname != not_meant:
            return opener
        latest = self._latest_fitting_person(mention, gender, not_meant)
        return self._person_of_the_gender_named_since(latest, mention, gender, not_meant) or latest

    def _person_of_the_gender_named_since(self, latest: Entity | None, mention: Mention, gender: str | None, not_meant: str | None) -> Entity | None:
        """"Ng, who calls the pact 'a disaster' ... If Holt's wary of it, she ...": when the person found is of a gender the
        article does not tell, a person known to be of the pronoun's gender, named after that person's last mention, is meant.
        So too after an unnamed source of no told gender, for "he" as for "she" ("one user wrote ... Lee has said little of
        it. Although he says ...": the one the article goes on about, not who was heard from before)."""
        if gender is None or latest is None:
            return None
        if latest.kind == "person":
            if gender != "f" or not self._gender_untold(latest):
                return None
            since = self.names._last_written(latest.name.split()[-1], mention.start)
        elif latest.kind != "unnamed" or latest.gender is not None or latest.last_seen < 0:
            return None
        else:  # (after the source's own words: "a partner at Mr. Lee's firm" names no one else)
            since = latest.last_seen + (len(latest.name) if self.text.startswith(latest.name, latest.last_seen) else 0)
        known = self.names.latest_of_gender_between(since, mention.start, gender)
        if known is None or known.name.split()[-1].lower() == not_meant:
            return None
        known = self.names.first_namesake_unless_in_paragraph(known, mention.start)
        return self._person_named(known.name, known.title, known.role, None, mention.text)

    def _gender_untold(self, entity: Entity) -> bool:
        """No title, role, given name or the article tells the person's gender (the pronouns the rules themselves
        linked to the person do not count: one wrong "she" would make the next one look right)."""
        return (gender_of(entity.name, entity.title, entity.role) or self.names.learned_gender(entity.name)) is None

    def _latest_fitting_person(self, mention: Mention, gender: str | None, not_meant: str | None) -> Entity | None:
        speaker = hearer = None
        unsure = None  # "When an Iowa voter asked ..., she replied": an unnamed person who just asked is
        looked = 0     # "she" only when no person known to be a woman was met just before
        for entity in reversed(self.recent):
            if entity.kind == "person" or entity.kind == "unnamed" and (entity.head in PERSON_HEADS or _one_unnamed_person(entity)):
                if not_meant is not None and entity.surname == not_meant:
                    hearer = entity
                    continue
                if gender is not None and entity.gender is None and entity.kind == "unnamed" and unsure is None and entity is self.last_asker:
                    unsure = entity
                    continue
                if unsure is not None:
                    looked += 1
                if gender is None or entity.gender in (None, gender):
                    speaker = entity if unsure is None or entity.gender == gender else unsure
                    break
                if looked >= 2:
                    break
        if speaker is None and unsure is not None:
            speaker = unsure
        if speaker is not None and speaker.kind == "unnamed" and speaker.gender is None and gender is not None and 0 <= speaker.last_seen < mention.start and (
                "\n" not in self.text[speaker.last_seen:mention.start] and ". " not in self.text[speaker.last_seen:mention.start]):
            # "Holt, a top aide said, “...” and since 2008 she has ...": a woman or man who opened the sentence the unnamed
            # source of unknown gender interrupted is who "she"/"he" goes on about
            opened = max(self.text.rfind("\n", 0, speaker.last_seen), self.text.rfind(". ", 0, speaker.last_seen))
            known = self.names.latest_subject_between(opened, speaker.last_seen, gender) or self.names.described_surname_opening_between(opened, speaker.last_seen)
            if known is not None and gender in (self._known_gender(known.name), self.names.gender(known)):
                return self._person_named(known.name, known.title, known.role, None, mention.text)
        # with the hearer the only person met, whoever else is meant opens a sentence after the hearer was last heard
        since = speaker.last_seen if speaker is not None else hearer.last_seen if hearer is not None else -1
        if speaker is not None and speaker is unsure:
            since = max(-1, mention.start - UNSURE_REACH)  # a woman or man opening a sentence before the asker may be meant
        known = self.names.latest_subject_between(since, mention.start, gender)
        if known is not None and unsure is not None and speaker is unsure and (self._known_gender(known.name) or self.names.gender(known)) not in (
                None, gender):
            known = None
        while known is not None and (gender and self._known_gender(known.name) not in (None, gender) or known.name.split()[-1].lower() == not_meant):
            known = self.names.latest_subject_between(since, known.position, gender)  # "Bradley Sorensen" known as "he"
        if known is None and speaker is not None and gender is not None:
            known = self._introduced_in_sentence_before(mention, gender, speaker)
        if known is None and speaker is None and hearer is None:
            known = self.names.latest_before(mention.start)
            if known is not None and gender and self.names.gender(known) not in (None, gender):
                known = None
            if known is not None and self.text[max(0, known.position - 4):known.position].lower() in (" in ", " at ") and (
                    self.text.find(known.name.split()[-1], known.position + len(known.name), mention.start) < 0):
                known = None  # "At the rally in Oak Hollow, the mayor said": a name after "in", not written again since, is where, not who
        if known is not None and any(e.kind != "person" and e.name == known.name for e in self.entities):
            known = None  # "..., the Chicago Sun-Times reported. '...,' he said": a body already met under that name is nobody's "he"
        named_again, named_at = self._surname_subject_between(known.position if known is not None else since, mention.start, gender)
        if named_again is not None and named_again.surname != not_meant:
            surer = self._surname_subject_of_gender_since(named_again, named_at, mention, gender, not_meant)
            if surer is not None:
                return surer
            named_again.aliases.add(mention.text)
            return named_again  # "Ferreira-Holm, 47, campaigned on ... she said": named again since
        written_again = self.names.latest_surname_subject_between(known.position if known is not None else since, mention.start, gender)
        if written_again is not None and written_again.name.split()[-1].lower() not in (not_meant, speaker and speaker.surname) and (
                gender is None or gender in (self._known_gender(written_again.name), self.names.gender(written_again))):
            return self._person_named(written_again.name, written_again.title, written_again.role, None, mention.text)
        if known is not None:
            return self._person_named(known.name, known.title, known.role, None, mention.text)
        if speaker is not None:
            speaker.aliases.add(mention.text)
        return speaker

    def _surname_subject_of_gender_since(self, named_again: Entity, named_at: int, mention: Mention, gender: str | None,
                                         not_meant: str | None) -> Entity | None:
        """"Ng accused Holt of ... Holt has been asked to ... '...,' she said": when the person named again is of a gender
        no one knows, a person known to be of the pronoun's gender whose surname opens a later sentence is meant."""
        if gender is None or not self._gender_untold(named_again):
            return None
        known = self.names.latest_surname_subject_between(named_at, mention.start, gender)
        if known is None or known.name.split()[-1].lower() == not_meant or gender not in (self._known_gender(known.name), self.names.gender(known)):
            return None
        return self._person_named(known.name, known.title, known.role, None, mention.text)

    def answerer(self, mention: Mention) -> Entity | None:
        """'"Should there be ...?" a reporter asked Lee. "No," he replied' / "the senator replied": right after a question
        put to a person named, "he", "she" or a description of a person who answers is the person asked, not the asker."""
        if self.last_question is None or not self.recent:
            return None
        asker, asked, at = self.last_question
        if self.recent[-1] is not asker or not 0 < mention.start - at <= ANSWER_REACH or len(PARAGRAPH_BREAK.findall(self.text, at, mention.start)) > 2:
            return None  # (the question's paragraph and the next two at most)
        if mention.kind == "pronoun":
            gender = PRONOUN_GENDER.get(mention.text.lower())
            if mention.pronoun != "person" or gender is None or asked.gender not in (None, gender):
                return None
        elif not (mention.kind == "unnamed" and mention.definite and mention.head in word_set("role_words") and mention.head not in MEDIA_ROLES) or (
                gender_of(None, None, mention.head) not in (None, asked.gender)) or self._holds_other_office(asked, mention) or (
                mention.text.split()[0].lower() in POSSESSIVE_DETERMINERS or len(mention.text.split()) > 4):
            return None
        asked.aliases.add(mention.text)
        return asked

    def _subject_of_main_clause(self, mention: Mention, gender: str | None) -> Entity | None:
        """"Bush went after Trump at the debate, when he called the businessman 'unhinged'": "he" right after a
        subordinator is the person whose name opens the sentence, not one named since as an object."""
        if gender is None:
            return None
        before = self.text[max(0, mention.start - 10):mention.start].split()
        if not before or before[-1].lower() not in CLAUSE_PRONOUN_OPENERS:
            return None
        window = self.text[max(0, mention.start - SENTENCE_REACH):mention.start]
        cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "), window.rfind("\u201d "), window.rfind('" '))
        if cut < 0:
            return None
        opening = mention.start - len(window) + cut + 1
        known = self.names.latest_surname_subject_between(opening - 1, mention.start, gender) or self.names.latest_subject_between(
            opening - 1, mention.start, gender)
        if known is None or self.text.find(known.name.split()[-1], opening, mention.start) < 0:
            return None
        surname = strip_possessive(known.name.split()[-1]).rstrip(".").lower()
        if sum(1 for e in self.entities if e.kind == "person" and e.surname == surname) > 1:
            return None  # "Alan Grayson ... Lolita Grayson": which Grayson is not for this rule to guess
        entity = self._by_surname(known.name.split()[-1], gender)
        if entity is None and len(known.name.split()) >= 2 and (self._known_gender(known.name) or self.names.gender(known)) == gender:
            return self._person_named(known.name, known.title, known.role, None, mention.text)  # a full name known to fit
        if entity is None or entity.gender not in (None, gender) or len(entity.name.split()) < 2:
            return None  # only a person already met by full name, of a fitting gender
        entity.aliases.add(mention.text)
        return entity

    def _sentence_before(self, position: int) -> tuple[str, int]:
        """The text before ``position`` within SENTENCE_REACH and the index in it of the last sentence end ("." not after a
        title such as "Ms.", a line break, "?" or "!"), -1 when the window holds none."""
        window = self.text[max(0, position - SENTENCE_REACH):position]
        stop = window.rfind(". ")
        # (a title ends at the stop, seven characters at most with the space before it: no search of the whole window)
        while stop > 0 and TITLE_BEFORE_STOP.search(window, max(0, stop - 8), stop + 1):
            stop = window.rfind(". ", 0, stop)  # "Ms. Lee": an abbreviation, not a sentence end
        return window, max(stop, window.rfind("\n"), window.rfind("? "), window.rfind("! "))

    def _possessor_in_sentence(self, mention: Mention, gender: str | None) -> Entity | None:
        """"... was at the heart of Sanders's critique of a system that he said has failed ...": "he" or "she" opening a
        relative clause ("that he said", "in which she said") in a sentence whose only person named before it is a
        possessor ("Sanders's") is that person, one already met by full name whose gender fits."""
        written = self.text[mention.start:mention.end].lower()
        if gender is None or written not in ("he", "she", "his", "her"):
            return None
        before = self.text[max(0, mention.start - 10):mention.start].split()
        if written in ("he", "she") and (not before or before[-1].lower() not in ("that", "which", "whom", "what")):
            return None  # ("Merkel's popularity was dented by her decision": an owner's "his" or "her" anywhere after)
        window, cut = self._sentence_before(mention.start)
        if cut < 0 or any(c in window[cut + 1:] for c in "\"“”"):
            return None
        capitalised = [m for m in re.finditer(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*", window[cut + 1:]) if m.group(0).lower() not in word_set("capitalized_function_words")]
        possessors = [m for m in capitalised if m.group(0).endswith(("'s", "’s"))]
        self.names._build()
        named_only = not possessors
        if named_only:
            # "The remarks suggest Mr. Vance is running ..., railing against what he calls ...": the one person the sentence names
            offset = mention.start - len(window) + cut + 1
            possessors = [m for m in capitalised if self.names.by_surname.get(m.group(0).lower()) and not self._place_written_at(m.group(0), offset + m.start())][-1:]
        if len(possessors) != 1:
            return None
        for m in capitalised:  # no other person of the article named in the sentence, unless known to be of the other gender
            if m is not possessors[0] and (self.names.by_surname.get(strip_possessive(m.group(0)).lower()) or self._by_surname(m.group(0)) is not None):
                if not self._only_other_gender(m.group(0), gender):
                    return None
        entity = self._by_surname(possessors[0].group(0), gender)
        if named_only and entity is not None and entity.gender in (None, gender):
            entity.aliases.add(mention.text)
            return entity  # (as met: the one "he" stands for is no reason to take the full name for it)
        if entity is None or entity.gender not in (None, gender) or len(entity.name.split()) < 2:
            at = mention.start - len(window) + cut + 1 + possessors[0].start()
            known = self.names.lookup(strip_possessive(possessors[0].group(0)), at, gender)
            if known is None or known.position >= at or len(known.name.split()) < 2 or (self._known_gender(known.name) or self.names.gender(known)) not in (None, gender):
                return None
            return self._person_named(known.name, known.title, known.role, None, mention.text)
        entity.aliases.add(mention.text)
        return entity

    def _introduced_in_sentence_before(self, mention: Mention, gender: str, speaker: Entity) -> KnownName | None:
        """"... he said. Then there was Ohio Sen. Dave Kettering's response. He accused ...": a sentence that opens with
        "he" or "she" goes on about the person the sentence just before it introduced by full name, the only person that
        sentence names, rather than whoever spoke before (not quoted, the sentence had no cue of its own)."""
        if not self.text[max(0, mention.start - 2):mention.start].endswith(("\n", ". ", "! ", "? ")):
            return None  # (the pronoun opens its sentence)
        previous, stop = self._sentence_before(mention.start - 1)
        opened = mention.start - 1 - len(previous) + stop + 1
        sentence = self.text[opened:mention.start]
        opening = [w.strip(",;") for w in sentence.split(None, 4)[:4]]
        if stop < 0 or not opening or any(c in sentence for c in "\"“”") or opening[0].lower() in ("he", "she", "they") or opening[0] == "The" and any(
                w in word_set("role_words") or w in word_set("unnamed_heads") or w in self.names.by_surname for w in opening[1:]) or (
                " he " in sentence or " she " in sentence):
            return None  # ("The former ambassador discussed ... Donald Trump. He stated": the sentence is about someone of its own)
        self.names._build()
        written = self.names.in_order[bisect.bisect_left(self.names.positions, opened):bisect.bisect_left(self.names.positions, mention.start)]
        if not written or any(k.name != written[0].name for k in written) or len(written[0].name.split()) < 2:
            return None  # (one full name in that sentence)
        known = written[0]
        if not self.names.named_as_person(known):
            return None  # ("the Religious Freedom Restoration Act": no person's name)
        surname = known.name.split()[-1].lower()
        if surname == speaker.surname or any(k.position < known.position for k in self.names.by_surname.get(surname, ())) or (
                self.names.gender(known) not in (None, gender) or self._known_gender(known.name) not in (None, gender)):
            return None  # (first named there, of the pronoun's gender)
        named = known.name.lower().split()
        if any(strip_possessive(m.group(0)).lower() in self.names.by_surname and strip_possessive(m.group(0)).lower() not in named
               for m in CAPITAL_WORD_IN.finditer(sentence)):
            return None  # (no one else named in that sentence: "Cuban said that in a race between Trump and Ted Cruz, ...")
        return known

    def _place_written_at(self, word: str, at: int) -> bool:
        """"At a college in Maple Valley, ...": the name ``word`` ends, written last before ``at``, follows "in" or "at": where, not who."""
        known = [k for k in self.names.by_surname[word.lower()] if k.position <= at]
        return bool(known) and self.text[max(0, known[-1].position - 4):known[-1].position].lower() in (" in ", " at ")

    def _only_other_gender(self, word: str, gender: str) -> bool:
        """"Khalif said Clinton's rhetoric ... in which she said": everyone of the article written so is a person known to
        be of the other gender, who cannot be "she"."""
        surname = strip_possessive(word).rstrip(".").lower()
        met = [e for e in self.recent + self.entities if e.kind == "person" and e.surname == surname]
        known = self.names.by_surname.get(surname, ())
        genders = {e.gender for e in met} | {self._known_gender(k.name) or self.names.gender(k) for k in known}
        return bool(met or known) and None not in genders and gender not in genders

    def _body_of_main_clause(self, mention: Mention) -> Entity | None:
        """"..., the county Department of Health gave an incomplete answer when it told a local group that ...": "it" right
        after a subordinator is the body that is the subject of the sentence's main clause, not one heard from before."""
        if self.text[mention.start:mention.end].lower() != "it":
            return None
        before = self.text[max(0, mention.start - 10):mention.start].split()
        if not before or before[-1].lower() not in CLAUSE_PRONOUN_OPENERS:
            return None
        window, cut = self._sentence_before(mention.start)
        if cut < 0:
            return None
        found = None
        for match in BODY_SUBJECT.finditer(window, cut + 1):
            if match.group(2).lower() in word_set("institution_heads") or match.group(2).lower() in WRITTEN_SUBJECT_HEADS:
                found = match
                break
        if found is None or any(c in window[cut + 1:found.start()] for c in "\"“”;:"):
            return None
        if found.group(2).lower() in WRITTEN_SUBJECT_HEADS:
            # "The state constitution makes no mention of guns, although it does say ...": the text itself says it
            entity = self._get("t" + found.group(1)[1:], "unnamed", alias=mention.text, head=found.group(2).lower())
            entity.from_document = True
            return entity
        name = found.group(1)
        words = name.split()
        if len(words) > 1 and words[1][:1].isupper():
            name = name[len(words[0]):].strip()  # "the State Department": the capitalised name, as a body's name is written
        else:
            name = "the" + name[3:]
        return self._get(name, "organization", alias=mention.text, head=found.group(2).lower())

    def _reporter_of_aside(self, mention: Mention, gender: str | None) -> Entity | None:
        """"When Lee said ..., Vance replied that she was glad Lee had said so because, she said, ...": "he" or "she" of a
        "said" set off by commas inside a clause someone reports ("X replied that ...") is that reporter, not the person
        named last inside the clause; a person already met by full name whose gender fits."""
        if gender is None or self.text[mention.start:mention.end].lower() not in ("he", "she") or self.text[max(0, mention.start - 2):mention.start] != ", ":
            return None
        after = re.match(r"[ \u00a0]+([a-z]+),", self.text[mention.end:mention.end + 20])
        if after is None or cue_verb(after.group(1)) is None:
            return None
        window, cut = self._sentence_before(mention.start)
        if cut < 0:
            return None
        found = None
        for match in SURNAME_VERB_THAT.finditer(window, cut + 1):
            if cue_verb(match.group(2)) is not None and match.group(1).lower() not in word_set("capitalized_function_words"):
                found = match
        if found is None or any(c in window[found.end():] for c in "\"“”;:"):
            return None
        entity = self._by_surname(found.group(1), gender)
        if entity is None or entity.gender not in (None, gender) or len(entity.name.split()) < 2:
            return None  # only a person already met by full name, of a fitting gender
        entity.aliases.add(mention.text)
        return entity

    def _name_before_subordinate(self, mention: Mention, gender: str | None) -> Entity | None:
        """"Holt, though she praised the plan, voted against it": "he" or "she" opening a clause set off right after the
        surname that opens the sentence is that person, a person already met by full name whose gender fits."""
        if gender is None:
            return None
        window_start = max(0, mention.start - 60)
        if not _may_end_after_subordinator(self.text[window_start:mention.start]):
            return None
        match = NAME_THEN_SUBORDINATOR.search(self.text, window_start, mention.start)
        if match is None:
            return None
        entity = self._by_surname(match.group(1), gender)
        if entity is None or entity.gender not in (None, gender) or len(entity.name.split()) < 2:
            known = self.names.lookup(strip_possessive(match.group(1)), match.start(1), gender)
            if known is None or len(known.name.split()) < 2 or (self._known_gender(known.name) or self.names.gender(known)) != gender:
                return None
            return self._person_named(known.name, known.title, known.role, None, mention.text)
        entity.aliases.add(mention.text)
        return entity

    def _subject_after_opening_clause(self, mention: Mention, gender: str | None) -> Entity | None:
        """"Even as he accused the department of ..., Giuliani said ...": "he" or "she" opening a sentence's first
        clause points ahead to the subject of the main clause after the comma, a person already met whose gender fits."""
        if gender is None or self.text[mention.start:mention.end].lower() not in ("he", "she"):
            return None
        opening = OPENING_CLAUSE_BEFORE.search(self.text, max(0, mention.start - 20), mention.start)
        if opening is None:
            return None
        main = MAIN_SUBJECT_AFTER_CLAUSE.match(self.text, mention.end, min(len(self.text), mention.end + 220))
        if main is None:
            return None
        surname = main.group(1).split()[-1]
        entity = self._by_surname(surname, gender)
        if entity is None or entity.gender not in (None, gender) or len(entity.name.split()) < 2 or (
                len(main.group(1).split()) > 1 and not entity.name.endswith(main.group(1).split()[-1])):
            return None
        entity.aliases.add(mention.text)
        return entity

    def _subject_of_owning_verb(self, mention: Mention, gender: str | None) -> Entity | None:
        """"..., Woods shared her belief that ...": "his" or "her" right after a clause's verb belongs to the person
        whose surname is that verb's subject, not to someone named earlier in an opening phrase."""
        if gender is None or self.text[mention.start:mention.end].lower() not in ("his", "her"):
            return None
        match = SUBJECT_VERB_BEFORE.search(self.text, max(0, mention.start - 60), mention.start)
        if match is None or not self.names._opens_sentence(match.start(1)) and not self.text[max(0, match.start(1) - 2):match.start(1)] == ", ":
            return None
        entity = self._by_surname(match.group(1), gender)
        if entity is None or entity.gender not in (None, gender) or len(entity.name.split()) < 2:
            return None  # only a person already met by full name, of a fitting gender
        entity.aliases.add(mention.text)
        return entity

    def _surname_subject_between(self, after: int, before: int, gender: str | None) -> tuple[Entity | None, int]:
        """A person already quoted by full name whose surname alone opens a sentence in
        (after, before): the latest such person whose gender fits, and where the surname is."""
        best, best_at = None, after
        for entity in self.entities:
            if entity.kind != "person" or len(entity.name.split()) < 2:
                continue
            surname = entity.name.split()[-1]
            at = self.text.rfind(surname, best_at + 1, before)
            while at > best_at:
                end = at + len(surname)
                if (at == 0 or not (self.text[at - 1].isalnum() or self.text[at - 1] in "-'’")) and (
                        end >= len(self.text) or not (self.text[end].isalnum() or self.text[end] == "-")) and not _after_article(self.text, at) and (
                        self.names._opens_sentence(at)) and not self._namesake_written_at(entity, end):
                    # (the gender asked only of a person whose surname is found: most are not, and Entity.gender is no lookup)
                    if not gender or entity.gender in (None, gender):
                        best, best_at = entity, at
                    break
                at = self.text.rfind(surname, best_at + 1, at)
        return best, best_at

    def _namesake_written_at(self, entity: Entity, end: int) -> bool:
        """"Jane Holt made it clear that her husband ...": the surname ending at ``end`` is another full name's, not ``entity``'s."""
        return any(known.name != entity.name and self.text.startswith(known.name, end - len(known.name))
                   for known in self.names.by_surname.get(entity.surname, ()))

    @staticmethod
    def _related_far_back(mention: Mention, last_met: int) -> bool:
        """"his friend", "her boss": a person related to whoever "his" or "her" stands for now is the one the article
        gave that role only when met close by; a friend met paragraphs before is someone else's."""
        return mention.start - last_met > DESCRIBED_PERSON_REACH and mention.text.split()[0].lower() in POSSESSIVE_DETERMINERS

    def _last_seen_as(self, name: str) -> int:
        return next((e.last_seen for e in self.entities if e.kind == "person" and e.name == name), -1)

    def _role_holder_meant(self, entity: Entity, mention: Mention) -> Entity | None:
        """Whom a description by office means, given ``entity``, the latest source the article gave that office: another
        holder of it whose surname has opened a sentence since ("Rules chairman Al Ware said ... Party chairman Ray Dunn
        ... Dunn has pushed back ... The chairman said"); nobody named, when a person introduced since, long after
        ``entity`` was last met, opens the sentence before without another office ("actress Mia Ortiz ... [paragraphs]
        ... Comedy star Lia Vance spoke up. The actress said": either may be meant); nobody, when the description
        names the body whose office it is and the person's role does not."""
        if self._heads_another_body(self._role_words(entity.role, entity.title), mention):
            return None
        surname = entity.name.split()[-1]
        last_met = max(entity.last_seen, self.names._last_written(surname, mention.start))
        holder = self._holder_opening_since(mention, last_met, surname)
        if holder is not None:
            return self._person_named(holder.name, holder.title, holder.role, None, mention.text)
        if mention.start - last_met > DESCRIBED_PERSON_REACH and self._newcomer_acting_before(mention, last_met):
            return self._get(mention.name, "unnamed", alias=mention.text, head=mention.head, affiliation=mention.affiliation)
        return entity

    def _holder_opening_since(self, mention: Mention, since: int, surname: str) -> KnownName | None:
        """The person, other than ``surname``, whose surname last opened a sentence after ``since`` (close by), if the
        article gave that person the office ``mention`` describes."""
        self.names._build()
        former = _former(mention.text)
        for match in reversed(list(WORD_OPENING_SENTENCE.finditer(self.text, max(since + 1, mention.start - DESCRIBED_PERSON_REACH), mention.start))):
            if match.group(1) == surname or _inside_quotation(self.text, match.start()):
                continue
            holder = next((known for known in self.names.by_surname.get(match.group(1).lower(), ()) if known.position < match.start() and (
                self._role_has(known, mention.head, former))), None)
            if holder is not None and self.names._opens_sentence(match.start()):
                return holder
        return None

    def _newcomer_acting_before(self, mention: Mention, since: int) -> bool:
        """The last full name before ``mention`` is, within the sentence or so before it, a person first named after
        ``since`` and doing something ("... star Lia Vance opened up about ..."), of a gender and role that fit the description."""
        newcomer = self.names.latest_before(mention.start)
        if newcomer is None or newcomer.position < max(since, mention.start - SENTENCE_REACH) or not ACTING_AFTER_NAME.match(
                self.text, newcomer.position + len(newcomer.name)):
            return False
        gender = gender_of(None, None, mention.head)
        return (gender is None or self.names.gender(newcomer) in (None, gender)) and self._may_hold(newcomer, mention) and (
            min(k.position for k in self.names.by_surname.get(newcomer.name.split()[-1].lower(), [newcomer])) > since)

    def _may_hold(self, known: KnownName, mention: Mention) -> bool:
        """No role the article gives ``known`` is another office than the one ``mention`` describes."""
        words = self._role_words(known.role, known.title)
        return mention.head in words or word_set("role_words").isdisjoint(words)

    def _described_person(self, mention: Mention) -> Entity | None:
        """A definite description of a person ("the Rovers captain", "the 34-year-old") that names
        no one earlier by that role points back like "he" or "she" would, but only to a person met
        close by (the same or the previous paragraph, roughly)."""
        if mention.text[:5].lower() == "this " and mention.head in MEDIA_ROLES:
            return None  # "as this reporter revealed": the article's own writer, no one it quotes
        gender = gender_of(None, None, mention.head)
        probe = Mention(mention.text, mention.start, mention.end, mention.text, "pronoun", pronoun="person")
        entity = self._person_pronoun(probe, gender)
        if entity is None or mention.start - max(entity.last_seen, 0) > DESCRIBED_PERSON_REACH or (
                self._holds_other_office(entity, mention)) or self._media_person_as_office(entity, mention) or _described_otherwise(entity, mention) or (
                self._named_in_own_clause(entity, mention)) or self._people_named_in_sentence_before(mention) >= 2 or (
                self._other_holder_described_since(entity, mention)):
            return None
        return entity

    def _other_holder_described_since(self, entity: Entity, mention: Mention) -> bool:
        """"Lee said he stood beside the leader of the rescue team ... When the team leader saw ...": a person the article
        described close before by the same role, not in apposition to a name, is the one meant unless the article gave
        ``entity`` that role."""
        if mention.head in self._role_words(entity.role, entity.title):
            return False
        for article in ("the ", "a "):
            phrase = f"{article}{mention.head} of "
            at = self.text.find(phrase, max(mention.start - DESCRIBED_PERSON_REACH, 0), mention.start)
            while at >= 0:
                if self.text[at - 2:at] != ", " and self.text[at - 1:at] != "(":
                    return True
                at = self.text.find(phrase, at + 1, mention.start)
        return False

    def _named_in_own_clause(self, entity: Entity, mention: Mention) -> bool:
        """"'...,' the candidate said of running against Mr. Hale.": the person the description's own clause names is someone else."""
        end = CLAUSE_END.search(self.text, mention.end, mention.end + CLAUSE_REACH)
        return whole_word_at(self.text[mention.end:end.start() if end else mention.end + CLAUSE_REACH], entity.name.split()[-1]) >= 0

    def _people_named_in_sentence_before(self, mention: Mention) -> int:
        """How many people the description's sentence names before it ("The attacks Ed Vale made on Jo Park's plan are
        unfair, the candidate said": either may be the candidate)."""
        window, stop = self._sentence_before(mention.start)
        start = mention.start - len(window) + stop + 1
        self.names._build()
        index = bisect.bisect_left(self.names.positions, mention.start)
        people = set()
        while index > 0 and self.names.in_order[index - 1].position >= start:
            index -= 1
            known = self.names.in_order[index]
            if self.names.gender(known) is not None or any(e.kind == "person" and e.name == known.name for e in self.entities):
                people.add(known.name.split()[-1])
        return len(people)

    def _subject_before_quotation(self, mention: Mention, found: Entity) -> Entity | None:
        """"Lee defends his record in an ad: '...,' the senator says": a description of a person after a quotation is the
        person already met whose surname opens the sentence before the quotation, not one named by that role earlier."""
        paragraph = self.text.rfind("\n", 0, mention.start) + 1
        before = QUOTATION_IN_SENTENCE.sub(_blanked, self.text[paragraph:mention.start])
        if len(before) == mention.start - paragraph and before.count("\x00") > 0:
            opening = max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1
            match = SENTENCE_SUBJECT_NAME.match(before, opening + (opening > 0))
            if match is None or found.surname == match.group(1).lower():
                return None
            entity = self._by_surname(match.group(1))
            if entity is not None and len(entity.name.split()) >= 2 and not self._holds_other_office(entity, mention) and (
                    not self._media_person_as_office(entity, mention)) and gender_of(None, None, mention.head) in (None, entity.gender):
                return entity
        return None

    @staticmethod
    def _media_person_as_office(entity: Entity, mention: Mention) -> bool:
        """"Fox News' Jo Hale asked Kasich ... The candidate said": a person the article ties to an outlet or
        a newsroom job is the one asking, never "the candidate", "the senator" or "the president" that answers."""
        if mention.head not in RACE_ROLES and mention.head not in OFFICES and mention.head not in POLITICAL_OFFICES:
            return False
        role = (entity.role or "").replace("\u00a0", " ")
        return any(_plain_word(word) in MEDIA_ROLES for word in role.split()) or bool(
            role and role[:1].isupper() and outlet_name(role)) or bool(entity.affiliation and outlet_name(entity.affiliation))

    @staticmethod
    def _role_words(role: str | None, title: str | None) -> set[str]:
        titles = load_json("lexicon.json")["title_words"]
        return {strip_possessive(w).strip(",.") for w in f"{role or ''} {title or ''} {titles.get((title or '').lower(), '')}".lower().split()}

    @staticmethod
    def _heads_another_body(words: set[str], mention: Mention) -> bool:
        """"the president of the Delmar Institute": the office of a body the description names, which the person's known
        role (``words``) does not name ("president of the Harbor Trust"), is someone else's."""
        bodies = [w.lower() for w in mention.text.replace("\u00a0", " ").split()[2:] if w[:1].isupper() and is_org_word(w)]
        return bool(bodies) and not any(w in words for w in bodies)

    @classmethod
    def _holds_other_office(cls, entity: Entity, mention: Mention) -> bool:
        """"Sen. Maria Lee ... the judge said": a person the article gives another office is not
        the one a description by office means (a former office may be a new one's past)."""
        words = cls._role_words(entity.role, entity.title)
        described = mention.text.lower().replace("\u00a0", " ").split()
        if len(described) > 3 and not DESCRIPTION_TAILS.isdisjoint(described[2:]):
            # "the deputy head of China's delegation": a description this precise names its own person,
            # not whoever was met last, unless that person's known role shares its words
            return not any(w in words for w in described[1:] if w not in DESCRIPTION_TAILS and w != mention.head)
        if mention.head not in word_set("role_words") or "former" in described:
            return False
        if mention.head in RACE_ROLES and not POLITICAL_OFFICES.isdisjoint(words):
            return False  # "Sen. Rubio ... the GOP presidential candidate": an office holder may be running
        return mention.head not in words and not word_set("role_words").isdisjoint(words)

    def _group_introduced_nearer(self, mention: Mention) -> Entity | None:
        """"The Harbor League said ... Coast Watch, a monitoring group, reported ... The group said": a body the article
        introduced as a group since the organisation last quoted was last met is the one "the group" means, as is one
        introduced with the description's own words ("the monitoring group"); a body introduced with other words ("the
        terrorist group" after "Coast Watch, a monitoring group") is not what the description means."""
        described = set(mention.text.lower().replace("\u00a0", " ").split()[1:-1])
        quoted = next((e for e in reversed(self.recent) if e.kind == "organization" and not e.outlet), None)
        start = max(0, mention.start - INTRODUCED_GROUP_REACH)
        found = None
        for match in INTRODUCED_GROUP.finditer(self.text, start, mention.start):
            name, words = match.group(1) or match.group(6), set((match.group(2) or match.group(4) or "").split())
            while name and name.split()[0].lower() in word_set("capitalized_function_words") | {"the"}:
                name = name.partition(" ")[2]
            if name.endswith(".") and len(name.rsplit(None, 1)[-1]) > 5:
                name = name[:-1]  # "a program called Sandy Hill Pledge.": the sentence's stop
            if not name or outlet_name(name):
                continue
            if quoted is not None and described and words and not words & described and name.lower().removeprefix("the ") == quoted.name.lower().removeprefix("the "):
                return self._get(mention.name, "organization", alias=mention.text, head=mention.head)  # the body last quoted is described otherwise
            if not described or words & described:
                found = (match.start(), name)
        if found is None or quoted is not None and quoted.last_seen > found[0]:
            return None
        return self._get(found[1], "organization", alias=mention.text)

    def _organization_headed(self, head: str) -> Entity | None:
        """The latest quoted organisation whose capitalised name has ``head`` as a word."""
        for entity in reversed(self.recent):
            if entity.kind == "organization" and not entity.outlet and head in entity.name.lower().replace("\u00a0", " ").split():
                return entity
        return None

    def _body_named_before(self, mention: Mention) -> str | None:
        """"the board of elections", "the budget office": the latest body the article named before whose capitalised
        name ends in the same words ("Ohio Board of Elections", "Congressional Budget Office"), as "the governor" is
        the person the article gave that title."""
        words = mention.text.replace("\u00a0", " ").split(" ")
        if words[0].lower() != "the" or len(words) < 2 or not all(w.islower() for w in words[1:]):
            return None
        described = words[1:]
        found = None
        for match in CAPITALIZED_RUN.finditer(self.text, 0, mention.start):
            name = match.group().replace("\u00a0", " ").split(" ")
            while name and name[0].lower() in word_set("capitalized_function_words"):
                name.pop(0)
            if len(name) > len(described) and [w.lower() for w in name[-len(described):]] == described and not outlet_name(" ".join(name)):
                abbreviated = PLACE_ABBREVIATION_BEFORE.search(self.text, max(0, match.start() - 4), match.start())
                found = (abbreviated.group() if abbreviated else "") + " ".join(name)  # "St. Paul City Council"
        return found

    def _named_organization(self, mention: Mention) -> Entity | None:
        """"the company", "the group": the latest organisation quoted by name, else (for a company)
        the latest capitalised name ending in a corporate word written before."""
        for entity in reversed(self.recent):
            proper = entity.name.removeprefix("the ").removeprefix("The ")
            if entity.kind == "organization" and not entity.outlet and len(proper.split()) > 1 and proper[:1].isupper() and (
                    not self._unlike_named_body(proper, mention.head)):
                return None if self._named_another_kind(proper, mention) or self._other_body_described_since(entity, mention) else entity
        if mention.head not in ("company", "firm"):
            return None
        described = None
        for match in DESCRIBED_COMPANY.finditer(self.text, max(0, mention.start - DESCRIBED_COMPANY_REACH), mention.start):
            described = match.group(1)  # "the ride-hailing service Zippr", "appliance maker Kettlewise"
        if described is not None and not outlet_name(described):
            return self._get(strip_possessive(described), "organization", alias=mention.text)
        found = None
        for match in CAPITALIZED_RUN.finditer(self.text, 0, mention.start):
            words = match.group().replace("\u00a0", " ").split(" ")
            if _plain_word(words[-1]) in CORPORATE_HEADS and not outlet_name(match.group()):
                while words and words[0].lower() in word_set("capitalized_function_words"):
                    words.pop(0)
                cut = max((i for i, w in enumerate(words) if w in ("of", "the") and i and not is_org_word(words[i - 1])), default=-1)
                words = words[cut + 1:]  # "Shares of Tindle Technologies" -> "Tindle Technologies"
                found = " ".join(words[:-1] + [strip_possessive(words[-1])]) if words else found
        return self._get(found, "organization", alias=mention.text) if found else None

    def _other_body_described_since(self, entity: Entity, mention: Mention) -> bool:
        """"Holt Health Group said ... the trade group for the clinics wrote ... the group said": a body the article has
        since described by the same head noun may be the one meant as well."""
        for offset, met in reversed(self.mentioned):
            if offset <= entity.last_seen:
                return False
            if met is not entity and not met.outlet and any(
                    whole_word_at(alias.lower(), mention.head) > 0 for alias in met.aliases):
                return True
        return False

    @staticmethod
    def _named_another_kind(proper: str, mention: Mention) -> bool:
        """"the terrorist group" is not "Coast Watch Intelligence Group": a name ending in the description's own head says
        what kind of body it is, and a description that says another kind, with none of the name's words, means someone else."""
        described = mention.text.lower().replace("\u00a0", " ").split()[1:-1]
        words = proper.lower().replace("\u00a0", " ").split()
        return bool(described) and words[-1] == mention.head and not set(described) & set(words)

    @staticmethod
    def _unlike_named_body(proper: str, head: str | None) -> bool:
        """"the group" is no newspaper ("Chicago Sun-Times"), no party label ("Wisconsin Republican") and no clause
        read as a name; "the company" is no government body ("Labor Department")."""
        words = proper.replace("\u00a0", " ").split()
        if outlet_name(proper) or words[-1].lower() in PARTY_LABELS or any(w in VERBISH or w.islower() and w.endswith("ed") for w in words):
            return True
        return head in ("company", "firm") and any(w.lower().strip(",.") in GOVERNMENT_BODY_WORDS for w in words)

    def _known_gender(self, name: str) -> str | None:
        entity = next((e for e in self.entities if e.kind == "person" and e.name == name), None)
        return entity.gender if entity is not None else None

    def _document(self, mention: Mention) -> Entity | None:
        entity = self._document_entity(mention)
        if entity is not None:
            entity.from_document = True
            if mention.outlet and not entity.outlet and not entity.via and entity.kind == "unnamed":
                entity.via = mention.outlet
        return entity

    def _document_entity(self, mention: Mention) -> Entity | None:
        if mention.head in POLL_WORDS and (made := self._poll_an_outlet_made(mention)) is not None:
            return made
        owner = mention.document_owner or self.owners.get(mention.head or "")
        if owner is None:
            if mention.text.lower().startswith(("the ", "this ")):
                # "The memo said": the document met earlier ("an internal memo obtained by the Guardian")
                earlier = next((e for e in reversed(self.entities) if e.head == mention.head and e.from_document), None)
                if earlier is not None:
                    earlier.aliases.add(mention.text)
                    return earlier
            return self._get(mention.name, "unnamed", alias=mention.text, head=mention.head)
        known = self.names.lookup(owner.split()[-1], mention.start) if len(owner.split()) == 1 else None
        if known:
            return self._person_named(known.name, known.title, known.role, None, owner)
        existing = self._by_surname(owner)
        if existing is not None:
            return existing
        kind = "organization"
        return self._get(owner, kind, alias=owner, outlet=outlet_name(owner))

    def _poll_an_outlet_made(self, mention: Mention) -> Entity | None:
        """"according to a Harlow Ledger survey": a survey an outlet made speaks as itself, as "a Harlow Ledger poll" does;
        the outlet relays nothing (it is the pollster, not the paper passing on another's words)."""
        if not mention.document_owner or not outlet_name(mention.document_owner):
            return None
        text = mention.text
        name = text[0].lower() + text[1:] if text.startswith(("A ", "An ", "The ")) else text
        return self._get(name, "unnamed", alias=text, head=mention.head, affiliation=mention.document_owner)

    def _person(self, mention: Mention, apposition_role: str | None) -> Entity:
        role = mention.role
        if apposition_role:
            role = f"{role}, {apposition_role}" if role else apposition_role
        if (role or "").lower() in GENERATION_SUFFIXES and len(mention.name.split()) == 1:
            return self._namesake_of_generation(mention, GENERATION_SUFFIXES[role.lower()])
        if mention.surname_only:
            gender = gender_of(None, mention.title, None)  # "Mrs. Clinton" is not Bill Clinton, "Mr. Trump" not Ivana Trump
            principal = self.names.principal_namesake(mention.name, mention.start) if gender is None and not mention.title else None
            if principal is not None:
                return self._person_named(principal.name, principal.title, principal.role or role, None, mention.text)
            if gender is not None and mention.title and self.names.honorifics_disagree(strip_possessive(mention.name).lower()):
                return self._honorific_namesake(mention, gender, role)
            existing = self._by_surname(mention.name, gender)
            if existing is not None and gender is not None and existing.gender is None:
                known = self.names.lookup(mention.name, mention.start, gender)
                if known is not None and known.name != existing.name and self.names.gender(known) == gender:
                    existing = None  # "Dan Holt ... Ivana Holt ... Mr. Holt": the namesake known to be a man
            if existing is not None:
                existing.aliases.add(mention.text)
                return existing
            known = self.names.lookup(mention.name, mention.start, gender)
            if known and gender is None and not mention.title:
                known = self.names.first_namesake_unless_in_paragraph(known, mention.start)
            if known is None and not mention.title and not role:
                known = self.names.only_holder_of_given_name(mention.name, mention.start)  # "Bernie Lane spoke ... Bernie told the crowd"
            if known:
                return self._person_named(known.name, known.title or mention.title, known.role or role, None, mention.text)
            kind = "person" if mention.title or role or self._one_word_person(mention) else "organization"
            return self._get(mention.name, kind, alias=mention.text, title=mention.title, role=role)
        affiliation = mention.affiliation
        if apposition_role:
            from .names import affiliation_of

            affiliation = affiliation_of(apposition_role) or affiliation
        return self._person_named(mention.name, mention.title, role, affiliation, mention.text)

    def _namesake_of_generation(self, mention: Mention, suffixes: frozenset[str]) -> Entity:
        """"the younger Mr. Hale" tells two Hales apart: the one the article names with that generation's suffix
        ("Ray Hale Jr."), else nobody named (the father named first is the one it is not)."""
        self.names._build()
        surname = strip_possessive(mention.name).lower()
        known = next((k for k in self.names.in_order if k.position < mention.start and surname in k.name.lower().split() and (
            _plain_word(k.name.split()[-1]) in suffixes)), None)
        if known is not None:
            return self._person_named(known.name, known.title, known.role, None, mention.text)
        return self._get(mention.text, "person", alias=mention.text, title=mention.title, role=mention.role)

    def _one_word_person(self, mention: Mention) -> bool:
        """A name written alone that no full name in the article explains is a person's when it is a common given name
        ("Bob said"), or when "he"/"his"/"she"/"her" follows it in its sentence with no other name or quotation mark
        between ("Okafor said he would ...", never "Halvex said it would ...")."""
        word = mention.name.lower()
        if len(mention.name.split()) != 1 or word in _group_heads() or word in PARTY_LABELS or _written_as_word(self.text, word, "") or (
                word.endswith("s") and not _written_as_word(self.text, mention.name, ",;")):
            return False  # (a word the article also writes in small letters is none: "Whatever he says"; a plural capitalised
            # only where it opens a sentence is people: "Audiences can expect him to ...")
        if word in word_set("male_first_names") or word in word_set("female_first_names"):
            return True
        pronoun = PERSONAL_PRONOUN.search(self.text, mention.end, min(len(self.text), mention.end + PRONOUN_AFTER_NAME_REACH))
        return pronoun is not None and PRONOUN_GAP_BREAK.search(self.text, mention.end, pronoun.start()) is None and (
            CAPITAL_WORD_IN.search(self.text, mention.end, pronoun.start()) is None)

    def _person_named(self, name, title, role, affiliation, alias) -> Entity:
        surname = name.split()[-1].lower()
        for entity in reversed(self.entities):
            if entity.kind != "person":
                continue
            if entity.name == name or (entity.surname == surname and (len(entity.name.split()) == 1 or len(name.split()) == 1) and (
                    # ("Mrs. Clinton" met first is not "Bill Clinton" named later)
                    _same_gender_or_unknown(entity, gender_of(name, title, role)) and not self._namesake_honorific(entity, name, title))) or (
                    entity.name.isascii() != name.isascii() and _unaccented(entity.name) == _unaccented(name)):  # "François Hollande", "Francois Hollande"
                if len(name.split()) > len(entity.name.split()):
                    entity.aliases.add(entity.name)
                    entity.name = name
                entity.title = entity.title or title
                entity.role = entity.role or role
                entity.affiliation = entity.affiliation or affiliation
                entity.aliases.add(alias)
                return entity
        entity = Entity(name, "person", title=title, role=role, affiliation=affiliation, aliases={alias}, names=self.names)
        self.entities.append(entity)
        return entity

    def _honorific_namesake(self, mention: Mention, gender: str, role: str | None) -> Entity:
        """"Mr. Khalil" in an article that also writes "Ms. Khalil": the namesake of that gender, a full name only when
        the article tells it is a man's (a woman's), else a person of the honorific alone."""
        existing = self._by_surname(mention.name, gender)
        if existing is None or existing.gender != gender:
            full = {k.name: k for k in self.names.by_surname.get(strip_possessive(mention.name).lower(), ()) if len(k.name.split()) >= 2}
            genders = {name: self.names.gender(k) for name, k in full.items()}
            # a son or daughter is not the parent the honorific names; a full name of unknown gender is the one the
            # honorific names when the article's full names of known gender are all of the other ("Saeed ... Naghmeh ... Mrs.")
            fits = [k for name, k in full.items() if genders[name] == gender and not _a_child(k)] or (
                [k for name, k in full.items() if genders[name] is None] if gender not in genders.values() and ("f" if gender == "m" else "m") in genders.values() else [])
            if len(fits) == 1:
                known = fits[0]
                return self._person_named(known.name, known.title or mention.title, known.role or role, None, mention.text)
            existing = Entity(mention.name, "person", title=mention.title, role=role, aliases={mention.text}, names=self.names)
            self.entities.append(existing)
        existing.aliases.add(mention.text)
        return existing

    def _namesake_honorific(self, entity: Entity, name: str, title: str | None) -> bool:
        """A "Mr. Khalil" or "Ms. Khalil" and a full name of no known gender, in an article that writes both the Mr. and
        the Ms. for the surname: the parents of a "Sami Khalil" are not he, so neither joins the full name."""
        if len(name.split()) == 1:
            honorific, full, gender = title, entity.name, entity.gender
        else:  # (a full name met after the honorific)
            honorific, full = entity.title, name
            gender = gender_of(name, None, None) or (self.names.learned_gender(name) if self.names is not None else None)
        if not honorific or honorific.rstrip(".") not in ("Mr", "Mrs", "Ms", "Miss") or self.names is None or len(full.split()) < 2:
            return False
        return gender is None and self.names.honorifics_disagree(full.split()[-1].lower())

    def _by_surname(self, word: str, gender: str | None = None) -> Entity | None:
        surname = strip_possessive(word).rstrip(".").lower()
        unknown = None
        for entity in reversed(self.recent + self.entities):
            if entity.kind == "person" and entity.surname == surname:
                if gender is None:
                    return entity
                # a title's gender picks among namesakes: one known to fit first, then one of unknown gender
                known = entity.gender
                if known == gender:
                    return entity
                if known is None and unknown is None:
                    unknown = entity
        return unknown

    def _definite(self, head: str, position: int, former: bool = False, text: str = "") -> Entity | None:
        """"the officials": the nearest earlier source with that head noun. Among unnamed ones the
        nearest fuller description ("officials from the SDF") wins over a bare "officials", which
        says less about the same people. A description with words of its own that the earlier one lacks
        ("the 10,000 people in the arena" after "many people at his rallies") is other people."""
        own = {w for w in WORD_CHARS_IN.findall(text.lower()) if w not in ("the", "this", "these", "those", head) and w not in DESCRIPTION_FILLERS}
        bare = None
        for entity in reversed(self.recent):
            if entity.kind == "person" and self._role_has(entity, head, former) and not self._organization_headed(head):
                return entity
            if entity.head == head and entity.kind in ("unnamed", "organization"):
                break
        for offset, entity in reversed(self.mentioned):
            if offset >= position or entity.head != head or entity.kind not in ("unnamed", "organization"):
                continue
            if len(own) >= 2 and not own & set(WORD_CHARS_IN.findall(entity.name.lower())):
                continue
            if self._fuller(entity):
                return entity
            bare = bare or entity
        return bare

    def _outlet_named_before(self, position: int) -> str | None:
        """The last known outlet written before ``position`` (rare path: "the newspaper" with no
        outlet among the sources so far)."""
        found = None
        for match in CAPITALIZED_RUN_OR_WORD.finditer(self.text, 0, position):
            words = match.group().replace("\u00a0", " ").split(" ")
            known = longest_known_outlet(words) or longest_known_outlet(words[1:])
            if known:
                found = known[1]
        return found

    def latest_document(self) -> Entity | None:
        return next((e for e in reversed(self.entities) if e.from_document and not e.outlet), None)

    def _latest_person(self) -> Entity | None:
        return next((e for e in reversed(self.recent) if e.kind == "person"), None)

    @staticmethod
    def _role_has(entity: Entity | KnownName, head: str, former: bool = False) -> bool:
        title = (entity.title or "").lower()
        role = (entity.role or "").lower() + " " + title + " " + load_json("lexicon.json")["title_words"].get(title, "")
        return holds_role(role, head, former)

    @staticmethod
    def _fuller(entity: Entity) -> bool:
        return len(entity.name.lower().removeprefix("the ").split()) > 1

    def _get(self, name, kind, alias=None, outlet=None, head=None, title=None, role=None, affiliation=None) -> Entity:
        key = name.lower().removeprefix("the ")
        for entity in self.entities:
            if entity.name.lower().removeprefix("the ") == key:
                if alias:
                    entity.aliases.add(alias)
                return entity
        entity = Entity(name, kind, title=title, role=role, affiliation=affiliation, head=head, outlet=outlet, aliases={alias} if alias else set(),
                        names=self.names)
        self.entities.append(entity)
        return entity
