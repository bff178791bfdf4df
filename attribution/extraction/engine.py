"""Putting it together: paragraphs -> sentences -> frames -> attributions."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from .entities import Entity, EntityTable, KnownName, NameIndex, whole_word_at
from .cues import ASCII_LETTERS, ascii_words, cue_forms, cue_verb, deciding_words, may_attribute, words_in_span
from .frames import CLAUSE_SUBJECT_OPENERS, FINITE_VERBS, NAMING_LEMMAS, SENTENCE_END, Frame, SentenceFrames, _looks_like_verb
from .model import Extracted, Hop, Speaker
from .names import CLAUSE_AUXILIARIES, TITLE_CUT_WORDS, WEEKDAYS, Mention, has_name, is_role_word, parse_mention
from .normalise import decode, span_back
from .resources import word_set
from .outlets import MEDIA_ROLES, known_outlet, outlet_name, outlet_record
from .quotes import QuoteSpan, find_quotes, unreopened_part
from .sentences import merge_across, paragraph_sentences, paragraph_spans
from .tokens import Token, after_dateline, tokenize

logger = logging.getLogger(__name__)

# "- Bernie Sanders." / "—Maria Lopez, Philadelphia": a paragraph signing the quotation above it.
SIGNATURE = re.compile(r"[-—–]\s*([A-Z][\w'’.\- ]{1,60}?)\s*(?:,[^,]{1,40})?[.]?$")
# "Graham: Trump's 'Hateful Rhetoric' Is Destroying the Party" / "Bellwether County Says Trump Should Win"
# "X said in a statement ... The statement added": the statement is X's for a few paragraphs, not for the rest of the article
STATEMENT_REACH_PARAGRAPHS = 3
PARAGRAPH_BREAKS = re.compile(r"\n+")
HEADLINE_COLON = re.compile(r"(?P<source>[A-Z][^:“”\"‘’]{1,45}?):\s+(?P<claim>\S.+)$")
HEADLINE_SAYS = re.compile(r"(?P<source>[A-Z][^:“”\"]{1,50}?) (?P<cue>Says|Say|Tells|Warns|Claims|Urges|Vows|Insists|Admits|Predicts|Argues|Thinks|Believes|Wants)(?: That)?:? (?P<claim>\S.+)$")
# "Ortega says levy will pass;" then the subtitle: a sentence-case title that a semicolon joins to its subtitle (a
# wire-style title alone, "Ortega says levy will pass", is left to the story below it).
SENTENCE_CASE_SAYS = re.compile(r"(?P<source>[A-Z][^:;“”\"]{1,50}?) (?P<cue>says|said)(?: that)? (?P<claim>[a-zA-Z0-9'’][^;:]+?);$")
# Past forms of cues without "-ed" that a headline uses as finite verbs: "Trump Said ...", "Clinton Sought ...".
HEADLINE_IRREGULAR_PASTS = frozenset({"said", "told", "wrote", "thought", "knew", "saw", "sought", "felt", "found", "showed", "shown"})


@lru_cache(maxsize=1)
def _headline_cue_re() -> re.Pattern:
    """"Hillary Clinton Slams Donald Trump On Abortion", "Leadership Just Announced ...", "Clinton blasts Trump
    over 'deportation force' idea": a headline whose short subject is followed by any finite form of a cue verb."""
    forms = {form for form in cue_forms() if form.endswith("ed") or form.endswith("s") and not form.endswith("ss") or form in HEADLINE_IRREGULAR_PASTS} | TITLE_EVIDENCE_LEMMAS
    alternation = "|".join(sorted({form.capitalize() for form in forms}, key=len, reverse=True))
    return re.compile(r"(?P<source>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*| of| for| the){0,5}?) (?:(?:Just|Now|Also|Again|Finally) |" + HEADLINE_AUXILIARIES + r")?"
                      r"(?P<cue>" + alternation + r")(?: That| that)?:? (?P<claim>\S.+)$")


# "Lee May Not Have Said ...", "Holt Has Endorsed ...": a title's auxiliaries stand between its subject and its cue. A modal
# alone is left out: "Theresa May Says" is a name and a cue.
HEADLINE_AUXILIARIES = (r"(?:(?:May|Might|Could|Would|Should|Must|Will|Can|Did|Does|Do) (?:Not|Never) (?:Have )?|"
                        r"(?:May|Might|Could|Would|Should|Must|Will) Have |(?:Has|Have|Had) (?:Not |Never )?)")
# Words a title's subject holds only when it is a clause, not a name or a description: "Actor Who Endorsed Holt Just
# Called ...", "Lee Defends Himself Against Claims ...", "Woman Steps Forward With Bombshell Claim: ...".
HEADLINE_CLAUSE_WORDS = frozenset({"Who", "Which", "Whose", "Against", "Himself", "Herself", "Themselves", "Itself", "With", "Not"})


MAX_TITLE_WORDS = 22
TITLE_CASE_WORD = re.compile(r"[A-Z][\w'’.\-]*")


def _titled_source_end(text: str, start: int, end: int) -> int:
    """"Lee Endorses Holt: I Am 'Appalled' By Kerr", "Lee To Voters Worried About The Vote: ...": in a title-case
    headline the name before a capitalised finite cue ("Endorses", "Praises"), a capitalised "To" or "On" ("Ledger
    Editor On Holt: ...") speaks; what follows it is whom the cue is aimed at."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 3 or not all(TITLE_CASE_WORD.fullmatch(w.group()) or w.group() in ("of", "the", "for") for w in words):
        return end
    for at, word in enumerate(words[1:-1], 1):
        form = word.group().lower()
        if form in ("to", "on") or form.endswith("s") and not form.endswith("ss") and form in cue_forms():
            return start + words[at - 1].end()
        if form.endswith("s") and not form.endswith(("ss", "'s", "’s")) and _titled_person(text, start, start + words[at - 1].end()):
            return start + words[at - 1].end()  # "Lee Addresses Port Closure: ...": a person named, then what he does
    return end


def _titled_person(text: str, start: int, end: int) -> bool:
    """The words of a title-case headline in [start, end) read as a person's name ("Lee", "Dana Holt")."""
    mention = parse_mention(text, tokenize(text, start, end, []))
    return mention is not None and mention.kind == "person"
TITLE_CLAIM_STARTS_REJECTED = frozenset({"in", "on", "at", "to", "with", "for", "from", "by", "during", "after", "before", "about"})


def _titles_no_claim(claim: str) -> bool:
    """"Lee Column: A Week in the Capital", "Ann Vale: Reformer or Insider?": after the colon a noun phrase (an article
    and no verb: a finite form, an "-s" or, past the first adjective, an "-ed" word) or a question, nobody's claim."""
    if claim.endswith("?"):
        return True
    words = [word.strip(",.;:!") for word in claim.split()]
    return words[0] in ("A", "An", "The") and not any(
        word.lower() in FINITE_VERBS or len(word) > 3 and (word.endswith("s") and not word.endswith("ss") or word.endswith("ed") and position > 1)
        for position, word in enumerate(words[1:], 1))


def _titles_a_claim(match: re.Match) -> bool:
    """A title's cue reports what follows it as it would in the story: a clause, a belief or an act aimed at
    someone ("Holt Slams Budget", "Lee Says Tax Will Rise"), not a noun phrase made public ("Council Unveils Plan"),
    a hearer ("Kelly Asked The Crowd") or a place ("Lee Wrote On Her Blog")."""
    verb = cue_verb(match.group("cue").lower())
    if verb is None or not verb.content or verb.audience or verb.lemma == "ask":
        return False
    if match.group("claim").split()[0].lower() in TITLE_CLAIM_STARTS_REJECTED:
        return False
    return verb.bare or verb.belief or verb.target or verb.directive or verb.intention
# Plural evidence a title credits with a finding ("New Polls Show ...", "Media Reports Reveal ...").
TITLE_EVIDENCE_HEADS = frozenset({"polls", "surveys", "studies", "reports", "documents", "emails", "records", "data", "filings", "memos", "files"})
TITLE_EVIDENCE_LEMMAS = frozenset({"show", "reveal", "find", "suggest", "indicate"})


def _evidence_title(cue: str, tokens: list[Token]) -> bool:
    verb = cue_verb(cue.lower())
    return verb is not None and verb.lemma in TITLE_EVIDENCE_LEMMAS and bool(tokens) and tokens[-1].lower in TITLE_EVIDENCE_HEADS and all(
        t.is_word and t.is_capitalized for t in tokens)


HEADLINE_ADDRESSED = re.compile(r" (?:to|at|on) (?=[A-Z])")
HEADLINE_LABELS = frozenset({"update", "updated", "watch", "exclusive", "breaking", "analysis", "opinion", "video", "photos", "live", "editorial",
                             "review", "q&a", "transcript", "factbox", "explainer", "timeline", "correction", "read", "listen", "full",
                             "wow", "bombshell", "just", "busted", "boom", "shocking", "huge", "revealed", "confirmed", "developing",
                             "byline", "look", "latest"})
# Capitalised words of a title-case phrase that no speaker's name or description holds.
TITLE_PHRASE_WORDS = frozenset({"For", "Have", "Has", "Want", "Wants", "Both", "Is", "Are", "Was", "Were"})
# A label and a dash opening a headline: "EXCLUSIVE – ", "UPDATE -- ", "WATCH — ".
HEADLINE_LABEL_DASH = re.compile(r"([A-Za-z&]+)\s*(?:--|[-–—])\s+")
HEADLINE_END = re.compile(r"[.!?\"”’)\]…:]$")
DATELINE = re.compile(r"\(([^()\n]{2,40})\)\s*[—–-]")
MIN_CONTENT_WORDS = 3
# Nouns for words someone said: "Trump's 'woman card' remark", "his call for a 'deportation force'".
QUOTED_WORDS_NOUNS = frozenset({"remark", "remarks", "comment", "comments", "claim", "line", "quip", "slogan", "promise", "pledge", "vow",
                                "statement", "description", "phrase", "label", "warning", "boast", "call", "calls", "charge", "accusation",
                                "jab", "insult", "tweet", "catchphrase", "mantra", "refrain", "motto", "rallying"})
# Nouns for words after an owner who spoke them: "Nixon's appeal for 'law and order'", "Lee's stock answer".
OWNED_WORDS_NOUNS = QUOTED_WORDS_NOUNS | {"answer", "appeal", "broadside", "language", "words", "attack", "attacks", "criticism", "response", "reply",
                                          "argument", "message", "speech"}
SUBJECT_VERB_ADVERBS = frozenset({"however", "also", "then", "still", "now", "later", "again", "once", "never", "often", "always", "even",
                                  "only", "just", "soon", "already", "first", "finally", "too", "thus"})
# A name next to a plain reporting verb: the only quotations worth reading for a report inside them.
QUOTED_REPORT = re.compile(r"[A-Z][\w'’.\-]*\s+(?:said|says|told|tells|added|wrote|writes|argued|claimed|insisted|announced|declared|stated|"
                           r"has said|had said|once said|also said)\b|\b(?:said|says)\s+[A-Z]")
# Every match of QUOTED_REPORT holds one of these: a quotation without any of them (most) needs no scan by the pattern.
QUOTED_REPORT_VERBS = ("said", "says", "told", "tells", "added", "wrote", "writes", "argued", "claimed", "insisted", "announced", "declared", "stated")
MIN_OBJECT_WORDS = 2
# What a reported clause's span drops at its end: the sentence's end, a comma or a dash before the tag
# What "seek" has as its object when the subject runs for an office ("seeking the Democratic nomination", "seeks reelection").
SOUGHT_OFFICES = frozenset({"nomination", "presidency", "reelection", "re-election", "house", "office", "seat", "seats", "governorship", "term"})
SOUGHT_OFFICE_LEADS = frozenset({"the", "a", "his", "her", "their", "its", "another", "second", "third", "party's", "party’s"})
BODILY_STATES = frozenset({"well", "unwell", "ill", "sick"})  # "didn't feel well": no view held
CONTENT_TRAILING_MARKS = SENTENCE_END | {",", "—", "–", "-"}
# _indirect's tests tell apart content of fewer words than the larger minimum, never more: its count stops there
CONTENT_WORDS_COUNTED = max(MIN_CONTENT_WORDS, MIN_OBJECT_WORDS)
MAX_TAIL_WORDS = 8
COPULAS = frozenset(("is", "was", "are", "were"))
MAX_CREDIT_WORDS = 6
MAX_UNREOPENED_PARAGRAPHS = 6  # paragraphs a quotation left open may run on without reopening marks (a tweet's lines, a letter)
MAX_TAIL_CUE_AT = 5  # words before the cue in a longer tail: a name ("US Senator Dana Holt said")
MAX_AS_DID_NAME_WORDS = 6  # '..., as Gov. Ann Lee recently did': the words from a name to "did"
# Verbs whose clause after a quoted term gives the term to its subject: '"gross neglect," which is what the auditor called it'
TERM_GIVING_LEMMAS = NAMING_LEMMAS | {"describe", "characterize"}
# What someone is named by another's words: "called the plan a disgrace", "described the meeting" (not "calls herself a moderate")
OWN_NAMING_WORDS = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})


def _kind_of_naming(frame: Frame, kind: str, tokens: list[Token], start: int) -> str:
    """A naming or describing verb ("called him a liar", "described the visit as tense") reports words said about
    someone or something, so it is speech; naming oneself ("calls himself a socialist", "the self-described centrist")
    is how one sees oneself, a belief, and "called for" / "called on ... to" stay the demands they are."""
    if kind != "belief" or frame.cue_verb.lemma not in TERM_GIVING_LEMMAS or tokens[start].lower in OWN_NAMING_WORDS or frame.cue.lower().startswith("self"):
        return kind
    if any(token.lower in ("for", "on") for token in tokens[frame.cue_index + 1:start]):
        return kind  # ("called again for the mayor to resign")
    return "indirect"


def _kind_of_warning(frame: Frame, kind: str) -> str:
    """"warned of a battle ahead", "warned against the forces of hate": a warning about a danger is something said,
    while "warned the bank not to act" stays the demand it is."""
    if kind == "belief" and frame.cue_verb.lemma == "warn" and frame.cue.lower().endswith(WARNING_PARTICLES):
        return "indirect"
    return kind


WARNING_PARTICLES = (" of", " against", " about")


# '"gross neglect" in the books, which is what ...': the words after the quoted term that still name the thing it is
MAX_TERM_TAIL_WORDS = 4
TERM_TAIL_PREPOSITIONS = frozenset({"with", "in", "on", "of", "at", "by", "for", "toward", "towards", "about", "over", "from"})
MAX_SUBJECT_TAIL_WORDS = 14  # words before the cue in a tail of a name and its description ("Dana Holt, a farmer from Ames, said")
MAX_ASIDE_TOKENS = 14
ASKED_FORMS = frozenset({"asked", "asks", "ask", "asking"})
PASSIVE_BEFORE_ASKED = frozenset({"was", "were", "is", "are", "be", "been", "being", "when", "if", "once"})
QUESTION_WORDS_AFTER_ASKED = frozenset({"whether", "if", "why", "how", "what", "who", "whom", "when", "where", "which"})
MAX_QUOTE_ASIDE_TOKENS = 18  # 'said on Monday, in reference to her first child, a girl born Sept. 26, 2014, "..."'
ASIDE_OPENERS = frozenset({"of", "about", "in", "at", "on", "during", "after", "before", "from", "to", "last", "this", "earlier",
                           "just", "once", "recently", "previously", "again", "twice", "out", "back", "then", "also",
                           "later", "the", "a", "an", "his", "her", "their", "its", "reporters", "supporters", "voters"})
# Words of manner between a cue and its quotation ("so gravely and simply"), and the openers of a clause of
# when it was said ("when the audit came out") that an aside before a quotation may end with.
MANNER_LINKS = frozenset({"so", "very", "quite", "and"})
ASIDE_CLAUSE_OPENERS = frozenset({"when", "as", "after", "before", "once", "since"})
SCARE_MARKERS = frozenset({"so-called", "supposed", "self-styled", "self-proclaimed"})
MAX_AS_COMPLEMENT_TOKENS = 16
# A person's appositive or relative clause between the name and the verb: "Ann Lee, the mayor's aide, ripped ...".
APPOSITION_MARKS = frozenset({",", "—", "–"})
MAX_APPOSITION_TOKENS = 24
NAMED_THING_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})
# Opening participles that quote without being reporting verbs of their own ("Remarking upon her 'warmth,' Lee said ...")
FRONTED_QUOTING_PARTICIPLES = frozenset({"remarking", "invoking"})
AS_COMPLEMENT_BREAKS = frozenset({".", ";", ":", "!", "?", "—", "–", "(", ")", "that", "which", "who", "but", "because", "while"})
DIRECT_AFTER_CUE_MIN_WORDS = 6
# A quoted term as the subject of its sentence: '"Top secret" is the highest grade', '"Stet," which means ...'.
TERM_SUBJECT_VERBS = frozenset({"is", "was", "are", "were", "has", "have", "had", "remains", "means", "meant", "which"})
MAX_TERM_SUBJECT_WORDS = 3
# "Delacroix: I take it seriously": a speaker label opening a paragraph of a Q&A transcript.
# A programme's name in quotes after "told" or "on"/"with" after a cue: 'told "Fox and Friends"', 'said on "Meet the Press"'.
SHOW_TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "with", "a", "an", "for", "on", "in", "to", "at", "this"})
SHOW_HEARD_BEFORE = frozenset({"told", "tells", "telling", "tell"})
SHOW_PLACE_BEFORE = frozenset({"on", "with"})
SHOW_PLACE_HOSTS = frozenset({"said", "says", "say", "saying", "told", "tells", "interview", "appearance", "appearing", "appeared", "remarks", "speaking", "spoke",
                              "argued", "added", "insisted", "claimed", "noted", "declared", "joked", "explained", "predicted", "admitted", "acknowledged"})
MAX_SHOW_TITLE_WORDS = 6
POSSESSIVE_ENDINGS = ("'s", "’s")


