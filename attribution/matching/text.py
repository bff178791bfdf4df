"""Words of a claim as the matcher compares them: nltk tokens, normalized and stemmed."""

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from nltk.stem import PorterStemmer
from nltk.tokenize import RegexpTokenizer

# nltk's English stop-word list, kept in the code because the nltk data download
# is not available offline. Negations (no, not, nor, n't forms) are left out on
# purpose: "was provoked" and "was not provoked" are different claims.
STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself
    yourselves he him his himself she she's her hers herself it it's its itself they them their
    theirs themselves what which who whom this that that'll these those am is are was were be been
    being have has had having do does did doing a an the and but if or because as until while of at
    by for with about against between into through during before after above below to from up down
    in out on off over under again further then once here there when where why how all any both each
    few more most other some such only own same so than too very s t can will just don should
    should've now d ll m o re ve y ain ma
    aren couldn didn doesn hadn hasn haven isn mightn mustn needn shan shouldn wasn weren won wouldn ca wo
    """.split()
) | frozenset(
    # Honorifics are an outlet's house style, not the speaker's words: one paper writes "Mr. Khan"
    # and "Mrs. Clinton" where the next writes "Khan" and "Clinton".
    "mr mrs ms".split()
)

_NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "thousand": "1000",
}
_NEGATIONS = frozenset({"not", "never", "no", "nor"})

# Typographic variants that do not change what a quote says.
_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        # Dashes and hyphens split words: "20-30" and "20 to 30" both give 20, 30.
        "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ", "\u2015": " ", "\u2212": " ",
        "[": " ", "]": " ", "(": " ", ")": " ", "/": " ",
    }
)
# Dotted abbreviations ("u.s.") stay one token; so do words with apostrophes ("didn't"),
# split below. Punctuation is dropped, so a regular-expression tokenizer does what nltk's
# Treebank tokenizer would, seven times faster (it runs on every stored quote at load time).
_tokenizer = RegexpTokenizer(r"(?:\w\.){2,}|\w+(?:'\w+)*")
_stemmer = PorterStemmer()


def fold(text):
    """Unicode form, quote marks, dashes and case made uniform."""
    return unicodedata.normalize("NFKC", text).translate(_FOLD).lower()


@lru_cache(maxsize=20_000)
def content_words(text):
    """The words that carry the claim, in reading order (a tuple): nltk word tokens without
    punctuation or stop words, numbers spelled as digits, negations kept as "not", each stemmed.
    Cached: the same stored quotes are compared again and again."""
    return tuple(word for token in _tokenizer.tokenize(fold(text)) for word in _token_words(token))


def _token_words(token):
    """The content words of one token (none, one, or a word and "not" for "didn't")."""
    words = []
    word, _, suffix = token.partition("'")
    dotted = "." in word
    word = word.replace(".", "").replace("_", "")
    if word in _NEGATIONS:
        words.append("not")
    # "U.S." is a name, not the pronoun "us"; "won" alone is the verb, not the "won" of "won't".
    elif word and (dotted or word not in STOP_WORDS or (not suffix and word in _IRREGULAR)):
        words.append(_stem(_NUMBER_WORDS.get(word, word)))
    if suffix == "t" and word.endswith("n"):  # didn't, won't
        words.append("not")
    return words


# Words that deny what follows them. "not", "no", "never", "nor" and n't are already "not" in
# content_words; these others stay words there (the index keys do not change) but negate too.
_MORE_NEGATIONS = frozenset({"cannot", "without", "none", "nobody", "nothing", "nowhere", "neither", "noone"})
_CLAUSE_TOKENIZER = RegexpTokenizer(r"(?:\w\.){2,}|\w+(?:'\w+)*|[.,;:!?]")
_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?", "but"})
NEGATION_REACH = 3
# Words a negation passes over to reach what it denies: helper verbs ("no reasonable prosecutor
# would bring such a case" denies bringing a case, not every "would"), "going to", and hedges
# ("not really", "isn't sort of").
_PASSED_OVER = frozenset(
    {"would", "could", "might", "must", "may", "shall", "need", "ought", "going", "gonna", "sort", "kind",
     "really", "just", "even", "ever", "necessarily", "also", "quite"}
)


@lru_cache(maxsize=20_000)
def negated_words(text):
    """What each negation in the text denies: for each "not", "never", "no", "cannot", "without"
    (and the like), the set of the next NEGATION_REACH content words in its clause. "were not
    injured in the attack" gives ({"injur", "attack"},). A negation with "unless" later in its
    clause sets a condition, it denies nothing: "I won't do the debate unless they pay" says what
    "he would only do the debate if they paid" says."""
    scopes, open_scopes, clause_scopes = [], [], []
    tokens = _CLAUSE_TOKENIZER.tokenize(fold(text))
    for index, token in enumerate(tokens):
        if token in _CLAUSE_ENDS:
            open_scopes, clause_scopes = [], []
            continue
        if token == "unless":
            for scope in clause_scopes:
                scope.clear()
            open_scopes, clause_scopes = [], []
            continue
        words = _token_words(token)
        negates = "not" in words or token.replace("'", "") in _MORE_NEGATIONS
        if negates and token == "no" and tokens[index + 1:index + 2] == ["matter"]:
            # "no matter how hard it gets" concedes; it denies nothing.
            negates = False
        for word in words:
            if word == "not" or token in _PASSED_OVER:
                continue
            for scope in open_scopes:
                scope.add(word)
        open_scopes = [scope for scope in open_scopes if len(scope) < NEGATION_REACH]
        if negates:
            scopes.append(set())
            open_scopes.append(scopes[-1])
            clause_scopes.append(scopes[-1])
    return tuple(frozenset(scope) for scope in scopes if scope)


@lru_cache(maxsize=50_000)
def _stem(word):
    if word.isdigit():
        return word
    return _doctrine_folded(_stemmer.stem(_IRREGULAR.get(word) or _adverb_folded(word)))


# Irregular past forms read as their verb, as a lemmatizer would: a paraphrase moves the tense
# ("if she wins" / "if she won", "he will make" / "he had made"). Not "left" (a side in
# politics), nor the verbs of saying (TYING_IGNORED reads them apart from the claim anyway).
_IRREGULAR = {
    form: verb
    for line in """
        win won; lose lost; run ran; make made; take took taken; give gave given; choose chose chosen;
        write wrote written; speak spoke spoken; meet met; seek sought; fight fought; think thought;
        pay paid; hold held; bring brought; buy bought; keep kept; become became; begin began begun;
        send sent; build built; break broke broken; know knew known; grow grew grown; throw threw thrown;
        steal stole stolen; drive drove driven; fall fell fallen; hide hid hidden; lead led; mean meant;
        feel felt; find found; stand stood; understand understood; strike struck; sell sold; spend spent;
        see saw seen; go went gone; eat ate eaten; forget forgot forgotten; catch caught;
        teach taught; lend lent; bear bore borne; swear swore sworn; shake shook shaken; rise rose risen
    """.split(";")
    for verb, *forms in [line.split()]
    for form in forms
}


# Porter keeps an adverb apart from its adjective ("unfairly" -> "unfairli", "strongly" ->
# "strongli"); one outlet's "had been unfair to him" is another's "unfairly attacked him". As the
# Porter2 (Snowball) stemmer does, -ly goes after the letters that end English adjectives
# (c d e g h k m n r t), so "family", "rally", "supply" keep theirs; the stem left must hold
# at least ADVERB_MIN_STEM letters ("early", "badly" stay).
_ADVERB_STEM_ENDINGS = frozenset("cdeghkmnrt")
ADVERB_MIN_STEM = 4


def _adverb_folded(word):
    if len(word) >= ADVERB_MIN_STEM + 2 and word.endswith("ly") and word[-3] in _ADVERB_STEM_ENDINGS:
        return word[:-2]
    return word


# Porter keeps "racism" and "racist" apart (and "socialist" from "socialism"): a doctrine and
# its follower share their root. Not "insist", "exist", "twist", "enlist", "checklist": words
# too short, or of -sist, -xist, or -list unless -alist ("socialist", "journalist").
_DOCTRINE_ENDINGS = ("ism", "ist")
_DOCTRINE_MIN_LENGTH = 6
_NO_DOCTRINE_ENDINGS = ("sist", "xist", "list")


def _doctrine_folded(stem):
    if not stem.endswith(_DOCTRINE_ENDINGS) or len(stem) < _DOCTRINE_MIN_LENGTH:
        return stem
    if stem.endswith(_NO_DOCTRINE_ENDINGS) and not stem.endswith("alist"):
        return stem
    return stem[:-3]


_WORD = re.compile(r"\w+")


def plain(text):
    """Every word, stop words included, folded: two quotes equal in this form are the same words."""
    return " ".join(_WORD.findall(fold(text)))


# A stretch the writer put in quotation marks inside a paraphrase or a longer span:
# he had been "extremely careless", ''would certainly implement''; inside single marks an
# apostrophe (’ before a letter: ‘Let’s go’) does not close the quotation.
_QUOTED = re.compile(r"“([^”]{2,200})”|\"([^\"]{2,200})\"|''([^']{2,200}?)''|‘((?:[^’]|’(?=\w)){2,200})’")
FRAGMENT_MIN_WORDS = 2


@lru_cache(maxsize=20_000)
def quoted_fragments(text):
    """The quoted stretches of a text with at least FRAGMENT_MIN_WORDS content words, each as
    its `plain` words: what an outlet quoted verbatim inside its own wording."""
    found = []
    for match in _QUOTED.finditer(unicodedata.normalize("NFKC", text)):
        fragment = next(group for group in match.groups() if group is not None)
        if len(content_words(fragment)) >= FRAGMENT_MIN_WORDS:
            found.append(plain(fragment))
    return tuple(found)


def in_order_share(shorter, longer, elided=None):
    """The share of `shorter`'s words (a tuple) found in `longer` in the same order: a truncated
    or partial quote is a stretch of the fuller one, not its words reshuffled."""
    if not shorter:
        return 0.0
    matcher = SequenceMatcher(a=shorter, b=longer, autojunk=False)
    # Runs of two words or more: single words met here and there are not a stretch of a quote.
    # A single word counts when it goes on from a run with a few words of the longer left out
    # between them (an ellipsis): "caused tremendous death" of "caused tremendous havoc and
    # tremendous death". `elided`: how many (ELLIPSIS_CONTENT_WORDS of content words by default,
    # ELLIPSIS_WORDS when every word is compared).
    elided = ELLIPSIS_CONTENT_WORDS if elided is None else elided
    least = min(2, len(shorter))
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    found = 0
    for index, block in enumerate(blocks):
        before = blocks[index - 1] if index else None
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.size >= least
            or (before is not None and before.size >= least and _elided(before, block, elided))
            or (after is not None and after.size >= least and _elided(block, after, elided))
        ):
            found += block.size
    return found / len(shorter)


# Words of the longer quote an outlet may leave out between two stretches it quotes ("havoc and
# tremendous"), counting every word, or only content words ("havoc tremend").
ELLIPSIS_WORDS = 3
ELLIPSIS_CONTENT_WORDS = 2


def _elided(first, then, most):
    """`then` follows `first` straight on in the shorter words, and after at most `most` words
    left out in the longer."""
    return first.a + first.size == then.a and 0 < then.b - (first.b + first.size) <= most
