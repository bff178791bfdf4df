"""Attribution frames in one sentence: who says (subject), the cue, and what is reported.

A frame is found from its cue and read outwards over the writer's words only (quotations are
single tokens). Shapes covered:
  pre        Veale said (that) ... / Veale added, "..." / she continued: "..."
  trail      ..., a monitor said. / "...," the officials said.
  inverted   "...," said Bolden.
  according  According to X, ... / ..., according to X.
  statement  X issued a statement ... (no content; later quotes belong to X)
  inherit    ..., adding that ... / ... and said ... (the subject is an earlier frame's)
"""

from __future__ import annotations

from itertools import compress
from operator import attrgetter
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .cues import BELIEF_NOUNS, COLON_SAYING_NOUNS, REFLEXIVE_WORDS, COPULA_REPORT_NOUNS, DOCUMENT_PARTICIPLE_HINTS, LIGHT_BELIEF_NOUNS, LIGHT_NOUNS, LIGHT_VERBS, LISTING_VERBS, MEASURE_NOUNS, OWNED_REPORT_PLURALS, POLL_WORDS, POSSESSIVE_REPORT_PLURALS, REPORT_NOUNS, STANCE_AGENT_NOUNS, STANCE_NOUNS, STATEMENT_ADJECTIVES, LINKED_BELIEF_ADJECTIVES, TALKED_ABOUT_OPENERS, TALKING_FORMS, TALKING_PARTICLES, CueVerb, cue_verb, statement_phrases
from .names import DATA_HEADS, joined_into_body_name, GENERAL_OFFICES, NUMBER_WORDS, PARTY_MEMBERS, PLACE_NAMES, PREPOSITIONS, PUBLISHED_PIECES, US_STATES, WEEKDAYS, SOURCE_POSTMODIFIERS, Mention, is_acronym, is_name_phrase, has_name, parse_mention
from .outlets import LOWER_CASE_OUTLET_HEADS, bare_call_sign, known_outlet, MEDIA_ROLES, OUTLET_NAME_LINKS, POSSESSIVE_ENDINGS, longest_known_outlet, outlet_name
from .resources import word_set
from .tokens import Token, after_dateline, after_headline

CLAUSE_BOUNDARIES = frozenset({
    "that", "which", "who", "whom", "whose", "while", "whilst", "because", "although", "though", "if", "when",
    "since", "with", "and", "but", "or", "so", "where", "what", "whereas", "unless", "until", "whether", "nor",
    "yet", "than", "how", "why",
})
# Nouns ending in -ly, not adverbs: "a person close to the family said", "the daily said".
LY_NOUNS = frozenset({"family", "ally", "rally", "assembly", "supply", "anomaly", "monopoly", "daily", "weekly", "monthly",
                      "quarterly", "elderly", "july", "italy", "bully", "reply"})
HARD_PUNCT = frozenset({";", ":", "(", ")", "[", "]", "—", "–", "―", "?", "!", "|", "•"})
# (the slotted token fields read in C by map(): a generator that any() or next() stops early costs ~2k instructions to close)
_IS_WORD = attrgetter("is_word")
_IS_CAPITALIZED = attrgetter("is_capitalized")
# Combinations of the sets above used inside per-token loops, built once.
SUBJECT_BOUNDARIES = CLAUSE_BOUNDARIES | HARD_PUNCT | {","}
# Where a pair joined by "and" may open the clause of a belief ("..., where Lee and his aides believe ...", "his
# record: she and her husband supported ..."): a belief's clause is short, so the pair is its subject.
GROUP_OPENERS_FOR_BELIEF = frozenset({"that", "where", "because", "while", "as", ":", ";", "—", "–"})
ADVERBIAL_BOUNDARIES = CLAUSE_BOUNDARIES - {"with"}
SENTENCE_END = frozenset({".", "!", "?", "…"})
TAIL_MARKS = SENTENCE_END | {"'", "’", ")"}  # all a clause's tail may hold after a trailing cue
ADVERBIAL_NOUNS = frozenset({
    "statement", "interview", "conference", "briefing", "post", "tweet", "message", "email", "letter", "speech",
    "hearing", "meeting", "call", "video", "podcast", "broadcast", "radio", "television", "tv", "twitter",
    "facebook", "instagram", "x", "address", "release", "report", "documentary", "programme", "program",
    "show", "session", "event", "rally", "debate", "parliament", "court", "phone", "telephone",
    "memo", "column", "op-ed", "book", "essay", "blog", "filing", "note", "editorial", "article", "piece", "remarks",
    "testimony", "affidavit", "lawsuit", "complaint", "memoir", "newsletter", "op", "ad", "advertisement", "commercial",
})
# Words no speaker's noun phrase ends with: an article or preposition left when a quoted title cut the phrase,
# an auxiliary that belongs to the verb after it.
DANGLING_SUBJECT_ENDS = frozenset({"a", "an", "the", "of", "in", "on", "for", "at", "with", "by", "from", "about",
                                   "has", "have", "had", "is", "are", "was", "were"})
MAX_SUBJECT_TOKENS = 16
MAX_QUOTED_WORD_CHARS = 30  # a scare-quoted word or two inside an unquoted clause
MAX_TITLE_QUOTE_WORDS = 14  # 'according to "The Harbor Years: Ann Lee and the Rise of the Port"': a quoted title in title case
MADE_CLEAR = CueVerb(lemma="make clear", stance="assertive", bare=True, bare_finite=True)  # "made (it) clear that ..." (a statement phrase)
GAP_QUANTIFIERS = frozenset({"every", "each", "all", "some", "any", "no", "many", "most", "several", "both", "few", "much", "more", "less"})
PROVISION_HEADS = frozenset({"plan", "plans", "proposal", "proposals", "accord", "agreement", "deal", "initiative", "bill", "measure", "legislation",
                             "resolution", "platform", "treaty", "amendment", "budget", "ordinance", "referendum", "framework", "blueprint"})
QUESTIONING_LEMMAS = frozenset({"ask", "question", "wonder"})  # "asked / questioned / wondered whether ..."
MAX_NAMED_TOKENS = 6  # "called [Senate Majority Leader Tom Reed] a liar"
JUDGING_ENDINGS = ("ful", "ous", "ive", "able", "ible", "ical", "less", "ent", "ant", "ist", "ary", "ied", "ated", "ized", "ised")
ASKED_FOR_BREAKS = frozenset({"about", "of", "on", "in", "with", "over", "questions", "question"})
BEGAN_TO = frozenset({"began", "begun", "begin", "begins", "started", "start", "starts", "continue", "continues", "continued"})
# "came to believe that", "needs to realize that", "continues to think that": the subject of the verb before "to" holds the
# belief (of these lemmas, before "that", only: "wants to know", "seems to think", "need to realize it" are left alone)
CAME_TO = frozenset({"need", "needs", "needed", "came", "come", "comes"})
# "he used to boast that ...", "she likes to say that ...": the subject of the habit says it ("was used to" is passive)
HABIT_BEFORE_TO = frozenset({"used", "likes", "liked", "loves", "loved"})
HELD_AFTER_TO_LEMMAS = frozenset({"believe", "think", "realize", "recognize", "understand"})
PASSIVE_BY_CUES = frozenset({"asked", "told", "warned", "assured", "informed", "advised", "reminded", "urged"})
PASSIVE_ASKED_BEFORE = frozenset({"was", "were", "is", "are", "been", "being", "be", "when", "while", "after", "once", "if", "and", "later", "also", "repeatedly"})
CUE_ASIDE_DASHES = frozenset({"—", "–", "-"})
# Verbs that stand inside a holder phrase read back too far: "the spending comes amid signs the campaign (sees)".
# (not "is"/"are": "the journalists are missing the sound reasons people (support)" keeps no noun phrase to give)
HOLDER_INNER_VERBS = frozenset({"comes", "came", "seems", "seemed"})
DASH_TURNS = frozenset({"but", "something"})  # after a dash, the writer's turn away from a belief's content
NOT_TURNING = frozenset({"not", "also", "only", "rather", "even"})  # "- but not a town hall": the contrast is the belief's own
MAX_CUE_ASIDE_TOKENS = 12
# "..., the officials said as the talks opened": words after a trailing cue that begin a circumstance.
TRAILING_CIRCUMSTANCE = frozenset({"as", "when", "after", "before", "while", "amid", "following", "despite", "ahead"})
MIN_TRAIL_CONTENT_TOKENS = 4
MAX_SPEECH_INTRO_TOKENS = 20
UNREAD = -1  # a cached token index not read yet
MAX_HEARD_BEFORE_CUE_TOKENS = 12
# A verb naming whom the subject spoke to, and the preposition before that hearer: "who spoke with", "when contacted by"
SPOKE_TO_FORMS = {"spoke": ("to", "with"), "talked": ("to", "with"), "contacted": ("by",), "reached": ("by",)}
SPOKE_TO_WORDS = frozenset(SPOKE_TO_FORMS)
MAX_HOST_BEFORE_PARTICIPLE_TOKENS = 10  # "appeared with MSNBC's Ann Lee and endorsed Holt, saying": the host, then another verb
MAX_SETTING_BEFORE_PARTICIPLE_TOKENS = 6  # "on NBC News's 'Meet the Press,'": the setting between a clause and its participle
MAX_OUTLET_NAME_WORDS = 4  # words of an outlet's name before its last one: "The Harlow Evening Gazette Today"
MAX_PIECE_MODIFIERS = 3  # "a recent, lengthy": the lower-case words between an article and the outlet naming a piece
# Words opening a sentence's intro that names how the speaker spoke: "In a statement,", "During an interview with CNN,",
# "Speaking to reporters,", "Appearing on Fox News,", "Sitting down with NBC's Ann Lee,", "On CNN's 'State of the Union,'"
SPEECH_INTRO_OPENERS = frozenset(("in", "during", "speaking", "talking", "appearing", "sitting", "on", "reached", "contacted", "interviewed"))
REACHED_WORDS = frozenset(("reached", "contacted", "interviewed"))  # "Reached by Politico, Lee denied ...": by whom, not to whom
# A cue form after one of these is a noun: "its promise", "her warning", "the report".
# Texts whose words "read" gives when the sentence quotes them ('"...," the editorial read.').
READ_TEXTS = frozenset({"statement", "letter", "editorial", "email", "e-mail", "memo", "message", "sign", "banner", "tweet", "post", "note",
                        "ad", "headline", "caption", "text", "release", "suit", "complaint", "filing", "order", "petition", "card", "flyer",
                        "mailer", "placard", "poster", "shirt", "t-shirt", "invitation", "plaque", "inscription", "notice", "label"})
# Texts besides READ_TEXTS whose words "states" reports ("the law states that ...").
STATING_TEXTS = frozenset({"law", "report", "rule", "rules", "policy", "bill", "book", "document", "constitution", "amendment", "doctrine",
                           "lawsuit", "website", "site", "contract", "agreement", "platform", "indictment", "ruling", "opinion", "decision"})
# Words between an owner and a noun of saying that are no description of the noun ("his own claim": "own" is fine; "the", "and").
NOT_DESCRIBING_WORDS = frozenset({"the", "a", "an", "and", "or", "of", "that", "this", "which", "who", "to", "in", "on", "for", "with", "is", "was"})
# Texts that aim at someone as a speaker would ("The ad hits Lee for ...", "The petition accuses the campaign of ..."), though
# "the ad" names no one who speaks.
AIMED_TEXT_HEADS = frozenset({"ad", "ads", "advertisement", "spot", "commercial", "mailer", "petition", "video", "op-ed", "editorial", "column"})
# What a subject does with a noun of saying before a colon ("sent him a message: ...", "have two questions: ...").
SAYING_NOUN_VERBS = frozenset({"had", "has", "have", "having", "sent", "sends", "send", "presented", "presents", "offered", "offers", "offer", "gave",
                               "gives", "give", "made", "makes", "make", "making", "delivered", "delivers", "issued", "issues", "repeated", "repeats",
                               "shared", "shares", "posed", "poses", "raised", "raises", "laid", "lays", "put", "puts", "left", "leaves"})
# Words that put the noun outside what the subject gives ("a path for candidates with a message: ...").
SAYING_NOUN_BREAKS = frozenset({"with", "without", "for", "in", "on", "about", "from", "to", "that", "who", "which"})
# What "provides the following ..." may give as someone's words (besides the nouns of a statement, cues.py's COLON_SAYING_NOUNS).
FOLLOWING_SAYING_NOUNS = COLON_SAYING_NOUNS | frozenset({"statement", "commentary", "comment", "comments", "remarks", "words", "thoughts", "note",
                                                         "tweet", "tweets", "post", "message", "letter", "email", "analysis", "account"})
# What joins a noun of saying to the clause it gives: "Rubio's response was that ...", "Carrier's message: ...".
REPORT_COPULAS = frozenset({"is", "was", "remains", "remained", "has", ":"})
# Participles that give a thing its name: "a group called the '...'", "a film dubbed '...'".
NAMING_PARTICIPLES = frozenset({"called", "dubbed", "named", "nicknamed", "labeled", "labelled"})
NOUN_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "whose"})
FINITE_VERBS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
    "should", "did", "does", "do", "shall", "won't", "wouldn't", "couldn't", "can't", "didn't", "doesn't", "don't",
    "isn't", "wasn't", "weren't", "hasn't", "hadn't", "haven't", "went", "came", "made", "took", "gave", "knew",
    "found", "saw", "got", "left", "felt", "kept", "held", "showed", "shows", "grew", "fell", "ran", "lost", "won",
    "paid", "sent", "spent", "built", "brought", "began", "broke", "chose", "needs", "remains", "means", "faces", "sold", "bought", "led", "met",
})
ASIDE_ADVERBS = frozenset({"however", "though", "too", "meanwhile", "nonetheless", "nevertheless", "moreover", "therefore", "also", "again", "instead", "separately"})
# One-word openings set off by a comma that are nobody's name: "Rather, sources close to her say ...".
OPENING_ADVERBS = frozenset({"rather", "regardless", "still", "yet", "indeed", "besides", "likewise", "similarly", "otherwise", "thus", "hence",
                             "consequently", "specifically", "notably", "ironically", "interestingly", "overall", "finally", "first", "second",
                             "third", "again", "so", "yesterday", "tonight", "afterward", "afterwards", "instead", "accordingly", "privately",
                             "publicly", "separately", "earlier", "later", "meanwhile", "nonetheless", "nevertheless", "however", "moreover",
                             "furthermore", "additionally", "ultimately", "eventually", "originally", "initially", "recently", "previously"})
# Words that open a sentence set off by a comma and are never anyone's name: "Sure, the data suggest ...".
INTERJECTIONS = frozenset({"sure", "wow", "yes", "no", "okay", "ok", "well", "oh", "alas", "look", "listen", "true", "granted", "fine"})
# The words opening where or to whom a tag after a quotation says it was said ("Lee said from her office", "told a crowd at ...").
TOLD_WHERE_PREPOSITIONS = frozenset({"to", "from", "at", "in", "on", "during", "before", "after", "outside", "inside"})
GERUND_PREPOSITIONS = frozenset({"from", "of", "for", "about", "against", "into", "at", "on", "in"})
WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"})
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
RECENT_TIME_UNITS = frozenset({"week", "month", "year", "weekend", "night", "spring", "summer", "fall", "autumn", "winter"})
# What makes "for ..." a stretch of time before a "that" clause: "has said for months that ...", "for the first time".
TIME_UNITS = frozenset({"time", "times", "while", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hours"})
# "said about 2,300 homes were ...": an approximating word before a number opens a clause.
APPROXIMATORS = frozenset({"about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "just", "only", "more", "fewer", "less"})
FRACTION_WORDS = frozenset({"half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice", "double", "dozens", "hundreds", "thousands", "millions"})
FINITE_CUE_FORMS = frozenset({"said", "says", "told", "tells", "wrote", "writes", "added", "adds"})
# Nouns that a cue form ending in "s" modifies as a noun: "claims department", "reports desk".
COMPOUND_HEADS = frozenset({
    "department", "departments", "office", "offices", "team", "teams", "unit", "units", "division", "desk", "process",
    "processes", "form", "forms", "rate", "rates", "handler", "handlers", "adjuster", "adjusters", "section", "system",
    "backlog", "tribunal", "court", "page", "pages", "database", "inflation", "ratio", "payouts", "volume", "volumes",
})
OUTLET_KIND_NOUNS = frozenset({
    "newspaper", "paper", "daily", "weekly", "tabloid", "broadcaster", "station", "network", "channel", "magazine",
    "publication", "journal", "website", "site", "agency", "outlet", "programme", "program", "podcast", "newsletter",
})
PLACE_ASIDE_STARTS = frozenset({"about", "around", "some", "roughly", "nearly", "near", "just", "outside", "in", "from", "at"})
# A participle inside a subject that names the hearer after it: "a source speaking to Fox News said".
SPEAKING_PARTICIPLES = frozenset({"speaking", "talking", "writing", "responding", "appearing", "testifying"})
# The verbs after which "with" names the host one appeared beside: "appeared with MSNBC's Ann Lee", "sat down with CNN"
APPEARED_WITH_VERBS = frozenset(("appeared", "appearing", "appears", "sat", "spoke", "talked", "speaking", "talking"))
# After an inverted tag's speaker, the words that may name the outlet heard: "wrote Lee in The Ledger", "said Lee, speaking to CNN"
INVERTED_HEARD_OPENERS = frozenset((",", "in", "on", "to", "with"))
# After a tag's comma, the participles whose preposition names whom the words were said to: ", speaking to CNN after ..."
HEARD_PARTICIPLES = frozenset({"speaking", "talking", "appearing", "interviewed"})
# What stands before "support" as a verb: "they support", "who support", "do not support".
SUPPORT_SUBJECT_ENDS = frozenset({"they", "we", "i", "you", "who", "that", "not", "also", "still", "do", "did", "generally", "largely"})
# Stance participles whose holder "by" names after a noun phrase: "the bill, opposed by House Republicans,". Not "backed
# by" or "supported by": money and arms back things as often as people hold a view ("rebels backed by Ankara").
# Nouns of a disposition a subject shows, and what opens its object: "showed no sign of backing down", "shows little
# inclination to change", "has shown no interest in ...", "showed limited enthusiasm for ...".
DISPOSITION_NOUNS = {"sign": ("of", "that"), "signs": ("of", "that"), "hint": ("of", "that"), "hints": ("of", "that"), "inclination": ("to",),
                     "interest": ("in",), "appetite": ("for",), "enthusiasm": ("for",), "willingness": ("to",), "eagerness": ("to",),
                     "reluctance": ("to",), "desire": ("to",), "intention": ("of", "to")}
DISPOSITION_QUALIFIERS = frozenset({"no", "little", "any", "some", "much", "an", "a", "limited", "few", "subtle", "clear", "new", "more", "less",
                                    "great", "real", "increasing", "growing", "immediate", "personal", "considerable", "scant"})
# What "be" says a stance-holding noun of ("is a supporter of", "has been a critic of", "remains a proponent of", "he's a backer of").
STANCE_AGENT_COPULAS = frozenset({"is", "was", "are", "were", "been", "remains", "remained"})
STANCE_AGENT_CONTRACTIONS = frozenset({"he's", "she's", "he’s", "she’s"})
# Words no description of that noun holds: the noun belongs to another phrase ("liked by supporters of", "talked to critics of").
STANCE_AGENT_STOPS = frozenset({"by", "as", "to", "for", "with", "from", "at", "in", "on", "that", "who", "which", "whom", "or", "not", "no", "never"})
STANCE_BY_FORMS = frozenset({"opposed", "favored", "favoured", "endorsed", "criticized", "criticised", "rejected", "condemned", "denounced", "praised",
                             "echoed"})
STANCE_BY_ADVERBS = frozenset({"strongly", "widely", "long", "fiercely", "bitterly", "vehemently", "roundly", "also", "once", "heavily", "sharply"})
STANCE_BY_AGENT_ENDS = frozenset({",", ";", ":", "—", "–", ")", "(", "as", "because", "for", "when", "but", "who", "which", "that", "while", "after",
                                  "before", "since", "until", "if", "though", "although", "to", "and", "or", "in", "on", "at", "over"})
# What "see" reports as a view without "as": "rivals see an opening", "she saw no need to change", "sees parallels between".
VIEW_NOUNS = frozenset({"chance", "chances", "opening", "openings", "opportunity", "opportunities", "threat", "threats", "sign", "signs", "prospect",
                        "prospects", "parallels", "parallel", "danger", "dangers", "risk", "risks", "need", "reason", "future", "hope"})
VIEW_NOUN_MODIFIERS = frozenset({"a", "an", "the", "no", "little", "some", "any", "great", "real", "more", "big", "growing", "new", "clear", "rare",
                                 "major", "much", "few", "grave", "serious", "strong", "good", "bright", "every"})
# Beliefs whose clause may lack its subject after a noun phrase: "a tactic Democrats hope will dampen ...".
GAP_BELIEF_FORMS = frozenset({"believe", "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped", "expect", "expects",
                              "expected", "knew", "know", "knows", "fear", "fears", "feared", "suspect", "suspects", "suspected"})
# Adverbs that stand before the verb of a clause, never inside a noun phrase: "Voters who oppose the levy still care ..."
MAIN_VERB_ADVERBS = frozenset({"still", "also", "never", "always"})
# Words opening an object that is a clause with its own verb ("asked whether the plan could work")
CLAUSE_OBJECT_OPENERS = frozenset({"whether", "if", "how", "what", "why", "who", "whom", "when", "where", "which", "that"})
# Words between "who" and a belief verb: "who also opposed", "who strongly believe".
WHO_HOLDS_ADVERBS = frozenset({"also", "still", "strongly", "long", "once", "now", "often", "generally", "largely", "mostly", "really", "genuinely"})
# Words that end the noun phrase a "who" clause describes, walking back from it: "to Rubio, who", "among legal experts, who".
# Prepositions that no speaker's noun phrase holds ("women about whom", not "the head of"): what follows is their object.
TOPIC_PREPOSITIONS = frozenset({"about", "against", "than", "like", "including", "between", "toward", "towards", "into", "over"})
WHO_ANTECEDENT_EDGES = frozenset({"to", "for", "of", "on", "in", "at", "from", "among", "by", "with", "about", "against", "between", "like", "than",
                                  "including", "into", "over", "toward", "towards", "is", "are", "was", "were", "be", "been"})
# Belief verbs that report a view only with "as": "sees him as a uniter", "regarded the deal as a trap".
AS_BELIEFS = frozenset({"see", "regard", "view"})
# Adverbs that make "viewed him ..." a judgment: "viewed him favorably", "see the deal positively".
JUDGING_ADVERBS = frozenset({"favorably", "unfavorably", "favourably", "unfavourably", "positively", "negatively", "warily", "skeptically",
                             "sceptically", "dimly", "kindly", "highly", "poorly"})
APPROXIMATE_STARTS = frozenset({"about", "around", "some", "roughly", "nearly", "just"})
DISTANCE_COUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "half", "several", "dozens", "hundreds"})
OUTLET_KIND_ADJECTIVES = frozenset({
    "local", "public", "state", "regional", "national", "private", "independent", "commercial", "online", "weekly", "daily",
})
THAT_AHEAD_STARTS = frozenset({
    "of", "about",  # "stated of the scandal that ..."
    # "expressed frustration in an interview that ...": what a speaker felt, then the clause
    "frustration", "concern", "concerns", "hope", "confidence", "doubt", "doubts", "fear", "fears", "worry", "surprise",
    "disappointment", "optimism", "skepticism", "dismay", "regret", "alarm", "outrage",
    "in", "on", "at", "to", "during", "via", "through", "with", "over", "last", "this", "earlier", "outside", "inside",
    "after", "before", "from", "near", "following", "ahead", "later",
})
# Words after "to" that begin a hearer, not an infinitive ("said to the crowd that ...").
DETERMINERS_AFTER_TO = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
                                  "him", "them", "us", "me", "some", "all", "both", "each", "every", "several", "many", "one", "two"})
# What opens a time after a particle ("called on Monday", "commented on May 4"): the particle is then no particle.
PARTICLE_TIME_STARTS = frozenset({"this", "last", "next", "today", "tonight", "january", "february", "march", "april", "may", "june", "july",
                                  "august", "september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec"})
CARRIED_BY = frozenset({"carried", "broadcast", "aired"})
# Besides those that bring a document to an outlet ("seen", "obtained"), the verbs of the outlet that brought it out
DOCUMENT_RELAY_PARTICIPLES = frozenset({"reported", "published", "revealed", "disclosed"})
# Before an outlet, the words that make it the one heard: "in an interview with CNN", "told to Reuters", "seen by the BBC", "said on CNN"
OUTLET_HEARD_PREPOSITIONS = frozenset(("with", "to", "by", "on"))
# What a day's airing of a show is called: "on Friday's broadcast of CNN's 'Harbor Hour'".
AIRED_PROGRAMME_WORDS = frozenset(("broadcast", "edition", "episode"))
# Lower-case words that may follow a station's call letters heard: "told WXTN on Monday", "told WXTN that ..."
CALL_LETTER_FOLLOWERS = frozenset(("on", "in", "at", "that", "last", "this", "earlier", "about", "after", "before", "during", "and",
                                   "when", "while", "as", "on-air", "recently", "yesterday", "today", "tonight", "late", "early"))
# "R-Ohio", "D-N.M.", "I-Vt.": a US legislator's party and state after the name.
# People whose findings are reported as such: "researchers found that ...".
RESEARCHERS = frozenset({"researchers", "analysts", "scientists", "economists", "scholars", "experts", "auditors", "pollsters", "authors", "academics", "historians", "investigators"})
OPENING_TIME_WORDS = frozenset({"soon", "shortly", "moments", "minutes", "hours", "days", "weeks", "later", "earlier", "after", "afterward", "afterwards", "then", "now", "still", "meanwhile", "instead"})
YEAR = re.compile(r"(?:19|20)\d\d")
PARTY_TAG = re.compile(r"(?:[RDI]|Ind|Dem|Rep)-[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*$"
                       r"|(?:Republican|Democrat|Independent) of [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*(?: and .*)?$")
# ("Peter King, Republican of New York,", "Ann Lee, Democrat of Ohio and the sponsor of the bill,": a tag, then her role)
# A belief or speech-act verb form after one of these is a noun: "amid fears", "with support from".
NOUN_PREPOSITIONS = frozenset({"amid", "of", "over", "about", "with", "despite", "for", "without", "in", "on", "to", "from", "by", "their", "his", "her", "its", "our", "my", "your", "a", "an", "the", "this", "that", "these", "those", "no", "any", "some", "much", "more", "less", "growing", "public", "popular", "strong", "broad", "widespread"})
# An object never opens with these: particles, conjunctions, or what ends the verb phrase.
OBJECT_STARTS_REJECTED = frozenset({
    "and", "but", "or", "so", "as", "if", "when", "because", "after", "before", "while", "since", "until", "than", "up", "out",
    "down", "off", "back", "away", "in", "on", "at", "by", "from", "with", "into", "for", "of", "about", "over", "through",
    "during", "there", "here", "it", "this", "that", "which", "who", "what", "too", "also", "not", "never", "very", "much",
    "more", "less", "enough", "yet", "still", "again", "even", "just", "only", "once", "twice", "then", "now", "later",
})
# Words before a determiner that end the noun phrase a "who" clause describes.
NP_EDGES = frozenset({"from", "to", "by", "with", "for", "at", "in", "on", "against", "about", "over", "like", "than", "into",
                      "endured", "met", "called", "thanked", "praised", "criticized", "joined", "visited", "interviewed", "asked", "told"})
OBJECT_CLAUSE_BREAKS = frozenset({"while", "whilst", "as", "because", "after", "before", "which", "who", "when", "although", "though", "since"})
OBJECT_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")", "[", "]"})
# Words that open a clause inside what a thing is called, so that a verb after them is that clause's ("a roadmap for how
# she would ...", "a sign that voters will ...").
NAMED_INNER_CLAUSE_OPENERS = frozenset({"how", "what", "why", "where", "whether", "that"})
# What a reported question opens with: "asked whether ...", "asked if ...", "asked why ...".
QUESTION_OPENERS = frozenset({"if", "whether", "why", "how", "what", "who", "when", "where", "which"})
# Words that may come before an opening "according to X," ("But according to ...").
ACCORDING_OPENERS = frozenset({"but", "and", "yet", "so", "still", "now", "also", "even", "instead", "however", "meanwhile"})
# What may follow "..., according to X," when X closes the report: another clause or more about X.
ACCORDING_TAIL_OPENERS = frozenset({"but", "and", "while", "whilst", "though", "although", "including", "whose", "with", "as", "after",
                                    "before", "making", "leaving", "putting", "giving", "up", "down", "compared", "released", "conducted",
                                    "published", "based"})
# Heads of a study or an inquiry whose findings "show" / "found" report, beside the names module's data heads.
STUDY_HEADS = frozenset({"paper", "papers", "inquiry", "investigation", "audit", "probe", "report", "reports", "analysis", "census", "tally"})
# Pronouns that open a clause after a time phrase: "said on Friday he met ...".
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
DEGREE_WORDS = frozenset({"most", "more", "less", "least", "very"})  # before a participle that is an adjective
# Participles of belief, finding and stance cues read only after a comma or "by/after/while" ("..., fearing the wall
# would fall"): after a noun they describe it ("the survey data showing ...", "gluts now worrying ...").
HUNG_PARTICIPLES = frozenset({"showing", "fearing", "wanting", "favoring", "preferring", "knowing", "concluding", "slamming", "hailing",
                              "welcoming", "characterizing", "lamenting", "ridiculing", "applauding", "speculating", "remembering",
                              "suspecting", "doubting", "wondering", "realizing"})
# Capitalised plurals naming a group of people before "support": "Republicans support ...", "Millennials support ...",
# "Hispanics support ..." (a name before it, "Sanders support", is a noun compound).
GROUP_PLURAL_ENDINGS = ("ans", "ats", "als", "ics", "nos", "ives")
# Verbs of speech through which a description the lexicon does not know still speaks, opening the sentence and
# reporting a finite clause: "The star noted Latinos have a harder time ...", "The state admitted it made a mistake".
GENERIC_SPEECH_LEMMAS = frozenset({"note", "admit", "claim", "argue", "insist", "acknowledge", "warn", "explain", "add", "write", "tell",
                                   "complain", "concede", "predict", "stress", "maintain", "contend", "allege", "announce", "confirm"})
# Verbs through which a thing the lexicon does not know as a source reports what it points to, wherever it stands in the
# sentence, when a finite clause follows: "But the missive suggests Republicans have ...", "though her disclosure indicates ...".
POINTING_LEMMAS = frozenset({"suggest", "indicate"})
# A pronoun's contracted verb: "he'd", "she'll", "they're", "we've", "he's" (a pronoun's own "'s" is never possessive).
CONTRACTED_VERB = re.compile(r"^(?:(?:i|you|he|she|it|we|they)['’](?:d|ll|re|ve|m)|(?:he|she|it|that|there|who|what)['’]s)$")
# Past forms FINITE_VERBS leaves out, enough to find where a noun's "that" clause gives way to the sentence's verb.
IRREGULAR_PASTS = frozenset({"drew", "brought", "caught", "led", "met", "drove", "struck", "sent", "spent", "set", "cut", "hit", "began",
                             "became", "rose", "threw", "stood", "told", "said", "wrote", "meant", "seemed", "angered", "raised", "put",
                             "hid", "withheld", "withdrew", "upheld", "fought", "sought", "taught", "heard", "forgot",
                             "spoke", "swore", "fled", "flew", "stole", "tore", "shook", "sank", "dealt", "stuck", "misled", "oversaw", "overtook"})
# Of those, the ones spelt as their present or their noun ("a tax cut", "put a hold"): no sign alone of a clause.
PRESENT_ALIKE_PASTS = frozenset({"set", "cut", "hit", "put"})
# Words after which "that" opens a clause, not a relative one: "it turns out that the bureau asked ...",
# "the fact is that ...", "it is clear that ...".
COMPLEMENT_THAT_AFTER = frozenset({"out", "is", "was", "are", "were", "be", "been", "clear", "obvious", "likely", "unlikely", "possible",
                                   "true", "fact", "seems", "seemed", "appears", "appeared", "means", "meant", "so", "now", "certain",
                                   "sure", "evident", "apparent", "known", "learned", "given", "except", "such", "surprising"})
# Prepositions before the noun phrase a "who" clause describes: "opposition from teachers unions who said".
ANTECEDENT_PREPOSITIONS = frozenset({"from", "among", "by", "with", "including", "to", "for", "at", "against", "between", "like"})
# Past participles of cues whose past tense differs, read as cues after has/have/had ("had written").
PERFECT_CUES = {"written": "wrote"}
# Verbs that report speech only with their particle, as the cue each pair means: "Lee shot back, '...'", "'...,' Lee fired
# back", "Lee chimed in: ..." (alone they are gunfire or dismissal: "was shot", "fired an aide").
PARTICLE_CUES = {"shot": ("back", "retorted"), "fired": ("back", "retorted"), "hit": ("back", "retorted"), "chimed": ("in", "added")}
# Adverbs that open a sentence before its subject without a comma: "Now the government hopes ...".
# Words that open a time before a sentence's subject with no comma: "On Monday the senator said", "Last week Lee said".
TIME_OPENERS = frozenset({"on", "in", "last", "this", "late", "early", "earlier"})
POSSESSIVE_S = frozenset({"'s", "’s"})
# What a time opened so runs on with: "On Monday night", "In March 2015", "On Jan. 5", "Last week".
TIME_PHRASE_WORDS = WEEKDAY_WORDS | PARTS_OF_DAY | RECENT_TIME_UNITS | {x.rstrip(".") for x in PARTICLE_TIME_STARTS} | {"today", "tonight", "next", "early", "late"}
SENTENCE_ADVERBS = frozenset({"now", "still", "instead", "thus", "perhaps", "finally", "ultimately", "recently", "indeed", "already",
                              "soon", "often", "then", "today", "yesterday", "meanwhile", "later", "earlier", "also", "so"})
# Subordinators that end a phrase of time or place after a cue: "said in August after Nabisco announced ...".
CLAUSE_OPENERS_AFTER_TIME = frozenset({"after", "before", "when", "while", "because", "since", "until", "if", "where", "although", "though", "as"})
# Verbs that hand an infinitive after their object to that object: "urged Lee to tell", "asked voters to reject".
OBJECT_CONTROL_VERBS = frozenset({"urged", "urges", "asked", "asks", "asking", "told", "tells", "required", "requires", "pressed", "presses", "encouraged",
                                  "forced", "allowed", "invited", "persuaded", "convinced", "wanted", "wants", "expected", "expects", "needed",
                                  "prompted", "ordered", "instructed", "challenged", "begged", "called", "pleaded", "implored", "directed", "led"})
# Verbs asking an act of their object that are no cues themselves ("requires staffers to promise"); not causatives.
REQUIRING_VERBS = frozenset({"required", "requires", "ordered", "orders", "directed", "directs", "instructed", "instructs", "begged", "implored",
                             "invited", "invites", "needed", "needs"})
# Words of place and time an infinitive of purpose may follow: "took his daughter there to explain".
PURPOSE_PLACE_WORDS = frozenset({"there", "here", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Words that open a clause whose own subject a later participle may hang on ("while Lee has argued ..., saying").
CLAUSE_SUBJECT_OPENERS = frozenset({"while", "whilst", "as", "after", "when", "though", "although", "because", "whereas"})
# Prepositions before "which" that open a relative clause with its own subject: "a video in which children ...".
RELATIVE_SETTING_PREPOSITIONS = frozenset({"in", "during", "at", "on"})
# People an ad or a video shows acting, who are no source elsewhere: "an ad in which children use a doll ..., yelling ...".
PEOPLE_IN_SCENES = frozenset({"children", "kids", "actors", "actor", "actress", "man", "woman", "men", "women", "boy", "girl", "boys", "girls"})
# Irregular pasts of sending or writing something out: "She also sent a tweet saying ...", "The group put out a
# statement urging ...": a participle hung on that clause.
SENDING_PASTS = frozenset({"sent", "wrote", "put", "gave", "made", "read", "took"})
# Adjectives of readiness between a copula and a cue's infinitive ("are quick to point out", "was careful to add").
READY_ADJECTIVES = frozenset({"quick", "eager", "careful", "keen", "happy", "willing", "ready", "anxious", "first"})
# Words that join a new report to the clause before it ("X said A, and Y said B"), so it ends that clause's content.
INNER_REPORT_JOINS = frozenset({"and", "but", "or", "nor", "yet", "so", "then", "while", "whilst", "whereas"})
# Determiners that open a subject phrase of such a clause: "the union", "her main rival", "more Republicans".
CLAUSE_SUBJECT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "more", "most", "many", "some", "other", "several"})
# Capitalised words a person's name may hold after a spaced hyphen that is a dash ("Dover - Mary Ann Lee said").
NAME_WORDS_AFTER_HYPHEN = 3
# Adverbs between a subject and its verb: "She often speaks of ...".
VERB_ADVERBS = frozenset({"often", "also", "still", "never", "always", "once", "even", "just", "later", "again", "then", "now"})
# Participles that follow a document or poll with when it came out: "a poll released Saturday".
POSTMODIFIER_PARTICIPLES = frozenset({"released", "published", "conducted", "taken", "issued", "completed", "commissioned", "posted", "unveiled"})
# "X is reported / said / believed to have called ...": participles that raise the subject of what follows "to have".
RAISING_PARTICIPLES = frozenset({"reported", "said", "believed", "alleged", "rumored", "rumoured", "thought", "understood", "known"})
# What may stand between a source and its participle: "a report to be released", "a poll that was published".
RELEASE_AUXILIARIES = frozenset({"to", "be", "been", "being", "was", "were", "is", "are", "will", "just", "recently", "soon", "newly", "that", "which"})
# A standing in polls written with "in" ("trails in most surveys", "has sagged in the polls and is coping ..."): the words
# that open a looser poll phrase, what may end it, and the words of a standing its clause must hold to be read at all.
POLL_PHRASE_OPENERS = frozenset({"most", "all", "every", "both", "one", "other", "latest", "two", "three", "our", "various"})
POLL_PHRASE_BREAKS = frozenset({"and", "but", "despite", "amid", "while", "among", "since", "as"})
POLL_MARGIN_WORDS = frozenset({"nearly", "about", "roughly", "almost", "just", "more", "than", "percentage", "points", "point", "percent", "double",
                               "digits", "a", "wide", "narrow", "slim", "margin", "of", "as", "many", "over", "under", "at", "least"})
POLL_STANDING_WORDS = frozenset({"lead", "leads", "leading", "led", "ahead", "behind", "trail", "trails", "trailed", "trailing", "tied", "even", "edge",
                                 "edged", "beat", "beats", "beating", "top", "tops", "topped", "sagged", "slipped", "dropped", "fell", "rose", "gained",
                                 "surged", "climbed", "slumped", "mired", "first", "second", "third", "fourth", "fifth", "percent", "points", "margin",
                                 "advantage", "appeal", "favorable", "unfavorable", "approval", "popular", "unpopular", "lags", "lagged", "lagging"})
# "The latest poll has Clinton leading", "Gallup's poll puts his approval at 49 percent", "The AP count gives her 1,280
# delegates": verbs by which data place someone, and what the placing must hold to be a finding.
# "To Ms. Gil, skateboarding is a political act", "To many, he is a provocateur": whose view an opening "To X," gives.
# Groups named by a quantifier alone, and the hedges that make the clause the writer's guess at a view, held by nobody.
PERSPECTIVE_GROUPS = frozenset({"many", "some", "others", "anyone", "everyone", "those", "most", "critics", "supporters", "skeptics", "fans", "voters", "liberals", "conservatives"})
PERSPECTIVE_HEDGES = frozenset({"probably", "may", "might", "must", "perhaps", "seemed", "seems", "seem", "appeared", "appears", "appear", "likely", "possibly"})
# Nouns of saying whose owner may report a to-infinitive: "his promise to build a wall", "Rubio's claim to be the strongest".
PROMISING_NOUNS = frozenset({"promise", "pledge", "claim"})
PROMISE_NOUN_FORMS = frozenset({"promise", "pledge", "vow"})  # plain forms read as nouns as often as verbs: no bare clause after them
PROMISING_PLURALS = frozenset({"promises", "pledges", "vows"})
# Starters of the nominal frames read after the verb frames (frames._listing, frames._in_whose_view).
NOMINAL_STARTERS = LISTING_VERBS | {"view"}
ORDINAL_WORDS = frozenset({"fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "twentieth", "hundredth"})
DATA_PLACING_VERBS = frozenset({"has", "had", "put", "puts", "places", "placed", "pegs", "pegged", "gives", "gave"})
DATA_PLACING_HEADS = frozenset({"average", "averages", "count", "tally", "estimate", "estimates", "tracking"})
DATA_STANDINGS = frozenset({"leading", "trailing", "ahead", "behind", "tied", "winning", "losing", "pulling", "beating", "edging", "at",
                            "lower", "higher", "closer", "lead", "edge", "advantage", "percent", "points", "delegates"})
# Words after which a clause of its own begins before "in a poll": "..., although Rubio moved to second in a new survey".
POLL_CLAUSE_OPENERS = frozenset({"although", "though", "while", "whereas", "but", "as", "when", "because", "if", "since"})
# Heads of a hearer phrase after "told": "told U.S. media", "told local reporters".
HEARER_GROUPS = frozenset({"media", "reporters", "journalists", "outlets", "broadcasters", "newspapers", "television", "radio", "audiences"})
# Capitalised words opening a phrase that are nobody's name: "Despite the mayor's claim that ...".
NOT_OWNERS = frozenset({"despite", "amid", "given", "unlike", "like", "following", "after", "before", "with", "without", "under", "over", "against", "about"})
# Cue forms that are nouns as well ("a Twitter comment", "a new report").
# Finite past forms of cue verbs without "-ed": '"...," the report said.'
HEADLINE_PASTS = frozenset({"said", "told", "wrote", "found", "showed", "thought", "knew", "saw", "felt"})
# Past forms of verbs that put a question to the speaker: "said when Jones asked", "when a reporter pressed him".
QUESTIONER_VERBS = frozenset({"asked", "pressed", "questioned", "quizzed", "challenged"})
# Nouns an infinitive completes ("a promise to add troops", "her eagerness to defend him", "the plan to announce ..."): a cue
# verb in that infinitive says what the noun is of, and the noun is nobody who speaks.
INFINITIVE_NOUNS = REPORT_NOUNS | frozenset({
    "plan", "plans", "effort", "efforts", "decision", "bid", "move", "attempt", "attempts", "push", "eagerness", "willingness", "readiness",
    "reluctance", "refusal", "pledges", "promises", "vow", "vows", "threat", "threats", "call", "calls", "campaign", "drive", "order", "invitation",
    "chance", "opportunity", "ability", "failure", "urge", "impulse", "temptation", "pressure", "motion", "proposal", "offer", "request"})
# Words that open a clause at the start of a sentence, or after a short phrase there ("In a year in which ...", "At a time when
# ..."): a report made inside that clause ends where the main clause begins.
OPENING_CLAUSE_WORDS = frozenset({"which", "where", "when", "as", "while", "although", "though", "because", "since", "whereas"})
OPENING_CLAUSE_LEADS = OPENING_CLAUSE_WORDS | {"and", "but"}
# Words that open a sentence's clause of time or condition ("After Lee said ..., Ray ...", "If Lee says ..., Ray ..."),
# and what may stand before them ("Years after", "A few weeks before", "Shortly after", "Even as").
COUNTED_SUBJECT_STARTS = frozenset({"one", "some", "many", "most", "few", "both", "all", "none", "each", "two", "three"})
PREDICATE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had"})
OPENING_TIME_CLAUSE_WORDS = OPENING_CLAUSE_WORDS | {"after", "before", "until", "once", "if", "unless"}
OPENING_TIME_LEADS = NUMBER_WORDS | {"a", "few", "several", "years", "months", "weeks", "days", "hours", "minutes", "moments", "shortly", "soon",
                                    "long", "just", "right", "even", "only"}
OPENING_TIME_STARTS = OPENING_TIME_CLAUSE_WORDS | OPENING_TIME_LEADS
OPENING_CLAUSE_STARTS = OPENING_CLAUSE_LEADS | OPENING_TIME_CLAUSE_WORDS | OPENING_TIME_LEADS | PREPOSITIONS
# Shapes and words of adjectives between a determiner and a noun of saying: "her seemingly incongruous comments", "his latest claims".
ADJECTIVE_ENDINGS = ("ous", "ful", "less", "able", "ible", "ive", "ical", "ent", "ant", "ory")
PLAIN_ADJECTIVES = frozenset({"own", "latest", "recent", "new", "earlier", "previous", "repeated", "public", "private", "brief", "final", "first", "last", "initial"})
# Words that describe what an owner said as untrue, and endings of describing words that no noun of people shares ("Holt's
# baseless claims", "her repeated warnings"; not "-ant"/"-ent": "Holt's assistant claims" is a verb with its subject).
UNTRUE_WORDS = frozenset({"false", "bogus", "wild", "untrue", "outlandish", "dubious", "unfounded", "unsubstantiated", "debunked"})
OWNED_CLAIM_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "able", "ible", "ical", "ated")
NOUN_CUE_FORMS = frozenset({"comment", "comments", "report", "reports", "tweet", "tweets", "post", "posts", "claim", "claims", "note",
                            "notes", "answer", "answers", "reply", "replies", "estimate", "estimates", "warning", "remark", "remarks",
                            "forecast", "forecasts", "statement", "request", "requests", "call", "calls", "plan", "plans", "promise", "promises",
                            "point", "showing", "fears", "view", "views"})
# Belief verb forms that are nouns as often as verbs: "voters view him as ...", "Republicans plan to ..." but
# "the Democratic plan", "calm Russian fears", "his economic views".
BELIEF_NOUN_VERB_FORMS = frozenset({"plan", "view", "views", "fears"})
# Lower-case words that may open a speaker phrase after '"...," said': "former", "another", "one".
INVERTED_LOWER_STARTS = frozenset({
    "former", "another", "one", "two", "three", "several", "some", "many", "his", "her", "their", "its", "retired",
    "longtime", "veteran", "senior", "top", "chief", "fellow", "democratic", "republican", "state", "federal", "local",
    "undecided", "then-candidate", "then-president", "both",
})
INVERTED_QUANTIFIERS = frozenset({"another", "one", "two", "three", "several", "some", "many", "both"})
ASIDE_CLAUSE_OPENERS = frozenset({"while", "when", "after", "before", "as", "since", "who", "which", "though", "although"})
# Cues besides the bare ones that set off a clause around them: "The move, Carr explained, was ...".
PARENTHETICAL_CUES = frozenset({"explain", "note", "observe", "stress", "emphasize", "acknowledge", "concede", "admit", "claim", "predict", "suggest", "recall", "warn"})
# Belief cues that follow "be": "are worried that", "is convinced that", "was confident that".
BELIEF_ADJECTIVES = frozenset({"worried", "concerned", "convinced", "confident", "optimistic", "hopeful", "skeptical", "sceptical", "pessimistic", "wary"}) | (
    LINKED_BELIEF_ADJECTIVES)
# Verbs other than "be" that link a subject to its state of mind: "remain confident that", "grew convinced that" ("seemed
# hopeful" is the writer's hedge, not the holder's view).
LINKING_VERBS = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed", "grew", "became", "become", "becomes", "feel", "feels", "felt"})
# Subordinators that open a sentence with a clause of their own before its subject ("If costs rise, experts say ...").
OPENING_SUBORDINATORS = frozenset({"if", "unless", "because", "although", "though", "since", "once", "until", "whether"})
# Words ending like participles that belong to a noun phrase: "the ruling party", "a senior official".
PARTICIPLE_CUT_REJECTED = frozenset({"ruling", "leading", "governing", "building", "meeting", "hearing", "briefing", "spending", "funding",
                                     "polling", "voting", "housing", "training", "reporting", "advertising", "retired", "elected", "united",
                                     "concerned", "interested", "related", "based", "informed", "detailed", "experienced", "armed", "appointed"})
# What follows a participle that describes the noun before it: "trying to", "angered by", "living in".
PARTICIPLE_PREPOSITIONS = frozenset({"to", "by", "in", "on", "at", "for", "from", "with", "about", "against", "across", "inside", "outside", "near"})
# Intentions whose plain object is the thing wanted (not a hearer): "demanded an apology", "vowed revenge".
# Participles of saying that open a sentence with a "that" clause the main clause's subject reports: "Noting that
# turnout fell, the mayor said ...", "Conceding that the bill would fail, Lee ...". (Not a promise: "Promising that ...")
OPENING_THAT_LEMMAS = frozenset({"note", "state", "concede", "acknowledge", "admit", "argue", "assert", "claim", "insist", "explain", "observe",
                                 "stress", "emphasize", "warn", "add", "suggest", "predict", "declare", "recall", "point", "say", "announce", "write",
                                 "report", "reveal", "confirm", "contend"})
# Verbs of denial and the charges they answer: "denied the allegations", "disputed their account", "rebut claim of progress".
DENIAL_LEMMAS = frozenset({"deny", "dispute", "refute", "rebut"})
DENIED_CHARGES = frozenset({"charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim", "claims", "report", "reports",
                            "wrongdoing", "rumor", "rumors", "rumour", "rumours", "notion", "story", "stories", "suggestion", "suggestions",
                            "assertion", "assertions", "account", "characterization", "involvement", "role"})
DENIED_DETERMINERS = frozenset({"the", "any", "all", "those", "these", "such", "his", "her", "their", "its", "that", "this", "a", "an"})
# What one expresses that is a view of something: "expressed admiration for ...", "expressed concern over ..." (a bare feeling,
# "expressed frustration at the pace", is left out: the project's regression sets do not count it)
EXPRESSED_FEELINGS = frozenset({"admiration", "support", "concern", "concerns", "solidarity", "optimism", "skepticism", "doubt", "doubts", "opposition",
                                "sympathy", "confidence", "gratitude", "reservations", "approval", "disapproval", "stance", "worry", "worries", "fear",
                                "fears", "hope", "hopes"})
# What "echoed" repeats when it repeats someone's words: "echoed that comment", "echoed the criticism", "echoed similar themes".
ECHOED_WORDS = frozenset({"comment", "comments", "remark", "remarks", "criticism", "criticisms", "denunciation", "justification", "line", "theme",
                          "themes", "call", "calls", "charge", "charges", "argument", "arguments", "message", "sentiment", "sentiments", "concern",
                          "concerns", "claim", "claims", "warning", "warnings", "words", "complaint", "complaints", "praise", "point", "points"})
# "Gowdy released a statement highlighting ...", "the RNC published a report detailing ...": what a document made public
# says, in a participle that is no verb of saying itself; the one who made it public speaks.
DOCUMENT_PARTICIPLES = DOCUMENT_PARTICIPLE_HINTS
# Verbs that make a document or bring it out, whose subject speaks in it (one set for every rule on documents made public):
# "released a statement highlighting ...", "placed ads calling ...", "penned letters that called him ...", "plans to air an
# ad, which paints ...", "put out a video ad ripping ..." ("out" stands for the verb before it, whichever it is).
# Things carried or handed out whose printed words a participle right after them reports: "banners supporting Reyes".
DISPLAY_TEXTS = frozenset({"sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters", "billboard", "billboards", "shirt", "shirts",
                           "t-shirt", "t-shirts", "sticker", "stickers", "leaflet", "leaflets", "flyer", "flyers", "flier", "fliers", "cover", "tickets", "cards"})
# Verbs of holding a sign up: its carriers speak through it ("Marchers waved banners supporting Reyes").
CARRYING_FORMS = frozenset({"carry", "carries", "carried", "carrying", "hold", "holds", "held", "holding", "wave", "waves", "waved", "waving",
                            "wear", "wears", "wore", "wearing", "brandish", "brandished", "brandishing", "hoist", "hoisted", "hoisting", "raise",
                            "raised", "raising", "tote", "toted", "toting", "bore", "bearing", "clutched", "clutching", "display", "displayed", "displaying"})
RELEASING_FORMS = frozenset({"released", "releases", "releasing", "published", "publishes", "publishing", "issued", "issues", "issuing", "posted",
                             "unveiled", "unveils", "air", "airs", "aired", "airing", "ran", "runs", "running", "launched", "launches", "sent",
                             "placed", "mailed", "circulated", "circulating", "distributed", "took", "penned", "wrote", "writes", "written", "cut",
                             "produced", "filmed", "drafted", "reprinted", "reprint", "out"})
RELEASED_DOCUMENTS = frozenset({"statement", "statements", "report", "reports", "memo", "memos", "letter", "letters", "video", "videos", "ad", "ads",
                                "advertisement", "story", "study", "analysis", "paper", "email", "op-ed", "column", "article", "editorial",
                                "robocall", "commercial", "spot", "book", "books", "list", "release", "message", "petition", "brief", "document"})
# Pasts of sending that bring a document out: "a letter the campaign sent the party ... alleging".
SENT_DOCUMENT_VERBS = SENDING_PASTS & RELEASING_FORMS
# What an announcement makes known as a speaker's own decision ("announced his candidacy", "announced plans to sue"), unlike
# the things or facts it presents ("announced the winners of its prize", "announced a new program for schools": topics).
ANNOUNCED_ACTS = frozenset({"candidacy", "resignation", "retirement", "plan", "plans", "intention", "intent", "decision", "support",
                            "endorsement", "bid", "run", "opposition", "withdrawal", "departure", "boycott", "nomination",
                            # a decision made known: "announced an agreement", "announced the deal", "announced layoffs"
                            "deal", "agreement", "partnership", "layoffs", "tariff", "tariffs", "ban", "sanctions", "controls"})
# "The ban was first reported by BuzzFeed", "Her death was confirmed by the Eagle Forum": a passive of reporting whose
# agent is named after "by" reports the subject.
AGENT_REPORTED_FORMS = frozenset({"reported", "revealed", "disclosed", "confirmed"})
# Passives of judging whose agent after "by" holds the view that follows "as": "was seen by some as a demotion".
JUDGED_BY_FORMS = frozenset({"seen", "viewed", "regarded", "perceived"})
JUDGED_BY_ADVERBS = frozenset({"widely", "often", "long", "also", "still", "now", "increasingly", "generally", "largely"})
AGENT_REPORTED_ADVERBS = frozenset({"first", "initially", "originally", "also", "later", "previously", "earlier", "widely"})
RELEASED_DOCUMENT = CueVerb(lemma="release", stance="neutral", bare=False, object=True)
WANTED_OBJECT_LEMMAS = frozenset({"promise", "pledge", "vow", "threaten", "demand", "request", "decline", "refuse", "propose", "recommend"})
# What names the owner of a noun of saying after it: "an admission from Warren that ...", "a demand by Pelosi that ...".
NOUN_OWNER_PREPOSITIONS = ("by", "from", "of")
# Between the subject and the bare verb of a suggested act: "suggested the Democrats instead debate in Pennsylvania".
MANDATIVE_ADVERBS = frozenset({"instead", "not", "also", "simply", "just", "first"})
# Counts a report may give ("reported three deaths").
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands"})
HEARER_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "it"})
# Pronouns only an object can be ("her" too before "to": no noun follows it there) and the prepositions between a verb
# and such an object ("pleaded with them to ...", "appealed to him to ...").
OBJECT_CASE_PRONOUNS = frozenset({"him", "her", "them"})
OBJECT_PRONOUN_PREPOSITIONS = frozenset({"with", "to", "on", "upon", "for"})
MAX_ACCORDING_SOURCE_TOKENS = 16
# What a possessive owner after "from"/"by" may be that speaks for nobody: "complaints from his side that ...".
NOT_OWNER_HEADS = frozenset({"side", "part", "end", "behalf", "record", "way", "view", "time", "own"})
# Lower-case words after ", according to X," that open no verb of the subject before it (more about the source, a new phrase).
SUBJECT_SOURCE_NOT_VERBS = frozenset({"who", "whom", "which", "whose", "that", "a", "an", "the", "one", "and", "or", "but", "of", "in", "to", "for",
                                      "with", "on", "at", "as", "by", "from", "than", "its", "his", "her", "their", "some", "many", "most"})
# Verbs that show, hear, stir or help people: a participle or a bare infinitive right after their object is the object's
# ("features farmers talking about ...", "heard a candidate promising ...", "cheered Democrats hoping ...", "helped a
# writer publish ...").
PERCEIVING_VERBS = frozenset({"features", "featured", "featuring", "feature", "depicts", "depicted", "depicting", "included", "includes", "include",
                              "heard", "hearing", "hear", "hears", "watched", "watching", "watch", "saw", "seeing", "cheered", "heartened",
                              "emboldened", "encouraged", "alarmed", "angered", "frustrated", "left", "leaves", "leaving",
                              "helped", "help", "helps", "helping", "let", "lets", "letting"})
LEAVING_VERBS = frozenset({"left", "leaves", "leaving"})
# Verbs that name someone or something as what the speaker holds it to be: "called the plan a disaster".
NAMING_LEMMAS = frozenset({"call", "dub", "label", "brand", "term"})
# Lower-case words before "called" that are no noun being named: "what he called", "who called", "each called".
NOT_NAMED_NOUNS = frozenset({"who", "whom", "which", "that", "what", "it", "he", "she", "they", "we", "i", "you", "and", "or", "but",
                             "each", "both", "all", "one", "some", "others", "many", "then", "once", "publicly", "repeatedly", "had", "has", "have"})
NAMED_PRONOUNS = frozenset({"it", "that", "this", "him", "her", "them", "himself", "herself", "themselves", "itself"})
# "describe themselves as conservative", "cast herself as the heir", "who call themselves very conservative": a speaker
# naming or placing themselves -> the lemma of each form (the complement needs "as" unless the lemma is in SELF_NAMING_BARE)
SELF_NAMING_FORMS = {form: lemma for lemma, forms in (
    ("describe", ("describe", "describes", "described", "describing")), ("call", ("call", "calls", "called", "calling")),
    ("identify", ("identify", "identifies", "identified", "identifying")), ("consider", ("consider", "considers", "considered", "considering")),
    ("cast", ("cast", "casts", "casting")), ("present", ("present", "presents", "presented", "presenting")),
    ("portray", ("portray", "portrays", "portrayed", "portraying")), ("paint", ("paint", "paints", "painted", "painting")),
    ("count", ("count", "counts", "counted", "counting")), ("style", ("style", "styles", "styled", "styling")),
    ("bill", ("bill", "bills", "billed", "billing")), ("posture", ("posture", "postures", "postured", "posturing")),
    ("label", ("label", "labels", "labeled", "labelled", "labeling", "labelling")), ("brand", ("brand", "brands", "branded", "branding")),
    ("position", ("position", "positions", "positioned", "positioning")), ("define", ("define", "defines", "defined", "defining")),
    ("name", ("name", "names", "named", "naming")), ("rank", ("rank", "ranks", "ranked", "ranking")),
    ("pitch", ("pitch", "pitches", "pitched", "pitching")), ("depict", ("depict", "depicts", "depicted", "depicting")),
    ("remember", ("remember", "remembers", "remembered")), ("reference", ("references", "referenced", "referencing")),
    ("savage", ("savaged", "savaging")), ("deride", ("deride", "derides", "derided", "deriding")),
    ("caricature", ("caricature", "caricatures", "caricatured", "caricaturing")), ("dismiss", ("dismiss", "dismisses", "dismissed", "dismissing")),
    ("denounce", ("denounce", "denounces", "denounced", "denouncing")), ("characterize", ("characterize", "characterizes", "characterized", "characterizing")),
) for form in forms}
SELF_NAMING_BARE = frozenset({"call", "consider", "style", "label", "brand"})
# "named the city as the most dangerous", "identified the man as Tom Ray", "ranked him as one of the worst": a thing, then "as"
# ("cast" only with a reflexive: "cast actor Ray Lee as the villain" gives a part in a film)
AS_NAMING_LEMMAS = frozenset({"name", "identify", "rank", "paint", "portray", "present", "pitch", "position", "depict", "remember",
                              "reference", "savage", "deride", "label", "brand", "bill", "caricature", "dismiss", "denounce", "characterize", "describe"})
# What opens a clause whose subject comes right after: "the fact that the FBI named ...", "after Lee cast ..."
SUBJECT_CLAUSE_OPENERS = frozenset({"that", "when", "while", "after", "because", "since", "although", "though", "if", "once", "until", "before"})
# "..., portraying them as ...", "by labeling her as ...", "After savaging donors as ..., Trump": a participle whose doer is the sentence's subject
PARTICIPLE_LEADS = frozenset({",", "by", "while", "after", "before", "when", "also", "and", "even"})
# "attempting to present Sanders as ...", "sought to paint him as ...": an attempt by the sentence's subject
TRYING_FORMS = frozenset({"trying", "tried", "tries", "try", "attempting", "attempted", "attempts", "seeking", "sought", "seeks", "hoping", "hoped",
                          "moved", "moving", "worked", "working", "aiming", "aimed", "sought", "wants", "wanted"})
PASSIVE_BEFORE = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"})
AS_NAMING_FORMS = frozenset(form for form, lemma in SELF_NAMING_FORMS.items() if lemma in AS_NAMING_LEMMAS)
SELF_NAMING_CUES = {lemma: CueVerb(lemma=lemma, stance="neutral", bare=False, belief=True, object=True) for lemma in set(SELF_NAMING_FORMS.values())}
# Negation words proper (not "declined", "refused"): what may stand before a belief that is still reported.
PLAIN_NEGATIONS = frozenset({"not", "n't", "never", "cannot"})
# Verb forms that follow a plural noun of speech as its verb: "FEC reports show", "campaign estimates suggest".
EVIDENCE_VERB_FORMS = frozenset({"show", "showed", "shown", "suggest", "suggested", "indicate", "indicated", "say", "said", "found", "reveal", "revealed"})
# Participles that, right after a word for evidence, report its finding: "recent polls showing X", "some polls indicating
# that X" (the finite verb each stands for names its cue).
EVIDENCE_PARTICIPLES = {"showing": "shows", "suggesting": "suggests", "indicating": "indicates", "finding": "finds"}
EVIDENCE_PARTICIPLE_HEADS = frozenset({"poll", "polls", "polling", "survey", "surveys", "data", "figures", "numbers", "statistics", "records", "documents",
                                       "ledgers", "emails", "evidence", "results", "returns", "study", "studies", "research", "analysis", "filings", "tallies", "estimates"})
RELATIVE_EVIDENCE_FORMS = frozenset({"show", "shows", "showed", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "found", "finds"})
EVIDENCE_DETERMINERS = frozenset({"a", "an", "the", "some", "many", "several", "no", "these", "those", "this", "its", "his", "her", "their", "our", "other",
                                  "most", "all", "both", "few", "any", "each", "every", "two", "three", "four", "five", "multiple", "numerous"})
# Plural records that show or find things as data do: "FEC reports show ...", "court filings show ...".
RECORD_HEADS = frozenset({"reports", "filings", "tallies", "audits", "reviews", "disclosures", "transcripts", "logs", "minutes"})
# Passive report forms that "as ... by X" turns into a source: "As reported by the Ledger, ...".
AS_REPORTED_CUES = frozenset({"reported", "noted", "revealed", "disclosed", "confirmed", "detailed"})
# A share of people, written as a fraction or a word for a part: "two-thirds", "three-in-five", "majorities".
# Quantifiers that stand for people as a subject: "Many believe ...", "Some fear ...", "Others say ...".
QUANTIFIER_SUBJECTS = frozenset({"many", "few", "some", "several", "others"})
SHARE_RE = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine)-(?:half|halves|thirds?|fourths?|fifths?|quarters?|in-(?:two|three|four|five|six|seven|eight|nine|ten|\d+))")
SHARE_WORDS = frozenset({"majorities", "majority", "minority", "plurality", "half", "most"}) | QUANTIFIER_SUBJECTS
MAX_SHARE_TOKENS = 8
MAX_OPENING_NAME_TOKENS = 6
MAX_OPENING_ASIDE_TOKENS = 45
SPOKEN_WITH_PASTS = frozenset({"met", "spoke", "talked", "interviewed", "surveyed", "asked", "reached", "contacted", "polled"})
MAX_RESUMED_SUBJECT_TOKENS = 12
MAX_OWNED_HEARER_WORDS = 3
OWNED_HEARER_NOUNS = frozenset({"staff", "team", "audience", "cabinet", "caucus", "crowd"})
CONTRASTED_SOURCES = frozenset({"another", "others", "one"})
CONTACT_SPEAKER_STARTS = frozenset({"the", "a", "an", "his", "her", "their", "its", "some", "many", "he", "she", "they", "we", "i", "you"})
MODALS = frozenset({"will", "would", "could", "may", "might", "can", "must", "should"})
SHORT_REPLY_FOLLOWERS = SENTENCE_END | frozenset({",", ";", "—", "–", "in", "on", "at", "during", "publicly", "privately", "again", "too", "then",
                                                  "last", "this", "when", "after", "before", "earlier", "later", "and", "but", "because"})
NOMINATIVE_PRONOUNS = frozenset({"he", "she", "they", "we"})
PLURAL_PEOPLE_SUBJECTS = frozenset({"people", "voters", "americans", "democrats", "republicans", "women", "men", "residents", "workers", "officials", "critics"})
LIGHT_STATEMENT = CueVerb(lemma="make a point", stance="neutral", bare=False)  # "made the point that ...": a statement phrase with its clause
LIGHT_BELIEF = CueVerb(lemma="voice a concern", stance="neutral", bare=False, belief=True)  # "voiced confidence that ...": a belief made known
OPENING_GERUND_PREPOSITIONS = frozenset({"in", "by", "after", "since", "before", "besides", "upon"})  # an opening "In describing ..., X": X's act
CLAUSE_TAKING_NOUNS = frozenset({"notion", "idea", "fact", "sign", "signs", "evidence", "speculation", "recognition", "news", "view", "hope", "hopes",
                                 "belief", "assumption", "possibility", "concern", "fear", "fears", "worry", "sense", "impression", "suggestion",
                                 "argument", "claim", "claims", "theory", "word", "rumor", "rumors", "indication", "expectation", "no"})
AS_GAP_LEMMAS = frozenset({"see", "view", "regard", "consider", "describe", "characterize", "portray"})  # "what he saw as ...": a judgment of the gap
# Words in "-s" that are no present verb; determiners that open a present verb's object ("highlights the threat").
NOT_PRESENT_S_WORDS = frozenset({"always", "perhaps", "sometimes", "towards", "afterwards", "besides", "whereas", "nevertheless", "news", "years",
                                 "days", "weeks", "months", "times", "hours", "percent", "points", "votes", "dollars", "cents", "ones", "others"})
# Words that narrow a time after a cue: "just today", "late Monday", "early last week".
TIME_PRECISERS = frozenset({"just", "late", "early"})
# "shortly after midnight", "just before dawn": a time of day reached from near it
NEAR_TIME_WORDS = frozenset({"shortly", "soon", "just"})
CLOCK_TIMES = frozenset({"midnight", "noon", "midday", "dawn", "daybreak", "sunrise", "sunset", "dusk"})
# Determiners that open a plural subject of a clause reported without "that" ("said the new rules favour the rich").
DEFINITE_PLURAL_DETERMINERS = frozenset({"the", "these", "those", "many", "some", "most", "all"})
POLITICAL_COMMITTEES = frozenset({"pac", "pacs"})  # a committee that raises money for a candidate, written in capitals
OBJECT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those"})
AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do"})
# How far a hearer may run after a verb of telling before the comma and quotation of what was told.
MAX_HEARER_BEFORE_QUOTATION_TOKENS = 10
# How long a time after "had written" may run before the comma and quotation of what was written ("just a few years earlier").
MAX_TIME_BEFORE_QUOTATION_TOKENS = 6
TIME_AFTER_PERFECT_WORDS = frozenset({"later", "earlier", "ago", "afterward", "afterwards"}) | {"just", "only", "few", "couple", "of", "several", "some", "many", "years", "months", "weeks", "days",
                                                 "decades", "hours", "before", "long", "ago"}
# Words no hearer phrase holds: a clause, a quotation's frame or a sentence's end begins there.
HEARER_QUOTATION_STOPS = frozenset({",", ":", ";", ".", "?", "!", "—", "–", "--", "-"}) | CLAUSE_BOUNDARIES | AUXILIARIES
# Prepositions opening the occasion a verb of saying names before a quotation ("said in an interview with ...").
OCCASION_BEFORE_QUOTATION = frozenset({"in", "during", "on", "to", "at"})
PROGRESSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "been", "be"})
# Words before an auxiliary that make what precedes it more than a plain noun phrase (a relative or subordinate clause).
JOINED_CLAUSE_STOPS = frozenset({"who", "whom", "whose", "which", "that", "what", "where", "when", "if", "as", "because", "while", "since", "after",
                                 "before", "although", "though", "and", "or", "but"})


def _reports_evidence(frame: "Frame") -> bool:
    """"According to a new survey, 51 percent said ...": a poll, study or document that holds another
    report is a source of its own (its finding contains the report), not an outlet relaying it."""
    return frame.kind == "according" and _evidence_source(frame.mention)


def _evidence_source(mention: Mention | None) -> bool:
    """A poll, study, report or other document or data, named as such: a source that is no outlet relaying it."""
    return mention is not None and not mention.outlet and not mention.heard_via and (mention.document or mention.head in DATA_HEADS)


def _counted_share(mention: Mention | None) -> bool:
    """"55 percent of likely voters", "a majority of parents", "Six in 10": a share of the people a poll or study counted."""
    return mention is not None and mention.head == "percent"


def _people_asked(mention: Mention, poll: Mention) -> bool:
    """A group of people a poll's own finding does not name ("voters", "Americans"): those it asked."""
    return poll.head in POLL_WORDS and mention.kind == "unnamed" and not mention.definite and not mention.generic and (mention.head or "").endswith("s")


# Every word SentenceFrames.find's passes after the cue frames (and _held_without_subject_frame) test a sentence for: one
# scan finds those it holds. A word tested for must be in it (tests/extraction/test_r9_speed_frames.py checks each test).
# "Sanders, a self-described democratic socialist, said": how the one the phrase describes describes himself
SELF_DESCRIBED = frozenset({"self-described", "self-identified", "self-proclaimed", "self-declared", "self-styled"})
SENTENCE_PASS_WORDS = (POLL_WORDS | DATA_PLACING_VERBS | frozenset(EVIDENCE_PARTICIPLES) | NOMINAL_STARTERS | LISTING_VERBS | RELATIVE_EVIDENCE_FORMS
                       | DOCUMENT_PARTICIPLES | PASSIVE_BY_CUES | JUDGED_BY_FORMS | MODALS | AGENT_REPORTED_FORMS | WHO_HOLDS_ADVERBS | STANCE_BY_FORMS | GAP_BELIEF_FORMS
                       | REFLEXIVE_WORDS | AS_NAMING_FORMS | SELF_DESCRIBED | STANCE_AGENT_NOUNS | CUE_ASIDE_DASHES | {"view", "that", "which", ":", "who", "by"})


@lru_cache(maxsize=1)
def _frame_starters() -> frozenset[str]:
    """Lower-case words a frame can start from."""
    from .cues import cue_forms

    return frozenset(cue_forms()) | _statement_first_words() | {"according", "read", "words", "states", "question", "responding"} | frozenset(PARTICLE_CUES) | TALKING_FORMS | LINKED_BELIEF_ADJECTIVES | LIGHT_VERBS | COPULA_REPORT_NOUNS | frozenset(PERFECT_CUES) | frozenset(STANCE_NOUNS) | LISTING_VERBS | OWNED_REPORT_PLURALS | POSSESSIVE_REPORT_PLURALS | COLON_SAYING_NOUNS


@lru_cache(maxsize=1)
def _noun_only_starters() -> frozenset[str]:
    """The frame starters that only the noun rules of _frame_at read (copula, colon and plural nouns of saying)."""
    from .cues import cue_forms

    others = frozenset(cue_forms()) | _statement_first_words() | {"according", "read", "words", "states", "question", "responding"} | frozenset(PARTICLE_CUES) | TALKING_FORMS | LINKED_BELIEF_ADJECTIVES | LIGHT_VERBS | REPORT_NOUNS | frozenset(PERFECT_CUES) | frozenset(
        STANCE_NOUNS) | LISTING_VERBS | OWNED_REPORT_PLURALS
    return _frame_starters() - others


@lru_cache(maxsize=1)
def _skippable_before_cue() -> frozenset[str]:
    """Every word _skip_back_adverbs may step over or read, besides those ending "ly" or "n't" and numbers."""
    return (MODALS | word_set("negations") | word_set("passive_aux") | word_set("adverbs_between") | DATE_ENDS | WEEKDAY_WORDS | RECENT_TIME_UNITS
            | frozenset(("be", "been", "heard", "seen", "to", "ago")) | LINKING_VERBS)


@lru_cache(maxsize=None)
def _statement_phrases_from(word: str) -> tuple[tuple[str, ...], ...]:
    """The statement phrases opening with ``word``, longest first as ``statement_phrases`` gives them."""
    return tuple(phrase for phrase in statement_phrases() if phrase[0] == word)


@lru_cache(maxsize=1)
def _statement_first_words() -> frozenset[str]:
    from .cues import statement_first_words

    return statement_first_words()


@lru_cache(maxsize=1)
def _subject_heads() -> frozenset[str]:
    return word_set("unnamed_heads") | word_set("institution_heads") | word_set("org_heads") | {"company", "firm", "group", "lender", "bank"}


def _people_or_body(word: str) -> bool:
    """A noun for people or a body, singular or plural ("organizations", "groups", "agencies")."""
    heads = _subject_heads()
    return word in heads or word.endswith("s") and word[:-1] in heads or word.endswith("ies") and word[:-3] + "y" in heads


@lru_cache(maxsize=1)
def _adverbial_time_words() -> frozenset[str]:
    return word_set("time_words") - {"a", "the", "on", "in", "at"}


PARTICIPLES = frozenset({
    "known", "seen", "written", "taken", "given", "shown", "chosen", "driven", "born", "made", "held", "led", "sent",
    "brought", "built", "kept", "told", "left", "hit", "put", "set", "caught", "found", "won", "lost",
})
PARENTHESIS_OPENERS = frozenset({"who", "whose", "which", "speaking", "according", "asked", "responding", "writing", "citing", "by"})


def _opens_parenthesis(word: str) -> bool:
    return word in PARENTHESIS_OPENERS or word in PARTICIPLES or (len(word) > 4 and word.endswith(("ing", "ed")))


@lru_cache(maxsize=None)
def _perfect_cue(participle: str) -> CueVerb:
    """"has written that ...": the cue with "that" or a quotation only ("had written the script" reports nothing)."""
    return replace(cue_verb(PERFECT_CUES[participle]), bare=False, bare_finite=False)


@lru_cache(maxsize=None)
def _linked_belief_cue(adjective: str) -> CueVerb:
    """"is sure (that) ...", "was adamant that ...": a belief cue that only its linking verb makes one (no cue verb of
    the lexicon, which would make "certain" a verb wherever it stands: "a path for certain workers")."""
    return CueVerb(lemma=adjective, stance="assertive" if adjective == "adamant" else "neutral", bare=True, bare_finite=True, belief=True)


@lru_cache(maxsize=None)
def _talking_cue(particle: str) -> CueVerb:
    """"spoke about how ...": the cue "talked about", its report opening after the particle."""
    return replace(cue_verb("talked"), particles=(particle,))


@lru_cache(maxsize=None)
def _particle_cue(word: str) -> CueVerb:
    """The cue a verb of PARTICLE_CUES is with its particle, the report opening after the particle."""
    particle, form = PARTICLE_CUES[word]
    return replace(cue_verb(form), particles=(particle,))


def _plural_noun(word: str) -> bool:
    """"farmers", "workers" (not "boss", "census", "Vell's")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _looks_like_verb(word: str) -> bool:
    """Where a lower-case subject phrase ends, without a tagger: an auxiliary, a past form or a cue."""
    return word in AUXILIARIES or (word.endswith("ed") and len(word) > 4) or cue_verb(word) is not None or (
        word in FINITE_VERBS and word not in {"shows", "left", "won", "lost"} or word in IRREGULAR_PASTS)  # "The mayor held a meeting and urged ..."


# Endings only adverbs have ("Significantly", "Hastily", "Reportedly"), never a surname such as Kelly or Daly.
ADVERB_ENDINGS = ("ally", "ently", "antly", "ously", "ively", "ably", "ibly", "fully", "lessly", "edly", "ingly", "ately", "tily", "sily", "rily", "dily")
# An opening phrase that ends in when it happened: "Hours later, ...", "Two days earlier, ...".
OPENING_TIME_ENDS = frozenset({"later", "earlier", "ago", "afterward", "afterwards"})
TIME_BEFORE_CLAUSE_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})
# "Each election cycle, ...", "One Sunday in late 2001, ...", "Every four years, ...": a time, not the subject, opens the sentence.
COUNTED_TIME_OPENERS = frozenset({"each", "every", "one", "that"})
COUNTED_TIME_UNITS = TIME_BEFORE_CLAUSE_UNITS | WEEKDAY_WORDS | PARTS_OF_DAY | {"days", "weeks", "months", "years", "cycle", "season", "summer", "winter",
                                                                            "spring", "fall", "autumn", "weekend", "time"}


# Prepositions that govern two places joined by "and" inside a noun phrase: "exit polls in Ohio and Iowa".
PLACE_PREPOSITIONS = frozenset({"in", "from", "of", "across", "for"})


def _state_after_town(tokens: list[Token]) -> bool:
    """A comma part that is only a US state ("N.H.", "Colo.", "Iowa"), written after a town."""
    words = [t.text for t in tokens if t.text != "."]
    return 0 < len(words) <= 2 and all(t.is_capitalized for t in tokens if t.text != ".") and " ".join(words).lower().rstrip(".") in US_STATES


JOINED_SETTING_STARTS = frozenset({"that", "this", "back", "then", "there", "here", "on", "in", "at", "during", "after", "before", "later", "earlier"})
SUBORDINATE_OPENERS = frozenset({"as", "when", "while", "after", "before", "if", "because", "since", "though", "although"})
OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "or"})
# Words before "many/most/some/few" + plural that are no noun a relative clause hangs on, and plurals that are no people.
NOT_CLAUSE_NOUNS = frozenset({"even", "also", "only", "just", "still", "now", "then", "yet", "ever", "perhaps", "probably", "next", "last",
                              "decades", "years", "months", "weeks", "days", "hours", "times", "ago", "instance", "example", "fact"})
# Prepositions before a person named as a participle's subject: "interviewed about Pope Francis calling ...".
NAME_PARTICIPLE_PREPOSITIONS = frozenset({"about", "of", "over", "on"})
PARTICIPLE_NP_PREPOSITIONS = frozenset({"to", "for", "of", "from", "with", "among", "by", "into", "behind", "at"})
RELATIVE_WHO = frozenset({"who", "who'd", "who’d", "who's", "who’s", "who've", "who’ve"})
# Where a walk back from a name joined by "and"/"or"/"but" (or by "with") stops: a relative pronoun or a break
_JOINED_WALK_STOPS = RELATIVE_WHO | HARD_PUNCT | {",", "\x00quote"}
_WITH_WALK_STOPS = HARD_PUNCT | {"who", "whom", ",", "\x00quote"}
# a subject after one of these speaks inside a clause describing something of the sentence, not as its speaker
SPEAKER_IN_RELATIVE_OPENERS = frozenset({"what", "which", "whom", "whose"})
DETERMINERS_BEFORE_ADJECTIVE = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
# How many words of description may stand between a quotation and the name of its tag ("the assailant, John Ray").
MAX_TAG_DESCRIPTION_TOKENS = 6
# Adjectives that describe a hearer by whom or what it is near ("an aide close to him", "a source familiar with the talks").
HEARER_MODIFIER_ADJECTIVES = frozenset({"close", "closest", "familiar", "loyal", "near", "friendly", "sympathetic"})
# Prepositions after which "that" points at a thing ("responded to that letter"), never opens a clause ("in that", "so
# that" and "now that" are left out: they open one).
DEMONSTRATIVE_THAT_PREPOSITIONS = frozenset({"to", "on", "about", "of", "with", "for", "at", "by", "from", "over", "against"})
# Where a hearer after "told" ends and a circumstance or a clause on it begins ("told a crowd in Dover, where ...").
HEARER_TAIL_BREAKS = frozenset({",", ";", ":", "(", "-", "—", "–", "which", "who", "whom", "where", "when", "after", "before", "while", "as", "during"})
# Words that open the subject after a question's auxiliary ("would any voter", "will their editors"); auxiliaries that are
# also given names ("Will Doyle", "May Lee").
QUESTION_SUBJECT_STARTS = DETERMINERS_BEFORE_ADJECTIVE | {"any", "every", "no", "most", "many", "some", "other", "these", "those", "this", "that"}
NAME_LIKE_AUXILIARIES = frozenset({"will", "may", "can"})
# What may follow a name inside a noun phrase: "Sanders and Clinton", "Clinton's ties to Wall Street", "Trump in 2016".
NAME_CONTINUERS = frozenset({"and", "or", "of", "for", "in", "on", "at", "to", "from", "with", "by", "over", "against", "about", "into", "as", "'s", "’s"})
COPULAS = frozenset({"is", "was", "are", "were", "be", "been"})
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# Where "his support for ..." is the owner's own stance: opening the sentence or its clause ("His attacks on banks
# resonated", "But her decision to ..."), or after "in"/"with"/"beyond"... ("vocal in their criticism of Trump").
PRONOUN_STANCE_OPENERS = frozenset({"", "but", "yet", ",", ":", ";", "in", "with", "by", "beyond", "from", "since", "as", "despite", "amid", "after", "given"})
# Bodies that hold a stance after ", which": "The union, which endorsed ...".
GROUP_HEADS = frozenset({"union", "unions", "group", "groups", "party", "committee", "campaign", "company", "association", "coalition",
                         "council", "federation", "organization", "organisation", "board", "caucus", "chamber", "paper", "newspaper"})
# Heads of people (names.py's unnamed heads) that are records when questioned: "questioned the report", "questioned the figures".
QUESTIONED_RECORDS = frozenset({"report", "reports", "statement", "study", "studies", "survey", "poll", "polls", "estimates", "figures", "data"})
OPENING_QUANTIFIERS = frozenset({"one", "two", "three", "four", "five", "some", "many", "most", "several", "both", "all", "each", "another", "few", "dozens", "hundreds", "thousands"})
CLAUSE_OR_HARD_BOUNDARIES = SUBJECT_BOUNDARIES - {","}
INDEFINITE_OR_DEFINITE = frozenset({"a", "an", "the"})
# Adverbs that date a role set in apposition: "once a treasurer and today a scholar".
ROLE_TIME_ADVERBS = frozenset({"once", "now", "today", "then", "later", "formerly", "previously", "currently", "still", "also"})
CLAUSE_OPENING_WORDS = frozenset({"despite", "after", "before", "but", "and", "even", "besides", "although", "though", "while", "whilst", "because", "since", "once", "unless", "until"})
CLAUSE_OPENING_INSIDE = CLAUSE_OPENING_WORDS - {"and", "even"}
# Words that open a speaker's noun phrase after a cue ("said a former aide", "said one official").
ORGANIZATION_CONNECTORS = frozenset({"of", "for", "on"})
EXCEPTING_QUANTIFIERS = frozenset({"all", "everyone", "everybody", "none", "nobody", "anyone"})
THOSE_PREPOSITIONS = frozenset({"over", "under", "with", "without", "in", "at", "between", "from", "aged", "younger", "older", "polled", "surveyed"})
RECENT_SPANS = frozenset({"past", "days", "weeks", "months", "years"})
DATE_ENDS = WEEKDAY_WORDS | PARTS_OF_DAY | RECENT_SPANS  # the last word of "on Tuesday", "late Monday night", "in the past" ("on Jan. 5" ends in a number)
SPEAKER_DETERMINERS = DETERMINERS_BEFORE_ADJECTIVE | {"one", "two", "three", "another", "some", "several", "many"}


def _adverb_by_ending(word: str) -> bool:
    return len(word) > 6 and word.endswith(ADVERB_ENDINGS)


def _adverb_before_verb(word: str) -> bool:
    """"Lee also chided", "Lee publicly chided", "Lee repeatedly chided": an adverb between a clause's subject and its verb."""
    return word in VERB_ADVERBS or word == "already" or _adverb_by_ending(word) or word.endswith("ly") and word in word_set("adverbs_between")


def _describes(tokens: list[Token]) -> bool:
    """A descriptive noun phrase before a name in apposition: "the head of X", "Labour's shadow
    health secretary", "a spokeswoman for X"."""
    first = tokens[0]
    if first.lower in ("a", "an", "the") or (first.is_word and not first.is_capitalized):
        return any(t.lower in word_set("role_words") or t.lower in word_set("unnamed_heads") for t in tokens)
    # "Labour's ...", "Tomas Vell's spokesman": a capitalised owner of one or more words, then the role
    owner = next((y for y, t in enumerate(tokens[:4]) if t.text.endswith(("'s", "’s"))), None)
    return owner is not None and 0 < owner + 1 < len(tokens) and all(t.is_capitalized for t in tokens[:owner + 1]) and any(
        t.lower in word_set("role_words") for t in tokens[owner + 1:])


def _describes_one_person(tokens: list[Token]) -> bool:
    """"a spokeswoman for the mayor", "the mayor's chief of staff": a description by one person's role (no group of
    people: "officials" may be followed by a name that opens the clause they source)."""
    return _describes(tokens) and any(t.lower in word_set("role_words") and not _plural_noun(t.lower) for t in tokens)


@dataclass
class Frame:
    kind: str  # pre | trail | inverted | according | statement | inherit
    cue: str | None
    cue_verb: CueVerb | None
    cue_index: int  # token index of the cue's first word
    after_cue: int  # token index just after the cue phrase (audience, adverbials included)
    mention: Mention | None = None
    subject_start: int | None = None  # token index where the subject phrase begins
    phrase_start: int | None = None  # where a description before the name begins ("the plaintiffs' lawyer, X")
    apposition_role: str | None = None
    outlet_heard: str | None = None  # "told Sky News", "in an interview with CNN", "seen by the BBC"
    content: tuple[int, int] | None = None  # token range of reported (indirect) content
    content_mode: str | None = None  # that | bare | wh | trail | according | object
    negated: bool = False
    relative: bool = False  # "which officials denied": the clause is not the cue's
    cited: Mention | None = None  # "Reuters, citing two officials, reported": the source the outlet cites
    inherit: bool = False  # the subject is an earlier frame's
    next_act: int | None = None  # "said X and urged ...": where the speaker's next act begins (its quotes are the speaker's too)
    speaker: object = None  # resolved entity (set by the engine)
    relay: tuple = field(default_factory=tuple)
    relayed: tuple[int, int] | None = None  # the clause an outer "according to X" relays once its own content is dropped
    relative_at: int | None = None  # "which officials said will ...": where the relative pronoun stands
    in_relative: bool = False  # the cue sits in a "who" clause describing its subject
    stance: bool = False  # "endorsed Clinton", "criticized the GOP": an act aimed at someone, with nothing said about them
    negation_at: int | None = None  # "do not want": the token index of "not" / "doesn't" before the cue
    owned: bool = False  # "his support for the bill": a noun of stance and its owner, no verb
    names_a_thing: bool = False  # "a pension formula called the 'frozen index'": its quotation is the thing's name, nobody's words

    @property
    def partial_only(self) -> bool:
        return self.cue_verb is not None and self.cue_verb.partial_only

    @property
    def belief(self) -> bool:
        """What it reports is a belief or intention ("believes ...", "wants ...", "urged voters to ..."),
        not a claim that something is so."""
        verb = self.cue_verb
        return verb is not None and (verb.belief or verb.directive and self.content_mode not in {None, "wh"} or verb.intention and self.content_mode == "object"
                                     or self.stance)

    @property
    def weak(self) -> bool:
        """A belief, a verb's object or a finding: it never cuts short the clause of a report around
        it, and inside one it is part of what that source reported."""
        verb = self.cue_verb  # (belief inlined: the engine asks this of every frame, twice)
        if verb is None:
            return self.content_mode == "object"
        return (verb.belief or verb.directive and self.content_mode not in {None, "wh"} or verb.intention and self.content_mode == "object"
                or self.stance or self.content_mode == "object" or verb.evidence)


# Every word the walk back over a subject in _attach_subject tests for (a quotation's lower-case text included): it
# steps over any other word at once.
_WALK_BACK_STOPS = HARD_PUNCT | CLAUSE_BOUNDARIES | FINITE_CUE_FORMS | {")", "-", "as", "\x00quote"}


@lru_cache(maxsize=1)
def _walk_back_stops() -> frozenset[str]:
    """The words the walk back in _attach_subject stops to read: _WALK_BACK_STOPS and the frame starters (every cue form is
    one: a word outside them has no cue verb), one set so that each word walked over costs one look-up."""
    return _WALK_BACK_STOPS | _frame_starters()


# The nouns of saying _frame_at reads before it asks for a verb (the starters _noun_only_starters holds among them).
_NOUN_STARTERS = COPULA_REPORT_NOUNS | REPORT_NOUNS | POSSESSIVE_REPORT_PLURALS | OWNED_REPORT_PLURALS | frozenset(STANCE_NOUNS) | COLON_SAYING_NOUNS
# The forms whose verb _frame_at reads again from the words around them.
# "spoke about the plan", "speaks of her faith", "talks about a revolution": forms whose "about"/"of" and a noun phrase
# name the topic a speaker raised ("talk about", "speak of" after "to" or "will" are too often plans, not speech).
TALKED_OF_FORMS = frozenset({"spoke", "speaks", "talks", "speaking"})
TALKED_OF_REJECTED = frozenset({"it", "them", "that", "this", "what", "which", "who", "whom", "those", "these", "him", "me", "us", "you"})
_REREAD_FORMS = frozenset(("states", "read", "question", "responding")) | frozenset(PARTICLE_CUES) | frozenset(PERFECT_CUES) | TALKING_FORMS | LINKED_BELIEF_ADJECTIVES
_SETTING_WORDS = frozenset(("in", "on", "at", "during"))
_OWN_CLAUSE_OPENERS = SUBORDINATE_OPENERS | {"unless", "until", "that", "whether"}
_BE_AND_HAVE = frozenset(("is", "are", "was", "were", "has", "have", "had"))
QUESTION_WHO_SUBJECTS = SUBJECT_PRONOUNS | {"it", "you"}  # "to say who she backs": a question's subject after "who"
# Words before a share ("and only 6 percent"), and what joins or may not open an item of a series after an object's comma.
SHARE_HEDGES = frozenset({"only", "just", "about", "nearly", "roughly", "almost", "another", "some"})
SERIES_JOINS = frozenset({",", "and", "or"})
SERIES_ITEM_REJECTED = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "but", "then", "not", "even", "also", "including",
                                  "such", "like", "as", "than", "so", "yet", "saying", "said", "says", "while", "with", "a", "an",
                                  "mostly", "mainly", "largely", "chiefly", "often", "usually", "notably", "perhaps"})  # (an aside: "..., mostly for lenders")
MAX_SERIES_ITEM = 5
MAX_SERIES_LEAD = 16  # a longer object before the comma is as likely a clause misread as an object: it is not run on
_CLAUSE_END_MARKS = frozenset((";", ":", ",", "and"))  # the words at which _limit_contents may end a clause
_RELATIVE_PRONOUNS = frozenset(("that", "who", "which"))
_TIME_SPAN_STARTS = frozenset(("a", "an", "few", "several", "two", "three", "four", "five", "six", "ten", "many", "some"))


# The times _skip_adverbials steps over by themselves: "said Monday", "said publicly".
_SKIPPED_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                                 "tonight", "earlier", "later", "recently", "previously", "again", "also", "publicly", "privately",
                                 "repeatedly", "separately", "afterwards", "then", "too", "once", "further", "first", "aloud"})
# Every word _skip_adverbials reads on from (besides an "-ly" adverb and a number): any other ends its walk at once.
_ADVERBIAL_OPENERS = _SKIPPED_TIME_WORDS | TIME_PRECISERS | PARTS_OF_DAY | _TIME_SPAN_STARTS | CUE_ASIDE_DASHES | {
    ",", "last", "this", "next", "at", "for", "as", "only", "by", "to", "in", "on", "during", "via", "through", "with", "over"}


class SentenceFrames:
    """Finds the frames of one sentence's tokens."""

    def __init__(self, text: str, tokens: list[Token]):
        self.text = text
        self.tokens = tokens
        self.n = len(tokens)
        self.lowers = [t.lower if t.quote is None else "\x00quote" for t in tokens]
        # "WASHINGTON (Reuters) - The mayor said": no subject before it (the lower-case forms let it look for the dash in C)
        self.story_start = after_dateline(tokens, 0, self.n, self.lowers)
        if self.n > 3 and tokens[0].text.isupper() and not self.story_start:
            self.story_start = after_headline(tokens)  # (a sentence opening in capitals: rare)
        self._firsts: dict[frozenset[str], int] = {}  # (_first_of)
        self._intro: int | None = UNREAD  # (speech_intro: asked for each frame of the sentence, read once)

    # ------------------------------------------------------------------ public
    def find(self) -> list[Frame]:
        frames: list[Frame] = []
        starters = _frame_starters()
        lowers = self.lowers
        after = 0  # a frame's cue phrase is not read again
        # (the starters' positions picked out in C: a step of Python for every word of every sentence read costs a third more)
        starter_at = list(compress(range(self.n), map(starters.__contains__, lowers)))
        for index in starter_at:
            if index < after:
                continue
            frame = self._frame_at(index)
            if frame is not None:
                frames.append(frame)
                after = max(index + 1, frame.cue_index + 1)
        # The passes below each look for a word of their own; one scan of the sentence says which of those words it holds
        # (most sentences hold none), and each test reads that small set instead of the sentence.
        held = SENTENCE_PASS_WORDS.intersection(lowers)
        if not POLL_WORDS.isdisjoint(held):
            frames.extend(self._in_a_poll(frames))
            if not DATA_PLACING_VERBS.isdisjoint(held):
                frames.extend(self._data_placing(frames))
        if not EVIDENCE_PARTICIPLES.keys().isdisjoint(held):
            frames.extend(self._evidence_participles(frames))
        if not NOMINAL_STARTERS.isdisjoint(held) and not NOMINAL_STARTERS.isdisjoint([lowers[x] for x in starter_at]):
            if not LISTING_VERBS.isdisjoint(held):
                frames.extend(self._listing(frames))
            if "view" in held:
                frames.extend(self._in_whose_view(frames))
        if self.n > 5 and self.story_start < self.n and lowers[self.story_start] in {"to", "by", "but"}:
            frames.extend(self._to_whom(frames))
            frames.extend(self._by_whose_measure(frames))
        if not RELATIVE_EVIDENCE_FORMS.isdisjoint(held):
            frames.extend(self._evidence_relatives(frames))
        if starter_at:
            self._held_without_subject_frame(frames, starter_at, held)
        if not REFLEXIVE_WORDS.isdisjoint(held) or "as" in lowers and not AS_NAMING_FORMS.isdisjoint(held):
            self._self_named(frames)
        if not SELF_DESCRIBED.isdisjoint(held):
            frames.extend(self._self_described(frames))
        if not STANCE_AGENT_NOUNS.isdisjoint(held):
            frames.extend(self._stance_agent_said_of_subject(frames))
        if not DOCUMENT_PARTICIPLES.isdisjoint(held):
            frames.extend(self._released_documents(frames))
        relative_cues = [x for x in starter_at if lowers[x - 1] in {"that", "which"} and x > 3] if "that" in held or "which" in held else None
        if relative_cues:
            frames.extend(self._released_document_relatives(frames, relative_cues))
        colon_noun = next((x for x in starter_at if lowers[x] in COLON_SAYING_NOUNS and x + 1 < self.n and lowers[x + 1] == ":"), None) if ":" in held else None
        if colon_noun is not None:
            frames.extend(self._saying_noun_before_colon(frames, colon_noun))
        if len(frames) < 2 and not AGENT_REPORTED_FORMS.isdisjoint(held) and any(lowers[x] in AGENT_REPORTED_FORMS for x in starter_at):
            # (its forms are cue words: frame starters)
            frames.extend(self._reported_by_agent(frames))
        if self.n > 6 and lowers[0] == "asked" and lowers[1] == "by":
            frames.extend(self._asked_by())
        elif not PASSIVE_BY_CUES.isdisjoint(held):
            frames.extend(self._passive_asked_by(frames))
        if "by" in held and not JUDGED_BY_FORMS.isdisjoint(held):
            self._judged_by_agent(frames)
        if frames:  # (a third of the sentences read have none: the passes below each go through the frames, and do nothing)
            self._limit_contents(frames)
            if not CUE_ASIDE_DASHES.isdisjoint(held):
                self._end_beliefs_in_dashed_asides(frames)
        if self.lowers[self.story_start] in OPENING_CLAUSE_STARTS:
            self._end_opening_clause_contents(frames)
        if not frames:
            return frames
        self._holders_after_inner_verbs(frames)
        silent = self._bare_infinitives(frames)
        if len(frames) > 1 and not MODALS.isdisjoint(held):
            silent |= self._modal_acts(frames)
        self._drop_outer_contents(frames, silent)
        if len(frames) > 1:
            polls = [frame for frame in frames if _evidence_source(frame.mention)]
            if polls:
                self._respondents_speak_through(sorted(polls, key=lambda poll: poll.cue_index), frames)
        return frames

    @staticmethod
    def _respondents_speak_through(polls: list[Frame], frames: list[Frame]) -> None:
        """"A new poll found that 55 percent said ...", "Sixty percent said ..., according to a new survey", "In a new
        poll, 40 percent said ...", "A poll found X, while 23 percent said ...": the people a poll asked answered it, so
        the poll is the source of what they said (issue 10), as it is of its finding around it. The poll whose finding
        holds their words; for a counted share, else the one the sentence named before it."""
        for frame in frames:
            if frame.mention is None or any(frame is poll for poll in polls):
                continue
            holder = next((poll for poll in polls if poll.content is not None and poll.content[0] <= frame.cue_index < poll.content[1]), None)
            if holder is not None and (_counted_share(frame.mention) or _people_asked(frame.mention, holder.mention)):
                frame.mention = holder.mention
            elif holder is None and _counted_share(frame.mention):
                frame.mention = next((poll.mention for poll in reversed(polls) if poll.cue_index < frame.cue_index), frame.mention)

    def reported_clause_subject(self, content: tuple[int, int]) -> Mention | None:
        """The subject a reported clause opens with ("that Lee tried ...", "Lee tried ..."), if it has a verb of its own."""
        start = content[0] + (1 if self.lowers[content[0]] == "that" else 0)
        return self._subject_then_verb(start, content[1])

    def opens_with_counted_clause(self) -> bool:
        """The sentence opens with a clause of time after the time it is counted from: "Years after Lee said ..., ...",
        "A few weeks before the vote, ...", "Shortly after ..."."""
        x = 0
        while x < 4 and x + 1 < self.n and self.lowers[x] in OPENING_TIME_LEADS:
            x += 1
        return x > 0 and self.lowers[x] in ("after", "before", "since", "when", "as", "until", "once")

    def _end_opening_clause_contents(self, frames: list[Frame]) -> None:
        """"In a year in which most voters say they distrust her, even some allies questioned ...", "At a time when residents
        say the tax is too high, the council ...": a report whose subject opens a clause that opens the sentence (after a
        short phrase) reports up to the comma after which the main clause's subject and verb come."""
        for frame in frames:
            if frame.content is None or frame.kind != "pre" or frame.inherit or frame.subject_start is None:
                continue
            opener = frame.subject_start - 1
            if self.lowers[frame.subject_start] in OPENING_TIME_STARTS and self.tokens[frame.subject_start].start != frame.mention.start:
                # "After Lee said ...", "Two days after Lee said ...": the opener came with the subject phrase
                opener = next((x - 1 for x in range(frame.subject_start + 1, frame.cue_index) if self.tokens[x].start == frame.mention.start), opener)
            first = self.story_start + (1 if self.lowers[self.story_start] in OPENING_CONJUNCTIONS else 0)
            if opener < first or self.lowers[opener] not in OPENING_TIME_CLAUSE_WORDS or opener - first > 8 or not (
                    opener == first or self.lowers[first] in PREPOSITIONS or all(self.lowers[x] in OPENING_TIME_LEADS for x in range(first, opener))) or not all(
                    self.tokens[x].is_word for x in range(first, opener)):
                continue
            start, end = frame.content
            if self.lowers[start - 1] == ",":
                continue  # "As the Post reported, even then the White House was ...": what "as" reports is the main clause
            for x in range(start + 1, end - 2):
                if self.lowers[x] != ",":
                    continue
                y = x + 1
                while y < end and (self.lowers[y] in VERB_ADVERBS or self.lowers[y] in ("even", "still") or _adverb_by_ending(self.lowers[y])):
                    y += 1
                if self._main_clause_at(y, end):
                    frame.content = (start, x)
                    break

    def _main_clause_at(self, y: int, end: int) -> bool:
        """Whether a clause's subject and verb start at ``y`` (before ``end``), after an opening clause's comma: a subject
        phrase and a finite verb, a subject pronoun and its verb ("he appears"), or a name or determined phrase and a past
        form a few words on ("U.S. forces bombed")."""
        if self._subject_then_verb(y, end) is not None:
            return True
        if y + 1 >= end or not self.tokens[y + 1].is_word and not self._quotation_after_pronoun(y):
            return False
        if self.lowers[y] in ("he", "she", "they", "it"):
            return not self.tokens[y + 1].is_capitalized and self.lowers[y + 1] not in PREPOSITIONS and self.lowers[y + 1] not in CLAUSE_BOUNDARIES
        if self.lowers[y] in ("there’s", "there's", "it’s", "it's") or self.lowers[y] == "there" and self.lowers[y + 1] in FINITE_VERBS:
            return True  # "..., there's a sense among ...", "..., there is no plan"
        if not (self.tokens[y].is_capitalized and self.lowers[y] not in CLAUSE_BOUNDARIES or self.lowers[y] in CLAUSE_SUBJECT_DETERMINERS or (
                self.lowers[y] in COUNTED_SUBJECT_STARTS and self.lowers[y + 1] == "of")):  # "..., one of her aides could ..."
            return False
        for x in range(y + 1, min(y + 8, end)):
            if not self.tokens[x].is_word:
                return False
            word = self.lowers[x]
            if not self.tokens[x].is_capitalized and (word in AUXILIARIES or word in FINITE_VERBS or word in IRREGULAR_PASTS or word.endswith("ed") and len(word) > 4):
                return True
        return False

    def _quotation_after_pronoun(self, y: int) -> bool:
        """"When Lee said ... , he 'got the feeling of the teachers,' said Ann Ferris": a subject pronoun and a quotation
        that holds its verb open the main clause."""
        return self.lowers[y] in ("he", "she", "they") and self.tokens[y + 1].quote is not None

    def _modal_acts(self, frames: list[Frame]) -> frozenset[int]:
        """"He may add to his staff or change roles, he said": a verb after a modal, with nothing reported after it, is an
        act the clause speaks of (what may happen), not a report that the words around it relay (the ids of such frames)."""
        return frozenset(id(f) for f in frames if f.kind == "pre" and f.content is None and not f.negated and f.cue_index > 1
                         and self.lowers[f.cue_index - 1] in MODALS and f.subject_start is not None and f.subject_start < f.cue_index - 1)

    def _released_documents(self, frames: list[Frame]) -> list[Frame]:
        """"Gowdy released a statement highlighting the role Congress played", "the committee published a report on Monday
        detailing ...": the one who made the document public speaks; what the participle lays out is the content."""
        found = []
        for i in range(3, self.n - 1):
            if self.lowers[i] not in DOCUMENT_PARTICIPLES or any(f.cue_index <= i < (f.content[1] if f.content else f.after_cue) for f in frames):
                continue
            document = next((x for x in range(i - 1, max(1, i - 6), -1) if self.lowers[x] in RELEASED_DOCUMENTS), None)
            if document is None or not all(self.tokens[x].is_word or self.lowers[x] == "," for x in range(document + 1, i)):
                continue
            release = next((x for x in range(document - 1, max(0, document - 6), -1) if self.lowers[x] in RELEASING_FORMS), None)
            if release is None:
                continue
            if release > 0 and self.lowers[release] == "out":
                release -= 1  # "put out a statement"
            wh = self.lowers[i + 1] in ("what", "how", "why")  # "released statements deploring what happened"
            if not all(self.tokens[x].is_word for x in range(release + 1, document)) or not (wh or self._object_can_start(i + 1)):
                continue
            frame = Frame("pre", self.text[self.tokens[release].start:self.tokens[i].end], RELEASED_DOCUMENT, release, i + 1)
            if not self._attach_subject(frame, release) or frame.mention is None or frame.mention.generic or frame.inherit or frame.negated:
                continue
            frame.cue_index, frame.after_cue = release, i + 1
            if wh:
                frame.content, frame.content_mode = (i + 1, self.n - 1 if self.lowers[self.n - 1] in SENTENCE_END else self.n), "wh"
            else:
                self._object_content(frame, i + 1, particle=True)
            if frame.content is not None:
                found.append(frame)
        return found

    def _released_document_relatives(self, frames: list[Frame], relative_cues: list[int]) -> list[Frame]:
        """"Paul has released a Web video that accuses Cruz of ...", "a PAC launched an ad campaign that attacked Romney's
        work": a relative clause of a document someone made public, its verb a cue that takes an object; the one who made it
        public speaks (as with a participle: _released_documents)."""
        found = []
        for i in relative_cues:
            verb = cue_verb(self.lowers[i]) if i + 1 < self.n else None
            if verb is None or not (verb.object or verb.target or verb.lemma == "call") or self.tokens[i].is_capitalized:
                continue
            document = i - 3 if self.lowers[i - 2] == "," else i - 2
            if self.lowers[document] == "campaign" and self.lowers[document - 1] in ("ad", "advertising"):
                document -= 1  # "an ad campaign that attacked ..."
            if self.lowers[document] not in RELEASED_DOCUMENTS:
                continue
            release = next((x for x in range(document - 1, max(0, document - 7), -1) if self.lowers[x] in RELEASING_FORMS), None)
            if release is None or not all(self.tokens[x].is_word for x in range(release + 1, document)):
                continue
            if release > 0 and self.lowers[release] == "out":
                release -= 1  # "churned out a video that ..."
            frame = Frame("pre", self.text[self.tokens[release].start:self.tokens[i].end], verb, release, i + 1)
            if not self._attach_subject(frame, release) or frame.mention is None or frame.mention.generic or frame.inherit or frame.negated:
                continue
            frame.cue_index, frame.after_cue = release, i + 1
            self._object_content(frame, i + 1, particle=True)
            if frame.content is not None:
                frames[:] = [f for f in frames if f.cue_index != i]  # (the verb's own frame had the document's "that" as its subject)
                found.append(frame)
        return found

    def _saying_noun_before_colon(self, frames: list[Frame], noun: int) -> list[Frame]:
        """"The party's leaders sent Mr. Trump an unmistakable message: He is hurting the party.", "his supporters were making
        the same arguments: ...", "Republicans have two main questions: how ...": a noun of saying that the sentence's subject
        has, gives or makes, right before a colon; the words after the colon (no quotation: its own rules) are the subject's."""
        colon = noun + 1
        if noun < 2 or colon + 3 >= self.n or not self.tokens[colon + 1].is_word or frames or ":" in self.lowers[:colon]:
            return []
        mention, start, _verb = self.sentence_subject(noun)
        if mention is None or start is None or mention.generic or mention.kind not in ("person", "organization", "unnamed", "pronoun") or (
                mention.kind == "pronoun" and mention.pronoun not in ("person", "plural")) or mention.text.lower() in ("i", "we", "you"):
            return []
        after = next((x for x in range(start, noun) if self.tokens[x].start >= mention.end), noun)
        verb = next((x for x in range(after, noun) if self.lowers[x] in SAYING_NOUN_VERBS), None)
        if verb is None or any(not self.tokens[x].is_word and self.lowers[x] != "," or self.lowers[x] in SAYING_NOUN_BREAKS for x in range(verb + 1, noun)):
            return []  # ("One conclusion: ...", "Wisconsin will be one test case: ...": nobody gives it; "provided a path for
            # candidates with a message: ...": the message is the candidates', not the subject's)
        end = next((x for x in range(colon + 1, self.n) if self.lowers[x] in (";", "—", "–", "--") or self.lowers[x] in SENTENCE_END and x == self.n - 1), self.n)
        frame = Frame("pre", self.tokens[noun].text, CueVerb(lemma=self.lowers[noun], stance="neutral", bare=False), noun, colon + 1, mention, start)
        frame.content, frame.content_mode = (colon + 1, end), "that"
        return [frame]

    def _reported_by_agent(self, frames: list[Frame]) -> list[Frame]:
        """"Tinder's ban of Ms. Lee was first reported by BuzzFeed.", "Her death was confirmed by the Eagle Forum, the group she
        founded.": the subject of a passive of reporting is what the agent after "by" reported (a plain noun phrase that opens
        the sentence: no relative pronoun, comma or verb in it)."""
        start = self.story_start
        if len(frames) > 1:
            return []  # ("The death was confirmed by her son, Carl Ebbs, who said ...": the sentence's own report speaks)
        for i in range(start + 2, self.n - 2):
            if self.lowers[i] not in AGENT_REPORTED_FORMS:
                continue
            aux = i - 1
            while aux > start and self.lowers[aux] in AGENT_REPORTED_ADVERBS:
                aux -= 1
            # ("The plan, first reported by the Globe, would cut ...": the agent set off by commas after the subject)
            aside = self.lowers[aux] == "," and aux < i - 1
            if not aside and self.lowers[aux] not in ("was", "were", "is", "are") or self.lowers[i + 1] != "by" or aux - start < 2:
                return []
            if frames and (not aside or frames[0].cue_index != i or frames[0].content is not None):
                return []
            if any(not self.tokens[x].is_word or self.lowers[x] in AUXILIARIES or self.lowers[x] in ("which", "that", "who", "it", "this")
                   or cue_verb(self.lowers[x]) is not None for x in range(start, aux)):
                return []
            end = next((x for x in range(i + 2, self.n) if self.lowers[x] in (",", ";", ":", "(") or self.lowers[x] in SENTENCE_END and x == self.n - 1
                        or not self.tokens[x].is_word and self.lowers[x] != "."), self.n)
            if end - (i + 2) > 8 or end == i + 2 or aside and (end >= self.n - 2 or self.lowers[end] != ","):
                return []
            mention = parse_mention(self.text, self.tokens[i + 2:end])
            if mention is None or mention.kind not in ("person", "organization", "unnamed") or mention.generic:
                return []
            frame = Frame("pre", self.text[self.tokens[aux + 1].start:self.tokens[i + 1].end], cue_verb(self.lowers[i]), i, i + 2, mention, i + 2)
            frame.content, frame.content_mode = (start, aux), "object"
            frames.clear()  # (the aside's subject, "The plan", reported nothing itself)
            return [frame]
        return []

    def _bare_infinitives(self, frames: list[Frame]) -> frozenset[int]:
        """"met officials to discuss the crisis, according to reports", "was raised when the two men talked at the ball,
        Earnest said": an infinitive, or a verb inside a clause after a word ("when"), that reports nothing relays no
        clause around it (the ids of such frames)."""
        if not frames:
            return frozenset()
        return frozenset(id(f) for f in frames if f.kind == "pre" and f.content is None and not f.negated and not f.inherit and f.cue_index > 0
                         and f.cue_verb is not None and f.cue_verb.lemma != "say" and (self.lowers[f.cue_index - 1] == "to" or (
                             f.subject_start is not None and (f.subject_start > 0 and self.tokens[f.subject_start - 1].is_word
                                                              or self.lowers[f.subject_start] in SUBORDINATE_OPENERS))))  # ("After a reporter asked about it, ...")

    def _asked_by(self) -> list[Frame]:
        """"Asked by Thrush if Clinton "gets" race, Sharpton avoided an answer": the question is the asker's."""
        opener = next((x for x in range(3, min(self.n, 9)) if self.lowers[x] in QUESTION_OPENERS or self.lowers[x] in ("to", "about")), None)
        if opener is None or not all(self.tokens[x].is_word for x in range(2, opener)):
            return []
        comma = next((x for x in range(opener + 1, self.n) if self.lowers[x] == "," and not self._quote_ends_with_comma(x)), None)
        quote_comma = next((x for x in range(opener + 1, self.n) if self.tokens[x].quote is not None and self._quote_ends_with_comma(x)), None)
        end = min(x for x in (comma, quote_comma + 1 if quote_comma is not None else None) if x is not None) if comma or quote_comma else None
        if end is None or end - opener < 2 or end + 1 >= self.n:
            return []
        mention = parse_mention(self.text, self.tokens[2:opener])
        if mention is None or mention.kind not in ("person", "organization", "unnamed") or mention.generic:
            return []
        frame = Frame("according", "Asked by", None, 0, opener, mention, 2)
        frame.content, frame.content_mode = (opener, end), "wh"
        return [frame]

    def _passive_asked_by(self, frames: list[Frame]) -> list[Frame]:
        """"Holt was asked by host Ann Cole whether she would run", "When asked by a reporter if ..., Lee said": the
        question, or what is asked for ("asked by the court to ..."), is the asker's, named after "by"."""
        found = []
        for i in range(1, self.n - 4):
            word = self.lowers[i]
            if word not in PASSIVE_BY_CUES or self.lowers[i + 1] != "by" or self.lowers[i - 1] not in PASSIVE_ASKED_BEFORE or any(
                    f.cue_index <= i < (f.content[1] if f.content else f.after_cue) for f in frames):
                continue
            # ("He was warned by the Russian government that he was a threat": what the warner said)
            openers = QUESTION_OPENERS if word == "asked" else ("that",)
            opener = next((x for x in range(i + 3, min(self.n - 1, i + 10)) if self.lowers[x] in openers or self.lowers[x] == "to"), None)
            if opener is None or not all(self.tokens[x].is_word for x in range(i + 2, opener)) or self.lowers[opener] == "to" and not self._infinitive_at(opener):
                continue
            mention = parse_mention(self.text, self.tokens[i + 2:opener])
            if mention is None or mention.kind not in ("person", "organization", "unnamed") or mention.generic:
                continue
            end = next((x for x in range(opener + 1, self.n) if self.lowers[x] in (",", ";", ":") or self.tokens[x].quote is not None or (
                self.lowers[x] in SENTENCE_END and x == self.n - 1)), self.n)
            if self.lowers[opener] == "that":
                opener, end = opener + 1, self.n  # the clause runs on ("... that he was a threat, officials said": cut by the next frame)
            if end - opener < 3:
                continue
            frame = Frame("pre", f"{self.tokens[i].text} by", cue_verb(word), i, opener, mention, i + 2)
            frame.content, frame.content_mode = (opener, end), "object" if self.lowers[opener] == "to" else "that" if self.lowers[opener - 1] == "that" else "wh"
            found.append(frame)
        return found

    def _judged_by_agent(self, frames: list[Frame]) -> None:
        """"The staffing change was seen by some as a demotion", "she is seen by other leaders of the party as uniquely
        credible": a passive of judging in the sentence's main clause; the agent after "by" holds the view, the clause
        from its subject to the end of what follows "as" (a clause in a relative, or inside another's report, is left)."""
        for i in range(2, self.n - 4):
            if self.lowers[i] not in JUDGED_BY_FORMS or self.lowers[i + 1] != "by":
                continue
            aux = i - 1
            while aux > 1 and self.lowers[aux] in JUDGED_BY_ADVERBS:
                aux -= 1
            if self.lowers[aux] not in ("is", "are", "was", "were", "been", "be") or any(
                    f.cue_index != i and f.cue_index <= i < (f.content[1] if f.content else f.after_cue) for f in frames):
                continue
            as_at = next((x for x in range(i + 3, min(self.n - 1, i + 12)) if self.lowers[x] == "as"), None)
            if as_at is None or not all(self.tokens[x].is_word for x in range(i + 2, as_at)):
                continue
            mention = parse_mention(self.text, self.tokens[i + 2:as_at])
            if mention is None or mention.kind not in ("person", "organization", "unnamed"):
                continue
            start = self.story_start + (1 if self.lowers[self.story_start] in OPENING_CONJUNCTIONS else 0)
            # ("Manafort keeps his title, but the hiring of Bannon was seen by some as a demotion": the clause after ", but")
            start = next((x + 2 for x in range(aux - 2, start, -1) if self.lowers[x] == "," and self.lowers[x + 1] in OPENING_CONJUNCTIONS), start)
            if aux - start < 1 or any(self.lowers[x] in ("who", "which", "that", "whom") or self.tokens[x].quote is not None for x in range(start, aux)):
                continue
            end = next((x for x in range(as_at + 1, self.n) if self.lowers[x] in (";", ":", "—", "–") or self.lowers[x] in SENTENCE_END and x == self.n - 1), self.n)
            if end - as_at < 2:
                continue
            verb = cue_verb(self.lowers[i]) or CueVerb(lemma="see", stance="neutral", bare=False, belief=True)
            frame = Frame("pre", self.text[self.tokens[aux].start:self.tokens[i + 1].end], verb, i, as_at, mention, i + 2)
            frame.content, frame.content_mode = (start, end), "object"
            frames[:] = [f for f in frames if f.cue_index != i]
            at = next((x for x, f in enumerate(frames) if f.cue_index > i), len(frames))
            frames.insert(at, frame)

    def _in_a_poll(self, frames: list[Frame]) -> list[Frame]:
        """"In the new poll, Clinton leads by nine points" / "Clinton leads by nine points in a Fox poll":
        a finding of the poll, written without a verb of its own."""
        found = []
        for i in range(self.n - 2):
            if self.lowers[i] != "in" or any(f.cue_index <= i < (f.content[1] if f.content else f.after_cue) for f in frames):
                continue
            j = i + 1
            end = j
            while end < self.n and end - j < 10 and self.tokens[end].quote is None and self.lowers[end] not in (",", ";", ":", "—", "–", "-") and not (
                    self.lowers[end] in SENTENCE_END and end == self.n - 1):
                end += 1
            head = next((x for x in range(j, end) if self.lowers[x] in POLL_WORDS), None)
            if head is not None and any(self.lowers[x] in ("to", "which", "who", "whom", "that", "where", "when") for x in range(j, head)):
                continue  # "voters in the District head to the polls", "in which the polls ...": no poll named after "in"
            if head is None:
                continue
            loose = False  # a looser poll phrase: read only where the clause before it holds a standing
            if self.lowers[j] not in ("the", "a", "an", "this", "that", "public", "national", "recent", "new", "his", "her", "their", "its") and not (
                    self.tokens[j].is_capitalized):
                if self.lowers[j] not in POLL_PHRASE_OPENERS and not (j == head and self.lowers[j] in ("polls", "surveys", "polling")):
                    continue
                loose = True  # "in most surveys", "in polls"
            name_end = head + 1
            while name_end < end and self.lowers[name_end] in ("of", "by", "from") and name_end + 1 < end and self.tokens[name_end + 1].is_capitalized:
                name_end += 2  # "a poll by Quinnipiac", "a survey of Ohio", "a survey from Florida Southern College"
                while name_end < end and self.tokens[name_end].is_capitalized:
                    name_end += 1
            rest = range(name_end, end)
            broken = next((x for x in rest if self.lowers[x] in POLL_PHRASE_BREAKS), None)
            if broken is not None:
                if self.lowers[broken] in ("and", "but") and (broken + 1 >= self.n or self.lowers[broken + 1].endswith("ing")):
                    continue  # "Cruz, leading in Iowa polls and focusing on ...": a participle phrase, no clause of its own
                rest, loose = range(name_end, broken), True  # "has sagged in the polls and is coping with ...": the sentence goes on
            margin = next((x for x in rest if self.lowers[x] == "by"), None)
            if margin is not None and all(self.lowers[x] in POLL_MARGIN_WORDS or self.lowers[x][:1].isdigit() for x in range(margin + 1, rest.stop)):
                rest, loose = range(name_end, margin), True  # "trails him in the average of polls by nearly 9 percentage points"
            if not all(self.lowers[x] in POSTMODIFIER_PARTICIPLES or self.lowers[x] in word_set("time_words") or self.lowers[x] in (
                    "on", "in", "of", "and", "last", "this", "the", "same", "early", "late", "month", "week", "year") or YEAR.fullmatch(self.lowers[x])
                    or self.tokens[x].is_capitalized for x in rest):
                continue  # "in the poll of voters who ...": more than when it came out
            mention = parse_mention(self.text, self.tokens[j:name_end])
            if mention is None:
                continue
            frame = Frame("according", self.tokens[i].text, None, i, end, mention, j)
            opening = i == 0 or all(self.lowers[x] in ACCORDING_OPENERS or not self.tokens[x].is_word for x in range(i))
            if opening and end + 1 < self.n and self.lowers[end] == "," and self._clause_can_start(end + 1):
                frame.content, frame.content_mode = (end + 1, self.n), "according"
            elif i >= 3 and (self.lowers[i - 1] != "," or self._score_aside_before(i - 1)) and sum(self.tokens[x].is_word for x in range(i)) >= 3 and (
                    self._only_tail(end) or self.lowers[end] == ";" or self.lowers[end] == "," and self._verbless_rest(end + 1) or loose and (
                        broken is not None or margin is not None and rest.stop == margin) or self.lowers[end] == "," and self._verbless_to_semicolon(end + 1)):
                loose = loose or self.lowers[i - 1] == ","
                frame.content, frame.content_mode = (self._past_reported_that(self._poll_clause_start(i, loose), i), i), "according"
            else:
                continue
            if loose and not any(self.lowers[x] in POLL_STANDING_WORDS or "%" in self.lowers[x] for x in range(*frame.content)):
                continue  # "the campaign has invested in polls and ads": no standing, no finding
            if any(frame.content[0] <= f.cue_index < frame.content[1] and (f.content is not None or not loose) for f in frames):
                self._respondents_speak_through([frame], frames)
                continue  # "In a CNN poll, 73 percent think ...": the finding is the share's report, which the poll holds ("continues to lead" reports nothing)
            found.append(frame)
        return found

    def _to_whom(self, frames: list[Frame]) -> list[Frame]:
        """"To Ms. Gil, skateboarding is a cry of dissent", "To Sexton, who studies rallies, Tuesday marked a turning point",
        "But to others, he is a citizen journalist": an opening "To" and a person or group gives the view that person holds.
        Not an infinitive ("To be sure, ..."), not a thing ("To that end"), not a hedged guess ("To her supporters, there may
        be a strange logic at work": the writer's, held by nobody)."""
        i = self.story_start
        if i + 1 < self.n and self.lowers[i] in ("but", "and"):
            i += 1
        if self.lowers[i] != "to" or i + 3 >= self.n or not self.tokens[i + 1].is_word or any(f.cue_index <= i for f in frames):
            return []
        first = next((x for x in range(i + 2, min(self.n - 2, i + 12)) if self.lowers[x] in (",", "who") or self.tokens[x].quote is not None or self.lowers[x] in HARD_PUNCT), None)
        if first is None or self.lowers[first] not in (",", "who"):
            return []
        if any(i < f.cue_index < first for f in frames):
            return []  # ("To the extent she talks about Lee, ...": a clause with a report of its own, no one whose view it is)
        word = self.lowers[i + 1]
        if not self.tokens[i + 1].is_capitalized and self.tokens[i + 2].is_capitalized and word not in NOUN_DETERMINERS and word not in PERSPECTIVE_GROUPS and not (
                _people_or_body(word) or word.endswith(("al", "ic", "ive", "ous", "ern", "ish", "er", "ing", "ed"))):
            return []  # ("To stop Ted Cruz, the party is ...": an infinitive of purpose, then whom it aims at)
        mention = parse_mention(self.text, self.tokens[i + 1:first])
        holder = first == i + 2 and self.lowers[i + 1] in PERSPECTIVE_GROUPS or mention is not None and not mention.generic and not mention.document and (
            mention.kind == "person" or mention.kind == "unnamed" and (mention.head in word_set("unnamed_heads") or mention.head in word_set("role_words")))
        if not holder:
            return []
        if mention is None or self.lowers[i + 1] in PERSPECTIVE_GROUPS:
            phrase = self.tokens[i + 1]
            mention = Mention(phrase.text, phrase.start, phrase.end, phrase.text, "unnamed", head=phrase.lower)
        # the view begins after the comma whose clause has a verb of its own, past a relative clause or a list of more
        # holders ("To Sexton, who studies rallies, ...", "To Sanders, his aides and those there, there's ...")
        start = None
        for x in range(first, min(self.n - 2, first + 30)):
            if self.lowers[x] != ",":
                continue
            nxt = next((y for y in range(x + 1, self.n) if self.lowers[y] in (",", ";", ":")), self.n)
            if self.lowers[x + 1] in ("who", "whom", "which", "whose"):
                continue
            verb = any(self.lowers[y] in FINITE_VERBS or CONTRACTED_VERB.search(self.lowers[y]) or _looks_like_verb(self.lowers[y]) for y in range(x + 1, nxt))
            if not verb and nxt < self.n and self.lowers[nxt] == "," and "and" in self.lowers[x + 1:nxt]:
                continue
            if self._clause_can_start(x + 1) and (verb or any(
                    self.lowers[y].endswith("s") and not self.lowers[y].endswith(("ss", "'s", "’s")) and not self.tokens[y].is_capitalized for y in range(x + 2, nxt))):
                start = x + 1
            break
        if start is None or any(self.lowers[x] in PERSPECTIVE_HEDGES or self.tokens[x].quote is not None and not self._quoted_word_in_clause(x) for x in range(start, self.n)):
            return []
        end = self.n - 1 if self.lowers[self.n - 1] in SENTENCE_END else self.n
        frame = Frame("pre", self.tokens[i].text, CueVerb(lemma="to", stance="neutral", bare=True, belief=True), i, start, mention, i + 1)
        frame.content, frame.content_mode = (start, end), "bare"
        return [frame]

    def _by_whose_measure(self, frames: list[Frame]) -> list[Frame]:
        """"By the Associated Press's tally, he now has 739 delegates", "By some measures, Mr. Obama has a case", "By
        Sanders's own argument, superdelegates have no right to ...": the count or reckoning an opening "By" names reports
        the clause after it (never "By contrast", "By the end of the year")."""
        i = self.story_start + 1 if self.lowers[self.story_start] == "but" else self.story_start
        if self.lowers[i] != "by" or any(f.cue_index <= i for f in frames):
            return []
        k = next((x for x in range(i + 2, min(self.n - 2, i + 8)) if self.lowers[x] in MEASURE_NOUNS and self.lowers[x + 1] == ","), None)
        if k is None or not all(self.tokens[x].is_word for x in range(i + 1, k)) or not self._clause_can_start(k + 2) or not (self._finite_clause_at(k + 2) or any(
                self.lowers[x] in IRREGULAR_PASTS or _looks_like_verb(self.lowers[x]) for x in range(k + 3, min(self.n, k + 8)))):
            return []  # ("By the end of the year, ...": a clause must follow)
        phrase = self.text[self.tokens[i + 1].start:self.tokens[k].end]
        mention = Mention(phrase, self.tokens[i + 1].start, self.tokens[k].end, phrase, "unnamed", head=self.lowers[k])
        end = self.n - 1 if self.lowers[self.n - 1] in SENTENCE_END else self.n
        frame = Frame("pre", self.tokens[i].text, CueVerb(lemma="by", stance="neutral", bare=True, evidence=True), i, k + 2, mention, i + 1)
        frame.content, frame.content_mode = (k + 2, end), "bare"
        return [frame]

    def _view_owner_named_before(self, i: int, pronoun: Mention) -> Mention:
        """"Even as he attacked the council, Vance would not speculate about the reasons for, in his view, dropping
        a plan": "his" in a view set off inside a clause is the clause's subject, when a person of fitting gender
        is named as that subject, not whoever spoke last."""
        from .entities import PRONOUN_GENDER, gender_of  # (entities does not import frames: no cycle)
        subject, _start, _verb = self.sentence_subject(i)
        if subject is None:  # "Even as he ..., Vance would not ...": the clause after the opening one
            subject = next((found for x in range(i - 2, self.story_start, -1) if self.lowers[x] == "," and (
                found := self._subject_then_verb(x + 1, i)) is not None), None)
        if subject is None or subject.kind != "person" or subject.end > self.tokens[i].start:
            return pronoun
        if gender_of(subject.name, subject.title, subject.role) not in (None, PRONOUN_GENDER.get(pronoun.text.lower())):
            return pronoun
        return subject

    def _in_whose_view(self, frames: list[Frame]) -> list[Frame]:
        """"In their view, Democrats could pick off Arizona", "The only other step, in Professor Knittel's view, would be more
        research": the view of the owner named before "view" (the writer's own, "in my view", is no report)."""
        found = []
        for k in range(2, self.n - 1):
            if self.lowers[k] != "view" or self.lowers[k + 1] not in (",", ".") or any(f.cue_index <= k < (f.content[1] if f.content else f.after_cue) for f in frames):
                continue
            i = next((x for x in range(k - 2, max(-1, k - 7), -1) if self.lowers[x] == "in"), None)
            if i is None or not all(self.tokens[x].is_word for x in range(i + 1, k)) or not (
                    i == self.story_start or self.lowers[i - 1] in (",", "but", "and") or i == self.story_start + 1 and self.lowers[self.story_start] in ("but", "and")):
                continue
            owner = self.tokens[i + 1:k]
            if owner[-1].lower == "own":
                owner = owner[:-1]
            last = owner[-1] if owner else None
            if last is None or len(owner) == 1 and last.lower in ("my", "our"):
                continue
            if len(owner) == 1 and last.lower in POSSESSIVE_PRONOUNS:
                owner = [Token(POSSESSIVE_PRONOUNS[last.lower], last.start, last.end)]
            elif last.lower.endswith(("'s", "’s")) and len(last.text) > 2:
                owner = owner[:-1] + [Token(last.text[:-2], last.start, last.end - 2)]
            else:
                continue
            mention = parse_mention(self.text, owner)
            if mention is None or mention.generic or mention.kind not in ("person", "organization", "unnamed", "pronoun"):
                continue
            if mention.pronoun == "person" and i > self.story_start + 1:
                mention = self._view_owner_named_before(i, mention)
            end = self.n - 1 if self.lowers[self.n - 1] in SENTENCE_END else self.n
            if self.lowers[k + 1] == "." or k + 2 >= end:
                content = (0, i - 1 if self.lowers[i - 1] == "," else i)  # "..., in his view."
            elif i <= self.story_start + 1:
                content = (k + 2, end)  # "In their view, ..."
            else:
                content = (0, end) if not self._finite_clause_at(k + 2) else (k + 2, end)  # "The step, in her view, would be ..."
            if content[1] - content[0] < 3 or not any(self.tokens[x].is_word for x in range(*content)):
                continue
            frame = Frame("pre", self.text[self.tokens[i].start:self.tokens[k].end], CueVerb(
                lemma="view", stance="neutral", bare=True, belief=True), k, k + 1, mention, i + 1)
            frame.content, frame.content_mode = content, "bare"
            found.append(frame)
        return found

    def _listing(self, frames: list[Frame]) -> list[Frame]:
        """"Forbes lists the brothers with $40 billion each", "the agency lists the population as 21,090", "Trump ranked
        Fiorina as one of the worst CEOs", "Bloomberg pegged him at $2.9 billion": a list or a ranking states what it
        puts someone down as. The passive ("is listed as an attorney") and a list of things ("lists ten steps") say nothing."""
        found = []
        for i in range(1, self.n - 3):
            if self.lowers[i] not in LISTING_VERBS or self.lowers[i - 1] in COPULAS or self.lowers[i - 1] in ("been", "being", "otherwise", "break", "broke", "who", "that") or any(
                    f.cue_index <= i < (f.content[1] if f.content else f.after_cue) for f in frames):
                continue
            j = i + 1
            end = self._evidence_content_end(j)
            while end < self.n and self._comma_in_number(end):
                end = self._evidence_content_end(end + 1)  # "as 21,090"
            link = next((x for x in range(j + 1, min(end, j + 12)) if self.lowers[x] in ("as", "at", "with")), None)
            if not self.tokens[j].is_word and self.tokens[j].quote is None or self.lowers[j] in ("as", "at", "among", "in", "on", "by", "first", "second", "third", "last") or (
                    self.lowers[j].endswith("th") and (self.lowers[j][:1].isdigit() or self.lowers[j] in ORDINAL_WORDS)) or (
                    link is None or link + 1 >= end or self.lowers[link + 1] in ("well", "part", "much", "many", "soon", "far", "long")):
                continue  # "ranks first", "ranks as the deadliest", "listed as well": no one put down as anything
            frame = Frame("pre", self.tokens[i].text, CueVerb(lemma=self.lowers[i], stance="neutral", bare=True), i, j)
            if not self._attach_subject(frame, i) or frame.inherit or frame.negated or frame.mention is None or frame.mention.generic:
                continue
            frame.content, frame.content_mode = (j, end), "bare"
            found.append(frame)
        return found

    def _data_placing(self, frames: list[Frame]) -> list[Frame]:
        """"Wednesday's Quinnipiac poll has Clinton leading by six points", "a CNN survey released Friday had him at 4
        percent", "Gallup's tracking poll puts his approval at 49.5 percent", "The CBS poll gave Clinton a higher lead":
        data that place someone report that standing. Only a poll, a count or an average does, and only with a standing
        ("the poll has a margin of error of 3 points" places nobody)."""
        found = []
        for i in range(2, self.n - 2):
            word = self.lowers[i]
            if word not in DATA_PLACING_VERBS or any(f.cue_index <= i < (f.content[1] if f.content else f.after_cue) for f in frames):
                continue
            j = i + 1
            if not self.tokens[j].is_word or self.lowers[j] in AUXILIARIES or self.lowers[j] in ("been", "to", "by", "a", "an", "no", "its", "their", "some", "more") or (
                    _looks_like_verb(self.lowers[j]) and not self.tokens[j].is_capitalized):
                continue  # "the poll has been ...", "had to", "has a margin of error", "has found"
            frame = Frame("pre", self.tokens[i].text, CueVerb(lemma=word, stance="neutral", bare=True, evidence=True), i, j)
            if not self._attach_subject(frame, i) or frame.inherit or frame.negated or frame.relative or frame.mention is None:
                continue
            mention = frame.mention
            of = next((x for x in range(frame.subject_start + 1, i) if self.lowers[x] == "of"), i)
            if not (mention.head in DATA_HEADS or mention.head in DATA_PLACING_HEADS or self.lowers[of - 1] in DATA_PLACING_HEADS or self._study_subject(
                    frame.subject_start, i)) or mention.kind == "person" or self.lowers[i - 1] == "polling":
                continue  # ("the average of three polls has ..."; "polling places" is no verb)
            end = self._evidence_content_end(j)
            standing = next((x for x in range(j + 1, end) if self.lowers[x] in DATA_STANDINGS or "%" in self.lowers[x]), None)
            if standing is None or self.lowers[standing] == "at" and not (standing + 1 < end and (
                    self.lowers[standing + 1][:1].isdigit() or self.lowers[standing + 1] in APPROXIMATORS)):
                continue
            if word in ("has", "had") and self.lowers[standing] not in ("leading", "trailing", "ahead", "behind", "tied", "winning", "losing", "pulling", "beating", "edging", "at"):
                continue  # "has Clinton leading", "had him at 4 percent": with "has", only a placing
            frame.content, frame.content_mode = (j, end), "bare"
            found.append(frame)
        return found

    def _score_aside_before(self, comma: int) -> bool:
        """"Trump leads by 9 points, 42%-33%, in the average of polls": a comma closing a score set off by commas."""
        opening = next((x for x in range(comma - 1, max(-1, comma - 6), -1) if self.lowers[x] == ","), None)
        return opening is not None and opening < comma - 1 and all(
            self.lowers[x][:1].isdigit() or "%" in self.lowers[x] or self.lowers[x] in ("to", "-", "percent") for x in range(opening + 1, comma))

    def _verbless_to_semicolon(self, j: int) -> bool:
        """"... in polls in Florida, Illinois and Ohio; the race is closer in ...": a list of places up to a semicolon."""
        semicolon = next((x for x in range(j, self.n) if self.lowers[x] == ";"), None)
        return semicolon is not None and semicolon > j and all(
            self.tokens[x].is_word and self.lowers[x] not in AUXILIARIES and self.lowers[x] not in FINITE_VERBS for x in range(j, semicolon))

    def _poll_clause_start(self, i: int, loose: bool) -> int:
        """Where the clause a poll phrase at ``i`` closes begins: after ", although" and a subject ("Cruz came in second,
        although Rubio moved to second in a new survey"); for a looser poll phrase also after ";", "as" before a subject,
        or past a subordinate clause that a comma closes ("Though he trails nationally, Sanders has led in most surveys")."""
        def subject_at(x: int) -> bool:
            return self.tokens[x].is_word and (self.tokens[x].is_capitalized and self.lowers[x] not in ("a", "an") or self.lowers[x] in SUBJECT_PRONOUNS)
        opener = next((x for x in range(i - 2, -1, -1) if self.lowers[x] == ";" or self.lowers[x] in POLL_CLAUSE_OPENERS and subject_at(x + 1) and (
            x == 0 or self.lowers[x - 1] in (",", ";") or self.lowers[x] in ("although", "though", "while", "whereas", "as", "when"))), None)
        if opener is None or not loose and not (self.lowers[opener] in ("although", "though", "while", "whereas") and opener > 0 and self.lowers[opener - 1] == ","):
            return 0
        comma = next((x for x in range(opener + 2, i - 2) if self.lowers[x] == "," and subject_at(x + 1)), None)
        return comma + 1 if comma is not None and self.lowers[opener] != ";" else opener + 1

    def _past_reported_that(self, start: int, i: int) -> int:
        """"Pundits are shocked that Trump is leading in the polls": the poll's finding is the clause after "that" and its
        subject; the words before it are someone else's reaction to the finding, not part of it."""
        that = next((x for x in range(i - 3, start, -1) if self.lowers[x] == "that"), None)
        if that is None or not (self.tokens[that + 1].is_capitalized or self.lowers[that + 1] in SUBJECT_PRONOUNS or self.lowers[that + 1] == "the"):
            return start
        return that + 1

    def _evidence_participles(self, frames: list[Frame]) -> list[Frame]:
        """"with recent polls showing a tightening of the race", "handwritten ledgers showing he was paid", "some polls
        indicating that ...": a participle right after a poll, a record or evidence is that evidence's finding; the
        noun phrase it ends is the source (after any other noun, "the TV show showing ...", it only describes)."""
        found = []
        for i in range(1, self.n - 2):
            if self.lowers[i] not in EVIDENCE_PARTICIPLES or self.lowers[i - 1] not in EVIDENCE_PARTICIPLE_HEADS or not self.tokens[i - 1].is_word or any(
                    f.cue_index == i or f.content is not None and f.content[0] <= i < f.content[1] for f in frames):
                continue
            start = i - 1
            while start > 0 and i - start < 6 and self.tokens[start - 1].is_word and self.tokens[start - 1].quote is None and not (
                    self.lowers[start - 1] in SUBJECT_BOUNDARIES or self.lowers[start - 1] in PREPOSITIONS or self.lowers[start - 1] in AUXILIARIES
                    or self.lowers[start - 1].endswith(("ing", "ed")) or self.lowers[start - 1] in ("is", "are", "was", "were", "be", "been", "there", "about", "amid", "after", "before")
                    or self.lowers[start - 1].endswith("s") and not self.lowers[start - 1].endswith(("'s", "’s", "ss", "ous")) and not self.tokens[start - 1].is_capitalized):
                start -= 1  # (a verb ends the phrase: "the campaign touts polls showing ...")
            start = self._evidence_phrase_start(start, i)
            j = i + 1
            if self.lowers[j] == "that" and j + 2 < self.n:
                j += 1
            elif not (self._clause_can_start(j) or self._finding_object_at(j)) or self.lowers[j] in ("up", "off", "out", "signs", "how", "what", "why", "where", "who", "itself", "themselves"):
                continue  # ("polls showing up", "data showing signs of ...": no finding reported)
            end = self._evidence_content_end(j)
            if end - j < 2:
                continue
            mention = parse_mention(self.text, self.tokens[start:i])
            if mention is None and all(not self.tokens[x].is_capitalized for x in range(start, i)):
                # "anecdotal evidence", "handwritten ledgers": the evidence itself, described
                phrase = self.text[self.tokens[start].start:self.tokens[i - 1].end]
                mention = Mention(phrase, self.tokens[start].start, self.tokens[i - 1].end, phrase, "unnamed", head=self.lowers[i - 1], definite=self.lowers[start] == "the")
            if mention is None:
                continue
            frame = Frame("pre", self.tokens[i].text, cue_verb(EVIDENCE_PARTICIPLES[self.lowers[i]]), i, i + 1, mention, start)
            frame.after_cue = j
            frame.content, frame.content_mode = (j, end), "bare"
            found.append(frame)
        return found

    def _evidence_relatives(self, frames: list[Frame]) -> list[Frame]:
        """"according to a new poll that shows more voters ...", "the records, which showed she was fit": a relative clause
        right after a poll or a record reports its finding, the evidence named before "that"/"which" its source."""
        found = []
        for i in range(3, self.n - 2):
            if self.lowers[i] not in RELATIVE_EVIDENCE_FORMS or self.lowers[i - 1] not in {"that", "which"} or any(f.cue_index == i for f in frames):
                continue
            head = i - 3 if self.lowers[i - 1] == "which" and self.lowers[i - 2] == "," else i - 2
            if head > 2 and head == i - 3 and self.lowers[head - 1] in ("in", "on", "last", "this") and self.lowers[head] in word_set("time_words"):
                head -= 2  # "released her medical records in July, which showed ...": when it came out, then the finding
            if head < 0 or self.lowers[head] not in EVIDENCE_PARTICIPLE_HEADS or not self.tokens[head].is_word:
                continue
            start = head
            while start > 0 and head - start < 5 and self.tokens[start - 1].is_word and self.tokens[start - 1].quote is None and not (
                    self.lowers[start - 1] in SUBJECT_BOUNDARIES or self.lowers[start - 1] in PREPOSITIONS or self.lowers[start - 1] in AUXILIARIES
                    or self.lowers[start - 1].endswith(("ing", "ed")) or self.lowers[start - 1] in ("is", "are", "was", "were", "be", "been", "there", "about", "amid", "after", "before")
                    or self.lowers[start - 1].endswith("s") and not self.lowers[start - 1].endswith(("'s", "’s", "ss", "ous")) and not self.tokens[start - 1].is_capitalized):
                start -= 1
            start = self._evidence_phrase_start(start, head + 1)
            j = i + 1
            if self.lowers[j] == "that" and j + 2 < self.n:
                j += 1
            elif not (self._clause_can_start(j) or self._finding_object_at(j)) or self.lowers[j] in (
                    "up", "off", "out", "signs", "how", "what", "why", "where", "who", "itself", "themselves"):
                continue
            end = self._evidence_content_end(j)
            mention = parse_mention(self.text, self.tokens[start:head + 1])
            if end - j < 2 or mention is None or mention.kind != "unnamed":
                continue
            frame = Frame("pre", self.tokens[i].text, cue_verb(self.lowers[i]), i, i + 1, mention, start)
            frame.after_cue = j
            frame.content, frame.content_mode = (j, end), "bare"
            found.append(frame)
        return found

    def _held_without_subject_frame(self, frames: list[Frame], starter_at: list[int], held: frozenset[str]) -> None:
        """Beliefs and stances the frame rules left without a holder or a content: read from the cue words already found,
        so sentences without such a word cost nothing more (``held``: the sentence's SENTENCE_PASS_WORDS)."""
        if "who" in held or not WHO_HOLDS_ADVERBS.isdisjoint(held):
            who = [i for i in starter_at if 0 < i and (self.lowers[i - 1] == "who" or self.lowers[i - 1] in WHO_HOLDS_ADVERBS)]
            if who:
                self._who_holds(frames, who)
        if "by" in held and not STANCE_BY_FORMS.isdisjoint(held):
            by = [i for i in starter_at if self.lowers[i] in STANCE_BY_FORMS and i + 1 < self.n and self.lowers[i + 1] == "by"]
            if by:
                self._stance_by_agent(frames, by)
        if not GAP_BELIEF_FORMS.isdisjoint(held):
            gap = [i for i in starter_at if self.lowers[i] in GAP_BELIEF_FORMS]
            if gap:
                self._gap_beliefs(frames, gap)
            hoped = [i for i in gap if self.lowers[i] in ("hope", "hopes") and 2 <= i < self.n - 3 and self.lowers[i + 1] == "that" and (
                self.lowers[i - 1] == "in" or self.lowers[i - 1] == "the" and self.lowers[i - 2] == "in")]
            if hoped:
                self._in_hope_that(frames, hoped)

    def _who_holds(self, frames: list[Frame], cues: list[int]) -> None:
        """"an anomaly for Kaine, who criticized fellow Democrats for ...", "alarm among legal experts, who worry that ...",
        "bets on fund managers who think they know better": a belief or a stance in a "who" clause is held by the noun
        phrase the clause describes, even where that phrase is the object of a verb or a preposition."""
        for i in cues:
            k = i - 1
            while k > 0 and self.lowers[k] in WHO_HOLDS_ADVERBS:
                k -= 1
            if self.lowers[k] != "who" or not 0 < k < self.n - 2:
                continue
            verb = cue_verb(self.lowers[i])
            if verb is None or not (verb.belief or verb.target) or verb.lemma in AS_BELIEFS or self.lowers[i].endswith("ing") or self.tokens[i].is_capitalized or any(
                    f.cue_index == i or f.content is not None and f.content[0] <= k < f.content[1] for f in frames):
                continue
            mention, start = self._who_antecedent(k)
            if mention is None:
                continue
            frame = Frame("pre", self.tokens[i].text, verb, i, i + 1, mention, start, in_relative=True)
            self._read_after_cue(frame)
            if verb.content and (not verb.partial_only or verb.target or self._particle_follows(frame)):
                self._read_content(frame)
            if frame.content is None:
                continue
            at = next((x for x, f in enumerate(frames) if f.cue_index > i), len(frames))
            frames.insert(at, frame)

    def _self_described(self, frames: list[Frame]) -> list[Frame]:
        """"Sanders, a senator and self-described democratic socialist, said ...", "He is a self-described moderate who ...":
        what a person is called by himself is his view of himself, held by the sentence's subject when that is a person."""
        found = []
        for i in range(1, self.n - 1):
            if self.lowers[i] not in SELF_DESCRIBED or any(f.content is not None and f.content[0] <= i < f.content[1] for f in frames):
                continue
            end = i + 1
            while end < self.n and (self.tokens[end].is_word or self.tokens[end].quote is not None) and not (
                    self.lowers[end] in CLAUSE_BOUNDARIES or self.lowers[end] in PREPOSITIONS or self.lowers[end] in FINITE_VERBS
                    or self.lowers[end] in ("who", "whom", "whose", "that", "which", "and", "or")):
                end += 1
            if end - (i + 1) < 1 or end - (i + 1) > 4 or end < self.n and (self.lowers[end] in FINITE_VERBS or self.lowers[end] in AUXILIARIES):
                continue  # ("but the self-described socialist has vowed to ...": the phrase is a subject of its own)
            mention, start, verb = self.sentence_subject(i)
            if mention is None or start is None or start >= i or not (
                    mention.kind == "person" or mention.kind == "pronoun" and mention.pronoun == "person"):
                continue
            frame = Frame("pre", self.tokens[i].text, cue_verb("described"), i, i + 1, mention, start)
            frame.content, frame.content_mode = (i + 1, end), "object"
            frame.stance = True
            found.append(frame)
        return found

    def _self_named(self, frames: list[Frame]) -> None:
        """"voters who called themselves very conservative", "those describing themselves as moderates", "Clinton cast herself
        as the heir of the Obama legacy": how speakers name or place themselves is their view of themselves; "the FBI named
        the city as the most dangerous", "the coroner identified the man as Tom Ray": what someone names a thing as is
        their claim about it. Held by the people the verb's subject (or the phrase a "who" clause or a participle
        describes) names."""
        for i in range(1, self.n - 3):
            lemma = SELF_NAMING_FORMS.get(self.lowers[i])
            if lemma is None or self.tokens[i].is_capitalized or any(f.cue_index == i and f.content is not None or f.content is not None and f.content[0] <= i < f.content[1] for f in frames):
                continue
            r = i + 1
            if self.lowers[r] in REFLEXIVE_WORDS:
                j = r + 1
                if self.lowers[j] == "to" and lemma == "identify":
                    j = next((x + 1 for x in range(j + 1, min(self.n - 1, j + 5)) if self.lowers[x] == "as"), j)  # "identified herself to CNN as ..."
                elif self.lowers[j] == "as":
                    j += 1
                elif lemma not in SELF_NAMING_BARE:
                    continue
            elif lemma in AS_NAMING_LEMMAS and self.lowers[i - 1] not in PASSIVE_BEFORE and (self.tokens[r].quote is not None or (
                    self._object_can_start(r) and self.lowers[r] not in PREPOSITIONS and self.lowers[r] not in WEEKDAY_WORDS and self.lowers[r] not in _adverbial_time_words())):
                # "named Cleveland as the most dangerous city", "identified the person killed as Ann Vale": a thing, then what it is
                j = next((x for x in range(r + 1, min(self.n - 1, r + 8)) if self.lowers[x] == "as" or self.lowers[x] in OBJECT_BREAKS
                          or self.lowers[x] in CLAUSE_BOUNDARIES or self.lowers[x] in AUXILIARIES or self.lowers[x] in FINITE_VERBS), None)
                if j is None or self.lowers[j] != "as" or self._as_clause_at(j) or self.lowers[j - 1].endswith("ing"):
                    continue  # ("presented the award as the crowd cheered", "a boy wincing as police hold him": "as" opens a clause of time)
                j += 1
            else:
                continue
            if j >= self.n or not self.tokens[j].is_word and self.tokens[j].quote is None or self.lowers[j] in OBJECT_STARTS_REJECTED and self.lowers[j] not in (
                    "very", "more", "most", "somewhat") or self.lowers[j] in PREPOSITIONS or self.lowers[j] in _adverbial_time_words() or self.lowers[j] in WEEKDAY_WORDS:
                continue  # ("called himself on Monday", "identified himself to the police")
            end = j
            while end < self.n and self.lowers[end] not in OBJECT_BREAKS and self.lowers[end] not in OBJECT_CLAUSE_BREAKS and not (
                    self.lowers[end] in SENTENCE_END and end == self.n - 1) and self.lowers[end] not in AUXILIARIES and not (
                    end > j + 1 and self._finite_after_noun_at(end)) and not (
                    self.lowers[end] == "and" and end + 1 < self.n and self.lowers[end + 1] in PREPOSITIONS):  # ("... and by 10 points among ...")
                end += 1  # ("the fact that the FBI named the city as the most dangerous in the state gave ...": the outer clause's verb)
                if self.tokens[end - 1].quote is not None and self._quote_ends_with_comma(end - 1):
                    break  # 'postured himself as the "law and order candidate," has taken ...'
            while end > j + 1 and self.lowers[end - 1] in ("and", "or", "but"):
                end -= 1  # ("... as the most qualified person ever and has ...")
            if end <= j or cue_verb(self.lowers[i]) is not None and any(self.tokens[x].quote is not None for x in range(r, end)):
                continue  # ('described the plan as "reckless"': a cue's quoted words stay fragments)
            k = i - 1
            while k > 0 and (self.lowers[k] in WHO_HOLDS_ADVERBS or _adverb_by_ending(self.lowers[k]) or self.lowers[k] in ("has", "have", "had")):
                k -= 1
            if self.lowers[k] == "who" and 0 < k:
                mention, start = self._who_antecedent(k, bare=True)  # "Republicans who called themselves ...", "those who consider themselves ..."
                relative = True
            elif self.lowers[i].endswith("ing") and self.lowers[i - 1] in PARTICIPLE_LEADS or self.lowers[i - 1] == "to" and i > 1 and self.lowers[i - 2] in TRYING_FORMS:
                # "..., portraying immigrants as criminals", "attempting to present Sanders as a traitor": the sentence's subject
                # ("Clinton, casting herself as ..., appeared": the name the opening participle describes)
                mention, start = self._who_antecedent(i) if self.lowers[i - 1] == "," else (None, None)
                if mention is None or start != self.story_start:
                    mention, start, verb = self.sentence_subject(self.n)
                    if verb is None or start is None or start >= i - 1 or mention is not None and not (
                            mention.kind in ("person", "organization", "pronoun") or _people_or_body(mention.head)):
                        continue  # ("From a purely political perspective, becoming the first party to ...": no subject that acts)
                relative = False
            elif self.lowers[i].endswith("ing") and k == i - 1:
                mention, start = self._who_antecedent(i, bare=True)  # "those describing themselves as ..."
                relative = True
            else:
                # "Clinton cast herself as ...", "The Clark County coroner's office identified ...": the sentence's subject
                mention, start, verb = self.sentence_subject(k + 1)
                if verb is None or verb != self.tokens[k + 1].text:
                    # "the fact that the FBI named the city as ...": the subject of a clause a subordinator opens
                    start = self._fronted_object_subject(k)
                    head = start
                    while start is not None and start > 1 and head - start < 3 and self.tokens[start - 1].is_word and self.lowers[start - 1] not in (
                            SUBJECT_CLAUSE_OPENERS) and self.lowers[start] not in DETERMINERS_BEFORE_ADJECTIVE and not _looks_like_verb(self.lowers[start - 1]):
                        start -= 1  # ("that the state police named ...": back to the article)
                    if start is None or start < 1 or self.lowers[start - 1] not in SUBJECT_CLAUSE_OPENERS:
                        continue
                    mention = parse_mention(self.text, self.tokens[start:k + 1])
                relative = False
            if mention is None or mention.generic and not relative or mention.kind not in ("person", "organization", "unnamed", "pronoun"):
                continue
            frames[:] = [f for f in frames if f.cue_index != i]  # ("who called themselves very conservative": the cue read, nothing found)
            frame = Frame("pre", self.tokens[i].text, SELF_NAMING_CUES[lemma], i, r, mention, start, in_relative=relative)
            frame.content, frame.content_mode = (r, end), "object"
            at = next((x for x, f in enumerate(frames) if f.cue_index > i), len(frames))
            frames.insert(at, frame)

    def _as_clause_at(self, x: int) -> bool:
        """"as the polls opened", "as he spoke": "as" at ``x`` opens a clause (a subject, then a verb), not a complement."""
        if x + 2 >= self.n or not self.tokens[x + 1].is_word:
            return False
        if self.lowers[x + 1] in ("he", "she", "they", "it", "we", "i", "you"):
            return True
        return any(self.lowers[y] in AUXILIARIES or self._finite_after_noun_at(y) for y in range(x + 2, min(self.n, x + 5)))

    def _finite_after_noun_at(self, y: int) -> bool:
        """"the polls opened", "last year all provided": a finite verb after a noun, not an adjective after "most" or an article."""
        word = self.lowers[y]
        return word in FINITE_VERBS or word in IRREGULAR_PASTS or word.endswith("ed") and len(word) > 4 and self.tokens[y - 1].is_word and (
            self.lowers[y - 1] not in DETERMINERS_BEFORE_ADJECTIVE and not _adverb_by_ending(self.lowers[y - 1])
            and self.lowers[y - 1] not in ("most", "more", "less", "least", "very", "too", "so", "as", "and", "or", "be", "been", "being"))

    def _gap_beliefs(self, frames: list[Frame], cues: list[int]) -> None:
        """"a tactic Democrats hope will dampen Latino support", "the cause he believes will define his career", "a defeat
        Obama believes to be the worst of his career", "what scientists think is necessary": a belief whose clause lacks
        its subject, right after a noun phrase (or "what") with no "that" or "which", holds that the phrase does what the
        clause says; the clause with its noun phrase is what is believed."""
        for i in cues:
            if not 3 <= i < self.n - 2 or self.tokens[i].is_capitalized:
                continue
            j = i + 1
            if not (self._gap_clause_at(j) and self.lowers[j] not in ("is", "are", "was", "were") or self.lowers[j] in ("is", "are", "was", "were") and (
                    self.tokens[j + 1].is_word) or self.lowers[j] == "to" and self.lowers[j + 1] == "be") or any(
                    f.cue_index == i and f.content is not None or f.content is not None and f.content[0] <= i < f.content[1] for f in frames):
                continue
            subject = self._fronted_object_subject(i - 1)
            if subject is None or subject < 2:
                continue
            h = subject - 1
            if self.lowers[h] == "what":
                start = h
            elif self._bare_head_noun(h):
                start = self._fronted_head_start(h + 1)
                if start is None or self.lowers[start] not in NOUN_DETERMINERS:
                    continue
            else:
                continue
            mention = parse_mention(self.text, self.tokens[subject:i])
            if mention is None or not self._may_believe(mention) or mention.kind not in ("person", "organization", "unnamed", "pronoun"):
                continue
            end = next((x for x in range(j, self.n) if self.lowers[x] in (",", ";", ":", "—", "–", "(") or self.tokens[x].quote is not None or (
                self.lowers[x] in SENTENCE_END and x == self.n - 1)), self.n)
            if end - j < 2:
                continue
            frame = Frame("pre", self.tokens[i].text, cue_verb(self.lowers[i]), i, j, mention, subject)
            frame.content, frame.content_mode = (start, end), "relative"
            frames[:] = [f for f in frames if f.cue_index != i]
            at = next((x for x, f in enumerate(frames) if f.cue_index > i), len(frames))
            frames.insert(at, frame)

    def _in_hope_that(self, frames: list[Frame], cues: list[int]) -> None:
        """"The court returned the case in the hope that the two sides could settle", "..., in hopes that the newcomers
        will flame out": the sentence's subject acts hoping what the clause after "that" says."""
        for i in cues:
            if any(f.cue_index < i and f.content is not None and f.content[0] <= i < f.content[1] and f.content_mode != "object" for f in frames):
                continue  # (inside another's report)
            mention, start, _verb = self.sentence_subject(i)
            if mention is None or start is None or start >= i or mention.kind not in ("person", "organization", "unnamed", "pronoun") or not self._may_believe(mention):
                continue
            opening = i - 2 if self.lowers[i - 1] == "the" else i - 1
            end = next((x for x in range(i + 2, self.n) if self.lowers[x] in (";", ":", "—", "–") or self.tokens[x].quote is not None or (
                self.lowers[x] in SENTENCE_END and x == self.n - 1)), self.n)
            if end - (i + 2) < 3:
                continue
            frame = Frame("pre", self.text[self.tokens[opening].start:self.tokens[i].end], cue_verb(self.lowers[i]), i, i + 2, mention, start)
            frame.content, frame.content_mode = (i + 2, end), "that"
            frames[:] = [f for f in frames if not (i < f.cue_index < end)]  # (a verb inside the hope reports nothing of its own)
            at = next((x for x, f in enumerate(frames) if f.cue_index > i), len(frames))
            frames.insert(at, frame)

    def _fronted_object_subject(self, k: int) -> int | None:
        """Where a relative clause's subject ending at ``k`` begins: a pronoun, a name, or a people noun ("most Whigs")."""
        if k < 1 or not self.tokens[k].is_word:
            return None
        if self.lowers[k] in ("he", "she", "they", "it"):
            return k
        start = k
        if self.tokens[k].is_capitalized:
            while start > 0 and k - start < 4 and self.tokens[start - 1].is_capitalized and self.tokens[start - 1].is_word:
                start -= 1
        elif not _people_or_body(self.lowers[k]):
            return None
        if start > 0 and self.lowers[start - 1] in GAP_QUANTIFIERS:
            start -= 1
        return start if start > 0 else None

    def _bare_head_noun(self, h: int) -> bool:
        """"a tactic Democrats hope ...", "the cause he believes ...": a plain noun right before the clause's subject."""
        word = self.lowers[h]
        return self.tokens[h].is_word and not self.tokens[h].is_capitalized and word.isalpha() and cue_verb(word) is None and not (
            word in CLAUSE_BOUNDARIES or word in PREPOSITIONS or word in FINITE_VERBS or word in AUXILIARIES or word in NOUN_DETERMINERS or (
                word in SENTENCE_ADVERBS or word in OPENING_ADVERBS or word in ASIDE_ADVERBS or word in word_set("time_words") or word in MODALS)
            or word.endswith(("ed", "ly")) or word in ("to", "not", "never", "all", "both", "each"))

    def _fronted_head_start(self, end: int) -> int | None:
        """Where the noun phrase ending before ``end`` begins: back to its determiner, over a few plain words."""
        start = end - 1
        if start < 0 or not self.tokens[start].is_word:
            return None
        while start > 0 and end - start < 6 and self.tokens[start - 1].is_word and self.tokens[start - 1].quote is None and not (
                self.lowers[start] in NOUN_DETERMINERS or self.lowers[start - 1] in SUBJECT_BOUNDARIES or self.lowers[start - 1] in PREPOSITIONS
                or self.lowers[start - 1] in FINITE_VERBS or self.lowers[start - 1] in AUXILIARIES or cue_verb(self.lowers[start - 1]) is not None
                or self.lowers[start - 1].endswith("ed")):
            start -= 1
        return start

    def _stance_by_agent(self, frames: list[Frame], cues: list[int]) -> None:
        """"The immigration bill, opposed by House Republicans, never became law", "a practice criticized by civil rights
        groups": a stance participle after a noun phrase, its holder named after "by", holds it towards that phrase."""
        for i in cues:
            if not 2 <= i < self.n - 2 or self.tokens[i].is_capitalized or any(
                    f.cue_index == i and f.content is not None or f.content is not None and f.content[0] <= i < f.content[1] for f in frames):
                continue
            before = i - 1
            while before > 0 and self.lowers[before] in STANCE_BY_ADVERBS:
                before -= 1
            end = before if self.lowers[before] == "," else before + 1
            if end == before + 1 and not self._bare_noun_before_participle(before):
                continue  # ("was opposed by", "and opposed by": no noun phrase right before)
            start = self._stance_phrase_start(end)
            if start is None or end - start < 1:
                continue
            agent_end = i + 2
            while agent_end < self.n and agent_end - i < 12 and self.tokens[agent_end].quote is None and not (
                    self.lowers[agent_end] in STANCE_BY_AGENT_ENDS or self.lowers[agent_end] in SENTENCE_END and agent_end == self.n - 1
                    or agent_end > i + 2 and (self.lowers[agent_end] in FINITE_VERBS or not self.tokens[agent_end].is_capitalized and _looks_like_verb(self.lowers[agent_end]) and (
                        # ("by Miller and some civil rights advocates": a plural of people, though shaped like a verb)
                        self.lowers[agent_end] not in word_set("unnamed_heads")))):
                agent_end += 1
                if agent_end + 1 < self.n and self.lowers[agent_end] == "and" and (self.lowers[agent_end + 1] in GAP_QUANTIFIERS or self.lowers[agent_end + 1] in (
                        "other", "others", "the") or self.tokens[agent_end + 1].is_capitalized):
                    agent_end += 1  # "criticized by Miller and some civil rights advocates": both hold it
            mention = parse_mention(self.text, self.tokens[i + 2:agent_end])
            if mention is None and "and" in self.lowers[i + 2:agent_end]:
                joint = self.lowers.index("and", i + 2)
                mention = parse_mention(self.text, self.tokens[i + 2:joint])
                other = parse_mention(self.text, self.tokens[joint + 1:agent_end]) if mention is not None and joint + 1 < agent_end else None
                if other is not None and other.kind in ("person", "organization", "unnamed") and not other.generic and mention.kind != "pronoun":
                    # "criticized by Miller and some civil rights advocates": both hold it, as a pair
                    phrase = self.text[self.tokens[i + 2].start:self.tokens[agent_end - 1].end]
                    mention = Mention(phrase, self.tokens[i + 2].start, self.tokens[agent_end - 1].end, phrase, "unnamed")
            if mention is None or mention.kind not in ("person", "organization", "unnamed") or mention.generic or not self._may_believe(mention):
                continue
            verb = cue_verb(self.lowers[i])
            frame = Frame("pre", f"{self.tokens[i].text} by", verb, i, agent_end, mention, i + 2)
            frame.content, frame.content_mode = (start, end), "object"
            frame.stance = verb.target
            frames[:] = [f for f in frames if f.cue_index != i]
            at = next((x for x, f in enumerate(frames) if f.cue_index > i), len(frames))
            frames.insert(at, frame)

    def _bare_noun_before_participle(self, x: int) -> bool:
        """"a practice criticized by ...", "a call echoed by ...": a plain noun (no verb, auxiliary or function word) right
        before the participle; a word a verb too is a noun after a determiner."""
        word = self.lowers[x]
        return self.tokens[x].is_word and word.isalpha() and not (
            word in CLAUSE_BOUNDARIES or word in PREPOSITIONS or word in FINITE_VERBS or word in AUXILIARIES or word in NOUN_DETERMINERS
            or word in word_set("passive_aux") or word in ("be", "been", "being", "get", "got", "gets", "getting", "not", "never", "to", "also")
            or cue_verb(word) is not None and not (x > 0 and self.lowers[x - 1] in ("a", "an", "the")) or word.endswith(("ed", "ly")) and word not in LY_NOUNS)

    def _stance_phrase_start(self, end: int) -> int | None:
        """Where the noun phrase ending before ``end`` begins: back to its determiner over plain words and hyphens
        ("the GOP-sponsored law"), never past a verb, a preposition or a clause boundary."""
        start = end - 1
        if start < 0 or not self.tokens[start].is_word:
            return None
        while start > 0 and end - start < 7 and self.lowers[start] not in NOUN_DETERMINERS and self.tokens[start - 1].quote is None and (
                self.tokens[start - 1].is_word or self.lowers[start - 1] == "-" and self.tokens[start - 1].end == self.tokens[start].start) and not (
                self.lowers[start - 1] in SUBJECT_BOUNDARIES or self.lowers[start - 1] in PREPOSITIONS or self.lowers[start - 1] in FINITE_VERBS
                or self.lowers[start - 1] in AUXILIARIES or not self.tokens[start - 1].is_capitalized and (
                    cue_verb(self.lowers[start - 1]) is not None or _looks_like_verb(self.lowers[start - 1]))):
            start -= 1
        if not self.tokens[start].is_word:
            return None
        if start > 0 and self.tokens[start - 1].is_word and not (self.lowers[start] in NOUN_DETERMINERS or self.lowers[start - 1] in SUBJECT_BOUNDARIES
                                                                or self.lowers[start - 1] in PREPOSITIONS):
            return None  # the phrase runs on past what this walk can read: leave it
        return start

    def _who_antecedent(self, k: int, bare: bool = False) -> tuple[Mention | None, int]:
        """The people a "who" at ``k`` describes: the noun phrase right before it (and its comma), back to a verb, a
        preposition or a clause boundary; with ``bare``, a lone "those" or "others" too (how people name themselves)."""
        end = k - 1 if self.lowers[k - 1] == "," else k
        start = end
        while start > 0 and end - start < 8 and self.tokens[start - 1].is_word and self.tokens[start - 1].quote is None and not (
                self.lowers[start - 1] in SUBJECT_BOUNDARIES or self.lowers[start - 1] in WHO_ANTECEDENT_EDGES or self.lowers[start - 1] in FINITE_VERBS
                or not self.tokens[start - 1].is_capitalized and (_looks_like_verb(self.lowers[start - 1]) or cue_verb(self.lowers[start - 1]) is not None)):
            start -= 1
        if start == end or start < end - 1 and self.lowers[start] in ("a", "an") and not self.tokens[end - 1].is_capitalized:
            return None, start  # ("a president who hoped ...": one of a kind, described, not a source the article names)
        last = self.lowers[end - 1]
        if not (self.tokens[end - 1].is_capitalized or _people_or_body(last) or last in ("those", "others")):
            return None, start
        mention = parse_mention(self.text, self.tokens[start:end])
        if mention is None and bare and end - start == 1 and last in ("those", "others"):
            word = self.tokens[start]  # "among those who considered themselves ...": the bare pronoun stands for the people
            mention = Mention(word.text, word.start, word.end, word.text, "unnamed", head=last)
        if mention is None or mention.kind not in ("person", "organization", "unnamed") or mention.generic or not self._may_believe(mention):
            return None, start
        return mention, start

    def _evidence_phrase_start(self, start: int, i: int) -> int:
        """Where the evidence phrase ending before ``i`` begins: at its determiner ("Aides dispute the many county polls"); with
        none, a word before the head counts only where a boundary ("with", "of", "is") was found before it ("Aides dispute polls")."""
        det = next((x for x in range(i - 2, start - 1, -1) if self.lowers[x] in EVIDENCE_DETERMINERS and self.lowers[x + 1] not in EVIDENCE_DETERMINERS), None)
        if det is not None:
            return det
        if start == 0 or start == self.story_start:
            return i - 1
        return start

    def _evidence_content_end(self, j: int) -> int:
        """Where a participle's finding ends: at the next comma, colon or dash, past short asides ("Ted Cruz, R-Texas, leading")."""
        x = j
        while x < self.n:
            if self.tokens[x].quote is not None or self.lowers[x] in SENTENCE_END and x == self.n - 1:
                return x
            if self.lowers[x] in (",", ";", ":", "—", "–"):
                close = self._short_aside_at(x)
                if close is None:
                    return x
                x = close
            x += 1
        return self.n

    def _short_aside_at(self, comma: int) -> int | None:
        """"Ted Cruz, R-Texas, leading ...", "John Kasich, the governor there, has ...": a comma opening a short aside that a
        second comma closes, the clause going on after it."""
        if self.lowers[comma] != "," or comma < 1 or not self.tokens[comma - 1].is_capitalized:
            return None
        close = next((x for x in range(comma + 2, min(self.n - 1, comma + 6)) if self.lowers[x] == ","), None)
        if close is not None and all(self.tokens[x].is_word and self.lowers[x] not in CLAUSE_BOUNDARIES for x in range(comma + 1, close)) and (
                self.tokens[close + 1].is_word and not self.tokens[close + 1].is_capitalized):
            return close
        return None

    def _drop_outer_contents(self, frames: list[Frame], silent: frozenset[int] = frozenset()) -> None:
        """"She said X, the BBC reported": the BBC relays her clause rather than saying one of its
        own, so the outer frame reports no separate content (the inner one carries the relay). But "Lee said X, but Y,
        he said": where the inner clause ends at ", but", the tag reports what follows it."""
        for outer in frames:
            if outer.content is None or outer.content_mode not in {"trail", "according"} or _reports_evidence(outer) or (
                    self.lowers[outer.content[0]] in OPENING_TIME_CLAUSE_WORDS and self._main_clause_after_opening_report(outer, frames)):
                continue
            start, end = outer.content
            if outer.content_mode == "trail" and start == 0:
                but = next((inner.content[1] for inner in frames if inner is not outer and inner.kind == "pre" and inner.content is not None and (
                    inner.content_mode in ("bare", "that") and start <= inner.cue_index < inner.content[1] < end - 3)), None)
                if but is not None and self.lowers[but] == "," and self.lowers[but + 1] == "but" and self.tokens[but + 2].is_word and not any(
                        f.cue_index > but + 1 and f.cue_index < end and f is not outer for f in frames):
                    outer.content = (but + 1, end)  # "Candidates said they back the plan, but they would not fund it, they said"
                    continue
            if any(inner is not outer and not inner.partial_only and not inner.weak and id(inner) not in silent and (inner.content is not None or start == 0 and (inner.kind in {"trail", "inverted"} or inner.kind == "pre" and inner.mention is not None and (
                    # ("users who have continued creating accounts ..., experts said": a verb reporting nothing relays nothing;
                    # "with the economy adding jobs": nor does a phrase the lexicon does not know as a source)
                    inner.cue_verb is None or inner.cue_verb.content) and not inner.mention.generic and not inner.negated) and self._quotes_within(start, end)) and start <= inner.cue_index < end for inner in frames):
                outer.relayed = outer.content
                outer.content = None

    def _main_clause_after_opening_report(self, outer: Frame, frames: list[Frame]) -> bool:
        """"When Lee said he would not back the mayor, he 'got the feeling of the teachers,' said Ann Ferris": a tag after a
        sentence whose opening clause ("When ...") holds a report cut at its comma (_end_opening_clause_contents) reports the
        main clause after that comma, not the opening clause too."""
        start, end = outer.content
        if outer.content_mode != "trail" or start != self.story_start or self.lowers[start] not in OPENING_TIME_CLAUSE_WORDS:
            return False
        cut = next((inner.content[1] for inner in frames if inner is not outer and inner.kind == "pre" and inner.content is not None and (
            start < inner.cue_index < inner.content[1] < end - 2) and self.lowers[inner.content[1]] == ","), None)
        if cut is None or "(" in self.lowers[cut + 1:end]:
            return False  # ("..., the pope served up red meat ('...,' declared La Stampa in Italy), but ...": the tag ends an aside)
        outer.content = (cut + 1, end)
        return True

    def _after_linking_verb(self, i: int) -> bool:
        """"is sure", "was not certain", "has been acutely aware", "remain adamant": "be" or a linking verb before the
        word at ``i``, past adverbs and a negation."""
        j = i - 1
        while j > 0 and (self.lowers[j] in PLAIN_NEGATIONS or self.lowers[j].endswith("ly") or self.lowers[j] in ("still", "so", "very", "quite", "all", "both")):
            j -= 1
        return j >= 0 and (self.lowers[j] in word_set("passive_aux") or self.lowers[j] in LINKING_VERBS)

    def _quotes_within(self, start: int, end: int) -> bool:
        """Whether a quotation stands among the tokens start..end: a tag reporting no clause of its own relays only that
        ("'...,' Lee said, the BBC reported"), never the writer's clause ("Organizers added 40 guards, the Ledger reported")."""
        return "\x00quote" in self.lowers[start:end]

    def sentence_subject(self, limit: int) -> tuple[Mention | None, int | None, str | None]:
        """The sentence's grammatical subject (after an introductory phrase) and the word after it,
        for quotes introduced by a colon without a reporting verb ("Sunak defended X: '...'")."""
        start = self.story_start  # "Washington (AFP) - Hillary Clinton has ..., saying"
        joined = start + 2 < self.n and self.lowers[start] in OPENING_CONJUNCTIONS and self.tokens[start + 1].is_word
        if joined:
            start += 1  # "But the court overruled and said ...": the conjunction joins the sentence to the last one
        first = self.lowers[start] if start < self.n else ""
        second = self.tokens[start + 1] if start + 1 < self.n else None
        opens_with_phrase = first in word_set("intro_prepositions") or second is not None and len(first) > 4 and (
            # "Ultimately, Lee refused ...", "Casting himself as ..., Lee roused ...": an adverb or participle first;
            # "Shortly after the call ended, ...": an adverb before a subordinate clause
            first.endswith("ly") and (second.lower == "," or second.lower in ("after", "before", "when", "as", "since", "thereafter"))
            or first.endswith("ing") and second.is_word and not second.is_capitalized) or (
            second is not None and second.lower == "," and first in INTERJECTIONS) or (  # "Sure, official data suggest ..."
            # "Ever since she endorsed Lee, Ms. Hale has ...", "Just after the vote, ...": an adverb before a subordinate clause
            second is not None and first in ("ever", "even", "just", "right", "long", "soon") and second.lower in ("after", "before", "when", "as", "since", "though", "if")
            and start + 2 < self.n and self.tokens[start + 2].is_word) or (
            # "Preceded at the lectern by Moss, Lee ...", "Hours later, Lee ...", "Hastily, Lee ...": a participle, a time, an adverb first
            second is not None and (first.endswith("ed") and len(first) > 4 and (second.lower in ("at", "by", "in", "on", "with", "from") or self._opening_participle_alone(start))
                                    or second.lower in OPENING_TIME_ENDS or _adverb_by_ending(first))) or any(
            # "But a few days later, Trump reversed himself": a time phrase ending in "later" before the comma
            self.lowers[x] in OPENING_TIME_ENDS and self.lowers[x + 1] == "," for x in range(start, min(start + 6, limit, self.n - 1))) or any(
            # "One month after announcing his support, Rubio still believes ...": a time before a subordinate clause
            self.lowers[x] in {"after", "before", "since"} and self.lowers[x - 1].rstrip("s") in TIME_BEFORE_CLAUSE_UNITS for x in range(start + 1, min(start + 5, limit, self.n))) or (
            # "But that morning, an army of workers ...", "But back on American soil, he ...": a setting after the conjunction
            joined and first in JOINED_SETTING_STARTS and "," in self.lowers[start + 1:min(start + 6, limit)]) or (
            first in COUNTED_TIME_OPENERS and self._counted_time_opening(start, limit))
        if opens_with_phrase:
            setting_end = self._owned_time_setting_end(start, min(limit, self.n)) if first in TIME_OPENERS else None
            comma = setting_end - 1 if setting_end is not None else next((i for i in range(start, min(limit, self.n)) if self.lowers[i] == ","), None)
            if comma is None:
                # "In 2011 she spoke out for ...", "On Friday he ...": a short time, no comma, then a pronoun subject
                pronoun = next((x for x in range(start + 2, min(start + 5, limit, self.n)) if self.lowers[x] in ("he", "she", "they")), None)
                if pronoun is None or not all(self.tokens[y].is_capitalized or self.lowers[y].isdigit() for y in range(start + 1, pronoun)):
                    return None, None, None
                comma = pronoun - 1
            start = comma + 1
            if start < self.n and self.lowers[start] in SUBORDINATE_OPENERS:
                # "A week later, as Democrats pour into Philadelphia, so will ...": a clause after the opening phrase
                clause_end = next((x for x in range(start + 1, min(start + 24, limit, self.n)) if self.lowers[x] == ","), None)
                if clause_end is not None:
                    start = clause_end + 1
            while True:
                # "At an event in Ames, Iowa, on Sunday, Mrs. Clinton ...": the state after a place, a time
                # after the opening phrase, are part of it
                described = self._place_described_by_relative(start, limit)
                if described is not None:
                    start = described  # "When she moved to Oak Hollow, the suburb where the Lunds lived, Peter ...": the place's apposition
                    continue
                following = next((x for x in range(start, min(start + 4, limit, self.n)) if self.lowers[x] == ","), None)
                if following is None or following == start:
                    break
                part = range(start, following)
                place = self.lowers[start - 2] if start >= 2 else ""
                if not (self.lowers[start] in word_set("intro_prepositions") or self.lowers[start] in word_set("time_words") or (
                        self.tokens[start - 2].is_capitalized and all(self.tokens[x].is_capitalized for x in part) and following - start <= 2
                        and place not in ("said", "says")) or self.tokens[start - 2].is_capitalized and _state_after_town(self.tokens[start:following])):
                    break
                start = following + 1
        end = start
        capital = start < self.n and self.tokens[start].is_capitalized and not (
            # "The government has rejected ...": a capitalised article before a common noun
            self.lowers[start] in ("the", "a", "an", "its", "their", "this") and start + 1 < self.n and not self.tokens[start + 1].is_capitalized) and not (
            # "One of the men, Jessie Elkins, 70, had ...": a capitalised quantifier before a common noun
            self.lowers[start] in OPENING_QUANTIFIERS and start + 2 < self.n and not self.tokens[start + 1].is_capitalized and not (
                self.lowers[start + 1] == "of" and self.tokens[start + 2].is_capitalized))
        while end < limit and end < self.n:
            token = self.tokens[end]
            if token.quote is not None and not capital and end > start and self._scare_quote_at(end):
                end += 1  # 'But a "super PAC" backing her, ..., may ...': a quoted name or term inside the subject
                continue
            if capital and end > start and token.text in {"'", "’"} and self.tokens[end - 1].is_capitalized and self.lowers[end - 1].endswith("s") and (
                    token.start == self.tokens[end - 1].end and self._possessed_person(end + 1, limit)):
                capital = False  # "Sanders’ campaign launched ... and announced": the possessor's campaign is the subject, as after "'s"
                end += 1
                continue
            if token.quote is not None or not token.is_word:
                break
            if capital and end > start and not token.is_capitalized and self.tokens[end - 1].lower.endswith(("'s", "’s")) and self._possessed_person(end, limit):
                capital = False  # "Lazar's defense lawyer asked ...": the possessor's lawyer is the subject, not the possessor
            if capital and end > start and not token.is_capitalized and token.lower.endswith("s") and token.lower in word_set("unnamed_heads") and (
                    self.tokens[end - 1].is_capitalized):
                end += 1  # "Border agents apprehended ...", "Clinton aides said": a capitalised modifier before people
                break
            if capital and end > start and self._place_before_plural_head(start, end, limit):
                end += 1  # "Oregon politicians are furious and want ...": the state only says which politicians; they speak
                break
            if capital and token.lower in word_set("role_words") and end + 2 < min(limit, self.n) and self.lowers[end + 1] in ("at", "of", "for", "from") and (
                    self.tokens[end + 2].is_capitalized):
                end += 2  # "Psychology major at University of Texas Arlington Amneh Jafari heard ...": the role's place, then the name
                continue
            if capital and not (token.is_capitalized or token.lower in ("of", "the", "for", "and", "&") or self._role_before_name(end, limit)):
                if end > start + 1 and self.lowers[start] == "the" and (token.lower in word_set("role_words") or token.lower in word_set("unnamed_heads") or (
                        token.lower in word_set("institution_heads"))):
                    end += 1  # "The Vermont senator emailed ...", "The Obama administration is preparing ...": a role or a body after a capitalised modifier ends the subject
                break
            if not capital and (end > start + 6 or end > start and (_looks_like_verb(token.lower) and self.lowers[end - 1] not in DETERMINERS_BEFORE_ADJECTIVE
                                                                    or self.lowers[start] in SUBJECT_PRONOUNS)):
                break  # ("the retired teacher ended ...": after an article, a participle is an adjective; "Yet she watches ...": a pronoun is all the subject)
            if not capital and end > start + 1 and (self.lowers[end - 1] in _subject_heads() or self.lowers[end - 1] in word_set("role_words")) and (
                    token.lower not in ("of", "for", "at", "from", "in", "'s", "’s")) and not (token.lower == "general" and self.lowers[end - 1] in GENERAL_OFFICES) and not (
                    # "Hundreds of union demonstrators marched ...": a head before people only says which people; they act
                    self.lowers[start] in COUNT_WORDS and token.lower in word_set("unnamed_heads") and token.lower.endswith("s")):
                break  # "The company froze withdrawals, citing ...", "The president left no doubt ..., saying": the subject ends at its head noun
            end += 1
        if end == start:
            return None, None, None
        if not capital and end - start > 3 and self._quantified_subject_after_noun(end - 1):
            start = end - 2  # "there's a threat many people make ...": the people of the relative clause act, not the thing
        mention = parse_mention(self.text, self._quoted_terms_as_words(start, end))
        if capital and mention is not None and mention.kind == "person" and "and" in self.lowers[start:end]:
            mention = self._names_joined(start, end) or mention
        comma = end
        while not capital and comma < min(limit, end + 6) and self.tokens[comma].is_word and not _looks_like_verb(self.lowers[comma]) and (
                self.lowers[comma] not in FINITE_VERBS):
            comma += 1  # "the other candidate on the stage, ...": a tail of where
        if not capital and comma < limit and self.lowers[comma] == ",":
            # "the other candidate on the stage, former Secretary of State Hillary Clinton, drew ...": the name in apposition
            close = next((x for x in range(comma + 1, min(comma + 10, limit)) if self.lowers[x] == ","), None)
            if close is not None and self.tokens[close - 1].is_capitalized:
                named = parse_mention(self.text, self.tokens[comma + 1:close])
                if named is not None and named.kind == "person" and not named.surname_only:
                    mention, start, end = named, comma + 1, close + 1
        while end + 1 < self.n and self.tokens[end + 1].is_word and (self.lowers[end] in VERB_ADVERBS or self.lowers[end].endswith("ly") and len(self.lowers[end]) > 4):
            end += 1  # "She often speaks of ...": the verb after the adverb
        verb = self.tokens[end].text if end < self.n and self.tokens[end].is_word else None
        return mention, start, verb

    def _names_joined(self, start: int, end: int) -> Mention | None:
        """"Ann Lee and Tom Ray campaigned ..., hoping ...": two names joined by "and" are one subject, the pair (as
        _coordinated reads it before a cue)."""
        joint = self.lowers.index("and", start, end)
        if not (start < joint < end - 1 and is_name_phrase(self.tokens[start:joint]) and is_name_phrase(self.tokens[joint + 1:end])):
            return None
        phrase = self.text[self.tokens[start].start:self.tokens[end - 1].end]
        return Mention(phrase, self.tokens[start].start, self.tokens[end - 1].end, phrase, "unnamed")

    def _opening_participle_alone(self, start: int) -> bool:
        """"Disheartened, Mr. Lee resigned": a lone participle set off by a comma describes the subject after it (a given
        name before a comma, "Ahmed, a driver, said", is the subject itself)."""
        first = self.lowers[start]
        return start + 2 < self.n and self.lowers[start + 1] == "," and self.tokens[start + 2].is_word and first not in SENTENCE_ADVERBS and (
            first not in word_set("male_first_names") and first not in word_set("female_first_names"))  # ("Indeed," an adverb)

    def _counted_time_opening(self, start: int, limit: int) -> bool:
        """"Each election cycle, ...", "One Sunday in late 2001, ...": a time unit within the first four words, then a
        comma before any verb."""
        unit = next((x for x in range(start + 1, min(start + 4, limit, self.n)) if self.lowers[x] in COUNTED_TIME_UNITS), None)
        if unit is None:
            return False
        for x in range(unit + 1, min(unit + 6, limit, self.n)):
            if self.lowers[x] == ",":
                return True
            if not self.tokens[x].is_word or self.lowers[x] in FINITE_VERBS or _looks_like_verb(self.lowers[x]):
                return False
        return False

    def _place_before_plural_head(self, start: int, end: int, limit: int) -> bool:
        """A US state or a known place, then a lower-case plural noun and a verb, a comma or "who" ("Oregon politicians
        are ...", "Ohio donors, who ..."): the place modifies the noun, which heads the subject. A verb right after the
        place ("Texas sues the agency") is no noun: the word after it must be a verb or the clause's comma."""
        word = self.lowers[end]
        if end - start > 3 or end + 1 >= min(limit, self.n) or not word.endswith("s") or word.endswith(("ss", "'s", "’s")) or _looks_like_verb(word):
            return False
        place = " ".join(self.lowers[start:end])
        if place not in US_STATES and place not in PLACE_NAMES:
            return False
        after = self.lowers[end + 1]
        return after in (",", "who") or _looks_like_verb(after) and after not in ("'s", "’s")

    def _place_described_by_relative(self, start: int, limit: int) -> int | None:
        """After an opening phrase's comma: "the quiet suburb where the Lunds lived," -- a determiner, a few plain words and
        a relative clause of "where"/"which"/"when", closed by a comma: it describes what the opening phrase names, and
        the sentence's subject follows it (where it begins)."""
        if start >= self.n or self.lowers[start] not in NOUN_DETERMINERS or self.lowers[start] in ("his", "her", "their", "its"):
            return None
        relative = next((x for x in range(start + 1, min(start + 6, limit, self.n)) if not self.tokens[x].is_word or self.lowers[x] in ("where", "which", "when")), None)
        if relative is None or self.lowers[relative] not in ("where", "which", "when") or any(
                self.lowers[x] in FINITE_VERBS or _looks_like_verb(self.lowers[x]) for x in range(start + 1, relative)):
            return None
        comma = next((x for x in range(relative + 1, min(relative + 12, limit, self.n)) if not self.tokens[x].is_word), None)
        if comma is None or self.lowers[comma] != "," or comma + 1 >= min(limit, self.n) or not self.tokens[comma + 1].is_word:
            return None
        return comma + 1

    def _quoted_terms_as_words(self, start: int, end: int) -> list[Token]:
        """The tokens of a subject, a quoted term inside it ('a "super PAC"') read as one word spanning its marks."""
        tokens = self.tokens[start:end]
        if "\x00quote" not in self.lowers[start:end]:
            return tokens
        return [Token(self.text[t.quote.start:t.quote.end], t.start, t.end) if t.quote is not None else t for t in tokens]

    def _scare_quote_at(self, x: int) -> bool:
        """'a "super PAC"', 'the "alt-right" movement': a quotation of a few words without a mark of a sentence or a clause
        inside, after a determiner or a modifier and before more words: a quoted term in a noun phrase, nobody's words."""
        quote = self.tokens[x].quote
        if quote.close_mark is None or not (self.tokens[x - 1].is_word and x + 1 < self.n and self.tokens[x + 1].is_word):
            return False
        inner = self.text[quote.start:quote.end]
        return len(inner.split()) <= 3 and not any(mark in inner for mark in ",.;:!?")

    def _role_before_name(self, x: int, limit: int) -> bool:
        """"Dunmore boss Ivana Petrović was furious", "Republican presidential candidate Ann Lee took to Twitter,
        writing", "Former state senator Ann Lee": a lower-case role, after at most two lower-case modifiers, right
        before a capitalised name, inside the name phrase that a capitalised word opened."""
        roles = word_set("role_words")
        role = next((y for y in range(x, min(x + 3, limit - 1, self.n - 1)) if self.lowers[y] in roles and not self.tokens[y].is_capitalized), None)
        if role is None or not self.tokens[role + 1].is_capitalized or self.lowers[role + 1] in word_set("time_words"):
            return False
        return all(self.tokens[y].is_word and not self.tokens[y].is_capitalized and not _looks_like_verb(self.lowers[y]) and (
            self.lowers[y] not in PREPOSITIONS) for y in range(x, role))

    def _possessed_person(self, x: int, limit: int) -> bool:
        """After "Lazar's": a few lower-case words naming people or a body ("younger sister", "campaign",
        "allies"), not a report of the possessor's own ("recent assertion", "proposals")."""
        for y in range(x, min(x + 4, limit, self.n)):
            word = self.lowers[y]
            if not self.tokens[y].is_word or self.tokens[y].is_capitalized or _looks_like_verb(word) or word in REPORT_NOUNS or word in BELIEF_NOUNS:
                return False
            if word in word_set("role_words") or word in _subject_heads():
                return True
        return False

    def speech_intro(self) -> int | None:
        """Token index of the comma closing an opening "In a statement," / "In an interview with
        CNN,", else None."""
        if self._intro == UNREAD:
            self._intro = self._read_speech_intro()
        return self._intro

    def _read_speech_intro(self) -> int | None:
        if not self.n:
            return None
        o = 0
        if self.lowers[0] not in SPEECH_INTRO_OPENERS:
            if self.lowers[0] != "(" and self.lowers[0] not in WEEKDAY_WORDS:
                return None  # (most sentences: two look-ups, no call)
            o = self._speech_intro_opener()
            if not o or self.lowers[o] not in SPEECH_INTRO_OPENERS:
                return None
        speaking = self.lowers[o] not in ("in", "during")
        if speaking and self.lowers[o] != "on":
            # "Speaking to CNN,", "Appearing Sunday on NBC's 'Meet the Press,'": a day may come before the preposition
            at = o + (2 if self.n > o + 2 and (self.lowers[o + 1] in WEEKDAY_WORDS or self.lowers[o + 1] == "down") else 1)  # ("Sitting down with")
            if self.n < at + 2 or self.lowers[at] not in (("by",) if self.lowers[o] in REACHED_WORDS else ("to", "with", "on")):
                return None
        elif speaking and longest_known_outlet([t.text for t in self.tokens[o + 1:o + 7]], possessive=True) is None:
            return None  # "On CBS' 'Face the Nation,'" speaks through the outlet; "On Monday," does not
        for x in range(o + 1, min(self.n, o + MAX_SPEECH_INTRO_TOKENS + 1)):
            word = self.lowers[x]
            if word == ",":
                if not (x > o + 1 and (speaking or any(self.lowers[y] in word_set("speech_nouns") for y in range(o + 1, x)) or self._met_editorial_board(o, x))):
                    return None
                if x + 2 < self.n and self.lowers[x + 1] in word_set("outlet_relay_participles") and self.lowers[x + 2] == "by":
                    # "In a briefing note to ministers, seen by the BBC, officials warned ...": the intro runs on
                    return next((y for y in range(x + 3, min(self.n, x + 10)) if self.lowers[y] == ","), x)
                return x
            if self.tokens[x].quote is not None and x > o + 1 and self._title_quote(x):
                if self.text[self.tokens[x].quote.start:self.tokens[x].quote.end].rstrip().endswith(",") and (
                        speaking or any(self.lowers[y] in word_set("speech_nouns") for y in range(o + 1, x))):
                    # 'Speaking on ABC's "This Week," Lee said', 'In an interview for "Harbour Watch," Lee said': the show's title holds the closing comma
                    return x
                continue  # 'On CBS' "Face the Nation" the day before, she said'
            if word in CUE_ASIDE_DASHES and x > o + 1 and any(self.lowers[y] in word_set("speech_nouns") for y in range(o + 1, x)):
                # "In an interview with CNN — his first since the vote — Lee said": the closing dash ends the intro
                return next((y for y in range(x + 2, min(self.n - 2, x + MAX_CUE_ASIDE_TOKENS + 2)) if self.lowers[y] in CUE_ASIDE_DASHES and (
                    self.lowers[y + 1] not in CUE_ASIDE_DASHES)), None)
            if self.tokens[x].quote is not None or word in HARD_PUNCT or word in SENTENCE_END:
                return None
        return None

    def _met_editorial_board(self, o: int, comma: int) -> bool:
        """"In a meeting with the Ledger's editorial board,": an outlet's editorial board met is the outlet interviewing."""
        return "board" in self.lowers[o + 3:comma] and any(
            self.lowers[y] == "editorial" and self.lowers[y + 1] == "board" for y in range(o + 2, comma - 1))

    def _speech_intro_opener(self) -> int:
        """Where an opening phrase naming how the speaker spoke starts: after a bracket ("(In an interview with CNN, ...")
        or a day ("Sunday on CNN's 'State of the Union,' ...", "Sunday, on CNN's ...")."""
        if self.n > 3 and self.lowers[0] in WEEKDAY_WORDS and self.lowers[1] == "," and self.lowers[2] == "on":
            return 2
        return 1 if self.n > 2 and (self.lowers[0] == "(" or self.lowers[0] in WEEKDAY_WORDS and self.lowers[1] == "on") else 0

    def outlet_before_participle(self, frame: Frame) -> str | None:
        """"Lee attacked the plan on CNN's 'Weekend Desk,' calling it ...": the outlet the clause a participle hangs on
        ends with, where the participle's words were heard too."""
        i = frame.cue_index
        if i < 3 or not self.lowers[i].endswith("ing") or not (self.lowers[i - 1] == "," or self._quote_ends_with_comma(i - 1)):
            return None
        on = next((x for x in range(i - 2, max(0, i - MAX_SETTING_BEFORE_PARTICIPLE_TOKENS) - 1, -1)
                   if self.lowers[x] in ("on", ",") or self.tokens[x].quote is not None and not self._title_quote(x)), None)
        if on is None:
            # "appeared with MSNBC's Ann Lee and endorsed Holt, saying ...": the host one appeared beside, earlier in the clause
            on = next((x for x in range(i - 2, max(1, i - MAX_HOST_BEFORE_PARTICIPLE_TOKENS) - 1, -1)
                       if self.lowers[x] in (",", "with") or self.tokens[x].quote is not None), None)
            if on is None or self.lowers[on] != "with" or self.lowers[on - 1] not in APPEARED_WITH_VERBS:
                return None
        elif self.lowers[on] != "on":
            return None
        probe = Frame("statement", None, None, 0, 0)
        self._note_outlet_in(probe, on, i)
        return probe.outlet_heard

    def show_closing_report(self, frame: Frame) -> str | None:
        """'Lee said the vote "was a mistake" on Friday's "Harbor Hour."': a broadcaster's show aired on a day, closing the
        sentence the report runs to, is where the words were said. The day's possessive marks the airing ("the ad ran on
        CNN" is where the ad ran, not where it was spoken of)."""
        last = self.n - 1
        while last > 0 and self.lowers[last] in TAIL_MARKS:
            last -= 1
        on = last - 2
        if self.lowers[on] == "of" and last > 5 and self.lowers[last - 3] in AIRED_PROGRAMME_WORDS:
            return self._day_broadcast_closing_report(frame, last)
        if frame.content is None or on <= frame.content[0] or frame.content[1] <= on or self.lowers[on] != "on":
            return None
        day = self.lowers[on + 1]
        if not (day.endswith(POSSESSIVE_ENDINGS) and day[:-2] in WEEKDAY_WORDS):
            return None
        show = self.tokens[last]
        words = self.text[show.quote.start:show.quote.end].strip("\"'“”‘’.,").split() if show.quote is not None else [show.text]
        known = longest_known_outlet(words, possessive=True)
        return known[1] if known is not None else None

    def _day_broadcast_closing_report(self, frame: Frame, last: int) -> str | None:
        """'Lee said the vote "was a mistake" on Friday's broadcast of CNN's "Harbor Hour."': the outlet whose show aired
        that day, named after the day's broadcast, closing the sentence the report runs to."""
        on = last - 5
        if frame.content is None or on <= frame.content[0] or frame.content[1] <= on or self.lowers[on] not in ("on", "during"):
            return None
        day = self.lowers[on + 1]
        if not (day.endswith(POSSESSIVE_ENDINGS) and day[:-2] in WEEKDAY_WORDS):
            return None
        known = longest_known_outlet([self.tokens[on + 4].text], possessive=True)
        return known[1] if known is not None and self.lowers[on + 4].endswith(POSSESSIVE_ENDINGS) else None

    def speech_intro_outlet(self, comma: int, frame: Frame | None = None) -> str | None:
        """"In an interview with CNN," -> "CNN": for the sentence's speaker, not for one named inside a relative
        clause of it ("On CNN's 'X,' Lee discussed a bill ..., which is what Moss described as ...")."""
        if frame is not None and frame.subject_start and self.lowers[frame.subject_start - 1] in SPEAKER_IN_RELATIVE_OPENERS:
            return None
        probe = Frame("statement", None, None, 0, 0)
        self._note_outlet_in(probe, self._speech_intro_opener() + 1, comma)
        return probe.outlet_heard

    # ------------------------------------------------------------------ finding
    def _frame_at(self, i: int) -> Frame | None:
        lower = self.lowers[i]
        if lower == "according" and i + 1 < self.n and self.lowers[i + 1] == "to":
            return self._according(i)
        if lower in AS_REPORTED_CUES and i > 0 and (self.lowers[i - 1] == "as" or i > 1 and self.lowers[i - 2] == "as") and i + 2 < self.n and (
                self.lowers[i + 1] == "by"):
            return self._as_reported_by(i)
        if lower == "words" and i >= 2 and i + 2 < self.n and (self.lowers[i - 2] == "in" and self.lowers[i - 1] == "the" and self.lowers[i + 1] == "of" or (
                self.lowers[i + 1] == "," and self.tokens[i + 2].quote is not None)):  # ("in Holt's words, '...'": _in_owners_words)
            return self._in_the_words_of(i) if self.lowers[i + 1] == "of" else self._in_owners_words(i)
        phrase = self._statement_phrase(i) if lower in _statement_first_words() else None  # (the method's own first test, without a call)
        if phrase:
            return self._statement(i, phrase)
        if lower in LIGHT_VERBS and i + 3 < self.n:
            frame = self._light_verb_report(i)
            if frame is not None:
                return frame
        token = self.tokens[i]
        if token.quote is not None or not token.is_word:
            return None
        if lower in _NOUN_STARTERS:  # (rules for nouns of saying: most starters are verbs, which one test takes past them)
            if lower in COPULA_REPORT_NOUNS and 0 < i and i + 3 < self.n and self.lowers[i + 1] in REPORT_COPULAS:
                frame = self._possessive_copula_report(i)
                if frame is not None:
                    return frame
            if lower in REPORT_NOUNS and i > 0 and (self._possessive_before(i) or self.lowers[i - 1] in {"his", "her", "their"}):
                return self._possessive_report(i)
            if (lower in REPORT_NOUNS or lower in POSSESSIVE_REPORT_PLURALS) and i > 2 and i + 2 < self.n and self.lowers[i + 1] == "that" and (
                    self.tokens[i - 1].is_word and not self.tokens[i - 1].is_capitalized) and not self._relative_that_at(i + 1):
                owner_end = self._owner_before_describing_words(i)
                frame = self._possessive_report(i, owner_end) if owner_end is not None else None
                if frame is not None and not self._named_owner_acted_on(frame):
                    return frame  # "Trump's false claims that ...", "his earlier statements that ...", "Ms. Flowers' bombshell allegations that ..."
            if lower in POSSESSIVE_REPORT_PLURALS and i > 0 and i + 2 < self.n and self.lowers[i + 1] in {"that", "to"} and not self._relative_that_at(i + 1) and (
                    self._possessive_before(i) or self.lowers[i - 1] in ("his", "her", "their") and self.lowers[i - 2] != "on"):
                # ("deliver on their promises to ...", "renege on his pledges to ...": what is acted on, not what is said)
                frame = self._possessive_report(i)  # "budget hawks' warnings that ...", "his comments that ...", "Trump's vows to ..."
                if frame is not None and not self._named_owner_acted_on(frame):
                    return frame
            if lower in _noun_only_starters():
                return None  # (a noun read above for its copula or colon only: no rule below starts from it)
            if lower in REPORT_NOUNS and 0 < i and i + 4 < self.n and self.lowers[i + 1] in NOUN_OWNER_PREPOSITIONS + (",",):
                frame = self._report_noun_by(i)
                if frame is not None:
                    return frame
            if (lower in REPORT_NOUNS or lower in OWNED_REPORT_PLURALS) and 0 < i and i + 4 < self.n and self.lowers[i + 1] in {"from", "by"}:
                frame = self._report_noun_from_people(i)
                if frame is not None:
                    return frame
            if lower in STANCE_NOUNS and i > 0 and i + 2 < self.n and self.lowers[i + 1] in STANCE_NOUNS[lower]:
                frame = self._possessive_stance(i)
                if frame is not None:
                    return frame
        verb = cue_verb(lower)
        if lower in _REREAD_FORMS:  # (one test takes the other forms past these rules)
            if lower == "states" and 1 < i < 10 and self.tokens[0].quote is not None and i + 1 < self.n and self.lowers[i + 1] in {".", ","} and (
                    self.tokens[i - 1].is_word and not self.tokens[i - 1].is_capitalized) and not any(cue_verb(self.lowers[x]) for x in range(1, i)):
                verb = cue_verb("stated")  # '"...," a voice-over in the ad states.': a tag after a quotation (elsewhere, "states" is the noun)
            elif lower == "states" and 0 < i < self.n - 2 and self.lowers[i + 1] == "that" and self._states_has_subject(i - 1):
                verb = cue_verb("stated")  # "Byrne — who guarded the door — states that ...", "The law states that ...": a subject's verb
            elif lower == "read" and 1 < i and self.lowers[i - 1] in {"it", "one"} and (self.tokens[i - 2].quote is not None or self.lowers[i - 2] == ","):
                verb = cue_verb("reads")  # '"...," it read.': the past of "reads" only where a text is quoted
            elif lower == "responding" and i + 1 < self.n and (self.lowers[i + 1] == "that" or self.tokens[i + 1].quote is not None):
                verb = cue_verb("responded")  # "..., responding that he is 'not going to ...'" ("responding to the news that ...": what was heard)
            elif lower == "question" and 0 < i < self.n - 2 and self.lowers[i - 1] == "to" and self.lowers[i + 1] in QUESTION_OPENERS:
                verb = cue_verb("questioned")  # "continued to question whether ...": the verb, which its noun ("a question") is mostly not
            elif lower == "read" and 0 < i and self.tokens[i - 1].quote is not None and self._text_after_read(i):
                verb = cue_verb("reads")  # '"...," read the statement.': the text after the verb that a quotation precedes
            elif lower == "read" and 1 < i and self.lowers[i - 1] in READ_TEXTS and self._quoted_text_read(i):
                verb = cue_verb("reads")  # '"...," the editorial read.', 'One sign read, "..."': a text the sentence quotes
            elif lower in PARTICLE_CUES and i + 1 < self.n and self.lowers[i + 1] == PARTICLE_CUES[lower][0] and not (
                    i + 2 < self.n and self.lowers[i + 2] in NOUN_DETERMINERS):  # ("fired back a response": an object, no report)
                verb = _particle_cue(lower)  # "Lee shot back, '...'": the verb with its particle reports speech
            elif lower in LINKED_BELIEF_ADJECTIVES and self._after_linking_verb(i):
                verb = _linked_belief_cue(lower)  # "was sure that ...", "remain adamant that ...": a state of mind (not "make sure that")
            elif lower in TALKING_FORMS and i + 2 < self.n and self.lowers[i + 1] in TALKING_PARTICLES and self.lowers[i + 2] in TALKED_ABOUT_OPENERS:
                verb = _talking_cue(self.lowers[i + 1])  # "Lee spoke about how the plant closed": the clause is what was said
            elif lower in TALKED_OF_FORMS and (particle := self._talked_of_thing(i)) is not None:
                verb = _talking_cue(particle)  # "Lee spoke briefly about the closing", "Lee speaks of her faith": what the speaker raised
            elif lower in PERFECT_CUES and i > 0 and self.lowers[i - 1] in {"has", "have", "had"}:
                if not (i + 1 < self.n and (self.lowers[i + 1] in ("that", ",", ":") or self.tokens[i + 1].quote is not None)) and not (
                        self._time_then_quotation(i + 1)):
                    return None  # "she had written the script": no report
                verb = _perfect_cue(lower)  # "As Parsons had written, ...", "has written that ..."
        if verb is None:
            return None
        if lower in word_set("unnamed_heads") and lower.endswith("s") and lower not in NOUN_CUE_FORMS and self._people_noun_before_verb(i):
            return None  # "Muslim advocates hailed the pick", "Other advocates also said": the people, not the verb "advocates"
        if lower == "note" and not self._plain_note_at(i):
            return None  # "a note to staff", "the 10-year Treasury note fell", "important to note that": a noun, or nobody's report
        if token.text[0].isupper():
            if i == self.story_start and lower.endswith("ing") and (verb.object or verb.target or verb.belief or self._opening_that_at(i, verb)) and i + 2 < self.n:
                return self._opening_participle_frame(i, verb)  # "Citing the storm, the mayor closed ..."
            if i == 0 and lower in ("said", "says") and self.n > 2 and self.tokens[1].is_capitalized:
                return self._fronted(i, verb)  # "Said Dorothy Lane, who grew up nearby, '...'"
            if i == 0 and lower in ("adding", "added") and self.n > 2 and (self.lowers[1] in (",", ":") or self.tokens[1].quote is not None):
                # "Adding, '...'" opening a sentence: the speaker of the sentence before goes on
                frame = Frame("inherit", token.text, verb, i, i + 1, inherit=True)
                return frame
            return None  # "the United States", "Reports: ..." -- news writes reporting verbs in lower case
        if i > 0 and (self.lowers[i - 1] in NOUN_DETERMINERS or self.lowers[i - 1] == "of" or self._possessive_before(i)):
            return None  # "its promise", "the secretary of state", "Sanders' comments": nouns
        if lower in NOUN_CUE_FORMS and i > 1 and self.lowers[i - 2] in {"a", "an"} and self.tokens[i - 1].is_word:
            return None  # "posted a Twitter comment", "an early report": a noun after an indefinite article
        if lower in NOUN_CUE_FORMS and (self._modified_after_determiner(i) or self._noun_by_its_neighbours(i)):
            return None  # "Her seemingly incongruous comments on the issue speak to ...", "his latest claims": a noun, its modifiers after a determiner
        if lower in NOUN_CUE_FORMS and lower.endswith("s") and self._counted_before(i):
            return None  # "calling the two lengthy reports ...": a count makes the form a plural noun, no verb of a singular subject
        if lower in NOUN_CUE_FORMS and i > 1 and self.lowers[i - 1] in {"one", "each", "every", "some", "any", "no", "another"} and self.lowers[i - 2] in {
                "at", "to", "on", "in", "from", "of"}:
            return None  # "he called her at one point and ...": a noun after a quantifier, not a verb
        if lower.endswith("ing") and (self._opens_sentence_at(i - 1) and self.lowers[i - 1] in OPENING_GERUND_PREPOSITIONS or self._opens_sentence_at(
                i - 3) and (self.lowers[i - 3:i] == ["in", "addition", "to"] or self._opening_text_before(i))) and i + 2 < self.n and (  # "In addition to stating that ..., Lee ..."
                verb.object or verb.target or verb.belief or self._opening_that_at(i, verb)):
            frame = self._opening_participle_frame(i, verb)  # "In describing his rival, Cuban said ...", "In asking to depose her, the group ...": the main subject's act
            if frame is None or not (self.tokens[frame.subject_start].is_capitalized or self.lowers[frame.subject_start] in SPEAKER_DETERMINERS):
                return None  # ("In criticizing Clinton, hints that ...": a headline with no subject)
            return frame
        if lower == "considering" and i > 1 and self.lowers[i - 1] == "," and self._considering_as_given(i):
            return None  # "..., considering what they are up against", "insensitive, considering the party is ...": "given", nobody's view
        if i > 0 and lower.endswith("ing") and (self.lowers[i - 1] in GERUND_PREPOSITIONS or i > 1 and self.lowers[i - 1] == "not" and self.lowers[i - 2] in GERUND_PREPOSITIONS):
            return None  # "banning migrants from claiming asylum", "criticized voters for not supporting him": a gerund, nobody is reporting
        if lower.endswith("s") and i + 1 < self.n and self.lowers[i + 1] in COMPOUND_HEADS:
            return None  # "the company claims department", "its reports desk": a noun compound, not a verb
        if lower in EVIDENCE_PARTICIPLES and i > 0 and self.lowers[i - 1] in EVIDENCE_PARTICIPLE_HEADS:
            return None  # "anecdotal evidence suggesting ...": the evidence phrase is the source (_evidence_participles)
        if i > 1 and self.lowers[i - 1] == "to" and self.lowers[i - 2] in DATA_HEADS:
            return None  # "investigators have no evidence to suggest ...": the evidence is their object, not a subject
        if lower in NOUN_CUE_FORMS and lower.endswith("s") and i + 1 < self.n and self.lowers[i + 1] in EVIDENCE_VERB_FORMS:
            return None  # "FEC reports show that ...", "Exit polls' estimates suggest ...": the noun is the subject of the next verb
        if lower in NOUN_CUE_FORMS and i + 1 < self.n and self._finite_cue_at(i + 1) and not (i > 0 and self.lowers[i - 1] == "to"):
            return None  # '"...," the congressional report said.', "the estimate found": the noun heads the subject of the cue after it
        if lower in BELIEF_NOUN_VERB_FORMS and (self._adjective_at(i - 1) or self._verb_follows_noun(i)):
            return None  # "the Democratic plan rejected on Monday", "to calm Russian fears": an adjective makes it a noun
        if lower in NOUN_CUE_FORMS and lower.endswith("s") and self._bare_adjective_before(i):
            return None  # "despite Liberal calls for him to quit", "could blunt Republican claims": the adjective's plural noun
        frame = self._verb_frame(i, verb)
        if frame is not None and lower in NAMING_PARTICIPLES and self._names_a_thing_at(i):
            frame.names_a_thing = True
        return frame

    def _in_owners_words(self, i: int) -> Frame | None:
        """"In Holt's words, 'this bill is dead'", "in his own words, '...'", "because, in the Herald's words, '...'": the
        possessive form of "in the words of X" (``i``: "words", a quotation after its comma) gives the owner the quotation."""
        if any(self.tokens[x].is_word for x in range(i + 3, self.n)):
            return None  # ('In his own words, "...," Holt added.': the quotation's own tag names the speaker)
        k = i - 1 if self.lowers[i - 1] == "own" else i
        last = self.tokens[k - 1]
        if last.lower in POSSESSIVE_PRONOUNS and last.lower != "its":
            owner, start = [Token(POSSESSIVE_PRONOUNS[last.lower], last.start, last.end)], k - 1  # "in his words": he
        else:
            if last.lower.endswith(("'s", "’s")) and len(last.text) > 2:
                last = Token(last.text[:-2], last.start, last.end - 2)  # "Holt's"
            elif last.lower in ("'", "’") and k >= 3 and self.lowers[k - 2].endswith("s") and self.tokens[k - 2].is_word:
                k, last = k - 1, self.tokens[k - 2]  # "Forbes' words": a plural's or a name's bare apostrophe
            else:
                return None
            start = k - 1
            while start > 0 and k - start < 5 and self.tokens[start - 1].is_word and (
                    self.tokens[start - 1].is_capitalized and self.lowers[start - 1] != "in" or self.lowers[start - 1] == "the"):
                start -= 1
            owner = self.tokens[start:k - 1] + [last]
        if start < 1 or self.lowers[start - 1] != "in":
            return None
        mention = parse_mention(self.text, owner)
        if mention is None or mention.generic or mention.kind not in ("person", "organization", "unnamed", "pronoun"):
            return None
        opener = start - 1
        frame = Frame("according", self.text[self.tokens[opener].start:self.tokens[i].end], None, opener, i + 1, mention, start)
        frame.content, frame.content_mode = (i + 2, self.n), "according"  # (mid-sentence too: "..., because, in Holt's words, '...'")
        return frame

    def _noun_by_its_neighbours(self, i: int) -> bool:
        """"Holt's false claims that ...", "Holt's baseless claims": an owner's possessive and a describing word; "Lee released
        notes from the aide": a verb of making public right before and a preposition after -- the form is a noun, no verb."""
        before = self.lowers[i - 1] if i > 1 else ""
        if before in RELEASING_FORMS:
            return i + 1 < self.n and self.lowers[i + 1] in PREPOSITIONS and self.lowers[i + 1] != "to"  # ("the book he wrote claims to ...")
        return i > 1 and self.tokens[i - 1].is_word and not self.tokens[i - 1].is_capitalized and self._possessive_before(i - 1) and (
            before in PLAIN_ADJECTIVES or before in UNTRUE_WORDS or before.endswith(OWNED_CLAIM_ADJECTIVE_ENDINGS))

    def _names_a_thing_at(self, i: int) -> bool:
        """A naming participle after a noun phrase that an indefinite article opens, its quoted name right after it
        ("a group called the '...'", "a short film called '...'"): it describes the thing, no one reports."""
        after = i + 2 if i + 2 < self.n and self.lowers[i + 1] == "the" else i + 1
        if after >= self.n or self.tokens[after].quote is None:
            return False
        for x in range(i - 2, max(-1, i - 6), -1):
            if self.lowers[x] in ("a", "an"):
                return True
            if not self.tokens[x].is_word or self.tokens[x].quote is not None or self.lowers[x] in FINITE_VERBS or self.lowers[x] in NOUN_DETERMINERS:
                return False
        return False

    def _people_noun_before_verb(self, i: int) -> bool:
        """A cue form that also names people ("advocates") followed by a verb, an adverb or a preposition that opens no
        object: the plural noun heads the subject of the verb after it."""
        if i + 1 >= self.n or not self.tokens[i + 1].is_word:
            return False
        after = self.lowers[i + 1]
        return after not in ("for", "that", "to") and (
            after in FINITE_VERBS or after in word_set("adverbs_between") or after in PREPOSITIONS or after in ("who", "say", "said", "says") or (
                after.endswith("ed") and len(after) > 4 and not self.tokens[i + 1].is_capitalized and i + 2 < self.n and (
                    self.lowers[i + 2] in NOUN_DETERMINERS or self.tokens[i + 2].is_capitalized or self._possessive_before(i + 3))))

    def _modified_after_determiner(self, i: int) -> bool:
        """A determiner or possessive, then one or two modifiers shaped like adjectives (an adverb in "-ly" may lead
        them): "her seemingly incongruous", "their own", "his latest" -- what follows is a noun."""
        x = i - 1
        modifiers = 0
        while x > 0 and modifiers < 3 and self.tokens[x].is_word and not self.tokens[x].is_capitalized and (
                self.lowers[x].endswith(ADJECTIVE_ENDINGS) or self.lowers[x] in PLAIN_ADJECTIVES or modifiers and self.lowers[x].endswith("ly")):
            x -= 1
            modifiers += 1
        return modifiers > 0 and self.lowers[x] in NOUN_DETERMINERS

    def _counted_before(self, i: int) -> bool:
        """A number above one with at most two lower-case modifiers between it and ``i``: "the two lengthy investigative"."""
        for x in range(i - 1, max(-1, i - 4), -1):
            word = self.lowers[x]
            if word in NUMBER_WORDS and word != "one" or word.isdigit() and len(word) < 4 and word != "1":
                return True  # (not a year: "since 2014 the agency reports ...")
            if not self.tokens[x].is_word or self.tokens[x].is_capitalized or word in FINITE_VERBS or word in PREPOSITIONS or (
                    word in CLAUSE_BOUNDARIES or word in NOUN_DETERMINERS):
                return False
        return False

    def _made_document_at(self, x: int) -> bool:
        """"placed national newspaper ads", "ran a television ad", "sent letters": a document (plural or after a few
        modifiers) that a verb of making it public brings out, a few words before it."""
        if self.lowers[x] not in RELEASED_DOCUMENTS:
            return False
        maker = next((y for y in range(x - 1, max(-1, x - 5), -1) if not self.tokens[y].is_word or self.lowers[y] in RELEASING_FORMS), None)
        return maker is not None and self.lowers[maker] in RELEASING_FORMS

    def _finite_cue_at(self, x: int) -> bool:
        """A finite form of a cue verb ("said", "says", "found", "concluded"): the word after a noun of saying that it
        shows to be the subject's head."""
        word = self.lowers[x]
        return cue_verb(word) is not None and (word.endswith("ed") or word.endswith("s") and not word.endswith("ss") or word in HEADLINE_PASTS)

    def _determined_noun_at(self, x: int) -> bool:
        """"The plan that officials said ...", "the views that ...": a determiner makes the form a noun, and the "that"
        after it opens a relative clause."""
        return self.lowers[x] in BELIEF_NOUN_VERB_FORMS and x > 0 and self.lowers[x - 1] in NOUN_DETERMINERS

    def _verb_follows_noun(self, i: int) -> bool:
        """"Supporters of the stadium plan gathered ...", "the views are ...": a verb right after makes the form the
        noun its subject ends with; the verb "plan" takes "to" ("Republicans plan to ...")."""
        if i + 1 >= self.n:
            return True
        after = self.lowers[i + 1]
        return self.lowers[i] == "plan" and after != "to" or after in AUXILIARIES or after in FINITE_VERBS or (
            after.endswith("ed") and len(after) > 4)

    def _bare_adjective_before(self, i: int) -> bool:
        """A capitalised adjective of party or nation before ``i`` with no determiner of its own, after a word of the
        clause: it describes the plural noun at ``i`` ("A Republican claims ..." keeps its article and speaks)."""
        return i > 1 and self.tokens[i - 1].is_capitalized and self.tokens[i - 2].is_word and not self.tokens[i - 2].is_capitalized and (
            self.lowers[i - 2] not in NOUN_DETERMINERS) and self._adjective_at(i - 1)

    def _adjective_at(self, x: int) -> bool:
        """"Democratic", "Russian", "Chinese", "British", "political": a word shaped like an adjective of party, nation or
        field (a first name such as "Brian" is not one)."""
        if x < 0 or not self.tokens[x].is_word:
            return False
        word = self.lowers[x]
        if self.tokens[x].is_capitalized:
            return word.endswith(("ic", "ian", "can", "ish", "ese")) and word not in word_set("male_first_names") and word not in word_set("female_first_names")
        return word.endswith("ical") or word.endswith("ic") and word != "public"

    def _opening_text_before(self, i: int) -> bool:
        """"In a statement defending the deal, the campaign said ...": a participle after the text an opening "in" names
        is what the main clause's subject says in it (read as "In defending ...")."""
        return self.lowers[i - 3] == "in" and self.lowers[i - 2] in NOUN_DETERMINERS and self.lowers[i - 1] in READ_TEXTS

    def _opens_sentence_at(self, x: int) -> bool:
        """The word at ``x`` opens the sentence, after a joining conjunction or a sentence adverb and its comma at most:
        "After arguing ...", "But after arguing ...", "Now, after arguing ..."."""
        start = self.story_start
        return x == start or x == start + 1 and self.lowers[start] in OPENING_CONJUNCTIONS or (
            x == start + 2 and self.lowers[start] in SENTENCE_ADVERBS and self.lowers[start + 1] == ",")

    def _opening_participle_frame(self, i: int, verb: CueVerb) -> Frame | None:
        """"Citing last week's attack as a wake-up call, Will urged ...", "Denouncing the plan as reckless, the mayor ...":
        a participle opening the sentence is what the main clause's subject does; what it reports ends at the comma."""
        mention, start, _verb = self.sentence_subject(self.n)
        if mention is None or start is None or start <= i + 2 or self.lowers[start - 1] != "," or any(
                self.tokens[x].quote is not None and self._quote_ends_with_comma(x) for x in range(i + 1, start - 1)):
            return None
        frame = Frame("pre", self.tokens[i].text, verb, i, i + 1, mention, start)
        frame.after_cue = self._skip_adverbials(frame, i + 1)
        self._read_content(frame)
        if frame.content is not None and frame.content_mode != "object" and not (frame.content_mode == "that" and self._opening_that_at(i, verb)):
            return None  # ("Promising that his book would say more, Bolton said ...": the tests keep such a clause unread)
        if frame.content is not None:
            end = min(frame.content[1], start - 1)
            frame.content = (frame.content[0], end) if end > frame.content[0] else None
        return frame

    def _talked_of_thing(self, i: int) -> str | None:
        """"Lee spoke about the closing of the plant", "Lee spoke warmly of her", "Ms. Ruiz talks about a revolution": a
        finite "spoke", "speaks" or "talks" (or a "speaking" tagged on a clause), an adverb at most, then "about" or "of"
        and a noun phrase: the topic a speaker raised, as with "talked about" -> the particle. Not the noun "talks"
        ("the trade talks of 2011"), not "Speaking of ...", not an object that stands before ("the crisis he spoke of")."""
        k = i + 1
        if k < self.n and self.lowers[k].endswith("ly") and len(self.lowers[k]) > 4 and self.lowers[k] not in LY_NOUNS:
            k += 1  # "spoke briefly about", "spoke warmly of"
        if k + 1 >= self.n or self.lowers[k] not in TALKING_PARTICLES or not self._object_can_start(k + 1) or self.lowers[k + 1] in TALKED_OF_REJECTED or (
                self.lowers[k + 1] == "her" and not (k + 2 < self.n and self.tokens[k + 2].is_word and self.lowers[k + 2] not in CLAUSE_BOUNDARIES and (
                    self.lowers[k + 2] not in word_set("intro_prepositions")))):
            return None  # ("spoke about it", "spoke of her."; "spoke of her faith" names a topic)
        if self.lowers[i] == "talks":
            before = i - 1
            while before > 0 and (self.lowers[before].endswith("ly") or self.lowers[before] in ("now", "often", "also", "still")):
                before -= 1
            if before < 0 or not (self.lowers[before] in SUBJECT_PRONOUNS or self.tokens[before].is_word and self.tokens[before].is_capitalized):
                return None  # ("the debt ceiling talks of 2011": the noun)
        return self.lowers[k]

    def _plain_note_at(self, i: int) -> bool:
        """"Experts note that ...", "there are, they note, other options": the verb "note" (a word far more often a noun)
        only with "that" or a comma after it, a plural subject or pronoun before it, and no "to" ("is right to note that")."""
        if i == 0 or i + 1 >= self.n or self.lowers[i + 1] not in ("that", ","):
            return False
        before = self.lowers[i - 1]
        return before in ("they", "we", "critics", "experts", "analysts", "officials", "economists", "scholars", "historians", "observers",
                          "researchers", "advocates", "supporters", "opponents", "aides", "democrats", "republicans") or (
            before.endswith("s") and not before.endswith("ss") and before not in NOUN_DETERMINERS and self.tokens[i - 1].is_word and not self.tokens[i - 1].is_capitalized)

    def _that_next(self, i: int) -> bool:
        """"came to believe that ...": "that" right after the verb, a clause after it ("need to realize it" is no belief held)."""
        return i + 2 < self.n and self.lowers[i + 1] == "that" and self.tokens[i + 2].is_word

    def _kept_on_saying(self, i: int) -> bool:
        """"Lewandowski continued to assert that ...", "she began to argue that ...": a verb of saying after "continued to" or
        "began to" is what the subject of "continued" says (beliefs and "say" itself are read by their own rules)."""
        verb = cue_verb(self.lowers[i])
        return verb is not None and verb.content and not verb.belief and not verb.evidence and verb.lemma not in ("tell", "continue")

    def _opening_that_at(self, i: int, verb: CueVerb) -> bool:
        """"Noting that only one senator voted with them, Tester added: ...": a participle of saying and its "that" clause."""
        if verb.lemma not in OPENING_THAT_LEMMAS or i + 1 >= self.n:
            return False
        j = i + 1
        if self.lowers[j] in ("on", "in", "last", "this", "earlier") and j + 2 < self.n and (
                self.tokens[j + 1].is_capitalized or self.lowers[j + 1] in word_set("time_words")):
            j += 2  # "After saying on Wednesday that ...", "Since announcing in October that ..."
        return self.lowers[j] == "that" or verb.lemma == "point" and self.lowers[j] == "out" and j + 1 < self.n and self.lowers[j + 1] == "that"

    def _fronted(self, i: int, verb: CueVerb) -> Frame | None:
        end = i + 1
        while end < self.n and self.tokens[end].quote is None and self.lowers[end] not in (",", ":", ";", ".") and end - i <= 6:
            end += 1
        mention = parse_mention(self.text, self.tokens[i + 1:end])
        if mention is None or mention.kind not in ("person", "organization", "unnamed") or mention.generic:
            return None
        frame = Frame("pre", self.tokens[i].text, verb, i, end, mention, i + 1)
        quote = next((x for x in range(end, self.n) if self.tokens[x].quote is not None), None)
        if quote is not None and all(self.lowers[x] in (",", ":") or self.tokens[x].is_word for x in range(end, quote)):
            frame.after_cue = quote  # the clause about the speaker runs up to the quotation
        return frame

    def _possessive_report(self, i: int, owner_end: int | None = None) -> Frame | None:
        """"Donald Trump's assertion Monday that more strikes are needed", "Comey's conclusion that her
        actions were 'extremely careless'", "her insistence that ...": the owner of a noun of saying or
        thinking reports the clause after "that". ``owner_end``: where the owner ends when describing words come between
        ("Trump's false claims that ...")."""
        k = i if owner_end is None else owner_end
        j = i + 1
        if j < self.n and self.lowers[j] in ("in", "during") and self.lowers[k - 1] in POSSESSIVE_PRONOUNS:
            place = next((x for x in range(j + 2, min(self.n - 2, j + 8)) if self.lowers[x] in ADVERBIAL_NOUNS and self.lowers[x + 1] == "that"), None)
            if place is not None and all(self.tokens[x].is_word for x in range(j + 1, place)):
                j = place + 1  # "his claim in a recent Fox News interview that ...": where it was made
        while j < self.n and j - i <= 3 and (self.lowers[j] in word_set("time_words") or self.lowers[j] in ("on", "last", "this")):
            j += 1  # "assertion Monday that", "claim on Tuesday that"
        infinitive = (self.lowers[i] in PROMISING_NOUNS or self.lowers[i] in PROMISING_PLURALS) and self._infinitive_at(j) and self.lowers[k - 1] in POSSESSIVE_PRONOUNS
        if j + 2 >= self.n or self.lowers[j] != "that" and not infinitive or not self.tokens[j + 1].is_word and self.tokens[j + 1].quote is None:
            return None
        start = k - 1
        stops = word_set("capitalized_function_words") | word_set("intro_prepositions") | NOT_OWNERS
        if self.lowers[k - 1] not in ("his", "her", "their"):
            while start > 0 and k - start < 6 and self.tokens[start - 1].quote is None and (
                    self.tokens[start - 1].is_capitalized and self.lowers[start - 1] not in stops or self.lowers[start - 1] in ("the", "of") and start - 1 > 0):
                start -= 1
            while start < k - 1 and self.lowers[start] == "of":
                start += 1
        owner = self.tokens[start:k]
        last = owner[-1]
        if last.lower.endswith(("'s", "’s")) and len(last.text) > 2 and not last.is_capitalized:
            # "the report's finding": the owner without the possessive ending
            owner = owner[:-1] + [Token(last.text[:-2], last.start, last.end - 2)]
        elif len(owner) == 1 and last.lower in POSSESSIVE_PRONOUNS:
            owner = [Token(POSSESSIVE_PRONOUNS[last.lower], last.start, last.end)]  # "his suggestion that ...": he suggested it
        mention = parse_mention(self.text, owner)
        if mention is None or mention.generic or mention.kind not in ("person", "organization", "unnamed", "pronoun"):
            return None
        end = j + 1
        verb_seen = False
        while end < self.n and self.lowers[end] not in (";", ":", "—", "–", "-", "--", "(") and not (self.lowers[end] == "," and end > j + 3) and not (
                self.lowers[end] in SENTENCE_END and end == self.n - 1):
            word = self.lowers[end]
            finite = word in FINITE_VERBS or word in IRREGULAR_PASTS or word.endswith("ed") and len(word) > 4 and self.lowers[end - 1] not in AUXILIARIES and (
                self.lowers[end - 1] not in ("to", "be", "been", "being", "not", "never", "also"))
            if finite and verb_seen and self.lowers[end - 1] not in AUXILIARIES and self.tokens[end - 1].is_word and self.lowers[end - 1] not in (
                    "that", "who", "which", "and", "or", "but"):
                break  # "Trump's claim that strikes are needed drew rebukes": the owner's clause ends before the sentence's verb
            verb_seen = verb_seen or finite or word in AUXILIARIES
            end += 1
        lemma = self.lowers[i] if self.lowers[i] not in POSSESSIVE_REPORT_PLURALS else self.lowers[i][:-1]  # ("warnings": warning)
        verb = CueVerb(lemma=lemma, stance="neutral", bare=False, belief=lemma in BELIEF_NOUNS or infinitive and lemma != "claim")
        frame = Frame("pre", self.tokens[i].text, verb, i, j + 1, mention, start)
        frame.content, frame.content_mode = (j, end) if infinitive else (j + 1, end), "object" if infinitive else "that"
        return frame

    def _named_owner_acted_on(self, frame: Frame) -> bool:
        """"Wasserman Schultz dismissed Bernie Sanders' accusations that ...", "Palmieri said Sanders' arguments that ... are
        undermined": a named owner's noun of saying that a verb or a preposition before it acts on or speaks of is part of
        another's report (an owner written "his" or "their" is mostly the clause's own subject, and stays)."""
        start = frame.subject_start
        if start is None or start == 0 or self.lowers[start] in POSSESSIVE_PRONOUNS or not self.tokens[start - 1].is_word or self.tokens[start - 1].is_capitalized:
            return False
        before = self.lowers[start - 1]
        return before in PREPOSITIONS or before in ("about", "against", "over") or _looks_like_verb(before) or cue_verb(before) is not None

    def _relative_that_at(self, that: int) -> bool:
        """"his statements that fired them up": a "that" right before a verb opens a relative clause, not what was said."""
        return self.lowers[that] == "that" and that + 1 < self.n and (_looks_like_verb(self.lowers[that + 1]) or self.lowers[that + 1] in AUXILIARIES)

    def _owner_before_describing_words(self, i: int) -> int | None:
        """"Trump's false claims", "his earlier statements", "Trump's by-now-familiar claims": one or two describing words
        between an owner's possessive and the noun at i -> the index just after the owner, else None."""
        for k in (i - 1, i - 2):
            if k < 1 or not self.tokens[k].is_word or self.tokens[k].is_capitalized or self.lowers[k] in NOT_DESCRIBING_WORDS or (
                    self.lowers[k].endswith("s") and not self.lowers[k].endswith(("ous", "ss"))):
                return None  # ("her allies fear that ...": a plural noun and a verb, no describing word)
            if self.lowers[k - 1] in ("his", "her", "their") or self._possessive_before(k):
                return k
        return None

    def _possessive_copula_report(self, i: int) -> Frame | None:
        """"Rubio's response was that ...", "Their fear is that ...", "Carrier's message: moving jobs south is ...", "His
        oft-stated goal is broad: reduce ...": the owner of a noun of saying or thinking gives the clause after the copula's
        "that" or the colon (a quotation there is left to the quotation rules)."""
        j = i + 1
        if self.lowers[j] != ":":
            j += 2 if self.lowers[j] == "has" and self.lowers[j + 1] == "been" else 1
            if j + 1 < self.n and self.lowers[j] not in ("that", ":") and self.tokens[j].is_word and not self.tokens[j].is_capitalized:
                j += 1  # "is simple:", "was clear:"
            if j + 1 >= self.n or self.lowers[j] not in ("that", ":"):
                return None
        if not self.tokens[j + 1].is_word:
            return None  # ('His verdict: "..."': the quotation's own rules)
        k = i - 1
        while k > max(0, i - 3) and self.tokens[k].is_word and not self.tokens[k].is_capitalized and self.lowers[k] not in POSSESSIVE_PRONOUNS and not (
                self._possessive_before(k + 1)) and self.lowers[k] not in ("that", "which", "who", "and", "or", "the", "a", "an"):
            k -= 1  # "his oft-stated goal", "Comey's most surprising suggestion"
        if self.lowers[k] in POSSESSIVE_PRONOUNS:
            start, owner = k, [Token(POSSESSIVE_PRONOUNS[self.lowers[k]], self.tokens[k].start, self.tokens[k].end)]
        elif self._possessive_before(k + 1) and (self.tokens[k].is_capitalized or k > 0 and self.lowers[k - 1] == "the"):
            start = k if self.tokens[k].is_capitalized else k - 1  # "the governor's advice"
            stops = word_set("capitalized_function_words") | word_set("intro_prepositions") | NOT_OWNERS
            while start > 0 and k - start < 5 and self.tokens[start - 1].quote is None and self.tokens[start - 1].is_capitalized and (
                    self.lowers[start - 1] not in stops):
                start -= 1
            last = self.tokens[k]
            owner = self.tokens[start:k] + ([Token(last.text[:-2], last.start, last.end - 2)] if len(last.text) > 2 else [])
        else:
            return None
        if start > 0 and self.tokens[start - 1].is_word and self.lowers[start - 1] not in OPENING_CONJUNCTIONS and not (
                start == 1 and self.tokens[0].is_capitalized and self.lowers[0] not in PREPOSITIONS):
            return None  # "one of Lee's points was that", "about his concern is that": the noun is no subject of its own
        mention = parse_mention(self.text, owner) if owner else None
        if mention is None or mention.generic or mention.kind not in ("person", "organization", "unnamed", "pronoun"):
            return None
        end = next((x for x in range(j + 1, self.n) if self.lowers[x] in (";", "—", "–", "--", "(") or self.lowers[x] in SENTENCE_END and x == self.n - 1), self.n)
        if end - j < 3:
            return None
        lemma = self.lowers[i]
        frame = Frame("pre", self.tokens[i].text, CueVerb(lemma=lemma, stance="neutral", bare=False, belief=lemma in BELIEF_NOUNS or lemma in ("goal", "aim")), i, j + 1, mention, start)
        frame.content, frame.content_mode = (j + 1, end), "that"
        return frame

    def _report_noun_by(self, i: int) -> Frame | None:
        """"an admission from Elizabeth Warren that ...", "a demand, by Senator Ann Holt, that ...", "the contention of
        Mayor Holt that ...": a noun of saying with its owner named after "by", "from" or "of" reports the clause after
        "that". The owner is a named person or body, never a thing ("the promise of reconciliation that propelled him")."""
        det = i - 1 if self.lowers[i - 1] in ("a", "an", "the") else i - 2
        if det < 0 or self.lowers[det] not in ("a", "an", "the") or det < i - 1 and not (
                self.tokens[i - 1].is_word and not self.tokens[i - 1].is_capitalized and not _looks_like_verb(self.lowers[i - 1])):
            return None
        k = i + 2 if self.lowers[i + 1] == "," else i + 1
        if self.lowers[k] not in NOUN_OWNER_PREPOSITIONS:
            return None
        that = next((x for x in range(k + 2, min(self.n - 2, k + 14)) if self.lowers[x] == "that"), None)
        if that is None or not self.tokens[that + 1].is_word or _looks_like_verb(self.lowers[that + 1]) or self.lowers[that + 1] in AUXILIARIES:
            return None
        end_owner = that - 1 if self.lowers[that - 1] == "," else that
        owner = self.tokens[k + 1:end_owner]
        if not owner or any(not t.is_word and t.text != "," or t.quote is not None for t in owner):
            return None
        mention = parse_mention(self.text, owner)
        if mention is None or mention.generic or mention.kind not in ("person", "organization", "unnamed") or mention.document or not has_name(owner):
            return None
        return self._owned_report_noun(i, k, that, mention)

    def _owned_report_noun(self, i: int, k: int, that: int, mention: Mention) -> Frame:
        """The noun of saying at i, owned by mention (named after k), reporting the clause after "that" up to its end."""
        end = that + 1
        while end < self.n and self.lowers[end] not in (";", ":", "—", "–") and not (
                self.lowers[end] == "," and end > that + 3 and not self._comma_in_number(end)) and not (self.lowers[end] in SENTENCE_END and end == self.n - 1):
            end += 1
        lemma = self.lowers[i]
        verb = CueVerb(lemma=lemma, stance="neutral", bare=False, belief=lemma in BELIEF_NOUNS)
        frame = Frame("pre", self.tokens[i].text, verb, i, k + 1, mention, k + 1)
        frame.content, frame.content_mode = (that + 1, end), "that"
        return frame

    def _report_noun_from_people(self, i: int) -> Frame | None:
        """"complaints from rivals that ...", "a suggestion by a potential president that ...": a noun of saying whose
        owner, named after "from" or "by", is a described person or group rather than a name (_report_noun_by) reports
        the clause after "that"."""
        k = i + 1
        that = next((x for x in range(k + 2, min(self.n - 2, k + 8)) if self.lowers[x] == "that"), None)
        if that is None or not self.tokens[that + 1].is_word or _looks_like_verb(self.lowers[that + 1]) or self.lowers[that + 1] in AUXILIARIES:
            return None
        owner = self.tokens[k + 1:that]
        if any(not t.is_word or t.quote is not None or _looks_like_verb(t.lower) for t in owner):
            return None
        mention = parse_mention(self.text, owner)
        if mention is None or owner[-1].lower in NOT_OWNER_HEADS or mention.generic and not (len(owner) > 1 and owner[0].lower in ("his", "her", "their")) or (
                mention.kind not in ("person", "organization", "unnamed") or mention.document):
            return None  # ("complaints from his American counterpart that ...": someone his, though the lexicon does not know the word)
        return self._owned_report_noun(i, k, that, mention)

    def _stance_agent_said_of_subject(self, frames: list[Frame]) -> list[Frame]:
        """"Ms. Hale is a fervent supporter of the plan", "he has been an outspoken critic of the war", "Unions were among the
        earliest backers of Lee": a noun naming one who holds a stance, said of the subject by "be", makes the subject hold that
        stance toward what "of" opens. Not an apposition (", a supporter of X,"): that mostly only describes who someone is."""
        found = []
        taken = {frame.cue_index for frame in frames}
        for x in range(2, self.n - 2):
            if self.lowers[x] not in STANCE_AGENT_NOUNS or self.lowers[x + 1] != "of" or not self.tokens[x + 2].is_word:
                continue
            j = x - 1
            while j > 0 and x - j <= 7 and self.tokens[j].is_word and not self.tokens[j].is_capitalized and self.lowers[j] not in STANCE_AGENT_COPULAS and (
                    self.lowers[j] not in STANCE_AGENT_STOPS) and self.lowers[j] not in AUXILIARIES and self.lowers[j] not in FINITE_VERBS and not (
                    self.lowers[j].endswith(("'s", "’s", "s'", "s’"))):
                j -= 1  # "a fervent", "one of the earliest and most enthusiastic", "among the first": what describes the noun
            copula = j - 1 if self.lowers[j] == "been" else j
            contracted = self.lowers[copula] in STANCE_AGENT_CONTRACTIONS  # "he's a backer of", "she's been a critic of"
            if not (self.lowers[j] in STANCE_AGENT_COPULAS or contracted) or self.lowers[j] == "been" and not (
                    contracted or self.lowers[copula] in ("has", "have", "had")) or j + 1 in taken:
                continue  # ("she is disliked by supporters of ...", "the party's supporters of ...": the noun is no predicate)
            frame = Frame("pre", " ".join(t.text for t in self.tokens[j + 1:x + 2]), CueVerb(lemma=self.lowers[x].rstrip("s"), stance="neutral", bare=False, belief=True),
                          j + 1, x + 2)
            if contracted:
                pronoun = self.tokens[copula]
                frame.mention, frame.subject_start = parse_mention(self.text, [Token(pronoun.text[:-2], pronoun.start, pronoun.end - 2)]), copula
            elif (not self._attach_subject(frame, j) or frame.inherit) and copula > 2 and self.lowers[copula - 1] == "and":
                # "Kasich has not endorsed Lee and has been a pointed critic of ...": the first verb's subject
                frame.mention, frame.subject_start, _verb = self.sentence_subject(copula - 1)
                frame.inherit = False
            if frame.mention is None or frame.inherit or frame.subject_start is None or frame.subject_start > copula or not self._may_believe(frame.mention):
                continue
            first = end = x + 2
            while end < self.n and self.lowers[end] not in OBJECT_BREAKS and self.lowers[end] not in OBJECT_CLAUSE_BREAKS and self.lowers[end] not in (
                    "-", "--", "than", "since") and self.tokens[end].quote is None and not (self.lowers[end] == "even" and end + 1 < self.n and (
                    self.lowers[end + 1] in OBJECT_CLAUSE_BREAKS or self.lowers[end + 1] == "if")) and not (self.lowers[end] in SENTENCE_END and end == self.n - 1):
                word = self.lowers[end]
                if end > first and (word in FINITE_VERBS or word in ("and", "but") and end + 1 < self.n and (
                        self.lowers[end + 1] in AUXILIARIES or self.lowers[end + 1] in ("a", "an") or _looks_like_verb(self.lowers[end + 1]))):
                    break  # "... of the war and has said ...", "... of gun control and a defender of ...": the sentence goes on
                end += 1
            if end <= first:
                continue
            frame.content, frame.content_mode = (first, end), "object"
            found.append(frame)
        return found

    def _possessive_stance(self, i: int) -> Frame | None:
        """"his support for the bill", "Murphy's opposition to the proposal", "their sharp criticism of Trump",
        "HP's decision not to fund the convention": the owner of a noun of stance holds a belief about what the
        preposition opens. Without an owner ("support for the plan grew") nobody holds it."""
        k = i - 1
        if k > 1 and self.tokens[k].is_word and not self.tokens[k].is_capitalized and self.lowers[k] not in ("his", "her", "their", "its") and not (
                self._possessive_before(k + 1)) and not _looks_like_verb(self.lowers[k]) and self.lowers[k] not in STANCE_NOUNS and self.lowers[i] != "calls":
            k -= 1  # "his populist attacks on", "her persistent criticism of": one describing word between ("his plan calls for": a verb)
        if self.lowers[k] in ("his", "her", "their", "its"):
            start = k
        elif self._possessive_before(k + 1):
            start = k if self.lowers[k] not in ("'", "’") else k - 1
            stops = word_set("capitalized_function_words") | word_set("intro_prepositions") | NOT_OWNERS
            while start > 0 and k - start < 5 and self.tokens[start - 1].quote is None and self.tokens[start - 1].is_word and (
                    self.tokens[start - 1].is_capitalized and self.lowers[start - 1] not in stops or self.lowers[start - 1] in ("the", "of") and start - 1 > 0):
                start -= 1
            while start < k and self.lowers[start] == "of":
                start += 1
        else:
            return None
        at = start - 1
        while at > 0 and self.tokens[at].is_capitalized and self.tokens[at].text.endswith("."):
            at -= 1  # (a title: "about Mr. Trump's support")
        before = self.lowers[at] if at >= 0 else ""
        if before in ("about", "of", "on") or at >= 0 and self.tokens[at].is_word and not self.tokens[at].is_capitalized and before not in COPULAS and (
                _looks_like_verb(before) or before.endswith("ing") and len(before) > 4):
            return None  # "cheered Clinton's attacks on Trump", "questions about Lee's support for ...": what another acts on or speaks of
        if self.lowers[start] in POSSESSIVE_PRONOUNS and before not in PRONOUN_STANCE_OPENERS:
            return None  # "reconsider their opposition to ...", "for his decision to ...": most likely what another acts on
        owner = self.tokens[start:k + 1]
        last = owner[-1]
        if last.lower in POSSESSIVE_PRONOUNS:
            owner = [Token(POSSESSIVE_PRONOUNS[last.lower], last.start, last.end)]  # "his support": he holds it
        elif last.lower.endswith(("'s", "’s")) and len(last.text) > 2 and not last.is_capitalized:
            owner = owner[:-1] + [Token(last.text[:-2], last.start, last.end - 2)]  # "the union's support": the union
        mention = parse_mention(self.text, owner)
        if mention is None or mention.generic or mention.kind not in ("person", "organization", "unnamed", "pronoun"):
            return None
        noun = self.lowers[i]
        if noun == "decision":
            at = i + 2 if self.lowers[i + 1] == "not" else i + 1
            if at + 1 >= self.n or self.lowers[at] != "to" or not self.tokens[at + 1].is_word or self.tokens[at + 1].is_capitalized or (
                    self.lowers[at + 1] in ("the", "a", "an", "his", "her", "their", "its")):
                return None  # "her decision to the court": no infinitive, no intention
            first, cue_end = i + 1, i + 1
        else:
            first, cue_end = i + 2, i + 2
        end = first
        while end < self.n and self.lowers[end] not in OBJECT_BREAKS and self.lowers[end] not in OBJECT_CLAUSE_BREAKS and self.lowers[end] not in ("-", "--") and (
                self.tokens[end].quote is None) and not (self.lowers[end] in SENTENCE_END and end == self.n - 1):
            word = self.lowers[end]
            if end > first and (word in FINITE_VERBS or word in ("isn't", "hasn't", "wasn't") or _looks_like_verb(word) and (
                    self.lowers[end - 1] not in DETERMINERS_BEFORE_ADJECTIVE)) and self.lowers[end - 1] not in (
                    "to", "not", "that", "who", "which", "and", "or") and self.lowers[end - 1] not in AUXILIARIES:
                break  # "His support for the plan isn't shared", "Her attacks on the banks resonated": the sentence's own verb
            if end > first + 1 and noun == "decision" and self._present_verb_before_object(end):
                break  # "their decision to join the firm reflects a shift": the sentence's present verb
            if end > first and self.tokens[first].is_capitalized and all(self.tokens[x].is_capitalized for x in range(first, end)) and (
                    self.tokens[end].is_word and not self.tokens[end].is_capitalized and word not in NAME_CONTINUERS):
                break  # "Trump's attacks on Curiel stand out": a name, then the sentence's verb
            end += 1
        if end <= first:
            return None
        verb = CueVerb(lemma=noun, stance="neutral", bare=False, belief=True)
        cue = " ".join(t.text for t in self.tokens[i:cue_end])
        frame = Frame("pre", cue, verb, i, cue_end, mention, start)
        frame.content, frame.content_mode = (first, end), "object"
        frame.owned = True
        return frame

    def _states_has_subject(self, x: int) -> bool:
        """The word before "states that" ends a subject ("he", "the report", "Ms. Byrne", an aside's closing dash), so
        "states" is its verb, not the noun ("50 states that", "in states that", "the United States that")."""
        word = self.lowers[x]
        if word in ("he", "she") or word in READ_TEXTS or word in STATING_TEXTS or word in ("—", "–", ")"):
            return True
        if not (self.tokens[x].is_capitalized and self.tokens[x].is_word) or word in ("united", "it", "this", "that") or x > 0 and self.lowers[x - 1] in NOUN_DETERMINERS:
            return False
        before = self.tokens[x - 1] if x > 0 else None  # a surname alone, or after a given name or a title ("Rust Belt states": a region)
        return before is None or not before.is_capitalized or before.text.endswith(".") or (
            self.lowers[x - 1] in word_set("female_first_names") or self.lowers[x - 1] in word_set("male_first_names"))

    def _text_after_read(self, i: int) -> bool:
        """'"...," read the statement, which ...', '"...," read a hand-lettered sign.': after a quotation, "read" before a text
        named with its determiner and the end of the clause."""
        if i + 2 < self.n and self.lowers[i + 1] in ("one", "another") and self.lowers[i + 2] in (".", ","):
            return True  # '"...," read one.': one of the texts the sentences before name (signs, messages)
        if i + 1 >= self.n or self.lowers[i + 1] not in NOUN_DETERMINERS:
            return False
        head = next((x for x in range(i + 2, min(i + 5, self.n)) if not self.tokens[x].is_word or self.lowers[x] in READ_TEXTS), None)
        return head is not None and self.lowers[head] in READ_TEXTS and (head + 1 >= self.n or self.lowers[head + 1] in (".", ","))

    def _quoted_text_read(self, i: int) -> bool:
        """'"...," the statement read.', 'The sign read, "..."': "read" after a text named with its determiner, the quotation
        just before the name or just after the verb (never "the letter read by the clerk", "she read the letter")."""
        first = next((x for x in range(i - 2, max(-1, i - 6), -1) if self.lowers[x] in NOUN_DETERMINERS or self.lowers[x] in ("one", "another")), None)
        if first is None or not all(self.tokens[x].is_word or self.lowers[x] in ("-", "'s", "’s") for x in range(first + 1, i)):
            return False  # ("the campaign's statement read", "one hand-lettered sign read")
        before = self.tokens[first - 1] if first > 0 else None
        after = self.tokens[i + 1] if i + 1 < self.n else None
        return (before is not None and (before.quote is not None or before.text == ",") and (after is None or after.text in (".", ",")) or
                after is not None and (after.quote is not None or after.text in (",", ":") and i + 2 < self.n and self.tokens[i + 2].quote is not None))

    def _possessive_before(self, i: int) -> bool:
        before = self.lowers[i - 1]
        if before.endswith(("'s", "’s")) and len(before) > 2:
            return not self._pronoun_contraction_subject(i)
        return before in {"'", "’"} and i > 1 and self.lowers[i - 2].endswith("s") and self.tokens[i - 2].is_word

    def _pronoun_contraction_subject(self, i: int) -> bool:
        """"He's comparing ...", "..., she's said ...": "he is/has" opening a main clause before the cue, not an owner."""
        verb = cue_verb(self.lowers[i])  # a verb that reports a clause (not "She's comparing the levy to a fine": the tests keep that unread)
        return self.lowers[i - 1][:-2] in ("he", "she") and (i - 1 == self.story_start or i > 1 and self.lowers[i - 2] in (",", "and", "but", ";")) and (
            self.lowers[i].endswith("ing") or self.lowers[i] in ("said", "told", "written")) and verb is not None and (
            verb.bare or verb.bare_finite)  # (not "she's expected to": a passive)

    def _statement_phrase(self, i: int) -> tuple[str, ...] | None:
        if self.lowers[i] not in _statement_first_words():
            return None
        for phrase in _statement_phrases_from(self.lowers[i]):
            if tuple(self.lowers[i:i + len(phrase)]) == phrase:
                if phrase[-1] != "following":
                    return phrase
                # "provides the following commentary:", "offered the following remarks:": what the subject gives is said
                noun = i + len(phrase)
                return tuple(self.lowers[i:noun + 1]) if noun < self.n and self.lowers[noun] in FOLLOWING_SAYING_NOUNS else None
        if i + 3 < self.n and self.lowers[i + 1] == "a" and self.lowers[i + 2] in STATEMENT_ADJECTIVES:
            # "issued a brief statement", "released a joint statement": the phrase read without its adjective
            for phrase in _statement_phrases_from(self.lowers[i]):
                if phrase[1:2] == ("a",) and tuple(self.lowers[i + 3:i + len(phrase) + 1]) == phrase[2:]:
                    return tuple(self.lowers[i:i + len(phrase) + 1])
        return None

    def _statement(self, i: int, phrase: tuple[str, ...]) -> Frame | None:
        frame = Frame("statement", " ".join(t.text for t in self.tokens[i:i + len(phrase)]), None, i, i + len(phrase))
        if not self._attach_subject(frame, i):
            return None
        if phrase[-1] == "it":
            self._as_source_noted(frame)  # "As Ruth Marcus puts it, the president is trying ..."
        elif phrase[-1] == "clear":
            # "made clear Tuesday night that he intends to ...", "making it clear to the judge that ...": what is made clear is reported
            frame.kind, frame.cue_verb = "pre", MADE_CLEAR
            frame.after_cue = self._skip_adverbials(frame, frame.after_cue)
            if not frame.negated and not frame.relative and not self._as_source_noted(frame):
                self._read_content(frame)
                j = frame.after_cue
                if frame.content is None and j + 1 < self.n and self.lowers[j] in ("his", "her", "their", "its", "our"):
                    self._object_content(frame, j, particle=True)  # "made clear his aim to 'transform' the country": his own stance
        return frame

    def _light_verb_report(self, i: int) -> Frame | None:
        """"made the suggestion that ...", "voiced confidence that ...", "gave assurances that ...": a light verb and a noun
        of saying or believing, then "that" and a clause with its own subject, report that clause as the subject's."""
        k = i + 1
        while k < min(self.n - 2, i + 5) and self.tokens[k].is_word and self.tokens[k].quote is None and not self.tokens[k].is_capitalized and (
                self.lowers[k] not in LIGHT_NOUNS):
            k += 1
        if self.lowers[k] not in LIGHT_NOUNS or self.lowers[k + 1] != "that" or not self._clause_can_start(k + 2) or self._gap_clause_at(k + 2):
            return None
        noun = self.lowers[k]
        frame = Frame("pre", self.text[self.tokens[i].start:self.tokens[k].end], LIGHT_BELIEF if noun in LIGHT_BELIEF_NOUNS else LIGHT_STATEMENT, i, k + 1)
        if not self._attach_subject(frame, i) or frame.negated or frame.relative or frame.mention is None:
            return None
        frame.content, frame.content_mode = (k + 2, self.n), "that"
        return frame

    def _according(self, i: int) -> Frame | None:
        j = i + 2
        end = j
        while end < self.n and (self.tokens[end].quote is None or self._quoted_title(end)) and self.lowers[end] not in (",", ";", ":", "—", "–", "-", "(", ")") and not (
            self.lowers[end] in SENTENCE_END and end == self.n - 1
        ):
            end += 1
        relative = next((x for x in range(j + 1, min(end, j + 8)) if self.lowers[x] in ("who", "whom") or self.lowers[x] in ("that", "which") and (
            x + 1 < end and self.lowers[x + 1] in RELATIVE_EVIDENCE_FORMS and self.lowers[x - 1] in EVIDENCE_PARTICIPLE_HEADS)), None)  # ("a new poll that shows ...")
        if end == j or (end - j > MAX_ACCORDING_SOURCE_TOKENS and relative is None):
            return None  # ("a poll of 400 registered Latino voters released on Friday by Latino Decisions" is one source)
        name_end = relative or end
        released = next((x for x in range(j + 2, name_end) if self.lowers[x] in POSTMODIFIER_PARTICIPLES), None)
        if released is not None and all(self.lowers[x] in word_set("time_words") or self.lowers[x] in ("on", "in", "last", "this", "early", "late")
                                         or self.tokens[x].is_capitalized or YEAR.fullmatch(self.lowers[x]) for x in range(released + 1, name_end)):
            name_end = released  # "according to a CBS poll released Monday": when it came out is not part of its name
            while name_end > j + 1 and self.lowers[name_end - 1] in RELEASE_AUXILIARIES:
                name_end -= 1  # "according to a report from the auditor to be released Monday", "... that was released": not its name
            if name_end > j + 1 and self.lowers[name_end - 1] in SUBJECT_PRONOUNS:
                name_end -= 1  # "according to the document he released": who released it is not part of its name
        mention = parse_mention(self.text, self.tokens[j:name_end]) or self._named_by_according(j, name_end)
        if mention is None:
            return None
        role = None
        if mention.kind == "unnamed" and end + 2 < self.n and self.lowers[end] == "," and relative is None and _describes_one_person(self.tokens[j:end]):
            named = self._name_in_apposition(end + 1)
            if named is not None and (named[0] >= self.n - 1 or self.lowers[named[0]] == "," and named[0] + 1 < self.n and (
                    self.lowers[named[0] + 1] not in INDEFINITE_OR_DEFINITE or self._finite_clause_at(named[0] + 1))):
                # "..., according to a spokeswoman for the mayor, Ada Vell.": the name speaks, the description is its role
                role = self.text[self.tokens[j].start:self.tokens[end - 1].end]
                end, mention = named
        frame = Frame("according", self.text[self.tokens[i].start:self.tokens[i + 1].end], None, i, end, mention, j)
        frame.apposition_role = role
        self._note_outlet_source_spoke_to(frame, relative, end)
        at_start = all(not t.is_word or self.lowers[x] in ACCORDING_OPENERS for x, t in enumerate(self.tokens[:i])) or (
            i > 1 and self.lowers[i - 1] == "," and self._opening_phrase(i - 1))  # "Since last November, according to X, ..."
        after_comma = self.lowers[end + 1] if end + 1 < self.n and self.lowers[end] == "," else None
        if at_start and end < self.n and self.lowers[end] == ",":
            frame.content = (end + 1, self.n)
            frame.content_mode = "according"
        elif i > 0 and (self.lowers[i - 1] in (",", "—", "–") or self._quote_ends_with_comma(i - 1)) and (self._only_tail(end) or relative is not None or (
                self._according_tail(end) and sum(self.tokens[x].is_word for x in range(i - 1)) >= 4) or (
                after_comma is not None and (after_comma in ("which", "who", "citing", "quoting") or self._apposition_to_end(end + 1)
                                             or (after_comma in ACCORDING_TAIL_OPENERS or after_comma in word_set("role_words")
                                                 # "..., according to Crowdpac, a crowdfunding website, higher than ...": more about the source
                                                 or after_comma in ("a", "an", "the") and not self._finite_clause_at(end + 1)) and self._clause_before(i - 1)))
                or end < self.n and self.lowers[end] in ("—", "–", "-") and self._clause_before(i - 1)):
            # "..., according to a tally, but his path is narrow", "..., according to three polls, including ...",
            # "..., according to the center - half a point of GDP": what follows the source is another clause or
            # more about the source
            frame.content = (0, i - 1 if self.lowers[i - 1] == "," else i)
            frame.content_mode = "according"
        elif i > 2 and self.tokens[i - 1].is_word and (self._only_tail(end) or after_comma in ("but", "and", "while", "although", "though", "as", "which")) and (
                self._clause_before(i)) and (
                mention.document or mention.outlet or mention.kind in ("person", "organization") or mention.head in DATA_HEADS):
            # "Clinton leads 46 percent to 39 percent according to a CBS poll": no comma before a source that
            # speaks ("voted according to his conscience" names none)
            frame.content = (0, i)
            frame.content_mode = "according"
        elif i > 1 and self.lowers[i - 1] == "," and after_comma in AUXILIARIES and self._clause_before(i - 1, subject_only=True):
            # "The plan, according to Holt, would fail": the clause runs on both sides of the source
            frame.content = (0, self.n)
            frame.content_mode = "according"
        elif i > 1 and self.lowers[i - 1] == "," and after_comma is not None and self._verb_after_subject_source(i - 1, end + 1):
            # "Other major divides, according to the poll, include age and income": the subject before the source, its verb after
            frame.content = (0, self.n)
            frame.content_mode = "according"
        elif i > 2 and self.lowers[i - 1] == "," and self.lowers[i - 2] == "and" and after_comma is not None and self.tokens[end + 1].is_word and (
                after_comma.endswith("ed") or after_comma in FINITE_VERBS or after_comma in IRREGULAR_PASTS) and self._clause_before(i - 2):
            # "The government reshuffled its diplomats and, according to officials, adopted a new strategy": both verbs' clause
            frame.content = (0, self.n)
            frame.content_mode = "according"
        elif i > 1 and self.lowers[i - 1] == "," and after_comma is not None and self._according_inside_clause(i - 1, end + 1):
            # "About 10 p.m., according to a timeline, the guards left", "One of the options, according to an aide, is to ...":
            # a source set off by commas inside the clause it sources
            frame.content = (0, self.n)
            frame.content_mode = "according"
        return frame

    def _verb_after_subject_source(self, comma: int, j: int) -> bool:
        """A subject alone before ``comma`` ("Other major divides, according to X,") and a lower-case word opening the
        rest ("include ...", "leads ..."): that word is the subject's verb, whatever its form, so the clause runs on
        both sides of the source."""
        if j + 1 >= self.n or not self.tokens[j].is_word or self.tokens[j].is_capitalized or self.tokens[j + 1].quote is not None and j + 2 >= self.n:
            return False
        word = self.lowers[j]
        if word in SUBJECT_SOURCE_NOT_VERBS or word.endswith(("ing", "ly")) or not word.isalpha():
            return False
        return self._clause_before(comma, subject_only=True) and self.tokens[0].is_capitalized and self.lowers[0] not in ACCORDING_OPENERS

    def _note_outlet_source_spoke_to(self, frame: Frame, relative: int | None, end: int) -> None:
        """"according to three aides who spoke to the Ledger", "... who told the Ledger": the outlet the source's relative
        clause says it spoke to."""
        if relative is None or relative + 3 > end or self.lowers[relative] != "who":
            return
        verb = self.lowers[relative + 1]
        if verb in SPOKE_TO_FORMS and self.lowers[relative + 2] in SPOKE_TO_FORMS[verb] or verb == "told":
            self._note_outlet_in(frame, relative + 2, end)

    def _according_tail(self, end: int) -> bool:
        """What may follow a trailing "according to X" and end the sentence's report: a closing colon or bracket ("...,
        according to exit polls (a sizable margin ...)"), a participle ("..., taking a step toward ...") or "one of" the
        source's kind ("..., one of the unions representing the employees")."""
        if end >= self.n or end == self.n - 1 and self.lowers[end] == ":":
            return end < self.n
        word = self.lowers[end]
        if word in ("(", ")"):
            return True
        after = self.lowers[end + 1] if word == "," and end + 1 < self.n else ""
        return len(after) > 5 and after.endswith("ing") and self.tokens[end + 1].is_word and not self.tokens[end + 1].is_capitalized or (
            after == "one" and end + 2 < self.n and self.lowers[end + 2] == "of")

    def _according_inside_clause(self, comma: int, j: int) -> bool:
        """Words before ``comma`` and a verb after ``j`` (before the next comma) make one clause around the source."""
        if j >= self.n or not (self.tokens[j].is_word or self.tokens[j].quote is not None) or self.lowers[j] in ("who", "whom", "which", "whose", "a", "an", "one") or (
                self.lowers[j].endswith("ing")):
            return False  # (more about the source, or a participle hung on the clause before it)
        if not any(self.tokens[x].is_word for x in range(comma)) or self.tokens[comma - 1].quote is not None:
            return False  # ('"...," according to X, ...': a quotation's tag)
        for x in range(j, self.n):
            if self.lowers[x] in (",", ";", ":"):
                break
            if self.tokens[x].quote is not None:
                return True  # "Over time, according to the office, the rise ''is mainly due to ...''": the quotation holds the verb
            if self.lowers[x] in AUXILIARIES or self.lowers[x] in FINITE_VERBS or self.lowers[x] in IRREGULAR_PASTS or (
                    x > j and self.lowers[x].endswith(("ed", "es")) and len(self.lowers[x]) > 4 and not self.tokens[x].is_capitalized):
                return True
        return False

    def _as_reported_by(self, i: int) -> Frame | None:
        """"As reported by the Daily Ledger, the mayor has ...", "..., as first reported by the Ledger.": the
        source after "by" relays the clause, as with "according to"."""
        at = i - 1 if self.lowers[i - 1] == "as" else i - 2
        if at < i - 1 and self.lowers[i - 1] not in ("first", "previously", "originally", "earlier", "also"):
            return None
        j = i + 2
        end = j
        while end < self.n and self.tokens[end].quote is None and self.lowers[end] not in (",", ";", ":", "—", "–") and not (
                self.lowers[end] in SENTENCE_END and end == self.n - 1):
            end += 1
        if end == j or end - j > MAX_ACCORDING_SOURCE_TOKENS:
            return None
        mention = parse_mention(self.text, self.tokens[j:end]) or self._named_by_according(j, end)
        if mention is None:
            return None
        frame = Frame("according", self.text[self.tokens[at].start:self.tokens[i + 1].end], None, at, end, mention, j)
        opening = all(not self.tokens[x].is_word or self.lowers[x] in ACCORDING_OPENERS for x in range(at))
        if opening and end + 1 < self.n and self.lowers[end] == "," and self._clause_can_start(end + 1):
            frame.content, frame.content_mode = (end + 1, self.n), "according"
        elif at > 1 and self.lowers[at - 1] == "," and self._only_tail(end) and self._clause_before(at - 1):
            frame.content, frame.content_mode = (0, at - 1), "according"
        else:
            return None
        return frame

    def _opening_phrase(self, comma: int) -> bool:
        """"Since last November,", "In 2014,": a short phrase of time or place opening the sentence, no verb in it."""
        words = [x for x in range(comma) if self.tokens[x].is_word]
        return bool(words) and len(words) <= 6 and self.lowers[0] in word_set("intro_prepositions") and all(
            self.tokens[x].quote is None and self.lowers[x] not in (",", ";", ":") and self.lowers[x] not in AUXILIARIES
            and self.lowers[x] not in FINITE_VERBS for x in range(comma))

    def _clause_before(self, comma: int, subject_only: bool = False) -> bool:
        """Words before ``comma`` make a clause (a finite verb among them), or, with ``subject_only``,
        a subject still waiting for its verb (no finite verb, no comma)."""
        words = [x for x in range(comma) if self.tokens[x].is_word]
        if not words:
            return False
        finite = any(self.lowers[x] in FINITE_VERBS or self.lowers[x].endswith("ed") for x in words)
        if subject_only:
            return not finite and len(words) <= 8 and not any(self.lowers[x] in (",", ";", ":") or self.tokens[x].quote is not None for x in range(comma))
        return finite and len(words) >= 3

    def _in_the_words_of(self, i: int) -> Frame | None:
        """"In the words of Senator Dana Holt, 'this bill is dead'": the source, then what it said."""
        j = i + 2
        end = j
        while end < self.n and self.tokens[end].quote is None and self.lowers[end] not in (",", ";", ":", "—", "–") and not (
                self.lowers[end] in SENTENCE_END and end == self.n - 1):
            end += 1
        if end == j or end - j > 10 or end >= self.n or self.lowers[end] != ",":
            return None
        mention = parse_mention(self.text, self.tokens[j:end])
        if mention is None or mention.generic:
            return None
        start = i - 2
        frame = Frame("according", self.text[self.tokens[start].start:self.tokens[i + 1].end], None, start, end, mention, j)
        if all(not t.is_word for t in self.tokens[:start]):
            frame.content, frame.content_mode = (end + 1, self.n), "according"
        elif start > 1 and self.lowers[start - 1] == "," and end + 1 < self.n and any(self.tokens[x].is_word for x in range(start - 1)) and (
                self._words_of_continue(end + 1)):
            # "The plan was, in the words of Senator Dana Holt, 'a waste of money'": the clause runs on both sides of the source
            frame.content, frame.content_mode = (0, self.n), "according"
        elif start > 1 and self.lowers[start - 1] == "," and end + 1 < self.n and self._finite_clause_at(end + 1):
            frame.content, frame.content_mode = (end + 1, self.n), "according"  # "..., and, in the words of one aide, the mayor was relieved"
        return frame

    def _words_of_continue(self, j: int) -> bool:
        """After ", in the words of X,": the rest of the clause (a quotation, or words up to the sentence's end), not a new one."""
        rest = [x for x in range(j, self.n) if self.tokens[x].is_word or self.tokens[x].quote is not None]
        return bool(rest) and (self.tokens[j].quote is not None or not self._finite_clause_at(j))

    def _named_by_according(self, start: int, end: int) -> Mention | None:
        """"according to F.A.A. records", "according to the party's polling average": whatever
        "according to" names is the source, known noun or not."""
        tokens = self.tokens[start:end]
        if not tokens or len(tokens) > MAX_ACCORDING_SOURCE_TOKENS or not all(t.is_word or t.lower in ("'s", "’s", "-", "&", ".", "/", "$") or (
                t.quote is not None and self._quoted_title(start + x)) for x, t in enumerate(tokens)):
            return None
        phrase = self.text[tokens[0].start:tokens[-1].end]
        return Mention(phrase, tokens[0].start, tokens[-1].end, phrase, "unnamed", head=tokens[-1].lower)

    def _quoted_title(self, x: int) -> bool:
        """'according to her "clawback" plan', 'according to his book "The Art of the Deal."': a short quoted name or a
        title in title case inside a source's noun phrase, after a determiner or a word of the phrase."""
        token = self.tokens[x]
        if token.quote is None or x == 0 or not self.tokens[x - 1].is_word:
            return False
        words = self.text[token.start:token.end].split()
        return token.end - token.start <= MAX_QUOTED_WORD_CHARS and len(words) <= 5 or len(words) <= MAX_TITLE_QUOTE_WORDS and all(
            word[:1].isupper() or len(word) < 4 or not word[:1].isalpha() for word in words)  # a book's title in title case, subtitle and all

    def _apposition_to_end(self, j: int) -> bool:
        """", a political crowdfunding website." closing the sentence: a description, no clause."""
        return self.n - j <= 12 and self.lowers[j] in ("a", "an", "the") and self._verbless_rest(j)

    def _quote_ends_with_comma(self, x: int) -> bool:
        """'... to "take all measures necessary," according to the office': the comma sits inside the quote."""
        token = self.tokens[x]
        return token.quote is not None and self.text[token.start:token.end].rstrip("\"'”’ ").endswith(",")

    def _verb_frame(self, i: int, verb: CueVerb) -> Frame | None:
        if verb.lemma in AS_GAP_LEMMAS and i + 2 < self.n and self.lowers[i + 1] == "as" and 0 < i and not self.lowers[i].endswith("ing"):
            frame = self._judged_as_gap(i, verb)
            if frame is not None:
                return frame
        if verb.lemma in AS_BELIEFS and not self._viewed_as(i):
            return None  # "voters saw the ad": no view reported
        if self.lowers[i] == "support" and not (i > 0 and (self.lowers[i - 1] in SUPPORT_SUBJECT_ENDS or self.lowers[i - 1] in MODALS or (
                self.lowers[i - 1].endswith(("s", "ly", "ed")) and self.tokens[i - 1].is_word and not self.tokens[i - 1].is_capitalized)
                or SHARE_RE.fullmatch(self.lowers[i - 1]) or self.tokens[i - 1].is_capitalized and self.lowers[i - 1].endswith(GROUP_PLURAL_ENDINGS))):
            return None  # "voters support X", "they strongly support X"; "local support", "40 percent support" are nouns
        if self.lowers[i] in HUNG_PARTICIPLES and i > 0 and self.lowers[i - 1] != "," and not self._gerund_of_subject(i) and not (
                self.lowers[i] == "wondering" and self._progressive_cue_at(i)):  # ("voters are wondering whether ...")
            return None  # "Advisers are quick wondering ...", "the many polls showing ...": read only when hung on a clause by a comma
        if i > 0 and self.lowers[i - 1] in DEGREE_WORDS and self.lowers[i].endswith("ing"):
            return None  # "the most telling promise", "a very revealing remark": an adjective, no one's report
        if i > 0 and self.lowers[i - 1] == "," and i + 1 < self.n and self.lowers[i + 1] == "as" and self.lowers[i].endswith("ed"):
            return None  # "Mr. Pardo, described as the port's richest trader,": a passive participle on the name, who describes nobody
        frame = Frame("pre", self.tokens[i].text, verb, i, i + 1)
        if verb.documents_only or verb.evidence:
            return self._finding(frame, i)
        if i > 0 and self.lowers[i - 1] == "as" and self.lowers[i].endswith("ing"):
            return None  # "quoted a diplomat as saying": the quoting frame reads it
        if (verb.belief or verb.object or verb.particles) and i > 0 and (self.lowers[i - 1] in NOUN_PREPOSITIONS and (
                verb.belief or self.lowers[i - 1] not in ("to", "that")) and not self._gerund_of_subject(i) and not (
                i > 1 and self.lowers[i - 1] == "to" and (self.lowers[i - 2] in BEGAN_TO or self.lowers[i - 2] in CAME_TO and verb.lemma in HELD_AFTER_TO_LEMMAS and self._that_next(i)))
                or self.lowers[i - 1].endswith(("'s", "’s", "s'", "s’"))):
            return None  # "amid fears of ...", "with support from ...", "the party's plans": a noun, nobody's report
        if verb.lemma in NAMING_LEMMAS:
            name_at = self._naming_participle_name(i)
            if name_at is not None:
                named = self._named_by_agent(frame, name_at)
                if named is not None:
                    return named
        inverted = self._inverted(frame, i)
        if inverted:
            return inverted
        if self._attach_subject(frame, i):
            if frame.mention is not None and frame.mention.text[:1].islower() and frame.mention.text.split(" ", 1)[0] in AUXILIARIES:
                # "Ann Ray, once a judge and now a trustee who is also a fellow of the Ark Fund, which ..., said": a predicate from the
                # aside is no subject; the name that opens the sentence is
                self._opening_name_subject(frame, i)
            elif frame.mention is not None and self.lowers[i - 1] in (",", "to"):
                self._end_subject_before_verb_phrase(frame, i)
        elif not self._opening_name_subject(frame, i):
            return None
        if frame.mention is not None and frame.outlet_heard is None and not SPOKE_TO_WORDS.isdisjoint(self.lowers[i - MAX_HEARD_BEFORE_CUE_TOKENS if i > MAX_HEARD_BEFORE_CUE_TOKENS else 0:i]) and (
                frame.mention.end < self.tokens[i - 1].start):
            self._note_outlet_heard_before_cue(frame, i)
        if i > 1 and self.lowers[i - 1] == "to" and frame.mention is not None and self.lowers[i - 2] in INFINITIVE_NOUNS and (
                frame.mention.end == self.tokens[i - 2].end):
            return None  # "Promise to add troops is met with relief", "her eagerness to defend him": the infinitive is the noun's, no one speaks
        self._read_after_cue(frame)
        if self._is_trailing(frame):
            if self.lowers[i].endswith("ed") and i + 1 < self.n and self.lowers[i + 1] == "by":
                return None  # "..., a call echoed by the union": a passive on the noun before it; _stance_by_agent reads its agent
            frame.kind = "trail"
            if not frame.negated and not frame.partial_only and frame.subject_start is not None:
                first = frame.phrase_start if frame.phrase_start is not None else frame.subject_start
                cut = first - 1 if self.lowers[first - 1] == "," else first  # '..."a full exchange," an aide said': the comma is in the quote
                if cut > 0:
                    frame.content = (self._quotation_after_dash(cut), cut)
                    frame.content_mode = "trail"
            return frame
        if (not frame.negated or self._negated_belief(frame)) and not frame.relative and verb.content and (
                not verb.partial_only or verb.target or self._particle_follows(frame) or verb.lemma in NAMING_LEMMAS or verb.lemma in DENIAL_LEMMAS):
            if self._as_source_noted(frame):
                pass
            elif not self._parenthetical(frame):
                self._read_content(frame)
            if frame.content is None and frame.kind == "pre" and frame.after_cue < self.n and self.lowers[frame.after_cue] in AUXILIARIES:
                self._contact_relative(frame, i)
            if frame.negated and frame.content is not None:
                # "Democrats don't think Clinton can win": a belief all the same, its cue carrying the negation
                first = frame.negation_at - 1 if frame.negation_at > 0 and self.lowers[frame.negation_at - 1] in AUXILIARIES else frame.negation_at
                frame.cue = self.text[self.tokens[first].start:self.tokens[i].end]
        elif frame.relative and not frame.negated and verb.bare and frame.relative_at is not None and (
                self._gap_clause_at(frame.after_cue) or self.lowers[i] not in NOUN_CUE_FORMS and self._gap_verb_at(frame.relative_at, frame.after_cue)
                or verb.lemma == "say" and self._object_gap_clause_at(frame.relative_at, frame.after_cue)):
            # ("which media reports range from ...": a noun, and the clause's own verb)
            # "the rules, which officials said will take effect in May": the relative clause, with the
            # speaker's words filling its gap, is what they said
            end = self.n
            if frame.relative_at > 0 and self.lowers[frame.relative_at - 1] == ",":
                end = next((x for x in range(frame.after_cue, self.n) if self.lowers[x] in (",", ";", "—", "–")), self.n)
            frame.content, frame.content_mode = (frame.relative_at, end), "relative"
        elif frame.relative and not frame.negated and verb.lemma in NAMING_LEMMAS and frame.relative_at is not None and frame.relative_at + 1 == frame.subject_start:
            self._named_as(frame, frame.after_cue)  # "a bill that critics called anti-gay": what the bill is called (a naming gap)
        elif frame.relative and not frame.negated and verb.object and (verb.belief or verb.intention) and self._object_gap_holder(frame) and (
                frame.after_cue + 1 < self.n and self.lowers[frame.after_cue] == "to" and self._infinitive_at(frame.after_cue)):
            # "an agenda that he plans to roll out", "a mission that he planned to undertake": what the holder means to do
            # with the thing the relative clause describes
            self._object_content(frame, frame.after_cue)
        if verb.belief and frame.mention is not None and not self._may_believe(frame.mention):
            return None  # "the bill supports ...", "it wants ...": things neither believe nor intend
        if frame.content is not None and frame.subject_start is not None and frame.cue_index < frame.subject_start < frame.content[1]:
            end = frame.subject_start - 1 if self.lowers[frame.subject_start - 1] == "," else frame.subject_start
            frame.content = (frame.content[0], end) if end > frame.content[0] else None  # the clause ends where its subject, after it, begins
        return frame

    def _naming_participle_name(self, i: int) -> int | None:
        """"a plan called the 'fair share rule'", "the county, called 'the Heart of the Valley' by residents": a past
        participle of naming right after a common noun, then the quoted name: the noun is what is named, not who names
        it (where the quoted name stands, else None)."""
        word = self.lowers[i]
        if not word.endswith("ed") or i < 2:
            return None
        aside = self.lowers[i - 1] == ","  # ("the county, called ... by residents,": a name may stand before the aside)
        noun = i - 2 if aside else i - 1
        if not self.tokens[noun].is_word or self.tokens[noun].is_capitalized and not aside or self.lowers[noun] in NOT_NAMED_NOUNS or (
                _adverb_by_ending(self.lowers[noun]) or self.lowers[noun] in AUXILIARIES or self.lowers[noun] in VERB_ADVERBS):
            return None
        name_at = i + 2 if i + 2 < self.n and self.lowers[i + 1] in ("the", "a", "an") else i + 1
        return name_at if name_at < self.n and self.tokens[name_at].quote is not None else None

    def _named_by_agent(self, frame: Frame, name_at: int) -> Frame | None:
        """The agent after "by" that follows the quoted name gave it: "called 'cruel' by critics" (with no agent the noun
        is still read as the one naming: the engine emits no quotation without a speaker)."""
        agent = name_at + 2
        if agent >= self.n or self.lowers[name_at + 1] != "by":
            return None
        end = next((x for x in range(agent, min(self.n, agent + 9)) if not self.tokens[x].is_word or self.lowers[x] in CLAUSE_BOUNDARIES), None)
        if end is None or end == agent:
            return None
        mention = parse_mention(self.text, self.tokens[agent:end])
        if mention is None or mention.kind not in ("person", "organization", "unnamed"):
            return None
        frame.mention, frame.subject_start = mention, agent
        return frame  # (a partial-only cue: the quoted name right after it is the agent's)

    def _object_gap_holder(self, frame: Frame) -> bool:
        """"an agenda that he plans to ...", "claims, which Beijing has vowed to ...": the relative pronoun stands for the
        object, its clause's own subject (a pronoun or a name) right after it, and the verb is finite; not the clause of a
        noun such as "the notion that people want to ..." nor "who, through his office, declined to ..." ."""
        at = frame.relative_at
        if at is None or frame.subject_start != at + 1 or self.lowers[frame.cue_index].endswith("ing") or at > 0 and self.lowers[at - 1] in CLAUSE_TAKING_NOUNS:
            return False
        return self.lowers[at + 1] in SUBJECT_PRONOUNS or self.tokens[at + 1].is_capitalized or self.lowers[at + 1] in NOUN_DETERMINERS

    def _judged_as_gap(self, i: int, verb: CueVerb) -> Frame | None:
        """"in what he saw as a disastrous exercise", "malleability, which he views as part of a negotiation", "what they
        described as a biased media": the thing the relative pronoun stands for, judged as what follows "as", is the
        subject's view of it (the relative clause, its subject a pronoun or a short name right after the pronoun)."""
        r = next((x for x in range(i - 1, max(-1, i - 5), -1) if self.lowers[x] in ("what", "that", "which")), None)
        if r is None or not all(self.tokens[x].is_word and self.tokens[x].quote is None for x in range(r + 1, i)) or r + 1 == i or (
                self.lowers[r] == "that" and (r < 1 or cue_verb(self.lowers[r - 1]) is not None or self.lowers[r - 1] in COMPLEMENT_THAT_AFTER)):
            return None
        if not (self.lowers[r + 1] in ("he", "she") or self.tokens[r + 1].is_capitalized or self.lowers[r + 1] in SPEAKER_DETERMINERS):
            return None  # ("what they saw as ...": whom "they" stands for is too loose a guess here)
        frame = Frame("pre", self.tokens[i].text, verb, i, i + 1)
        if not self._attach_subject(frame, i) or frame.negated or frame.mention is None or frame.subject_start != r + 1:
            return None
        end = i + 2
        while end < self.n and self.lowers[end] not in OBJECT_BREAKS and self.lowers[end] not in OBJECT_CLAUSE_BREAKS and not (
                self.lowers[end] in SENTENCE_END and end == self.n - 1) and self.lowers[end] not in AUXILIARIES and self.lowers[end] != "and":
            end += 1
        frame.content, frame.content_mode = (r, end), "relative"
        return frame

    def _contact_relative(self, frame: Frame, i: int) -> None:
        """"a probe the agency said was ongoing", "a trend Greenberg said could drive voters away": a relative clause
        without "that", its gap the subject of the auxiliary right after "said". The noun it describes ends where the
        speaker begins (a determiner, a name or a pronoun after a lower-case word); what the speaker said runs from that
        noun to the next comma or dash."""
        s, j = frame.subject_start, frame.after_cue
        if frame.cue_verb.lemma != "say" or frame.negated or s is None or j >= self.n or self.lowers[j] not in AUXILIARIES or i - s < 3:
            return
        split = next((x for x in range(i - 1, s, -1) if self.tokens[x - 1].is_word and not self.tokens[x - 1].is_capitalized and (
            self.lowers[x - 1] not in NOUN_DETERMINERS and self.lowers[x - 1] not in PREPOSITIONS and self.lowers[x - 1] not in CLAUSE_BOUNDARIES
            and self.lowers[x - 1] not in AUXILIARIES and not self.lowers[x - 1].endswith("ly")) and (
            self.lowers[x] in CONTACT_SPEAKER_STARTS or self.tokens[x].is_capitalized and self.tokens[x].is_word)), None)
        if split is None or any(not self.tokens[x].is_word for x in range(s, i)):
            return
        head = next((x for x in range(split - 1, max(s, split - 5) - 1, -1) if self.lowers[x] in ("a", "an", "the")), None)
        if head is None or any(self.lowers[x] in FINITE_VERBS or self.lowers[x] in AUXILIARIES or self.lowers[x].endswith("ed") for x in range(head, split)):
            return  # ("the storm destroyed a bridge officials said was ...": no noun phrase before the speaker)
        mention = parse_mention(self.text, self.tokens[split:i])
        if mention is None or mention.kind not in ("person", "organization", "unnamed", "pronoun"):
            return
        end = next((x for x in range(j, self.n) if self.lowers[x] in (",", ";", ":", "—", "–") or self.tokens[x].quote is not None), self.n)
        if end - j < 2:
            return
        frame.mention, frame.subject_start, frame.phrase_start = mention, split, None
        frame.content, frame.content_mode = (head, end), "relative"

    @staticmethod
    def _negated_belief(frame: Frame) -> bool:
        """"do not want", "doesn't believe", "never thought": a belief or intention denied is still one held; "declined
        to say", "did not say" report nothing."""
        verb = frame.cue_verb
        return frame.negation_at is not None and verb.belief and not verb.directive and not frame.inherit and not frame.cue.endswith("ing")
        # ("criticized voters for not supporting Cruz": a gerund, the criticism's reason)

    def _viewed_as(self, i: int) -> bool:
        """"sees him as a uniter": "as" a few words after the verb, no quotation or break before it. Also "saw that
        Obama could win" (a clause) and "viewed him favorably" (a judgment)."""
        if i + 2 < self.n and self.lowers[i + 1] == "that" and self._finite_clause_at(i + 1):
            return True
        if self._view_noun_after(i + 1) is not None:
            return True  # "sees an opening", "saw no need to change": what someone makes of things
        for x in range(i + 1, min(self.n, i + 10)):
            if self.tokens[x].quote is not None or self.lowers[x] in (",", ";", ":", "—", "–") or self.lowers[x] in SENTENCE_END:
                return False
            if self.lowers[x] == "as" or self.lowers[x] in JUDGING_ADVERBS and x > i + 1:
                return x > i + 1 and not any(self.tokens[y].quote is not None for y in range(x, min(self.n, x + 12)))
        return False

    def _view_noun_after(self, j: int) -> int | None:
        """Where a noun of what one makes of things ("an opening", "no need", "any risks", "parallels") stands as the object
        starting at ``j``, after at most two determiners or adjectives."""
        for x in range(j, min(self.n, j + 3)):
            if self.lowers[x] in VIEW_NOUNS:
                return x if not self.lowers[x].startswith("sign") or x + 1 < self.n and self.lowers[x + 1] in ("of", "that") else None  # (road signs)
            if not self.tokens[x].is_word or self.tokens[x].is_capitalized or self.lowers[x] not in VIEW_NOUN_MODIFIERS:
                return None
        return None

    def _reporting_verb_at(self, k: int) -> bool:
        """"said", "told", "claimed": a reporting verb, after which a reported clause opens with its own subject."""
        return self.lowers[k] in FINITE_CUE_FORMS or self._past_cue_at(k)

    def _past_cue_at(self, k: int) -> bool:
        """"The Guardian cited examples of ...": a reporting verb in the past ends the subject before it."""
        return self.lowers[k].endswith("ed") and cue_verb(self.lowers[k]) is not None and k > 0 and self.lowers[k - 1] not in NOUN_DETERMINERS

    def _progressive_cue_at(self, k: int) -> bool:
        """"The mayor is asking voters to reject ...": a cue's participle after an auxiliary is a verb, ending the subject of the next."""
        return self.lowers[k].endswith("ing") and k > 0 and (self.lowers[k - 1] in AUXILIARIES or self.lowers[k - 1] in ("be", "been")) and (
            cue_verb(self.lowers[k]) is not None)

    def _belief_verb_at(self, k: int) -> bool:
        verb = cue_verb(self.lowers[k])
        return verb is not None and verb.belief and k > 0 and self.lowers[k - 1] not in NOUN_PREPOSITIONS

    @staticmethod
    def _provision_calls(frame: Frame) -> bool:
        """"His plan calls for rates that rise with earnings", "the accord calls on all nations to ...": what a plan, bill or
        agreement calls for is what it provides, and it is the source of that (as a report is of what it finds)."""
        return frame.cue_verb.lemma == "call" and frame.mention is not None and frame.mention.head in PROVISION_HEADS

    def _asked_for_comment(self, frame: Frame, k: int) -> bool:
        """"asked the campaign for comment": a request for a reply, nothing the asker holds."""
        return frame.cue_verb.lemma == "ask" and self.lowers[k] in ("comment", "comments", "a", "an") and (
            self.lowers[k] != "a" and self.lowers[k] != "an" or k + 1 < self.n and self.lowers[k + 1] in ("comment", "response", "reply", "interview"))

    def _asked_whom_described(self, j: int) -> int:
        """"asked Mills, Sullivan and Abedin to search ...", "asked Kasich, who is fourth in the count, to lay out ...": past
        names listed with commas, or a name and a relative clause set off by commas, up to "to" or a question word."""
        if j >= self.n or not self.tokens[j].is_capitalized:
            return j
        x, described = j, False
        while x < min(self.n, j + 24):
            word = self.lowers[x]
            if word == "to" or word in QUESTION_OPENERS and word not in ("who", "which"):
                if x == j or self.lowers[x - 1] == "," and not described or not (self.tokens[x - 1].is_word or self.lowers[x - 1] == ","):
                    return j
                return x
            if word in ("who", "which") and x > j and self.lowers[x - 1] == ",":
                close = next((y for y in range(x + 1, min(self.n, x + 15)) if self.lowers[y] == "," or self.tokens[y].quote is not None), None)
                if close is None or self.lowers[close] != ",":
                    return j
                x, described = close + 1, True
                continue
            if not (word in (",", "and") or self.tokens[x].is_capitalized and self.tokens[x].is_word):
                return j
            x += 1
        return j

    def _asked_whom(self, j: int) -> int:
        """Past the person asked, up to "if", "whether" or a question word a few words on ("for" what is asked for)."""
        for x in range(j, min(self.n, j + 9)):
            if self.lowers[x] in QUESTION_OPENERS or self.lowers[x] == "to" or self.lowers[x] == "for" and x > j and self.tokens[x - 1].is_word and not self._for_time(x) and not any(
                    self.lowers[y] in ASKED_FOR_BREAKS or self.lowers[y].endswith(("'s", "’s")) for y in range(j, x)):  # ("asked questions about Marsh's support for ...")
                if x > j and self.lowers[x] == "to" and self.lowers[x - 1] in ("not", "never"):
                    x -= 1  # "asked voters not to stay home": the negation is part of what is asked
                return x if x > j and all(self.tokens[y].is_word for y in range(j, x)) else j
            if self.tokens[x].quote is not None or self.lowers[x] in AUXILIARIES or self.lowers[x] in FINITE_VERBS:
                return j
        return j

    def _gap_clause_at(self, j: int) -> bool:
        """A clause missing its subject starts here: "will take effect", "discriminated against"."""
        if j >= self.n or not self.tokens[j].is_word:
            return False
        word = self.lowers[j]
        return word in AUXILIARIES or word in FINITE_VERBS or word.endswith("ed") and len(word) > 4 and cue_verb(word) is None

    def _object_gap_clause_at(self, relative_at: int, j: int) -> bool:
        """"the data that investigators said they found", "what Bradley said she expected": after "that/which/what X said"
        a pronoun and its verb, the relative word the verb's object."""
        if self.lowers[relative_at] not in ("that", "which", "what") or j + 1 >= self.n or self.lowers[j] not in SUBJECT_PRONOUNS:
            return False
        word = self.lowers[j + 1]
        return self.tokens[j + 1].is_word and (word in AUXILIARIES or word in FINITE_VERBS or word.endswith("ed") and len(word) > 4 or (
            word in ("need", "needs", "want", "wants", "expect", "expects", "found", "saw", "heard", "knew", "got", "made")))

    def _gap_verb_at(self, relative_at: int, j: int) -> bool:
        """"the department, which he argued seeks to restore equity", "laws that some say target Muslims": right after
        "which/that X said" a plain present verb fills the relative clause's gap (a determiner or a pronoun there opens a
        clause of its own)."""
        if self.lowers[relative_at] not in ("which", "that") or j + 1 >= self.n or not self.tokens[j].is_word or self.tokens[j].is_capitalized or (
                relative_at > 0 and self.lowers[relative_at - 1] in PREPOSITIONS):
            return False  # ("ties with which France maintains ...": the clause's subject is there)
        word = self.lowers[j]
        return word.isalpha() and len(word) > 2 and not word.endswith("ly") and word not in OBJECT_STARTS_REJECTED and word not in NOUN_DETERMINERS and (
            word not in SUBJECT_PRONOUNS and word not in PREPOSITIONS and word not in ("the", "a", "an", "his", "her", "their", "its", "these", "those", "you", "to")
            and word not in GAP_QUANTIFIERS)  # ("voters that the state had predicted every winner": an object, no gap)

    def _as_source_noted(self, frame: Frame) -> bool:
        """"As the Daily Ledger noted on Monday, the mayor has ...": the clause after the comma."""
        s, j = frame.subject_start, frame.after_cue
        if s is None or s < 1 or self.lowers[s - 1] != "as":
            return False
        inside = s >= 3 and (self.lowers[s - 2] == "," or self.lowers[s - 2] in ("and", "but") and self.lowers[s - 3] == ",") and not frame.belief and (
            self.lowers[self.story_start] not in SUBORDINATE_OPENERS and self.lowers[self.story_start] not in OPENING_SUBORDINATORS)  # ("If ..., as some hope, ...")
        if not inside and not all(self.lowers[x] in ("but", "and", "as", "yet", "so") for x in range(0, s)):
            return False
        if j < self.n and frame.cue_verb is not None and self.lowers[j] in frame.cue_verb.particles:
            j += 1  # "As Paul Ryan has pointed out, ..."
        if j + 2 >= self.n or self.lowers[j] != "," or self.tokens[j + 1].quote is not None:
            return False
        if inside and not (self._clause_can_start(j + 1) and self._finite_clause_at(j + 1)):
            return False  # "..., and as Comey noted, people involved could still be punished": a clause of its own after the aside
        frame.content, frame.content_mode = (j + 1, self.n), "bare"
        return True

    def _particle_follows(self, frame: Frame) -> bool:
        j = frame.after_cue
        return j < self.n and self.lowers[j] in frame.cue_verb.particles

    @staticmethod
    def _may_believe(mention: Mention) -> bool:
        if mention.kind == "pronoun":
            return mention.pronoun in ("person", "plural")
        return not mention.generic and not mention.document and mention.head not in DATA_HEADS

    def _finding(self, frame: Frame, i: int) -> Frame | None:
        """"The report found that ...", "Polls show Clinton ahead", "It also found that ...": a
        finding reported by a document or by data (never "police found the body"); a clause
        without "that" only after data ("a new poll shows the race tied")."""
        if self.lowers[i].endswith("ed") and i + 1 < self.n and self.lowers[i + 1] == "by":
            return None  # "a video uncovered by the network", "the victim identified by police": a passive participle, no finding
        if frame.cue_verb.lemma == "identify" and any(self.lowers[x] == "as" for x in range(i + 1, min(self.n, i + 8))):
            return None  # "identified the man as Tom Ray": a naming, read as one ("identified" with "as")
        if not self._attach_subject(frame, i) or frame.negated or frame.relative:
            return None
        if frame.inherit:
            return self._coordinated_finding(frame, i)
        if frame.mention is None:
            return None
        mention = frame.mention
        data = mention.head in DATA_HEADS or mention.head in RECORD_HEADS or mention.document and mention.head in word_set("document_heads") or (
            # "Exit polling showed ...", "A video of the episode shows ...": any thing, never a person or a group of people
            frame.cue_verb.lemma == "show" and mention.kind in ("unnamed", "organization") and mention.head is not None and mention.head not in word_set("unnamed_heads") and mention.head not in word_set("role_words")
            and not mention.outlet) or self._study_subject(frame.subject_start, i)
        if frame.cue_verb.lemma == "show" and not data and not mention.document and self._may_believe(mention) and i + 3 < self.n and (
                self.lowers[i] != "showing" and (self.lowers[i] != "shown" or self.lowers[i - 1] in ("has", "have", "had"))):
            # (not "Neither the mayor nor her rivals showed much appetite for ...": holders the subject rules do not join)
            disposition = self._shown_disposition(frame, i) if "nor" not in self.lowers[:i] else None
            if disposition is not None:
                return disposition
        if data and frame.subject_start is not None:
            self._coordinated_records(frame)
        j = self._skip_adverbials(frame, i + 1)
        frame.after_cue = j
        if frame.cue_verb.lemma in ("find", "show") and self._is_trailing(frame) and (data or mention.document or mention.outlet or mention.head in RESEARCHERS):
            # "Mrs. Clinton leads by 19 points, the poll found." / "..., Fox found": the finding comes first
            frame.kind = "trail"
            cut = frame.subject_start - 1
            if cut > 0 and any(self.tokens[x].is_word or self.tokens[x].quote is not None for x in range(cut)):
                frame.content, frame.content_mode = (0, cut), "trail"
                return frame
            return None
        if (data or mention.document) and self._parenthetical(frame):
            return frame  # "The plane, records show, is rarely used": the finding runs on both sides of the aside
        if not (mention.document or data or mention.kind == "pronoun" and mention.pronoun == "thing"):
            # "two analysts found in 2014 that ...", "the Justice Department found that ...", "she found that ...": a
            # finding; what "police found" (the body, or that the door was forced) is evidence, not a finding reported
            named_body = mention.kind == "organization" and not mention.generic and (
                len(mention.name.split()) > 1 and any(w[:1].isupper() for w in mention.name.split()) or is_acronym(mention.name))
            researchers = mention.kind == "person" or named_body or mention.kind == "unnamed" and (mention.head in RESEARCHERS or mention.head is None) or (
                mention.kind == "pronoun" and mention.pronoun == "person")
            if not researchers or j + 1 >= self.n or self.lowers[j] != "that" and not (
                    # "Military Times found Democrats favored Clinton": a named body's finding, a clause without "that"
                    (named_body or mention.outlet) and self._clause_can_start(j) and self._finite_clause_at(j)):
                return None
        if j < self.n and (data or mention.document) and self.tokens[j].quote is not None:
            frame.after_cue = j
            frame.content, frame.content_mode = (j, self.n), "bare"  # 'the report found "no evidence of a stand-down order"'
            return frame
        if j + 1 >= self.n:
            return None
        if self.lowers[j] == "that" and data and self.lowers[j + 1] in AUXILIARIES and self.lowers[j + 1] not in MODALS:
            frame.content, frame.content_mode = (j, self.n), "bare"  # "recent polls show that has reversed": "that" is the clause's subject
            return frame
        if self.lowers[j] == "that":
            frame.after_cue = j
            frame.content = (j + 1, self.n)
            frame.content_mode = "that"
            return frame
        if (data or frame.mention.kind == "organization") and frame.cue_verb.evidence and self._clause_can_start(j) and self.lowers[j] not in ("up", "off", "out", "signs", "no", "little"):
            frame.after_cue = j
            frame.content = (j, self.n)
            frame.content_mode = "bare"
            return frame
        if data and frame.cue_verb.evidence and self._finding_object_at(j) and not self.lowers[i].endswith("ing") and (
                self.lowers[i] != "shown" or self.lowers[i - 1] in ("has", "have", "had")):  # ("the TV show Scandal showing ...", "the biases shown")
            # "public records show little evidence that ...", "the survey shows only a small gap", "polls show as many as
            # 30 percent ...": whatever data show is their finding
            frame.after_cue = j
            frame.content, frame.content_mode = (j, self.n), "bare"
            return frame
        return None

    def _coordinated_finding(self, frame: Frame, i: int) -> Frame | None:
        """"The auditors went through the books and found that ...": a finding in a verb joined by "and" to the clause's
        own, its subject one who finds things out (a person, a named body, researchers), what follows "that" the content."""
        if i < 3 or self.lowers[i - 1] != "and" or i + 2 >= self.n or self.lowers[i + 1] != "that" or self.lowers[i] != "found":
            return None
        mention, start, _verb = self.sentence_subject(i)
        if mention is None or start is None or start >= i or mention.generic or not (mention.kind == "person" or mention.head in RESEARCHERS or (
                mention.kind == "organization" and (len(mention.name.split()) > 1 or is_acronym(mention.name) or mention.outlet))):
            return None  # ("TheBlaze did the math and found that ...": an outlet, whatever its name's length)
        frame.after_cue = i + 1
        frame.content, frame.content_mode = (i + 2, self.n), "that"
        return frame

    def _coordinated_records(self, frame: Frame) -> None:
        """"Campaign and corporate records show ...", "court and police records": a modifier joined by "and" to the one
        before the data's head describes the same records, so it belongs to the source."""
        s = frame.subject_start
        if s < 2 or self.lowers[s - 1] != "and" or not self.tokens[s - 2].is_word or self.lowers[s - 2] in NOUN_DETERMINERS or (
                self.lowers[s - 2] in CLAUSE_BOUNDARIES or self.lowers[s - 2] in AUXILIARIES or self.lowers[s - 2] in PREPOSITIONS):
            return
        if s - 2 > self.story_start and (self.tokens[s - 3].is_word and self.lowers[s - 3] not in ACCORDING_OPENERS):
            return  # ("the firm paid taxes and county records show ...": a clause of its own before "and")
        mention = frame.mention
        first = self.tokens[s - 2]
        text = self.text[first.start:mention.end]
        frame.mention = replace(mention, text=text, start=first.start, name=text if mention.name == mention.text else mention.name)
        frame.subject_start = s - 2

    def _study_subject(self, start: int | None, i: int) -> bool:
        """"A CNN poll of South Carolina released on Tuesday", "A study by the group Media Matters", "One 2009 paper",
        "The inquiry": the subject's head, before what it is of or by, is a study, a poll or a record."""
        if start is None:
            return False
        stop = next((x for x in range(start, i) if self.lowers[x] in (
            "of", "by", "from", "for", "on", "in", "released", "conducted", "taken", "published")), i)
        if stop - start > 5 or any(not self.tokens[x].is_word for x in range(start, stop)):
            return False
        head = self.lowers[stop - 1] if stop > start else ""
        return head in DATA_HEADS or head in RECORD_HEADS or head in STUDY_HEADS

    def _shown_disposition(self, frame: Frame, i: int) -> Frame | None:
        """"Sanders showed no sign of backing down", "Trump shows little inclination to change", "voters have shown little
        interest in the race": what a person or a group shows a sign of, an inclination or an appetite for, is their own
        stance or intention (a belief), not a finding ("the policy shows no sign of change": no one holds it)."""
        k = i + 1
        while k < self.n and k - i <= 4 and (self.lowers[k] in DISPOSITION_QUALIFIERS or self.lowers[k] == "of" and self.lowers[k - 1] == "much"):
            k += 1
        openers = DISPOSITION_NOUNS.get(self.lowers[k]) if k < self.n else None
        if openers is None or k + 2 >= self.n or self.lowers[k + 1] not in openers:
            return None
        first = k + 2
        end = first
        while end < self.n and self.lowers[end] not in OBJECT_BREAKS and self.lowers[end] not in OBJECT_CLAUSE_BREAKS and self.tokens[end].quote is None and not (
                self.lowers[end] in SENTENCE_END and end == self.n - 1) and not (self.lowers[end] == "that" and end + 1 < self.n and self.lowers[end + 1] == ","):
            end += 1  # (not "a war that, for the first time, ...": the relative clause an aside interrupts describes the object)
        if end <= first:
            return None
        frame.cue = " ".join(t.text for t in self.tokens[i:first])
        frame.cue_verb = CueVerb(lemma="show", stance="neutral", bare=False, belief=True)
        frame.after_cue = first
        frame.content, frame.content_mode = (first, end), "object"
        return frame

    def _finding_object_at(self, j: int) -> bool:
        """What data show can open with any word ("no", "little", "only", "as many as") but a particle or an auxiliary."""
        return j + 1 < self.n and (self.tokens[j].quote is not None or self.tokens[j].is_word and self.lowers[j] not in (
            "up", "off", "out", "that", "to") and self.lowers[j] not in AUXILIARIES)

    def _parenthetical(self, frame: Frame) -> bool:
        """"The plan, he said, would cost more" / "Still, she added, the advice was simple": a cue
        set off by commas inside the sentence it reports."""
        s, j = frame.subject_start, frame.after_cue
        verb = frame.cue_verb
        if s is None or s < 2 or frame.inherit or not (verb.bare or verb.lemma in PARENTHETICAL_CUES):
            return False
        if j + 1 >= self.n or self.lowers[j] != "," or not self.tokens[j + 1].is_word:
            return False
        if frame.mention is None or frame.mention.generic and not self._subject_awaits_verb(s - 1, j + 1):
            return False
        if self.lowers[s - 1] != "," and not (self._quote_ends_with_comma(s - 1) and self._clause_goes_on_past_quotation(s, j + 1)):
            return False
        before = [x for x in range(0, s - 1) if self.tokens[x].is_word or self.tokens[x].quote is not None]
        if any(self.tokens[x].quote is not None for x in range(0, s - 1)) and not self._clause_goes_on_past_quotation(s, j + 1):
            return False
        lone = len(before) == 1 and (self.lowers[before[0]] in word_set("intro_prepositions") or self.lowers[before[0]] in ASIDE_ADVERBS
                                     or self.lowers[before[0]] in ("still", "yet", "indeed", "instead", "now", "so") or self.lowers[before[0]].endswith("ly"))
        lone = lone or all(self.lowers[x] in OPENING_TIME_WORDS or self.lowers[x] in word_set("intro_prepositions") for x in before)
        if before and not lone:  # ("Since then, she said, the virus spread": an opening of time, then the clause)
            frame.content = (0, self.n)  # the clause runs on both sides of the aside
        else:
            frame.content = (j + 1, self.n)
        frame.content_mode = "bare"
        return True

    def _occasion_phrase(self, segment: list[int]) -> bool:
        """"in a later interview", "on Tuesday": a preposition of setting and words ending on an occasion or a day."""
        return 2 <= len(segment) <= 5 and self.lowers[segment[0]] in _SETTING_WORDS and (
            self.lowers[segment[-1]] in ADVERBIAL_NOUNS or self.lowers[segment[-1]] in WEEKDAY_WORDS) and all(self.tokens[x].is_word for x in segment)

    def _clause_goes_on_past_quotation(self, s: int, j: int) -> bool:
        """'Those who spend hours "listening to cable," he said, end up ...': the writer's clause, quoted words in it,
        opens the sentence and goes on after the aside, so the aside reports all of it. A sentence that opens with a
        quotation, a quotation of its own before the aside ('someone shouted, "Cruz," Beck joked, ...'), or a
        sentence going on with "and", "adding" or "as" ends its report at the tag."""
        word = self.lowers[j]
        own_quotation = any(self.tokens[x].quote is not None and not self.tokens[x - 1].is_word for x in range(1, s))
        return self.tokens[0].is_word and not own_quotation and not (
            word in ("and", "but", "according") or word in TRAILING_CIRCUMSTANCE or word.endswith("ing"))

    def _subject_awaits_verb(self, comma: int, j: int) -> bool:
        """"The plan, an inside source said, is to ...": a subject before the aside, its verb right after it, so
        whoever the aside names (a phrase the lexicon does not know as a source, too) reports the clause."""
        return (self.lowers[j] in AUXILIARIES or self.lowers[j] in FINITE_VERBS) and self._clause_before(comma, subject_only=True)

    # ------------------------------------------------------------------ subject
    def _as_opens_clause(self, k: int, i: int) -> bool:
        """"as the party seeks to ...", "as voters fear ...": a conjunction after a lower-case word ("such as the mayor",
        "as well as the governor" list people instead), before the finite cue's subject."""
        return 0 < k < i - 1 and self.tokens[k - 1].is_word and not self.tokens[k - 1].is_capitalized and self.lowers[k - 1] not in (
            "such", "well", "as", "so", "same", "known", "serves", "served", "serving") and not self.lowers[i].endswith("ing") and (
            self.lowers[k + 1] in ("the", "a", "an", "he", "she", "they", "we", "his", "her", "their", "its", "many", "some", "most")) and not (
            self.lowers[k + 1] == "many" and k + 2 < i and self.lowers[k + 2] == "as")  # ("polls show as many as 30 percent say")

    def _passive_inner_adverb(self, x: int) -> bool:
        """What may stand between a passive's auxiliary and its participle: "also", "not", "widely" ("is not expected",
        "is widely expected to win": a hedge nobody holds)."""
        word = self.lowers[x]
        return word in word_set("adverbs_between") or word in PLAIN_NEGATIONS or word.endswith("ly") and len(word) > 4 and word not in LY_NOUNS

    # ------------------------------------------------------------------ subject
    def _skip_back_adverbs(self, frame: Frame, i: int) -> int:
        j = i - 1
        skippable = _skippable_before_cue()
        if j < 0 or self.lowers[j] not in skippable and not self.lowers[j].endswith(("ly", "n't", "n’t")) and not self.lowers[j].isdigit():
            return j  # (the loop's first test below, before the word lists it reads are fetched: most cues have their subject's last word before them)
        adverbs = word_set("adverbs_between")
        negations = word_set("negations")
        passive = word_set("passive_aux")
        cue = self.lowers[i]
        while j >= 0:
            word = self.lowers[j]
            if word not in skippable and not word.endswith(("ly", "n't", "n’t")) and not word.isdigit():
                break  # (most often the subject's last word: none of the tests below can pass)
            if self.tokens[j].is_capitalized and self._closes_outlet_name(j):
                break  # "USA TODAY reported": the word closes an outlet's name, it dates nothing
            if word in MODALS and self.tokens[j].is_capitalized and (cue.endswith(("s", "ed")) or cue in FINITE_CUE_FORMS) and j == i - 1:
                break  # "Will wrote", "While Will acknowledges": a name, not the modal, before a finite verb
            if j == i - 1 and self.tokens[j].is_capitalized and j > 0 and self.tokens[j - 1].quote is not None and word in adverbs:
                break  # '"...," Long said': a capitalised word right after the quotation is the speaker's name, no adverb
            if word in ("both", "all", "each") and j > 0 and self.lowers[j - 1] == "," and not cue.endswith("ing"):
                break  # "On trade, both oppose ...": a quantifier after a comma is the subject, not a floating "they both"
            if word in negations or word.endswith(("n't", "n’t")):
                frame.negated = True
                if word in PLAIN_NEGATIONS or word.endswith(("n't", "n’t")):
                    frame.negation_at = j  # "do not want", "doesn’t believe": where the negated cue begins
            elif (word in passive or word in LINKING_VERBS) and cue in BELIEF_ADJECTIVES:
                pass  # "Democratic leaders are worried about ...", "remain confident that": a state of mind, not a passive
            elif word in {"be", "been"} and cue.endswith("ing") and all(self.lowers[x] in {"heard", "seen"} for x in range(j + 1, i)):
                pass  # "many Democrats would be asking him to ...", "has been urging": the progressive's auxiliary
            elif word in {"heard", "seen"} and cue.endswith("ing") and j == i - 1 and j > 0 and self.lowers[j - 1] in word_set("passive_aux"):
                pass  # "a reporter can be heard asking": who is heard asking asks
            elif word in passive and not cue.endswith("ing") and all(self._passive_inner_adverb(x) and self.lowers[x] not in passive for x in range(j + 1, i)):
                return -2  # "was reported", "was also proposed", "is not expected", "is widely expected": passive, nobody is named as saying it
            elif word in ("to",) and j == i - 1 and j > 1 and (self.lowers[j - 1] in BEGAN_TO and (self.lowers[i] in ("wonder", "ask", "question") or self._kept_on_saying(i)) or (
                    self.lowers[j - 1] in BEGAN_TO or self.lowers[j - 1] in CAME_TO) and (after_to := cue_verb(cue)) is not None and after_to.lemma in HELD_AFTER_TO_LEMMAS and self._that_next(i)):
                j -= 2  # "some Republicans began to wonder whether ...": the subject of "began" wonders; "came to believe that ..."
                continue
            elif word == "to" and j == i - 2 and self.lowers[i - 1] == "have" and j > 1 and self.lowers[j - 1] in RAISING_PARTICIPLES and (
                    self.lowers[j - 2] in ("is", "are", "was", "were", "been")):
                j -= 3  # "Lee is reported to have called them 'free riders'": the one said to have called them calls them
                continue
            elif word in ("to",) and j == i - 1:
                frame.negated = frame.negated or (j > 0 and self.lowers[j - 1] in ("declined", "refused", "failed"))
                if j > 0 and self.lowers[j - 1] in ("declined", "refused", "failed", "wanted", "want", "wants"):
                    frame.negated = True
                if j > 1 and self.lowers[j - 1] == "on" and self.lowers[j - 2] in ("went", "goes", "go", "going"):
                    j -= 2  # "she went on to say": her words, the phrase belongs to the cue
                elif j > 4 and self.lowers[j - 3:j] == ["so", "far", "as"] and self.lowers[j - 4] in ("went", "goes", "go", "going"):
                    j -= 4  # "she went so far as to say": her words
                elif j > 1 and self.lowers[j - 1] in HABIT_BEFORE_TO and self.lowers[j - 2] not in passive:
                    j -= 1  # "he used to boast that ...", "she likes to say": what the subject says by habit
                elif j > 1 and self.lowers[j - 1].endswith("ed") and self.lowers[j - 2] in ("was", "were") and self.lowers[j - 1] not in ("declined", "refused", "failed"):
                    j -= 2  # "Mr. Trump was prompted to say": the subject is his
                elif j > 1 and self.lowers[j - 1] in READY_ADJECTIVES and self.lowers[j - 2] in ("is", "are", "was", "were", "been"):
                    j -= 2  # "Advisers to Mr. Rubio are quick to point out": the advisers point it out
            elif (word in DATE_ENDS or word.isdigit() or word == "ago") and (when := self._dated_before_verb(j)) is not None:
                j = when - 1  # "Hillary Clinton on Tuesday said", "The mayor late Monday night told": the date is not the subject's
                continue
            elif word in WEEKDAY_WORDS or word in RECENT_TIME_UNITS and j > 0 and self.lowers[j - 1] in ("last", "this"):
                # "Gowdy earlier Thursday said", "The mayor last week said": when, between the subject and its verb
                j -= 1 if word in WEEKDAY_WORDS else 2
                continue
            elif not (word in adverbs or (word.endswith("ly") and not self.tokens[j].is_capitalized and len(word) > 3 and word not in LY_NOUNS)):
                break
            j -= 1
        return j

    def _closes_outlet_name(self, j: int) -> bool:
        """A capitalised word that is the last of a known outlet's name opening a few words before it ("USA TODAY"):
        the name's word, where the same word in lower case would be an adverb of time."""
        return any(known_outlet(self.text[self.tokens[k].start:self.tokens[j].end]) is not None
                   for k in range(max(0, j - MAX_OUTLET_NAME_WORDS), j) if self.tokens[k].is_capitalized)

    def _dated_before_verb(self, j: int) -> int | None:
        """Where a date phrase ending at ``j`` between a subject and its verb begins: "on Tuesday", "late Monday
        night", "on Jan. 5", "on Sept. 12" (a weekday alone is read by the caller). None when there is none."""
        k = j
        if self.lowers[k] in PARTS_OF_DAY and k > 0 and self.lowers[k - 1] in WEEKDAY_WORDS:
            k -= 1  # "Monday night"
        elif self.lowers[k].isdigit() and len(self.lowers[k]) <= 2 and k > 0 and self.lowers[k - 1].rstrip(".") in PARTICLE_TIME_STARTS - {
                "this", "last", "next", "today", "tonight", "may"} and self.tokens[k - 1].is_capitalized:
            k -= 1  # "Jan. 5", "March 3" ("May 5" may be a name's end)
        elif YEAR.fullmatch(self.lowers[k]) and k > 1 and self.lowers[k - 1] == "in" and self.tokens[k - 2].is_word:
            return k - 1  # "Dana Holt in 2012 said"
        elif self.lowers[k] in RECENT_SPANS and k > 2 and self.tokens[k - 3].is_word and (
                self.lowers[k - 2:k] == ["in", "the"] and self.lowers[k] == "past" or self.lowers[k - 2:k] == ["in", "recent"]):
            return k - 2  # "Her allies have in the past said", "The mayor in recent weeks has said"
        elif self.lowers[k] == "ago" and k >= 3 and self.lowers[k - 1].rstrip("s") in TIME_BEFORE_CLAUSE_UNITS:
            start = k - 2  # "The State Department less than two weeks ago said": how long ago, between subject and verb
            if start >= 2 and self.lowers[start - 2:start] in (["less", "than"], ["more", "than"]):
                start -= 2
            elif self.lowers[start - 1] in ("about", "nearly", "just", "only", "roughly", "almost"):
                start -= 1
            return start if start > self.story_start and self.tokens[start - 1].is_word and self.lowers[start - 1] not in CLAUSE_BOUNDARIES else None
        elif self.lowers[k] not in WEEKDAY_WORDS:
            return None
        if k > 0 and self.lowers[k - 1] in ("on", "late", "early", "earlier") and k - 1 > self.story_start and (
                self.tokens[k - 2].is_word or self.lowers[k - 2] in (")", ",")) and self.lowers[k - 2] not in CLAUSE_BOUNDARIES:
            # ("Sen. Dana Holt (R-Ohio) on Tuesday said", "Dana Holt, the senator, on Tuesday said")
            return k - 1
        return k if k < j else None

    def _attach_subject(self, frame: Frame, i: int) -> bool:
        participle = self.lowers[i].endswith("ing")  # (an "-ing" cue: many rules below read it as hung on a clause)
        if i >= 3 and self.lowers[i - 1] == "to":  # (the infinitive's rules: one test takes every other cue past them)
            if self._purpose_infinitive(i):
                frame.inherit = True  # "Hale took his daughter there to explain ...": the clause's subject explains
                frame.kind = "inherit"
                frame.subject_start = None
                return True
            if i >= 4 and self.lowers[i - 2] in OBJECT_CASE_PRONOUNS:
                return self._attach_object_holders_subject(frame, i - 2)
            if i >= 4 and (requiring := self._requiring_verb_before(i - 1)) is not None:
                return self._attach_subject(frame, requiring)
        if participle and (self._sender_of_document_before(frame, i) or self.lowers[i - 1] in DISPLAY_TEXTS and self._display_before_participle(frame, i) or (
                self.lowers[i - 1] == "and" and self._absolute_with_joined(frame, i))):
            return True
        j = self._skip_back_adverbs(frame, i)
        if j == -2:
            return False
        subject_end = j + 1
        if (participle or self._bare_after_object(frame, i, j)) and self._first_of(PERCEIVING_VERBS) < j and self._object_of_perceiving_verb(frame, j):
            return True  # (the verb it needs comes before the object: most sentences hold none)
        comma_before = subject_end > 0 and self.lowers[subject_end - 1] == ","  # "Ann Lee, who wrote the bill, said"
        if self._quantified_subject_after_noun(j) and self._choose_subject(frame, [j - 1, j]):
            return True  # "the kind of jurist many Republicans fear she would choose": a relative clause without "that"
        if participle and self._bare_quantifier_after_noun(j, i) and self._choose_subject(frame, [j]):
            return True
        if j >= 0 and j == self.story_start and self.lowers[j] == "having":
            # "Having announced that ..., Judge Berman proceeded": the opening participle is the main clause subject's
            mention, start, _verb = self.sentence_subject(self.n)
            if mention is None or start is None or start <= i:
                return False
            frame.mention, frame.subject_start = mention, start
            return True
        if j >= 0 and (self.lowers[j] in {",", "by", "before", "after", "while", "without"} or self._dash_before_participle(j, i)) and participle or (
                j == i - 1 and self.lowers[j] == "," and self._trailing_belief_adjective(i)) or (  # "..., confident that ...": the clause's subject is
                # "... and placed newspaper ads calling the deal 'a mistake'": the maker of the ads speaks in them
                j == i - 1 and participle and self._made_document_at(j)):
            # "..., calling the decision 'unfair'": a participle hung on the main clause
            frame.inherit = True
            frame.kind = "inherit"
            return True
        # The rules for a mark right before the cue (and its adverbs) each read one kind of mark: one test of it picks theirs.
        mark = self.lowers[j] if j >= 2 else None
        if mark in {"—", "–", "-", "―"} and j >= 3:
            # "Joyce — who is listed as an attorney — told ...": the aside between dashes describes the subject before it
            opening = next((x for x in range(j - 2, max(0, j - 40), -1) if self.lowers[x] == self.lowers[j]), None)
            if opening is not None and opening > 0 and self.tokens[opening - 1].is_word and not any(
                    self.tokens[x].quote is not None or self.lowers[x] in (";", ":") for x in range(opening, j)) and (
                    self._coordinated_before_dash(frame, i, opening) or self._attach_subject_before(frame, opening)):
                return True
        elif mark == ")":
            tag = self._bracketed_tag_before(j)
            if tag is not None:
                # "Sen. Dana Holt (R-Ohio) said", "state Sen. Ann Lee (D) said": the party tag names nobody
                return self._attach_subject_before(frame, tag)
            described = self._bracketed_description_before(j)
            if described is not None and self._attach_subject_before(frame, described):
                # "..., but Sen. Dana Holt (a Democrat from Ohio) says": the bracketed description is the name's apposition
                return True
            if j >= 3 and self.lowers[j - 2] == "(" and is_acronym(self.tokens[j - 1].text) and self.tokens[j - 3].is_capitalized:
                # "The National Union of Teaching Staff (NUTS) said": the short form names the same body
                return self._attach_subject_before(frame, j - 2)
        elif mark == ",":
            if self.lowers[j - 1] == ")" and self._clause_in_brackets_before(frame, j - 1):
                return True
            opening = self._parenthesis_opening(j)
            if opening is not None and self._attach_subject_before(frame, opening + 1):
                self._read_parenthesis(frame, opening + 1, j)
                return True
        lowers, tokens, story_start = self.lowers, self.tokens, self.story_start  # (read for every word walked back over)
        stops = _walk_back_stops()
        k = j
        while k >= 0:
            word = lowers[k]
            if word not in stops and k >= story_start:
                k -= 1  # a word none of the tests below stops at, nor reads further: most of a subject's words
                continue
            token = tokens[k]
            if word == ")" and k < j:
                opening = self._bracketed_tag_before(k)
                if opening is not None:
                    k = opening - 1  # "Sen. Ted Cruz (R-Texas), also a hopeful, called": the tag is part of the subject
                    continue
            if k < story_start or token.quote is not None or word in HARD_PUNCT or word == "-" and 0 < k < j and "-" not in (lowers[k - 1], lowers[k + 1]) and not (
                    self._hyphen_in_name(k)) or word in CLAUSE_BOUNDARIES and not (
                    # ("close - 60 percent of voters said": a spaced hyphen is a dash, as "—" is)
                    word == "with" and k > 0 and self._source_noun_with(k)) and not (  # "people familiar with the matter"
                    word in {"and", "&"} and 0 < k < j and (tokens[k - 1].is_capitalized and tokens[k + 1].is_capitalized
                    or lowers[subject_end - 1] == ",") and self._inside_aside(k)) and not (
                    word in {"and", "&"} and 0 < k < j and joined_into_body_name(tokens, k)):
                break
            if k < j and not token.is_capitalized and (word in FINITE_CUE_FORMS or cue_verb(word) is not None and (
                    self._belief_verb_at(k) or self._past_cue_at(k) or self._progressive_cue_at(k))):  # (each asks for a cue verb)
                break  # "Her nephew said she had asked ...", "she believes the council will": a verb ends the subject of the next
            if word == "as" and self._as_opens_clause(k, i):
                break  # "... could provide jarring images as the party seeks to rally": "as" opens the cue's own clause
            k -= 1
        boundary = self.lowers[k] if k >= 0 else None
        if 0 < k < j and participle and j == i - 1 and not comma_before and self._people_before_participle(frame, i):
            return True  # "a farmer who has given money to groups backing Lee": the groups back her, not the farmer
        if 0 < k < j and subject_end > 0 and "," not in self.lowers[k:subject_end] and self._relative_verb_before(frame, k):
            return True
        if boundary in {"with", "to"} and self._people_spoken_with(frame, k, subject_end):
            return True
        if boundary == "with" and not comma_before:
            # "executives who have worked with Lachlan Murdoch say": the people the clause describes speak
            who = self._last_of(_WITH_WALK_STOPS, k - 1, max(0, k - 8))
            if who is not None and self.lowers[who] == "who" and who > 0 and self.tokens[who - 1].is_word and self._attach_subject_before(frame, who):
                return True
        if 0 <= k < j and subject_end > k + 1 and self.lowers[subject_end - 1] == "," and not self.tokens[k].is_capitalized and self.tokens[k].is_word and (
                self.lowers[k] in FINITE_CUE_FORMS or self._past_cue_at(k)) and not participle and not (
                i + 1 < self.n and self.lowers[i + 1] in ("by", "at")) and not (cue_verb(self.lowers[k]) is not None and cue_verb(self.lowers[k]).bare) and (
                self.lowers[k + 1] in ("a", "an", "the", "his", "her", "their", "its", "him", "them", "it", "both", "all", "several")
                or self.tokens[k + 1].is_capitalized and self.lowers[k] not in FINITE_CUE_FORMS):
            # "The candidate has mocked a reporter, referred to migrants as ...": a second verb of the same subject
            # ("Biden defended Sanders as a mainstream candidate, mocked ...": its object may be a name; "rejected both
            # objections, ruled ...": or a quantified group)
            frame.inherit = True
            frame.kind = "inherit"
            frame.subject_start = None
            return True
        if boundary in {"while", "when", "after", "before", "as", "since", "though", "although"} and k > 1 and self.lowers[k - 1] == "," and (
                comma_before) and not (
                # ("..., while Mike Dorn, the former governor, said": a name opens the clause; it has its own subject)
                k + 2 < subject_end and self.tokens[k + 1].is_capitalized and is_name_phrase(self.tokens[k + 1:next(
                    (x for x in range(k + 1, subject_end) if self.lowers[x] == ","), subject_end)])):
            # "Donald Trump, while being interviewed on Monday, called for ...": an aside between subject and cue
            return self._attach_subject_before(frame, k)
        if k > 1 and self.lowers[k - 1] == "who" and cue_verb(self.lowers[k]) is not None and comma_before:
            # "Ann Lee, who wrote the bill, said": the speaker is before the relative clause
            return self._attach_subject_before(frame, k - 1)
        if 1 < k < j and self.lowers[k - 1] == "who" and cue_verb(self.lowers[k]) is not None and not comma_before and not any(
                self.lowers[x] == "," for x in range(k + 1, subject_end)) and self._attach_subject_before(frame, k - 1):
            return True  # "Anyone who knows anything about Moss knows ...": what the who-clause's verb takes is no subject of the next
        if boundary in {"or", "and", "but"} and k > 2:
            # "Many of the local leaders who would rather be working for Cruz or Ben Carson said": the names end
            # the relative clause; the people it describes speak
            who = self._last_of(_JOINED_WALK_STOPS, k - 1, max(0, k - 20))
            if who is not None and self.lowers[who] in RELATIVE_WHO and who > 0 and self.tokens[who - 1].is_word and (self._has_verb(who + 1, k) or self.lowers[who] != "who") and (
                    self.lowers[who - 1] not in NOUN_PREPOSITIONS and not any(self.lowers[x] == "," for x in range(k, subject_end))) and (
                    self._attach_subject_before(frame, who)):
                return True
        relative = next((x for x in range(k - 1, max(0, k - 4), -1) if self.lowers[x] in {"who", "that", "which"}), None) if (
            comma_before and 0 <= k < self.n and cue_verb(self.lowers[k]) is not None) else None
        if relative is not None and relative > 1 and all(self.lowers[y] in AUXILIARIES for y in range(relative + 1, k)) and (
                cue_verb(self.lowers[k]) is not None and comma_before
                and self.tokens[relative - 1].is_word and self.lowers[relative - 1] not in CLAUSE_BOUNDARIES):
            # "RoseAnn DeMoro, director of a union that has endorsed Mr. Sanders, also said": the relative clause
            # describes the speaker or the apposition after her name; the name before it speaks
            start = relative
            while start > 0 and self.tokens[start - 1].quote is None and (self.lowers[start - 1] not in SUBJECT_BOUNDARIES or self.lowers[start - 1] == ","):
                start -= 1
            first = next((x for x in range(start, relative) if self.lowers[x] == ","), relative)
            if start < first and self._person_name(list(range(start, first))) and self._choose_subject(frame, list(range(start, first))):
                return True
            if start < relative and self._choose_subject(frame, list(range(start, relative))):
                return True
        if 0 < k < j and comma_before and self._long_who_clause_after_name(frame, k):
            return True
        if boundary in QUESTION_OPENERS and self._asked_question_then_pronoun(k, subject_end) and self._choose_subject(frame, [subject_end - 1]):
            return True  # "Asked on Fox News who leads the party, he said Ryan": "who" opens the question asked, not a relative clause
        if boundary == "who" and self._named_only_as(frame, k + 1, subject_end):
            return True
        if boundary in {"who", "whom"}:
            commas = [x for x in range(k + 1, subject_end) if lowers[x] == ","]
            if commas and commas[-1] == subject_end - 2 and self.lowers[subject_end - 1] in SUBJECT_PRONOUNS and (
                    self._choose_subject(frame, [subject_end - 1])):
                return True  # "The cut will hurt families who rely on the program, he said": the pronoun after the clause speaks
            if boundary == "who" and commas and commas[-1] + 1 < subject_end and (
                    is_name_phrase(self.tokens[commas[-1] + 1:subject_end]) or not participle and self._source_phrase(commas[-1] + 1, subject_end)):
                # "Like other owners who foresee a boom, Mr. Schmidt said": the name after the clause speaks
                return self._choose_subject(frame, list(range(commas[-1] + 1, subject_end)))
        if subject_end > 3 and (self._subject_relative_before(frame, i, subject_end) or self.lowers[subject_end - 1] == "," and (
                self._long_who_clause_before(frame, i, subject_end))):
            return True
        if (boundary == "who" or boundary == "whose" and self._has_verb(k + 1, subject_end)) and k > 0 and self.tokens[k - 1].is_word and not (
                self.lowers[k - 1] in CLAUSE_BOUNDARIES) and not (boundary == "who" and self._who_object_gap(frame, k, subject_end)):
            # "A senior diplomat who spoke on condition of anonymity said", "The officials whose laws were struck
            # down say": the phrase before "who"
            if self._attach_subject_before(frame, k):
                return True
        segment = list(range(k + 1, subject_end))
        if boundary in {"and", "but"} and self._occasion_phrase(segment):
            # "The clerk first said ..., but in a later interview said ...", "... but on Tuesday wrote that ...": when or
            # where, and no subject of its own: the verb is the clause's subject's second
            frame.inherit = True
            frame.kind = "inherit"
            frame.subject_start = None
            return True
        if boundary in OPENING_SUBORDINATORS and all(not self.tokens[x].is_word or self.lowers[x] in ACCORDING_OPENERS for x in range(k)):
            # "If costs keep rising, forecasters say ...", "Unless the plan changes, they said ...": the subject follows the clause's comma
            comma = next((x for x in reversed(segment) if self.lowers[x] == ","), None)
            if comma is not None and comma + 1 < subject_end and self._choose_subject(frame, list(range(comma + 1, subject_end))):
                return True
        if boundary == "and" and comma_before and self._relative_list_before(frame, k):
            return True
        if boundary == "but" and self._all_but(frame, i, k, subject_end):
            return True
        if boundary == "and" and self.lowers[i].endswith("ing") and segment and self.tokens[segment[0]].is_capitalized and (
                is_name_phrase([self.tokens[x] for x in segment])) and self._absolute_participle_before(k) and self._choose_subject(frame, segment):
            return True  # "- Lee saying he was 'encouraged' and Holt calling it a 'great meeting'": each name with its own participle
        if boundary == "and" and k > 3 and self.tokens[k - 1].is_capitalized and self._party_tag_then_role(frame, k, subject_end):
            return True
        if boundary == "and" and self._coordinated(frame, k, segment):
            return True
        if boundary == "and" and self._places_joined_in_phrase(frame, k, segment):
            return True
        if boundary == "and" and self._coordinated_group(frame, i, k, segment):
            return True
        if participle and j == i - 1 and self._people_before_participle(frame, i):
            return True
        if participle and j == i - 1 and len(segment) >= 4 and self.lowers[segment[-3]] in {"at", "during"} and (
                self.lowers[segment[-1]] in ADVERBIAL_NOUNS) and self.tokens[segment[0]].is_capitalized:
            # "Holt went after Marsh at the debate refusing to recant": a participle after where it happened hangs on the clause
            frame.inherit = True
            frame.kind = "inherit"
            frame.subject_start = None
            return True
        last_comma = next((x for x in reversed(segment) if self.lowers[x] == ","), None) if participle else None
        if last_comma is not None and last_comma + 3 == subject_end - 1 and (
                self._share_of_them(list(range(last_comma + 1, subject_end)) + [i])) and self._choose_subject(frame, list(range(last_comma + 1, subject_end))):
            return True  # "Agents stopped thousands of families, most of them seeking asylum": the share is the participle's subject
        if participle and any((self.lowers[x].endswith("ed") and len(self.lowers[x]) > 4 or self.lowers[x] in SENDING_PASTS) and (
                # ("A coalition - including ... - sent a letter urging ...": the dash closes an aside; the verb right after it is the clause's)
                not self.tokens[x].is_capitalized) for x in (segment if boundary in ("-", "—", "–") else segment[1:])):
            # "The senator emailed supporters saying ...", "she revised her statement explaining that ...": a
            # participle hung on a clause; its speaker is that clause's subject
            frame.inherit = True
            frame.kind = "inherit"
            frame.subject_start = None
            return True
        if len(segment) > 1 and self.lowers[segment[-1]] in {"he", "she", "they", "we"} and (
                self.tokens[segment[-2]].is_word or self.lowers[segment[-2]] in ("-", "—", "–")) and self.lowers[segment[-2]] != ",":
            segment = segment[-1:]  # "at the town hall this week she said", "she drew his ire - he called her": the pronoun is the subject
        if boundary == "and" and self.lowers[0] == "both" and k > 0:
            segment = list(range(0, subject_end))
            boundary = None
        if boundary == "that" and k == self.story_start and self.tokens[k].is_capitalized and segment and self.tokens[segment[0]].is_word and (
                self.lowers[segment[0]] not in SUBJECT_PRONOUNS):
            segment, boundary = [k] + segment, None  # "That person said ...": a demonstrative opening the sentence, no relative clause
        holds_word = self._holds_word(segment)
        if boundary in {"who", "which", "whose", "whom"} and holds_word and comma_before and k > 1 and (
                self.lowers[k - 1] == "," or self.tokens[k - 1].quote is not None and self._quote_ends_with_comma(k - 1)):
            # ('Sam Solovey, a contestant on the show "The Apprentice," who went on to work for him, said': the comma inside the title)
            if self.tokens[k - 1].quote is not None and k > 2:
                return self._attach_subject_before(frame, k - 1)
            # "Dr. Anna Cole, who chairs the committee, said", "Lee, whose home, Tampa, floods, argues": the
            # speaker is before the relative clause
            return self._attach_subject_before(frame, k)
        if boundary == "who" and not participle and k > 1 and self.lowers[k - 1] == "," and sum(self.tokens[x].is_word for x in segment) >= 3 and (
                self._unclosed_who_clause(segment)):
            # "Dana Moss, who is chairman of Save Our Farms PAC said": the comma closing the clause is missing; the name
            # before it speaks, not the clause
            return self._attach_subject_before(frame, k)
        if not holds_word:
            if boundary in ("who",) and k > 0:
                frame.in_relative = True  # "Ann Lee, who wrote the bill, said ...": this cue is inside her description
                return self._attach_subject_before(frame, k)
            if boundary == "which" and k > 1 and self.lowers[k - 1] == "," and self._body_holds(frame, k):
                return True  # "Monsanto, which opposed the bill", "The union, which endorsed Clinton": a body's stance
            if boundary == "which" and k > 1 and self.lowers[k - 1] == ",":
                return self._outlet_before(frame, k - 1)
            if boundary == "that" and k > 1 and self.tokens[k - 1].is_word and self.lowers[k - 1] in word_set("document_heads") | {"headline", "sign", "signs", "banner", "shirt", "shirts", "ad"}:
                # "under a headline that said, '...'", "a sign that read": the written thing speaks
                frame.in_relative = True
                return self._attach_subject_before(frame, k)
            if boundary in (None, "and", "but", ",", "\x00quote", "while", "whilst", "before", "after", "as", "by") or (
                comma_before
            ):
                frame.inherit = True
                frame.kind = "inherit"
                frame.subject_start = None
                return True
            return False
        if (boundary in {"which", "that", "whom"} or boundary == "who" and holds_word or boundary == "what" and frame.cue_verb is not None and (
                frame.cue_verb.bare and not frame.cue_verb.belief)) and not (boundary != "what" and k > 0 and self.lowers[k - 1] in ("in", "on", "during", "where")) and not (
                boundary == "that" and k > 0 and (cue_verb(self.lowers[k - 1]) is not None and not self._determined_noun_at(k - 1) or self.lowers[k - 1].endswith("ing")
                                                  or self.lowers[k - 1] in COMPLEMENT_THAT_AFTER)) and not (
                # "On top of that, Trump said ...", "Around that time, 47 percent said ...": a comma after a
                # demonstrative "that" ends an opening phrase; a relative "that" runs into its clause
                boundary in ("that", "which", "what") and any(self.lowers[x] == "," for x in segment)):
            # ("Promising that his books would ..., Bolton said": "that" there opens a clause, not a relative one)
            frame.relative = True  # "in which an executive wrote that ...": a whole clause, its cue reports
            frame.relative_at = k
        if subject_end == i and i + 2 < self.n and self.lowers[i + 1] == "," and self._interjected_after_subject(frame, i, segment, subject_end):
            return True
        found = self._choose_subject(frame, segment) or self._opening_name_described(frame, subject_end) or self._described_by_relative(frame, k) or (
            self._those_described(frame, i, segment))
        if found and frame.relative and boundary == "whom" and comma_before and frame.subject_start is not None and frame.subject_start < k:
            frame.relative, frame.relative_at = False, None  # "Ann Lee, a rival whom Holt fired, said that ...": the clause describes the speaker
        return found

    def _display_before_participle(self, frame: Frame, i: int) -> bool:
        """"Guests are given printed tickets telling them when to board", "prompted the paper to print a cover saying ...", "saw
        a road sign warning of ...": a sign, a cover or a printed card right before the participle says it (as "a sign that
        read ..." does), not whoever is handed it, sees it or is the clause's subject; people who carry or wave it say it."""
        head = i - 1
        if self.lowers[head] not in DISPLAY_TEXTS or not self.tokens[head].is_word or self.tokens[head].is_capitalized:
            return False
        start = head  # (its determiner a few plain words back opens the phrase, "a digital road sign"; without one, the noun alone)
        for x in range(head - 1, max(-1, head - 4), -1):
            if not self.tokens[x].is_word or self.tokens[x].is_capitalized:
                break
            if self.lowers[x] in NOUN_DETERMINERS:
                start = x
                break
        if start > 0 and self.lowers[start - 1] in CARRYING_FORMS:
            return False  # "Marchers carried banners supporting Reyes": the people who hold it up say it
        if start > 0 and self.lowers[start - 1] in RELEASING_FORMS:
            frame.inherit, frame.kind = True, "inherit"  # "The union ran posters calling ...": its maker's words, as with ads
            return True
        phrase = self.text[self.tokens[start].start:self.tokens[head].end]
        frame.mention = Mention(phrase, self.tokens[start].start, self.tokens[head].end, phrase, "unnamed", head=self.lowers[head], definite=self.lowers[start] == "the")
        frame.subject_start = start
        return True

    def _absolute_with_joined(self, frame: Frame, i: int) -> bool:
        """"The council warned the owners, with senior officials citing its power and vowing to ...": a participle that "and"
        joins to one right after the people an opening or comma-led "with" brings in is theirs, as the first one is."""
        if self.lowers[i - 1] != "and":
            return False
        first = next((x for x in range(i - 2, max(self.story_start, i - 14), -1) if not self.tokens[x].is_word or self.lowers[x] == "," or (
            self.lowers[x].endswith("ing") and not self.tokens[x].is_capitalized)), None)
        if first is None or not self.lowers[first].endswith("ing"):
            return False
        start = next((x for x in range(first - 1, max(self.story_start, first - 7) - 1, -1) if not self.tokens[x].is_word or self.lowers[x] == "with"), None)
        if start is None or self.lowers[start] != "with" or start + 1 >= first or not (start == self.story_start or self.lowers[start - 1] == ","):
            return False
        return self._choose_subject(frame, list(range(start + 1, first)))

    def _holds_word(self, segment: list[int]) -> bool:
        """Whether a word (no punctuation, no quotation) stands at one of ``segment``'s positions: mostly its first."""
        for x in segment:
            if self.tokens[x].is_word:
                return True
        return False

    def _bare_after_object(self, frame: Frame, i: int, j: int) -> bool:
        """The cue a bare infinitive right after the word at ``j``: "helped a writer publish"."""
        return frame.cue_verb is not None and self.lowers[i] == frame.cue_verb.lemma and self.tokens[j].is_word and self.lowers[j] not in ADVERBIAL_BOUNDARIES and self.lowers[i - 1] != "to" and not any(
            self.lowers[x] in AUXILIARIES or self.lowers[x] in PLAIN_NEGATIONS or self.lowers[x] == "to" for x in range(j + 1, i))

    def _last_of(self, words: frozenset[str], start: int, stop: int) -> int | None:
        """The last position from ``start`` back to (not including) ``stop`` that holds a word of ``words``. (A loop: a
        generator that next() stops early costs some 2k instructions to close.)"""
        lowers = self.lowers
        for x in range(start, stop, -1):
            if lowers[x] in words:
                return x
        return None

    def _first_of(self, words: frozenset[str]) -> int:
        """Where the sentence first holds a word of ``words`` (self.n when nowhere), found once a sentence for each set: a
        rule that needs such a word before a cue asks this before searching back for it."""
        first = self._firsts.get(words)
        if first is None:
            present = words.intersection(self.lowers)  # (one scan in C; most sentences hold none of the words)
            first = self._firsts[words] = min(map(self.lowers.index, present)) if present else self.n
        return first

    def _object_of_perceiving_verb(self, frame: Frame, j: int) -> bool:
        """"The ad features farmers talking about ...", "the report cheered Democrats hoping to ...", "it was hearing a
        candidate promising ...", "helped a writer publish ...": after a verb that shows, hears, moves or helps people, a
        participle (or bare infinitive) right after its object describes the object, and the object speaks or hopes (not
        "emailed supporters saying": a sender's words)."""
        end = self._object_end_before_participle(j)
        if end is None:
            return False
        verb = next((x for x in range(end - 1, max(self.story_start, end - MAX_SUBJECT_TOKENS) - 1, -1) if self.tokens[x].quote is not None
                     or self.lowers[x] in PERCEIVING_VERBS or self.lowers[x] in ADVERBIAL_BOUNDARIES or self.lowers[x] in HARD_PUNCT or self.lowers[x] == ","), None)
        if verb is None or self.lowers[verb] not in PERCEIVING_VERBS or self.tokens[verb].is_capitalized or verb > 0 and self.lowers[verb - 1] in word_set("passive_aux") and (
                not self.lowers[verb].endswith("ing")):
            return False  # ("Others could be heard calling friends": a passive has no object; "was hearing X" has)
        cut = next((x for x in range(verb + 2, end) if self.lowers[x] in ("with", "from")), end + 1)  # "farmers with varied roots speaking"
        if any(self._choose_subject(frame, list(range(verb + 1, last))) for last in dict.fromkeys((end + 1, cut))) and frame.mention.kind != "pronoun" and (
                self._may_believe(frame.mention)):
            return True
        frame.mention, frame.subject_start, frame.phrase_start, frame.apposition_role = None, None, None, None
        if self.lowers[verb] in LEAVING_VERBS:
            frame.inherit, frame.kind = True, "inherit"  # "The mayor left the meeting saying ...": a place, not people; she speaks
            return True
        return False

    def _object_end_before_participle(self, j: int) -> int | None:
        """Where the object a participle describes ends, ``j`` the word before the participle: that word itself; the
        object before a comma aside ("left many voters, including his allies, wondering"); the object of the first of two
        participles joined by "and" ("features farmers speaking Spanish and talking about ...")."""
        if self.lowers[j] == ",":
            opening = next((x for x in range(j - 2, max(self.story_start, j - 10), -1) if self.lowers[x] == ","), None)
            return opening - 1 if opening is not None and self.lowers[opening + 1] in ("including", "among") else None
        if self.lowers[j] == "and":
            first = next((x for x in range(j - 1, max(self.story_start, j - 8), -1) if not self.tokens[x].is_word or self.lowers[x].endswith("ing")), None)
            return first - 1 if first is not None and self.tokens[first].is_word and not self.tokens[first].is_capitalized else None
        return j

    def _who_object_gap(self, frame: Frame, k: int, subject_end: int) -> bool:
        """"a man who police say fired the shots", "hackers who U.S. officials say are tied to ...": a short noun phrase
        without a verb between "who" and "say", and the clause after "say" missing its subject: the phrase speaks (the
        relative clause is what it says, as after "which"), not the people "who" stands for."""
        i = frame.cue_index
        if frame.cue_verb is None or frame.cue_verb.lemma != "say" or subject_end != i or not 0 < subject_end - k - 1 <= 4:
            return False
        if not all(self.tokens[x].is_word and self.tokens[x].quote is None for x in range(k + 1, subject_end)) or self._has_verb(k + 1, subject_end):
            return False
        return self.lowers[k + 1] not in ("he", "she", "it", "i", "you") and self._gap_clause_at(i + 1)

    def _asked_question_then_pronoun(self, k: int, subject_end: int) -> bool:
        """A question word after "asked" (a few words back, no comma between), and a comma and "he"/"she"/"they" right
        before the cue: the pronoun answers; what stands before the question word is where it was asked."""
        if subject_end - k < 3 or self.lowers[subject_end - 1] not in ("he", "she", "they") or self.lowers[subject_end - 2] != ",":
            return False
        for x in range(k - 1, max(-1, k - 8), -1):
            if self.lowers[x] in ("asked", "asking"):
                return True
            if not self.tokens[x].is_word:
                return False
        return False

    def _people_spoken_with(self, frame: Frame, k: int, subject_end: int) -> bool:
        """"Several people I've spoken with over the last few weeks said", "Voters we talked to say": people, then a
        clause without "who" saying how the writer met them; the people and that clause speak together."""
        x = k - 1
        if x < 2 or not (self.lowers[x].endswith(("ed", "en")) or self.lowers[x] in SPOKEN_WITH_PASTS):
            return False
        x -= 1
        if self.lowers[x] in ("have", "has", "had", "'ve", "’ve"):
            x -= 1
        if x < 1 or not (self.lowers[x] in SUBJECT_PRONOUNS or self.lowers[x] == "you" or CONTRACTED_VERB.match(self.lowers[x]) and self.lowers[x][:1] in "iwyt"):
            return False
        head = x - 1
        if self.lowers[head] not in word_set("unnamed_heads") or not self.lowers[head].endswith(("s", "people")) or any(self.lowers[y] == "," or not self.tokens[y].is_word for y in range(k, subject_end)):
            return False
        start = head
        while start > self.story_start and self.tokens[start - 1].is_word and (
                self.lowers[start - 1] in SPEAKER_DETERMINERS or self.lowers[start - 1] in ("the", "most", "all", "few") or self._adjective_at(start - 1)):
            start -= 1
        if start > self.story_start and self.tokens[start - 1].is_word and self.lowers[start - 1] not in ACCORDING_OPENERS:
            return False
        first, last = self.tokens[start], self.tokens[subject_end - 1]
        phrase = self.text[first.start:last.end]
        frame.mention = Mention(phrase, first.start, last.end, phrase, "unnamed", head=self.lowers[head])
        frame.subject_start, frame.phrase_start = start, None
        return True

    def _interjected_after_subject(self, frame: Frame, i: int, segment: list[int], subject_end: int) -> bool:
        """"Mrs. Clinton, these people said, would be open to ...": no comma between the last phrase and the cue, a comma and
        the clause's verb right after it: the cue is set off inside the clause, and the phrase right before it (not the
        name opening the clause) speaks."""
        comma = next((x for x in reversed(segment) if self.lowers[x] == ","), None)
        if comma is None or subject_end != i or comma + 1 >= subject_end or i + 2 >= self.n or self.lowers[i + 1] != "," or not self._resumed_verb_at(i + 2):
            return False
        if frame.cue_verb is None or not frame.cue_verb.bare or any(self.tokens[x].quote is not None for x in range(comma + 1, subject_end)):
            return False
        return self._choose_subject(frame, list(range(comma + 1, subject_end)))

    def _those_described(self, frame: Frame, i: int, segment: list[int]) -> bool:
        """"Those over 60 say", "those with college degrees said", "Those in the middle say": "those" and the
        phrase that says who they are (no verb in it) speak together."""
        words = [x for x in segment if self.tokens[x].is_word]
        if not 2 <= len(words) <= 6 or len(words) != len(segment) or self.lowers[words[0]] != "those" or self.lowers[words[1]] not in THOSE_PREPOSITIONS:
            return False
        if frame.cue_verb is None or frame.cue_verb.evidence or self.lowers[i].endswith("ing") or any(
                self.lowers[x] in FINITE_VERBS or self.lowers[x] in AUXILIARIES or self.lowers[x] in CLAUSE_BOUNDARIES and x != words[1] for x in words):
            return False
        first, last = self.tokens[words[0]], self.tokens[words[-1]]
        phrase = self.text[first.start:last.end]
        frame.mention = Mention(phrase, first.start, last.end, phrase, "unnamed", head="those")
        frame.subject_start = words[0]
        frame.phrase_start = None
        return True

    def _hyphen_in_name(self, k: int) -> bool:
        """"the Council on American - Islamic Relations Alia Salem said": a hyphen spaced on both sides between two
        capitalised words joins one name when more capitalised words follow than a person's name holds; before a
        name alone or a title it is a dash ("Dover - Ann Lee said", "Brooklyn - Mrs. Clinton said")."""
        before, hyphen, after = self.tokens[k - 1], self.tokens[k], self.tokens[k + 1]
        if not (before.is_capitalized and before.end < hyphen.start and hyphen.end < after.start):
            return False
        run = k + 1
        while run < len(self.tokens) and self.tokens[run].is_capitalized and not self.tokens[run].text.endswith("."):
            run += 1
        return run - (k + 1) > NAME_WORDS_AFTER_HYPHEN

    def _long_who_clause_before(self, frame: Frame, i: int, subject_end: int) -> bool:
        """"Some voters who have heard his speeches over the years, on television or at small events, said": a
        "who" clause running through commas and "or" up to the comma before the cue describes the people before it."""
        if subject_end < 5 or self.lowers[subject_end - 1] != "," or self.lowers[i].endswith("ing") or frame.cue_verb is None or frame.cue_verb.belief:
            return False
        who = None
        for x in range(subject_end - 2, max(0, subject_end - 30), -1):
            if self.tokens[x].quote is not None or self.lowers[x] in HARD_PUNCT or self.lowers[x] in SENTENCE_END or (
                    not self.tokens[x].is_capitalized and (self.lowers[x] in FINITE_CUE_FORMS or self._past_cue_at(x))) and self.lowers[x - 1] not in AUXILIARIES:
                return False
            if self.lowers[x] == "who":
                who = x
                break
            if self.lowers[x] in CLAUSE_BOUNDARIES and self.lowers[x] not in {"and", "or", "with"}:
                return False  # ("charges that Rush Limbaugh, for one, called": another clause's subject)
        if who is None or who < 1 or not self.tokens[who - 1].is_word or self.lowers[who - 1] in CLAUSE_BOUNDARIES or self.lowers[who - 1] == ",":
            return False  # ("Ann Lee, who ..., said": read where the comma before "who" is)
        if self.lowers[self.story_start].endswith("ing") and not any(self.lowers[x] == "," for x in range(self.story_start, who)):
            return False  # ("Boasting 108,000 residents who ..., called": an opening participle's object, not a subject)
        if not any(self.lowers[x] == "," for x in range(who + 1, subject_end - 1)):
            return False  # one stretch without commas: the rules above read it
        return self._attach_subject_before(frame, who)

    def _source_phrase(self, start: int, end: int) -> bool:
        """"legal experts", "the union", "several labor lawyers": a short verbless phrase the lexicon knows as a
        source (unnamed or an organisation), which may speak after a comma that ends a clause about someone else."""
        if not 0 < end - start <= 6 or not self.tokens[start].text.isalpha() or not all(self.tokens[x].is_word for x in range(start, end)) or any(
                self.lowers[x] in FINITE_VERBS or self.lowers[x] in AUXILIARIES or self.lowers[x] in CLAUSE_BOUNDARIES for x in range(start, end)):
            return False
        mention = parse_mention(self.text, self.tokens[start:end])
        return mention is not None and not mention.generic and mention.kind in ("unnamed", "organization") and mention.start == self.tokens[start].start

    def _subject_relative_before(self, frame: Frame, i: int, subject_end: int) -> bool:
        """"Groups that back the mayor say", "Progressive organizations that have endorsed him say", "those who
        back her rivals say": a relative clause whose verb follows its pronoun describes the people before it, and
        its object never speaks ("the plan that officials say will ...", "the bill that the mayor says ..." leave
        the pronoun to the clause whose subject follows it)."""
        window = self.lowers[max(0, subject_end - 12):subject_end - 1]
        if _RELATIVE_PRONOUNS.isdisjoint(window):  # (one scan of the window for the three words)
            return False
        verb = frame.cue_verb
        if subject_end < 4 or verb is None or verb.belief or verb.evidence or self.lowers[i].endswith("ing") or not self.tokens[subject_end - 1].is_word or (
                self.lowers[subject_end - 1] in CLAUSE_BOUNDARIES or self.lowers[subject_end - 1] in ("that", "who", "which")) or "to" in self.lowers[subject_end:i]:
            # (speech only; "... the groups that brought them in and say": the clause ended before "and"; "a win that
            # led her to declare": an infinitive's subject is the object before it)
            return False
        r = next((x for x in range(subject_end - 2, max(0, subject_end - 12), -1) if self.lowers[x] in ("that", "who", "which")
                  or not self.tokens[x].is_word or self.lowers[x] in CLAUSE_BOUNDARIES or self.lowers[x] in FINITE_CUE_FORMS), None)
        if r is None or r < 1 or self.lowers[r] not in ("that", "who", "which") or r <= self.story_start:
            return False
        before = self.lowers[r - 1]
        demonstrative = before == "those" and self.lowers[r] == "who"  # "those who back her rivals": the clause says who
        if not self.tokens[r - 1].is_word or before in CLAUSE_BOUNDARIES or before in NOUN_DETERMINERS and not demonstrative or before in NOUN_PREPOSITIONS and not demonstrative or (
                before in COMPLEMENT_THAT_AFTER or cue_verb(before) is not None or before.endswith("ing") or _looks_like_verb(before)):
            return False
        v = r + 1
        while v < subject_end - 1 and (self.lowers[v] in VERB_ADVERBS or _adverb_by_ending(self.lowers[v])):
            v += 1
        verb, after = self.lowers[v], self.lowers[v + 1] if v + 1 < subject_end else None
        if self.tokens[v].is_capitalized or not self.tokens[v].is_word or verb in SPEAKER_DETERMINERS or verb in NOUN_DETERMINERS or (
                verb in SUBJECT_PRONOUNS or verb in OPENING_QUANTIFIERS or verb in ("it", "you", "there", "this", "that")):
            return False
        opens_verb = verb in AUXILIARIES or verb in MODALS or after is not None and (
            after in DETERMINERS_AFTER_TO - {"this", "that", "these", "those"} or after in HEARER_PRONOUNS or self.tokens[v + 1].is_capitalized)
        if not opens_verb:
            return False
        if demonstrative:
            if r - 1 > self.story_start and self.tokens[r - 2].is_word and self.lowers[r - 2] not in CLAUSE_BOUNDARIES | OPENING_CONJUNCTIONS:
                return False  # "among those who ...", "of those who ...": the clause belongs to a phrase before
            first, last = self.tokens[r - 1], self.tokens[subject_end - 1]
            phrase = self.text[first.start:last.end]
            frame.mention = Mention(phrase, first.start, last.end, phrase, "unnamed", head="those")
            frame.subject_start = r - 1
            frame.phrase_start = None
            return True
        return self._attach_subject_before(frame, r)

    def _relative_list_before(self, frame: Frame, k: int) -> bool:
        """"Dana Holt, who worked in Ohio, Iowa and Texas, said": the "and" ends a list inside the relative
        clause after her name (a comma closes it before the cue); the name before ", who" speaks."""
        rel = next((x for x in range(k - 1, max(0, k - 25), -1) if self.lowers[x] == "who" or self.lowers[x] in HARD_PUNCT
                    or self.tokens[x].quote is not None), None)
        return rel is not None and rel > 1 and self.lowers[rel] == "who" and self.lowers[rel - 1] == "," and (
            self.tokens[rel - 2].is_word) and self._attach_subject_before(frame, rel)

    def _relative_verb_before(self, frame: Frame, k: int) -> bool:
        """"Even farmers who have praised the levy warned that ...": the verb at ``k`` that ended the subject
        search belongs to a "who" clause (no comma before the cue); its object does not speak, the people the
        clause describes do."""
        if not self.tokens[k].is_word or self.tokens[k].is_capitalized or not (self.lowers[k] in FINITE_CUE_FORMS or self._past_cue_at(k)):
            return False
        who = k - 1
        while who > 0 and (self.lowers[who] in AUXILIARIES or self.lowers[who] in VERB_ADVERBS):
            who -= 1
        return who > 0 and (self.lowers[who] == "who" or self._relative_that_after_noun(who)) and self.tokens[who - 1].is_word and (
            self.lowers[who - 1] not in CLAUSE_BOUNDARIES) and self._attach_subject_before(frame, who)

    def _relative_that_after_noun(self, x: int) -> bool:
        """"Organizations that have endorsed him say ...": "that" or "which" after a noun (no verb, no cue) opens a
        relative clause describing the speakers, so its object pronoun is nobody's subject."""
        return self.lowers[x] in ("that", "which") and x + 1 < self.n and x > 0 and self.tokens[x - 1].is_word and not (
            _looks_like_verb(self.lowers[x - 1]) or self.lowers[x - 1] in PREPOSITIONS or self.lowers[x - 1].endswith("ing")) and (
            _people_or_body(self.lowers[x - 1]))

    def _sender_of_document_before(self, frame: Frame, i: int) -> bool:
        """"a letter the Reyes campaign sent the party on Monday alleging that ...": a participle after a document and the
        clause naming who sent it, without "that" (a contact relative clause), is what the sender says in it."""
        if self._first_of(SENT_DOCUMENT_VERBS) >= i:
            return False
        for verb in range(i - 1, max(1, i - 8), -1):
            if not self.tokens[verb].is_word or self.tokens[verb].quote is not None:
                return False
            if self.lowers[verb] in SENT_DOCUMENT_VERBS:
                break
        else:
            return False
        document = next((x for x in range(verb - 2, max(-1, verb - 7), -1) if self.lowers[x] in RELEASED_DOCUMENTS), None)
        if document is None or self.lowers[document + 1] not in ("the", "a", "an", "his", "her", "their", "its") and not self.tokens[document + 1].is_capitalized:
            return False
        return self._choose_subject(frame, list(range(document + 1, verb)))

    def _attach_object_holders_subject(self, frame: Frame, pronoun: int) -> bool:
        """"Some Democrats have called her to say ...", "Mr. Holt pleaded with them to reject ...": an object pronoun is
        never the speaker; the infinitive says what the subject of the verb it is the object of came or asked for."""
        verb = pronoun - 2 if self.lowers[pronoun - 1] in OBJECT_PRONOUN_PREPOSITIONS else pronoun - 1
        if verb < 1 or self.tokens[verb].is_capitalized or not _looks_like_verb(self.lowers[verb]):
            return False
        return self._attach_subject(frame, verb)

    def _participle_before_its_object(self, x: int) -> bool:
        """"echoing some pundits", "hearing a candidate", "citing experts": a verb's participle and the noun phrase it
        takes (not a participle describing a noun: "leading Democrats", "acting director", "voting members")."""
        word = self.lowers[x]
        return word.endswith("ing") and not self.tokens[x].is_capitalized and (
            self.lowers[x + 1] in NOUN_DETERMINERS or self.lowers[x + 1] in OPENING_QUANTIFIERS or (
                cue_verb(word) is not None and word not in PARTICIPLE_CUT_REJECTED))

    def _unclosed_who_clause(self, segment: list[int]) -> bool:
        """"who is chairman of X", "who chairs the Farm Board" before a cue: the relative clause's own verb opens the
        words, not a subject of the cue ("who the mayor said", "who experts say" have theirs), and no comma is inside."""
        first = self.lowers[segment[0]]
        return not self.tokens[segment[0]].is_capitalized and first not in NOUN_DETERMINERS and first not in SUBJECT_PRONOUNS and (
            first not in word_set("unnamed_heads")) and (first in AUXILIARIES or _looks_like_verb(first) or first.endswith("s")) and not any(
            self.lowers[x] in (",", "who", "that", "which") for x in segment)

    def _requiring_verb_before(self, to: int) -> int | None:
        """"The rule requires staffers to promise ...", "ordered the city to pay ...": a verb that asks an act of its
        object (and is no cue itself) before the infinitive's object; what it asks is its own subject's, as with an
        object pronoun (_attach_object_holders_subject). Causatives ("led Lee to resign") are left out: there the
        object acts."""
        for x in range(to - 2, max(0, to - 7), -1):
            word = self.lowers[x]
            if word in REQUIRING_VERBS:
                return x if self.lowers[x - 1] not in PASSIVE_BEFORE else None
            if not self.tokens[x].is_word or self.tokens[x].quote is not None or word in CLAUSE_BOUNDARIES:
                return None
        return None

    def _purpose_infinitive(self, i: int) -> bool:
        """"took his daughter there to explain ...", "breaking with the chairwoman, Ann Lee, to argue ...",
        "announced the creation of a website to explain ...": an infinitive after a finished clause (its object,
        a place or a comma) says why the clause's subject acted; never after a verb that hands the infinitive
        to its object ("urged Lee to tell") or a noun it describes ("the first member to endorse")."""
        before = i - 2
        word = self.lowers[before]
        if word == "," or word in PURPOSE_PLACE_WORDS:
            verb = next((x for x in range(before - 1, max(-1, before - 20), -1) if self.tokens[x].is_word and not self.tokens[x].is_capitalized and (
                self.lowers[x] in IRREGULAR_PASTS or self.lowers[x] in FINITE_VERBS or self.lowers[x].endswith("ed") and len(self.lowers[x]) > 4)), None)
            return verb is not None and self.lowers[verb] not in OBJECT_CONTROL_VERBS and not any(
                self.tokens[x].quote is not None or self.lowers[x] in HARD_PUNCT for x in range(verb, before))
        if not self.tokens[before].is_word or self.tokens[before].is_capitalized or _looks_like_verb(word) or word in OBJECT_CONTROL_VERBS:
            return False
        start = before
        while start > 0 and before - start < 6 and self.tokens[start - 1].is_word and not self.tokens[start - 1].is_capitalized and (
                not _looks_like_verb(self.lowers[start - 1]) and self.lowers[start - 1] not in CLAUSE_BOUNDARIES):
            start -= 1
        if start == 0 or self.lowers[start] not in NOUN_DETERMINERS or any(self.lowers[x] in ("first", "last", "only", "next") for x in range(start, before)):
            return False
        verb = self.lowers[start - 1]
        return verb not in OBJECT_CONTROL_VERBS and (verb in IRREGULAR_PASTS or verb.endswith("ed") and len(verb) > 4)

    def _described_by_relative(self, frame: Frame, k: int) -> bool:
        """"Another Muslim who worshiped there and who didn't want to be named said": the people the
        relative clauses (no comma between) describe speak."""
        who = None
        for x in range(k, max(-1, k - 25), -1):
            if self.lowers[x] in {",", ";", ":", "\x00quote"} or self.lowers[x] in HARD_PUNCT or self.tokens[x].quote is not None:
                break
            if self.lowers[x] in RELATIVE_WHO and x > 0 and self.tokens[x - 1].is_word and self.lowers[x - 1] not in CLAUSE_BOUNDARIES:
                who = x
        return who is not None and self._attach_subject_before(frame, who)

    def _trailing_belief_adjective(self, i: int) -> bool:
        """"Clinton aides spent Saturday with precinct captains and key workers, confident that Democrats would ...": a
        belief adjective and its "that" clause after a comma describe the clause's subject, unless a comma and a
        verb follow ("Republicans, confident that he would lose, have ...": an aside inside the subject)."""
        if self.lowers[i] not in BELIEF_ADJECTIVES or i + 1 >= self.n or self.lowers[i + 1] != "that":
            return False
        return not any(self.lowers[x] == "," and x + 1 < self.n and (self.lowers[x + 1] in FINITE_VERBS or self.lowers[x + 1] in AUXILIARIES)
                       for x in range(i + 2, self.n))

    def _dash_before_participle(self, j: int, i: int) -> bool:
        """"..., meaning she will not campaign with him - essentially conceding that ...": a dash (a spaced hyphen
        too) right before the participle and its adverbs hangs it on the clause before, as a comma would, unless a
        dash opened a few words back sets off an aside between a subject and its verb."""
        if self.lowers[j] not in {"—", "–", "-"} or j < 2 or not self.tokens[j - 1].is_word:
            return False
        return not any(self.lowers[x] == self.lowers[j] for x in range(max(0, j - 12), j))

    def _participle_aside(self, x: int) -> bool:
        """"Trump, later alleging that ..., said": an aside opening with a participle (an adverb of time before it)."""
        if x < self.n and self.lowers[x] in ("later", "earlier", "then", "again", "also", "once") or _adverb_by_ending(self.lowers[x]):
            x += 1
        return x < self.n and self.lowers[x].endswith("ing") and len(self.lowers[x]) > 4 and not self.tokens[x].is_capitalized

    def clause_subject_before(self, lower: int, i: int) -> tuple[Mention, str] | None:
        """"..., while her main rival, Bernie Sanders, has soared in the polls by saying ...", "..., and the
        union has sued the city, saying ...": a participle hangs on the nearest finite clause before it; the
        subject of the last clause that opens (after a comma, "and", "but" or a subordinator) between ``lower``
        and the participle at ``i`` speaks, not the sentence's first subject; with the word that opens it."""
        before = i - 1
        while before > 0 and (self.lowers[before] in VERB_ADVERBS or _adverb_by_ending(self.lowers[before])):
            before -= 1
        if self.tokens[before].is_word and not self.tokens[before].is_capitalized and self.lowers[before] in word_set("unnamed_heads") and (
                self.lowers[before].endswith("s")):
            return None  # "159 delegates now supporting Clinton": the people right before the participle are its subject
        # (not "..., in which Lee played a role, is planning ...": there the main verb follows the relative clause)
        hung = self.lowers[i - 1] == "," and self.lowers[i].endswith("ing")
        for x in range(i - 2, lower, -1):
            if self.tokens[x].quote is not None or self.lowers[x] in HARD_PUNCT and self.lowers[x] != ";":
                return None
            if not (self.lowers[x] in {",", ";"} or self.lowers[x] in CLAUSE_SUBJECT_OPENERS or self.lowers[x] in {"and", "but"} and self.lowers[x - 1] == "," or (
                    # "the hotel, where strikers had gathered, chanting ...": a relative clause of place with a subject of its own
                    self.lowers[x] == "where" and hung) or (
                    # "an ad in which children use a doll ..., yelling ...": a relative clause with a subject of its own
                    self.lowers[x] == "which" and self.lowers[x - 1] in RELATIVE_SETTING_PREPOSITIONS and hung)):
                continue
            found = self._subject_then_verb(x + 1, i)
            if found is None and self.lowers[x] == "which":
                found = self._relative_clause_subject(x + 1, i)
            if found is None and self.lowers[x + 1] in PREPOSITIONS:
                found = self._subject_after_setting(x + 1, i)
            if found is not None:
                return found, self.lowers[x]
        return None

    def _relative_clause_subject(self, start: int, limit: int) -> Mention | None:
        """"in which children use a doll ...", "in which the mayor walks ...": after "in which" a clause in the present
        tense too (no tagger knows "use" for a verb): a name, or a few words ending in a person noun, then a
        lower-case word that is no preposition."""
        end = start
        if end < limit and self.tokens[end].is_capitalized:
            while end < limit and self.tokens[end].is_capitalized and self.tokens[end].is_word:
                end += 1
        else:
            if end < limit and self.lowers[end] in CLAUSE_SUBJECT_DETERMINERS:
                end += 1
            head = next((x for x in range(end, min(end + 3, limit)) if self.lowers[x] in word_set("unnamed_heads") or self.lowers[x] in word_set("role_words") or (
                self.lowers[x] in PEOPLE_IN_SCENES)), None)
            if head is None or not all(self.tokens[x].is_word and not self.tokens[x].is_capitalized for x in range(end, head)):
                return None
            end = head + 1
        if end == start or end >= limit or not self.tokens[end].is_word or self.tokens[end].is_capitalized or (
                self.lowers[end] in PREPOSITIONS or self.lowers[end] in CLAUSE_BOUNDARIES or self.lowers[end] in ("and", "or", "'s", "’s")):
            return None
        mention = parse_mention(self.text, self.tokens[start:end])
        if mention is None and end == start + 1 and self.lowers[start] in PEOPLE_IN_SCENES:
            token = self.tokens[start]  # "children": a bare plural no determiner introduces
            mention = Mention(token.text, token.start, token.end, token.text, "unnamed", head=token.lower)
        if mention is None or mention.generic or mention.kind not in ("person", "organization", "unnamed"):
            return None
        return mention

    def _subject_after_setting(self, start: int, limit: int) -> Mention | None:
        """", and within weeks the opposition had sent letters ..., calling ...": a clause that opens with a short
        phrase of time or place (a preposition and up to three words, a comma or not) has its subject after it."""
        for y in range(start + 2, min(start + 5, limit)):
            if not self.tokens[y].is_word and self.lowers[y] != "," or self.lowers[y - 1] in CLAUSE_BOUNDARIES:
                return None  # ("in which Blocher played a role": a relative clause, not a setting)
            at = y + 1 if self.lowers[y] == "," else y
            if at < limit and (self.lowers[at] in CLAUSE_SUBJECT_DETERMINERS or self.tokens[at].is_capitalized):
                found = self._subject_then_verb(at, limit, generic=True)
                if found is not None:
                    return found
        return None

    def coordinated_clause_subject(self, content: tuple[int, int], i: int) -> tuple[Mention, str] | None:
        """"Groups say the rules are unfair, and the union has sued the city over them, saying ...": a clause joined
        by ", and" / ", but" at the end of a report's content, with a subject and verb of its own, is what the
        participle after it hangs on (the last such clause; a name, a group or an organisation, never a pronoun,
        which may be the reporter's own)."""
        for x in range(min(content[1], i) - 1, content[0] + 1, -1):
            if self.tokens[x].quote is not None or self.lowers[x] in HARD_PUNCT:
                return None
            if self.lowers[x] in ("and", "but") and self.lowers[x - 1] == ",":
                found = self._subject_then_verb(x + 1, i)
                if found is not None and found.kind != "pronoun":
                    return found, self.lowers[x]
        return None

    def _bare_people_plural_at(self, start: int, limit: int) -> bool:
        """"military aides are ...", "about 50 protesters had ...": people in the plural with no determiner, a
        count or a lower-case modifier or two before them."""
        for x in range(start, min(start + 4, limit)):
            word = self.lowers[x]
            if not self.tokens[x].is_word or self.tokens[x].is_capitalized or word in CLAUSE_BOUNDARIES or _looks_like_verb(word) or (
                    word in PREPOSITIONS and word != "about"):
                return False
            if word.endswith("s") and word in word_set("unnamed_heads"):
                return True
        return False

    def _subject_then_verb(self, start: int, limit: int, generic: bool = False) -> Mention | None:
        """A subject phrase at ``start`` (a name, a pronoun or a determiner's noun phrase, a name in apposition
        after a description) right before a finite verb that comes before ``limit``."""
        if start >= limit or not self.tokens[start].is_word:
            return None
        first = self.lowers[start]
        if first in ("i", "we", "you"):
            return None  # the writer or the reader, not a source
        pronoun = first in ("he", "she", "they")
        if not (pronoun or self.tokens[start].is_capitalized and first not in CLAUSE_BOUNDARIES or first in CLAUSE_SUBJECT_DETERMINERS or (
                self._bare_people_plural_at(start, limit))):
            return None
        end = start + 1
        while not pronoun and end < limit and end - start < 8 and self.tokens[end].is_word and not _looks_like_verb(self.lowers[end]) and (
                not self.lowers[end].endswith("n’t")) and (
                self.lowers[end] not in CLAUSE_BOUNDARIES and self.lowers[end] not in PREPOSITIONS or self.lowers[end] in ("of", "for")) and (
                # "after Lee publicly chided ...": the adverb before the verb, skipped below, is no part of the subject
                self.tokens[end].is_capitalized or not _adverb_before_verb(self.lowers[end])):
            end += 1
        phrase = (start, end)
        if end + 2 < limit and self.lowers[end] == "," and not self.tokens[start].is_capitalized:
            close = next((x for x in range(end + 1, min(end + 6, limit)) if self.lowers[x] == ","), None)
            if close is not None and all(self.tokens[x].is_capitalized for x in range(end + 1, close)):
                phrase, end = (end + 1, close), close + 1  # "her main rival, Bernie Sanders, has ...": the name in apposition
        while end < limit and _adverb_before_verb(self.lowers[end]):
            end += 1
        if end >= limit or self.tokens[end].is_capitalized or not (
                self.lowers[end] in FINITE_VERBS or self.lowers[end] in IRREGULAR_PASTS or self.lowers[end].endswith("ed") and len(self.lowers[end]) > 4
                or self.lowers[end].endswith("n’t") and self.lowers[end].replace("’", "'") in FINITE_VERBS):  # "Giuliani wouldn’t"
            return None
        mention = parse_mention(self.text, self.tokens[phrase[0]:phrase[1]])
        if mention is None or mention.generic and not generic or mention.kind not in ("person", "organization", "unnamed", "pronoun"):
            return None
        return mention

    def _people_before_participle(self, frame: Frame, i: int) -> bool:
        """"donated to an outside group backing Rubio", "the largesse of hedge fund executives supporting her":
        a participle right after people named as the object of a preposition is theirs, not the clause's subject."""
        head = i - 1
        word = self.lowers[head]
        named = self._named_before_participle(head)  # "interviewed about Pope Francis calling Christmas a sham"
        if named is not None:
            return self._choose_subject(frame, list(range(named, i)))
        if not self.tokens[head].is_word or self.tokens[head].is_capitalized and word not in POLITICAL_COMMITTEES or word in word_set("document_heads") or not (
                # "a check to a super PAC backing Holt": the committee, named by its short form, backs him
                word in word_set("unnamed_heads") or word in word_set("role_words") or word in ("group", "groups", "campaign", "committee") or word in POLITICAL_COMMITTEES):
            return False
        start = head
        while start > 0 and head - start < 5 and self.tokens[start - 1].is_word and self.lowers[start - 1] not in PARTICIPLE_NP_PREPOSITIONS and (
                self.lowers[start - 1] not in SUBJECT_BOUNDARIES and (not _looks_like_verb(self.lowers[start - 1]) or "-" in self.lowers[start - 1]) and (
                    # ("a crowd-sourced fundraising campaign encouraging him": a hyphenated participle is an adjective)
                    self.lowers[start - 1] not in FINITE_VERBS)):
            start -= 1
        if start == 0 or self.lowers[start - 1] not in PARTICIPLE_NP_PREPOSITIONS or any(
                self.lowers[x] in word_set("document_heads") for x in range(max(0, start - 3), start - 1)):
            return False  # ("his memo to employees explaining the deal": the memo explains, its writer speaks)
        if self.lowers[start - 1] == "of":
            # "with 30 percent of voters saying ...": the share counted is the participle's subject, not the people it counts
            start = next((x for x in range(max(0, start - 5), start - 1) if _counted_share(parse_mention(self.text, self.tokens[x:i]))), start)
        return self._choose_subject(frame, list(range(start, i)))

    def _quantified_subject_after_noun(self, j: int) -> bool:
        """"exactly the kind of liberal jurist many Republicans fear ...": "many", "most" or "some" and a plural right
        before the cue, after a noun, open a relative clause without "that"; they are its subject."""
        if j < 3 or self.lowers[j - 1] not in {"many", "most", "some", "few"} or not self.tokens[j].is_word or not (
                self.lowers[j].endswith("s") or self.lowers[j] == "people"):
            return False
        if self.lowers[j] in NOT_CLAUSE_NOUNS:
            return False  # "even some technologists say", "the next few months"
        return self._noun_before_relative(j - 2)

    def _bare_quantifier_after_noun(self, j: int, i: int) -> bool:
        """"a final many are calling 'a classic'": "many", "some" or "most" alone after a noun, with the auxiliary of the
        cue's progressive between, opens a relative clause without "that"; it is its subject, not the clause's."""
        return 2 <= j < i - 1 and self.lowers[j] in {"many", "most", "some"} and all(self.lowers[x] in PROGRESSIVE_AUXILIARIES for x in range(j + 1, i)) and (
            self._noun_before_relative(j - 1))

    def _noun_before_relative(self, x: int) -> bool:
        """The word at ``x`` is a lower-case noun that a relative clause without "that" may follow ("the jurist many fear")."""
        noun = self.lowers[x]
        if noun in NOT_CLAUSE_NOUNS:
            return False  # "for decades some critics had been"
        return self.tokens[x].is_word and not self.tokens[x].is_capitalized and noun.isalpha() and not noun.endswith("ly") and (
            noun not in PREPOSITIONS and noun not in SUBJECT_BOUNDARIES and noun not in CLAUSE_BOUNDARIES and noun not in FINITE_VERBS and (
                noun not in AUXILIARIES and noun not in COPULAS and cue_verb(noun) is None and not _looks_like_verb(noun)) and noun not in (
                "the", "a", "an", "and", "or", "but", "that", "of", "how", "why", "what", "so", "too", "very", "as", "than", "not"))

    def _named_before_participle(self, head: int) -> int | None:
        """Where a person's name starts that a preposition governs right before the participle: "about Pope Francis
        calling ...", "of Mr. Lee saying ...". The name is the participle's subject."""
        if not self.tokens[head].is_word or not self.tokens[head].is_capitalized:
            return None
        start = head
        while start > 0 and head - start < 4 and self.tokens[start - 1].is_word and self.tokens[start - 1].is_capitalized:
            start -= 1
        if start == 0 or self.lowers[start - 1] not in NAME_PARTICIPLE_PREPOSITIONS or start == self.story_start:
            return None
        if not is_name_phrase(self.tokens[start:head + 1]) or start > 1 and self.tokens[start - 2].is_capitalized:
            return None  # ("the American Federation of Teachers calling": "of" inside a body's name)
        mention = parse_mention(self.text, self.tokens[start:head + 1])
        if mention is None or mention.kind != "person" or self.lowers[head].endswith("s") and _people_or_body(self.lowers[head]):
            return None  # ("56 percent of Americans saying", "the share of Republicans saying": a group counted)
        return start

    def _opening_name_described(self, frame: Frame, subject_end: int) -> bool:
        """"Bill Millis, a businessman who had been on the board before leaving because of differences,
        said ...": the name opening the sentence, then a description long enough to hold clauses of its
        own, set off by commas up to the cue."""
        start = self.story_start
        comma = next((x for x in range(start, min(subject_end, start + 5)) if self.lowers[x] == ","), None)
        if comma is None or comma == start or subject_end - 1 <= comma + 1 or self.lowers[subject_end - 1] != "," or comma + 1 >= self.n:
            return False
        described = self.lowers[comma + 1] in ("a", "an", "the") or self._participle_aside(comma + 1)
        if not described or any(self.lowers[x] in (";", ":") or self.lowers[x] in FINITE_CUE_FORMS for x in range(comma + 1, subject_end)):
            return False
        name = list(range(start, comma))
        if not is_name_phrase([self.tokens[x] for x in name]):
            return False
        return self._choose_subject(frame, name)

    def _end_subject_before_verb_phrase(self, frame: Frame, i: int) -> None:
        """"Critics of the album have gone on Twitter to complain ...", "Insiders were more likely to say ...", "Lee is
        disputing the report, saying ...": a subject phrase that ran on into its auxiliary and the verb phrase it opens
        ends before the auxiliary."""
        start = frame.subject_start
        if start is None:
            return
        aux = next((x for x in range(start + 1, i - 1) if self.lowers[x] in PREDICATE_AUXILIARIES), None)
        if aux is None or self.lowers[aux - 1] in ("who", "that", "which") or frame.mention.end <= self.tokens[aux].start:
            return
        after = self.lowers[aux + 1]
        if after.endswith(("ing", "ed", "en")) or after in IRREGULAR_PASTS or after in ("gone", "come", "become", "begun", "more", "less"):
            mention = parse_mention(self.text, self.tokens[start:aux])
            if mention is not None and mention.kind != "pronoun":
                frame.mention = mention

    def _opening_name_subject(self, frame: Frame, i: int) -> bool:
        """"Bill Millis, a businessman who had sat on the board until last month, said ...", "Kasich (who has 25
        delegates) said ...": when no rule found the subject, a name opening the sentence, then an aside set off by
        commas or brackets that closes right before the cue, is it (however long the aside and whatever it holds)."""
        probe = Frame(frame.kind, frame.cue, frame.cue_verb, i, i + 1)
        j = self._skip_back_adverbs(probe, i)
        if j < 2 or self.lowers[j] not in (",", ")") or probe.negated:
            return False
        start = self.story_start
        while start < j and (self.lowers[start] in ACCORDING_OPENERS or not self.tokens[start].is_word) and self.tokens[start].quote is None:
            start += 1
        x = next((y for y in range(start, j) if self.lowers[y] in (",", "(") or self.tokens[y].quote is not None), None)
        if x is None or x == start or x - start > MAX_OPENING_NAME_TOKENS or self.tokens[x].quote is not None or (self.lowers[x] == "(") != (self.lowers[j] == ")"):
            return False
        aside = range(x + 1, j)
        if len(aside) < 2 or len(aside) > MAX_OPENING_ASIDE_TOKENS or any(self.tokens[y].quote is not None or self.lowers[y] in (";", ":") for y in aside):
            return False
        if self.lowers[x] == "," and not (self.lowers[x + 1] in ("who", "whose", "a", "an", "the") or self.tokens[x + 1].is_word and not self.tokens[x + 1].is_capitalized):
            return False
        name = self.tokens[start:x]
        if not is_name_phrase(name):
            return False
        mention = parse_mention(self.text, name)
        if mention is None or mention.generic or mention.kind not in ("person", "organization"):
            return False
        frame.mention, frame.subject_start, frame.phrase_start = mention, start, None
        return True

    def _absolute_participle_before(self, k: int) -> bool:
        """Before "and" at ``k``, after a dash, comma or colon: a capitalised name and a participle of saying ("- Lee saying ...")."""
        for x in range(k - 1, max(2, k - 30), -1):
            if self.lowers[x] in HARD_PUNCT:
                return False
            if self.lowers[x].endswith("ing") and self.tokens[x - 1].is_word and self.tokens[x - 1].is_capitalized and (
                    self.lowers[x - 2] in ("—", "–", "-", ",", ":")) and cue_verb(self.lowers[x]) is not None:
                return True
        return False

    def _coordinated(self, frame: Frame, k: int, segment: list[int]) -> bool:
        """"Ann Lee and Tom Ray said", "Two analysts, Ann Lee and Tom Ray, found": names joined by
        "and" speak together."""
        if not segment or k < 1:
            return False
        end = segment[-1] + 1 if self.lowers[segment[-1]] != "," else segment[-1]
        described = next((x for x in segment[:-1] if self.lowers[x] == ","), None)
        if described is not None:
            if not self._description_closed_at(described, end):
                return False  # "Minister of Science and Youth, Dr. Ann Lee, said": a title, not two speakers
            end = described  # "Ann Lee and Tom Ray, a Democrat from Ohio, said": the apposition describes the last name
        if not is_name_phrase([self.tokens[x] for x in range(segment[0], end)]):
            return False
        last_name = self.text[self.tokens[segment[0]].start:self.tokens[end - 1].end]
        before = k
        if self.lowers[k - 1] == "," and k > 4:
            # "Ann Lee, the treasurer, and Tom Ray said": the first name has a description of its own
            opening = next((x for x in range(k - 2, max(0, k - 12), -1) if self.lowers[x] in SUBJECT_BOUNDARIES or self.tokens[x].quote is not None), None)
            if opening is not None and self.lowers[opening] == "," and self._description_closed_at(opening, k - 1):
                before = opening
        first = before
        while first > 0 and self.tokens[first - 1].is_word and self.tokens[first - 1].is_capitalized:
            first -= 1
        if first == before or before - first > 4:
            return False  # "Prices rose and Lee said": no name before "and"
        if first < k - 1 and first == self.story_start and self.lowers[first] in OPENING_CONJUNCTIONS:
            first += 1  # "But Ann Lee and Tom Ray stressed": the conjunction opens the sentence, not the name
        first = self._listed_people_before(first)
        if first > 0 and not (self.lowers[first - 1] == "," or self.tokens[first - 1].quote is not None or (
                first - 1 == self.story_start and self.lowers[first - 1] in OPENING_CONJUNCTIONS)):
            return False  # the first name must open the subject (or follow a description and a comma)
        if first > 2 and self.lowers[first - 1] == "," and self._list_ends_description(first - 1):
            return False  # "Ann Lee, an adviser to Tom Ray, Dan Holt and Eve Park, said": the names end her description
        phrase = self.text[self.tokens[first].start:self.tokens[end - 1].end]
        names = phrase if before == k else f"{self.text[self.tokens[first].start:self.tokens[before - 1].end]} and {last_name}"
        frame.mention = Mention(phrase, self.tokens[first].start, self.tokens[end - 1].end, names, "unnamed")
        frame.subject_start = first
        return True

    def _list_ends_description(self, comma: int) -> bool:
        """"Ann Lee, an adviser to Tom Ray, ...": a capitalised name ends at ``comma``, the first of names a preposition
        lists at the end of a description set after a name (not "In a letter to Tom Ray, Dan Holt and ... said")."""
        for _item in range(5):  # ("to Tom Ray, Dan Holt, Eve Park and ...": back over the names listed before)
            start = comma
            while start > 0 and self.tokens[start - 1].is_word and self.tokens[start - 1].is_capitalized and comma - start < 5:
                start -= 1
            if start == comma or start < 2 or self.lowers[start - 1] != ",":
                break
            comma = start - 1
        if start == comma or start < 4 or self.lowers[start - 1] not in PREPOSITIONS or self.tokens[start - 1].is_capitalized:
            return False
        opening = next((x for x in range(start - 2, max(0, start - 12), -1) if self.lowers[x] in SUBJECT_BOUNDARIES or self.tokens[x].quote is not None), None)
        return opening is not None and self.lowers[opening] == "," and (
            self.lowers[opening + 1] in INDEFINITE_OR_DEFINITE or self._role_word_at(opening + 1)) and self._after_name(opening)

    def _description_closed_at(self, comma: int, end: int) -> bool:
        """Between the comma at ``comma`` and ``end`` (a closing comma or the cue), a short description set after a name:
        "a Democrat from Ohio", "the treasurer", "both lawyers" (no name, no verb)."""
        return comma + 1 < end <= comma + 12 and (self.lowers[comma + 1] in ("a", "an", "the", "both") or self._is_age([comma + 1])) and (
            self._descriptive(list(range(comma + 1, end)))) and not any(self.lowers[x] in (",", "and") for x in range(comma + 1, end))

    def _listed_people_before(self, first: int) -> int:
        """"Ann Lee, Tom Ray and Dan Holt said": people named earlier in the list, each before a comma, speak with the
        two joined by "and" (a description before the comma does not: "Two analysts, Ann Lee and Tom Ray, found")."""
        while first > 1 and self.lowers[first - 1] == ",":
            start = first - 1
            while start > 0 and self.tokens[start - 1].is_word and self.tokens[start - 1].is_capitalized and first - start < 5:
                start -= 1
            if start < first - 1 and start == self.story_start and self.lowers[start] in OPENING_CONJUNCTIONS:
                start += 1  # "But Ann Lee, Tom Ray and ...": the conjunction opens the sentence, not the name
            if start == first - 1 or not (start == self.story_start or self.lowers[start - 1] == "," or self.tokens[start - 1].quote is not None or (
                    self.lowers[start - 1] in OPENING_CONJUNCTIONS and start - 1 == self.story_start)):
                break
            mention = parse_mention(self.text, self.tokens[start:first - 1])
            if mention is None or mention.kind != "person" or mention.start != self.tokens[start].start:
                break
            first = start
        return first

    def _places_joined_in_phrase(self, frame: Frame, k: int, segment: list[int]) -> bool:
        """"Because exit polls in New Hampshire and Iowa indicated ...": "and" joins two places a preposition governs;
        the subject is the noun phrase that holds them, not the last place."""
        if not segment or not all(map(_IS_CAPITALIZED, map(self.tokens.__getitem__, segment))):
            return False
        first = k
        while first > 0 and self.tokens[first - 1].is_word and self.tokens[first - 1].is_capitalized:
            first -= 1
        places = (" ".join(self.tokens[x].text for x in range(first, k)).lower(), " ".join(self.tokens[x].text for x in segment).lower())
        if first == k or first < 2 or self.lowers[first - 1] not in PLACE_PREPOSITIONS or not US_STATES.issuperset(places):
            return False
        start = first - 1
        while start > 0 and self.tokens[start - 1].is_word and self.lowers[start - 1] not in CLAUSE_BOUNDARIES and self.lowers[start - 1] != ",":
            start -= 1
        return start < first - 1 and self._choose_subject(frame, list(range(start, segment[-1] + 1)))

    def _all_but(self, frame: Frame, i: int, k: int, subject_end: int) -> bool:
        """"All but two said", "Everyone but the mayor said": "but" there means "except"; the whole phrase speaks,
        never the ones it leaves out."""
        if k < 1 or self.lowers[k - 1] not in EXCEPTING_QUANTIFIERS or k + 1 >= subject_end or not all(self.tokens[x].is_word for x in range(k + 1, subject_end)):
            return False
        first = k - 1
        if first > self.story_start and (self.tokens[first - 1].is_word and self.lowers[first - 1] not in OPENING_CONJUNCTIONS):
            return False  # ("... for all but two said": the phrase must open the subject)
        if subject_end - k > 5 or any(self.lowers[x] in FINITE_VERBS or self.lowers[x] in AUXILIARIES for x in range(k + 1, subject_end)):
            return False
        start, end = self.tokens[first].start, self.tokens[subject_end - 1].end
        phrase = self.text[start:end]
        frame.mention = Mention(phrase, start, end, phrase, "unnamed", head=self.lowers[first])
        frame.subject_start = first
        frame.phrase_start = None
        return True

    def _coordinated_group(self, frame: Frame, i: int, k: int, segment: list[int]) -> bool:
        """"She and another reporter said", "union members and leaders say", "Ann Lee, Mary Rao and other donors
        said", "Mark Hill and his wife, Jane, said": speakers joined by "and" (``k``) speak together; the first opens
        the subject (the sentence, or a comma before it) and no verb stands in either ("Prices rose and analysts
        said" joins two clauses)."""
        verb = frame.cue_verb
        if verb is None or verb.evidence or self.lowers[i].endswith("ing") or not segment or k < 1:
            return False
        right = segment[:-1] if self.lowers[segment[-1]] == "," else segment
        parts = [[]]
        for x in right:
            parts.append([]) if self.lowers[x] == "," else parts[-1].append(x)
        if not right or len(parts) > 2 or not all(parts) or not all(self.tokens[x].is_word for part in parts for x in part):
            return False
        if len(parts) == 2 and not (self.lowers[parts[0][0]] in ("his", "her", "their") and len(parts[0]) <= 3 and is_name_phrase([self.tokens[x] for x in parts[1]])):
            return False  # only "his wife, Jane" holds a comma
        first = k
        while first > 0 and self.tokens[first - 1].is_word and self.lowers[first - 1] not in SUBJECT_BOUNDARIES and k - first < 6 and not (
                self._reporting_verb_at(first - 1)):
            first -= 1
        items = [list(range(first, k))]
        while first > 1 and self.lowers[first - 1] == "," and len(items) < 5:
            # "Ann Lee, Mary Rao and ...": earlier names of the list, each between commas
            start = first - 1
            while start > 0 and self.tokens[start - 1].is_word and self.lowers[start - 1] not in SUBJECT_BOUNDARIES and first - start < 5:
                start -= 1
            item = list(range(start, first - 1))
            if not item or not is_name_phrase([self.tokens[x] for x in item]) or not is_name_phrase([self.tokens[x] for x in items[0]]):
                break
            items.insert(0, item)
            first = start
        left = items[-1]
        if not left or first <= self.story_start and first != self.story_start or len(left) > 5:
            return False
        opening = first == self.story_start or self.lowers[first - 1] == "," or self.tokens[first - 1].quote is not None or (
            self.lowers[first - 1] in OPENING_CONJUNCTIONS and first - 1 == self.story_start) or (
            # "Ms. Reed said she and her colleagues called themselves ...": the group opens a clause a reporting verb
            # reports (not after "that", where a name may begin a longer clause of its own)
            self._reporting_verb_at(first - 1)) or verb.belief and self.lowers[first - 1] in GROUP_OPENERS_FOR_BELIEF
        if not opening or first > 2 and self.lowers[first - 1] == "," and self._list_ends_description(first - 1):
            return False  # ("Ann Lee, an adviser to Tom Ray, Dan Holt and other donors, said": the list ends her description)
        words = [x for item in items for x in item] + right
        if any(self.lowers[x] in FINITE_VERBS or self.lowers[x] in FINITE_CUE_FORMS or self.lowers[x] in AUXILIARIES or self._past_cue_at(x) for x in words):
            return False
        if any(self.lowers[x] in DETERMINERS_BEFORE_ADJECTIVE and not self.tokens[x - 1].is_capitalized and self.lowers[x - 1] not in PREPOSITIONS | NOUN_DETERMINERS
               for x in left[1:]):
            return False  # "39 percent blame his supporters and 22 percent say": a verb and its object
        left_tokens = [self.tokens[x] for x in left]
        if len(left_tokens) > 1 and self.lowers[left[0]] == "both":
            left_tokens = left_tokens[1:]  # "both Canada and Mexico have shown ...": "both" opens the pair, the name follows
        right_head = parse_mention(self.text, [self.tokens[x] for x in parts[-1]]) if len(parts) == 1 else None
        if len(left) == 1 and self.lowers[left[0]] in SUBJECT_PRONOUNS:
            pass  # "She and another reporter said"
        elif len(left) == 1 and left_tokens[0].text.isalpha() and not self.lowers[left[0]].endswith("s") and right_head is not None and (
                right_head.kind == "unnamed" and not right_head.generic and (right_head.head or "").endswith("s") and right_head.start == self.tokens[right[0]].start):
            pass  # "current and former officials said": two modifiers share the plural head
        else:
            mention = parse_mention(self.text, left_tokens)
            if mention is None or mention.generic or mention.kind == "pronoun" or mention.start != left_tokens[0].start:
                return False  # ("One reason Democrats and civil rights groups say": the reason is nobody)
            if mention.kind == "unnamed" and not (mention.head or "").endswith(("s", "percent")) or (mention.head or "").endswith("ss"):
                return False  # "the Florida senator and Republican candidate said": two roles of one person
            if verb.belief and right_head is not None and right_head.kind == "person" and right_head.role:
                return False  # "Noted Catholic and radio host Ann Tilly believes": two descriptions of one person
            if len(parts[-1]) == 1 and self.tokens[parts[-1][0]].is_capitalized and any(
                    self.lowers[x] in ORGANIZATION_CONNECTORS and self.tokens[x - 1].is_capitalized for x in left[1:]):
                return False  # "The Centers for Disease Control and Prevention": one organization's name
        right_mention = parse_mention(self.text, [self.tokens[x] for x in parts[-1]])
        if right_mention is None or right_mention.kind == "pronoun" and self.lowers[parts[-1][0]] not in SUBJECT_PRONOUNS or (
                right_mention.generic and not (len(parts) == 2 or self.lowers[parts[0][0]] in ("his", "her", "their"))):
            return False
        end = self.tokens[right[-1]].end
        phrase = self.text[self.tokens[first].start:end]
        head = right_mention.head if right_mention.kind == "unnamed" and len(parts) == 1 else None  # "attorneys and legal experts": later "experts"
        frame.mention = Mention(phrase, self.tokens[first].start, end, phrase, "unnamed", head=head)
        frame.subject_start = first
        frame.phrase_start = None
        return True

    def _coordinated_before_dash(self, frame: Frame, i: int, opening: int) -> bool:
        """"Henry Paulson and Brent Scowcroft — three former officials — have said": the names joined by "and"
        before a dashed aside speak together."""
        k = next((x for x in range(opening - 2, max(self.story_start, opening - 8) - 1, -1) if self.lowers[x] == "and" or not self.tokens[x].is_word), None)
        if k is None or self.lowers[k] != "and" or k == self.story_start:
            return False
        segment = list(range(k + 1, opening))
        return self._coordinated(frame, k, segment) or self._coordinated_group(frame, i, k, segment)

    def _inside_aside(self, k: int) -> bool:
        """Token ``k`` sits in a ", while ..." / ", who ..." aside opened after the last comma before it."""
        comma = next((x for x in range(k - 1, -1, -1) if self.lowers[x] == ","), None)
        return comma is not None and (any(self.lowers[x] in ASIDE_CLAUSE_OPENERS for x in range(comma + 1, k)) or (
            comma + 1 < k and (self.lowers[comma + 1] in ("a", "an", "the", "now", "then", "once", "formerly") or self.lowers[comma + 1].isdigit())) or (
            # "Ted Moss, co-founder of the institute and advocate of ..., welcomed": a role in apposition to a name
            comma + 1 < k and comma > 0 and self.tokens[comma - 1].is_capitalized and self.lowers[comma + 1] in word_set("role_words"))) or (
            comma is not None and (self._roles_after_name(comma, k) or self._list_ending_role_after_name(comma, k))) or (
            # "Ann Lee, Tom Ray's former aide and now a lobbyist, said": a role a name owns, set after a name
            comma is not None and 0 < comma < k - 2 and self.tokens[comma - 1].is_capitalized and self.tokens[comma + 1].is_capitalized and (
                _describes(self.tokens[comma + 1:k]))) or (
            # "Ann Lee, an adviser to Tom Ray, Dan Holt and Eve Park, said": "and" ends the names her description lists
            comma is not None and self.tokens[comma + 1].is_capitalized and self._list_ends_description(comma))
        # ("Sanders, a senator and self-described socialist, said", "Mr. Daniloff, now 81 and retired in Cambridge, said")

    def _roles_after_name(self, comma: int, k: int) -> bool:
        """"Ann Lee, Carson's longtime friend and adviser, said", "Dan Ray, the fund's lawyer, treasurer and strategist,
        said": "and" (at ``k``) joins the last of the roles an apposition after a name lists; the name speaks."""
        if k + 2 >= self.n or self.lowers[k + 2] not in (",", "who") or not self._role_word_at(k + 1):
            return False
        while comma > 2 and comma + 2 == k and self._role_word_at(comma + 1) and self._role_word_at(comma - 1):
            # ("lawyer, treasurer and strategist": a list of roles; the apposition opens at the comma before its first)
            k = comma
            comma = next((x for x in range(comma - 1, max(0, comma - 8), -1) if self.lowers[x] == ","), -1)
        if comma < 1 or not self.tokens[comma - 1].is_capitalized or not all(
                self.tokens[x].is_word and not (self.tokens[x].is_capitalized and x > comma + 1) and not _looks_like_verb(self.lowers[x]) for x in range(comma + 1, k)):
            return False
        first = self.lowers[comma + 1]
        return first in ("the", "his", "her", "their") or first.endswith(("'s", "’s")) and self.tokens[comma + 1].is_capitalized

    def _list_ending_role_after_name(self, comma: int, k: int) -> bool:
        """"Ann Rich, head of the office for housing, roads, and ports, said": "and" (at ``k``) joins the last of the short
        items that end a role set in apposition to a name, so the name speaks (the items are no people of their own)."""
        if k + 2 >= self.n or not self.tokens[k + 1].is_word or self.tokens[k + 1].is_capitalized or k - comma > 4 or not any(
                self.lowers[x] == "," for x in range(k + 2, min(self.n, k + 5))):
            return False  # (the items on either side of "and" are a word or three, and the apposition closes after the last)
        for _item in range(3):
            opening = next((x for x in range(comma - 1, max(0, comma - 12), -1) if self.lowers[x] == ","), None)
            if opening is None or opening < 1:
                return False
            if self.tokens[opening - 1].is_capitalized and self.tokens[opening - 1].is_word and self._role_word_at(opening + 1):
                return all(self.lowers[x] == "," or self.tokens[x].is_word and not _looks_like_verb(self.lowers[x]) and self.lowers[x] not in AUXILIARIES
                           for x in range(opening + 1, k))
            if comma - opening > 4:
                return False  # (an item of a list is a word or three)
            comma = opening
        return False

    def _role_word_at(self, x: int) -> bool:
        """A lower-case word that may name a role in a list of them ("lawyer", "strategist"): no verb, no function word."""
        word = self.lowers[x]
        return self.tokens[x].is_word and not self.tokens[x].is_capitalized and (word in word_set("role_words") or word.isalpha() and len(word) > 3 and (
            not _looks_like_verb(word) and word not in NOUN_DETERMINERS and word not in CLAUSE_BOUNDARIES and word.endswith(("ist", "er", "or", "ant", "ent"))))

    def _bracketed_tag_before(self, j: int) -> int | None:
        """Index of "(" when tokens up to ``j`` end with a party tag in brackets: "(R-Fla.)", "(D)"."""
        if j < 3 or self.lowers[j] != ")":
            return None
        opening = next((x for x in range(j - 1, max(0, j - 6), -1) if self.lowers[x] == "("), None)
        if opening is None or opening == 0 or not self.tokens[opening - 1].is_capitalized:
            return None
        inside = self.text[self.tokens[opening + 1].start:self.tokens[j - 1].end] if opening + 1 < j else ""
        return opening if PARTY_TAG.match(inside) or inside in ("R", "D", "I") else None

    def _bracketed_description_before(self, j: int) -> int | None:
        """Index of "(" when tokens up to ``j`` end with a name and a bracketed description of it: "Dana Holt (a Democrat
        from Ohio)", or a subject and a bracketed addition to it: "29 percent (and 43 percent of Republicans)"."""
        if j < 4 or self.lowers[j] != ")":
            return None
        opening = next((x for x in range(j - 2, max(0, j - MAX_SUBJECT_TOKENS), -1) if self.lowers[x] in ("(", ")")), None)
        if opening is None or self.lowers[opening] != "(" or opening < 2 or not (
                self.lowers[opening + 1] in ("a", "an") and self.tokens[opening - 1].is_capitalized and self.tokens[opening - 2].is_capitalized
                # "29 percent (and 43 percent of Republicans) said": the bracket adds a share to the subject before it
                or self.lowers[opening + 1] in ("and", "including") and self.tokens[opening - 1].is_word) or any(
                self.tokens[x].quote is not None or self.lowers[x] in HARD_PUNCT for x in range(opening + 1, j)):
            return None
        return opening

    def _named_only_as(self, frame: Frame, start: int, end: int) -> bool:
        """"a man who gave his name only as Joaquin said": the name he gave speaks."""
        words = self.lowers[start:end]
        if "as" not in words or not (("gave" in words and "name" in words) or words[:1] == ["identified"]):
            return False
        at = start + words.index("as") + 1
        if at >= end or at < end - 3 or not all(self.tokens[x].is_capitalized and self.tokens[x].is_word for x in range(at, end)):
            return False
        name = self.text[self.tokens[at].start:self.tokens[end - 1].end]
        frame.mention = Mention(name, self.tokens[at].start, self.tokens[end - 1].end, name, "person")
        frame.subject_start = at
        return True

    def _read_parenthesis(self, frame: Frame, start: int, end: int) -> None:
        """", speaking to Radio Nord," / ", seen by the Norbridge Echo," -> the outlet heard;
        ", citing two government officials," -> the source an outlet cites."""
        word = self.lowers[start]
        if word in ("while", "when") and start + 2 < end:
            start += 2 if self.lowers[start + 1] == "being" else 1  # ", while being interviewed on CNN,", ", when speaking to Reuters,"
            word = self.lowers[start]
            if word not in ("speaking", "talking", "interviewed", "appearing"):
                return
        if word == "writing" and start + 2 < end and self.lowers[start + 1] in ("for", "at", "in"):
            self._note_outlet_in(frame, start + 2, end)  # ", writing for Mediaite,": the outlet written for
        elif word in ("speaking", "talking", "writing", "seen", "obtained", "reviewed", "interviewed") or word in word_set("outlet_relay_participles"):
            self._note_outlet_in(frame, start + 1, end)
        elif word in ("citing", "quoting") and end > start + 1:
            cited = parse_mention(self.text, self.tokens[start + 1:end])
            if cited is not None and not cited.generic and not cited.document and (
                    cited.kind == "person" or cited.kind == "unnamed" and cited.head in word_set("unnamed_heads") and cited.head not in DATA_HEADS):
                frame.cited = cited
            elif word == "quoting" and cited is not None and cited.document and cited.document_owner:
                frame.cited = cited  # "KNA said, quoting a statement from the defence ministry": the ministry speaks

    def _clause_in_brackets_before(self, frame: Frame, close: int) -> bool:
        """"The campaign, pushing the idea (like Ann Lee, who called him a liar), has said": a bracketed aside holding a
        clause of its own stands between the subject and its cue; its names are no subject, the phrase before it is."""
        bracket = next((x for x in range(close - 1, max(0, close - 2 * MAX_SUBJECT_TOKENS), -1) if self.lowers[x] in ("(", ")")), None)
        if bracket is None or self.lowers[bracket] != "(" or bracket < 2 or not self.tokens[bracket - 1].is_word or not any(
                self.lowers[x] in RELATIVE_WHO for x in range(bracket + 1, close)) or any(self.lowers[x] in HARD_PUNCT for x in range(bracket + 1, close)):
            return False
        opening = self._parenthesis_opening(bracket)  # (the comma of a participle phrase the bracket ends)
        if opening is not None and self._attach_subject_before(frame, opening + 1):
            self._read_parenthesis(frame, opening + 1, bracket)
            return True
        return self._attach_subject_before(frame, bracket)

    def _parenthesis_opening(self, comma: int) -> int | None:
        """"Two policymakers, speaking on condition of anonymity, said" / "The memo, written by an
        engineer, said" / "One post, apparently referring to the raids, said": the comma opening a participle or
        relative phrase (an adverb may come first) between subject and cue."""
        x = comma - 1
        while x > 0 and comma - x <= 25:
            word = self.lowers[x]
            if self.tokens[x].quote is not None or word in HARD_PUNCT or word in SENTENCE_END:
                return None
            if word == ",":
                after = self.tokens[x + 1]
                if after.is_word and not after.is_capitalized and self.tokens[x - 1].is_word and (_opens_parenthesis(after.lower) or (
                        _adverb_by_ending(after.lower) and x + 2 < comma and _opens_parenthesis(self.lowers[x + 2])) or (
                        after.lower in ("while", "when") and x + 3 < comma and self.lowers[x + 2 + (self.lowers[x + 2] == "being")] in HEARD_PARTICIPLES)):
                    return x  # (", while being interviewed on CNN,": a participle heard somewhere, after its time word)
                return None
            x -= 1
        return None

    def _body_holds(self, frame: Frame, k: int) -> bool:
        """"Monsanto, which opposed the bill": a stance (a belief or an act aimed at someone) after ", which" is held by
        the organisation or group before the comma; speech after ", which" is left to outlets ("the Ledger, which said")."""
        verb = frame.cue_verb
        if verb is None or not (verb.belief or verb.target) or verb.lemma in AS_BELIEFS:
            return False
        comma = k - 1
        first = comma
        while first > 0 and self.tokens[first - 1].is_word and (self.tokens[first - 1].is_capitalized or self.lowers[first - 1] in ("of", "and", "for")):
            first -= 1
        while first < comma and self.lowers[first] in ("of", "and", "for"):
            first += 1
        if first == comma and comma >= 2 and self.lowers[comma - 2] in ("the", "a") and self.lowers[comma - 1] in GROUP_HEADS:
            first = comma - 2  # "The union, which ..."
        elif first < comma and first > 0 and self.lowers[first - 1] == "the":
            first -= 1
        if first == comma:
            return False
        mention = parse_mention(self.text, self.tokens[first:comma])
        if mention is None or mention.generic or mention.outlet or mention.kind not in ("organization", "unnamed", "person") or (
                mention.kind == "unnamed" and mention.head not in GROUP_HEADS):
            return False  # ("the bill, which supports ...": a thing holds no stance)
        frame.mention, frame.subject_start, frame.in_relative = mention, first, True
        return True

    def _outlet_before(self, frame: Frame, comma: int) -> bool:
        """"first reported by the Westbury Chronicle, which said that ...": the outlet speaks."""
        first = comma
        while first > 0 and self.tokens[first - 1].is_word and (self.tokens[first - 1].is_capitalized or self.lowers[first - 1] in ("of", "and")):
            first -= 1
        if first > 0 and self.lowers[first - 1] == "the":
            first -= 1
        if first == comma:
            return False
        mention = parse_mention(self.text, self.tokens[first:comma])
        if mention is None or not (mention.outlet or mention.kind == "organization" and not mention.generic):
            return False  # "..., funded by the Norrland Regional Council, which said that ...": the body speaks
        frame.mention = mention
        frame.subject_start = first
        return True

    def _source_noun_with(self, k: int) -> bool:
        """"people familiar with the matter", "an official with the ministry": "with" belongs to
        the subject, which is the unnamed source (affiliated with what follows), not a clause."""
        before = self.lowers[k - 1]
        return before in SOURCE_POSTMODIFIERS or before in word_set("unnamed_heads") or before in word_set("role_words") or (
            before == "those" and (k == 1 or not self.tokens[k - 2].is_word))  # "Those with college degrees said"

    def _attach_subject_before(self, frame: Frame, k: int) -> bool:
        """"the officials, who said ..." -> the noun phrase before "who"."""
        end = k
        if end > 0 and self.lowers[end - 1] == ",":
            end -= 1
        tag = self._bracketed_tag_before(end - 1)
        if tag is not None:
            end = tag  # "Rep. Ann Lee (D-Calif.), who wrote the bill, said"
        start = end
        # "asked Mrs. Lee about several women who said ...": a "who" with no comma describes the phrase right before it
        restrictive = end == k and k < self.n and self.lowers[k] in RELATIVE_WHO
        while start > 0 and self.tokens[start - 1].quote is None and (self.lowers[start - 1] not in SUBJECT_BOUNDARIES or (
                # "one Democrat familiar with the talks, who added", "officials familiar with the laptop, speaking ..., said":
                # the source, not what it knows of
                self.lowers[start - 1] == "with" and start >= 2 and self.lowers[start - 2] in SOURCE_POSTMODIFIERS and not any(
                    _looks_like_verb(self.lowers[x]) for x in range(start, end))) or (
                # "a pollster and strategist who ...": two roles under one article are one person's
                self.lowers[start - 1] == "and" and start == end - 1 and start >= 3 and self._role_word_at(start) and self._role_word_at(start - 2) and (
                    self.lowers[start - 3] in INDEFINITE_OR_DEFINITE))) and not (
                restrictive and self.lowers[start - 1] in TOPIC_PREPOSITIONS):
            start -= 1  # (not "a source familiar with the probe said the areas that were hit suggested": a clause of its own)
        if restrictive and start + 1 < end and self._participle_before_its_object(start):
            start += 1  # "echoing some far-right pundits who have suggested ...": the participle's object is whom "who" describes

        if start >= 2 and self.lowers[start - 1] == "," and (self._is_age(list(range(start, end))) or self._is_party_tag(list(range(start, end)))):
            return self._attach_subject_before(frame, start)  # "Pauline Crabtree, 78, who ...", "Sen. Ann Lee, R-Utah, whose ..."
        if start >= 2 and self.lowers[start - 1] in RELATIVE_WHO and k < self.n and (self.lowers[k] == "which" or (
                self.lowers[k] == "who" and end < k and self._has_verb(start, end))):
            # "Ann Lee, an official who is now a fellow at the Center for X, which works to ..., said": the "which"
            # describes the body inside the who-clause; whom the who-clause describes speaks, as after a second
            # who-clause ("one Democrat who opposed her, who asked not to be named")
            return self._attach_subject_before(frame, start - 1)
        if start >= 4 and self.lowers[start - 1] == "," and self._is_place_aside(list(range(start, end))) and (
                self.tokens[start - 2].is_capitalized or self._is_age([start - 2]) and self.lowers[start - 3] == "," and self.tokens[start - 4].is_capitalized):
            # "said Nicky Hale, 24, from Concord, who said ...": where the named person is from, not who the clause describes
            return self._attach_subject_before(frame, start)
        if start >= 3 and self.lowers[start - 1] == "or" and self.lowers[start - 2] == "," and end - start <= 3:
            # "Ann Lee, director of the Farmers Union, or FU - which ... - said": the short name ends her description
            first = start - 2
            while first > 0 and self.tokens[first - 1].quote is None and self.lowers[first - 1] not in CLAUSE_OR_HARD_BOUNDARIES:
                first -= 1
            if self._choose_subject(frame, list(range(first, end))):
                return True
        if start >= 4 and self.lowers[start - 1] == "," and self.lowers[start] in ("a", "an") and self._is_age([start - 2]) and (
                self.lowers[start - 3] == "," and self._after_name(start - 3)):
            # "Dana Holt, 49, a Navy veteran who works for the Air Force, said": the name before her age and description
            first = start - 3
            while first > 0 and self.tokens[first - 1].quote is None and self.lowers[first - 1] not in SUBJECT_BOUNDARIES:
                first -= 1
            return self._choose_subject(frame, list(range(first, end)))
        if start >= 2 and self.lowers[start - 1] == "," and self.lowers[start] == "the" and start + 1 < end and self.tokens[start + 1].is_word and (
                k < self.n and (not self.tokens[start + 1].is_capitalized and self.lowers[k] in ("which", "who", "whose") or (
                    self.lowers[k] == "who" and self.lowers[start + 1] != "who")) and self._after_name(start - 1)):
            # "Ann Lee, the president of the Farm Workers Union, which endorsed Mr. Reyes, said": the name before her
            # description speaks (the clause describes the union)
            first = start - 1
            while first > 0 and self.tokens[first - 1].quote is None and self.lowers[first - 1] not in SUBJECT_BOUNDARIES:
                first -= 1
            if self._choose_subject(frame, list(range(first, end))):
                return True
        if start >= 2 and self.lowers[start - 1] == "," and self.lowers[start] in ("a", "an") and self._after_name(start - 1):
            # "Senator Eve Throck, a Republican who sits on the committee, said": the name before
            # the description speaks, the description is the role
            first = start - 1
            while first > 0 and self.tokens[first - 1].quote is None and self.lowers[first - 1] not in SUBJECT_BOUNDARIES:
                first -= 1
            return self._choose_subject(frame, list(range(first, end)))
        if start >= 2 and self.lowers[start - 1] == "and" and (
                self._second_description_after_name(frame, start, end) or end < k and self._person_name(list(range(start, end))) and (
                    self._coordinated(frame, start - 1, list(range(start, end))))):
            return True  # (the second: "Ann Lee and Tom Ray, who run the firm, said": the names joined by "and" speak together)
        if start == end:
            return False
        # (", who" too: "The main obstacle has been young voters, who rejected ...": the clause's object is described)
        verbs = [x for x in range(start + 1, end) if not self.tokens[x].is_capitalized and (
            _looks_like_verb(self.lowers[x]) or self.lowers[x] in FINITE_VERBS or self.lowers[x] in ("been", "being"))] if (
            k < self.n and self.lowers[k] == "who" and (end == k or end == k - 1)) else []
        if verbs:
            # "The bill drew opposition from teachers unions who said ...", "among the 30 percent of voters
            # who said ...": the noun phrase after the clause's verb and its last preposition is described
            x = verbs[-1] + 1
            if self.lowers[x - 2] in NOUN_DETERMINERS and self.lowers[x - 1].endswith("ed") and x < end and self._choose_subject(frame, list(range(x - 2, end))) and (
                    not frame.mention.generic):
                return True  # "to repudiate a retired general who suggested ...": after a determiner, a participle describes the noun
            preps = [y for y in range(x, end - 1) if self.lowers[y] in ANTECEDENT_PREPOSITIONS]
            if preps:
                x = preps[-1] + 1
            if x < end and self._choose_subject(frame, list(range(x, end))):
                return True
        if start + 1 < end and self.lowers[start] in ("including", "among", "like") and self._choose_subject(frame, list(range(start + 1, end))):
            return True  # "..., including 18 percent who say they would ...": the share the list opens with
        if self._choose_subject(frame, list(range(start, end))):
            return True
        # "Trump sat through a lecture from the Mexican president, who said": a clause, of which
        # only the noun phrase after its last preposition is described
        x = end - 1
        while x > start and not (self.lowers[x - 1] in NP_EDGES and self.lowers[x] in ("the", "a", "an", "his", "her", "their", "its")):
            x -= 1
        return x > start and self._choose_subject(frame, list(range(x, end)))

    def _second_description_after_name(self, frame: Frame, start: int, end: int) -> bool:
        """"Ada Vell, once a clerk and today a judge who hears appeals, said": the phrase a "who" describes (from
        ``start``, after "and") is the second of two descriptions set after a name; the name speaks."""
        lowers = self.lowers
        if not (lowers[start] in INDEFINITE_OR_DEFINITE or lowers[start] in ROLE_TIME_ADVERBS and start + 1 < end and lowers[start + 1] in INDEFINITE_OR_DEFINITE):
            return False
        comma = next((x for x in range(start - 2, max(0, start - 10), -1) if lowers[x] in SUBJECT_BOUNDARIES or self.tokens[x].quote is not None), None)
        if comma is None or comma < 1 or lowers[comma] != "," or comma + 1 >= start - 1 or not (
                lowers[comma + 1] in INDEFINITE_OR_DEFINITE or lowers[comma + 1] in ROLE_TIME_ADVERBS or self._role_word_at(comma + 1)):
            return False
        if any(lowers[x] in AUXILIARIES or lowers[x] in FINITE_VERBS or _looks_like_verb(lowers[x]) for x in range(comma + 2, start - 1)):
            return False  # ("Ada Vell, the clerk who filed it and a judge who ...": a clause, no second description)
        if any(_plural_noun(lowers[x]) for x in (start - 2, end - 1)):
            return False  # ("Near Ann Arbor, the farmers and the workers who lost jobs say": a group, no one's description)
        first = comma
        while first > 0 and self.tokens[first - 1].quote is None and lowers[first - 1] not in SUBJECT_BOUNDARIES:
            first -= 1
        return self._person_name(list(range(first, comma))) and self._choose_subject(frame, list(range(first, end)))

    def _party_tag_then_role(self, frame: Frame, k: int, subject_end: int) -> bool:
        """"Tom Vell, Democrat of Ohio and the sponsor of the bill, said": the "and" at ``k`` joins a party tag and a
        role set after a name; the name speaks."""
        comma = next((x for x in range(k - 1, max(0, k - 8), -1) if self.lowers[x] in SUBJECT_BOUNDARIES or self.tokens[x].quote is not None), None)
        if comma is None or comma < 1 or self.lowers[comma] != "," or not self._is_party_tag(list(range(comma + 1, k))):
            return False
        first = comma
        while first > 0 and self.tokens[first - 1].quote is None and self.lowers[first - 1] not in SUBJECT_BOUNDARIES:
            first -= 1
        return first < comma and self._person_name(list(range(first, comma))) and self._choose_subject(frame, list(range(first, subject_end)))

    def _is_party_tag(self, part: list[int]) -> bool:
        return PARTY_TAG.match(self.text[self.tokens[part[0]].start:self.tokens[part[-1]].end]) is not None

    def _is_place_aside(self, part: list[int]) -> bool:
        """"about five kilometres from the mine", "in the capital": where, not who (no verb in it)."""
        if not part or self.lowers[part[0]] not in PLACE_ASIDE_STARTS or len(part) > 10:
            return False
        if self.lowers[part[0]] in APPROXIMATE_STARTS and not (len(part) > 1 and (self.lowers[part[1]][:1].isdigit() or self.lowers[part[1]] in DISTANCE_COUNTS)):
            return False  # "some five kilometres from the mine" is where; "some Democratic officials" are who
        if len(part) > 2 and self.lowers[part[2]] == "of":
            return False  # "about half of the delegates": a share of people, not a distance
        return not any(self.lowers[x] in AUXILIARIES or self.lowers[x] in FINITE_VERBS or self.lowers[x] in ("who", "which") for x in part)

    def _names_person(self, part: list[int]) -> bool:
        """"Rep. Tom Cole of Oklahoma": a titled or full name with where the person is from."""
        mention = parse_mention(self.text, [self.tokens[x] for x in part])
        return mention is not None and mention.kind == "person" and not mention.surname_only and mention.title is not None

    def _person_from_town(self, part: list[int]) -> bool:
        """"Tom Hale of Laconia" (before ", N.H.,"): a full name with the town the person is from."""
        if len(part) < 4 or self.lowers[part[2]] not in ("of", "from") or not is_name_phrase([self.tokens[x] for x in part[:2]]):
            return False
        mention = parse_mention(self.text, [self.tokens[x] for x in part])
        return mention is not None and mention.kind == "person" and not mention.surname_only

    def _person_name(self, part: list[int]) -> bool:
        tokens = [self.tokens[x] for x in part]
        if not is_name_phrase(tokens):
            return False
        mention = parse_mention(self.text, tokens)
        return mention is not None and mention.kind == "person"

    def _share_of_them(self, part: list[int]) -> bool:
        """"many of them conservative Catholics", "most of whom live in Ohio": a share of the people just named, set
        off by commas, describes them; it is not the subject."""
        return len(part) > 3 and (self.lowers[part[0]] in QUANTIFIER_SUBJECTS or self.lowers[part[0]] in ("most", "all", "both", "half")) and (
            self.lowers[part[1]] == "of" and self.lowers[part[2]] in ("them", "whom"))

    def _is_aside(self, part: list[int]) -> bool:
        first = self.lowers[part[0]]
        if len(part) == 1:
            return first in ASIDE_ADVERBS or first in ("too", "though", "instead", "meanwhile", "later", "earlier", "now", "then", "today") or (
                first in OPENING_ADVERBS or first in INTERJECTIONS) or first.endswith("ly") and first not in LY_NOUNS and not self.tokens[part[0]].is_capitalized or (
                part[0] == self.story_start and _adverb_by_ending(first))  # "Significantly, the judge said"
        return first in ("for", "in", "at", "during", "by", "on", "after", "before", "like", "unlike", "through", "via") and len(part) <= 20 and self._descriptive(part, participles=True) and not (
            first == "for" and len(part) > 2 and self.lowers[part[-1]] != "part")  # "for example", "for his part", "in her dissent"; not "a spokesman for the party"

    def _note_outlet_heard_before_cue(self, frame: Frame, i: int) -> None:
        """"Staff who spoke with the Ledger said", "Lee's office, when contacted by the Ledger, said": the outlet the
        subject spoke to, named between the subject and the cue ``i``."""
        first = i - 1
        while first > 0 and i - first < MAX_HEARD_BEFORE_CUE_TOKENS and self.tokens[first - 1].start >= frame.mention.end:
            first -= 1
        for x in range(first, i - 2):
            if self.lowers[x] in SPOKE_TO_FORMS and self.lowers[x + 1] in SPOKE_TO_FORMS[self.lowers[x]]:
                end = next((y for y in range(x + 2, i) if self.lowers[y] == ","), i)
                self._note_outlet_in(frame, x + 1, end)
                return

    def _outlet_aside(self, part: list[int]) -> str | None:
        """The outlet an aside opening with "in" or "during" (the caller asks) hears the words through: "in an interview with CNN" (the aside
        names what was said or published: "in an attempt to sway a debate hosted by CNN" hears nothing)."""
        if len(part) < 3 or not any(
                self.lowers[x] in word_set("speech_nouns") or self.lowers[x] in PUBLISHED_PIECES for x in part):
            return None
        probe = Frame("statement", None, None, 0, 0)
        self._note_outlet_in(probe, part[0] + 1, part[-1] + 1)
        return probe.outlet_heard

    def _descriptive(self, part: list[int], participles: bool = False) -> bool:
        """A comma part that only describes (an age, a role, a place): no verb, no relative word. With
        ``participles``, a participle inside it is allowed ("in the wake of a poll showing ...")."""
        return len(part) <= (20 if participles else 14) and not any(
            self.lowers[x] in AUXILIARIES or self.lowers[x] in FINITE_VERBS or self.lowers[x] in ("who", "which", "that")
            or cue_verb(self.lowers[x]) is not None and not (participles and self.lowers[x].endswith("ing")) for x in part)

    def _is_age(self, part: list[int]) -> bool:
        # "Dennis Ugwu, 71, said"; not "... support Ann Holt, 39 have said they ...": a number no comma closes, with a
        # lower-case word after it, counts the people who speak
        return len(part) == 1 and self.tokens[part[0]].text.isdigit() and len(self.tokens[part[0]].text) <= 3 and not (
            part[0] + 1 < self.n and self.tokens[part[0] + 1].is_word and self.tokens[part[0] + 1].text[:1].islower())

    def _long_who_clause_after_name(self, frame: Frame, k: int) -> bool:
        """"Robert Arnott, a California investor who has poured millions into groups backing Ted Cruz, said": a
        verb that ended the subject search inside a "who" clause describing a name set off by commas; the name
        speaks, not the object at the end of the clause."""
        who = next((x for x in range(k - 1, max(0, k - 20), -1) if self.lowers[x] in ("who", ",", ";", ":") or self.tokens[x].quote is not None
                    or self.lowers[x] in HARD_PUNCT), None)
        if who is None or self.lowers[who] != "who" or who < 4 or not self.tokens[who - 1].is_word:
            return False
        comma = next((x for x in range(who - 1, max(0, who - 10), -1) if self.lowers[x] in (",", ";", ":") or self.tokens[x].quote is not None), None)
        if comma is None or self.lowers[comma] != "," or self.lowers[comma + 1] not in ("a", "an", "the") or not self._after_name(comma):
            return False
        return self._attach_subject_before(frame, who)

    def _after_name(self, comma: int) -> bool:
        """A capitalised name phrase ends just before this comma (after the cue that inverts it: "said Ned Ames,")."""
        first = comma
        while first > 0 and self.tokens[first - 1].quote is None and self.lowers[first - 1] not in SUBJECT_BOUNDARIES:
            first -= 1
        if first + 1 < comma and self.lowers[first] in FINITE_CUE_FORMS and not self.tokens[first].is_capitalized:
            first += 1
        return first < comma and (is_name_phrase(self.tokens[first:comma]) or self._titled_person_from_town(first, comma))

    def _titled_name(self, first: int, end: int) -> bool:
        """"the last thing state Representative Dana Holt": a name with its title, after a few lower-case words."""
        lower = 0
        while first < end - 2 and not self.tokens[first].is_capitalized and self.tokens[first].is_word and lower < 10:
            first, lower = first + 1, lower + 1
        return self.tokens[first].is_capitalized and self._person_name(list(range(first, end)))

    def _titled_person_from_town(self, first: int, end: int) -> bool:
        """"Omar Reyes of Ohio", "Representative Omar Reyes of Ohio", "state Sen. Dana Holt of Akron": a name, then the place."""
        place = next((x for x in range(first + 2, end - 1) if self.lowers[x] in ("of", "from")), None)
        if place is None or not all(self.tokens[x].is_capitalized for x in range(place + 1, end)):
            return False
        while first < place - 2 and not self.tokens[first].is_capitalized:
            first += 1  # "state Representative Dana Holt"
        return self._person_name(list(range(first, place)))

    def _plural_group_head(self, part: list[int]) -> bool:
        """The phrase is a lower-case plural of people before any preposition or "like": "critics like Hall", "officials in Ohio"."""
        first = self.lowers[part[0]]
        at = next((y for y, x in enumerate(part) if y and (self.lowers[x] in PREPOSITIONS or self.lowers[x] == "like")), len(part))
        head = self.lowers[part[at - 1]]
        return not self.tokens[part[0]].is_capitalized and first not in ("a", "an", "the", "his", "her", "their", "its", "our", "whose") and (
            head.endswith("s") and head in word_set("unnamed_heads")) and not any(self.tokens[x].is_capitalized for x in part[:at])

    def _agent_ending_long_subject(self, main: list[int]) -> list[int]:
        """"A report on ... put out in the summer by the Institute for Reef Science and Fisheries noted": a subject too
        long to read whole is read from the capitalised agent after its last "by", when that ends it; else nothing."""
        if not self.tokens[main[-1]].is_capitalized:
            return []
        by = next((y for y in range(len(main) - 2, 0, -1) if self.lowers[main[y]] == "by"), None)
        return main[by + 1:] if by is not None and len(main) - by - 1 <= MAX_SUBJECT_TOKENS else []

    def _choose_subject(self, frame: Frame, segment: list[int]) -> bool:
        lowers = self.lowers
        # (a segment is mostly a run of words: its slice says in C whether it holds a bracket or a comma, mostly neither)
        run = lowers[segment[0]:segment[-1] + 1] if segment and segment[-1] - segment[0] == len(segment) - 1 else None
        tags = set()
        for x in segment if run is None or ")" in run else ():
            if lowers[x] == ")":
                opening = self._bracketed_tag_before(x)
                if opening is not None:
                    tags.update(range(opening, x + 1))  # "Sen. Ted Cruz (R-Texas)": the tag names nobody
        if tags:
            segment = [x for x in segment if x not in tags]
            run = None
        if run is not None and "," not in run:
            parts: list[list[int]] = [list(segment)]
        else:
            parts = [[]]
            part = parts[0]
            for x in segment:
                if lowers[x] == ",":
                    part = []
                    parts.append(part)
                else:
                    part.append(x)
        tokens = self.tokens
        parts = [p for p in parts if p and (tokens[p[0]].is_word or any(tokens[x].is_word for x in p))]  # (mostly its first word says)
        if len(parts) > 1:  # (parts only drop below: one part, the commonest, skips every test for two)
            for n in range(len(parts) - 1, 0, -1):
                heard = self._outlet_aside(parts[n]) if self.lowers[parts[n][0]] in ("in", "during") else None
                if heard is not None:  # "Holt, in an interview with CNN, said", "Holt, in a column published in the Ledger, said"
                    frame.outlet_heard = frame.outlet_heard or heard
                    del parts[n]  # (heard through the outlet, which is no speaker)
            # "Tom Hale of Laconia, N.H., said": the state belongs to the town before it, it names nobody
            parts = [p for n, p in enumerate(parts) if not (n and self.tokens[parts[n - 1][-1]].is_capitalized and _state_after_town([self.tokens[x] for x in p]))]
            while len(parts) > 1 and self._is_age(parts[-1]):
                parts.pop()  # "Dennis Ugwu, 71, said"
            while len(parts) > 1 and self._is_place_aside(parts[-1]):
                parts.pop()  # "Residents of Tarn, about five kilometres from the mine, said"
            if len(parts) > 1:
                # "Sen. Kent Albrecht, R-Iowa, another holdout, said": a party-and-state tag names nobody
                parts = [p for p in parts if not self._is_party_tag(p)] or parts
            while len(parts) > 2 and self.tokens[parts[-1][0]].is_capitalized and lowers[parts[-1][0] - 1] == "," and (
                    self._list_ends_description(parts[-1][0] - 1)):
                parts[-2:] = [parts[-2] + parts[-1]]  # "Ann Lee, an adviser to Tom Ray, Dan Holt and Eve Park, said": names her description lists
        if not parts:
            return False
        intro = word_set("intro_prepositions")
        if self.lowers[parts[0][0]] == "as" and len(parts[0]) > 1 and (len(parts) == 1 or is_name_phrase([self.tokens[x] for x in parts[0][1:]])):
            parts[0] = parts[0][1:]  # "As Dana Holt, a law professor, put it", "as the Daily Ledger noted": the source, not an intro phrase
        if len(parts) > 1:
            while len(parts) > 1 and (self.lowers[parts[0][0]] in intro or self._is_aside(parts[0]) or (
                    self.lowers[parts[0][0]] == "among" and self.tokens[parts[0][0]].is_capitalized)):
                parts.pop(0)  # "In May, ...", "Specifically, ...", "Therefore, ...", "Among Democrats, ..."
            if len(parts) > 1 and self.lowers[segment[-1]] != "," and len(parts[-1]) > 1 and self.lowers[parts[-1][0]] in SUBORDINATE_OPENERS - {"as", "if"} and (
                    self.tokens[parts[-1][1]].is_word and self.lowers[parts[-1][1]] not in ("the", "a", "an") or len(parts[-1]) > 2):
                # "Lee became a target this year, after some of her followers attacked ...": the clause after the
                # comma has its own subject; it is no aside between a speaker and the cue
                parts = [parts[-1][1:]]
            while len(parts) > 1 and self._is_aside(parts[-1]):
                parts.pop()  # "Dana Holt, however, said", "Holt, in her dissent, said", "Holt, for example, said"
            if len(parts) > 1 and self.lowers[segment[-1]] == "," and self._share_of_them(parts[-1]):
                parts.pop()  # "His critics, many of them conservative Catholics, argue": the critics argue
            while len(parts) > 2 and self.lowers[parts[-1][0]] == "or" and len(parts[-1]) <= 3:
                parts.pop()  # "Ann Lee, director of the Farmers Union, or FU, said": the short name of the body she directs
            if len(parts) > 1 and len(parts[-1]) > 1 and self.lowers[parts[-1][0]] in {"also", "now", "still", "himself", "herself", "then"}:
                parts[-1] = parts[-1][1:]  # "Ted Cruz, also a hopeful, said": the adverb belongs to the apposition
        if len(parts) > 1:
            parts[0] = self._without_leading_connective(parts[0])  # "said Ned Ames, the former senator who ...": the name is the cue's
        main = parts[-1]
        main = self._without_inverted_auxiliary(self._without_leading_connective(main))
        if frame.after_cue < self.n and self.tokens[frame.after_cue].is_word and self.lowers[frame.after_cue] not in AUXILIARIES:
            # ("a shift Ortega said could ...": _contact_relative reads the noun with what is said; "..., he is the ablest
            # candidate Lee argues.": a cue that ends the sentence trails what came before it)
            main = self._without_clause_around_subject(main)
        role_part = None
        if len(parts) >= 3 and self._person_name(parts[0]) and self.lowers[parts[0][0]] not in intro and all(
                self._descriptive(p) and not (len(p) > 1 and self._person_name(p) and self.lowers[parts[n][-1]] not in OUTLET_KIND_NOUNS)
                for n, p in enumerate(parts[1:])):
            # ("..., the editor of the Vatican's newspaper, L'Osservatore Romano, said": the newspaper's name describes too)
            # "Dana Holt, 67, a retired nurse in Allentown, Pa., said": the name, then what describes it
            role_part = next((p for p in parts[1:] if not self._is_age(p)), parts[1])
            main = parts[0]
        elif len(parts) >= 2:
            previous = self._tokens_at(parts[-2])
            last = self._tokens_at(main)
            described = not has_name(last) or self.lowers[main[0]] in ("a", "an") or (
                self.lowers[main[0]] == "the" and len(main) > 1 and not self.tokens[main[1]].is_capitalized) or (
                self.tokens[main[0]].is_word and not self.tokens[main[0]].is_capitalized)  # "policy director at X"
            pronoun = len(main) == 1 and self.lowers[main[0]] in ("he", "she", "they", "it", "we", "i") or (
                len(main) == 1 and self.tokens[main[0]].text.isdigit() and not self._is_age(main))  # "..., 39 have said": a count, no age
            # "Mrs. Clinton, analysts said, has ...": a bare plural group is nobody's apposition but a speaker set off by commas
            group = self.lowers[main[-1]] in word_set("unnamed_heads") and self.lowers[main[-1]].endswith("s") and self.lowers[main[0]] not in (
                "a", "an", "the", "his", "her", "their", "its", "our", "whose") and self.after_cue_comma(frame) or (
                # "..., critics like Hall say", "..., officials in the city said": no comma closes it, so no apposition but the
                # people before the verb
                self.lowers[segment[-1]] != "," and self._plural_group_head(main))
            opening = self.lowers[parts[-2][0]].endswith("ing") and parts[-2][0] == 0  # "Appearing on Face the Nation, the senator said"
            # "Holt, a top aide said, “is very confident ...”": no comma closes the description before the cue and one follows
            # it; the aide's words interrupt the sentence about Holt, and the aide speaks
            opening = opening or self.lowers[main[0]] in ("a", "an", "one") and main[-1] + 1 == frame.cue_index and len(parts) == 2 and (
                frame.cue_index + 1 < self.n and self.lowers[frame.cue_index + 1] == "," and self.lowers[frame.cue_index] in ("said", "says")) and (
                self.tokens[main[-1]].is_word and self.lowers[main[-1]] in word_set("unnamed_heads") | word_set("role_words"))
            if described and self.lowers[main[0]] not in intro and not pronoun and not group and not opening and not self._person_from_town(main) and (
                    not self._quantified_group(segment, main)) and (
                    not self._tag_after_clause(segment, main)) and (
                    # ("One pastor backing Mr. Moss, Dan Whiting of First Baptist, said": the full name last is the speaker)
                    is_name_phrase(previous) or self._names_person(parts[-2]) or self._person_from_town(parts[-2])
                    or self.lowers[main[0]] in ("a", "an") and (self._titled_person_from_town(parts[-2][0], parts[-2][-1] + 1)
                                                               or self._titled_name(parts[-2][0], parts[-2][-1] + 1))
                    # "Senator Ann Lee of Ohio, the majority leader, said": the titled name from a place speaks, whatever the article
                    or self.lowers[main[0]] == "the" and self.tokens[parts[-2][0]].is_capitalized and self._titled_person_from_town(parts[-2][0], parts[-2][-1] + 1)):
                role_part, main = main, parts[-2]
            elif is_name_phrase(last) and _describes(previous) and self.lowers[parts[-2][0]] not in intro:
                role_part = parts[-2]  # "the head of the NHS Confederation, Matthew Carr, said"
        if role_part is None and len(main) >= 3 and self.lowers[segment[-1]] == ",":
            main = self._subject_of_joined_clause(segment, main)
        main_words = set(map(self.lowers.__getitem__, main))  # (main only shrinks below: a word not in it is in none of its cuts)
        speaking = next((y for y, x in enumerate(main) if y >= 1 and self.lowers[x] in SPEAKING_PARTICIPLES and y + 1 < len(main)
                         and self.lowers[main[y + 1]] in {"to", "with", "on"}), None) if not SPEAKING_PARTICIPLES.isdisjoint(main_words) else None
        if speaking is not None:
            self._note_outlet_in(frame, main[speaking + 1], main[-1] + 1)  # ... and an outlet heard is the one relaying the words
            main = main[:speaking]  # "Another source speaking to Fox News said": the hearer is not the speaker
        setting = next((x for x in main[1:] if self.lowers[x] in {"in", "on", "at", "during"} and any(
            self.lowers[y] in ADVERBIAL_NOUNS for y in main[main.index(x) + 1:])), None) if not _SETTING_WORDS.isdisjoint(main_words) else None
        if setting is not None and self.tokens[main[0]].is_capitalized:
            main = main[:main.index(setting)]  # "Trump in his announcement speech called ...": where, not who
        while len(main) > 1 and self.tokens[main[0]].is_capitalized and self.lowers[main[0]] in SENTENCE_ADVERBS:
            main = main[1:]  # "Now the government hopes ...": an opening adverb, not part of the subject
        if len(main) > 2 and self.lowers[main[0]] in TIME_OPENERS and self.tokens[main[0]].is_capitalized:
            main = self._without_opening_time(main)
        released = next((y for y, x in enumerate(main) if (y >= 2 or y == 1 and self.lowers[main[0]] in DATA_HEADS) and self.lowers[x] in POSTMODIFIER_PARTICIPLES), None) if (
            not POSTMODIFIER_PARTICIPLES.isdisjoint(main_words)) else None
        if released is not None and released >= 3 and self.lowers[main[released - 2]] == "to" and self.lowers[main[released - 1]] == "be":
            # "Figures to be published today show ...": the evidence is the figures, not "figures to be"
            main = main[:released - 2] + main[released:]
            released -= 2
        if released is not None and all(self.lowers[x] in word_set("time_words") or self.lowers[x] in {"on", "in", "last", "this", "early", "late"}
                                         or self.tokens[x].is_capitalized or YEAR.fullmatch(self.lowers[x]) for x in main[released + 1:]):
            main = main[:released]  # "A new poll released Saturday found ...": when it came out is not part of its name
        if self.lowers[main[0]] == "to":
            # "an apology to Sanders after leaked emails showed ...": the subject follows the last subordinator;
            # "... wanted to admit 250,000 Syrians, said": an infinitive is nobody
            joint = max((y for y, x in enumerate(main) if self.lowers[x] in SUBORDINATE_OPENERS), default=None)
            main = main[joint + 1:] if joint is not None else []
            if not main:
                return False
        while len(main) > 2 and self.lowers[main[-1]] in DANGLING_SUBJECT_ENDS:
            # "wrote the authors of the 'Growth Project'", "A poll of voters has, however, revealed": the phrase was
            # cut inside a noun phrase or took its verb's auxiliary; the speaker is the noun phrase before
            main = main[:-1]
        if len(main) > MAX_SUBJECT_TOKENS:
            main = self._agent_ending_long_subject(main)
        if not main or self._opening_participle(main):
            return False
        if self.lowers[main[0]] in PREPOSITIONS and not self.tokens[main[0]].is_capitalized:
            return False  # "called on voters to reject the plan": a lower-case preposition opens no speaker ("on voters" is a hearer)
        mention = parse_mention(self.text, self._tokens_at(self._without_subordinating_as(main)))
        if mention is None:
            # "Democrats trying to win the Senate say ...", "Voters angered by the ruling said ...": the noun phrase before
            # the participle that describes it
            cut = next((y for y, x in enumerate(main) if y >= 1 and self.tokens[x].is_word and not self.tokens[x].is_capitalized and len(self.lowers[x]) > 4
                        and self.lowers[x].endswith(("ing", "ed")) and self.lowers[x] not in PARTICIPLE_CUT_REJECTED
                        and y + 1 < len(main) and self.lowers[main[y + 1]] in PARTICIPLE_PREPOSITIONS), None)
            if cut is not None:
                mention = parse_mention(self.text, [self.tokens[x] for x in main[:cut]])
                if mention is not None and (mention.generic or mention.kind == "pronoun"):
                    mention = None
        if (mention is None or mention.generic and self.lowers[main[0]] in QUANTIFIER_SUBJECTS) and len(main) <= MAX_SHARE_TOKENS and (
                SHARE_RE.fullmatch(self.lowers[main[0]]) or self.lowers[main[0]] in SHARE_WORDS or (
                # "Nine out of 10 say ...", "Six in 10 voters said ..."
                len(main) >= 3 and self.lowers[main[1]] in ("out", "in") and (self.lowers[main[0]] in FRACTION_WORDS or self.lowers[main[0]].isdigit())) or (
                # "Nearly nine out of 10 say ...", "About two-thirds of the voters support ...": the same after an approximation
                len(main) >= 4 and self.lowers[main[0]] in APPROXIMATORS and (SHARE_RE.fullmatch(self.lowers[main[1]]) or self.lowers[main[2]] in ("out", "in") and (
                    self.lowers[main[1]] in FRACTION_WORDS or self.lowers[main[1]].isdigit())))):
            # "Two-thirds support ...", "Majorities across the spectrum favor ...", "Three-in-five GOP insiders said": a
            # share of the people polled or asked speaks for them
            phrase = self.text[self.tokens[main[0]].start:self.tokens[main[-1]].end]
            mention = Mention(phrase, self.tokens[main[0]].start, self.tokens[main[-1]].end, phrase, "unnamed", head=self.lowers[main[0]])
        if mention is None and len(main) == 1 and self.tokens[main[0]].text.isdigit() and not self._is_age(main):
            # "520 delegates have said they back Holt, 39 have said they back Fisk": a count whose noun the sentence
            # wrote with an earlier count speaks as that many of them
            counted = next((x for x in range(main[0] - 2, -1, -1) if self.tokens[x].text[:1].isdigit() and self.tokens[x + 1].is_word and (
                self.lowers[x + 1] == "percent" or self.lowers[x + 1].endswith("s") and not self.tokens[x + 1].is_capitalized)), None)
            if counted is not None:
                phrase = self.text[self.tokens[main[0]].start:self.tokens[main[0]].end]
                mention = Mention(phrase, self.tokens[main[0]].start, self.tokens[main[0]].end, phrase + " " + self.tokens[counted + 1].text, "unnamed",
                                  head=self.lowers[counted + 1])
        if mention is None or mention.generic or mention.head == "percent":
            # "78 percent of voters in a recent CBS News poll said": the respondents answered the poll that asked them,
            # and a counted share speaks through it (_respondents_speak_through)
            poll = next((y for y, x in enumerate(main) if y >= 2 and self.lowers[x] == "in" and any(self.lowers[z] in POLL_WORDS for z in main[y + 1:])), None)
            respondents = parse_mention(self.text, [self.tokens[x] for x in main[:poll]]) if poll is not None else None
            if respondents is not None and not respondents.generic:
                asking = parse_mention(self.text, [self.tokens[x] for x in main[poll + 1:]]) if respondents.head == "percent" else None
                main, mention = main[:poll], asking if _evidence_source(asking) else respondents
            if mention is None:
                return False
        if role_part is not None:
            role = self.text[self.tokens[role_part[0]].start:self.tokens[role_part[-1]].end]
            for article in ("a ", "an ", "the "):
                if role.startswith(article):
                    role = role[len(article):]
                    break
            frame.apposition_role = role
        frame.mention = mention
        frame.subject_start = main[0]
        frame.phrase_start = None
        if role_part is not None and 0 < role_part[0] < main[0] and len(role_part) <= 8 and (
                self.tokens[role_part[0] - 1].quote is not None or self.lowers[role_part[0] - 1] == ","):
            frame.phrase_start = role_part[0]  # '"...," the plaintiffs' lawyer, Simone Achterberg, said'
        return True

    def _tokens_at(self, positions: list[int]) -> list[Token]:
        """The tokens at ``positions`` (in order, as every phrase the subject rules cut is): a slice when they run unbroken,
        as they mostly do."""
        if positions and positions[-1] - positions[0] == len(positions) - 1:
            return self.tokens[positions[0]:positions[-1] + 1]
        return [self.tokens[x] for x in positions]

    def _subject_of_joined_clause(self, segment: list[int], main: list[int]) -> list[int]:
        """"Now many have trouble finding work, worry about ...": a clause with its own auxiliary, joined to the cue by a
        comma, is no speaker's name: its subject (the plain noun phrase before the auxiliary) is the cue's too."""
        lowers = self.lowers
        if main[0] > 0 and lowers[main[0] - 1] != "," and main[0] != self.story_start:
            return main  # (the clause must open the sentence or follow a comma: "ruled that X could ..." is another clause's)
        auxiliary = next((y for y in range(1, len(main) - 1) if lowers[main[y]] in AUXILIARIES), None)
        if auxiliary is None or self.tokens[main[auxiliary]].is_capitalized or any(
                lowers[x] in JOINED_CLAUSE_STOPS or not self.tokens[x].is_word for x in main[:auxiliary]):
            return main
        return main[:auxiliary]

    def _without_opening_time(self, main: list[int]) -> list[int]:
        """"On Monday the senator said", "Last week Lee said", "In 2015 the mayor said": the time that opens the sentence
        with no comma after it is when, not who ("In Ohio the senator" is left whole)."""
        y = 1
        while y < len(main) and (self.lowers[main[y]].rstrip(".") in TIME_PHRASE_WORDS or self.lowers[main[y]].isdigit() and len(self.lowers[main[y]]) <= 4):
            y += 1
        if y < len(main) and self.lowers[main[y]][-2:] in POSSESSIVE_S:
            setting_end = self._owned_time_setting_end(main[0], main[-1] + 1)
            y = main.index(setting_end) if setting_end in main else 1
        if y == 1 or y == len(main) or not self.tokens[main[y]].is_word:
            return main
        return main[y:]

    def _owned_time_setting_end(self, start: int, limit: int) -> int | None:
        """"In Monday's speech the senator", "On last week's show Lee": a time opening the sentence that owns a word or two
        in lower case is the setting too, with no comma after it; where the subject after it starts (a determiner or a
        capitalised word), or None."""
        x = start + 1
        while x < limit and self.lowers[x] in TIME_PHRASE_WORDS:
            x += 1
        if x >= limit or self.lowers[x][-2:] not in POSSESSIVE_S or self.lowers[x][:-2] not in TIME_PHRASE_WORDS:
            return None
        for y in range(x + 1, min(x + 4, limit)):
            if y > x + 1 and (self.lowers[y] in ("the", "a", "an") or self.tokens[y].is_capitalized):
                return y
            if not self.tokens[y].is_word or self.tokens[y].is_capitalized or self.lowers[y] in CLAUSE_BOUNDARIES:
                return None
        return None

    def _quantified_group(self, segment: list[int], main: list[int]) -> bool:
        """"... discomfort with Trump, many said", "... trust Mrs. Clinton, even some allies questioned": a quantified
        group with no comma closing it is the subject of its own clause, never an apposition to the name before it."""
        if self.lowers[segment[-1]] == ",":
            return False
        for x in main:
            if self.lowers[x] not in ("even", "also", "still", "only"):
                return self.lowers[x] in QUANTIFIER_SUBJECTS or self.lowers[x] == "most"
        return False

    def _tag_after_clause(self, segment: list[int], main: list[int]) -> bool:
        """"... reviewed by officials at the Justice Department, a former official said": no comma closes the description
        and the name before it sits inside a longer clause (a word, not a comma or the sentence's start, before it): the
        description is the speaker and the clause its report, not a name and its apposition."""
        return self.lowers[segment[-1]] != "," and segment[0] > 0 and self.tokens[segment[0] - 1].is_word and self.tokens[segment[0] - 1].quote is None and (
            self.lowers[main[0]] in ("a", "an", "the")) and not self.tokens[segment[0] - 1].is_capitalized

    def _without_leading_connective(self, main: list[int]) -> list[int]:
        """'"...," said a former aide, who declined to ...': the cue before the noun phrase that a
        relative clause describes is not part of the speaker."""
        if len(main) > 1 and self.lowers[main[0]] in FINITE_CUE_FORMS and not self.tokens[main[0]].is_capitalized and (
                self.lowers[main[1]] in SPEAKER_DETERMINERS or self.tokens[main[1]].is_capitalized):
            return main[1:]
        return main

    def _without_inverted_auxiliary(self, main: list[int]) -> list[int]:
        """"Why would any voter believe ...", "Does Lee oppose ...": a question puts the auxiliary before its subject;
        it is no part of the speaker ("Will Doyle said" is a name)."""
        if len(main) < 2 or self.lowers[main[0]] not in AUXILIARIES:
            return main
        after = main[1]
        if self.tokens[after].is_capitalized:
            return main if self.lowers[main[0]] in NAME_LIKE_AUXILIARIES else main[1:]
        return main[1:] if self.lowers[after] in QUESTION_SUBJECT_STARTS or self.lowers[after] in word_set("unnamed_heads") else main

    def _without_clause_around_subject(self, main: list[int]) -> list[int]:
        """"Those are topics Clinton wants ...", "the place Pentagon officials say ...": a finite verb inside the phrase
        makes it a clause; the name that ends it, right after a noun, is the subject of a relative clause without "that"
        and speaks."""
        if len(main) < 4:
            return main  # (a verb after the first word, then a lower-case word and the name: four words at least)
        for verb in range(1, len(main)):
            if self.lowers[main[verb]] in AUXILIARIES and not self.tokens[main[verb]].is_capitalized:
                break
        else:
            return main
        name = len(main)
        while name > verb + 1 and self.tokens[main[name - 1]].is_capitalized:
            name -= 1
        before = self.lowers[main[name - 1]]
        if name < len(main) and name > verb + 1 and not self.tokens[main[name - 1]].is_capitalized and self.tokens[main[name - 1]].is_word and (
                before not in PREPOSITIONS or before == "as") and before not in NOUN_DETERMINERS:
            return main[name:]
        return main

    def _without_subordinating_as(self, main: list[int]) -> list[int]:
        """"..., as lawmakers accused each other", "Despite Holt's insistence", "But Lee and Moss stressed":
        the word that opens the clause (and marks it for the frame rules) is not part of the speaker's name."""
        while len(main) > 1 and (self.lowers[main[0]] == "as" and not self.tokens[main[0]].is_capitalized or (
                self.lowers[main[0]] in CLAUSE_OPENING_WORDS)) and self.lowers[main[1]] not in {"well", "much", "many", "long", "soon", "far", "of", "to"}:
            main = main[1:]
        inside = next((y for y in range(len(main) - 2, 0, -1) if self.lowers[main[y]] in CLAUSE_OPENING_INSIDE and (
            not self.tokens[main[y]].is_capitalized and (self.lowers[main[y + 1]] in SPEAKER_DETERMINERS or self.tokens[main[y + 1]].is_capitalized))),
                      None) if len(main) > 2 else None  # (a word inside: neither the first nor the last)
        if inside is not None:
            main = main[inside + 1:]  # "The ruling stood after the appeals court refused": the subject of the last clause
        return main

    def _opening_participle(self, main: list[int]) -> bool:
        """"Continuing to explain his view, Lee ...": a participle opening the sentence, not a speaker's name."""
        x = main[0]
        return len(main) == 1 and x == self.story_start and x + 1 < self.n and self.lowers[x].endswith("ing") and (
            self.lowers[x + 1] == "to" or self.lowers[x] in ("having", "being"))  # "Having announced that ..., Judge Berman proceeded"

    def frame_verb_audience(self, i: int) -> bool:
        verb = cue_verb(self.lowers[i])
        return verb is not None and verb.audience

    def after_cue_comma(self, frame: Frame) -> bool:
        """The cue is followed by a comma and a word: "..., analysts said, has ..."."""
        j = frame.cue_index + 1
        return j + 1 < self.n and self.lowers[j] == "," and self.tokens[j + 1].is_word

    def _object_follows_participle(self, i: int) -> bool:
        """A participle only inverts in a quotation's tag ('"...," adding Lee' is not English): after a
        comma and a lower-case noun phrase or clause, the words after it are its content."""
        return i + 1 < self.n and self.tokens[i + 1].quote is None and not (self.tokens[i - 1].quote is not None and self.tokens[i + 1].is_capitalized)

    def _inverted(self, frame: Frame, i: int) -> Frame | None:
        """'"...," said Bolden to the crowd.' -- the cue right after a quotation or comma."""
        if i == 0 or frame.cue_verb is not None and (frame.cue_verb.partial_only or frame.cue_verb.audience):  # (partial_only read off the verb: no property call)
            return None  # (", Laszlo Bock, told The New York Times": "told" names its hearer after it, never its speaker)
        if self.lowers[i].endswith("ing") and self.lowers[i - 1] == ",":
            return None  # "Officials, citing the storm, closed ...", "..., Lee said in Paris, noting the remarks": what follows is reported, never a speaker
        before = self.tokens[i - 1]
        if not (before.quote is not None or self.lowers[i - 1] == ","):
            return None
        if self.lowers[i].endswith("ing") and len(self.lowers[i]) > 4 and self._object_follows_participle(i):
            return None  # "..., saying the cut breaks the charter", "..., noting the size of the crowd": what follows is said, not who
        if self.lowers[i].endswith("ing") and i >= 2 and self.lowers[i - 1] == "," and (
                cue_verb(self.lowers[i - 2]) is not None or self.frame_verb_audience(i)):
            # "..., KNA said, quoting the ministry": the source the cue leans on, not a new speaker; "...,
            # telling CNBC: '...'": the hearer of a participle hung on the clause
            return None
        j = i + 1
        end = j
        while end < self.n and self.tokens[end].quote is None and self.lowers[end] not in {
                ",", ".", ";", ":", "to", "in", "at", "on", "who", "which", "after", "before", "during", "as", "while", "!", "?", "when", "because",
                "if", "since", "although", "though", "until", "where", "—", "–"}:
            end += 1
        bracket_end = None
        if "(" in self.lowers[j + 1:end]:
            # '"...," said Ann Lee (D-Ohio).', 'said Ann Lee (a Democrat)': a bracket after the speaker tags or describes them
            end = self.lowers.index("(", j + 1, end)
            bracket_end = next((x + 1 for x in range(end + 1, self.n) if self.lowers[x] == ")"), None)
        described = self._source_postmodifier_end(j, end)
        if described is not None:
            end = described  # '"...," says a source involved in the group's creation.': the phrase after the participle describes the source
        end = self._before_describing_clause(j, end) if end - j > 8 and described is None else end
        if end - j > 8 and described is None:
            of = next((x for x in range(j + 2, min(end, j + 6)) if self.lowers[x] == "of"), None)
            if of is None or end - j > 16 or not is_name_phrase(self.tokens[j:of]):
                return None  # '"...," said Stephen Vladeck of the University of Texas School of Law': a name and where it works
        if end == j:
            return None
        if self.lowers[i - 1] == "," and frame.cue_verb is not None and frame.cue_verb.object and end + 1 < self.n and self.lowers[end] == "to" and (
                self.tokens[end + 1].is_word and not self.tokens[end + 1].is_capitalized and self.lowers[end + 1] not in ("the", "a", "an")):
            return None  # "Texas, leading a coalition, asked a federal judge to block the rules": whom it asked, then what
        if self.lowers[i - 1] == "," and end < self.n and self.tokens[end].quote is not None:
            return None  # "Holt, a senior adviser, said the ''old model'' ...": a clause, not a speaker
        first = self.tokens[j]
        lower_start = not (first.is_capitalized or self.lowers[j] in ("a", "an", "the"))
        if lower_start and not (before.quote is not None and self.tokens[j].is_word) and not (
                self.lowers[j] in INVERTED_LOWER_STARTS and any(self.tokens[x].is_capitalized for x in range(j + 1, end))) and not (
                self._role_then_name(j, end)) and not (self.lowers[j] in INVERTED_QUANTIFIERS and self._source_phrase(j, end)) and not (
                self._bare_group_after_cue(j)):
            # ('"...," said several observers', "..., said many analysts": a counted group the lexicon knows speaks)
            return None  # '"...," said former adviser Dana Holt' / '"...," said another voter, Ann Lee' / ', said former governor Ed Rendell'
        if any((self.lowers[x] in AUXILIARIES or self.lowers[x] in FINITE_VERBS) and not self._given_name_at(x, end) for x in range(j, end)) or (
                end - j > 1 and not self.tokens[end - 1].is_capitalized and _looks_like_verb(self.lowers[end - 1])) or described is None and self._past_after_noun(j + 2, end):
            # "Oliver Grant, insisted the government had a plan", '"...," said the role was ...', "Dr. Anna Cole, who
            # chairs the committee, said the plan failed": a clause, not a speaker
            return None
        if self.lowers[i - 1] == "," and i >= 3 and is_name_phrase(self.tokens[0:1]) and self.lowers[1] != "of" and self._descriptive(
                [x for x in range(0, i - 1) if self.lowers[x] != ","]) and all(self.tokens[x].quote is None for x in range(i)) and (
                "," in self.lowers[1:i - 1] or not any(_looks_like_verb(self.lowers[x]) or self.lowers[x].endswith("s") and self.lowers[x - 1] in VERB_ADVERBS
                                                       for x in range(1, i - 1))):
            # ("Clinton also lacks polish, said Howard, but ...": a clause before the tag, not a name and its apposition)
            return None  # "Dana Holt, the mayor, said the plan works": the subject and its apposition come first
        if self.lowers[i - 1] == "," and not (end < self.n and self.lowers[end] == "who"):
            # (", said a spokesman who was not authorized to ...": the verbs of a relative clause describe the speaker)
            x = end
            while x < self.n and self.lowers[x] not in (",", ";", ":") and self.tokens[x].quote is None:
                if self.lowers[x] in AUXILIARIES or self.lowers[x] in FINITE_VERBS:
                    return None  # "Professor Ilse Marchetti, said the problems at X were not unique"
                x += 1
        mention = parse_mention(self.text, self.tokens[j:end])
        if mention is None or mention.kind == "pronoun" or lower_start and (mention.generic and mention.head not in PARTY_MEMBERS and not (  # ("said one Democrat")
                before.quote is not None and self._counted_person(j, end)) or self.lowers[j] not in INVERTED_LOWER_STARTS and mention.kind != "person" and (
                not self._bare_group_after_cue(j))):
            return None
        if mention.generic and before.quote is None:
            return None  # "Cruz, as he has in the past, opposed the measure": after a comma, a phrase not known as a source is the verb's object
        if mention.kind != "person" and end + 1 < self.n and self.lowers[end] == ",":
            named = self._name_in_apposition(end + 1)
            if named is not None:
                # '"...," said another voter, Ann Lee, before the rally': the name speaks, the description is its role
                named_end, person = named
                frame.apposition_role = self.text[self.tokens[j].start:self.tokens[end - 1].end]
                mention, end = person, named_end
        frame.kind = "inverted"
        frame.mention = mention
        frame.subject_start = j
        frame.after_cue = end if bracket_end is None else bracket_end
        if frame.after_cue < self.n and self.lowers[frame.after_cue] in INVERTED_HEARD_OPENERS:
            # '"...," wrote Ann Lee in The Ledger.', '"...," said Lee, speaking to CNN after the vote.': the outlet named after
            # the speaker, as after a cue the speaker came before ('"...," Lee said on CNN.'); only the outlet is read
            self._skip_adverbials(frame, frame.after_cue)
        cut = i - 1 if self.lowers[i - 1] == "," else i
        if cut > 0 and any(self.tokens[x].is_word for x in range(cut)):
            frame.content = (0, cut)
            frame.content_mode = "trail"
            if self.lowers[i - 1] == "," and self._subject_resumes(cut, end):
                frame.content, frame.content_mode = (0, self.n), "bare"
        return frame

    def _quotation_after_dash(self, cut: int) -> int:
        """'She called the plan unserious - "Again, we need the details," she said', 'painting him as a crook - "If he wins, we
        lose," one ad declared - or ...': a whole quotation a dash sets off before a trailing tag is all the tag reports;
        the clause before the dash is another report -> where the tag's words begin (0: the sentence's start, as before).
        A quotation that opens in lower case goes on with the clause before the dash ('... liberal -- "is going to last,"
        he says'), and keeps it."""
        q = cut - 1
        if q < 2 or self.tokens[q].quote is None or self.lowers[q - 1] not in CUE_ASIDE_DASHES:
            return 0
        words = self.text[self.tokens[q].quote.start:self.tokens[q].quote.end].lstrip(" \u00a0\"'“”‘’`")
        return q if words[:1].isupper() else 0

    def _before_describing_clause(self, j: int, end: int) -> int:
        """'"...," said one owner of a shop that sells fishing gear who ...', '"...," wrote a user from Bremen going by the
        handle Pulvo': a long speaker phrase after an inverted cue ends before the relative clause ("that" and a verb) or
        the participle that describes it -> where the speaker ends (``end`` if neither)."""
        for x in range(j + 2, end - 1):
            word = self.lowers[x]
            if word == "that" and (self._relative_that_at(x) or self.lowers[x + 1].endswith("s") and not self.tokens[x + 1].is_capitalized):
                return x
            if word.endswith("ing") and len(word) > 4 and not self.tokens[x].is_capitalized and self.tokens[x - 1].is_word:
                return x
        return end

    def _counted_person(self, j: int, end: int) -> bool:
        """'"...," said one Democrat who was there', '"...," said another Lee loyalist': right after a quotation's
        tag, one counted, a few words and no time unit, is a person speaking, whatever the lexicon knows of the noun."""
        return self.lowers[j] in INVERTED_QUANTIFIERS and end - j <= 4 and not any(
            self.lowers[x] in TIME_UNITS or self.lowers[x] in RECENT_TIME_UNITS for x in range(j + 1, end))

    def _source_postmodifier_end(self, j: int, end: int) -> int | None:
        """'says a source involved in the group's creation.', 'said a person familiar with the talks.': after an inverted
        cue, a head noun, a participle or adjective that describes sources ("involved", "familiar", "close") and its
        preposition's plain phrase (no name in it) up to the end of the sentence (or a comma) -> where that phrase ends."""
        if end >= self.n or end - j < 2 or end - j > 4 or self.lowers[end - 1] not in SOURCE_POSTMODIFIERS or self.lowers[end] not in ("in", "with", "to", "on", "at"):
            return None
        tail = end + 1
        while tail < self.n and tail - end <= 10 and (self.tokens[tail].is_word or self.lowers[tail] in ("'s", "’s", "-")):
            tail += 1
        if tail == end + 1 or tail < self.n and self.lowers[tail] not in (",", ".", "!", "?") or self._has_verb(end + 1, tail):
            return None
        if any(self.tokens[x].is_capitalized for x in range(end + 1, tail)):
            # "said a person close to the Clintons": the whole phrase, when it reads as an unnamed source; a name
            # there is whom the source is close to, never the speaker
            whole = parse_mention(self.text, self.tokens[j:tail])
            if whole is None or whole.kind != "unnamed":
                return None
        return tail

    def _bare_group_after_cue(self, j: int) -> bool:
        """"Part of the problem, say experts, is the soil", "..., said analysts": a bare plural group the lexicon knows as
        people, right after "say" or "said", is the speaker."""
        return self.lowers[j - 1] in ("say", "said") and self.lowers[j] in word_set("unnamed_heads") and self.lowers[j].endswith("s") and (
            self.lowers[j] not in DATA_HEADS)

    def _subject_resumes(self, cut: int, end: int) -> bool:
        """"The real problem, said Ann Lee, a geologist, is the soil itself": a subject with no verb of its own before
        the inverted tag, and its verb after the speaker (and the speaker's apposition): the clause runs on both sides."""
        if cut > MAX_RESUMED_SUBJECT_TOKENS or any(self.lowers[x] in AUXILIARIES or self.lowers[x] in FINITE_VERBS or not self.tokens[x].is_word and (
                self.lowers[x] != "," and self.tokens[x].quote is None) or cue_verb(self.lowers[x]) is not None for x in range(cut)):
            return False
        if end + 1 >= self.n or self.lowers[end] != ",":
            return False
        verb_at = end + 1
        if not self._resumed_verb_at(verb_at):
            verb_at = next((y for y in range(end + 2, min(self.n - 1, end + MAX_CUE_ASIDE_TOKENS + 2)) if self.lowers[y] == "," or (
                not self.tokens[y].is_word or self.tokens[y].quote is not None)), None)
            if verb_at is None or self.lowers[verb_at] != ",":
                return False
            verb_at += 1
        return self._resumed_verb_at(verb_at)

    def _resumed_verb_at(self, x: int) -> bool:
        word = self.lowers[x] if x < self.n else ""
        return x + 1 < self.n and self.tokens[x].is_word and (word in AUXILIARIES or word in FINITE_VERBS or word.endswith(("n't", "n’t")))

    def _past_after_noun(self, start: int, end: int) -> bool:
        """", said the Khan family deserved better": a past form right after a lower-case noun is a verb, so what follows
        the cue is a clause, not a speaker ("the newly elected mayor", "a retired teacher" keep theirs)."""
        return any(self.lowers[x].endswith("ed") and len(self.lowers[x]) > 4 and not self.tokens[x].is_capitalized and self.tokens[x - 1].is_word
                   and not self.tokens[x - 1].is_capitalized and self.lowers[x - 1] not in NOUN_DETERMINERS and (not self.lowers[x - 1].endswith("ly") or self.lowers[x - 1] in LY_NOUNS)
                   for x in range(start, end))

    def _has_verb(self, start: int, end: int) -> bool:
        """A verb form between ``start`` and ``end`` ("whose laws were struck down", not "whose memo")."""
        return any(self.lowers[x] in AUXILIARIES or self.lowers[x] in FINITE_VERBS or self.lowers[x].endswith("ed") and len(self.lowers[x]) > 4
                   for x in range(start, end))

    def _role_then_name(self, j: int, end: int) -> bool:
        """", says political scientist Ann Lee": a few lower-case words of a role, then a full name."""
        name = end
        while name > j and self.tokens[name - 1].is_capitalized:
            name -= 1
        # ", said lobbyist and party strategist Tom Reed": two roles joined by "and" make a longer run
        joined = name - j >= 3 and "and" in self.lowers[j + 1:name - 1]
        return 0 < name - j <= (5 if joined else 3) and end - name >= 2 and all(
            self.tokens[x].is_word and self.tokens[x].text.isalpha() and not _looks_like_verb(self.lowers[x])
            and (self.lowers[x] not in word_set("capitalized_function_words") or joined and self.lowers[x] == "and") and self.lowers[x] not in NOUN_PREPOSITIONS
            for x in range(j, name))

    def _name_in_apposition(self, j: int) -> tuple[int, Mention] | None:
        """A person's name from ``j`` to the next comma or the sentence end -> (index after it, mention)."""
        end = j
        while end < self.n and self.tokens[end].quote is None and self.lowers[end] not in (",", ";", ":") and not (
                self.lowers[end] in SENTENCE_END and end == self.n - 1):
            end += 1
        if end == j or end - j > 5 or not is_name_phrase(self.tokens[j:end]):
            return None
        mention = parse_mention(self.text, self.tokens[j:end])
        if mention is None or mention.kind != "person":
            return None
        return end, mention

    # ------------------------------------------------------------------ after the cue
    def _read_after_cue(self, frame: Frame) -> None:
        j = frame.cue_index + 1
        if frame.cue_verb is not None and frame.cue_verb.audience:
            j = self._audience(frame, j)
            j = self._rest_of_hearer_before_quotation(j)
        j = self._skip_adverbials(frame, j)
        if j < self.n and self.tokens[j].is_capitalized and self.lowers[frame.cue_index + 1] in OCCASION_BEFORE_QUOTATION:
            # 'said in an interview with the Ledger's politics editor Omar Darcy, "..."': the occasion's last words, a
            # name after a role, are no subject of what was said
            j = self._rest_of_hearer_before_quotation(j)
        frame.after_cue = j

    def _time_then_quotation(self, j: int) -> bool:
        """'As Parsons had written just a few years earlier, "..."': a short time after the participle, then a comma and a
        quotation (what was written), not an object ("had written the script in 1990, ...")."""
        x = j
        while x < min(self.n - 1, j + MAX_TIME_BEFORE_QUOTATION_TOKENS) and self.lowers[x] != ",":
            x += 1
        if x == j or self.lowers[x] != "," or self.tokens[x + 1].quote is None:
            return False
        times = word_set("time_words")
        return all(self.lowers[y] in times or self.lowers[y] in TIME_AFTER_PERFECT_WORDS for y in range(j, x))

    def _rest_of_hearer_before_quotation(self, j: int) -> int:
        """'told Breitbart News Daily host Ann Boyle, "..."', 'told one FBI agent, "..."', 'telling the class of 2014, "..."':
        a hearer the audience rules read only in part (or not at all), then a comma or colon and a quotation. The words
        between, a noun phrase with no verb or clause in it, are still the hearer; what was told is the quotation (read
        as the hearer's first words, it became an indirect report that swallowed the quotation) -> the comma's index."""
        limit = min(self.n - 1, j + MAX_HEARER_BEFORE_QUOTATION_TOKENS)
        x = j
        while x < limit and self.tokens[x].quote is None and self.lowers[x] not in HEARER_QUOTATION_STOPS:
            x += 1  # (most hearers end at a word no hearer holds, or at a quotation not set off by a comma: one pass)
        if x == j or x >= limit or self.lowers[x] not in (",", ":") or self.tokens[x + 1].quote is None:
            return j
        for y in range(j, x):
            word = self.lowers[y]
            if word in ("(", ")"):
                continue  # "told the Associated Press (AP), ..."
            if not self.tokens[y].is_word or not self.tokens[y].is_capitalized and _looks_like_verb(word):
                return j  # ('told reporters he was "fine," ...': a clause, not a hearer, before the comma)
        return x

    def _audience(self, frame: Frame, j: int) -> int:
        words = [t.text for t in self.tokens[j:j + 6]]
        known = longest_known_outlet(words)
        if known:
            size, name = known
            frame.outlet_heard = name
            frame.cue = frame.cue
            end = j + size
            if end < self.n and (self.lowers[end] in MEDIA_ROLES or self.lowers[end].endswith("s") and self.lowers[end][:-1] in MEDIA_ROLES):
                end += 1  # "told the NBC hosts", "told the CNN anchor": the outlet's people heard it, nothing of what was said
            return end
        described = self._described_outlet(j)
        if described is not None:
            end, name = described
            frame.outlet_heard = outlet_name(name) or name
            return end
        for size in (3, 2, 1):
            phrase = " ".join(self.lowers[j:j + size])
            if phrase in word_set("audiences"):
                frame.cue = f"{frame.cue} {' '.join(t.text for t in self.tokens[j:j + size])}" if size and phrase not in ("him", "her", "them", "me", "us") else frame.cue
                return j + size
        for size in (2, 3):
            if j + size <= self.n and self.lowers[j + size - 1] in HEARER_GROUPS and all(
                    self.tokens[x].is_word and self.lowers[x] not in AUXILIARIES for x in range(j, j + size)):
                if all(self.tokens[x].is_capitalized for x in range(j, j + size)):
                    # ("told Vatican Radio": a hearer group's word in a name the outlet patterns know)
                    frame.outlet_heard = outlet_name(self.text[self.tokens[j].start:self.tokens[j + size - 1].end])
                return j + size  # "told U.S. media", "told local reporters", "told state media"
        owned = self._owned_hearers_end(j)
        if owned is not None:
            return owned  # "told his closest advisers", "told her Senate colleagues"
        journalist = self._outlet_journalist_end(frame, j)
        if journalist is not None:
            return journalist
        end = j
        if end < self.n and self.lowers[end] == "the":
            end += 1
        while end < self.n and self.tokens[end].is_capitalized and self.tokens[end].is_word:
            end += 1
        if end > j and end < self.n and self.lowers[end] in LOWER_CASE_OUTLET_HEADS and not (end + 1 < self.n and self.tokens[end + 1].is_capitalized) \
                and outlet_name(self.text[self.tokens[j].start:self.tokens[end].end]):
            end += 1  # "told Halden magazine in May": the kind of outlet closes its name ("told Alverian newspaper Dagblad": not, the name follows)
        named_end = end
        while end > j and end + 1 < self.n and self.lowers[end] == "of" and self.tokens[end + 1].is_capitalized and self.tokens[end + 1].is_word:
            end += 1  # "told The Star-Ledger of Newark", "told Bill O'Reilly of Fox News": where the hearer is from
            while end < self.n and self.tokens[end].is_capitalized and self.tokens[end].is_word:
                end += 1
        if end > j and any(self.tokens[x].is_capitalized for x in range(j, end)):
            phrase = self.text[self.tokens[j].start:self.tokens[named_end - 1].end]
            outlet = outlet_name(phrase) or self._call_letters(phrase, named_end)
            if outlet is None and named_end < end:
                outlet = outlet_name(self.text[self.tokens[named_end + 1].start:self.tokens[end - 1].end])  # "told Bill O'Reilly of Fox News"
            if outlet is None and named_end - j >= 2:
                # "told NBC's Ann Lee", "told The Atlantic's Ann Lee", "telling ABC's This Week": the outlet's journalist or show
                known = longest_known_outlet([t.text for t in self.tokens[j:named_end - 1]], possessive=True)
                outlet = known[1] if known is not None and self.lowers[j + known[0] - 1].endswith(("'s", "’s")) else None
            if outlet:
                frame.outlet_heard = outlet
            return end
        return j

    def _outlet_journalist_end(self, frame: Frame, j: int) -> int | None:
        """"told a Politico reporter", "told an NBC News correspondent": the outlet heard, and the index after the job."""
        if self.lowers[j] not in ("a", "an") or j + 2 >= self.n or not self.tokens[j + 1].is_capitalized:
            return None
        known = longest_known_outlet([t.text for t in self.tokens[j + 1:j + 5]])
        if known is None or j + 1 + known[0] >= self.n or self.lowers[j + 1 + known[0]] not in MEDIA_ROLES:
            return None
        frame.outlet_heard = known[1]
        return j + 2 + known[0]

    def _owned_hearers_end(self, j: int) -> int | None:
        """"told his closest advisers as he ...", "told her supporters the race was tied": people of the speaker's own
        (a possessive, a few modifiers, a noun for people) are who heard it, not what was said -> the index after them."""
        if j + 1 >= self.n or self.lowers[j] not in POSSESSIVE_PRONOUNS and self.lowers[j] not in ("my", "our", "your"):
            return None
        for x in range(j + 1, min(self.n, j + 1 + MAX_OWNED_HEARER_WORDS)):
            word = self.lowers[x]
            if not self.tokens[x].is_word or word in AUXILIARIES or word in FINITE_VERBS or word in NOUN_DETERMINERS or word in CLAUSE_BOUNDARIES:
                return None
            if word in HEARER_GROUPS or word.endswith("s") and word in word_set("unnamed_heads") or word in OWNED_HEARER_NOUNS:
                after = self.lowers[x + 1] if x + 1 < self.n else ""
                if after in ("'s", "’s") or self.tokens[x + 1].is_word and not self.tokens[x + 1].is_capitalized and (
                        after in word_set("unnamed_heads") or after in word_set("role_words")) if x + 1 < self.n else False:
                    return None  # ("told his staff's lawyer", "told his team members": the people are named further on)
                return x + 1
        return None

    def _described_outlet(self, j: int) -> tuple[int, str] | None:
        """"told the broadcaster NRK-2", "told the trade publication Appliance Week": an outlet
        named right after the kind of outlet it is -> (index after the name, the name)."""
        if j >= self.n:
            return None
        if self.lowers[j] == "the":
            k = j + 1
        elif self.lowers[j] in OUTLET_KIND_ADJECTIVES:
            k = j  # "told local broadcaster CTV1", "told state news agency Tanjug"
        else:
            return None
        while k < min(self.n, j + 4) and self.tokens[k].is_word and not self.tokens[k].is_capitalized and self.lowers[k] not in OUTLET_KIND_NOUNS:
            k += 1
        if k >= self.n or self.lowers[k] not in OUTLET_KIND_NOUNS:
            return None
        k += 1
        first = k
        while k < self.n and k - first < 5 and self.tokens[k].is_word and self.tokens[k].is_capitalized:
            k += 1
        if k == first or self.lowers[first] in word_set("capitalized_function_words") or self.lowers[first] in word_set("time_words"):
            return None  # "told the paper Tuesday that ...": a day, not the paper's name
        return k, self.text[self.tokens[first].start:self.tokens[k - 1].end]

    def _skip_adverbials(self, frame: Frame, j: int) -> int:
        """Skip "on Thursday", "in a statement", "in an interview with CNN", "to reporters", ", however,"."""
        while j < self.n:
            word = self.lowers[j]
            if word not in _ADVERBIAL_OPENERS and not word.endswith("ly") and not word.isdigit():
                break  # no test below goes on past such a word (most words after a cue): one look-up, not each test in turn
            if j == frame.cue_index + 1 and frame.cue_verb is not None and word in frame.cue_verb.particles and (
                    j + 1 < self.n and self.tokens[j + 1].is_word and not self.lowers[j + 1][:1].isdigit()
                    and self.lowers[j + 1] not in WEEKDAY_WORDS and self.lowers[j + 1] not in PARTICLE_TIME_STARTS) and not (
                    word == "on" and self._broadcast_venue_then_report(j + 1)):
                break  # "called on the council to ...", "called on Congress to ...": the particle opens what is reported ("called on Monday" is a time)
            if word == "," and j + 2 < self.n and self.lowers[j + 1] in ASIDE_ADVERBS and self.lowers[j + 2] == ",":
                j += 3
                continue
            if word == "," and j + 3 < self.n and self.lowers[j + 1] in HEARD_PARTICIPLES and frame.outlet_heard is None:
                self._note_outlet_heard_after_participle(frame, j + 2)  # ("said, speaking to CNN after the vote,": heard through CNN)
                break
            if word in NEAR_TIME_WORDS and j + 2 < self.n and self.lowers[j + 1] in ("after", "before") and self.lowers[j + 2] in CLOCK_TIMES:
                j += 3  # "said just after midnight on CNN", "said shortly before noon": the time, then where or what
                continue
            if j == frame.cue_index + 1 and word.endswith("ly") and len(word) > 4 and word not in LY_NOUNS and not self.tokens[j].is_capitalized:
                j += 1  # "replied evenly", "said flatly"
                continue
            if word in _SKIPPED_TIME_WORDS:
                j += 1
                continue
            if word in {"last", "this", "next"} and j + 1 < self.n and self.lowers[j + 1] in word_set("time_words"):
                j += 2
                continue
            if word in TIME_PRECISERS and j + 1 < self.n and (self.lowers[j + 1] in WEEKDAY_WORDS or self.lowers[j + 1] in (
                    "today", "yesterday", "tonight", "last", "this")):
                j += 1  # "reported just today", "said late Monday", "said early last week": the time follows
                continue
            if word in PARTS_OF_DAY and j > frame.cue_index + 1 and self.lowers[j - 1] in WEEKDAY_WORDS:
                j += 1  # "said Tuesday afternoon"
                continue
            span_end = self._time_span_end(j) if word in _TIME_SPAN_STARTS or word.isdigit() else None  # (what it asks of the first word)
            if span_end is not None:
                j = span_end  # "reported a few days later", "said two weeks ago"
                continue
            if word == "at" and j + 1 < self.n and self.lowers[j + 1] in {"least", "most"}:
                break  # "said at least six pupils ...": the clause begins
            if word == "at" and j + 2 < self.n and self.lowers[j + 1] in {"the", "that"} and self.lowers[j + 2] == "time":
                j += 3  # "..., Ortiz said at the time.": when, as "on Monday" says it
                continue
            if word == "for" and self._for_time(j) and (end := self._time_stretch_end(j)) is not None:
                j = end  # "has declined for years to reveal ...": how long, then what is reported
                continue
            if word == "as" and j + 3 < self.n and self.lowers[j + 1] in {"recently", "early", "late"} and self.lowers[j + 2] == "as":
                j += 3  # "said as recently as last week that ...": the time follows
                continue
            if word == "only" and j + 1 < self.n and self.lowers[j + 1] == "that":
                j += 1  # "said only that ..."
                continue
            if word in CUE_ASIDE_DASHES and (end := self._dash_aside_end(j)) is not None:
                j = end  # "said — on Twitter, as it happens — that ...": an aside between dashes, then what is reported
                continue
            if word == "," and j + 4 < self.n and self.lowers[j + 1:j + 5] == ["and", "i", "quote", ","]:
                j += 5  # 'said, and I quote, "We love ..."'
                continue
            if word == "as" and j + 3 < self.n and (self.lowers[j + 1] == "part" or self.lowers[j + 1] == "a" and self.lowers[j + 2] == "part") and (
                    end := next((x for x in range(j + 3, min(self.n - 1, j + 10)) if self.lowers[x] in ("that", ",") or self.tokens[x].quote is not None), None)) is not None and (
                    self.lowers[end] == "that"):
                j = end  # "admitted as part of his plea that ...": in what capacity, then what
                continue
            if word == "by" and (end := self._margin_end(j)) is not None:
                j = end  # "say by 55%-41% that ...", "say by a wide margin that ...": by how many, then what
                continue
            if word == "for" and frame.cue_verb is not None and frame.cue_verb.lemma == "write" and (end := self._written_for_end(j)) is not None:
                j = end  # "wrote for The Washington Informer that ...": the publication written for
                continue
            if word in ("for", "at") and frame.cue_verb is not None and frame.cue_verb.lemma == "write" and frame.outlet_heard is None and j + 1 < self.n:
                self._note_outlet_in(frame, j + 1, min(self.n, j + 7))  # "From Ann Lee, writing at Mediaite:": the outlet written for
                if frame.outlet_heard is not None:
                    break
            if word == "to" and frame.cue_verb is not None and (frame.cue_verb.object or frame.cue_verb.belief) and self._infinitive_at(j):
                break  # "want to publish the transcripts on Monday": the aim, however it ends, not an adverbial "to reporters on Monday"
            if word in {"in", "on", "at", "to", "during", "via", "through", "with", "over", "by"} and j + 1 < self.n:
                end = self._adverbial_phrase_end(j + 1)
                if end is None:
                    break
                end = self._particle_after_time(frame, j + 1, end)
                self._note_outlet_in(frame, j + 1, end)
                if frame.outlet_heard is None and end + 3 < self.n and self.lowers[end] == "," and word == "in" and self.lowers[end - 1] in word_set("document_heads"):
                    frame.outlet_heard = self._outlet_relaying_document(end + 1)  # "wrote in the email, which was first reported by AP"
                j = end
                continue
            break
        return j

    def _outlet_relaying_document(self, x: int) -> str | None:
        """", which was first reported by AP", ", obtained by Reuters": after a document, the outlet that brought it out."""
        if self.lowers[x] == "which" and x + 1 < self.n and self.lowers[x + 1] in ("was", "were"):
            x += 2
        if x < self.n and self.lowers[x] in ("first", "earlier", "initially"):
            x += 1
        if x + 2 >= self.n or self.lowers[x + 1] != "by" or not (self.lowers[x] in DOCUMENT_RELAY_PARTICIPLES or self.lowers[x] in word_set("outlet_relay_participles")):
            return None
        known = longest_known_outlet([t.text for t in self.tokens[x + 2:x + 8]])
        return known[1] if known is not None else self._outlet_run(x + 2, min(self.n, x + 8))

    def _margin_end(self, j: int) -> int | None:
        """"by 55%-41%", "by nearly 2-1", "by a wide margin": how large a share of those polled say it -> the index after it."""
        x, hit = j + 1, False
        while x < min(self.n, j + 7) and self.lowers[x] not in ("that", ",", ";", ":") and self.tokens[x].quote is None:
            word = self.lowers[x]
            if word in ("margin", "margins") or word[:1].isdigit() and ("-" in word or "%" in word or x + 1 < self.n and self.lowers[x + 1] in ("%", "percent")):
                hit = True
            x += 1
        return x if hit and x < self.n and self.lowers[x] == "that" else None

    def _written_for_end(self, j: int) -> int | None:
        """"wrote for The Washington Informer that ...", "wrote for Politico Magazine that ...": a capitalised title after
        "for", then "that" -> the index of "that"."""
        x = j + 1
        if x < self.n and self.lowers[x] == "the":
            x += 1
        first = x
        while x < self.n and x - first < 6 and self.tokens[x].is_capitalized and self.tokens[x].is_word:
            x += 1
        return x if x > first and x + 1 < self.n and self.lowers[x] == "that" else None

    def _dash_aside_end(self, j: int) -> int | None:
        """"said — on Twitter, as it happens — that ...", "said -- without evidence -- the vote was rigged": a short aside
        between two dashes right after the cue, closed before "that", a quotation or a clause -> the index after it."""
        x = j + 1
        while x < self.n and self.lowers[x] == "-":
            x += 1  # "--" is two tokens
        first = x
        while x < self.n and x - first <= MAX_CUE_ASIDE_TOKENS and self.lowers[x] not in CUE_ASIDE_DASHES:
            if self.tokens[x].quote is not None or self.lowers[x] in (";", ":", "(", ")") or self.lowers[x] in SENTENCE_END:
                return None
            x += 1
        if x - first < 2 or x >= self.n or self.lowers[x] not in CUE_ASIDE_DASHES:
            return None
        while x < self.n and self.lowers[x] == "-":
            x += 1
        x += self.lowers[x] in ("—", "–") if x < self.n else 0
        if x >= self.n or not (self.tokens[x].quote is not None or x + 1 < self.n and (self.lowers[x] == "that" or self._clause_can_start(x) and self._finite_clause_at(x))):
            return None
        return x

    def _particle_after_time(self, frame: Frame, start: int, end: int) -> int:
        """"called on Monday for an inquiry", "spoke at a rally about jobs": the verb's own particle after
        a time or place ends that phrase; what follows it is reported."""
        particles = frame.cue_verb.particles if frame.cue_verb is not None else ()
        if not particles:
            return end
        return next((x for x in range(start + 1, end - 1) if self.lowers[x] in particles and self.tokens[x + 1].is_word and not self._for_time(x)), end)

    def _time_span_end(self, j: int) -> int | None:
        """The end of "a few days later", "two weeks ago", "a year earlier" starting at ``j``, else None."""
        for size in (2, 3, 4):
            end = j + size
            if end > self.n or self.lowers[end - 1] not in ("later", "earlier", "ago", "before"):
                continue
            unit = self.lowers[end - 2]
            if unit.rstrip("s") in ("day", "week", "month", "year", "hour", "minute", "decade") and (self.lowers[j] in (
                    "a", "an", "few", "several", "two", "three", "four", "five", "six", "ten", "many", "some") or self.lowers[j].isdigit()):
                return end
        return None

    def _adverbial_phrase_end(self, j: int) -> int | None:
        end = j
        hit = False
        while end < self.n and end - j < 8:
            token = self.tokens[end]
            word = self.lowers[end]
            if token.quote is not None and (end > j or self.lowers[j - 1] == "on" and end + 1 < self.n and self.lowers[end + 1] == "that") and self._title_quote(end):
                hit = True  # 'said on ABC's "This Week" that ...', 'said on "Meet the Press" that ...': a programme's title
                end += 1
                continue
            if end > j and word in WEEKDAY_WORDS and hit:
                end += 2 if end + 1 < self.n and self.lowers[end + 1] in PARTS_OF_DAY else 1
                break  # "said in a speech Tuesday night the bill ...": the day closes the phrase, the clause follows
            if end > j and self.lowers[j - 1] in ("through", "via") and word in word_set("role_words"):
                hit = True  # "said through a spokesman that ..."
            if token.quote is not None or word in (",", ".", "that", ":", ";") or word in ADVERBIAL_BOUNDARIES or (
                    end > j and (word in CLAUSE_OPENERS_AFTER_TIME or word in SUBJECT_PRONOUNS and end + 1 < self.n and _looks_like_verb(self.lowers[end + 1]))):  # ("said on Friday he met ...")
                break  # ("said in August after Nabisco announced ...": the time, then a clause of its own)
            if word in ADVERBIAL_NOUNS or word in _adverbial_time_words() or word in word_set("audiences") or YEAR.fullmatch(word):
                hit = True
            if word in ("with", "to") and end > j:
                hit = hit or end + 1 < self.n and bool(longest_known_outlet([t.text for t in self.tokens[end + 1:end + 6]]) or self._outlet_run(end + 1, min(self.n, end + 7)))
            end += 1
        if not hit:
            words = [t.text for t in self.tokens[j:j + 6]]
            if self.lowers[j - 1] == "on":
                return end if self._broadcast_venue(j, end) else None
            known = longest_known_outlet(words) or longest_known_outlet(words[1:]) and (1, "") or self._outlet_run(j, min(self.n, j + 6))
            if known and self.lowers[j - 1] in ("to", "with") or self.lowers[j - 1] == "in" and self._known_outlet_spans(j, end):
                return end
            return None
        return end

    def _known_outlet_spans(self, j: int, end: int) -> bool:
        """"noted in The Ledger.": the whole phrase after "in" is a known outlet, the publication the words appeared in
        ("in Mirror Lake" is a place that opens like an outlet's name)."""
        known = longest_known_outlet([t.text for t in self.tokens[j:end]])
        return known is not None and known[0] == end - j

    def _broadcast_venue_then_report(self, j: int) -> bool:
        """"insisted on CNN that ...": after a verb's own "on", the broadcaster it was said on, then what was said."""
        end = self._adverbial_phrase_end(j)
        return end is not None and end < self.n and (self.lowers[end] == "that" or self.tokens[end].quote is not None) and self._broadcast_venue(j, end)

    def _broadcast_venue(self, j: int, end: int) -> bool:
        """After "on": a known outlet, or its show in capitals ("said Sunday on CNN that ...", "said on MSNBC's Morning
        Joe"), and nothing else before ``end`` ("on CNN's coverage" is what was spoken of, not where)."""
        known = longest_known_outlet([t.text for t in self.tokens[j:min(end, j + 6)]], possessive=True)
        # ("said on NBC's Meet the Press": a title's small words between its capitalised ones)
        return known is not None and self.tokens[end - 1].is_capitalized and all(self.tokens[x].is_word and (
            self.tokens[x].is_capitalized or self.lowers[x] in OUTLET_NAME_LINKS) for x in range(j + known[0], end))

    def _title_closes_sentence(self, x: int) -> bool:
        """"..., in his memoir, 'Hard Calls.'": a quoted title, and nothing after it but end marks."""
        return x < self.n and self.tokens[x].quote is not None and self._title_quote(x) and self._only_tail(x + 1)

    def _title_quote(self, x: int) -> bool:
        words = re.findall(r"[A-Za-z][\w'’-]*", self.text[self.tokens[x].quote.start:self.tokens[x].quote.end])
        small = ("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from")
        return bool(words) and len(words) <= 8 and words[0][0].isupper() and all(w[0].isupper() or w.lower() in small for w in words)

    def _note_outlet_in(self, frame: Frame, start: int, end: int) -> None:
        for x in range(start, end):
            if x == start and self.lowers[x] in ("a", "an"):
                # "in a CBS interview", "during an ABC News interview" are heard through the outlet; "at a Fox News town hall" is only where
                named = self._after_piece_modifiers(x + 1, end)  # ("in a recent Fox News interview", "in a 2015 CBS interview")
                known = longest_known_outlet([t.text for t in self.tokens[named:end]]) or self._outlet_named_by_pattern(named, end)
                if known and named + known[0] < end and self.lowers[named + known[0]] in word_set("speech_nouns"):
                    frame.outlet_heard = known[1]
                    return
            elif self.lowers[x] in OUTLET_HEARD_PREPOSITIONS or x == start or self._published_in(x, start) or self._piece_made_for(x, start):
                first = x + 1 if x > start or self.lowers[x] in OUTLET_HEARD_PREPOSITIONS else x
                if first + 1 < end and self.lowers[first][:-2] in WEEKDAYS and self.lowers[first].endswith(POSSESSIVE_ENDINGS):
                    first += 1  # "in a column in Saturday's Ledger": the day's edition of the outlet
                # ("by telephone on NBC's 'Meet the Press'", "in an interview with CNN's Ann Lee": the outlet before its show or journalist)
                known = longest_known_outlet([t.text for t in self.tokens[first:end]], possessive=True)
                if known:
                    frame.outlet_heard = known[1]
                    return
                named = self._outlet_run(first, end)
                if named:
                    frame.outlet_heard = named
                    return
                if self.lowers[x] == "by" and x > start and self.lowers[x - 1] in CARRIED_BY:
                    # "in a statement carried by ORT": whatever carries a statement is an outlet
                    last = first + 1 if first < end and self.lowers[first] == "the" else first
                    while last < end and self.tokens[last].is_word and self.tokens[last].is_capitalized:
                        last += 1
                    if last > first and self.tokens[last - 1].is_capitalized:
                        frame.outlet_heard = self.text[self.tokens[first].start:self.tokens[last - 1].end]
                        if self.lowers[first] == "the":
                            frame.outlet_heard = frame.outlet_heard[4:]
                        return

    def _outlet_named_by_pattern(self, first: int, end: int) -> tuple[int, str] | None:
        """The capitalised words at ``first`` when their pattern names an outlet the list lacks ("a Harlow Ledger op-ed")
        -> (word count, name), as ``longest_known_outlet`` answers."""
        last = first
        while last < end and last - first < MAX_OUTLET_NAME_WORDS and self.tokens[last].is_word and self.tokens[last].is_capitalized:
            last += 1
        name = outlet_name(self.text[self.tokens[first].start:self.tokens[last - 1].end]) if last - first >= 2 else None
        return (last - first, name) if name else None

    def _piece_made_for(self, x: int, start: int) -> bool:
        """"in an interview for the Ledger's podcast", "in a column for the Ledger": the outlet a piece was made for relays it."""
        return self.lowers[x] == "for" and x > start and (self.lowers[x - 1] in word_set("speech_nouns") or self.lowers[x - 1] in PUBLISHED_PIECES)

    def _after_piece_modifiers(self, x: int, end: int) -> int:
        """The index after the lower-case words or year of a piece's description: "recent", "lengthy", "2015"."""
        first = x
        while x < end and x - first < MAX_PIECE_MODIFIERS and self.tokens[x].is_word and not self.tokens[x].is_capitalized:
            x += 1
        return x

    def _published_in(self, x: int, start: int) -> bool:
        """"wrote in a guest column in the Ledger", "said in a recent report in the Ledger", "in an opinion article published
        in the Ledger": the outlet that published the piece relays it."""
        if self.lowers[x] != "in" or x <= start:
            return False
        piece = x - 2 if self.lowers[x - 1] == "published" and x - 1 > start else x - 1
        return self.lowers[piece] in PUBLISHED_PIECES or self.lowers[piece] == "report"

    def _outlet_run(self, first: int, end: int) -> str | None:
        """An outlet named by pattern at ``first``: "the Millbrook Gazette", "KXRT-TV", "Radio Nord"."""
        x = first + 1 if first < end and self.lowers[first] == "the" else first
        last = x
        while last < end and self.tokens[last].is_word and (self.tokens[last].is_capitalized or self.lowers[last] in ("of", "and")):
            last += 1
        while last > x and not self.tokens[last - 1].is_capitalized:
            last -= 1
        if last == x:
            return None
        name = self.text[self.tokens[first].start:self.tokens[last - 1].end]
        return outlet_name(name) or self._call_letters(name, last)

    def _call_letters(self, name: str, after: int) -> str | None:
        """A station's bare call letters where an outlet is expected, unless a lower-case noun follows them as their
        modifier ("told WNBA players", "with KPMG auditors": the letters name whose people, not who heard)."""
        if len(name) != 4 or after < self.n and self.tokens[after].is_word and self.lowers[after] not in CALL_LETTER_FOLLOWERS \
                and not self.tokens[after].is_capitalized:
            return None
        return bare_call_sign(name)

    def _only_tail(self, j: int) -> bool:
        """Nothing but end marks, closing quotes and brackets from ``j`` on."""
        return TAIL_MARKS.issuperset(self.lowers[max(j, 0):])

    def _is_trailing(self, frame: Frame) -> bool:
        if frame.inherit or frame.subject_start is None:
            return False
        s = frame.subject_start
        if not (s > 0 and (self.lowers[s - 1] == "," or self.tokens[s - 1].quote is not None)):
            return False
        if self.lowers[s - 1] == "," and self._opening_phrase(s - 1):
            return False  # "In the early 1980s, Holt said, when she ...": a time or place alone before the tag reports nothing
        # ('... "a crisis" and "a plague," Ann Lee proclaimed to a crowd at the convention.': to whom or where, after the quotation)
        return self._only_tail(frame.after_cue) or self._trailing_aside(frame, frame.after_cue) or (
            frame.after_cue < self.n and self.lowers[frame.after_cue] in TOLD_WHERE_PREPOSITIONS and self._quotation_tag_then_phrase(frame)) or (
            frame.cue_verb is not None and frame.cue_verb.audience and self._quotation_tag_then_hearer(frame))

    def _dashed_tag_after_quotation(self, frame: Frame, j: int) -> bool:
        """'- "If he wins, we lose," one ad declared - or ...': a tag between a quotation a dash opened and the dash that
        closes the aside speaks for the quotation, even when it names its speaker loosely ("one ad", "a voter")."""
        s = frame.subject_start
        return j < self.n and self.lowers[j] in CUE_ASIDE_DASHES and s > 1 and self.tokens[s - 1].quote is not None and self.lowers[s - 2] in CUE_ASIDE_DASHES

    def _trailing_aside(self, frame: Frame, j: int) -> bool:
        """"..., prosecutors told jurors Tuesday as the trial opened." / "..., the company
        confirmed on Friday, ending a century of ...": the cue ends the report and the sentence
        goes on with a circumstance, not with a clause of its own."""
        if frame.mention is None or frame.mention.generic and not self._definite_tag_then_clause(frame, j) and not self._dashed_tag_after_quotation(frame, j) or (
                frame.mention.kind == "pronoun" and frame.mention.pronoun != "person"):
            return False
        if not any(map(_IS_WORD, self.tokens[:frame.subject_start])) or frame.subject_start < MIN_TRAIL_CONTENT_TOKENS and not (
                "\x00quote" in self.lowers[:frame.subject_start] and "\x00quote" not in self.lowers[j:]):
            # (a quotation is one token, however many words: 'The "question ... remains open," Hasen wrote after ...'; one
            # after the tag goes on with the same words: 'The "X," he told Y after the debate, "and Z."')
            return False
        if j + 1 >= self.n:
            return False
        word = self.lowers[j]
        if word == "," and "in" in self.lowers[frame.cue_index + 1:j] and self._title_closes_sentence(j + 1):
            return True  # "..., Ruiz wrote in his 2012 book, 'A Cuban Son.'": where it was written, the quotation its title
        named = j + 1 if self.lowers[j + 1] != "the" else j + 2  # "..., Dayen noted in The Intercept.", "wrote in the Atlantic"
        if word in ("in", "at") and named < self.n and self.tokens[named].is_capitalized and self.lowers[named] not in word_set("capitalized_function_words"):
            place = named
            while place < self.n and place - j <= 4 and self.tokens[place].is_word and self.tokens[place].is_capitalized:
                place += 1  # "..., Hollande said Tuesday in Paris, noting ...": where it was said, then the circumstance
            return self._only_tail(place) or place < self.n and self.lowers[place] == "," and self._trailing_aside(frame, place)
        if word == ";" or word == ":" and self.tokens[j + 1].quote is None and not self._opening_phrase(frame.subject_start - 1):
            return True  # "..., political analysts say; in 2012, ...", "..., insiders said: the polls, the money": the report ends with its clause
        if word in ("-", "—", "–") and frame.subject_start > 0 and (self.tokens[frame.subject_start - 1].quote is not None or not self._opening_phrase(frame.subject_start - 1)):
            # "- ''Born with a silver spoon,'' Mr. Elkins said - but ...": the tag closes a dashed aside; "The move could cost
            # him votes, his allies believe — votes he will need": the sentence goes on about its own words after the tag
            return True
        if word == ",":
            after = self.lowers[j + 1]
            if after in ("in", "amid", "despite") and self._verbless_rest(j + 2):
                return True  # "..., KNA reported, in the most serious clash in a decade."
            if after in ("and", "but") and j + 2 < self.n and self.tokens[j + 2].is_word and self.lowers[j + 2] not in ("that", "said", "added"):
                return True  # "At least 30 were missing, the office said, and the toll was expected to rise."
            if after in ("citing", "quoting") and j + 2 < self.n:
                self._read_parenthesis(frame, j + 1, self.n - 1 if self.lowers[self.n - 1] in SENTENCE_END else self.n)
            return self.tokens[j + 1].is_word and not self.tokens[j + 1].is_capitalized and (
                (after.endswith("ing") and len(after) > 4 and (after not in ("saying", "adding", "writing", "telling", "noting", "stating") or after in ("adding", "noting") and self._report_goes_on(frame, j)
                                                               or self._closes_quoted_clause(frame))) or (
                    after in TRAILING_CIRCUMSTANCE))
        if word in TRAILING_CIRCUMSTANCE:
            return not any(self.lowers[x] == "that" for x in range(j + 1, min(self.n, j + 6)))
        return False

    def _note_outlet_heard_after_participle(self, frame: Frame, x: int) -> None:
        """'"...," Lee said, speaking to CNN after the vote.': the outlet right after the participle's preposition is the
        one the words were heard through; what the phrase goes on to say (when, where, about what) names no hearer."""
        if self.lowers[x] not in OUTLET_HEARD_PREPOSITIONS:
            return
        limit = min(self.n, x + 7)
        known = longest_known_outlet([t.text for t in self.tokens[x + 1:limit]], possessive=True)
        named = known[1] if known is not None else self._outlet_run(x + 1, limit)
        if named:
            frame.outlet_heard = named

    def _closes_quoted_clause(self, frame: Frame) -> bool:
        """'The judge cannot say that "from his point of view," Lee added, saying ...': the tag right after a quotation
        that the writer's words open closes that report (a quotation opening the sentence is read as a whole)."""
        quote_at = frame.subject_start - 1
        return self.tokens[quote_at].quote is not None and any(self.tokens[x].is_word for x in range(quote_at))

    def _definite_tag_then_clause(self, frame: Frame, j: int) -> bool:
        """"The delay was caused by weather, the airline said, and flights resume Monday": a definite noun of
        two words tagged between commas, then a clause joined by "and"/"but", speaks for the clause before it."""
        s = frame.subject_start
        return frame.mention.definite and frame.subject_start is not None and s > 0 and self.lowers[s - 1] == "," and (
            frame.after_cue == s + 3 and self.lowers[s] == "the") and j + 2 < self.n and self.lowers[j] == "," and self.lowers[j + 1] in ("and", "but")

    def _report_goes_on(self, frame: Frame, j: int) -> bool:
        """"The plan will fail, Lee said, adding that ...": an unquoted clause, its tag, then the speaker's next report
        (a quotation before the tag is the quotation's own)."""
        return frame.subject_start is not None and frame.subject_start > 1 and self.tokens[frame.subject_start - 2].quote is None and not any(
            self.tokens[x].quote is not None and not self._quoted_word_in_clause(x) for x in range(frame.subject_start))

    def _quoted_word_in_clause(self, x: int) -> bool:
        """'Trump's "excesses" are sickening, Hollande said, noting ...': a few quoted words inside an unquoted clause."""
        quote = self.tokens[x].quote
        return quote.end - quote.start <= MAX_QUOTED_WORD_CHARS and x + 1 < self.n and self.tokens[x + 1].is_word

    def _quotation_tag_then_phrase(self, frame: Frame) -> bool:
        """'"We stand with you," Ray told the victims' families.', '... Ray said late last week.': a tag right after a
        quotation, then words with no verb of a clause: whom or when it was said to, never what."""
        s, j = frame.subject_start, frame.after_cue
        if s is None or s < 1:
            return False
        quoted = s - 1 if self.tokens[s - 1].quote is not None else s - 2 if s > 1 and self.lowers[s - 1] == "," else None
        if quoted is None or self.tokens[quoted].quote is None or not self.text[self.tokens[quoted].start:self.tokens[quoted].end].rstrip("\"'”’ ").endswith(
                (",", ".", "!", "?")):
            return False  # ('<tweet date="March 10, 2016">Weaver told me ...': a quoted value, no quotation a tag closes)
        return self._verbless_rest(j) and not any(self.lowers[x] == "that" or self.lowers[x] in word_set("wh_starters") for x in range(j, self.n))

    def _quotation_tag_then_hearer(self, frame: Frame) -> bool:
        """'"We stand with you," Ray told the radio show "Open Line" after the vote, which ...', '..., Ray told a town hall
        meeting in Dover, where ...': after a tag closing a quotation, "told" and a hearer that runs on, with a show's
        quoted name in it or a clause on its last noun; the phrase up to the break is still whom it was said to."""
        s, j = frame.phrase_start if frame.phrase_start is not None else frame.subject_start, frame.after_cue
        if s is None or s < 1 or not self._quotation_tag_then_phrase_opens(s):
            return False
        for x in range(j, self.n):
            word = self.lowers[x]
            if word in HEARER_TAIL_BREAKS or word in SENTENCE_END:
                return x > j + 1
            quote = self.tokens[x].quote
            quoted = self.text[quote.start:quote.end].rstrip() if quote is not None else ""
            if quote is not None and (len(quoted.split()) > 4 or quoted.endswith((",", ".", "!", "?"))):
                return False  # ('..., Ray told Lee, "and we will win."': the quotation goes on)
            if quote is None and (word in AUXILIARIES or word in FINITE_VERBS or word == "that"):
                return False  # ('"I'm done," she told reporters the race was over': a clause)
        return False

    def _quotation_tag_then_phrase_opens(self, s: int) -> bool:
        """The tag's subject at ``s`` comes right after a quotation that closes with its own punctuation ('"We won," Ray',
        '"We won," the mayor, Ray Lee,'), not after a quoted name or value."""
        quoted = s - 1
        while quoted >= 0 and s - quoted <= MAX_TAG_DESCRIPTION_TOKENS and self.tokens[quoted].quote is None and (
                self.tokens[quoted].is_word and not self.tokens[quoted].is_capitalized or self.lowers[quoted] == ","):
            quoted -= 1  # (the description set off before the name: "the assailant,")
        return quoted >= 0 and self.tokens[quoted].quote is not None and self.text[self.tokens[quoted].start:self.tokens[quoted].end].rstrip(
            "\"'”’ ").endswith((",", ".", "!", "?"))

    def _verbless_rest(self, j: int) -> bool:
        """The sentence from ``j`` on is a phrase, not a clause: no quotation, no finite verb (up to a comma before a
        participle: "told the hosts on the radio, sounding weary", the speaker's manner)."""
        if self.n - j < 2:
            return False
        for x in range(j, self.n):
            word = self.lowers[x]
            if word == "," and x > j and x + 1 < self.n and self.lowers[x + 1].endswith("ing") and self.tokens[x + 1].is_word:
                return True
            if self.tokens[x].quote is not None or word in AUXILIARIES or word in FINITE_VERBS or word in (",", ";", ":"):
                return False
        return True

    def _read_content(self, frame: Frame) -> None:
        j = frame.after_cue
        if j >= self.n:
            return
        if self._circumstance_of_speaking(j):
            that = next((x for x in range(j + 2, min(self.n - 1, j + 14)) if self.lowers[x] in ("that", ",", ";", ":") or self.tokens[x].quote is not None), None)
            if that is not None and self.lowers[that] == "that" and self._clause_can_start(that + 1) and not (self._relative_that_at(that) and not self._finite_clause_at(that + 1)):
                frame.content, frame.content_mode = (that + 1, self.n), "that"  # "said while campaigning in Iowa that ..."
            return
        word = self.lowers[j]
        verb = frame.cue_verb
        if verb.audience and self._quotation_tag_then_hearer(frame):
            return
        if word in verb.particles and not self._for_time(j) and (not (frame.mention is not None and frame.mention.generic) or j + 1 < self.n and self.lowers[j + 1] == "that"
                                                                   or self._provision_calls(frame)):
            # "called for ...", "talked about ...", "pointed out that ...", "agreed with ..."
            k = j + 1
            frame.cue = f"{frame.cue} {self.tokens[j].text}" if j == frame.cue_index + 1 else frame.cue
            agreed_that = self._agreed_with_whom_that(frame, k)
            if k < self.n and self.lowers[k] == "that":
                frame.content, frame.content_mode = (k + 1, self.n), "that"
            elif agreed_that is not None:
                frame.content, frame.content_mode = (agreed_that, self.n), "that"  # "agreed with Lee that the tax is unfair"
            elif k < self.n and self._object_can_start(k) and not self._asked_for_comment(frame, k):
                # "called for an inquiry", "worried about the cost"; "talked about the economy" names a topic only
                self._object_content(frame, k, particle=True)
            return
        if verb.lemma in DENIAL_LEMMAS and self._denied_charge_at(frame, j):
            self._object_content(frame, j, particle=True)  # "denied the charges", "disputed their account": the charge denied
            if frame.content is not None:
                end = next((x for x in range(j + 2, frame.content[1] - 1) if self.lowers[x] in ("and", "but") and (
                    _looks_like_verb(self.lowers[x + 1]) or self.lowers[frame.cue_index].endswith("s") and self.lowers[x + 1].endswith("s") and not self.lowers[x + 1].endswith("ss"))), None)
                if end is not None:
                    frame.content = (frame.content[0], end)  # "denies any wrongdoing and points out that ...": the next verb is a report of its own
            return
        if verb.partial_only:
            if verb.target and word in ("how", "what", "why") and j + 1 < self.n and not (frame.mention is not None and frame.mention.generic):
                frame.content, frame.content_mode = (j, self.n), "wh"  # "described how the plan failed"
            elif verb.target and not (frame.mention is not None and frame.mention.generic and frame.mention.head not in AIMED_TEXT_HEADS):
                self._target_object(frame, j)  # ("The ad touts his record", "The petition accuses the campaign of ...": what a text aims at)
            elif verb.lemma in NAMING_LEMMAS and (frame.mention is not None and not frame.mention.generic or frame.inherit):
                self._named_as(frame, j)  # ("..., calling them rapists": the participle's speaker is the clause's subject)
            return
        if verb.lemma == "ask" and word not in QUESTION_OPENERS:
            j = self._asked_whom(j)  # "asked the students if ...", "asked Sanders whether ..."
            if j == frame.after_cue:
                j = self._asked_whom_described(j)
            word = self.lowers[j] if j < self.n else ""
            if j >= self.n:
                return
            if word in ("not", "never") and j + 2 < self.n and self.lowers[j + 1] == "to" and not (frame.mention is not None and frame.mention.generic):
                self._object_content(frame, j)  # "asked voters not to stay home", "who asked not to be named"
                return
            colon = next((x for x in range(j, min(self.n - 2, j + 8)) if self.lowers[x] == ":" or not self.tokens[x].is_word), None)
            if colon is not None and self.lowers[colon] == ":" and colon > j and self.lowers[colon - 1] in ("question", "questions") and (
                    self.tokens[colon + 1].is_word and self.tokens[colon + 1].is_capitalized and self.lowers[self.n - 1] == "?"):
                frame.content, frame.content_mode = (colon + 1, self.n), "wh"  # "asked the candidates a simple question: Who ...?"
                return
            if word == "for" and j > frame.after_cue and j + 1 < self.n and self._object_can_start(j + 1) and not self._asked_for_comment(frame, j + 1):
                self._object_content(frame, j + 1, particle=True)  # "asked the Supreme Court for quick action": what is asked for
                return
        if word == "," and verb.bare and not verb.bare_finite and self._conditional_aside(j) and not (frame.mention is not None and frame.mention.generic):
            word, j = self.lowers[j + 1], j + 1  # 'saying, if elected, she would ...': the clause opens with its condition
            start, mode = j, "bare"
        elif word == "that":
            if j > frame.cue_index + 1 and self._relative_that_at(j) and not self._finite_clause_at(j + 1):
                # "said in a video that showed off the changes": the video's clause, not what was said; "in an interview
                # that aired Sunday that ...": what was said opens at the next "that"
                later = next((x for x in range(j + 3, min(self.n - 1, j + 9)) if self.lowers[x] in ("that", ",", ";", ":", ".") or self.tokens[x].quote is not None), None)
                if later is None or self.lowers[later] != "that" or not self._clause_can_start(later + 1):
                    return
                j = later
            start, mode = j + 1, "that"
        elif word == ":" and j + 2 < self.n and self.tokens[j + 1].quote is None and not verb.belief and not self.lowers[frame.cue_index].endswith("ing") and (
                self.lowers[frame.cue_index] not in PROMISE_NOUN_FORMS and self._clause_can_start(j + 1)):
            # "Holt said: the plan is dead": the words after the colon, unquoted ("something voters wanted: ..." names a thing;
            # a participle's subject is too often far away)
            start, mode = j + 1, "that"
        elif word == "yes" and verb.lemma == "say" and (self.lowers[0] == "asked" or self.n > 2 and self.lowers[0] == "when" and self.lowers[1] == "asked" or (
                j + 1 >= self.n or self.lowers[j + 1] in SENTENCE_END)):
            start, mode = j, "bare"  # "Asked if her email practices were illegal, 46 percent of voters said yes", "Lee said yes.": the answer
        elif word == "so" and verb.lemma == "say" and self._share_repeats(frame) and (j + 1 >= self.n or self.lowers[j + 1] in SHORT_REPLY_FOLLOWERS):
            frame.content, frame.content_mode = (j, j + 1), "bare"  # "after 55 percent said so in December": the finding before, repeated
            return
        elif verb.audience and (hearer_end := self._plain_hearer_before_that(j)) is not None:
            start, mode = hearer_end, "that"  # "told residents that ...", "telling the assembled donors that ..."
        elif word in word_set("wh_starters") and word != "whether" or verb.lemma in QUESTIONING_LEMMAS and word in QUESTION_OPENERS:
            start, mode = j, "wh"
            frame.stance = verb.lemma == "question"  # "questioned whether the plan would work": doubt cast, as on "his honesty"
        elif verb.bare and self._clause_can_start(j) and self.lowers[frame.cue_index] not in PROMISE_NOUN_FORMS and not self._quotation_tag_then_phrase(frame) and (
                # ("his campaign promise when he ...": a plain "promise", "pledge", "vow" is as often a noun)
                not (frame.mention is not None and frame.mention.generic) or self._generic_speaks(frame, j)) and (
                not verb.bare_finite or self._finite_clause_at(j) or verb.lemma == "suggest" and self._mandative_clause_at(j)) and (
                verb.lemma != "add" or self._verb_may_follow(j)) and not self._written_thing_at(verb, j):
            start, mode = j, "bare"
        else:
            # "said in a statement on Monday that ...": look a few words on for "that"
            start, mode = self._that_ahead(j)
            if start is None:
                start, mode = self._object_in_speech(frame, j)
            if start is None and verb.lemma == "report" and self._gerund_clause_at(j) and not (frame.mention is not None and frame.mention.generic):
                start, mode = j, "bare"  # "Mr. Kasich reported having $1.3 million in cash": a gerund clause is what is reported
            if start is None and verb.lemma == "report" and self._reported_figure_at(j) and not (frame.mention is not None and frame.mention.generic):
                frame.content, frame.content_mode = (j, self._figure_end(j)), "object"  # "police reported 906 attacks", "reported its smallest profit in 17 years"
                return
            if start is None and verb.object and (verb.intention or verb.belief) and self.lowers[j] in ("not", "never") and j + 2 < self.n and (
                    self.lowers[j + 1] == "to") and not (frame.mention is not None and frame.mention.generic):
                self._object_content(frame, j)  # "vowed not to raise taxes", "decided not to enter the race": an aim, negative
                return
            if start is None and verb.lemma == "claim" and self.lowers[j] == "to" and self._infinitive_at(j) and not (
                    frame.mention is not None and frame.mention.generic):
                self._object_content(frame, j)  # "senators who claim to object to the platform": what they claim of themselves
                return
            if start is None and verb.lemma == "express" and self._head_noun_at(frame, j, EXPRESSED_FEELINGS) and not (
                    # ("comments expressing confidence in ...": a participle after a noun, whose owner is not sure to be the subject found)
                    self.lowers[frame.cue_index].endswith("ing") and self.tokens[frame.cue_index - 1].is_word):
                self._object_content(frame, j, particle=True)  # "expressed admiration for Mr. Lee", "expressed their support for the levy"
                return
            if start is None and verb.lemma == "echo" and self._head_noun_at(frame, j, ECHOED_WORDS):
                self._object_content(frame, j, particle=True)  # "echoed Mr. Ryan's denunciation of the remarks", "echoed the criticism"
                return
            if start is None and verb.lemma == "recall" and self._recalled_thing_at(frame, j):
                self._object_content(frame, j, particle=True)  # "recalled her days as secretary of state", "recalled taking the elevator"
                return
            if start is None and verb.lemma == "tweet" and self.lowers[frame.cue_index] == "tweeted" and self._object_can_start(j) and not (
                    frame.mention is None or frame.mention.generic or self.tokens[j].is_capitalized or self.lowers[j] in PARTICLE_TIME_STARTS or self.lowers[j] == "to"
                    or self.lowers[j].endswith("ing")
                    or j + 1 < self.n and (self.lowers[j + 1] in TIME_UNITS or self.lowers[j + 1] in RECENT_TIME_UNITS)):  # ("tweeted the day after")
                self._object_content(frame, j, particle=True)  # "tweeted her thanks to the volunteers", "tweeted a chart of ...": what is posted
                return
            if start is None and verb.lemma == "announce" and self._head_noun_at(frame, j, ANNOUNCED_ACTS):
                self._object_content(frame, j, particle=True)  # "announced his candidacy", "announced plans to sue": an act made known
                return
            if start is None and verb.lemma == "question" and not (frame.mention is not None and frame.mention.generic):
                self._questioned_thing(frame, j)  # "questioned his depth and experience"
                return
            if start is None and verb.object and (self._object_can_start(j) or verb.belief and self._more_of_something_at(j)) and not (
                    frame.mention is not None and frame.mention.generic):
                self._object_content(frame, j)  # "urged voters to stay home", "endorsed Hillary Clinton", "wants more funding for schools"
                return
            if start is None:
                return
        if start < self.n:
            frame.content = (start, self.n)
            frame.content_mode = mode
            if frame.mention is not None and frame.mention.outlet and frame.cited is None:
                self._cited_at_end(frame, start)

    def _share_repeats(self, frame: Frame) -> bool:
        """"Six in 10 say he is decisive, after half said so in May", "Last month, 26 percent said the same": a share of
        those polled saying "so" or "the same" repeats the finding just reported (a person's "said so", "said yes" or
        "would say so" is too short to stand for anything)."""
        return frame.mention is not None and frame.mention.head == "percent" and not (frame.cue_index > 0 and self.lowers[frame.cue_index - 1] in MODALS)

    def _head_noun_at(self, frame: Frame, j: int, heads: frozenset[str]) -> bool:
        """One of ``heads`` a few words on, as the head of the object: a determiner or possessive, up to two modifiers."""
        if frame.mention is not None and frame.mention.generic:
            return False
        x = j + 1 if j < self.n and self.lowers[j] in DENIED_DETERMINERS else j
        owner = next((y for y in range(j, min(self.n, j + 4)) if self.lowers[y].endswith(("'s", "’s")) and all(
            self.tokens[z].is_word and self.tokens[z].is_capitalized for z in range(j, y + 1))), None)
        if owner is not None:
            x = owner + 1  # "Mr. Ryan's denunciation", "Clinton's line of criticism"
        for y in range(x, min(self.n, x + 3)):
            if not self.tokens[y].is_word:
                return False
            if self.lowers[y] in heads:
                return True
            if self.lowers[y].endswith(("'s", "’s")) or self.lowers[y] in ("of", "by", "to", "that", "and"):
                return False
        return False

    def _denied_charge_at(self, frame: Frame, j: int) -> bool:
        """"denied the charges", "denies any wrongdoing", "disputing accusations by the company": a charge, claim or report
        a few words on, as the head of the denied object (a determiner and up to two modifiers before it)."""
        if frame.mention is not None and frame.mention.generic:
            return False
        x = j + 1 if j < self.n and self.lowers[j] in DENIED_DETERMINERS else j
        for y in range(x, min(self.n, x + 3)):
            if not self.tokens[y].is_word:
                return False
            if self.lowers[y] in DENIED_CHARGES:
                return y + 1 >= self.n or self.lowers[y + 1] not in ("of", "to") or self.lowers[y] in ("claims", "claim", "allegations", "accusations", "charges", "reports")
        return False

    def _recalled_thing_at(self, frame: Frame, j: int) -> bool:
        """"recalled a visit to his church", "recalled Grayson giving her the same line": what a named or described speaker
        remembers aloud (not "recalled last week", not "recalled him saying": a time, or the words of someone else)."""
        if (frame.mention is None and not frame.inherit) or frame.mention is not None and frame.mention.generic or j >= self.n or not self._object_can_start(j) or (
                self.tokens[j].quote is not None):
            return False  # ("''He'd get choked up,'' Mr. Brown said, recalling a visit ...": a participle's speaker is the clause's)
        before = (frame.subject_start or 0) - 1
        if before >= 0 and (self.tokens[before].quote is not None or self.lowers[before] == "," and before > 0 and self.tokens[before - 1].quote is not None):
            return False  # "'I want to try,' Mr. Mitchell recalled the president telling him": the quotation is what is recalled
        if any(self.lowers[x] in ("telling", "saying", "asking") for x in range(j + 1, min(self.n, j + 5))):
            return False  # ("recalled the president telling him ...": someone else's words)
        word = self.lowers[j]
        if word == "her" and j + 1 < self.n and self.tokens[j + 1].is_word and not self.lowers[j + 1].endswith("ing"):
            return True  # "recalled her days as secretary of state": "her" as a possessive
        return word not in HEARER_PRONOUNS and word not in WEEKDAY_WORDS and word not in ("last", "earlier", "recently", "once", "today", "yesterday")

    def _agreed_with_whom_that(self, frame: Frame, k: int) -> int | None:
        """"agreed with the President that Britain would wait": whom the holder agrees with, then what they agree on (the
        clause after "that") -> where that clause starts."""
        if frame.cue_verb.lemma != "agree" or k >= self.n:
            return None
        for x in range(k + 1, min(self.n - 1, k + 8)):
            if self.lowers[x] in (",", ";", ":") or self.tokens[x].quote is not None or self.lowers[x] in AUXILIARIES:
                return None
            if self.lowers[x] == "that":
                return x + 1 if self._clause_can_start(x + 1) else None
        return None

    def _circumstance_of_speaking(self, j: int) -> bool:
        """"said when asked about the plan", "told reporters while campaigning in Iowa": when or while the speaker spoke, not
        what was said (a participle clause followed by a clause of its own, "after slamming into the crowd, the driver ...", is)."""
        if j + 2 >= self.n or self.lowers[j] not in {"when", "while", "whilst"} or not self.tokens[j + 1].is_word:
            return False
        word = self.lowers[j + 1]
        if word.endswith("ed") and len(word) > 4 or word in ("asked", "told", "shown", "given", "made"):
            return True  # "when asked if he had met Trump, ...": the question put to the speaker
        if self._questioner_then_question(j + 1):
            return True  # "said when Jones asked", "replied when a reporter pressed him": who put the question to the speaker
        if not (word.endswith("ing") and len(word) > 5) or self.lowers[j + 2] == "of":
            return False  # ("while polling of his members showed ...": a noun, the clause's subject)
        comma = next((x for x in range(j + 2, self.n) if self.lowers[x] == ","), None)
        return comma is None or not (self._clause_can_start(comma + 1) and self._finite_clause_at(comma + 1))

    def _questioner_then_question(self, j: int) -> bool:
        """"Jones asked", "a reporter pressed him on the vote": a short subject (a name, or a determiner and a noun) and a
        verb of questioning right after it, past tense."""
        verb = next((x for x in range(j + 1, min(self.n, j + 4)) if self.lowers[x] in QUESTIONER_VERBS), None)
        if verb is None or not all(self.tokens[x].is_word and (self.tokens[x].is_capitalized or self.lowers[x] in NOUN_DETERMINERS or x > j and not _looks_like_verb(self.lowers[x]))
                                   for x in range(j, verb)):
            return False
        return self.tokens[j].is_capitalized or self.lowers[j] in NOUN_DETERMINERS

    def _conditional_aside(self, j: int) -> bool:
        """", if elected president, she would ...": a condition set off by commas, then a clause."""
        if j + 2 >= self.n or self.lowers[j + 1] not in ("if", "when", "once", "unless"):
            return False
        close = next((x for x in range(j + 2, min(self.n, j + 12)) if self.lowers[x] == ","), None)
        return close is not None and close + 1 < self.n and self._clause_can_start(close + 1) and self._finite_clause_at(close + 1)

    def _generic_speaks(self, frame: Frame, j: int) -> bool:
        """"The self-described socialist said he would win": a determiner phrase the lexicon does not
        know as a source still speaks when it opens the sentence, says (not believes) and a finite
        clause follows."""
        return ((frame.cue_verb.lemma == "say" or frame.cue_verb.lemma in GENERIC_SPEECH_LEMMAS) and (frame.subject_start == 0 or self._contrasted_source(frame) or (
            # "more ethanol than the oil industry says the markets can handle": a comparison's own clause opens after "than"
            frame.subject_start is not None and frame.subject_start > 0 and (self.lowers[frame.subject_start - 1] == "than" or (
                # "..., as several included on it told POLITICO they were ...": a clause of its own after ", as"
                self.lowers[frame.subject_start - 1] == "," and self.lowers[frame.subject_start] == "as"))))
                or frame.cue_verb.lemma in POINTING_LEMMAS and self._pointing_thing(frame)) and self._finite_clause_at(j)

    def _pointing_thing(self, frame: Frame) -> bool:
        """"the missive suggests ...": a plain noun phrase right before the verb, no relative "who" and no verb of its own
        (not "a source said the parts of the network ... suggested": a clause inside another's report)."""
        s = frame.subject_start
        return s is not None and not frame.relative and self.lowers[frame.cue_index - 1] != "who" and not any(
            self.lowers[x] in FINITE_VERBS or self.lowers[x] in AUXILIARIES or cue_verb(self.lowers[x]) is not None for x in range(s, frame.cue_index))

    def _contrasted_source(self, frame: Frame) -> bool:
        """"While one company says there are 2,400, another says there are 1,800": "another" set against a source that said
        something earlier in the sentence speaks as that one does."""
        s = frame.subject_start
        return s is not None and s > 2 and frame.cue_index == s + 1 and self.lowers[s] in CONTRASTED_SOURCES and self.lowers[s - 1] in (
            "while", "whereas", "but", ",") and any(self.lowers[x] == self.lowers[frame.cue_index] for x in range(s - 1))

    def _target_object(self, frame: Frame, j: int) -> None:
        """"endorsed Hillary Clinton", "criticized the Republican Party's platform", "accused him of
        lying", "described the ground as 'Swiss cheese'": an act aimed at someone reports its object
        when the object names a person, party or organisation, or says something about it (an
        of/for/as complement). "defended the actions" names no one: a topic, not a report."""
        if j >= self.n or not self._object_can_start(j) and self.lowers[j] not in ("him", "her", "them", "us") or self.lowers[j] in ("to", "with"):
            return  # ("..., compared to last year": a preposition, nobody aimed at)
        end = j
        while end < self.n and self.lowers[end] not in OBJECT_BREAKS and self.lowers[end] not in OBJECT_CLAUSE_BREAKS.difference({"as"}) and not (
                self.lowers[end] in SENTENCE_END and end == self.n - 1):
            end += 1
        second = next((x for x in range(j + 1, end) if self.lowers[x] == "and" and self._second_cue_after_and(x)), None)
        if second is not None and not any(self.tokens[x].quote is not None for x in range(second, end)):
            end = second  # ("rejected the offer and called it 'a joke'": the quotation is the object's fragment, read as before)
        complement = next((x for x in range(j + 1, end) if self.lowers[x] in {"of", "for", "as"} and x + 1 < end and (
            self.lowers[x] != "of" or self.lowers[x + 1].endswith("ing") or self.lowers[x + 1] in ("being", "having", "trying"))), None)
        lemma = frame.cue_verb.lemma
        if complement is not None and (self.lowers[complement] == "of") != (lemma == "accuse") or complement is not None and (
                lemma in ("describe", "dismiss", "defend") and self.lowers[complement] != "as" or lemma == "endorse" or self.lowers[j].endswith("ing")):
            # "criticized the leaders of both parties": "of" opens a complement only after "accused";
            # "described arriving at a gathering for donors": "described" says something about its object with "as" only;
            # "endorsed Marsh for mayor": an endorsement says nothing about its object ("defended the remarks as a joke" does)
            complement = None
        named = self.lowers[j] in ("him", "her", "them") or self.tokens[j].is_capitalized or (
            self.lowers[j] in ("the", "his", "her", "their", "its") and j + 1 < end and self.tokens[j + 1].is_capitalized)
        if complement is None and not named and lemma == "defend" or "\x00quote" in self.lowers[j:end]:
            # 'slammed the plan as "reckless"': the quoted words are the report, as fragments. An evaluation
            # of a thing ("rejected the notion", "praised the ruling", "endorsed the compromise") is reported, but
            # "defended the actions" / "defended the government's record" names the speaker's own conduct, a topic
            # (the development corpus does not count it, although PolNeAR does)
            return
        if complement is None and self.lowers[j].endswith("ing") and len(self.lowers[j]) > 4:
            return  # "described arriving at a dinner": an act of the speaker's own, nothing said about anyone
        if lemma == "compare" and not self._compared_with(frame, j, end):
            return
        frame.content, frame.content_mode = (j, end), "object"
        frame.stance = complement is None

    def _questioned_thing(self, frame: Frame, j: int) -> None:
        """"Christie questioned his depth and experience", "questioning the other's fitness to lead": doubting a
        quality, a claim or a decision is a stance. Questioning a person ("police questioned the driver", "was
        questioned about the dispute") is an interrogation, and "questioned whether ..." a question reported."""
        if j >= self.n or not self._object_can_start(j) or self.lowers[j] in QUESTION_OPENERS or self.lowers[j] in ("him", "them", "me", "us", "you") or (
                frame.cue_index > 0 and self.lowers[frame.cue_index - 1] in COPULAS | {"being", "get", "got"} and self.lowers[frame.cue_index] == "questioned"):
            return  # (a passive: "was questioned about")
        if self.lowers[j] == "her" and not (j + 1 < self.n and self.tokens[j + 1].is_word and self.lowers[j + 1] not in PREPOSITIONS | NAME_CONTINUERS | {"over", "after", "during"}):
            return  # "questioned her about ...": the person; "questioned her judgment": what is hers
        end = j
        while end < self.n and self.lowers[end] not in OBJECT_BREAKS and self.lowers[end] not in OBJECT_CLAUSE_BREAKS.difference({"as"}) and not (
                self.lowers[end] in SENTENCE_END and end == self.n - 1) and not (self.lowers[end] == "and" and self._clause_after_and(end)):
            end += 1
        head = next((x for x in range(j, end) if self.lowers[x] in PREPOSITIONS), end)
        if any((self.lowers[x] in word_set("unnamed_heads") and self.lowers[x] not in QUESTIONED_RECORDS or self.lowers[x] in word_set("role_words") or (
                self.lowers[x] in ("suspect", "suspects"))) and not self._possessive_before(x + 1) for x in range(j, head)) or (
                self.tokens[j].is_capitalized and not self._possessive_before(j + 1) and not any(self._possessive_before(x + 1) for x in range(j, head))):
            return  # "questioned the driver", "questioned Lee for hours": a person
        if end > j:
            frame.content, frame.content_mode = (j, end), "object"
            frame.stance = True

    def _second_cue_after_and(self, x: int) -> bool:
        """"praised the plan and called it a model", "criticized the merger and ranked her among the worst": a past form of
        a cue verb right after "and" is a second report of the same subject, no part of the first one's object."""
        return x + 2 < self.n and self.lowers[x + 1].endswith("ed") and cue_verb(self.lowers[x + 1]) is not None and self.tokens[x + 2].is_word

    def _clause_after_and(self, x: int) -> bool:
        """"... the other's fitness and Senator Bernie Sanders pressing his attack", "decided not to run and she won": a
        name or a pronoun and its own verb after "and"."""
        if x + 2 < self.n and self.lowers[x + 1] in ("he", "she", "they", "we", "it") and self.tokens[x + 2].is_word:
            return True
        r = x + 1
        while r < self.n and r - x <= 5 and self.tokens[r].is_word and self.tokens[r].is_capitalized:
            r += 1
        # ("supporting Kasich and Sen. Rand Paul paid ...": a past form after the names is the sentence's own verb)
        return r > x + 1 and r < self.n and self.tokens[r].is_word and self.lowers[r].endswith("ing") and len(self.lowers[r]) > 4

    def _compared_with(self, frame: Frame, j: int, end: int) -> bool:
        """"compared abortion to the Holocaust", "compared himself with Lincoln": a likening by someone, what is likened
        then "to" or "with" what; a study comparing samples, or a figure "compared to" another, likens nothing."""
        mention = frame.mention
        if mention is not None and (mention.document or mention.head in DATA_HEADS or mention.head in STUDY_HEADS):
            return False
        return any(self.lowers[x] in ("to", "with") for x in range(j + 1, end))

    def _named_as(self, frame: Frame, j: int) -> None:
        """"called the actions lawful", "calls it a betrayal", "called Trump a liar": naming someone or something
        as what the speaker holds it to be. The object is a pronoun or a name, and a complement follows that is
        no place, time or hearer ("called him on Monday", "called Ann Lee yesterday" name a telephone call)."""
        if j >= self.n:
            return
        gap = self._naming_gap_at(frame, j)
        if gap is not None:
            end = j + 1
            while end < self.n and self.lowers[end] not in OBJECT_BREAKS and self.lowers[end] not in OBJECT_CLAUSE_BREAKS and not (
                    self.lowers[end] in SENTENCE_END and end == self.n - 1) and self.lowers[end] not in AUXILIARIES and self.lowers[end] != "and":
                end += 1
            if not any(self.tokens[x].quote is not None for x in range(j, end)):  # (a quoted name is the quotation's: 'what he called the "Evil Empire"')
                frame.content, frame.content_mode = (gap, end), "relative"  # "in what officials called a hate crime", "a bill that critics called unfair"
            return
        if self.lowers[j] in NAMED_PRONOUNS:
            rest = j + 1
        elif self.tokens[j].is_capitalized and self.tokens[j].is_word and (self.lowers[j] not in word_set("capitalized_function_words") or (
                # "called Mr. Dorsey an outstanding leader": a title opens the name
                self.lowers[j] in word_set("titles") and j + 1 < self.n and self.tokens[j + 1].is_capitalized)):
            rest = j + 1
            while rest < self.n and rest - j < MAX_NAMED_TOKENS and self.tokens[rest].is_capitalized and self.tokens[rest].is_word:
                rest += 1  # ("calling Senate Majority Leader Tom Reed a liar")
        elif self._named_thing_end(j) is not None:
            rest = self._named_thing_end(j)  # "called the incident a reason to ...": the thing, then what it is called
        elif self._named_thing_judged(j) is not None:
            rest = self._named_thing_judged(j)  # "called the actions lawful"
        else:
            return
        if rest < self.n and self.lowers[rest] == "," and self.tokens[j].is_capitalized:
            rest = self._past_apposition(rest)  # "called Mr. Dorsey, a former truck driver who was twice fined, an outstanding leader"
        if rest + 1 >= self.n or not self.tokens[rest].is_word or self.lowers[rest] in OBJECT_STARTS_REJECTED or self.lowers[rest] in WEEKDAY_WORDS or (
                self.lowers[rest] in _adverbial_time_words()) or self.tokens[rest].is_capitalized or _adverb_by_ending(self.lowers[rest]) or (
                len(self.lowers[rest]) > 4 and self.lowers[rest].endswith(("ed", "ing")) and not self._judgment_ends_clause(rest)):
            return  # ("a super PAC called Future45 funded by ...": a name given, then what describes the thing named)
        end = rest + 1
        while end < self.n and self.lowers[end] not in OBJECT_BREAKS and self.lowers[end] not in OBJECT_CLAUSE_BREAKS and not (
                self.lowers[end] in SENTENCE_END and end == self.n - 1) and (self.lowers[end] not in AUXILIARIES or any(
                    # ('calls her plan a "roadmap" for how she would ...': the verb is the inner clause's, not the sentence's)
                    self.lowers[x] in NAMED_INNER_CLAUSE_OPENERS for x in range(rest, end))):
            end += 1
        frame.content, frame.content_mode = (j, end), "object"

    def _naming_gap_at(self, frame: Frame, j: int) -> int | None:
        """"what he calls political correctness", "a bill that critics called anti-gay": the thing named is the relative
        pronoun before the subject, and the words after the verb are what it is called (its index, else None). Not
        "said that critics called him a liar", where "that" opens a clause with an object of its own."""
        s = frame.subject_start
        if s is None or s < 1 or self.lowers[s - 1] not in ("what", "that", "which") or frame.cue_index - s > 3 or self.lowers[frame.cue_index].endswith("ing"):
            return None
        if self.lowers[j] in NAMED_PRONOUNS or not self.tokens[j].is_word or self.tokens[j].quote is not None or self.lowers[j] in OBJECT_STARTS_REJECTED:
            return None
        if self.lowers[s - 1] == "that" and (s < 2 or not self.tokens[s - 2].is_word or cue_verb(self.lowers[s - 2]) is not None or self.lowers[s - 2] in COMPLEMENT_THAT_AFTER):
            return None
        return s - 1

    def _past_apposition(self, comma: int) -> int:
        """", a former truck driver who was twice fined, an outstanding leader": past a description set off by commas that
        opens with an article, to what follows it when that opens with an article too; else ``comma``."""
        if comma + 2 >= self.n or self.lowers[comma + 1] not in ("a", "an", "the"):
            return comma
        close = next((x for x in range(comma + 2, min(self.n - 1, comma + 22)) if self.lowers[x] == "," or self.tokens[x].quote is not None
                      or self.lowers[x] in (";", ":")), None)
        if close is None or self.lowers[close] != "," or self.lowers[close + 1] not in ("a", "an"):
            return comma
        return close + 1

    def _judgment_ends_clause(self, x: int) -> bool:
        """"called Clinton unqualified.", "called him biased, and ...": a single word ending the clause judges what is named
        (a participle with more after it describes it: "a PAC called Future45 funded by donors")."""
        return x + 1 < self.n and (self.lowers[x + 1] in (",", ";", "and", "but") or self.lowers[x + 1] in SENTENCE_END and x + 1 == self.n - 1)

    def _named_thing_judged(self, j: int) -> int | None:
        """"called the actions lawful", "calls his remarks divisive": a definite thing of a few plain words, then one word
        with an adjective's ending that ends the clause -> the index of that word."""
        if self.lowers[j] not in ("the", "his", "her", "their", "its", "this", "these", "those"):
            return None
        for x in range(j + 2, min(self.n - 1, j + 6)):
            word = self.lowers[x]
            if not self.tokens[x].is_word or self.tokens[x].is_capitalized or word in ("that", "which", "who", "to", "for", "on", "in", "at", "with", "of"):
                return None
            if word.endswith(JUDGING_ENDINGS) and not word.endswith("ment") and len(word) > 5 and self._judgment_ends_clause(x) and not _looks_like_verb(self.lowers[x - 1]):
                return x
        return None

    def _named_thing_end(self, j: int) -> int | None:
        """Where "a"/"an" opens what a definite thing is called: "called [the incident] a reason", "calls [the whole
        thing] an attack" (a few plain words, no comma, verb or quotation between)."""
        if self.lowers[j] not in ("the", "his", "her", "their", "its", "this"):
            return None
        for x in range(j + 2, min(self.n - 1, j + 7)):
            word = self.lowers[x]
            if word in ("a", "an"):
                return x if self.tokens[x + 1].is_word else None
            if not self.tokens[x].is_word or _looks_like_verb(word) or word in ("that", "which", "who", "to", "for", "on", "in", "at", "with"):
                return None
        return None

    def _more_of_something_at(self, j: int) -> bool:
        """"more funding", "fewer tests", "less regulation": an amount of a thing, a noun right after the comparative (not
        "more than", "more quickly", "more of the same")."""
        if self.lowers[j] not in ("more", "less", "fewer") or j + 1 >= self.n:
            return False
        word = self.lowers[j + 1]
        return self.tokens[j + 1].is_word and not self.tokens[j + 1].is_capitalized and word.isalpha() and len(word) > 2 and not (
            word in OBJECT_STARTS_REJECTED or word in CLAUSE_BOUNDARIES or word in PREPOSITIONS or word in AUXILIARIES or word.endswith("ly")
            or word in ("likely", "important", "difficult", "willing", "than"))

    def _object_can_start(self, j: int) -> bool:
        token = self.tokens[j]
        if token.quote is not None:
            return True
        word = self.lowers[j]
        return token.is_word and word not in OBJECT_STARTS_REJECTED and word not in AUXILIARIES

    def _object_content(self, frame: Frame, start: int, particle: bool = False) -> None:
        """What a verb reports as its object runs to the clause's first hard break. A speech act's
        plain noun phrase ("defended the plan", "announced the dates") names a topic, not words
        reported: only an infinitive ("urged voters to stay home"), an "of" clause ("accused him of
        lying"), a quotation or a particle's object ("called for an inquiry") counts; a belief's
        object always does ("opposes the deal")."""
        end = start + 1
        while end < self.n and self.lowers[end] not in OBJECT_BREAKS and not (self.lowers[end] in SENTENCE_END and end == self.n - 1) and not (
                self.lowers[end] in OBJECT_CLAUSE_BREAKS and not (self._as_complement_at(end) or frame.cue_verb.lemma in AS_BELIEFS and self.lowers[end] == "as")
                or self.lowers[end] == "and" and end + 1 < self.n and cue_verb(self.lowers[end + 1]) is not None) and not (
                self.lowers[end] == "and" and self._clause_after_and(end)):
            end += 1
        if end < self.n and self.lowers[end] == "who" and frame.cue_verb.directive and end > start:
            end = self._directed_past_relative(end)  # "called on others who took money from the donors to return it"
        if frame.in_relative or frame.cue_index > 0 and self.lowers[frame.cue_index - 1] in ("who", "that"):
            # "respondents who support Sanders are in college": the relative clause's object ends at the main verb
            # ("who threatened not to come unless he is paid": a pronoun's verb after "unless" is that clause's own)
            end = next((x for x in range(start + 1, end) if self.lowers[x] in AUXILIARIES and self.lowers[x - 1] not in ("that", "which", "who") and not (
                self.lowers[x - 1] in QUESTION_WHO_SUBJECTS and any(self.lowers[y] in _OWN_CLAUSE_OPENERS for y in range(start, x - 1)))), end)
        quote_comma = next((x for x in range(start, end) if self.tokens[x].quote is not None and self._quote_ends_with_comma(x)), None)
        if quote_comma is not None:
            end = quote_comma + 1  # 'acknowledges his appeal as a "forceful persona," he sees ...'
        if frame.cue_verb.lemma in AS_BELIEFS and (not any(self.lowers[x] == "as" or self.lowers[x] in JUDGING_ADVERBS for x in range(start + 1, end)) and (
                self._view_noun_after(start) is None) or any(self.tokens[x].quote is not None for x in range(start, end))):
            return  # "developers see golf courses as wasted space" is a view; "voters saw the ad" is not; a quotation in it is a fragment of its own
        if frame.cue_verb.lemma == "cite" and not self._cited_reason(frame, start, end):
            return  # (its object is judged by what is cited, not by a "to" inside it: "citing cuts to nutrition programs")
        if frame.cue_verb.lemma == "point" and self.lowers[frame.cue_index].endswith("ing"):
            return  # "..., pointing to the bottles on the shelf": a gesture hung on the clause, not evidence put forward
        if not (particle or frame.cue_verb.belief or frame.cue_verb.lemma == "cite" or self._reports_words(start, end) or (
                frame.cue_verb.lemma in ("characterize", "portray") and any(self.lowers[x] == "as" for x in range(start + 1, end))) or (
                # "demanded an apology", "promised a tax cut", "threatened a veto": the object is what the speaker wants done
                frame.cue_verb.lemma in WANTED_OBJECT_LEMMAS and self.lowers[start] not in HEARER_PRONOUNS and self.lowers[start] != "to" and (
                    frame.mention is None or "'s" not in frame.mention.text and "’s" not in frame.mention.text))):  # ("Trump's rhetoric threatens ...")
            return  # ("characterized the ruling as a victory": what is said about the object)
        frame.content, frame.content_mode = (start, end), "object"

    def _directed_past_relative(self, who: int) -> int:
        """"urged [voters] who backed him to stay home": the people a request is made of, described by a "who" clause, then
        what they are asked to do ("to" and a verb, no comma or quotation between) -> the end of that object, else ``who``."""
        to = next((x for x in range(who + 2, min(self.n, who + 24)) if self.lowers[x] == "to" and self._infinitive_at(x)
                   or self.lowers[x] in OBJECT_BREAKS or self.tokens[x].quote is not None), None)
        if to is None or self.lowers[to] != "to":
            return who
        end = to + 2
        while end < self.n and self.lowers[end] not in OBJECT_BREAKS and not (self.lowers[end] in SENTENCE_END and end == self.n - 1) and (
                self.lowers[end] not in OBJECT_CLAUSE_BREAKS):
            end += 1
        return end

    def _cited_reason(self, frame: Frame, start: int, end: int) -> bool:
        """"cited the budget gap as the reason", "declined, citing legal risks": what a speaker cites is the
        reason or evidence it puts forward. A source cited ("citing two aides", "citing internal documents")
        is whom a report relays, not a claim, and an outlet's citing is its relay."""
        if frame.mention is not None and frame.mention.outlet or end - start < 2 and not self.tokens[start].is_capitalized:
            return False
        if any(self.lowers[x] == "as" for x in range(start + 1, end)):
            return True  # ("the report cited an internal inquiry as identifying ...": what a document says about it)
        if frame.mention is not None and frame.mention.document:
            return False
        if frame.cue_index > 1 and self.lowers[frame.cue_index - 1] == "," and any(
                self.tokens[x].quote is None and (verb := cue_verb(self.lowers[x])) is not None and verb.bare and not verb.belief and not self._tags_quotation(x, frame.cue_index - 1)
                for x in range(frame.cue_index - 1)):
            return False  # "said the president would veto it, citing cuts to ...": the reason is part of that report
        cited = parse_mention(self.text, self.tokens[start:end])
        return cited is None or (cited.generic or cited.kind not in ("person", "unnamed", "pronoun")) and not cited.outlet and not cited.document and (
            cited.head not in DATA_HEADS and cited.head not in RECORD_HEADS)

    def _tags_quotation(self, x: int, comma: int) -> bool:
        """'"...," Lee said, citing low wages': the verb at ``x`` tags a quotation before it and reports nothing up to
        ``comma`` (no quotation, no "that" clause of its own), so what is cited after the comma is a reason of its own."""
        return any(self.tokens[y].quote is not None for y in range(x)) and not any(
            self.tokens[y].quote is not None or self.lowers[y] == "that" for y in range(x + 1, comma))

    def _as_complement_at(self, x: int) -> bool:
        """"characterizes herself as a 'change warrior'": "as" opening a complement, not a clause."""
        return self.lowers[x] == "as" and x + 1 < self.n and (self.lowers[x + 1] in ("a", "an", "the") or self.tokens[x + 1].quote is not None)

    def _reports_words(self, start: int, end: int) -> bool:
        for x in range(start, end):
            if self.tokens[x].quote is not None and not (x > 0 and self.lowers[x - 1] in ("so-called", "supposed", "self-styled", "self-proclaimed")):
                return True
            if self.lowers[x] == "to" and x + 1 < end and self.tokens[x + 1].is_word and self.tokens[x + 1].text[0].isalpha() and self.lowers[x + 1] not in (
                    "the", "a", "an", "his", "her", "their", "its") and not (
                    x > start and self.lowers[x - 1] in word_set("infinitive_nouns")):
                return True  # "urged voters to stay home", "vowed to fight"; not "its promise to reopen"
            if self.lowers[x] == "of" and x > start and x + 1 < end and self.lowers[x + 1].endswith("ing"):
                return True  # "accused the agency of hiding ..."
        return False

    def _cited_at_end(self, frame: Frame, start: int) -> None:
        """"Reuters reported that ..., citing two officials familiar with the talks": the source the
        outlet cites, named at the end of the sentence."""
        end = self.n - 1 if self.lowers[self.n - 1] in SENTENCE_END else self.n
        for x in range(max(start + 2, end - 12), end - 1):
            if self.lowers[x] == "," and self.lowers[x + 1] in ("citing", "quoting") and all(
                    self.tokens[y].quote is None and self.lowers[y] not in (",", ";") for y in range(x + 2, end)):
                self._read_parenthesis(frame, x + 1, end)
                return

    def _object_in_speech(self, frame: Frame, j: int) -> tuple[int | None, str | None]:
        """"In a statement, officials reiterated the coalition's mission: ...": inside a sentence
        that opens by naming a statement, a cue verb's object is what the statement said."""
        intro = self.speech_intro()
        if intro is None or frame.cue_index <= intro or not self._clause_can_start(j):
            return None, None
        return j, "object"

    def _that_ahead(self, j: int) -> tuple[int | None, str | None]:
        """"said in a statement on Monday that ...", "told reporters outside the court that ...",
        "told reporters in the provincial capital, Dunmere, that ...": a place, time or medium
        (with at most a capitalised apposition set off by commas) before "that"."""
        first = self.lowers[j]
        if first == "," and j + 2 < self.n and self.lowers[j + 1] == "that" and self._clause_can_start(j + 2):
            return j + 2, "that"  # "told Bill O'Reilly of Fox News, that ..."
        if first == "," and j + 2 < self.n:
            close = next((x for x in range(j + 1, min(self.n, j + 7)) if self.lowers[x] == ","), None)
            if close is not None and close + 1 < self.n and self.lowers[close + 1] == "that" and all(
                    self.tokens[x].is_word and self.lowers[x] not in AUXILIARIES for x in range(j + 1, close)):
                return close + 2, "that"  # "said, among other things, that ..."
            aside_end = self._comma_aside_before_that(j)
            if aside_end is not None:
                return aside_end, "that"  # "said on CNN, where he is now a paid contributor, that ..."
        if not self._for_time(j) and first not in THAT_AHEAD_STARTS and not self._hearer_then_that(j) or self._infinitive_at(j):
            return None, None
        x, limit = j, min(self.n, j + 12)
        while x < limit:
            word = self.lowers[x]
            if self.tokens[x].quote is not None or word in (";", ":", ".") or word in AUXILIARIES:
                return None, None
            if word == ",":
                aside_end = self._comma_aside_before_that(x)
                if aside_end is not None:
                    return aside_end, "that"  # "said on CNN, where he is now a paid contributor, that ..."
                y = x + 1
                while y < limit and self.tokens[y].is_capitalized and self.tokens[y].is_word:
                    y += 1
                if y == x + 1 or y >= self.n or self.lowers[y] != ",":
                    return None, None
                x = y + 1
                continue
            if word == "that":
                if x > j and (self.lowers[x - 1] in REPORT_NOUNS or self.lowers[x - 1][:-1] in REPORT_NOUNS or (
                        self.lowers[x - 1] in NOUN_CUE_FORMS and self.lowers[x - 1] not in ("point", "showing"))):
                    return None, None  # "responded to accusations that he ...": the noun's clause, someone else's claim
                if x > j and self.lowers[x - 1] in DEMONSTRATIVE_THAT_PREPOSITIONS:
                    return None, None  # "responded to that letter by ...": "that" after a preposition points at a thing
                if x > j and self._relative_that_at(x) and not self._finite_clause_at(x + 1):
                    return None, None  # "said in a video that showed off the changes": the video's clause, not what was said
                return x + 1, "that"
            x += 1
        return None, None

    def _plain_hearer_before_that(self, j: int) -> int | None:
        """"told residents that ...", "told the assembled donors that ...", "told the board: the county ...": a short hearer
        of plain words (no verb, name or quotation) before "that" (or a colon, no quotation after it) and a clause -> where
        the clause begins; the hearer is not what is told."""
        that = next((x for x in range(j + 1, min(self.n - 1, j + 5)) if self.lowers[x] in ("that", ":")), None)
        if that is None or self._looks_like_hearer_verb(j, that):
            that = self._hearer_with_modifier_end(j)  # "told an aide close to him that ...", "an adviser familiar with the talks that ..."
        if that is None or self.tokens[that + 1].quote is None and (
                not self._clause_can_start(that + 1) or _looks_like_verb(self.lowers[that + 1])) or (
                self.lowers[that] == ":" and self.tokens[that + 1].quote is not None):
            return None  # ("told the residents that lived nearby to leave": a relative clause)
        return that + 1

    def _hearer_with_modifier_end(self, j: int) -> int | None:
        """"one aide close to him that ...", "an adviser familiar with the talks that ...": a short hearer, then an adjective
        that takes a preposition and its object, then "that" -> the index of "that" (the hearer is whom it was told to)."""
        adjective = next((x for x in range(j + 1, min(self.n - 3, j + 4)) if self.lowers[x] in HEARER_MODIFIER_ADJECTIVES), None)
        if adjective is None or self.lowers[adjective + 1] not in ("to", "with") or any(
                not self.tokens[x].is_word or self.tokens[x].is_capitalized and x > j or self.lowers[x] in AUXILIARIES or _looks_like_verb(self.lowers[x])
                for x in range(j, adjective)):
            return None
        that = next((x for x in range(adjective + 2, min(self.n - 1, adjective + 7)) if self.lowers[x] == "that" or not self.tokens[x].is_word), None)
        if that is None or self.lowers[that] != "that" or that == adjective + 2 or any(
                self.lowers[x] in AUXILIARIES or _looks_like_verb(self.lowers[x]) for x in range(adjective + 2, that)):
            return None
        return that

    def _looks_like_hearer_verb(self, j: int, that: int) -> bool:
        return any(not self.tokens[x].is_word or self.tokens[x].is_capitalized or self.lowers[x] in AUXILIARIES or self.lowers[x] in FINITE_VERBS or (
            _looks_like_verb(self.lowers[x])) or self.lowers[x] in SUBJECT_PRONOUNS or self.lowers[x] in OBJECT_STARTS_REJECTED for x in range(j, that))

    def _comma_aside_before_that(self, j: int, more: bool = True) -> int | None:
        """"said on CNN, where he is now a contributor, that ...", "told reporters, after a long meeting on Monday, that ...":
        an aside set off by commas right after the cue's phrase (or two: "said, after his speech, in a session with Ann
        Lee, that"), then "that" and a finite clause or a quotation -> where the clause begins."""
        close = next((x for x in range(j + 2, min(self.n, j + MAX_CUE_ASIDE_TOKENS + 8)) if self.lowers[x] == "," or self.tokens[x].quote is not None
                      or self.lowers[x] in (";", ":", "(", ")") or self.lowers[x] in SENTENCE_END), None)
        if close is None or self.lowers[close] != "," or close + 2 >= self.n:
            return None
        if self.lowers[close + 1] != "that":
            return self._comma_aside_before_that(close, False) if more else None
        if self.tokens[close + 2].quote is not None and (close + 3 == self.n or self.lowers[close + 3] in SENTENCE_END):
            return close + 2  # ('said, in a session with Ann Lee, that "the plan failed."': the quotation is what is said)
        if close + 3 >= self.n:
            return None
        if not self._clause_can_start(close + 2) or not self._finite_clause_at(close + 2) or self.lowers[close + 2] in AUXILIARIES:
            return None  # ("..., that is, ...")
        return close + 2

    def _infinitive_at(self, j: int) -> bool:
        """"vowed to veto any bill that raises the tax": "to" and a verb open what the speaker means to
        do, and a "that" further on belongs to it; "said to reporters that ...", "told to the crowd"
        name a hearer (a determiner, a name or a plural noun after "to")."""
        if self.lowers[j] != "to" or j + 1 >= self.n:
            return False
        after = self.tokens[j + 1]
        word = self.lowers[j + 1]
        return after.is_word and not after.is_capitalized and word not in DETERMINERS_AFTER_TO and not (
            word.endswith("s") and not word.endswith("ss"))

    def _for_time(self, j: int) -> bool:
        """"for the first time", "for months", "for six years": a stretch of time after a cue ("said for months that ...")."""
        return self.lowers[j] == "for" and any(self.lowers[x] in TIME_UNITS for x in range(j + 1, min(self.n, j + 4)))

    def _aside_before_verb(self, j: int, end: int) -> bool:
        """A phrase from ``j`` closed by a comma and followed by the clause's verb: "trials, with expert witnesses, were"."""
        close = next((x for x in range(j + 1, min(end, j + 12)) if self.lowers[x] == "," or self.tokens[x].quote is not None), None)
        return close is not None and self.lowers[close] == "," and close + 1 < end and (
            self.lowers[close + 1] in AUXILIARIES or self.lowers[close + 1] in FINITE_VERBS)

    def _gerund_of_subject(self, i: int) -> bool:
        """"undermines confidence by suggesting the vote is rigged", "after vowing to ...": a gerund after "by", "after",
        "before" or "while" is what the clause's subject does, not a noun ("amid fears of ...")."""
        return self.lowers[i].endswith("ing") and self.lowers[i - 1] in ("by", "after", "before", "while")

    def _reported_figure_at(self, j: int) -> bool:
        """"police reported 906 attacks", "officials reported three new cases", "reported no arrests": a count of events
        reported is a claim, where a plain noun phrase ("reported the story") names only a topic. A company's results
        ("reported a profit of 12 million dollars") and a time ("reported 10 days ago") are no count."""
        x = j + 1 if self.lowers[j] in ("more", "fewer", "nearly", "almost", "over", "about", "roughly", "at") and j + 2 < self.n and (
            self.lowers[j + 1] != "than") else j + 2 if j + 2 < self.n and self.lowers[j + 1] == "than" else j
        x = x + 1 if self.lowers[x] == "least" and x + 1 < self.n else x
        count = self.lowers[x]
        if not (count == "no" or count in COUNT_WORDS or count[:1].isdigit() and count.replace(",", "").isdigit()):
            return False
        y = x + 1
        while y + 1 < self.n and (self.lowers[y] == "," and self.lowers[y + 1].isdigit() or self.lowers[y].isdigit()):
            y += 1  # "1,200"
        y = y + 1 if y + 1 < self.n and self.lowers[y] in ("new", "more", "additional", "confirmed", "separate") else y
        if y >= self.n or not self.tokens[y].is_word or self.tokens[y].is_capitalized:
            return False
        noun = self.lowers[y]
        return noun.endswith("s") and len(noun) > 3 and noun not in TIME_UNITS and not noun.endswith("ss") and noun not in ("percent", "dollars", "points")

    def _comma_in_number(self, x: int) -> bool:
        """The comma of "$353,000" or "1,200": digits on both sides, no space."""
        return 0 < x < self.n - 1 and self.tokens[x - 1].end == self.tokens[x].start == self.tokens[x + 1].start - 1 and (
            self.lowers[x + 1][:1].isdigit() and self.lowers[x - 1][-1:].isdigit())

    def _figure_end(self, j: int) -> int:
        """Where a reported figure's noun phrase ends: at the clause's first break, a comma inside a number ("$5,000") kept."""
        end = j + 1
        while end < self.n:
            word = self.lowers[end]
            if word == "," and end + 1 < self.n and self.tokens[end - 1].end == self.tokens[end].start == self.tokens[end + 1].start - 1 and (
                    self.lowers[end + 1][:1].isdigit()):
                end += 1
                continue
            if word in OBJECT_BREAKS or word in OBJECT_CLAUSE_BREAKS or word in SENTENCE_END and end == self.n - 1:
                break
            end += 1
        return end

    def _gerund_clause_at(self, j: int) -> bool:
        """"raising and spending about $9 million", "having $1.3 million": a gerund and its object."""
        word = self.lowers[j]
        return j + 1 < self.n and self.tokens[j].is_word and not self.tokens[j].is_capitalized and word.endswith("ing") and len(word) > 5 and (
            word not in PREPOSITIONS and word not in ("during", "nothing", "something", "anything", "everything", "morning", "evening", "building", "meeting", "funding", "spending", "polling")
            or word == "spending" and self.tokens[j + 1].is_word and self.lowers[j + 1] not in ("bill", "bills", "cuts", "plan", "package", "levels"))

    def _time_stretch_end(self, j: int) -> int | None:
        """The end of "for years", "for six months", "for the first time" at ``j``."""
        unit = next((x for x in range(j + 1, min(self.n, j + 4)) if self.lowers[x] in TIME_UNITS), None)
        return unit + 1 if unit is not None and all(self.tokens[x].is_word for x in range(j + 1, unit)) else None

    def _hearer_then_that(self, j: int) -> bool:
        """"promised Mr. Weiner that ...", "assured them that ...": a short hearer before "that"."""
        if not (self.tokens[j].is_capitalized and self.tokens[j].is_word or self.lowers[j] in ("him", "her", "them", "us", "me", "voters", "reporters")):
            return False
        return any(self.lowers[x] == "that" for x in range(j + 1, min(self.n, j + 5))) and not any(
            self.lowers[x] in AUXILIARIES or self.lowers[x] in FINITE_VERBS or self.tokens[x].quote is not None
            for x in range(j, next(x for x in range(j + 1, min(self.n, j + 5)) if self.lowers[x] == "that")))

    def _mandative_clause_at(self, j: int) -> bool:
        """"suggested she marry an American", "suggested the U.S. outsource the fight", "suggested the Democrats instead debate
        in Pennsylvania": what a speaker suggests someone do, its verb in the bare form. A pronoun subject shows the clause;
        after a noun phrase the bare verb must come after "instead"/"not" or take an object opened by an article."""
        if j + 2 >= self.n:
            return False
        pronoun = self.lowers[j] in ("he", "she", "they", "we", "it")
        if pronoun:
            x = j + 1
        elif self.lowers[j] in ("the", "his", "her", "their", "its") or self.tokens[j].is_capitalized:
            x = j + 1
            while x < self.n and x - j <= 3 and self.tokens[x].is_word and (self.tokens[x].is_capitalized or self.lowers[j] != "the" and x == j + 1):
                x += 1
            x = next((y for y in range(j + 1, min(self.n, j + 4)) if self.lowers[y] in MANDATIVE_ADVERBS and all(
                self.tokens[z].is_word for z in range(j + 1, y))), x)  # "the Democrats instead debate", "the council not vote"
        else:
            return False
        adverb = x < self.n and self.lowers[x] in MANDATIVE_ADVERBS
        x += 1 if adverb else 0
        if x + 1 >= self.n or not self.tokens[x].is_word or self.tokens[x].is_capitalized:
            return False
        word = self.lowers[x]
        if word in AUXILIARIES or _looks_like_verb(word) or word in PREPOSITIONS or word.endswith(("s", "ing", "ly")) and not word.endswith("ss") or len(word) < 3 or (
                "'" in word or "’" in word):  # ("polls suggest she shouldn't try": a finite modal, not a suggested act)
            return False
        return pronoun or adverb or self.lowers[x + 1] in ("the", "a", "an", "his", "her", "their", "its")

    def _written_thing_at(self, verb: CueVerb, j: int) -> bool:
        """"wrote the letter on Monday", "wrote a book about the port": what was written, not what it says. A clause after
        "wrote" needs its finite verb ("wrote the mayor that ..." still reports); words quoted in the phrase still need the
        writer as their source."""
        return verb.lemma == "write" and self.lowers[j] in OBJECT_DETERMINERS and not self._finite_clause_at(j) and not any(
            self.tokens[x].quote is not None or self.lowers[x] == "that" for x in range(j, self.n))

    def _finite_clause_at(self, j: int) -> bool:
        """"admitted he had lied" reports a clause; "admitted three charges", "warned residents to
        stay indoors" do not: a finite verb form must come a few words on, before any "to"."""
        if j < self.n and CONTRACTED_VERB.search(self.lowers[j]):
            return True  # "suggested he'd be competitive", "hinted she'll run": the verb is in the subject's contraction
        if j + 1 < self.n and self.lowers[j] in NOMINATIVE_PRONOUNS and self.tokens[j + 1].is_word and self.tokens[j + 1].quote is None:
            return True  # "admitted they withheld the emails", "announced she was leaving": "she" is only ever a subject
        if self._plural_people_verb_at(j):
            return True  # "said people misunderstand Trump", "says more GOP candidates keep distance from ...": a plural's present verb
        if self.lowers[j] in DEFINITE_PLURAL_DETERMINERS and self._determined_plural_verb_at(j):
            return True  # "suggested the recent floods highlight the risk": a plural's plain present verb, its object's determiner after it
        for x in range(j + 1, min(self.n, j + 8)):
            word = self.lowers[x]
            if word == "to" and x > j + 1 and self.lowers[x - 1] in INFINITIVE_NOUNS:
                return self._modal_after_infinitive(x)  # "suggested the mayor's refusal to disavow them could cost him"
            if word in (",", ";", ":", "to", "that", "which", "who", "whom") or word in SENTENCE_END or self.tokens[x].quote is not None:
                return False  # ("announced the locations that would be given ...": a noun and its relative clause)
            if word in FINITE_VERBS or word in FINITE_CUE_FORMS or (word.endswith("ed") and len(word) > 4) or (
                    word in IRREGULAR_PASTS and word not in PRESENT_ALIKE_PASTS):  # ("noted the fund hid four gifts")
                if word not in AUXILIARIES and (self.lowers[x - 1] in NUMBER_WORDS or self.lowers[x - 1].isdigit()):
                    continue  # "boasted only one paid staffer": after a count, a participle is an adjective before its noun
                return True  # ("noted the director said ...": a report is a clause too)
            if x > j + 1 and self._present_verb_before_object(x) and not any(
                    self.lowers[y] in CLAUSE_OPENING_WORDS or self.lowers[y] in ("as", "when", "if", "where") for y in range(j, x)):
                return True  # "suggested the flood highlights the threat": a present form, its object's determiner after it
        return False

    def _given_name_at(self, x: int, end: int) -> bool:
        """'"...," said Will Doyle', 'said May Lee': a capitalised word that is also a verb form, with a capitalised surname
        after it, is a given name."""
        return self.tokens[x].is_capitalized and x + 1 < end and self.tokens[x + 1].is_capitalized and self.tokens[x + 1].is_word and (
            self.lowers[x + 1] not in AUXILIARIES)

    def _plural_people_verb_at(self, j: int) -> bool:
        """A plural of people ("people", "voters", "more GOP candidates": up to three words before its head), a plain present
        verb after it, and the verb's object after that (a determiner, a name or a plain noun, not a preposition)."""
        for h in range(j, min(self.n - 2, j + 4)):
            word = self.lowers[h]
            if word in PLURAL_PEOPLE_SUBJECTS or word.endswith("s") and word in word_set("unnamed_heads"):
                after = self.lowers[h + 2]
                return self._plain_verb_at(h + 1) and self.tokens[h + 2].is_word and self.tokens[h + 2].quote is None and (
                    after in OBJECT_DETERMINERS or self.tokens[h + 2].is_capitalized or after.isalpha() and after not in PREPOSITIONS
                    and after not in NP_EDGES and after not in CLAUSE_BOUNDARIES and after not in AUXILIARIES and not after.endswith("ly"))
            if not self.tokens[h].is_word or self.tokens[h].quote is not None or word in PREPOSITIONS or word in CLAUSE_BOUNDARIES or word in AUXILIARIES:
                return False
        return False

    def _determined_plural_verb_at(self, j: int) -> bool:
        """"the recent floods highlight the risk", "these Ohio plants need a buyer": after a determiner, up to three words
        ending in a plural noun, then a plain present verb, then a determiner that opens its object (a plural noun is
        rarely followed by a plain word and "the")."""
        for h in range(j + 1, min(self.n - 2, j + 4)):
            word = self.lowers[h]
            if not self.tokens[h].is_word or self.tokens[h].quote is not None or word in PREPOSITIONS or word in CLAUSE_BOUNDARIES or word in AUXILIARIES:
                return False
            if len(word) > 3 and word[-1] == "s" and word[-2] not in "su'’i" and not self.tokens[h].is_capitalized and word not in NOT_PRESENT_S_WORDS:
                return self.lowers[h + 2] in OBJECT_DETERMINERS and self._plain_verb_at(h + 1)
        return False

    def _plain_verb_at(self, x: int) -> bool:
        """A lower-case word that can be a plural's present verb: no noun or function word a lexicon knows, no "-ly", "-ing" or "-s"."""
        word = self.lowers[x]
        token = self.tokens[x]
        return (token.is_word and token.quote is None and not token.is_capitalized and word.isalpha() and len(word) > 2 and not word.endswith(("ly", "ing", "s"))
                and word not in PREPOSITIONS and word not in NP_EDGES and word not in NOUN_PREPOSITIONS and word not in CLAUSE_BOUNDARIES
                and word not in NOUN_DETERMINERS and word not in AUXILIARIES and word not in PARTICLE_TIME_STARTS and word not in word_set("time_words")
                and word not in OBJECT_CLAUSE_BREAKS and word not in TRAILING_CIRCUMSTANCE and word not in CLAUSE_OPENING_WORDS and word not in FINITE_CUE_FORMS
                and word not in word_set("unnamed_heads") and word not in NOT_CLAUSE_NOUNS)

    def _modal_after_infinitive(self, to: int) -> bool:
        """"the mayor's refusal to disavow the group could cost him": after a noun's infinitive, a modal or an auxiliary a
        few words on (before any other clause opens) is the verb of the clause that the noun is the subject of."""
        for x in range(to + 2, min(self.n, to + 10)):
            word = self.lowers[x]
            if (word in MODALS or word in ("is", "was", "has", "had", "will")) and not self.tokens[x].is_capitalized:
                return True  # (not "by May")
            if not self.tokens[x].is_word or self.tokens[x].quote is not None or word in CLAUSE_OPENING_WORDS or word in (
                    "to", "that", "which", "who", "as", "when", "if", "or"):
                return False
        return False

    def _present_verb_before_object(self, x: int) -> bool:
        """"the flood highlights the threat", "her plan needs a vote": a word in "-s" after a noun, right before a determiner
        that opens its object, is the clause's present verb (a plural noun is rarely followed by "the")."""
        word = self.lowers[x]
        return (x + 1 < self.n and len(word) > 3 and word[-1] == "s" and word[-2] not in "su'’i" and self.tokens[x].is_word and not self.tokens[x].is_capitalized
                and word not in NOT_PRESENT_S_WORDS and (self.lowers[x + 1] in OBJECT_DETERMINERS or self.tokens[x + 1].text[:1].isdigit()) and self.tokens[x - 1].is_word
                and self.lowers[x - 1] not in NOUN_DETERMINERS and self.lowers[x - 1] not in PREPOSITIONS)

    def _verb_may_follow(self, j: int) -> bool:
        """"added the town needs more police": some word from ``j`` on, before a comma, a dash or a "to" opening a noun
        phrase, may be a verb (a form in -s or -ed, an auxiliary, a quotation); "added a new title to his resume",
        "added 160 officers along the route" hold none: they add a thing, not a report."""
        for x in range(j, min(self.n, j + 12)):
            token, word = self.tokens[x], self.lowers[x]
            if token.quote is not None:
                return True
            if not token.is_word or word == "to" and x + 1 < self.n and (self.lowers[x + 1] in NOUN_DETERMINERS or self.tokens[x + 1].is_capitalized):
                return False
            if not token.is_capitalized and (word in FINITE_VERBS or _looks_like_verb(word) or len(word) > 3 and word.endswith("s") and (
                    not word.endswith("ss") and word not in NOUN_DETERMINERS)):
                return True
        return False

    def _clause_can_start(self, j: int) -> bool:
        token = self.tokens[j]
        if token.quote is not None or not token.is_word:
            return False
        if self.lowers[j] in AUXILIARIES:
            return False  # "the 95 percent experts say is needed": a relative clause missing its subject
        if self.lowers[j] in word_set("clause_starters_rejected"):
            if j + 2 < self.n and (self.lowers[j], self.lowers[j + 1]) == ("just", "because"):
                return self._finite_clause_at(j + 1)  # "said just because the harm was not obvious did not mean ...": the clause's own subject
            if j + 4 < self.n and (self.lowers[j], self.lowers[j + 1], self.lowers[j + 2]) in (("as", "long", "as"), ("as", "soon", "as")):
                comma = next((x for x in range(j + 3, min(self.n - 1, j + 16)) if self.lowers[x] == ","), None)
                return comma is not None and self._clause_can_start(comma + 1) and self._finite_clause_at(comma + 1)  # "said as long as the bill passes, he would ..."
            if j + 1 < self.n and (self.lowers[j], self.lowers[j + 1]) in (("at", "least"), ("at", "most"), ("up", "to")):
                return self._number_follows(j + 1)  # "said at least six pupils were missing"
            if self.lowers[j] in ("much", "more", "little", "less") and j + 1 < self.n and self.lowers[j + 1] == "of" and self._finite_clause_at(j + 1):
                return True  # "said much of the money was spent": a share of something opens the clause"
            if self.lowers[j] in ("more", "fewer") and self._plural_people_verb_at(j):
                return True  # "says more GOP candidates keep distance from Trump": more people doing something opens the clause
            return self.lowers[j] in APPROXIMATORS and self._number_follows(j)
        return True

    def _number_follows(self, j: int) -> bool:
        """"about 2,300", "more than 40", "about one-third": the word qualifies a number or a share that opens the clause."""
        x = j + 1
        if x < self.n and self.lowers[x] == "than":
            x += 1
        return x < self.n and self.tokens[x].quote is None and (self.tokens[x].text[:1].isdigit() or self.lowers[x] in FRACTION_WORDS
                                                                 or SHARE_RE.fullmatch(self.lowers[x]) is not None)

    def _report_inside_clause(self, later: Frame, edge: int) -> bool:
        """"Devine said he has had no talks with supporters who have suggested that Sanders quit", "said that a panel
        appointed by Bush estimated that ...": a report whose subject follows a word of the clause (a relative pronoun,
        a preposition, a noun) rather than a comma or a conjunction is part of that clause, so the outer report's
        content runs on over it (the inner report stays a report of its own)."""
        if later.kind != "pre" or later.inherit or later.weak or edge < 1:
            return False
        before = self.tokens[edge - 1]
        # ("said her decision was a mistake, at the town hall this week she said ...": a time ends an opening phrase)
        return before.quote is None and before.is_word and self.lowers[edge - 1] not in INNER_REPORT_JOINS and (
            self.lowers[edge - 1] not in WEEKDAY_WORDS and self.lowers[edge - 1] not in RECENT_TIME_UNITS and self.lowers[edge - 1] not in (
                "today", "tonight", "now", "then", "later", "earlier"))

    def _singular_verb_at(self, x: int) -> bool:
        """A lower-case "-s" word that can be a singular's present verb ("pays", "differs"): no "-ss", "-us", "-is", and
        no function word or noun a lexicon knows."""
        word = self.lowers[x]
        return (len(word) > 3 and word[-1] == "s" and word[-2] not in "sui" and word.isalpha() and not self.tokens[x].is_capitalized
                and word not in NOT_PRESENT_S_WORDS and word not in PREPOSITIONS and word not in CLAUSE_BOUNDARIES and word not in AUXILIARIES
                and word not in word_set("unnamed_heads") and word not in NOT_CLAUSE_NOUNS)

    def _object_gap_aim(self, frame: Frame, start: int, end: int) -> tuple[int, int]:
        """"the reforms she promised to deliver have stalled", "the job he hopes to win pays well": an aim (``start`` at its
        "to") whose object is the noun before its subject (no "that" or "which" between) is that noun phrase with its
        clause, and the verb after it is the sentence's own, no part of the aim -> the content's new bounds."""
        h = frame.subject_start - 1 if frame.subject_start is not None else 0
        if h < 1 or frame.kind != "pre" or not self._infinitive_at(start) or not self._bare_head_noun(h):
            return start, end
        head = self._fronted_head_start(h + 1)
        if head is None or self.lowers[head] not in NOUN_DETERMINERS:
            return start, end
        verb = self._verb_after_gap(start + 2, end, plural=self.lowers[h].endswith("s"))
        return (head, verb) if verb is not None else (start, end)  # (its mode kept: an intention stays one)

    def _verb_after_gap(self, j: int, end: int, plural: bool) -> int | None:
        """The finite verb at or a few words after ``j``, before any clause opens: "have" in "to deliver have stalled",
        "pays" in "the job he hopes to win pays well" (a plain or "-s" verb agreeing with the head noun only right at
        ``j``, where an object would otherwise stand)."""
        if j >= end:
            return None
        if self._plain_verb_at(j) if plural else self._singular_verb_at(j):
            return j
        for x in range(j, min(end, j + 6)):
            word = self.lowers[x]
            if word in AUXILIARIES or word in FINITE_VERBS:
                return x
            if not self.tokens[x].is_word or word in CLAUSE_BOUNDARIES:
                return None
        return None

    def _end_objects_before_main_verb(self, frames: list[Frame]) -> None:
        """"Senators who backed the bill warned ...", "Groups urging Lee to run are hailing ...": the object of a cue in a
        clause that describes the sentence's subject ends where the subject's own verb comes (a later cue of the same
        subject, else an auxiliary right after a word of the object)."""
        for frame in frames:
            if frame.content_mode != "object" or frame.subject_start is None or not self._describes_subject(frame):
                continue
            start, end = frame.content
            if self.lowers[start] in CLAUSE_OBJECT_OPENERS:
                continue  # ("wondering whether this could mean ...": a clause of its own, its verb inside)
            if self.lowers[frame.cue_index].endswith("ing") and self._give_main_verb_to_participles_subject(frame, frames):
                continue
            main = next((later.cue_index for later in frames if later.subject_start == frame.subject_start and start < later.cue_index < end and (
                self.lowers[later.cue_index - 1] != "to")), end)  # (not "who declined to say ...": the object's own verb)
            main = next((x for x in range(start + 1, main) if (self.lowers[x] in AUXILIARIES or self.lowers[x] in MAIN_VERB_ADVERBS and x + 1 < main and (
                self.tokens[x + 1].is_word)) and not self.tokens[x].is_capitalized and self.tokens[x - 1].is_word and (
                self.lowers[x - 1] not in ("who", "that", "which", "to", "and", "or")) and not (
                # ("who threatened not to come unless he is paid": a pronoun's verb after "unless" is that clause's own)
                self.lowers[x - 1] in QUESTION_WHO_SUBJECTS and any(self.lowers[y] in _OWN_CLAUSE_OPENERS for y in range(start, x - 1)))), main)  # (not "in late May")
            main = self._past_main_verb_at_object(start, main)
            while main < end and main - 1 > start and (self.lowers[main - 1] in AUXILIARIES or self.lowers[main - 1] in VERB_ADVERBS):
                main -= 1  # ("... have since said"): the main verb's own words
            if main < end:
                frame.content = (start, main)

    def _past_main_verb_at_object(self, start: int, main: int) -> int:
        """"Rebels backing Colonel Vask seized the airport": inside the object of a clause describing the subject, a past
        form after a name or a noun, right before a determiner that opens an object of its own, is the subject's own verb
        (a participle describing the object is followed by "by", a time or a place instead) -> where it stands, else ``main``."""
        for x in range(start + 1, main - 1):
            word = self.lowers[x]
            if self.lowers[x + 1] in OBJECT_DETERMINERS and (word.endswith("ed") and len(word) > 4 or word in IRREGULAR_PASTS and word not in PRESENT_ALIKE_PASTS) and (
                    not self.tokens[x].is_capitalized and self.tokens[x - 1].is_word and self.lowers[x - 1] not in NOUN_DETERMINERS and (
                        self.lowers[x - 1] not in CLAUSE_BOUNDARIES and self.lowers[x - 1] not in AUXILIARIES and not _adverb_by_ending(self.lowers[x - 1]))):
                return x
        return main

    def _give_main_verb_to_participles_subject(self, participle: Frame, frames: list[Frame]) -> bool:
        """"Aides backing Hale said ...", "Mayors supporting Lee declined to ...": a finite cue inside the object of a participle
        that describes the subject is the subject's own verb; the noun before it is the participle's object, not its speaker."""
        start, end = participle.content
        later = next((f for f in frames if f.subject_start is not None and start <= f.subject_start < f.cue_index < end and not f.inherit), None)
        if later is None or self.lowers[later.cue_index].endswith("ing") or self.lowers[later.cue_index - 1] == "to" or any(
                not self.tokens[x].is_word or self.lowers[x] in CLAUSE_OBJECT_OPENERS or self.lowers[x] in ("who", "which", "that", "and", "or")
                for x in range(start, later.cue_index)):
            return False
        later.mention, later.subject_start, later.phrase_start, later.apposition_role = (
            participle.mention, participle.subject_start, participle.phrase_start, participle.apposition_role)
        main = later.cue_index
        while main - 1 > start and (self.lowers[main - 1] in AUXILIARIES or self.lowers[main - 1] in VERB_ADVERBS):
            main -= 1  # ("Aides backing Hale have long said")
        participle.content = (start, main)
        return True

    def _describes_subject(self, frame: Frame) -> bool:
        """"Republicans who have praised ...", "Democrats supporting ...": the cue opens a clause inside its subject phrase."""
        k = frame.cue_index - 1
        if self.lowers[frame.cue_index].endswith("ing"):
            return k >= frame.subject_start and self.tokens[k].is_word and self.lowers[k] not in AUXILIARIES and not _adverb_by_ending(self.lowers[k])
        while k > frame.subject_start and (self.lowers[k] in ("has", "have", "had") or self.lowers[k] in WHO_HOLDS_ADVERBS or _adverb_by_ending(self.lowers[k])):
            k -= 1
        return k > frame.subject_start and self.lowers[k] == "who"

    def _limit_contents(self, frames: list[Frame]) -> None:
        """A clause runs to the sentence end, a colon before a quotation, ', with', ', but', or the next frame."""
        self._end_objects_before_main_verb(frames)
        marks = None  # where the sentence has a word that can end a clause: the clauses are looked through at those only
        for index, frame in enumerate(frames):
            if frame.content is None or frame.content_mode in ("trail",):
                continue
            start, end = frame.content
            if frame.content_mode == "according" and start == 0:
                continue
            for later in frames[index + 1:]:
                edge = later.subject_start if later.subject_start is not None and not later.inherit else later.cue_index
                if later.content_mode == "trail" and later.content is not None and later.content[0] > start:
                    edge = later.content[0]  # 'said he would win - "I love it," he said': the dashed quotation is the tag's own
                if frame.in_relative and edge <= start < later.cue_index:
                    edge = later.cue_index  # "Ann Lee, who wrote the bill, said ...": the relative clause ends at the main cue
                if later.kind == "according" and later.cue_index <= start + 1:
                    continue  # "said that according to its count, the party won": the clause runs on
                if later.weak and later.subject_start is not None and start < later.subject_start - 1 < end and self.lowers[later.subject_start - 1] == ":" and (
                        frame.cue_verb is not None and frame.cue_verb.evidence):
                    end = later.subject_start - 1  # "Early polls show him trailing: a Quinnipiac poll found ...": each finding its own
                    break
                if (later.partial_only or later.weak and (not later.inherit or self.lowers[later.cue_index] in BELIEF_ADJECTIVES)) and not (
                        # ("- Lee saying he was 'encouraged' and Holt calling it a 'great meeting'": a named person's own participle ends it)
                        later.subject_start is not None and self.lowers[later.subject_start - 1] == "and" and self.lowers[later.cue_index].endswith("ing")
                        and later.mention is not None and later.mention.kind == "person" and self.tokens[later.subject_start].is_capitalized):
                    continue  # "which officials called 'unprovoked'", "said that in Ohio voters want ..." stay inside the clause
                if later.kind == "pre" and later.content is None and not later.inherit and self._only_tail(later.after_cue):
                    continue  # "... more than the council had admitted.": a clause of the content, not a new report
                if later.kind == "pre" and later.content is None and later.cue_index > 0 and self.lowers[later.cue_index - 1] == "to":
                    continue  # "Lee met with Ray to discuss plans": an infinitive in the clause, nobody's report
                if later.kind == "pre" and later.content is None and not later.inherit and later.subject_start is not None and (
                        later.subject_start > start and self.lowers[later.subject_start - 1] in SUBORDINATE_OPENERS):
                    continue  # "argued that although Lazar confessed, he showed no remorse": a subordinate clause inside the content
                if later.kind == "pre" and later.subject_start is not None and later.subject_start < frame.cue_index and start < later.cue_index < end and (
                        self.lowers[later.cue_index - 1] == ","):
                    edge = later.cue_index  # "Moss, later alleging that the mayor lied, said he ...": the aside ends where its subject's verb comes
                if start < edge < end and self._report_inside_clause(later, edge):
                    continue  # "said he had met supporters who have suggested that he quit": the clause holds the inner report
                if start < edge < end:
                    end = edge
                    while later.inherit and end - 1 > start and (self.lowers[end - 1] in VERB_ADVERBS or _adverb_by_ending(self.lowers[end - 1]) or (
                            self.lowers[end - 1] == "only")):
                        end -= 1  # "..., essentially conceding", "- only saying": the adverb belongs to the participle
                    if later.inherit and end - 2 > start and self.lowers[end - 1] in ("has", "have", "had") and self.lowers[end - 2] == "and":
                        end -= 1  # "asked him to resign and has repeatedly called him ...": the tense of the subject's next act
                    while end > start and self.lowers[end - 1] in (",", "and", "while", "whilst", "with", "but", "by", "after", "before", "—", "–", "-"):
                        end -= 1  # ("attacked Lee by reminding voters ...": the word that leads the next report is its own)
                    break
            if marks is None:
                marks = list(compress(range(self.n), map(_CLAUSE_END_MARKS.__contains__, self.lowers)))  # (picked out in C)
            for x in marks:
                if x < start:
                    continue
                if x >= end:
                    break
                word = self.lowers[x]
                if word in (";",) or (word == ":" and x + 1 < self.n and self.tokens[x + 1].quote is not None):
                    end = x
                    break
                if word == "," and x > start and x + 1 < end and self.lowers[x + 1] in ("with", "but", "while", "whilst", "although", "though", "according", "adding", "saying"):
                    # ("argued that, while the tax may cut costs, it ...": a comma opening the clause sets off its own aside)
                    if self.lowers[x + 1] == "with" and self._aside_before_verb(x + 1, end):
                        continue  # "said that trials, with expert witnesses, were instrumental": an aside inside the clause
                    if self.lowers[x + 1] == "but" and self._content_goes_on_after_but(start, x + 1):
                        continue  # "believes there are no good options, but that ...": the same view's second half
                    end = x
                    break
                if word == "and" and x > start and frame.content_mode == "object" and self._share_at(x + 1):
                    end = x  # "23 percent favored Lee and 15 percent backed Holt": the next share's own view
                    break
                if word == "and" and x > start + 2 and x + 1 < end and self.lowers[x + 1] in word_set("second_action_verbs"):
                    # "said the bill was fair and accused the holdouts of ...": the speaker's next act, not the clause
                    end = x - 1 if self.lowers[x - 1] == "," else x
                    frame.next_act = x + 1
                    break
            if self.lowers[start] == "to" and end - start > 2 and start == frame.after_cue:
                start, end = self._object_gap_aim(frame, start, end)
            end = self._object_edge_adjusted(frame, start, end, frames)
            if frame.content_mode == "object" and end < self.n and self.lowers[end] == "," and start < end <= start + MAX_SERIES_LEAD:
                end = self._series_end(end, frames)
            frame.content = (start, end) if end > start else None

    def _object_edge_adjusted(self, frame: Frame, start: int, end: int, frames: list[Frame]) -> int:
        """Where an object read up to its first break really ends: "opposes all forms of gambling, including the lottery"
        runs on over its examples; "criticized Lee during a debate", "endorsed Ray in an interview" end before the
        occasion they were spoken on (an aim, "plans to speak at a rally", keeps its place); "condemned the raids in which
        ..." leaves the relative clause its preposition."""
        if frame.content_mode != "object" or end - start < 2:
            return end
        if end + 3 < self.n and self.lowers[end] == "," and self.lowers[end + 1] == "including" and not self.tokens[end + 2].is_capitalized and not (
                self.lowers[end + 2] == "the" and self.tokens[end + 3].is_capitalized):  # (not "backed the bid, including Gov. Ann Lee": the subject's own, named)
            return self._run_on_end(end, end + 2, frames)
        if end + 2 < self.n and self.lowers[end] == "because" and self.lowers[end + 1] == "of":
            return self._run_on_end(end, end + 2, frames)  # "questioned her fitness because of her age": the holder's reason
        if end + 3 < self.n and self.lowers[end] == "," and self.lowers[end + 1] in ("and", "but") and self._object_goes_on_after(frame, start, end + 1):
            return self._run_on_end(end, end + 2, frames)  # "called for X, and for Y", "vowed to stay, and perhaps until July"
        if end < self.n and self.lowers[end] in ("which", "whom") and end - 1 > start and self.lowers[end - 1] in PREPOSITIONS:
            return end - 1
        if end + 1 < self.n and self.lowers[end] == "who" and self._describing_who_at(end) and not (
                frame.in_relative or self.lowers[frame.cue_index] in SELF_DESCRIBED or frame.subject_start is not None and self._describes_subject(frame)):
            # "praised the senators who held it up": the people meant, with what tells them apart ("is a self-described
            # socialist who ..." describes the subject); "... who have settled here in an interview" was said on that occasion
            who, end = end, self._relative_end(end + 1)
            occasion = next((x for x in range(who + 2, end - 2) if self._speaking_occasion_at(x, end)), end)
            if occasion < end and not any(self.tokens[y].quote is not None for y in range(occasion, end)):
                end = occasion
        words = self.lowers[start:end]  # (the rules below look only when a word they need is there: tested in C)
        if "-" in words:
            dashes = self._spaced_dashes()
            if len(dashes) == 1 and start + 1 < dashes[0] < end and self.lowers[dashes[0] + 1 + (self.lowers[dashes[0] + 1] == "-")] != "as" and not any(
                    self.tokens[y].quote is not None for y in range(dashes[0], end)):
                # "endorsed Cruz - the first time it has ...": a dash the sentence holds no second of ends the object (not before
                # the complement of "portrayed himself -- as ...", nor before quoted words, which are read in it)
                end = dashes[0]
                words = self.lowers[start:end]
        joint = next((x for x in range(start + 2, end - 2) if (self.lowers[x] == "and" or self.lowers[x] == "but") and (
            self._past_act_after(x) or self.lowers[x + 1] in _BE_AND_HAVE and self._joined_predicate(start, x))), None) if (
            "and" in words or "but" in words) else None
        if joint is not None:
            frame.next_act = joint + 1  # "vowed to keep the clinic open and praised the ruling": the subject's next act, as for "and urged"
            return joint - 1 if self.lowers[joint - 1] == "," else joint
        if self.lowers[start] != "to" and not _SETTING_WORDS.isdisjoint(words):
            occasion = next((x for x in range(start + 1, end - 2) if self._speaking_occasion_at(x, end)), end)
            if occasion < end and self.lowers[occasion - 1] not in SERIES_JOINS and not any(self.tokens[y].quote is not None for y in range(occasion, end)) and not any(
                    self.lowers[y] in ("that", "who", "which") or self._gerund_with_object_at(y) for y in range(start, occasion)):
                return occasion  # (not "cited reports that Lee said in a call that ...", "accused him of grabbing her at a rally": where the
                # act was; not "backed Lee and in a statement praised him", "in a letter calling it 'a sham'": quoted words to be read)
        return end

    def _object_goes_on_after(self, frame: Frame, start: int, joint: int) -> bool:
        """After an object's comma and "and" / "but", a second object of the same cue rather than the holder's next act or
        a clause of its own: the cue's own preposition again ("called for X, and for Y"), a hedge or "then" before a
        preposition or a determiner ("and perhaps until July", "and then a second vote"), "and not just / only ...",
        "but rather ...", "but also" and a participle or the other half of "not only"."""
        word, following = self.lowers[joint + 1], self.lowers[joint + 2]
        if self.lowers[joint] == "but":
            return word == "rather" or word == "also" and (following.endswith("ing") and following in ("being", "having") or any(
                self.lowers[x] == "not" and self.lowers[x + 1] == "only" for x in range(start, joint - 2)))
        if word in PREPOSITIONS:
            return word == self.lowers[frame.cue_index + len(frame.cue.split()) - 1] and word != "to"
        if word in ("perhaps", "possibly", "maybe", "probably", "then"):
            return following in PREPOSITIONS and following != "to" or following in ("until", "through", "a", "an", "the")
        return word == "not" and following in ("just", "only")

    def _content_goes_on_after_but(self, start: int, but: int) -> bool:
        """"thinks Lee won, but that there is more to do", "is not X, but rather Y", "can win not only the primary, but also
        ...": what follows "but" is a second "that" clause of the same cue or the other half of a contrast the content
        opened, not the writer's (or the holder's) next sentence."""
        if but + 2 >= self.n:
            return False
        after = self.lowers[but + 1]
        if after == "that":
            return self._clause_can_start(but + 2) and self.tokens[but + 2].is_word and self.lowers[but + 2] not in AUXILIARIES
        if after == "rather":
            return True
        if after in ("not", "never"):
            # "are willing to negotiate, but never compromise, on the core ideas": a contrast set off inside the predicate,
            # whose preposition after it belongs to both halves
            close = next((x for x in range(but + 3, min(self.n - 1, but + 6)) if not self.tokens[x].is_word or self.tokens[x].is_capitalized
                          or self.lowers[x] in AUXILIARIES), None)
            return close is not None and self.lowers[close] == "," and self.lowers[close + 1] in PREPOSITIONS
        return after == "also" and any(self.lowers[x] == "not" and self.lowers[x + 1] == "only" for x in range(start, but - 2))

    def _considering_as_given(self, i: int) -> bool:
        """"..., considering what they face", "..., considering the party is weighing ...": after a comma "considering" and a
        clause (a "what" / "how" / "that" or a verb of its own before any break) means "given"; "considering a run",
        "considering whether to run" is a view weighed."""
        if self.lowers[i + 1] in ("what", "how", "that"):
            return True
        for x in range(i + 1, min(self.n, i + 12)):
            word = self.lowers[x]
            if word in OBJECT_BREAKS or word in CLAUSE_OBJECT_OPENERS or self.tokens[x].quote is not None:
                return False
            if word in AUXILIARIES and x > i + 1:
                return True
        return False

    def _describing_who_at(self, who: int) -> bool:
        """"the senators who held it up", "a mayor who listens": a "who" right after a word of the object (no comma: it
        tells the people meant apart, so PolNeAR's content holds it) and a verb or an adverb after it; "to say who she
        backs" opens a question, its subject after "who"."""
        before, after = self.tokens[who - 1], self.tokens[who + 1]
        return (before.is_word or before.quote is not None) and self.lowers[who - 1] not in CLAUSE_BOUNDARIES and after.is_word and (
            not after.is_capitalized) and self.lowers[who + 1] not in QUESTION_WHO_SUBJECTS and self.lowers[who + 1] not in NOUN_DETERMINERS

    def _relative_end(self, x: int) -> int:
        """Where a "who" clause inside an object ends: the next break, a clause opener, or "and" before a verb of the
        subject's or a clause of its own."""
        while x < self.n and self.lowers[x] not in OBJECT_BREAKS and not (
                # ("who have since quit", "regardless of when ...": an adverb, a clause the preposition takes)
                self.lowers[x] in OBJECT_CLAUSE_BREAKS and self.lowers[x - 1] not in AUXILIARIES and self.lowers[x - 1] not in PREPOSITIONS) and not (
                self.lowers[x] in SENTENCE_END and x == self.n - 1) and not (
                self.lowers[x] == "and" and x + 1 < self.n and (cue_verb(self.lowers[x + 1]) is not None or self._clause_after_and(x))):
            x += 1
        return x

    def _holders_after_inner_verbs(self, frames: list[Frame]) -> None:
        """"The new spending comes amid signs the campaign sees that ...", "There's little gap between white voters, who
        favor ...": a holder phrase read back over a verb of its own is a clause; the noun phrase after that verb (from
        its last article, else its last preposition) holds the belief."""
        for frame in frames:
            mention = frame.mention
            if not frame.belief or mention is None or frame.subject_start is None or mention.kind == "pronoun" or mention.end - mention.start < 12:
                continue
            last = frame.subject_start
            while last + 1 < frame.cue_index and self.tokens[last + 1].end <= mention.end:
                last += 1
            verb = next((x for x in range(last - 1, frame.subject_start - 1, -1) if self.lowers[x] in HOLDER_INNER_VERBS and not self.tokens[x].is_capitalized or (
                x == frame.subject_start and self.lowers[x] in ("there's", "there’s"))), None)
            if verb is None:
                continue
            start = next((x for x in range(last, verb, -1) if self.lowers[x] in ("the", "a", "an")), None)
            if start is None:
                start = next((x + 1 for x in range(last - 1, verb, -1) if self.lowers[x] in PREPOSITIONS), None)
            holder = parse_mention(self.text, self.tokens[start:last + 1]) if start is not None and start <= last else None
            if holder is not None and holder.kind != "pronoun" and not holder.generic:
                frame.mention, frame.subject_start = holder, start

    def _end_beliefs_in_dashed_asides(self, frames: list[Frame]) -> None:
        """"criticizing - and even threatening to sue - his rivals", "Lee and Park -- seeking strong finishes -- faced ...":
        a belief whose cue stands inside a dashed aside (an odd count of dashes before it) ends where the aside closes; any
        belief ends at a dash the writer turns on ("proposed a debate - but her rival rejected it", "-- something he denied")."""
        dashes = None
        for frame in frames:
            if frame.content is None or not frame.belief:
                continue
            if dashes is None:
                dashes = sorted(self._spaced_dashes() + [x for x in range(self.story_start, self.n) if self.lowers[x] in ("—", "–")])
            start, end = frame.content
            before = sum(1 for x in dashes if self.story_start <= x < frame.cue_index)
            closing = next((x for x in dashes if start < x < end and x > frame.cue_index), None)
            turn = closing + 1 + (self.lowers[closing + 1] == "-") if closing is not None else 0
            if closing is not None and (before % 2 or self.lowers[turn] in DASH_TURNS and turn + 1 < self.n and self.lowers[turn + 1] not in NOT_TURNING and not any(
                    closing < x < end for x in dashes)):  # ("had begun - but never finished - the process": a pair inside the content)
                frame.content = (start, closing)

    def _spaced_dashes(self) -> list[int]:
        """Where the sentence's dashes written with hyphens stand: " - " spaced on both sides, or "--" ("low- and
        middle-income" holds a hyphen, no dash)."""
        tokens, found = self.tokens, []
        x = 1
        while x < self.n - 1:
            if self.lowers[x] == "-":
                if self.lowers[x + 1] == "-" and tokens[x].end == tokens[x + 1].start:
                    found.append(x)
                    x += 1
                elif tokens[x - 1].end < tokens[x].start and tokens[x].end < tokens[x + 1].start:
                    found.append(x)
            x += 1
        return found

    def _joined_predicate(self, start: int, joint: int) -> bool:
        """"endorsed Lee last week and has appeared at her rallies", "attacked me and is now on TV": a form of "be", or of
        "have" and a past participle, after "and" in an object no relative clause opened is the subject's next predicate."""
        if any(self.lowers[y] in _RELATIVE_PRONOUNS for y in range(start, joint)):
            return False  # ("the senators who held it up and are now ...": the relative clause goes on)
        if self.lowers[joint + 1] in ("has", "have", "had"):
            x = joint + 2
            if x < self.n and (self.lowers[x] in VERB_ADVERBS or _adverb_by_ending(self.lowers[x])):
                x += 1
            return x < self.n and (self.lowers[x].endswith("ed") or self.lowers[x] in IRREGULAR_PASTS or self.lowers[x] == "been")
        return True

    def _past_act_after(self, joint: int) -> bool:
        """"and praised the senators", "but later joined the campaign": after "and" / "but" (an adverb may come first) a past
        form with an object of its own (a determiner, a pronoun or a name) is a verb of the subject, not a word of the object."""
        x = joint + 1
        if self.lowers[x] in ("has", "have", "had") and x + 2 < self.n:
            x += 1  # ("and has since joined the campaign": a perfect tense is the same next act)
        if self.lowers[x] in VERB_ADVERBS or _adverb_by_ending(self.lowers[x]):
            x += 1
        word = self.lowers[x]
        return x + 1 < self.n and not self.tokens[x].is_capitalized and (word.endswith("ed") and len(word) > 4 or word in IRREGULAR_PASTS) and (
            self.lowers[x + 1] in OBJECT_DETERMINERS or self.lowers[x + 1] in ("him", "them", "it") or self.tokens[x + 1].is_capitalized and self.tokens[x + 1].is_word)

    def _run_on_end(self, edge: int, x: int, frames: list[Frame]) -> int:
        """Where an object cut at ``edge`` ends when it runs on from ``x`` (", including ...", "because of ..."): the next
        break ("such as" runs on), else ``edge`` when a report opens in between."""
        while x < self.n and self.lowers[x] not in OBJECT_BREAKS and (self.lowers[x] not in OBJECT_CLAUSE_BREAKS or self.lowers[x] == "as" and self.lowers[x - 1] == "such") and not (
                self.lowers[x] in SENTENCE_END and x == self.n - 1):
            x += 1
        return edge if any(edge < f.cue_index < x for f in frames) else x

    def _gerund_with_object_at(self, y: int) -> bool:
        """"of grabbing her", "for blocking the bill": an act named with its own object, which the occasion after it may be of."""
        return self.lowers[y] in ("of", "for") and y + 2 < self.n and self.lowers[y + 1].endswith("ing") and (
            self.lowers[y + 2] in OBJECT_DETERMINERS or self.lowers[y + 2] in ("him", "her", "them", "it", "us", "me"))

    def _speaking_occasion_at(self, x: int, end: int) -> bool:
        """"during a debate", "at a news conference", "in an interview", "during her speech in Ohio": a preposition of setting,
        a determiner (for "in" and "at" only "a" or "an": "the proposals in the report" are the object's own), then within
        three words a noun of an occasion of speaking."""
        word, determiner = self.lowers[x], self.lowers[x + 1]
        if not (word == "during" and determiner in OBJECT_DETERMINERS or word in ("in", "at") and determiner in ("a", "an")):
            return False
        return any(self.lowers[y] in ADVERBIAL_NOUNS for y in range(x + 2, min(end, x + 5)))

    def _share_at(self, x: int) -> bool:
        """"15 percent", "only 6 percent": a share of those asked opens here (after "and" it is the next share's view)."""
        while x < self.n and self.lowers[x] in SHARE_HEDGES:
            x += 1
        return x + 1 < self.n and self.lowers[x][:1].isdigit() and (self.lowers[x + 1] in ("percent", "%") or self.lowers[x].endswith("%"))

    def _series_end(self, comma: int, frames: list[Frame]) -> int:
        """"sought to rally older, rural and working-class voters", "attacked donors, lawmakers, and pundits": an object
        cut at a comma runs on when short items follow, the last after "and" / "or" (else the comma ends it, as before)."""
        if self.lowers[comma - 1] in SERIES_JOINS or comma + 1 < self.n and self.lowers[comma + 1][:1].isdigit() and self.lowers[comma - 1][-1:].isdigit():
            return comma  # ("backed Lee in 2012 and, in later contests, ...": an aside; "$50,000": one number)
        x, closing = comma + 1, False
        while True:
            first = x
            while x < self.n and self.tokens[x].is_word and self.lowers[x] not in SERIES_JOINS and self.lowers[x] not in OBJECT_BREAKS and (
                    self.lowers[x] not in OBJECT_CLAUSE_BREAKS) and self.tokens[x].quote is None and x - first < MAX_SERIES_ITEM and not (
                    closing and x > first and self.lowers[x] in PREPOSITIONS):  # (the last item's complement is read below)
                x += 1
            if x == first or self.lowers[first] in SERIES_ITEM_REJECTED or _participle_ending(self.lowers[first]) or cue_verb(self.lowers[first]) is not None or (
                    _adverb_by_ending(self.lowers[first])) or not AUXILIARIES.isdisjoint(self.lowers[first:x]):
                return comma  # (an item with a verb of its own is a clause: "..., mostly for lenders", "..., has backed Holt")
            if closing:
                break
            if x < self.n and self.lowers[x] == "," and x + 1 < self.n and self.lowers[x + 1] in ("and", "or"):
                x += 1
            if x >= self.n or self.lowers[x] not in ("and", "or") and self.lowers[x] != "," or self.lowers[x] != "," and self._clause_after_and(x):
                return comma
            closing = self.lowers[x] != ","
            x += 1
        if x < self.n and self.tokens[x].is_word and self.lowers[x] not in OBJECT_CLAUSE_BREAKS:
            if self.lowers[x] not in PREPOSITIONS:
                return comma  # ("..., lawmakers and pundits say ..."): the last item runs into a verb of its own
            while x < self.n and self.lowers[x] not in OBJECT_BREAKS and self.lowers[x] not in OBJECT_CLAUSE_BREAKS and not (
                    self.lowers[x] in SENTENCE_END and x == self.n - 1):
                x += 1  # ("... and pundits for opposing the plan"): the series' complement is the object's too
        if any(comma < f.cue_index < x or f.subject_start is not None and comma < f.subject_start < x for f in frames):
            return comma
        return x


def _participle_ending(word: str) -> bool:
    """"..., saying", "..., leaving": an item opening with a participle is a clause hung on the sentence, not an item of the
    series. Its "-ing" follows a syllable; in "bring", "thing", "string" it is the word's only one ("to cut taxes, bring
    back the patrols and ...": a verb of the series)."""
    return word.endswith("ing") and not _VOWELS_AND_Y.isdisjoint(word[:-3])


_VOWELS_AND_Y = frozenset("aeiouy")