def _names_a_show(text: str, quote, index: int, tokens: list[Token]) -> bool:
    """A short title-case quotation heard after "told" ('told "Fox and Friends"'), after "on"/"with" that follows a cue
    or an interview ('said on "The Late Show"', 'in an interview with "This Week"'), owned by a broadcaster or a
    day ('on NBC's "Morning Call"', 'on CBS' "Night Desk"', 'during Sunday's "Face the Voters"') or hosted ('the hosts of
    "Morning Call"'): a programme's name."""
    if index < 1 or not tokens[index - 1].is_word and tokens[index - 1].lower not in ("'", "’"):
        return False
    before = tokens[index - 1].lower
    if before not in SHOW_HEARD_BEFORE and not (before in SHOW_PLACE_BEFORE and index >= 2 and tokens[index - 2].lower in SHOW_PLACE_HOSTS) and not (
            before.endswith(POSSESSIVE_ENDINGS) and _airs_or_day(tokens[index - 1].text[:-2])) and not (
            before in ("'", "’") and index >= 2 and tokens[index - 2].lower.endswith("s") and _airs_or_day(tokens[index - 2].text)) and not (
            before == "of" and index >= 2 and _media_role(tokens[index - 2].lower)):
        return False
    words = text[quote.start:quote.end].strip(" ,.;:!?").split()
    return 0 < len(words) <= MAX_SHOW_TITLE_WORDS and (words[0][:1].isupper() or words[0][:1].isdigit()) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in SHOW_TITLE_SMALL_WORDS for w in words)


NAMED_THING_ARTICLES = frozenset({"the", "a", "an"})
NOT_A_NAMED_THING = frozenset({"into", "onto", "which", "who", "whom", "whose", "than"})


def _names_a_thing(text: str, quote, index: int, tokens: list[Token]) -> bool:
    """'the "Harbor Nights" star', 'the "Stay" camp', 'a "Top Secret" stamp': a title-case quotation between an article and
    the noun it qualifies names a show, a campaign or a grade, nobody's words (the noun is not one for words said, as in
    'the "Clean Slate" slogan', nor a verb or a word that opens a clause)."""
    if index < 1 or index + 1 >= len(tokens) or tokens[index - 1].lower not in NAMED_THING_ARTICLES:
        return False
    noun = tokens[index + 1]
    if not noun.is_word or noun.is_capitalized or not noun.text.isalpha() or noun.lower.endswith(("ing", "ly")):
        return False
    if noun.lower in QUOTED_WORDS_NOUNS or noun.lower in NOT_A_NAMED_THING or noun.lower in word_set("capitalized_function_words") or (
            noun.lower in word_set("speech_nouns") or _looks_like_verb(noun.lower)):
        return False
    return _looks_like_title(text[quote.start:quote.end])


MAX_HEADING_WORDS = 8
MIN_DOUBLE_QUOTATIONS = 2  # quotations elsewhere in double marks: the article quotes with them (a British text quotes with singles)


def _section_heading(text: str, quotes: list[QuoteSpan], start: int, end: int) -> bool:
    """"'A long night in Dover.'" or "“THE VOTERS WILL DECIDE”" alone on a line of an article that quotes in double marks:
    a heading over the next section (set in single marks or capitals), nobody's words taken from the paragraphs around it."""
    if len(quotes) != 1 or quotes[0].close_mark is None:
        return False
    quote = quotes[0]
    words = text[quote.start:quote.end].split()
    if not 0 < len(words) <= MAX_HEADING_WORDS or text[start:quote.open_mark].strip() or text[quote.close_mark + 1:end].strip():
        return False
    capitals = len(words) > 1 and text[quote.start:quote.end].isupper()
    return capitals or not quote.double and text.count("“") + (text.count('"') + text.count("''")) // 2 >= MIN_DOUBLE_QUOTATIONS


def _label_or_address(text: str, quote: QuoteSpan) -> bool:
    """'"Related:"', '<a href="https://example.org/story">': a quotation without a space (the caller's test) that ends in a
    colon or is a web address, a page's label or link, nothing anyone said."""
    word = text[quote.start:quote.end].strip()
    return word.endswith(":") or word.startswith(("http:", "https:", "www."))


def _media_role(word: str) -> bool:
    """"host", "anchors": the people of a programme ('the hosts of "Evening Desk"')."""
    return word in MEDIA_ROLES or word.endswith("s") and word[:-1] in MEDIA_ROLES


def _airs_or_day(owner: str) -> bool:
    """The owner of a possessive ("CNN's", "Politico's", "Wednesday's", "CBS'") airs or publishes programmes, or is the day
    one aired."""
    return owner.lower() in WEEKDAYS or (owner.isupper() and len(owner) > 1 or owner[:1].isupper()) and known_outlet(owner) is not None


QA_LABEL = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]+){0,2}):[ \t]+\S")
MIN_QA_LABELS = 3
# "Q: What did you find?" / "A: I came home from school ...": a transcript that labels its questions and answers, not
# its people; the answers are the words of the one person the article names before them (the one interviewed).
ANSWER_LABEL = re.compile(r"(?:A|Answer):[ \t]+(?=\S)")
QUESTION_LABEL = re.compile(r"Q(?:[:.][ \t]*\S|[A-Z][a-z]|uestion:)")
MIN_QA_ANSWERS = 2
MIN_LABELLED_ANSWER_WORDS = 6  # words of an "A:" answer worth quoting (bare replies are skipped)
# The sentences of an answer that speak in the first person: what the interviewee says, thinks or knows ("That was
# her position." in between may report another's view, left to the paragraph's own rules).
FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Mm]y|[Oo]ur|me|us)\b")
MIN_ANSWER_WORDS = 4  # words after a name's label for a transcript's answer ("Cruz: Just hang on." heads a section)
QUOTE_OPENERS = "\"“‘'«"
# Audiences that stand for an outlet met before: "told the newspaper", "told the station".
# The verbs by which an outlet's desk or team speaks for the outlet ("the Post's investigative unit reported"). A journalist
# named ("The Ledger's Ann Lee reported") is a person the outlet employs, and the samples read no relay in an employer
OUTLET_DESK_LEMMAS = frozenset(("report", "write"))


def _outlet_owning(phrase: str) -> str | None:
    """The outlet a possessive opens the phrase with: "The Ledger's Ann Lee" -> "Ledger" (None for "Lee's aide")."""
    cut = max(phrase.find("'s "), phrase.find("’s "))
    if cut < 1:
        return None
    owner = phrase[:cut]
    if owner.startswith(("the ", "The ")):
        owner = owner[4:]
    return known_outlet(owner) or outlet_name(owner)


MAX_HEADLINE_CHARS = 200  # (a first paragraph longer is the story's, not its headline)
NEWS_AGENCIES = frozenset(("Associated Press", "Reuters", "Agence France-Presse", "United Press International"))
OUTLET_AUDIENCES = ("newspaper", "paper", "station", "broadcaster", "network", "agency", "magazine", "website", "outlet", "programme", "program", "show", "channel")

CONFIDENCE = {
    "adjacent": 0.95, "trail": 0.92, "inverted": 0.92, "colon": 0.8, "floating": 0.75, "continuation": 0.85,
    "partial": 0.8, "subject": 0.55, "after": 0.6, "that": 0.88, "bare": 0.78, "wh": 0.7, "according": 0.88, "headline": 0.5, "object": 0.6,
}


def _answers_question(frame: Frame, tokens: list[Token]) -> bool:
    """"Asked whether the bridge would reopen, Hill said it would", "Asked if ..., 46 percent said yes": after a question
    that opens the sentence, a short answer is the whole claim (the sentence around it shows the question)."""
    first = 1 if tokens and tokens[0].lower in ("when", "if", "but", "and") else 0
    return frame.kind == "pre" and frame.content_mode in ("bare", "that") and len(tokens) > first + 2 and tokens[first].lower == "asked" and (
        tokens[first + 1].lower in QUESTION_WORDS_AFTER_ASKED or tokens[first + 1].lower in ("about", "on", "by", "during", "at", "in", "later"))


def _short_reply(frame: Frame, content: list[Token]) -> bool:
    """"after 55 percent said so", "Last month, 26 percent said the same": a share of those polled repeating the
    finding just reported says it again, however short (frames._share_repeats)."""
    if frame.cue_verb is None or frame.cue_verb.lemma != "say" or frame.content_mode != "bare" or frame.mention is None or frame.mention.head != "percent":
        return False
    words = [t.lower for t in content]
    return words == ["so"] or words == ["the", "same"]


def _elided_answer(frame: Frame, content: list[Token]) -> bool:
    """"Lee said she would", "it had not", "yes": an answer that leaves its verb to the question it answers."""
    if frame.cue_verb is None or frame.cue_verb.lemma != "say" or frame.content_mode != "bare":
        return False
    words = [t.lower for t in content]
    return words == ["yes"] or len(words) in (2, 3) and words[0] in ELLIPSIS_SUBJECTS and words[1] in CLAUSE_AUXILIARIES and words[2:] in ([], ["not"])


# The subject of an answer that leaves its verb to the question: "she would", "it did not".
QUESTION_REACH = 300  # characters back to the question an elided answer answers
ELLIPSIS_SUBJECTS = frozenset({"he", "she", "they", "we", "it"})
ASK_FORMS = frozenset({"ask", "asked", "asks", "asking"})


def _after_and(analysis: SentenceFrames, i: int) -> bool:
    """The cue at ``i`` is a second verb joined by "and" ("took issue with ... and assailed", "and then said")."""
    before = i - 1
    if before > 0 and analysis.lowers[before] in ("also", "then", "later"):
        before -= 1
    return before > 1 and analysis.lowers[before] == "and" and analysis.lowers[before - 1] != ","


def _no_view_held(frame: Frame, lowers: list[str], start: int, end: int) -> bool:
    """What a belief cue's words report that is no view its subject holds: "is seeking reelection" (running for an office;
    "will seek reelection" is an intention), "didn't feel well" (a state of the body)."""
    lemma = frame.cue_verb.lemma
    first = lowers[start]
    if lemma == "seek" and frame.content_mode == "object" and not lowers[frame.cue_index] == "seek":  # ("will seek reelection": an intention)
        head = start + 1 if first in SOUGHT_OFFICE_LEADS else start
        while head < min(end, start + 4) and lowers[head] not in SOUGHT_OFFICES:
            head += 1
        return head < end and lowers[head] in SOUGHT_OFFICES and all(lowers[x] in SOUGHT_OFFICE_LEADS or lowers[x][:1].isalpha() for x in range(start, head))
    return lemma == "feel" and first in BODILY_STATES


def _belief_cue(cue: str | None) -> bool:
    verb = cue_verb(cue.split(" ", 1)[0]) if cue else None
    return verb is not None and verb.belief


def _plural_verb_after_singular(analysis: SentenceFrames, previous: Frame | None, frame: Frame) -> bool:
    """A plain present verb joined by "and" to a verb in "-s" ("she opposes the deal and worry"): the two do not agree,
    so the second is not the first one's subject's."""
    if previous is None or previous.cue_verb is None or frame.cue_verb is None or not _after_and(analysis, frame.cue_index):
        return False
    before, word = analysis.lowers[previous.cue_index], analysis.lowers[frame.cue_index]
    return word == frame.cue_verb.lemma and before.endswith("s") and not before.endswith("ss") and before != previous.cue_verb.lemma
PASSIVE_AUXILIARIES = frozenset({"was", "is", "were", "are", "been", "being", "be", "has", "had", "also", "later", "then"})


@dataclass
class Attribution:
    """A frame as resolved: who, through whom, with which cue."""

    entity: Entity | None
    mention: str | None
    cue: str | None
    relay_outlets: tuple[tuple[str, str | None], ...]  # (outlet, cue) hops before the speaker
    confidence: float = 1.0
    relayers: tuple[tuple[str, str, str | None], ...] = ()  # (name, kind, cue) of people or bodies quoting the speaker


@dataclass
class Draft:
    start: int
    end: int
    kind: str
    attribution: Attribution | None
    confidence: float
    sentence: tuple[int, int]
    quote: QuoteSpan | None = None


# Records come out by start, then end, then kind (the key read in C)
DRAFT_ORDER = attrgetter("start", "end", "kind")


class ArticleExtractor:
    def __init__(self, text: str):
        self.text = text
        self.entities = EntityTable(NameIndex(text), text)
        self.drafts: list[Draft] = []
        self.dateline_outlet: str | None = None
        self.written_outlets: dict[str, str] = {}
        self.paragraph_speaker: Attribution | None = None  # latest frame of the current paragraph
        self.paragraph_outlet: tuple[Entity, str] | None = None  # a speaker heard through an outlet in this paragraph
        self.previous_tail: Attribution | None = None  # previous paragraph ended with this speaker's quote
        self.open_quote: Attribution | None = None  # quotation left open by the previous paragraph
        self.untagged_complement: Draft | None = None  # a quoted complement with no cue, waiting for the next sentence's speaker
        self.open_pending: list[Draft] = []  # parts of an open quotation still without a speaker
        self.last_outlet: str | None = None  # the outlet most recently relaying a source ("told the newspaper")
        self.statement_owner: Entity | None = None  # who last spoke "in a statement" ("The statement said")
        self.statement_at = -1  # where that statement was met
        self.last_analysis: SentenceFrames | None = None  # the last sentence read, for a paragraph that ends with a colon
        self.interview_labels = 0  # paragraphs opening "Name: ..." (a Q&A transcript)
        self.interviewee: KnownName | None = None  # who answers the "A: ..." paragraphs of a Q&A transcript
        self.colon_speaker: Attribution | None = None  # the previous paragraph ended "X went on to say:"
        self.previous_speaker: Attribution | None = None  # who spoke last in the previous paragraph
        self.last_paragraph: tuple[int, int] | None = None
        self.hops: dict[tuple[str, str, str | None], Hop] = {}  # the article's relay steps, by (name, kind, cue): see _hop
        self.short_named_outlets: set[int] = set()  # ids of entities the article names by an outlet's short name ("the Post")

    # ------------------------------------------------------------------ article
    def run(self) -> list[Extracted]:
        paragraphs = self.paragraphs = paragraph_spans(self.text)
        headlines = self._headline_count(paragraphs)
        self.dateline_outlet = self._dateline(paragraphs[headlines:headlines + 2]) or (self._wire_headline(paragraphs[0]) if len(paragraphs) > 1 else None)
        self.interview_labels = self._labelled_paragraph_count(paragraphs[headlines:])
        if self.interview_labels >= MIN_QA_LABELS:
            self.interviewee = self._interviewee(paragraphs[headlines:])
        for start, end in paragraphs[headlines:]:
            try:
                if self.interview_labels >= MIN_QA_LABELS and self.interviewee is not None:
                    self._labelled_answer(start, end)  # (the answer is then read as any paragraph: what it reports of others too)
                if self.interview_labels >= MIN_QA_LABELS and self._answer(start, end):
                    continue
                if self._signature(start, end):
                    continue
                colon_speaker = self.colon_speaker
                self._paragraph(start, end)
                speaker = self.paragraph_speaker or self._sole_quoted(start, end)
                self.previous_speaker = speaker if speaker is not None and speaker.entity is not None and not speaker.entity.outlet and not (
                    # "... for women who want to obtain them." then a quotation: a group's view or aim in passing
                    # is no voice a quotation goes on in
                    speaker.entity.kind != "person" and _belief_cue(speaker.cue)) else None
                if colon_speaker is not None and not any(d.start >= start for d in self.drafts):
                    self._block_after_colon(start, end, colon_speaker)
                self.colon_speaker = (self.paragraph_speaker or self._subject_before_colon(start, end)) if self.text[end - 1] == ":" else None
                self.last_paragraph = (start, end)
            except Exception:  # never let one odd paragraph lose the whole article
                logger.exception("extraction failed on a paragraph at offset %d", start)
        if self.untagged_complement is not None:
            self._settle_untagged(None, len(self.text))  # the last sentence's: no sentence after it names a speaker
        headline_drafts = []
        for start, end in paragraphs[:headlines]:
            headline_drafts.extend(self._headline(start, end))
        if paragraphs and not any(d.start < paragraphs[0][1] for d in self.drafts + headline_drafts):
            headline_drafts.extend(self._titled_claim(*paragraphs[0], titled=len(paragraphs) > 1))
        return self._finish(self.drafts + headline_drafts)

    def _titled_claim(self, start: int, end: int, titled: bool = False) -> list[Draft]:
        """"Graham: Trump's Rhetoric Is Destroying the Party", "Bellwether County Says Trump Should
        Win": a headline that credits its claim to a source before a colon or a capitalised
        "Says"."""
        line = self.text[start:end]
        match = HEADLINE_SAYS.match(line) or HEADLINE_COLON.match(line) or (  # "Lopez Says: ...": the cue is no part of the source
            # any cue verb only in a short first line with the story below it: a title, not the story's first sentence
            _headline_cue_re().match(line) if titled and len(line.split()) <= MAX_TITLE_WORDS and not line.rstrip().endswith(":") else None) or (
            SENTENCE_CASE_SAYS.match(line) if titled and len(line.split()) <= MAX_TITLE_WORDS else None)
        if match is not None and match.re is _headline_cue_re() and not _titles_a_claim(match):
            return []
        if match is not None and match.re is _headline_cue_re() and match.group("cue").lower() in TITLE_EVIDENCE_LEMMAS and not _evidence_title(
                match.group("cue"), tokenize(self.text, start + match.start("source"), start + match.end("source"), [])):
            return []  # a plural's verb ("Polls Show") only after evidence ("The Daily Show Takes On ..." is a name)
        labelled = HEADLINE_LABEL_DASH.match(line) if match is not None and match.re is HEADLINE_COLON else None
        if labelled is not None and labelled.group(1).lower() in HEADLINE_LABELS and labelled.end() < match.end("source"):
            # "EXCLUSIVE – Roger Stone: Don't Trust ...": the label before the dash is the outlet's, the source follows it
            match = HEADLINE_COLON.match(line, labelled.end()) or match
        if match is None or match.group("source").split()[0].lower() in HEADLINE_LABELS or (
                # "The Latest: ...": a live report's label, with its article
                match.group("source").lower().removeprefix("the ").split()[0] in HEADLINE_LABELS) or (
                # "Big Win For Lee: ...", "On Trade, Voters Have a Point: ...": a title-case phrase, no one speaking
                match.re is HEADLINE_COLON and not TITLE_PHRASE_WORDS.isdisjoint(match.group("source").split()[1:])) or (
                not HEADLINE_CLAUSE_WORDS.isdisjoint(match.group("source").split()[1:])) or (
                match.group("source").isupper() and len(match.group("source").split()) > 1):
            return []
        source_start = start + match.start("source")
        source_end = start + match.end("source")
        addressed = HEADLINE_ADDRESSED.search(self.text, source_start, source_end)
        if addressed is not None:
            source_end = addressed.start()  # "Clinton to Planned Parenthood: ...": who speaks, then to whom
        elif match.re is HEADLINE_COLON:
            source_end = _titled_source_end(self.text, source_start, source_end)
        tokens = tokenize(self.text, source_start, source_end, [])
        mention = parse_mention(self.text, tokens)
        if mention is None and 1 <= len(tokens) <= 5 and tokens[0].is_capitalized and any(t.is_capitalized for t in tokens[1:] or tokens):
            # "Clinton camp: ...", "Former AG Mukasey at RNC: ...": a capitalised source the rules do not know
            mention = Mention(match.group("source"), tokens[0].start, tokens[-1].end, match.group("source"), "organization")
        evidence = match.re is _headline_cue_re() and _evidence_title(match.group("cue"), tokens)
        if evidence:
            # "New Polls Show ...", "Leaked Documents Reveal ...": the evidence is the source
            mention = Mention(match.group("source"), tokens[0].start, tokens[-1].end, match.group("source"), "unnamed", head=tokens[-1].lower)
        if mention is None or mention.generic or mention.kind not in ("person", "organization", "unnamed") or (
                mention.kind == "unnamed" and mention.head not in ("poll", "survey", "study", "report", "audit") and not evidence and not (
                    # "Former Harbor Pollster Says ...", "Mayor's Son Says ...": one person by role, the verb singular
                    match.re is HEADLINE_SAYS and mention.role is not None and match.group("cue").endswith("s")) and not (
                    # "Clinton camp: ...", "Senate Democrats: ...": a group a name tells apart
                    match.re is HEADLINE_COLON and len(tokens) > 1 and has_name(tokens[:-1]) and tokens[0].lower not in (
                        "a", "an", "the", "some", "many", "most"))):
            return []  # a named source or a poll; "Reports: ..." and "Officials: ..." are the writer's framing
        entity = self.entities.resolve(mention)
        if entity is None:
            return []
        claim_start, claim_end = start + match.start("claim"), end
        while claim_end > claim_start and (self.text[claim_end - 1] in ". " or match.re is SENTENCE_CASE_SAYS and self.text[claim_end - 1] == ";"):
            claim_end -= 1
        cue = match.groupdict().get("cue") or ":"
        verb = cue_verb(cue.lower())
        kind = "belief" if verb is not None and (verb.belief or verb.target or verb.directive or verb.intention) else "indirect"
        if verb is not None and verb.target and cue.endswith("ed") and self.text[claim_start:claim_start + 3].lower() == "of ":
            return []  # "Mayor Accused Of Fraud": a headline's passive, the one named is accused, no accuser
        quoted = find_quotes(self.text, claim_start, claim_end)
        if len(quoted) == 1 and quoted[0].open_mark == claim_start and (quoted[0].close_mark or claim_end) >= claim_end - 2:
            claim_start, claim_end, kind = quoted[0].start, quoted[0].end, "direct"
        if claim_end - claim_start < 3 or match.re is HEADLINE_COLON and _titles_no_claim(self.text[claim_start:claim_end]):
            return []
        attribution = Attribution(entity, mention.text, cue, ())
        return [Draft(claim_start, claim_end, kind, attribution, CONFIDENCE["headline"], (start, end))]

    def _labelled_paragraph_count(self, paragraphs: list[tuple[int, int]]) -> int:
        """How many of ``paragraphs`` open with a "Name:" label (QA_LABEL). A label needs its colon, and most articles hold
        a few colons in a few paragraphs: each colon leads to the paragraph it stands in, and the pattern is tried there
        only, rather than every paragraph being searched for a colon."""
        text = self.text
        count = 0
        colon = text.find(":", paragraphs[0][0]) if paragraphs else -1
        while colon >= 0:
            start, end = paragraphs[bisect_right(paragraphs, (colon, len(text))) - 1]  # (the last paragraph starting at or before it)
            if colon < end and QA_LABEL.match(text, start, end):
                count += 1
            colon = text.find(":", max(end, colon + 1))
        return count

    def _headline_count(self, paragraphs: list[tuple[int, int]]) -> int:
        count = 0
        for start, end in paragraphs[:3]:
            if HEADLINE_END.search(self.text[start:end]) or end - start > 300:
                break
            count += 1
        return min(count, len(paragraphs) - 1) if len(paragraphs) > 1 else 0

    def _dateline(self, paragraphs) -> str | None:
        for start, end in paragraphs:
            match = DATELINE.search(self.text, start, min(end, start + 120))
            if match:
                outlet = known_outlet(match.group(1).strip())
                if outlet:
                    return outlet
        return None

    def _wire_headline(self, headline: tuple[int, int]) -> str | None:
        """"AP: Lobbyists paid by ...": a news agency's name heading the headline marks a story the article carries from
        the agency, as a dateline's "(AP)" does. Only an agency's: "NY Post: ..." heads a story about another paper's column."""
        start, end = headline
        colon = self.text.find(": ", start, min(end, start + 40))
        if colon < 0 or end - start > MAX_HEADLINE_CHARS:
            return None
        outlet = known_outlet(self.text[start:colon])
        return outlet if outlet in NEWS_AGENCIES else None

    # ------------------------------------------------------------------ paragraph
    def _answer(self, start: int, end: int) -> bool:
        """"Delacroix: I take it seriously, but ...": in a Q&A transcript, a paragraph opening with
        the name of a person the article names is that person's answer, quoted directly."""
        match = QA_LABEL.match(self.text, start, end)
        if match is None:
            return False
        label = match.group(1)
        shouted = label.isupper() and len(label) > 2  # "JAKE TAPPER:", "TRUMP:" in a broadcast transcript
        key = label.split()[-1].title() if shouted else label.split()[-1]
        known = self.entities.names.lookup(key, start)
        if known is not None and len(label.split()) > 1 and not known.name.endswith(key):
            known = None
        if known is None and not (shouted and label.split()[0].lower() not in HEADLINE_LABELS):
            return False
        content_start, content_end = match.end(1) + 1, end
        while content_start < content_end and self.text[content_start].isspace():
            content_start += 1
        while content_end > content_start and self.text[content_end - 1].isspace():
            content_end -= 1
        if content_end - content_start < 2 or self.text[content_start] in QUOTE_OPENERS:
            return False
        if len(self.text[content_start:content_end].split()) < MIN_ANSWER_WORDS and not shouted:
            return False  # "Clinton: 2,316.", "Rubio: Finish second.": a tally or a heading after a name, no answer given
        if known is not None:
            entity = self.entities._person_named(known.name, known.title, known.role, None, label)
        else:
            entity = self.entities._person_named(label.title(), None, None, None, label)
        self.entities.note_speaker(entity)
        attribution = Attribution(entity, label, None, ())
        self.drafts.append(Draft(content_start, content_end, "direct", attribution, CONFIDENCE["colon"], (start, end)))
        self.previous_tail = None
        self.open_pending = []
        return True

    def _interviewee(self, paragraphs: list[tuple[int, int]]) -> KnownName | None:
        """The person a Q&A transcript labelled "Q:" / "A:" interviews: of the full names the article writes before its
        first question or answer (its title and introduction), the one written most often, the first of those tied (not
        "She spoke with our reporter Ann Lee"); None for an article that is no such transcript."""
        text = self.text
        answers = [start for start, end in paragraphs if ANSWER_LABEL.match(text, start, end)]
        questions = [start for start, end in paragraphs if QUESTION_LABEL.match(text, start, end)]
        if len(answers) < MIN_QA_ANSWERS or len(questions) < MIN_QA_ANSWERS:
            return None
        first = min(answers[0], questions[0])
        names = self.entities.names
        names._build()
        before = [known for known in names.in_order if known.position < first]
        times = {known.name.split()[-1]: 0 for known in before}  # how often each surname is written there, alone or not
        for surname in times:
            times[surname] = len(re.findall(rf"\b{re.escape(surname)}\b", text[:first]))
        return max(before, key=lambda known: times[known.name.split()[-1]], default=None)  # (max keeps the first of those tied)

    def _labelled_answer(self, start: int, end: int) -> bool:
        """"A: I think they would have been set back.": in a Q&A transcript, an answer paragraph is the interviewee's
        words, quoted directly (what they say they think or know included)."""
        known = self.interviewee
        match = ANSWER_LABEL.match(self.text, start, end) if known is not None else None
        if match is None:
            return False
        content_start, content_end = match.end(), end
        while content_end > content_start and self.text[content_end - 1].isspace():
            content_end -= 1
        if self.text[content_start] in QUOTE_OPENERS or len(self.text[content_start:content_end].split()) < MIN_LABELLED_ANSWER_WORDS:
            return False  # ("A: Yes.", "A: Not yet.": a bare reply says nothing without its question)
        runs: list[list[int]] = []  # runs of sentences in the first person, each quoted as one
        last = None
        for s_start, s_end in paragraph_sentences(self.text, content_start, content_end):
            if FIRST_PERSON.search(self.text, s_start, s_end) is None:
                continue
            if last is not None and runs and runs[-1][1] == last:
                runs[-1][1] = s_end
            else:
                runs.append([s_start, s_end])
            last = s_end
        if not runs:
            return False
        entity = self.entities._person_named(known.name, known.title, known.role, None, known.name)
        self.entities.note_speaker(entity)
        attribution = Attribution(entity, "A", None, ())
        for r_start, r_end in runs:
            while r_end > r_start and self.text[r_end - 1].isspace():
                r_end -= 1
            self.drafts.append(Draft(r_start, r_end, "direct", attribution, CONFIDENCE["colon"], (start, end)))
        return True

    def _signature(self, start: int, end: int) -> bool:
        """"- Bernie Sanders." under a paragraph that is one quotation: the quotation is theirs."""
        match = SIGNATURE.match(self.text, start, end) if self.text[start] in "-—–" else None  # (a signature opens with its dash)
        if match is None or self.last_paragraph is None or end - start > 90:
            return False
        p_start, p_end = self.last_paragraph
        quotes = find_quotes(self.text, p_start, p_end)
        if len(quotes) != 1 or quotes[0].open_mark != p_start:
            return False
        # A paragraph that is nothing but the quotation has no cue of its own: a speaker found
        # for it was carried on from the paragraphs before, and the signature under it says better.
        only_quote = quotes[0].close_mark is not None and not self.text[quotes[0].close_mark + 1:p_end].strip(" \u00a0.,")
        if any(d.start >= p_start for d in self.drafts) and not only_quote:
            return False
        name_start = match.start(1)
        tokens = tokenize(self.text, name_start, match.end(1), [])
        attribution = self._signed_by(parse_mention(self.text, tokens))
        if attribution is None:
            return False
        self.drafts = [d for d in self.drafts if d.start < p_start]
        quote = quotes[0]
        self.drafts.append(Draft(quote.start, quote.end, "direct", attribution, CONFIDENCE["colon"], (p_start, p_end), quote))
        self.last_paragraph = None
        return True

    def _block_after_colon(self, start: int, end: int, attribution: Attribution) -> None:
        """"She went on to say:" and then a paragraph of her words, quoted or set off as a block."""
        quotes = find_quotes(self.text, start, end)
        if quotes and quotes[0].open_mark == start:
            quote = quotes[0]
            self.drafts.append(Draft(quote.start, quote.end, "direct", attribution, CONFIDENCE["colon"], (start, end), quote))
        elif not quotes and attribution.cue and cue_speaks(attribution.cue):
            self.drafts.append(Draft(start, end, "direct", attribution, CONFIDENCE["colon"] * 0.8, (start, end)))
        else:
            return
        self.paragraph_speaker = attribution

    def _paragraph(self, start: int, end: int) -> None:
        self.paragraph_start = start
        quotes = find_quotes(self.text, start, end)
        quotes = [] if quotes and quotes[0].open_mark == start and _section_heading(self.text, quotes, start, end) else quotes
        continuing = self.open_quote
        self.open_quote = None
        if self.untagged_complement is not None:
            self._settle_untagged(None, start)
        self.paragraph_speaker = None
        self.paragraph_outlet = None
        if continuing is not None and continuing.entity is not None and self._goes_on_unreopened(start, end, continuing):
            return
        words = None if quotes else ascii_words(self.text, start, end)  # read once: a one-sentence paragraph reuses them
        if not quotes and not may_attribute(self.text, start, end, words=words):
            # No quotation and no cue word: nothing to attribute, so no sentence splitting either.
            self.open_pending = []
            self.previous_tail = None
            return
        protected = [(q.open_mark, q.close_mark if q.close_mark is not None else q.end) for q in quotes] if quotes else []
        sentences = merge_across(paragraph_sentences(self.text, start, end), protected)
        if len(sentences) > 1 and quotes:
            sentences = self._merge_quote_tails(sentences, {q.close_mark for q in quotes if q.close_mark is not None})
        last_quote_attribution = None
        last_tokens = None  # of the last sentence read: only whether it ends with a quotation is kept for the next paragraph
        # the words that decide may_attribute, of a paragraph read already: its sentences are looked through for these only
        deciding = deciding_words().intersection(words) if words is not None and len(sentences) > 1 else None
        for s_start, s_end in sentences:
            inside = [q for q in quotes if s_start <= q.open_mark < s_end] if quotes else quotes  # (most paragraphs quote no one)
            if not inside and not may_attribute(self.text, s_start, s_end, sentence=True, words=self._sentence_words(words, start, end, s_start, s_end, deciding)):
                last_tokens = None
                continue  # no cue word and no quotation: nothing to attribute here
            tokens = tokenize(self.text, s_start, s_end, inside)
            if not tokens:
                continue
            result = self._sentence(tokens, (s_start, s_end), continuing)
            continuing = None
            if self.untagged_complement is not None and self.untagged_complement.sentence != (s_start, s_end):
                self._settle_untagged(result if result is not None and result is self.paragraph_speaker else None, s_start)
            if result is not None:
                last_quote_attribution = result
            last_tokens = tokens
        # (a list, not a generator, for any() of three tokens, looked at only when a quotation was attributed; no quotation
        # left open in a paragraph without any)
        ended_with_quote = last_quote_attribution is not None and last_tokens is not None and any([t.quote is not None for t in last_tokens[-3:]])
        left_open = next((q for q in quotes if q.left_open), None) if quotes else None
        if left_open is not None:
            owner = next((d for d in reversed(self.drafts) if d.quote is left_open), None)
            self.open_quote = owner.attribution if owner and owner.attribution else Attribution(None, None, None, ())
            if owner and owner.attribution is None:
                self.open_pending.append(owner)
        else:
            if self.open_pending:
                self.open_pending = []
        self.previous_tail = last_quote_attribution if ended_with_quote else None

    def _named_just_before(self) -> Attribution | None:
        """'Ann Lee weighed in on Sunday, in a tweet. ¶ "The mayor invited me too."': a paragraph of quotation with no cue
        after a one-sentence paragraph whose subject is a person, the only one it names, and that quotes or reports nothing."""
        if self.last_paragraph is None:
            return None
        p_start, p_end = self.last_paragraph
        if self.text[p_end - 1] != "." or find_quotes(self.text, p_start, p_end) or self.drafts and self.drafts[-1].start >= p_start or (
                len(paragraph_sentences(self.text, p_start, p_end)) != 1):
            return None
        tokens = tokenize(self.text, p_start, p_end, [])
        mention, _start, verb = SentenceFrames(self.text, tokens).sentence_subject(len(tokens))
        if mention is None or mention.kind != "person" or verb is None or not verb.islower():
            return None
        others = sum(1 for x in range(1, len(tokens)) if tokens[x].is_capitalized and not tokens[x - 1].is_capitalized and (
            tokens[x].start >= mention.end or tokens[x].start < mention.start) and has_name(tokens[x:x + 1]))
        entity = self.entities.resolve(mention) if not others else None
        if entity is None or entity.kind != "person" or entity.outlet:
            return None
        return Attribution(entity, mention.text, None, (), 0.8)

    def _subject_before_colon(self, start: int, end: int) -> Attribution | None:
        """'Then Lee called them out for it: ¶ "..."', 'The Ark Fund describes its work thus: ¶ "..."': a paragraph that ends with
        a colon and no cue of speech introduces what its last sentence's subject, a person or a body, says next."""
        analysis = self.last_analysis  # (a sentence with a cue word or a quotation is read already; one without has no act to report)
        if analysis is None or analysis.tokens[-1].end != end or analysis.tokens[0].start < start:
            return None
        mention, _start, verb = analysis.sentence_subject(analysis.n)
        if mention is None or verb is None or not verb.islower() or not _verb_like(verb) or mention.generic or not (
                mention.kind in ("person", "organization") or mention.kind == "pronoun" and mention.pronoun == "person"):
            return None  # (not "Partial transcript as follows:", "See the results below:": no one does anything)
        entity = self.entities.resolve(mention)
        if entity is None or entity.outlet:
            return None
        return Attribution(entity, mention.text, verb, (), 0.8)

    def _settle_untagged(self, speaker: Attribution | None, next_start: int) -> None:
        """The quoted complement waiting is the speaker's of the sentence right after it, or no one's."""
        untagged, self.untagged_complement = self.untagged_complement, None
        if speaker is not None and not self.text[untagged.sentence[1]:next_start].strip():
            untagged.attribution = speaker
        else:
            self.drafts.remove(untagged)

    def _sole_quoted(self, start: int, end: int) -> Attribution | None:
        """'He accused Ray of running "a secret payroll." ¶ "This is about every worker ..."': a paragraph that
        names no speaker with a cue of its own but ends quoting one person's words, and no one else's, passes that
        person on (not when the writer goes on after the words: 'Lee hailed it as "a breakthrough." It is flawed.')."""
        if not self.drafts or self.drafts[-1].quote is None:
            return None
        words_end = self.drafts[-1].sentence[1]
        # (words quoted before this paragraph leave its own text after them, which is never blank: no need to copy the
        # article's text from there to see so)
        if words_end < start or self.text[words_end:end].strip():
            return None
        sole = self.drafts[-1].attribution
        for draft in reversed(self.drafts):
            if draft.start < start:
                break
            if draft.attribution is None or sole is None or draft.attribution.entity is not sole.entity:
                return None
        return sole

    def _goes_on_unreopened(self, start: int, end: int, speaker: Attribution) -> bool:
        """'Lee tweeted: "I fired him. ¶ He lied. ¶ There was nothing to hide!"': paragraphs that go on with a quotation
        left open without reopening it are the speaker's words, when a later paragraph closes it with its only mark
        (else the opening mark was stray and the paragraphs are the writer's own)."""
        part = unreopened_part(self.text, start, end)
        if part is None or not self._unreopened_block_closes(start):
            return False
        words_end = end if part < 0 else part
        while words_end > start and self.text[words_end - 1] in " \u00a0":
            words_end -= 1
        if words_end > start:
            self.drafts.append(Draft(start, words_end, "direct", speaker, CONFIDENCE["continuation"] * 0.8 * speaker.confidence, (start, end)))
        self.paragraph_speaker = speaker
        self.open_quote = speaker if part < 0 else None
        self.previous_tail = speaker if part >= 0 else None
        self.open_pending = []
        return True

    def _unreopened_block_closes(self, start: int) -> bool:
        """Whether one of the next few paragraphs from ``start``, none of them holding a mark, closes the quotation."""
        at = bisect_left(self.paragraphs, (start,))
        for p_start, p_end in self.paragraphs[at:at + MAX_UNREOPENED_PARAGRAPHS]:
            part = unreopened_part(self.text, p_start, p_end)
            if part is None or part >= 0:
                return part is not None and not _credit_line(self.text[p_start:part])
        return False

    def _sentence_words(self, words: list[str] | None, start: int, end: int, s_start: int, s_end: int, deciding: set[str] | None) -> list[str] | None:
        """The words may_attribute needs of one sentence of a paragraph whose words (``words``) were read: all of them
        for the whole paragraph; else those of the paragraph's deciding words that the sentence holds, found without
        reading the sentence's words again (None, to have them read, when a sentence edge would cut a word)."""
        if words is None:
            return None
        if (s_start, s_end) == (start, end):
            return words
        text = self.text
        if s_start > start and text[s_start - 1] in ASCII_LETTERS and text[s_start] in ASCII_LETTERS or (
                s_end < end and text[s_end - 1] in ASCII_LETTERS and text[s_end] in ASCII_LETTERS):
            return None
        if deciding is None:
            deciding = deciding_words().intersection(words)
        return words_in_span(text, s_start, s_end, deciding)

    def _merge_quote_tails(self, sentences: list[tuple[int, int]], closes: set[int]) -> list[tuple[int, int]]:
        """'"So nobody checked?" Sorensen asked.': a quotation ending in "?" or "!" makes the
        sentence splitter break before its own attribution; a short tail with a reporting verb
        goes back to the quotation."""
        merged = [sentences[0]]
        for s_start, s_end in sentences[1:]:
            p_start, p_end = merged[-1]
            if p_end - 1 in closes and p_end >= 2 and (self.text[p_end - 2] in "?!" or p_end >= 3 and self.text[p_end - 2] in "’'" and self.text[p_end - 3] in "?!"):
                # ('"..., ‘Who knew?’" Lee said': a nested quotation ending the quotation asks or exclaims)
                words = self.text[s_start:s_end].split()
                cue_at = next((x for x, w in enumerate(words) if w.islower() and cue_verb(w.strip(".,!?")) is not None), None)
                if cue_at is not None and (len(words) <= MAX_TAIL_WORDS and words[-1][-1:] in ".!?" or cue_at <= MAX_TAIL_CUE_AT and (
                        cue_at == 0 or all(w[:1].isupper() for w in words[:cue_at])) or _named_then_described(words, cue_at)):
                    # '"Why?" Holt said of the plan on Monday, when ...': the tag opens a longer tail
                    merged[-1] = (p_start, s_end)
                    continue
            merged.append((s_start, s_end))
        return merged

    # ------------------------------------------------------------------ sentence
    def _sentence(self, tokens: list[Token], span: tuple[int, int], continuing: Attribution | None) -> Attribution | None:
        analysis = self.last_analysis = SentenceFrames(self.text, tokens)
        frames = analysis.find()
        attributions = self._resolve_frames(frames, analysis) if frames else {}  # (a third of the sentences read have no frame)
        if all([frame.partial_only for frame in frames]):  # (a list: fewer instructions than a generator for a sentence's few frames)
            self._in_a_statement(analysis, tokens)  # "In a statement, X defended the plan": X speaks in this paragraph
        for frame in frames:
            attribution = attributions.get(id(frame))
            if attribution is None or frame.content is None:
                continue
            if frame.weak and _nested(frame, frames, attributions):
                continue  # "Lee said she believes ...": the belief is part of what Lee said, not the article's own report
            if frame.owned and any(other is not frame and other.content is not None and other.content[0] <= frame.cue_index < other.content[1] for other in frames):
                continue  # "Lee criticized Ray's support for the bill": what Lee says of it, not a stance the article reports
            self._indirect(frame, attribution, tokens, span, analysis.lowers)
        last_quote_attribution = None
        # the quotation tokens, found among the lower-cased words (a quotation's is "\x00quote") without a step per token in Python
        lowers = analysis.lowers
        quoted = []
        x = -1
        for _ in range(lowers.count("\x00quote")):
            x = lowers.index("\x00quote", x + 1)
            quoted.append(x)
        for index in quoted:
            attribution = self._quote(index, tokens, frames, attributions, analysis, span, continuing)
            if attribution is not None and attribution.entity is not None:
                last_quote_attribution = attribution
        return last_quote_attribution

    def _in_a_statement(self, analysis: SentenceFrames, tokens: list[Token]) -> None:
        """"In a statement, officials from the SDF defended ...": the subject speaks in this
        paragraph, with the opening phrase as the cue."""
        comma = analysis.speech_intro()
        if comma is None or comma + 2 > len(tokens):
            return
        mention, _start, _verb = analysis.sentence_subject(len(tokens))
        if mention is None:
            return
        entity = self.entities.resolve(mention)
        if entity is not None:
            self.entities.note_speaker(entity)
            cue = self.text[tokens[0].start:tokens[comma - 1].end]
            outlet = analysis.speech_intro_outlet(comma)
            hops = ((outlet, None),) if outlet and outlet != entity.outlet else ()
            self.paragraph_speaker = Attribution(entity, mention.text, cue, hops)
            if "statement" in cue.lower():
                self.statement_owner, self.statement_at = entity, tokens[0].start

    def _resolve_frames(self, frames: list[Frame], analysis: SentenceFrames) -> dict[int, Attribution]:
        attributions: dict[int, Attribution] = {}
        previous: Attribution | None = None
        previous_frame: Frame | None = None
        partial: Attribution | None = None  # "X called it 'a hammer blow' and said ...": same subject
        for frame in frames:
            if frame.weak and _nested(frame, frames):
                continue  # "Her nephew said she had asked that ...": part of his report; "she" is not resolved for it
            if frame.inherit:
                if previous is not None and (analysis.lowers[0] in INTRO_CLAUSE_WORDS or analysis.opens_with_counted_clause()) and previous_before_subject(analysis, previous_frame):
                    # "When asked whom she backed, Ms. Dale smiled and said ...": the main clause's subject speaks
                    previous = self._sentence_subject_attribution(analysis, frame) or previous
                elif previous is not None and _plural_verb_after_singular(analysis, previous_frame, frame):
                    # "Supporters still question whether she opposes the deal and worry that ...": "worry" is not hers
                    previous = self._sentence_subject_attribution(analysis, frame) or previous
                previous = self._actor_beside_according_source(analysis, frame, previous, previous_frame)
                base = self._clause_subject_attribution(analysis, frame, previous_frame if previous is not None else None) or (
                    previous or partial or self._sentence_subject_attribution(analysis, frame))
                if base is None:
                    continue
                hops = base.relay_outlets
                if frame.outlet_heard and base.entity is not None and frame.outlet_heard != base.entity.outlet:
                    hops = ((frame.outlet_heard, None),)  # "..., telling ABC's This Week that ...": the participle's own outlet
                    self._lend_outlet_to_clause(frame, frames, attributions, base.entity)
                elif not hops and base.entity is not None and not base.entity.outlet:
                    heard = self._heard_in_paragraph(base.entity, frame, analysis)
                    if heard:
                        hops = ((heard, None),)
                        self.paragraph_outlet = (base.entity, heard)
                attribution = Attribution(base.entity, base.mention, frame.cue, hops, base.confidence * 0.95)
            else:
                if frame.mention is None:
                    continue
                # (the plural and group readings are of pronouns only: not asked of the names that most frames have)
                entity = self._answerer(frame) or self._statement_author(frame) or frame.mention.kind == "pronoun" and (
                    self._plural_subject(frame, analysis) or self._reporting_group(frame, previous, previous_frame)) or (
                    self.entities.resolve(frame.mention, frame.apposition_role))
                if entity is None:
                    continue
                hops = []
                if entity.outlet:
                    hops.append((entity.outlet, frame.cue))
                    if frame.cited is not None:
                        cited = self.entities.resolve(frame.cited)
                        if cited is not None and not cited.outlet:
                            attribution = Attribution(cited, frame.cited.text, frame.cue, tuple(hops), 0.9)
                            attributions[id(frame)] = attribution
                            self.entities.note_speaker(cited)
                            self.paragraph_speaker = previous = attribution
                            self.last_outlet = entity.outlet
                            continue
                if entity.outlet and frame.cue_verb is not None and frame.cue_verb.lemma in ("quote", "cite"):
                    quoted = self._quoted_by_outlet(frame, analysis)
                    if quoted is not None:
                        attributions[id(frame)] = quoted
                        self.entities.note_speaker(quoted.entity)
                        self.entities.note_speaker(entity)  # "It quoted ...": the outlet stays the one quoting
                        self.paragraph_speaker = quoted
                        previous = quoted
                        continue
                # (a mention that names an outlet but stands for a person is that person's name: "Guardian said" of Mayor Don Guardian)
                named_outlet = frame.mention.outlet if entity.kind != "person" else None
                heard = frame.outlet_heard or named_outlet or frame.mention.heard_via or entity.via if not entity.outlet else None
                if heard is None and not entity.outlet and entity.kind != "person" and frame.cue_verb is not None and frame.cue_verb.lemma in OUTLET_DESK_LEMMAS:
                    heard = _outlet_owning(frame.mention.text)  # "the Post's investigative unit reported": the outlet's own desk
                if heard is None and not entity.outlet:
                    heard = self._heard_in_paragraph(entity, frame, analysis)
                if heard is None and not entity.outlet and self.last_outlet and frame.cue and frame.cue.split()[-1].lower() in OUTLET_AUDIENCES \
                        and frame.cue.split()[-2:-1] == ["the"]:
                    heard = self.last_outlet  # "told the newspaper": the outlet just named
                if heard and heard != entity.outlet:
                    if frame.outlet_heard == heard:
                        self.entities.note_outlet(heard)  # "told the broadcaster NRK-2": NRK-2 is an outlet from now on
                    hops.append((heard, None))
                    self.paragraph_outlet = (entity, heard)
                confidence = 0.9 if frame.mention.kind == "pronoun" else 1.0
                attribution = Attribution(entity, frame.mention.text, frame.cue, tuple(hops), confidence)
            attributions[id(frame)] = attribution
            if frame.cue_verb is not None and frame.cue_verb.lemma == "ask" and frame.content is not None and not frame.in_relative and (
                    attribution.entity is not None and attribution.entity.kind == "unnamed"):
                self.entities.last_asker = attribution.entity  # "When a voter asked ..., she replied": not the voter
            if frame.cue_verb is not None and frame.cue_verb.lemma == "ask" and not frame.in_relative and attribution.entity is not None:
                self._note_question(frame, analysis, attribution.entity)
            if frame.weak and previous is not None and not _reports(frame, previous_frame):
                continue  # "X said her party has backed it for months, and said ...": X goes on speaking
            if not frame.negated and not frame.partial_only and not _described_in_which_clause(analysis, previous_frame if previous else None, frame):
                self.entities.note_speaker(attribution.entity)
                self.paragraph_speaker = attribution
            if attribution.relay_outlets:
                self.last_outlet = attribution.relay_outlets[0][0]
            if not frame.partial_only:
                previous = attribution
                previous_frame = frame
            else:
                partial = attribution
            # (analysis.lowers holds each token's lower-case form, a quotation's as "\x00quote": no "statement" lost)
            if attribution.entity is not None and not frame.inherit and "statement" in analysis.lowers[frame.cue_index + 1:frame.after_cue]:
                self.statement_owner = attribution.entity  # "X said in a written statement that ..."
                self.statement_at = analysis.tokens[frame.cue_index].start
        self._relay_through_outer_outlets(frames, attributions)
        return attributions

    def _actor_beside_according_source(self, analysis: SentenceFrames, frame: Frame, previous: Attribution | None,
                                       previous_frame: Frame | None) -> Attribution | None:
        """"The paper reported, according to two guests, Lee calmed the donors by telling them ...", "Lee calmed the donors,
        according to two guests, by telling them ...": the source "according to" names vouches for the clause and does not act
        in it; a participle hung on the clause is its subject's, when that subject is someone who may speak."""
        if previous is None or previous_frame is None or previous_frame.kind != "according" or previous_frame.after_cue is None:
            return previous
        found = analysis.clause_subject_before(previous_frame.after_cue - 1, frame.cue_index)
        mention = found[0] if found is not None else analysis.sentence_subject(previous_frame.cue_index)[0]
        if mention is None or mention.generic or mention.kind not in ("person", "organization", "pronoun"):
            return previous
        entity = self.entities.resolve(mention)
        return Attribution(entity, mention.text, frame.cue, (), 0.8) if entity is not None else previous

    def _note_question(self, frame: Frame, analysis: SentenceFrames, asker: Entity) -> None:
        """"a reporter asked Trump ...", "asking Mrs. Clinton whether ...": the person named right after "asked",
        who answers next (EntityTable.answerer)."""
        self.entities.last_question = None  # a question put to nobody named: whoever answers is not known from it
        x = frame.cue_index
        while x < min(analysis.n, frame.cue_index + 4) and analysis.lowers[x] not in ASK_FORMS:
            x += 1
        if x >= analysis.n or analysis.lowers[x] not in ASK_FORMS:
            return
        if x + 1 < analysis.n and analysis.lowers[x + 1] == "by":
            self._note_asked_subject(analysis, x, asker)  # "Rubio was asked by moderator Gerard Baker whether ..."
            return
        y = x + 1
        while y < min(analysis.n, x + 5) and analysis.tokens[y].is_capitalized and analysis.tokens[y].is_word:
            y += 1
        if y == x + 1 and y + 1 < analysis.n and analysis.lowers[y] == "the" and analysis.lowers[y + 1] in word_set("role_words"):
            y += 2  # "a voter asked the candidate": a person described by a role
        if y == x + 1:
            return
        mention = parse_mention(self.text, analysis.tokens[x + 1:y])
        asked = self.entities.peek(mention) if mention is not None and mention.kind in ("person", "unnamed") else None
        if asked is None or asked is asker or asked.kind != "person":
            return
        if not any(e is asked for e in self.entities.entities):
            asked = self.entities.resolve(mention)  # named here first: a person of the story from now on
        self.entities.last_question = (asker, asked, analysis.tokens[x].start)

    def _note_asked_subject(self, analysis: SentenceFrames, x: int, asker: Entity) -> None:
        """The name right before "was asked by": the person asked, who answers next."""
        end = x
        while end > 0 and analysis.lowers[end - 1] in PASSIVE_AUXILIARIES:
            end -= 1
        start = end
        while start > 0 and end - start < 4 and analysis.tokens[start - 1].is_capitalized and analysis.tokens[start - 1].is_word:
            start -= 1
        if start == end or end == x or start > 0 and analysis.tokens[start - 1].is_word and analysis.lowers[start - 1] not in ("and", "but"):
            return
        mention = parse_mention(self.text, analysis.tokens[start:end])
        asked = self.entities.peek(mention) if mention is not None and mention.kind == "person" else None
        if asked is None or asked is asker or asked.kind != "person":
            return
        if not any(e is asked for e in self.entities.entities):
            asked = self.entities.resolve(mention)
        self.entities.last_question = (asker, asked, analysis.tokens[x].start)

    def _answerer(self, frame: Frame) -> Entity | None:
        """The person just asked a question, when the frame's subject is who answers ("he replied", "the senator said")."""
        if self.entities.last_question is None or frame.cue_verb is None or frame.cue_verb.lemma == "ask" or frame.mention is None:
            return None
        return self.entities.answerer(frame.mention)

    def _statement_author(self, frame: Frame):
        """"The statement said ...": the statement met just before ("X said in a statement that")."""
        mention = frame.mention
        if mention is None or not mention.document or mention.head != "statement" or self.statement_owner is None:
            return None
        if not mention.text.lower().startswith(("the ", "this ")) or mention.document_owner:
            return None
        if len(PARAGRAPH_BREAKS.findall(self.text, self.statement_at, mention.start)) > STATEMENT_REACH_PARAGRAPHS:
            return None  # a statement met paragraphs ago, other sources quoted since: "the statement" is a new one
        return self.statement_owner

    def _quoted_by_outlet(self, frame: Frame, analysis: SentenceFrames) -> Attribution | None:
        """"Reuters quoted a senior official as saying: ..." -> the official, through Reuters;
        "The Guardian cited passages from the document, including: ..." -> the document's author."""
        tokens = analysis.tokens
        end = frame.cue_index + 1
        while end < len(tokens) and tokens[end].quote is None and tokens[end].lower not in (",", ":", ";", ".", "—"):
            end += 1
        words = [t.lower for t in tokens[frame.cue_index + 1:end]]
        outlet = frame.mention and self.entities.resolve(frame.mention)
        hop = ((outlet.outlet, frame.cue),) if outlet is not None and outlet.outlet else ()
        as_saying = self._as_saying(frame.cue_index + 1, tokens)
        if as_saying is not None and "as" not in words:
            # "quoted one mother, Liv Sandvik, as saying ...": the name in apposition speaks
            parts = [p for p in self._comma_parts(frame.cue_index + 1, as_saying, tokens) if p]
            for part in reversed(parts):
                mention = parse_mention(self.text, part)
                if mention is not None and mention.kind == "person":
                    entity = self.entities.resolve(mention)
                    if entity is not None and not entity.outlet:
                        self._as_saying_content(frame, as_saying + 2, tokens)
                        return Attribution(entity, mention.text, frame.cue, hop)
            return None
        if "as" in words and words.index("as") + 1 < len(words) and words[words.index("as") + 1] in ("saying", "telling", "writing"):
            cut = frame.cue_index + 1 + words.index("as")
            mention = parse_mention(self.text, tokens[frame.cue_index + 1:cut])
            entity = self.entities.resolve(mention) if mention is not None and mention.kind != "pronoun" else None
            if entity is not None and not entity.outlet:
                self._as_saying_content(frame, cut + 2, tokens)
                return Attribution(entity, mention.text, frame.cue, hop)
            return None
        if any(t.lower in word_set("document_heads") for t in tokens[frame.cue_index + 1:end]) or (
                self.entities.latest_document() is not None and not any(t.is_capitalized for t in tokens[frame.cue_index + 1:end])):
            document = self.entities.latest_document()
            if document is not None:
                return Attribution(document, None, frame.cue, hop, 0.8)
        return None

    @staticmethod
    def _as_saying_content(frame: Frame, start: int, tokens: list[Token]) -> None:
        """"... as saying (that) the talks had failed": the clause is what the quoted source said."""
        if start < len(tokens) and tokens[start].lower == "that":
            start += 1
        if start < len(tokens) and tokens[start].is_word and frame.content is None:
            frame.content = (start, len(tokens))
            frame.content_mode = "bare"

    @staticmethod
    def _as_saying(start: int, tokens: list[Token]) -> int | None:
        """Index of "as" in "as saying" a few words on (commas allowed, nothing harder)."""
        for x in range(start, min(len(tokens) - 1, start + 14)):
            if tokens[x].quote is not None or tokens[x].lower in (":", ";", ".", "—"):
                return None
            if tokens[x].lower == "as" and tokens[x + 1].lower in ("saying", "telling", "writing"):
                return x
        return None

    @staticmethod
    def _comma_parts(start: int, end: int, tokens: list[Token]) -> list[list[Token]]:
        parts: list[list[Token]] = [[]]
        for token in tokens[start:end]:
            if token.lower == ",":
                parts.append([])
            else:
                parts[-1].append(token)
        return parts

    def _lend_outlet_to_clause(self, participle: Frame, frames: list[Frame], attributions: dict[int, Attribution], speaker: Entity) -> None:
        """"He denounced the raid, telling the Ledger he ...": the clause the participle hangs on was said to the
        outlet it names too, when the clause ends right at the participle's comma and names no outlet of its own."""
        for clause in frames:
            if clause.content is not None and clause.content[1] == participle.cue_index - 1:
                said = attributions.get(id(clause))
                if said is not None and said.entity is speaker and not said.relay_outlets:
                    attributions[id(clause)] = replace(said, relay_outlets=((participle.outlet_heard, None),))
                return

    def _heard_in_paragraph(self, entity: Entity, frame: Frame, analysis: SentenceFrames) -> str | None:
        """"In an interview with Sky News, Grant insisted ... '...,' he said": the outlet the speaker
        talked to holds for the rest of the paragraph."""
        comma = analysis.speech_intro()
        if comma is not None and frame.cue_index > comma:
            outlet = analysis.speech_intro_outlet(comma, frame) or self._short_named_interviewer(analysis, comma)
            if outlet:
                return outlet
        if self.paragraph_outlet is not None and self.paragraph_outlet[0] is entity:
            return self.paragraph_outlet[1]
        return analysis.show_closing_report(frame) or (frame.cue_verb is not None and frame.cue_verb.audience and self._short_named_hearer(frame, analysis)) or (
            self._heard_in_sentence(frame, analysis) if frame.mention is None or " by " in frame.mention.text or frame.cue.endswith("ing") else None)

    def _short_named_interviewer(self, analysis: SentenceFrames, comma: int) -> str | None:
        """"In the Post interview, Lee said ...": the outlet named in full elsewhere ("an interview with The Harlow Post")
        and here by its short name, before the piece it made."""
        tokens = analysis.tokens
        if comma != 4 or tokens[1].lower != "the" or not tokens[2].is_capitalized or tokens[3].lower not in word_set("speech_nouns"):
            return None
        return self._outlet_short_name(self.text[tokens[1].start:tokens[2].end])

    def _short_named_hearer(self, frame: Frame, analysis: SentenceFrames) -> str | None:
        """"five employees told The Post that ...": the hearer, an outlet the article names in full elsewhere ("The Harlow
        Post") and here by its short name, heard the words as "told the Harlow Post" would have."""
        if frame.cue_index + 3 >= analysis.n:
            return None
        tokens = analysis.tokens[frame.cue_index + 1:frame.cue_index + 4]
        if tokens[0].lower != "the" or not tokens[1].is_capitalized or tokens[2].is_capitalized:
            return None
        return self._outlet_short_name(self.text[tokens[0].start:tokens[1].end])

    def _heard_in_sentence(self, frame: Frame, analysis: SentenceFrames) -> str | None:
        """An outlet the sentence hears the words through when no frame read one: the setting before a participle ("attacked
        the plan on CNN's 'Weekend Desk,' calling it ..."), or the outlet, named by its short name, that saw the document
        speaking ("according to a copy of the letter reviewed by the Post")."""
        heard = analysis.outlet_before_participle(frame) if frame.cue.endswith("ing") else None
        if heard is None and frame.mention is not None and " by " in frame.mention.text and (seen := SEEN_BY_SHORT_NAME.search(frame.mention.text)):
            heard = self._outlet_short_name(seen.group(1))
        return heard

    def _clause_subject_attribution(self, analysis: SentenceFrames, frame: Frame, previous: Frame | None) -> Attribution | None:
        """A participle after a finite clause with its own subject that opens after the previous report (or the
        sentence's subject): "Lee says the rules are unfair, and the union has sued, saying ...": the union speaks."""
        joined = not analysis.lowers[frame.cue_index].endswith("ing")
        if joined and not _after_and(analysis, frame.cue_index):
            return None  # (a finite verb joined by "and", no comma, hangs on the nearest clause too: "when Mr. Sanders took issue ... and assailed")
        if previous is not None and previous.content is not None and analysis.lowers[frame.cue_index - 1] == "by" and (
                previous.content[0] < frame.cue_index - 1 <= previous.content[1]):
            # "Aides said Lee calmed the donors by telling them ...": "by" ties the participle to the reported clause's verb
            mention = analysis.reported_clause_subject(previous.content)
            entity = self.entities.resolve(mention) if mention is not None and mention.kind != "pronoun" else None  # ("they": whom?)
            if entity is not None:
                return Attribution(entity, mention.text, frame.cue, (), 0.8)
        if previous is not None:
            lower = previous.content[1] - 1 if previous.content is not None else previous.after_cue
        else:
            lower = analysis.story_start
        found = analysis.clause_subject_before(lower, frame.cue_index)
        if found is None and previous is not None and previous.content is not None:
            found = analysis.coordinated_clause_subject(previous.content, frame.cue_index)
        if found is None:
            return None
        mention, opener = found
        if previous is None and opener in CLAUSE_SUBJECT_OPENERS:
            # "Democrats sued after Ohio cut the week, saying ...": the main clause's subject, when it names a
            # source, still speaks; "The fracas erupted after the tycoon entered the race, vowing ...": a thing does not
            subject, _start, _verb = analysis.sentence_subject(frame.cue_index)
            if subject is not None and not subject.generic and subject.kind in ("person", "organization", "unnamed", "pronoun") and (
                    self._main_subject_may_speak(subject)):
                return None
        entity = self.entities.resolve(mention)
        return Attribution(entity, mention.text, frame.cue, (), 0.8) if entity is not None else None

    def _main_subject_may_speak(self, subject: Mention) -> bool:
        """"It came after Lee chided the mayor, accusing him ...": an "it" that stands for no body the article named is an
        event, which accuses nobody; the clause after the subordinator has the participle's subject."""
        return subject.kind != "pronoun" or subject.text.lower() != "it" or self.entities.resolve(subject) is not None

    def _sentence_subject_attribution(self, analysis: SentenceFrames, frame: Frame) -> Attribution | None:
        mention, _start, _verb = analysis.sentence_subject(frame.cue_index)
        if mention is None:
            return self.paragraph_speaker
        entity = self.entities.resolve(mention)
        if entity is None:
            return None
        return Attribution(entity, mention.text, frame.cue, (), 0.85)

    def _relay_through_outer_outlets(self, frames: list[Frame], attributions: dict[int, Attribution]) -> None:
        """"..., in what officials have called an 'unprovoked' attack, the BBC reported": the inner
        source reaches the article through the outlet whose report contains it ('"...," Lee said, according to an
        interview with the Ledger': through the outlet the piece was heard through)."""
        for outer in frames:
            outer_attribution = attributions.get(id(outer))
            if outer_attribution is None or outer_attribution.entity is None:
                continue
            if outer_attribution.entity.outlet:
                hops = ((outer_attribution.entity.outlet, outer.cue),)
            elif outer.kind == "according" and outer_attribution.relay_outlets:
                hops = outer_attribution.relay_outlets
            elif len(frames) == 1 or not (hops := self._short_named_outlet_hops(outer, outer_attribution)):
                continue
            scope = self._scope(outer)
            for inner in frames:
                if inner is outer or id(inner) not in attributions:
                    continue
                inner_attribution = attributions[id(inner)]
                if inner_attribution.entity is outer_attribution.entity or not (scope[0] <= inner.cue_index < scope[1]):
                    continue
                new_hops = tuple(hop for hop in hops if hop not in inner_attribution.relay_outlets)
                if new_hops:
                    inner_attribution.relay_outlets = new_hops + inner_attribution.relay_outlets

    def _short_named_outlet_hops(self, outer: Frame, attribution: Attribution) -> tuple[tuple[str, str | None], ...]:
        """"The Post reported that Lee said ...": an outlet the article names by its short name relays the reports inside its own."""
        entity = attribution.entity
        if entity.kind != "unnamed" or SHORT_OUTLET_NAME.fullmatch(entity.name) is None:
            return ()
        outlet = self._outlet_short_name(entity.name)
        return ((outlet, outer.cue),) if outlet is not None else ()

    @staticmethod
    def _scope(frame: Frame) -> tuple[int, int]:
        if frame.kind == "according" and frame.relayed is not None and frame.relayed[0] == 0:
            return (0, frame.cue_index)  # "X said ..., according to Reuters": Reuters relays X's clause
        if frame.kind in ("trail", "inverted") or (frame.kind == "according" and frame.content and frame.content[0] == 0):
            return (0, frame.subject_start if frame.subject_start is not None else frame.cue_index)
        return (frame.cue_index + 1, frame.content[1] if frame.content is not None else 10 ** 9)  # ("..., which Lee called ...": not in its report)

    # ------------------------------------------------------------------ indirect speech
    def _indirect(self, frame: Frame, attribution: Attribution, tokens: list[Token], span, lowers: list[str]) -> None:
        """``lowers``: the tokens' lower-case forms, a quotation's "\x00quote" (SentenceFrames.lowers)."""
        start, end = frame.content
        while end > start and tokens[end - 1].lower in CONTENT_TRAILING_MARKS:
            end -= 1
        start = after_dateline(tokens, start, end, lowers)
        while start < end and tokens[start].lower in (",", "—", "–"):
            start += 1
        if end <= start:
            return
        content = tokens[start:end]
        outside_words = 0  # the writer's words, counted up to CONTENT_WORDS_COUNTED
        for token in content:
            if token.is_word:
                outside_words += 1
                if outside_words == CONTENT_WORDS_COUNTED:
                    break
        words = outside_words + lowers[start:end].count("\x00quote")  # (a quotation is no word of the writer's; counted in C)
        if frame.content_mode == "object":
            # "endorsed Hillary Clinton", "urged restraint": a name, or two words at least
            if words < MIN_OBJECT_WORDS and not (tokens[start].is_capitalized or tokens[start].quote is not None or _held_noun(frame, tokens[start])
                                                 or _stance_on_pronoun(frame, tokens, start)):
                return
        elif (words < MIN_CONTENT_WORDS or outside_words == 0) and not (outside_words > 0 and (_answers_question(frame, tokens) or _short_reply(frame, content) or (
                _elided_answer(frame, content) and self._question_just_before(tokens[0].start)))):
            return
        if outside_words == 0:
            return  # nothing but quotations and punctuation (a quotation's token is never a word: Token.is_word)
        if frame.belief and _no_view_held(frame, lowers, start, end):
            return
        if frame.content_mode == "trail" and tokens[start].quote is not None and outside_words < MIN_CONTENT_WORDS:
            return
        confidence = CONFIDENCE.get(frame.content_mode, 0.75) * attribution.confidence
        kind = "belief" if frame.belief else "indirect"
        kind = _kind_of_naming(frame, kind, tokens, start)
        kind = _kind_of_warning(frame, kind)
        stop = tokens[end - 1].end
        markup = self.text.find("<", tokens[start].start, stop)
        if markup > tokens[start].start:
            stop = len(self.text[tokens[start].start:markup].rstrip(" ,.")) + tokens[start].start  # "... it's all free<tweet/>": an embed's markup ends the words
        self.drafts.append(Draft(tokens[start].start, stop, kind, attribution, confidence, span))

    def _question_just_before(self, sentence_start: int) -> bool:
        """The sentence before, in the same paragraph, asks what the next one answers: "The senators are split on
        whether they would vote for her. Lee said she would." (a short answer without one says too little)."""
        text = self.text
        before = max(text.rfind("\n", 0, sentence_start), text.rfind(". ", 0, max(0, sentence_start - 2)), sentence_start - QUESTION_REACH)
        return text.find("whether", before, sentence_start) >= 0 or text.find("?", before, sentence_start) >= 0

    # ------------------------------------------------------------------ quotations
    def _quote(self, index, tokens, frames, attributions, analysis, span, continuing) -> Attribution | None:
        token = tokens[index]
        quote = token.quote
        if quote.end <= quote.start or self.text.find(" ", quote.start, quote.end) < 0 and _label_or_address(self.text, quote):
            return None
        direct = self._is_direct(index, tokens) or tokens[index - 1].lower in ("-", "—", "–") and any(
            # 'painting him as a crook - "If he wins, we lose," one ad declared': a trailing tag that reports the dashed
            # quotation alone (SentenceFrames._quotation_after_dash) has it whole
            frame.kind == "trail" and frame.content_mode == "trail" and frame.content is not None and frame.content[0] == index and id(frame) in attributions
            for frame in frames)
        if direct and self._term_as_subject(index, tokens):
            return None  # '"Containment" has been the policy since ...': the word the sentence is about, nobody's words
        attribution, how = None, None
        if direct:
            attribution, how = self._direct_frame(index, tokens, frames, attributions, analysis)
            if attribution is None and index == 0 or attribution is None and self._starts_sentence(index, tokens):
                if continuing is not None and quote.open_mark == self._paragraph_start_of(quote):
                    attribution, how = continuing, "continuation"
                elif self.paragraph_speaker is not None:
                    attribution, how = self.paragraph_speaker, "floating"
                elif self.previous_tail is not None and quote.open_mark == self._paragraph_start_of(quote):
                    attribution, how = self.previous_tail, "floating"
                elif self.previous_speaker is not None and quote.open_mark == self._paragraph_start_of(quote) and not frames:
                    # a paragraph of quotation right after one that named its speaker: the same voice goes on
                    attribution, how = self.previous_speaker, "after"
                elif self.previous_speaker is None and quote.open_mark == self._paragraph_start_of(quote) and not frames:
                    attribution, how = self._named_just_before(), "after"
        else:
            if _names_a_show(self.text, quote, index, tokens) or tokens[index - 1].lower in NAMED_THING_ARTICLES and _names_a_thing(self.text, quote, index, tokens):
                return None  # 'told "Fox and Friends"', 'said on "Meet the Press"': the programme heard, no words of the speaker
            attribution, how = self._possessive_owner(index, tokens)
            if attribution is None:
                attribution, how = self._owner_after(index, tokens, frames, attributions)
            if attribution is None:
                attribution, how = self._partial_frame(index, tokens, frames, attributions)
            if attribution is None:
                attribution, how = self._fronted_participle(index, tokens, frames, attributions)
            if attribution is None and not any(id(f) in attributions and not (f.partial_only or f.owned) for f in frames):
                attribution, how = self._subject_words(index, tokens, analysis)
        is_continuation = continuing is not None and how in (None, "continuation") and quote.open_mark == self._paragraph_start_of(quote)
        if attribution is None and not is_continuation:
            if not direct and not frames and self.paragraph_speaker is None and _copula_complement(index, tokens):
                # 'The remark was "a new low." It was "a disgrace," Lee said.': the next sentence's speaker, if it names one
                draft = Draft(quote.start, quote.end, "partial", None, CONFIDENCE["floating"], span, quote)
                self.drafts.append(draft)
                self.untagged_complement = draft
            return None
        confidence = CONFIDENCE.get(how or "continuation", 0.7) * (attribution.confidence if attribution else 1.0)
        if quote.left_open:
            confidence *= 0.8
        if not quote.double and not direct:
            confidence *= 0.9
        draft = Draft(quote.start, quote.end, "direct" if direct else "partial", attribution, confidence, span, quote)
        self.drafts.append(draft)
        if is_continuation and attribution is None:
            self.open_pending.append(draft)
        elif attribution is not None and self.open_pending and direct:
            for pending in self.open_pending:
                pending.attribution = attribution
            self.open_pending = []
        if direct and attribution is not None:
            self.paragraph_speaker = attribution
        return attribution

    def _plural_subject(self, frame: Frame, analysis: SentenceFrames) -> Entity | None:
        """"Senate Democrats blocked the bill because they said ...": "they" is the group that opens the sentence."""
        mention = frame.mention
        if mention is None or mention.kind != "pronoun" or mention.pronoun != "plural" or not frame.subject_start:
            return None
        subject, start, verb = analysis.sentence_subject(frame.subject_start)
        if subject is None or start is None or verb is None or not verb.islower() or subject.generic or (
                subject.kind not in ("unnamed", "organization") or subject.kind == "unnamed" and not (subject.head or "").endswith("s")):
            return None
        if not any(analysis.lowers[x] in ("because", "and", "but", "so", "after", "when", "while", "as", "since", "although") for x in range(start, frame.subject_start)):
            return None
        entity = self.entities.resolve(subject)
        if entity is not None:
            entity.aliases.add(mention.text)
        return entity

    def _reporting_group(self, frame: Frame, previous: Attribution | None, previous_frame: Frame | None) -> Entity | None:
        """"Forty percent were certain they would back Lee", "39 delegates said they support her": "they" opening the
        clause a group reports (the previous report of the sentence) is that group."""
        mention = frame.mention
        if mention is None or mention.kind != "pronoun" or mention.text.lower() != "they" or previous is None or previous.entity is None or (
                previous_frame is None or previous_frame.content is None or frame.subject_start is None):
            return None
        if not (previous_frame.content[0] <= frame.subject_start < previous_frame.content[1]) or not (
                self.entities.may_be_they(previous.entity) or previous.entity.head == "percent"):  # (a share of those asked is people)
            return None
        previous.entity.aliases.add(mention.text)
        return previous.entity

    def _possessive_owner(self, index: int, tokens: list[Token]) -> tuple[Attribution | None, str | None]:
        """"Donald Trump's 'woman card' remark", "Trump's call for a 'deportation force'", "his
        promise of 'free college'": words quoted as what someone said belong to the possessor, whoever
        reports them."""
        noun = owner = None
        if index >= 1 and index + 1 < len(tokens) and tokens[index + 1].lower in QUOTED_WORDS_NOUNS and _possessive(tokens[index - 1]):
            noun, owner = tokens[index + 1], index - 1  # "Trump's 'woman card' remark"
        elif index >= 3 and tokens[index - 2].lower in ("for", "of", "about", "that") and tokens[index - 3].lower in QUOTED_WORDS_NOUNS and (
                tokens[index - 1].lower in ("a", "an", "the")) and index >= 4 and _possessive(tokens[index - 4]):
            noun, owner = tokens[index - 3], index - 4  # "Trump's call for a 'deportation force'"
        elif index >= 2 and tokens[index - 1].lower in ("for", "of", "about", "to") and tokens[index - 2].lower in QUOTED_WORDS_NOUNS and (
                index >= 3 and _possessive(tokens[index - 3])):
            noun, owner = tokens[index - 2], index - 3  # "his promise of 'free college'", "her vow to 'fight on'"
        elif index >= 4 and tokens[index - 1].lower in ("for", "of", "about", "to") and tokens[index - 2].lower in QUOTED_WORDS_NOUNS and (
                tokens[index - 3].is_word and not tokens[index - 3].is_capitalized and tokens[index - 3].quote is None and _possessive(tokens[index - 4])):
            noun, owner = tokens[index - 2], index - 4  # "Trump's familiar promise to 'win again'"
        if noun is None:
            return None, None
        if tokens[owner].lower in ("his", "her", "their"):
            mention = Mention(tokens[owner].text, tokens[owner].start, tokens[owner].end, tokens[owner].text, "pronoun",
                              pronoun="plural" if tokens[owner].lower == "their" else "person")
        else:
            first = owner
            while first > 0 and owner - first < 4 and tokens[first - 1].is_capitalized and tokens[first - 1].quote is None:
                first -= 1
            mention = parse_mention(self.text, tokens[first:owner + 1])
            if mention is None or mention.kind not in ("person", "organization"):
                return None, None
        entity = self.entities.resolve(mention)
        if entity is None or entity.outlet:
            return None, None
        return Attribution(entity, mention.text, noun.text, (), 0.8), "subject"

    @staticmethod
    def _told_of(index: int, frames: list[Frame], attributions: dict[int, Attribution]) -> bool:
        """"Lee said the senator had called Ruiz the 'pet mayor' of ...", "told Ames that his film
        chronicles the 'secret life' of ...": inside what a source is heard saying, "the 'X' of Name"
        is the teller's words about Name (no noun such as "remark" gives them to Name). "According to"
        only names where the account comes from, not who chose its words."""
        return any(id(f) in attributions and not f.weak and f.kind != "according" and f.content is not None and f.content[0] <= index < f.content[1]
                   for f in frames)

    def _owner_after(self, index: int, tokens: list[Token], frames: list[Frame], attributions: dict[int, Attribution]) -> tuple[Attribution | None, str | None]:
        """"the 'fresh start' of Mayor Ana Ruiz": quoted words that belong to the person named
        after them, unless a source is heard saying them (_told_of)."""
        if not (2 <= index and index + 2 < len(tokens) and tokens[index - 1].lower == "the" and tokens[index + 1].lower == "of"):
            return None, None
        if tokens[index - 2].lower == "as" or (verb := cue_verb(tokens[index - 2].lower)) is not None and verb.lemma in NAMING_LEMMAS:
            # "described him as the 'voice' of Ruiz", "what he called the 'fake science' of Ruiz's agenda": the describer's words
            return None, None
        if self._told_of(index, frames, attributions):
            return None, None  # (tested after the words around the quotation: few quotations have "the" before and "of" after)
        last = index + 2
        while last + 1 < len(tokens) and last - index < 6 and tokens[last + 1].is_capitalized and tokens[last + 1].quote is None:
            last += 1
        if not tokens[index + 2].is_capitalized or last + 1 < len(tokens) and is_role_word(tokens[last + 1].lower):
            return None, None  # ("of Acme mogul Ana Ruiz": the company only says which mogul)
        mention = parse_mention(self.text, tokens[index + 2:last + 1])
        if mention is None or mention.kind != "person":
            return None, None
        entity = self.entities.resolve(mention)
        if entity is None or entity.outlet:
            return None, None
        return Attribution(entity, mention.text, None, (), 0.8), "subject"

    def _paragraph_start_of(self, quote: QuoteSpan) -> int:
        return self.paragraph_start

    def _term_as_subject(self, index: int, tokens: list[Token]) -> bool:
        """'"Containment" has been the policy since 1947.', '"Top secret" is the highest grade.': a short quotation opening
        its sentence as the subject of a copula or auxiliary names a term or a title. A speaker's words so placed come with
        a cue later in the sentence ('"Family farms" are "the backbone," Lee said'), and a quotation that ends a
        sentence of its own ('"No." He left.') is never followed by its verb."""
        after = index + 1
        if after >= len(tokens) or tokens[after].lower not in TERM_SUBJECT_VERBS or not self._starts_sentence(index, tokens):
            return False
        quoted = self.text[tokens[index].quote.start:tokens[index].quote.end].strip()
        if not quoted or len(quoted.split()) > MAX_TERM_SUBJECT_WORDS or quoted.endswith((".", "!", "?", ";", ":")):
            return False
        return not any(self._ends_cue(x, tokens) for x in range(after + 1, len(tokens)))

    @staticmethod
    def _starts_sentence(index: int, tokens: list[Token]) -> bool:
        return index == 0 or all(not t.is_word and t.quote is None for t in tokens[:index])  # (most quotations open their sentence)

    def _is_direct(self, index: int, tokens: list[Token]) -> bool:
        if self._starts_sentence(index, tokens):
            return True
        previous = tokens[index - 1]
        if previous.lower in (":", "("):
            return True  # ('... ("This is an invasion," Lee wrote) ...': a quotation opening an aside of its own)
        if previous.lower == "," and index >= 2 and self._ends_cue(index - 2, tokens):
            return True
        if previous.lower == "," and index >= 3 and tokens[index - 2].lower == "it" and tokens[index - 3].lower in ("put", "puts"):
            return True  # 'As Dana Holt put it, "..."'
        words = len(self.text[tokens[index].quote.start:tokens[index].quote.end].split())
        if self._ends_cue(index - 1, tokens):
            return words >= DIRECT_AFTER_CUE_MIN_WORDS
        if previous.lower == "," and words >= DIRECT_AFTER_CUE_MIN_WORDS and any(
                self._ends_cue(x, tokens) for x in range(max(0, index - MAX_QUOTE_ASIDE_TOKENS - 2), index - 1)):
            return True  # 'said of the senator, "She takes ..."': a whole sentence ends the writer's
        if previous.lower in (",", ":") and self.text[tokens[index].quote.start:tokens[index].quote.end].rstrip().endswith("?") and any(
                tokens[x].quote is None and tokens[x].lower in ASKED_FORMS and not (x > 0 and tokens[x - 1].lower in PASSIVE_BEFORE_ASKED)
                for x in range(max(0, index - MAX_ASIDE_TOKENS - 2), index - 1)):  # ("Blumenthal was asked, '...?'": the asker is unnamed)
            return True  # 'Lanham asked the crowd, "Who wants a wall?"': the question asked, whole
        return False

    @staticmethod
    def _ends_cue(index: int, tokens: list[Token]) -> bool:
        verb = cue_verb(tokens[index].lower) if tokens[index].quote is None else None
        if verb is None and tokens[index].lower == "written" and index > 0 and tokens[index - 1].lower in ("has", "have", "had"):
            return True  # 'As Parsons had written, "..."': the perfect of a verb of saying
        # "will be refused 'based solely on ...'": beliefs, intentions and findings introduce no quotation
        return verb is not None and not (verb.partial_only or verb.belief or verb.intention or verb.evidence)

    def _direct_frame(self, index, tokens, frames, attributions, analysis):
        quote_token = tokens[index]
        introducing = None  # 'When a voter yelled, "Rowe," Tilden joked, "Amen!"': Tilden's cue opens his own quotation
        # after: '"...," Veale said' / '"...," said Bolden'
        for frame in frames:
            if id(frame) not in attributions or frame.kind not in ("trail", "inverted", "pre"):
                continue
            first = frame.subject_start if frame.kind == "trail" else frame.cue_index
            if frame.kind == "pre" and frame.content is None and frame.subject_start is not None and frame.subject_start > index:
                first = frame.subject_start  # '"...," Marek said, according to Reuters': a tag that goes on
                if introducing is None and any(t.quote is not None for t in tokens[frame.after_cue:]):
                    introducing = frame  # (the quotation before it is its tag's only if no cue right before it claims it)
                    continue
            if first is None:
                continue
            between = tokens[index + 1:first]
            if frame.kind == "inverted":
                between = tokens[index + 1:frame.cue_index]
            if all(t.lower in (",", "—", "–") for t in between) and first > index:
                return attributions[id(frame)], frame.kind
        # before: 'Veale added, "..."' / 'she continued: "..."' / 'the letter says "..."'
        for frame in reversed(frames):
            if id(frame) not in attributions or frame.cue_index >= index:
                continue
            end = max(frame.after_cue, frame.cue_index + 1)
            if end < index and frame.cue_verb is not None and tokens[end].lower in frame.cue_verb.particles:
                end += 1  # 'as The Hill pointed out, "..."'
            between = tokens[end:index]
            if all(t.lower in (",", ":", "—", "–") for t in between) or frame.content is None and self._aside_before_quote(between) or (
                    [t.lower for t in between] == ["that", ","]):  # 'said that, "At this point, ..."'
                return attributions[id(frame)], "adjacent"
        if introducing is not None:
            return attributions[id(introducing)], "pre"
        if index > 0 and tokens[index - 1].lower == ":":
            earlier = [f for f in frames if f.cue_index < index and id(f) in attributions and not f.partial_only]
            signed = self._signed_after_dash(tokens, index, earlier[-1].cue_index if earlier else -1)
            if signed is not None:
                return signed, "colon"
            if earlier:
                return attributions[id(earlier[-1])], "colon"
            mention, _start, verb = analysis.sentence_subject(index)
            if mention is not None and index >= 3 and tokens[index - 2].is_capitalized and cue_verb(tokens[index - 2].lower) is not None \
                    and mention.end == tokens[index - 2].end:
                # "Lindqvist Says: '...'", a headline the paragraph rules read: the capitalised cue is no part of the name
                mention, verb = parse_mention(self.text, [t for t in tokens[:index - 2] if t.start >= mention.start]), tokens[index - 2].text
            elif mention is not None and mention.kind != "pronoun" and (cue := self._cue_opening_name_before_colon(tokens, index, mention.start)) is not None:
                # "Added Pell: '...'", "Continued Stone: '...'": the cue, inverted, opens the sentence; the name after it speaks
                mention, verb = parse_mention(self.text, tokens[cue + 1:index - 1]), tokens[cue].text
            elif mention is not None and mention.kind != "pronoun" and _titled_source_end(self.text, mention.start, mention.end) < mention.end:
                # "Holt Praises Ledger Editor Omar Reyes: 'Very Good Reporter'": the name before the capitalised cue speaks
                cut = _titled_source_end(self.text, mention.start, mention.end)
                verb = next((t.text for t in tokens[:index] if t.start > cut), verb)
                mention = parse_mention(self.text, [t for t in tokens[:index] if t.start >= mention.start and t.end <= cut])
            opened = _after_from(tokens, 0)
            if (mention is None or opened > 1) and index > opened + 1 and (opened or tokens[0].lower == "in") and all(t.quote is None for t in tokens[1:index - 1]):
                # 'From Bush's Facebook post: "..."', 'More from the report: "..."': the document quoted, and whoever wrote it
                written = parse_mention(self.text, tokens[max(opened, 1):index - 1])
                if written is not None and written.document:
                    mention, verb = written, None
            dash = max((x for x in range(index - 1) if tokens[x].lower in ("-", "—", "–")), default=None)
            if dash is not None and 0 < index - 1 - (dash + 1) <= 5:
                # "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: '...'": a digest's item title, a dash, then its source
                signed = parse_mention(self.text, tokens[_after_from(tokens, dash + 1) or dash + 1:index - 1])
                if signed is not None and (signed.kind in ("person", "organization") or signed.document):
                    mention, verb = signed, None  # ("... - Pew Research: '...'": the research, its body's words)
            if mention is not None and mention.generic:
                named = self._name_before_colon(tokens, index)
                if named is not None:
                    mention, verb = named, None  # "The timing of the surge doesn't surprise pollster Dana Holt: '...'"
            if mention is not None and mention.kind != "pronoun" or mention is not None and mention.pronoun == "person":
                entity = self.entities.resolve(mention)
                if entity is not None:
                    self.entities.note_speaker(entity)
                    return Attribution(entity, mention.text, verb, ()), "colon"
        # a quotation ending a clause reported by an earlier frame: '..., with Boswell stating: "..."'
        return None, None

    @staticmethod
    def _cue_opening_name_before_colon(tokens: list[Token], index: int, start: int) -> int | None:
        """The cue's index when the phrase from ``start`` to the colon before ``index`` is a capitalised cue verb, then a
        capitalised name."""
        cue = next((x for x in range(index) if tokens[x].start == start), None)
        if cue is not None and index - 1 - cue >= 2 and tokens[cue].is_capitalized and cue_verb(tokens[cue].lower) is not None and all(
                tokens[x].is_capitalized for x in range(cue + 1, index - 1)):
            return cue
        return None

    def _name_before_colon(self, tokens: list[Token], index: int) -> Mention | None:
        """A person's full name (a lower-case role before it allowed) that ends right before the colon at ``index - 1``."""
        start = index - 1
        while start > 0 and index - 1 - start < 8 and tokens[start - 1].quote is None and (
                tokens[start - 1].is_capitalized or tokens[start - 1].lower in word_set("role_words")):
            start -= 1
        if index - 1 - start < 2 or not tokens[index - 2].is_capitalized:
            return None
        named = parse_mention(self.text, tokens[start:index - 1])
        return named if named is not None and named.kind == "person" and not named.surname_only else None

    def _signed_after_dash(self, tokens: list[Token], index: int, after: int) -> Attribution | None:
        """"Pollsters agree - Dana Holt: '...'": in a digest, a short name between a dash and the colon before a
        quotation signs it, though a cue before the dash reported something else."""
        if after < 0:
            return None
        dash = max((x for x in range(after + 1, index - 1) if tokens[x].lower in ("-", "—", "–")), default=None)
        if dash is None or not 0 < index - 1 - (dash + 1) <= 5 or not tokens[dash + 1].is_capitalized:
            return None
        return self._signed_by(parse_mention(self.text, tokens[dash + 1:index - 1]))

    def _signed_by(self, mention: Mention | None) -> Attribution | None:
        """The person or body whose name signs a quotation (a dash signature, a digest's "- Name:"), now heard from."""
        if mention is None or mention.kind not in ("person", "organization"):
            return None
        entity = self.entities.resolve(mention)
        if entity is None:
            return None
        self.entities.note_speaker(entity)
        return Attribution(entity, mention.text, None, ())

    @staticmethod
    def _aside_before_quote(between: list[Token]) -> bool:
        """"said of the senator, '...'", "said last week in Tel Aviv, '...'", "asked the crowd, '...'":
        a short phrase of place, time, topic or hearer, with no verb, then a comma or colon."""
        while between and between[0].lower == ",":
            between = between[1:]  # 'announced on her page, in capital letters, "..."'
        manner = 0
        while manner < len(between) and (between[manner].lower in MANNER_LINKS or between[manner].lower.endswith("ly") and len(between[manner].lower) > 4):
            manner += 1  # 'ended so gravely and simply, "..."': how it was said
        if manner and len(between) == manner + 1 and between[-1].lower in (",", ":") and between[0].lower != "and":
            return True
        if not 2 <= len(between) <= MAX_QUOTE_ASIDE_TOKENS or between[-1].lower not in (",", ":"):
            return False
        first = between[0].lower
        if first not in ASIDE_OPENERS and first not in ASIDE_CLAUSE_OPENERS:
            return False
        # 'said in May, when the audit came out, "..."': a clause saying when, last, may have its verb
        when = 0 if first in ASIDE_CLAUSE_OPENERS else next(
            (x for x in range(len(between) - 2, 0, -1) if between[x].lower in ASIDE_CLAUSE_OPENERS and between[x - 1].lower == ","), None)
        if when is not None:
            return all(t.quote is None and t.lower not in AS_COMPLEMENT_BREAKS for t in between[when + 1:-1]) and (when == 0 or all(
                t.quote is None and t.lower not in AS_COMPLEMENT_BREAKS and t.lower not in FINITE_VERBS and t.lower not in AUXILIARY_WORDS
                for t in between[1:when - 1]))
        return all(t.quote is None and t.lower not in AS_COMPLEMENT_BREAKS and t.lower not in FINITE_VERBS and t.lower not in AUXILIARY_WORDS
                   for t in between[1:-1])

    def _partial_frame(self, index, tokens, frames, attributions):
        if index > 0 and tokens[index - 1].lower in SCARE_MARKERS:
            return None, None  # "the so-called 'savings'": the writer's scare quotes, nobody's words
        tagged = self._as_tag_after(index, tokens, frames, attributions)
        if tagged is not None:
            return tagged, "partial"
        best = None
        for frame in frames:
            if id(frame) not in attributions or frame.cue_index >= index:
                continue
            if frame.partial_only:
                if frame.names_a_thing and index - frame.cue_index <= 2:
                    return None, None  # "a pension formula called the 'frozen index'": the name the thing goes by
                if index - frame.cue_index <= 4 and not _closes_clause(tokens[frame.cue_index + 1:index]) or self._as_complement(
                        frame.cue_index, index, tokens) or self._object_complement(frame.cue_index, index, tokens):
                    best = frame
                continue
            if frame.kind in ("trail", "inverted", "according", "statement"):
                continue
            if frame.content is not None and frame.content[0] <= index < frame.content[1]:
                if best is None or not frame.weak or best.weak:
                    best = frame  # a belief nested in a report leaves the quotation to the reporter
            elif frame.next_act is not None and frame.next_act < index and not any(
                    id(other) in attributions and frame.next_act <= other.cue_index < index for other in frames):
                best = frame  # "said X and urged his supporters to 'give her a chance'"
            elif frame.content is None and not frame.negated and (
                    index - frame.after_cue <= 2 or self._aside_before_quote(tokens[frame.after_cue:index])) and not (
                    best is not None and frame.cue_verb is not None and (frame.cue_verb.belief or frame.cue_verb.intention)) and not (
                    _closes_dashed_aside(frame.cue_index, index, tokens)):
                best = frame  # but "told analysts that the company expected 'modest' growth" stays the teller's
        if best is None or best.weak:
            for frame in frames:
                if id(frame) in attributions and frame.content is not None and frame.kind in ("trail", "inverted", "according"):
                    if frame.content[0] <= index < frame.content[1] and not (
                            frame.kind == "according" and frame.subject_start is not None and frame.subject_start <= index < frame.after_cue):
                        best = frame  # (not 'according to "The Harbor Years" by Ann Lee': a title in the source's own name)
        if best is None:
            return None, None
        return attributions[id(best)], "partial"

    def _as_tag_after(self, index, tokens, frames, attributions) -> Attribution | None:
        """'The hosts report that "the tides are a hoax," as the host Dana Quill said in April': an "as" clause right after
        the quotation names whose words they are, whoever the clause around the quotation reports; so does one whose verb
        only stands for the report before it ('..., as Dana Quill recently did')."""
        after = index + 1 if index + 1 < len(tokens) and tokens[index + 1].lower == "," else index
        if after + 3 >= len(tokens):
            return None
        if tokens[after + 1].lower != "as":
            return self._term_given_after(index, tokens, frames, attributions)
        for frame in frames:
            if frame.subject_start == after + 2 and frame.content is None and id(frame) in attributions:
                return attributions[id(frame)]
        did = next((x for x in range(after + 3, min(len(tokens), after + 3 + MAX_AS_DID_NAME_WORDS)) if tokens[x].lower == "did"), None)
        if did is None or did + 1 < len(tokens) and tokens[did + 1].is_word:
            return None
        end = did - 1 if tokens[did - 1].lower.endswith("ly") and not tokens[did - 1].is_capitalized else did  # "as Ann Lee recently did"
        mention = parse_mention(self.text, tokens[after + 2:end])
        entity = self.entities.resolve(mention) if mention is not None and mention.kind == "person" else None
        return Attribution(entity, mention.text, None, ()) if entity is not None else None

    def _term_given_after(self, index, tokens, frames, attributions) -> Attribution | None:
        """'a bill against "gross neglect" with records, which is what the auditor Tom Ray called the spending', '... "gross
        neglect" in the books, as Ray termed it': a clause after the quoted term's phrase that tells who called the thing so
        gives the term to its subject, whoever the clause around the quotation reports."""
        comma = index + 1
        if tokens[comma].lower in TERM_TAIL_PREPOSITIONS:
            # ("a ban on 'gross neglect' with records, which ...": the phrase that still says what the term is about)
            limit = min(len(tokens) - 3, comma + MAX_TERM_TAIL_WORDS + 1)
            comma = next((x for x in range(comma + 1, limit) if not tokens[x].is_word), limit)
            if tokens[comma].lower != ",":
                return None
        elif tokens[comma].lower in ("which", "what"):
            comma = index  # ('"gross neglect," which is ...': the comma inside the quotation)
        elif tokens[comma].lower != ",":
            return None
        what = comma + 1
        if what + 3 >= len(tokens):
            return None
        if tokens[what].lower == "which" and tokens[what + 1].lower in COPULAS:
            what += 2  # "which is what ...", and the bare "what ..." in apposition
        if tokens[what].lower not in ("what", "how", "as"):
            return None
        for frame in frames:
            if frame.subject_start in (what, what + 1) and frame.cue_verb is not None and frame.cue_verb.lemma in TERM_GIVING_LEMMAS and id(frame) in attributions and (
                    not frame.negated):
                return attributions[id(frame)]
        return None

    def _fronted_participle(self, index, tokens, frames, attributions):
        """"Citing 'obligations at home,' the aide told reporters ...", "Remarking upon the mayor's 'warmth,' Lee said ...":
        a quoted fragment in a sentence's opening participle of a reporting verb is the words of the subject of the
        report that follows the participle's comma."""
        first = 0
        while first < index and not tokens[first].is_word and tokens[first].quote is None:
            first += 1
        word = tokens[first]
        if index <= first or index - first > MAX_AS_COMPLEMENT_TOKENS or not word.is_capitalized or not word.lower.endswith("ing") or (
                cue_verb(word.lower) is None and word.lower not in FRONTED_QUOTING_PARTICIPLES):
            return None, None
        if any(t.quote is not None or t.lower in AS_COMPLEMENT_BREAKS or t.lower == "," for t in tokens[first + 1:index]):
            return None, None
        after = index + 1
        if after < len(tokens) and tokens[after].lower == ",":
            after += 1
        elif not self.text[tokens[index].quote.start:tokens[index].quote.end].rstrip().endswith(","):
            return None, None
        for frame in frames:
            if id(frame) in attributions and frame.subject_start == after and frame.cue_index > index and not frame.negated:
                return attributions[id(frame)], "partial"
        return None, None

    def _subject_words(self, index, tokens, analysis):
        """"Holt branded the levy 'a tax on islanders'", "Lee introduced him as 'a fighter'": in a
        sentence without a reporting verb, a quoted fragment in what its named subject does is the
        subject's words. Scare quotes after "so-called", titles in capitals, and fragments in
        sentences whose subject is no one (a plan, a pronoun for a thing) stay unattributed."""
        quoted = self.text[tokens[index].quote.start:tokens[index].quote.end]
        if index > 0 and tokens[index - 1].lower in SCARE_MARKERS or _looks_like_title(quoted):
            return None, None
        mention, start, verb = analysis.sentence_subject(index)
        if verb is None and mention is not None and mention.kind == "person":
            verb = self._verb_after_aside(mention, index, tokens)
        if mention is None or verb is None or start is None or mention.generic or mention.document:
            return None, None
        if index >= 2 and tokens[index - 2].lower == "," and tokens[index - 1].lower.endswith("ing"):
            # "Lee spoke at the hotel, where strikers had gathered, chanting '...'": the participle hangs on the
            # nearest clause, and that clause's subject does what it tells
            hung = analysis.clause_subject_before(start, index - 1)
            if hung is not None:
                mention, verb = hung[0], tokens[index - 1].text
                if mention.generic:
                    return None, None
        if mention.kind == "pronoun" and mention.pronoun != "person" or mention.kind == "unnamed" and not mention.head:
            return None, None
        if not verb.islower() or verb in SUBJECT_VERBS_REJECTED or any(t.quote is not None for t in tokens[start:index]):
            return None, None
        if verb in SUBJECT_CLAUSE_WORDS or mention.kind != "pronoun" and (
                mention.text.lower() in word_set("capitalized_function_words") or mention.text.lower() in word_set("subordinators")):
            return None, None  # "Unless further ...": no subject doing anything
        entity = self.entities.resolve(mention)
        if entity is None or entity.outlet:
            return None, None
        if not _subject_verb_like(verb) and not (mention.text.endswith(POSSESSIVE_ENDINGS) and verb in OWNED_WORDS_NOUNS):
            # "Generous health care and ...", "Thirty percent of whites ...", "Walsh's predecessor ...": the word after
            # the name is no verb, so the name only opens a longer phrase ("Nixon's appeal for '...'" is his). (After
            # the name is resolved: a later "he" may still mean that person.)
            return None, None
        return Attribution(entity, mention.text, verb, (), 0.8), "subject"

    @staticmethod
    def _verb_after_aside(mention: Mention, index: int, tokens: list[Token]) -> str | None:
        """"Ann Lee, the mayor's aide, ripped the board for acting as 'a cartel'", "Ann Lee — who ran in 2010 — casts him
        as ...": the verb after the person's appositive or relative clause, set off by commas or dashes and quoting
        nothing, before the quotation. Not for a quotation in a clause of its own ("saw no harm in the charge that
        Ray 'cheated'") or a thing's name after "the" or "his" ("carrying his 'Liberty flag'")."""
        if tokens[index - 1].lower in NAMED_THING_DETERMINERS:
            return None
        x = next((y for y in range(index) if tokens[y].start >= mention.end), index)
        if x >= index or tokens[x].lower not in APPOSITION_MARKS:
            return None
        mark = tokens[x].lower
        close = next((y for y in range(x + 1, min(index, x + MAX_APPOSITION_TOKENS)) if tokens[y].lower == mark or tokens[y].quote is not None), None)
        if close is None or tokens[close].quote is not None or close + 1 >= index or any(t.lower == "that" for t in tokens[close + 2:index]):
            return None
        verb = tokens[close + 1]
        if not verb.is_word or verb.is_capitalized or not _verb_like(verb.lower):
            return None
        finding = cue_verb(verb.lower)
        return verb.text if not (finding is not None and finding.evidence) else None

    @staticmethod
    def _object_complement(cue_index: int, index: int, tokens: list[Token]) -> bool:
        """"called the plan to close the depot 'a betrayal'": the fragment follows the verb's object
        with no clause break or other quotation in between."""
        if index - cue_index > MAX_AS_COMPLEMENT_TOKENS:
            return False
        # ("called the idea that she had anything to prove a 'ridiculous proposition'": a relative or content clause inside the
        # object, when an article opens the quoted complement)
        breaks = AS_COMPLEMENT_BREAKS - {"that", "who", "which"} if tokens[index - 1].lower in ("a", "an") else AS_COMPLEMENT_BREAKS
        between = tokens[cue_index + 1:index]
        return all(t.quote is None and t.lower not in breaks for t in between) and not _closes_clause(between)

    @staticmethod
    def _as_complement(cue_index: int, index: int, tokens: list[Token]) -> bool:
        """"slammed the council's decision to cut the route as 'heartless' and 'a kick in the
        teeth'": the fragment is the verb's "as" complement (or coordinated with one), with no
        clause break or other quotation on the way back to the cue except coordinated ones."""
        x = index - 1
        while x > cue_index and tokens[x].lower == "and" and x - 1 > cue_index and tokens[x - 1].quote is not None:
            x -= 2  # "'heartless' and 'a kick in the teeth'"
        if tokens[x].lower != "as" or x - cue_index > MAX_AS_COMPLEMENT_TOKENS:
            return False
        return all(t.quote is None and t.lower not in AS_COMPLEMENT_BREAKS for t in tokens[cue_index + 1:x])

    # ------------------------------------------------------------------ headline
    def _headline(self, start: int, end: int) -> list[Draft]:
        """Scare quotes in a headline, attributed only when the body gives the same words a speaker."""
        drafts = []
        for quote in find_quotes(self.text, start, end):
            words = self.text[quote.start:quote.end].strip().lower()
            for body in self.drafts:
                if body.kind in ("direct", "partial") and body.attribution and body.attribution.entity and \
                        self.text[body.start:body.end].strip(" ,.").lower() == words.strip(" ,."):
                    attribution = Attribution(body.attribution.entity, None, None, ())
                    drafts.append(Draft(quote.start, quote.end, "partial", attribution, CONFIDENCE["headline"], (start, end), quote))
                    break
        return drafts

    # ------------------------------------------------------------------ output
    def _finish(self, drafts: list[Draft]) -> list[Extracted]:
        drafts = drafts + [inner for draft in drafts if draft.kind == "direct" for inner in self._reports_quoted(draft)]
        speakers: dict[int, Speaker] = {}
        results = []
        seen = set()
        for draft in sorted(drafts, key=DRAFT_ORDER):
            if draft.attribution is None or draft.attribution.entity is None:
                continue
            key = (draft.start, draft.end, draft.kind)
            if key in seen or draft.end <= draft.start:
                continue
            seen.add(key)
            results.append(self._extracted(draft, speakers))
        return results

    def _reports_quoted(self, draft: Draft) -> list[Draft]:
        """'"Donald Trump said he has made sacrifices," Ms. Khan said': a named source's report inside a
        quotation is an indirect report of its own, relayed by the one quoted. Read once every
        paragraph is done, so it never changes whom a later "he" or "she" points to."""
        outer = draft.attribution
        if outer is None or outer.entity is None:
            return []
        quoted = self.text[draft.start:draft.end]
        if not any(map(quoted.__contains__, QUOTED_REPORT_VERBS)):  # (all in C: most quotations hold none, and all are tried)
            return []
        if QUOTED_REPORT.search(self.text, draft.start, draft.end) is None:
            return []
        found = []
        for s_start, s_end in paragraph_sentences(self.text, draft.start, draft.end):
            tokens = tokenize(self.text, s_start, s_end, [])
            if not tokens:
                continue
            analysis = SentenceFrames(self.text, tokens)
            for frame in analysis.find():
                mention = frame.mention
                if frame.content is None or frame.inherit or frame.weak or frame.negated or frame.relative or mention is None or (
                        mention.kind != "person" or mention.generic or frame.kind not in ("pre", "trail", "inverted")):
                    continue
                if mention.text[:2] in ("I'", "I’") or mention.kind == "person" and len(mention.name.split()) < 2 and not self.entities.known(mention.name):
                    continue  # "I'm telling you", "Bernie says": no one the article names
                entity = self.entities.peek(mention)
                if entity is None or entity is outer.entity or not self.entities.known(entity.name):
                    continue  # a source the article itself never quotes or names in full
                start, end = frame.content
                while end > start and tokens[end - 1].lower in CONTENT_TRAILING_MARKS:
                    end -= 1
                if end - start < MIN_CONTENT_WORDS:
                    continue
                relayers = tuple((name, kind, cue) for name, kind, cue in outer.relayers) + (
                    (outer.entity.name, outer.entity.kind, outer.cue),) if not outer.entity.outlet else outer.relayers
                hops = outer.relay_outlets + (((outer.entity.outlet, outer.cue),) if outer.entity.outlet else ())
                attribution = Attribution(entity, mention.text, frame.cue, hops, outer.confidence * 0.8, relayers)
                found.append(Draft(tokens[start].start, tokens[end - 1].end, "indirect", attribution, draft.confidence * 0.8, (s_start, s_end)))
        return found

    def _speaker(self, entity: Entity, cache: dict[int, Speaker]) -> Speaker:
        speaker = cache.get(id(entity))
        if speaker is None:
            kind = entity.kind
            outlet = self._outlet_short_name(entity.name) if kind == "unnamed" and not entity.outlet else None
            if outlet is not None:  # "the Post" after "The Washington Post": the outlet, under the name the article gives it
                name, kind = _spaced(self._outlet_named_as_written(outlet)), "organization"
                self.short_named_outlets.add(id(entity))
            else:
                name = _spaced(self._outlet_named_as_written(entity.name) if entity.outlet == entity.name else entity.name)
            aliases = tuple(sorted({_spaced(a) for a in entity.aliases | {entity.name} if a} - {name}))
            title = _spaced(entity.title)
            speaker = cache[id(entity)] = _frozen_record(Speaker, {"name": name, "kind": kind, "title": title, "role": _speaker_role(_spaced(entity.role), title),
                                                                   "affiliation": _spaced(entity.affiliation), "aliases": aliases})
        return speaker

    def _extracted(self, draft: Draft, cache) -> Extracted:
        attribution = draft.attribution
        speaker = self._speaker(attribution.entity, cache)
        # (most records are heard through no outlet: no list comprehension run for them)
        hops = [self._hop(name, "outlet", cue) for name, cue in attribution.relay_outlets] if attribution.relay_outlets else []
        if not hops and attribution.entity.outlet:  # "NY Post: ...": an outlet speaking where no frame gave its hop (a headline's colon)
            hops.append(self._hop(attribution.entity.outlet, "outlet", attribution.cue))
        if self.dateline_outlet and not hops:
            hops.append(self._hop(self.dateline_outlet, "outlet", None))
        if attribution.relayers:  # (only a report read inside a quotation has any: no generator made for the others)
            hops.extend(self._hop(name, kind, cue) for name, kind, cue in attribution.relayers)
        if not attribution.entity.outlet:  # ("The Post responded": an outlet the article names by its short name speaks)
            hops.append(self._hop(speaker.name, "outlet" if id(attribution.entity) in self.short_named_outlets else speaker.kind, attribution.cue))
        reported_by = self._as_written(hops[0].name) if hops and hops[0].kind == "outlet" else None
        sentence_start, sentence_end = draft.sentence
        sentence_start = min(sentence_start, draft.start)
        sentence_end = max(sentence_end, draft.end)
        return _frozen_record(Extracted, {
            "quote": self.text[draft.start:draft.end],
            "start": draft.start,
            "end": draft.end,
            "kind": draft.kind,
            "speaker": speaker,
            "speaker_mention": attribution.mention,
            "cue": attribution.cue,
            "reported_by": reported_by,
            "relay": tuple(hops),
            "confidence": round(max(0.05, min(1.0, draft.confidence)), 3),
            "sentence_start": sentence_start,
            "sentence_end": sentence_end,
        })


    def _hop(self, name: str, kind: str, cue: str | None) -> Hop:
        """One step of a relay chain. A Hop is frozen, so the records of an article that share a step ("Lee", "person",
        "said" on each of her quotations; the dateline's outlet) share one: a look-up costs less than a frozen record's
        __init__, which sets each field through object.__setattr__."""
        key = (name, kind, cue)
        hop = self.hops.get(key)
        if hop is None:
            hop = self.hops[key] = Hop(name, kind, cue)
        return hop

    def _as_written(self, name: str) -> str:
        """The outlet as this article names it: "AFP" for Agence France-Presse when only the
        initials appear (readers and annotators copy the text)."""
        if name not in self.written_outlets:
            written = name
            if not self._writes(name):
                record = outlet_record(name)
                aliases = sorted(record["aliases"], key=len, reverse=True) if record else []
                written = next((a for a in aliases if self._writes(a)), name)
            self.written_outlets[name] = written
        return self.written_outlets[name]

    def _outlet_named_as_written(self, name: str) -> str:
        """A known outlet speaking, named as the article names it: "BuzzFeed" or "The Huffington Post" when the
        article never writes "BuzzFeed News" or "HuffPost" (the speaker's name is the fullest the article gives).
        A name the article writes only with a lower-case "the" or in other capitals ("the Guardian", "POLITICO")
        keeps its usual spelling."""
        written = self._as_written(name)
        if written == name:
            return name
        record = outlet_record(name)
        aliases = sorted(record["aliases"], key=len, reverse=True) if record else []
        written = next((a for a in aliases if not a.startswith("the ") and self._writes(a)), name)
        return name if _without_article(written) == _without_article(name) else written

    def _outlet_short_name(self, name: str) -> str | None:
        """The outlet a "the Post" or "the Journal" shortens: the one outlet the article writes in full with that last
        word ("The Washington Post", "the New York Post"). None when the article writes none or several ("the Times"
        after both "The New York Times" and "the Los Angeles Times"), or when the name is itself an outlet's."""
        match = SHORT_OUTLET_NAME.fullmatch(name)
        if match is None or known_outlet(name):
            return None
        word = match.group(1)
        found = set()
        for full in re.finditer(r"((?:[A-Z][\w.&'’-]*\s){1,3})" + word + r"\b", self.text):
            words = full.group(1).split()
            # the name starts after a "The" or a sentence's end ("Indianapolis. The Post" is no outlet's full name)
            cut = max((i + 1 for i, w in enumerate(words) if w == "The" or w[-1] in ".:"), default=0)
            outlet = next((o for o in (outlet_name(" ".join(words[i:] + [word])) for i in range(cut, len(words))) if o), None)
            if outlet is not None and outlet.lower() != word.lower():
                found.add(outlet)
        return found.pop() if len(found) == 1 else None

    def _writes(self, name: str) -> bool:
        """``name`` as a whole word in the article. The pattern's leading ``\\b`` would have it tried at every
        position of the article: it starts at the name's first occurrence instead (same answer)."""
        return whole_word_at(self.text, name) >= 0  # (no pattern compiled for each name)


SHORT_OUTLET_NAME = re.compile(r"[Tt]he ([A-Z][a-z]+)")
# A document an outlet saw, the outlet named by its short name: "a copy of the letter reviewed by the Post"
SEEN_BY_SHORT_NAME = re.compile(r"\b(?:obtained|seen|reviewed) by ([Tt]he [A-Z][a-z]+)$")


def _after_from(tokens: list[Token], at: int) -> int:
    """Where the source starts after "From" or "More from" opening a line before a colon ("More from the report: ..."),
    0 when no "from" opens it."""
    if at < len(tokens) and tokens[at].lower == "from":
        return at + 1
    if at + 1 < len(tokens) and tokens[at].lower == "more" and tokens[at + 1].lower == "from":
        return at + 2
    return 0


def _without_article(name: str) -> str:
    return name.lower().removeprefix("the ")


# Verbs after a subject that say what the subject is or has, not what it does with words.
SUBJECT_VERBS_REJECTED = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
    "should", "shall", "does", "do", "did", "'s", "’s", "became", "becomes", "remains", "remained", "seems", "seemed", "appears",
    "appeared", "won", "lost", "got", "gets", "owns", "owned", "read", "reads", "sang", "sings", "played", "plays", "starred",
    "stars", "wore", "wears", "watched", "watches", "bought", "sold", "named", "titled",
})
# After these the capitalised word opening the sentence subordinates a clause: no subject does anything.
SUBJECT_CLAUSE_WORDS = frozenset({"that", "which", "who", "because", "if", "unless", "when", "while", "although", "though", "further", "whether", "than"})
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"})


AUXILIARY_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do"})
INTRO_CLAUSE_WORDS = frozenset({"when", "while", "as", "after", "before", "if", "though", "although", "since", "because", "asked", "once", "until"})


def _closes_clause(between: list[Token]) -> bool:
    """"the miners, whom Ruiz praised in her speech, were 'well paid'": a comma, then the verb of the clause the
    cue's clause sat in; what follows is said of that clause's subject, not by the cue's speaker."""
    return any(t.lower == "," and u.lower in AUXILIARY_WORDS for t, u in zip(between, between[1:]))


def _described_in_which_clause(analysis: SentenceFrames, earlier: Frame | None, frame: Frame) -> bool:
    """"The board issued a statement about the memos, which showed aides suggesting ...": a speaker inside a ", which"
    clause is part of what describes a thing the earlier speaker spoke of, not whom the paragraph hears next."""
    if earlier is None or frame.subject_start is None:
        return False
    lowers = analysis.lowers
    return "which" in lowers[earlier.cue_index + 1:frame.subject_start] and any(  # (most stretches hold no "which")
        lowers[x] == "which" and lowers[x - 1] == "," for x in range(earlier.cue_index + 1, frame.subject_start))


def _reports(frame: Frame, earlier: Frame | None) -> bool:
    """"- as Moscow denies - 'why wait?' asked Dunn": the earlier cue sits in what this one reports, so this
    frame's speaker, not the one inside the report, is who the paragraph goes on hearing."""
    return earlier is not None and frame.content is not None and frame.content[0] <= earlier.cue_index < frame.content[1]


def _named_then_described(words: list[str], cue_at: int) -> bool:
    """'"...?" Will Ostrada, the chairman for the county, said of ...': a tail opening with a capitalised name, a comma, and
    a description set off by commas up to the cue."""
    if cue_at < 4 or cue_at > MAX_SUBJECT_TAIL_WORDS or not words[cue_at - 1].endswith(","):
        return False
    name_end = next((x for x, w in enumerate(words[:cue_at - 1]) if w.endswith(",")), None)
    return name_end is not None and name_end <= 2 and all(w[:1].isupper() for w in words[:name_end + 1]) and words[name_end + 1][:1].islower()


def previous_before_subject(analysis: SentenceFrames, frame: Frame | None) -> bool:
    """The frame sits in the opening subordinate clause, before the comma that ends it."""
    if frame is None:
        return False
    comma = next((x for x in range(len(analysis.tokens)) if analysis.lowers[x] == ","), None)
    return comma is not None and frame.cue_index < comma


def _held_noun(frame: Frame, token: Token) -> bool:
    """"Rubio opposes abortion", "she seeks reelection": one common noun is enough for what someone holds or wants
    (a pronoun, "opposes it", says nothing without the sentence before)."""
    return frame.belief and not frame.stance and frame.cue_verb is not None and frame.cue_verb.lemma in HELD_NOUN_LEMMAS and token.is_word and (
        token.lower.isalpha() and len(token.lower) > 3 and token.lower not in HELD_NOUN_REJECTED)


def _stance_on_pronoun(frame: Frame, tokens: list[Token], start: int) -> bool:
    """"Gov. Lee endorsed her", "voters rejecting him": a stance taken on a person the sentence before names is a
    stance all the same (the pronoun is its target; "urged them", "opposes it" say too little). Not a bare
    participle ("groups supporting her": who is meant is loose) nor a subject that holds none ("Nobody opposed him")."""
    verb, cue = frame.cue_verb, frame.cue_index
    return verb is not None and verb.lemma in PRONOUN_STANCE_LEMMAS and tokens[start].lower in TARGET_PRONOUNS and not (
        tokens[cue].lower.endswith("ing") and not (cue > 0 and tokens[cue - 1].lower in ("is", "are", "was", "were", "been"))) and not (
        frame.mention is not None and frame.mention.text.lower() in NEGATIVE_SUBJECTS)


PRONOUN_STANCE_LEMMAS = frozenset({"endorse", "support", "back", "oppose", "favor", "prefer", "reject", "criticize", "criticise", "praise", "condemn", "denounce"})
TARGET_PRONOUNS = frozenset({"him", "her", "them"})  # ("opposes it": a thing, named only before, is left out)
NEGATIVE_SUBJECTS = frozenset({"nobody", "no one", "none", "neither"})


# Stances and aims one noun can name ("opposes abortion", "seeks reelection"); not deliberation ("will consider extensions").
HELD_NOUN_LEMMAS = frozenset({"oppose", "support", "favor", "want", "seek", "back", "reject", "demand", "promise", "propose", "pledge", "vow", "prefer", "fear"})


HELD_NOUN_REJECTED = frozenset({"this", "that", "these", "those", "them", "more", "less", "much", "some", "both", "none", "everything",
                                "something", "nothing", "anything", "anyone", "everyone", "someone", "either", "neither", "what", "which", "otherwise",
                                "most", "least", "best", "badly", "again", "instead", "here", "there"})


# Lower-case words no role ends with: "the ex-wife of", "Netanyahu and", "experts like" are the text before a
# name, not what the person is.
ROLE_DANGLING_WORDS = TITLE_CUT_WORDS | frozenset({"like", "as", "such", "against", "over", "under", "to", "than", "between", "into", "his", "her", "their", "its"})


COURTESY_TITLES = frozenset({"Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr.", "Dr"})


def _speaker_role(role: str | None, title: str | None) -> str | None:
    """A role that holds a verb ("he is also the most able candidate") or ends in a preposition or an article is
    none; a place left before a title ("former Maryland" of "former Maryland Gov.") takes the title back."""
    if not role:
        return role
    words = role.split()
    if words[-1] in ROLE_DANGLING_WORDS or not CLAUSE_AUXILIARIES.isdisjoint(words) or not any(c.isalpha() for c in role) or (
            len(words) > 1 and words[-1].endswith("ing") and words[-1].isalpha() and words[-1].islower() and words[-2][:1].isupper()):
        return None  # ("”": a closing quotation mark left before the name; "In criticizing", "on Monday asking": a participle waiting for its object)
    if title and title not in COURTESY_TITLES and all(w[:1].isupper() or w.lower() == "former" for w in words) and words[-1][:1].isupper() and not (
            is_role_word(words[-1]) or words[-1].lower() in word_set("titles") or words[-1].endswith(("'s", "’s"))):
        return f"{role} {title}"
    return role


def _spaced(words: str | None) -> str | None:
    """"the\u00a0Daily News", "New York Times\u00a0columnist": a no-break space or a doubled one inside a name or
    role is one plain space."""
    return words if words is None or words.isascii() and "  " not in words else " ".join(words.split())


def _closes_dashed_aside(cue_index: int, index: int, tokens: list[Token]) -> bool:
    """"If it is so - as officials believe but Moscow denies - 'why wait?' asked Lee": the dash before the quotation
    closes an aside the cue sits in; the quotation is no object of that cue."""
    dashes = ("—", "–", "-")
    return index >= 1 and tokens[index - 1].lower in dashes and any(t.lower in dashes for t in tokens[:cue_index])


def _copula_complement(index: int, tokens: list[Token]) -> bool:
    """'The remark was "a new low."': a quotation after "is" or "was" that ends its sentence."""
    return index > 1 and tokens[index - 1].lower in COPULAS and all(not t.is_word and t.quote is None for t in tokens[index + 1:])


def _credit_line(words: str) -> bool:
    """'Ann Lee, deputy mayor."' under a pull quote's words: a name (and a role) crediting them, not more of them."""
    head = words.split(",", 1)[0].split()
    return 0 < len(head) <= MAX_CREDIT_WORDS and head[-1][:1].isupper() and all(w[:1].isupper() or is_role_word(w) for w in head)


def _possessive(token: Token) -> bool:
    return token.quote is None and (token.lower in ("his", "her", "their") or token.is_capitalized and token.lower.endswith(("'s", "’s")) and len(token.lower) > 2)


def _nested(frame: Frame, frames: list[Frame], attributions: dict | None = None) -> bool:
    """The frame's cue lies inside what another (not weak) frame of the sentence reports."""
    return any(other is not frame and (not other.weak or other.cue_verb is not None and other.cue_verb.evidence) and other.content is not None
               and (attributions is None or id(other) in attributions) and other.content[0] <= frame.cue_index < other.content[1] for other in frames)


def _verb_like(word: str) -> bool:
    """A lower-case word that is a verb by its form, without a tagger: a past form, auxiliary or cue, or a present tense
    ("casts", "slams"), never a function word ("its", "as")."""
    return word not in word_set("capitalized_function_words") and (_looks_like_verb(word) or word.endswith("s"))


def _subject_verb_like(word: str) -> bool:
    """The word after a sentence's subject is its verb, or an adverb before the verb ("Lee however said"): a verb by its
    form, a short past ("used") or a participle hung on the clause ("chanting")."""
    return _verb_like(word) or len(word) >= 4 and word.endswith(("ed", "ing", "ly")) or word in SUBJECT_VERB_ADVERBS


def cue_speaks(cue: str) -> bool:
    """The cue reports words ("said", "wrote", "according to"), not a belief, intention or finding."""
    words = cue.lower().split()
    if words[:2] == ["according", "to"]:
        return True
    verb = next((cue_verb(w) for w in words if cue_verb(w) is not None), None)
    return verb is not None and not (verb.partial_only or verb.belief or verb.intention or verb.evidence)


def _frozen_record(cls: type, fields: dict):
    """``cls(**fields)`` for a frozen dataclass given every field (in a dict of the caller's own, which the record takes as
    its attributes): the same record (equal, hashed and shown alike, as frozen), its fields set at once, where the generated
    __init__ sets them one by one through ``object.__setattr__`` at some 1,500 instructions a field; a dict display costs
    less than keywords gathered into a dict and copied (tests/extraction/test_r8_speed_frames.py checks the two agree)."""
    record = object.__new__(cls)
    object.__setattr__(record, "__dict__", fields)  # (a frozen record refuses setattr: object's own sets its dict)
    return record


def _looks_like_title(quoted: str) -> bool:
    """"The Apprentice", "Girls, Girls, Girls": every word capitalised but the small ones."""
    words = re.findall(r"[A-Za-z][\w'’-]*", quoted)
    return bool(words) and len(words) <= 8 and words[0][0].isupper() and all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _mapped_back(item: Extracted, text: str, offsets: list[int]) -> Extracted:
    start, end = span_back(offsets, item.start, item.end)
    sentence_start, sentence_end = span_back(offsets, item.sentence_start, item.sentence_end)
    return _frozen_record(Extracted, {**vars(item), "quote": text[start:end], "start": start, "end": end, "sentence_start": sentence_start,
                                      "sentence_end": sentence_end})  # (dataclasses.replace, through the frozen __init__ again)


def extract(text: str) -> list[Extracted]:
    """Attributions in ``text``, sorted by start. Never raises on a str."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        work, offsets = decode(text)
        if offsets is None:
            return ArticleExtractor(text).run()
        return [_mapped_back(item, text, offsets) for item in ArticleExtractor(work).run()]
    except Exception:  # a defect in one rule must not take down ingestion
        logger.exception("extraction failed")
        return []
