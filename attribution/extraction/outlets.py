"""Recognising news outlets: the known list in ``data/outlets.json`` plus name patterns
("The Deseret News", "Fox 5 Radio") for the ones it lacks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .resources import load_json, word_set


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    """Alias as written (case-sensitive, leading article kept and dropped) -> canonical name."""
    index: dict[str, str] = {}
    for outlet in load_json("outlets.json")["outlets"]:
        for alias in [outlet["name"], *outlet["aliases"]]:
            index.setdefault(alias, outlet["name"])
            for article in ("the ", "The "):
                if alias.startswith(article):
                    index.setdefault(alias[len(article):], outlet["name"])
                elif alias[0].isupper():
                    index.setdefault(article + alias, outlet["name"])
    return index


@lru_cache(maxsize=1)
def outlet_domains() -> dict[str, str]:
    return {o["name"]: o["domain"] for o in load_json("outlets.json")["outlets"]}


def outlet_record(name: str) -> dict | None:
    """The known-outlets entry (name, aliases, domain, homepage) for a canonical name or alias."""
    canonical = _alias_index().get(name.strip()) or known_outlet(name)
    return next((o for o in load_json("outlets.json")["outlets"] if o["name"] == canonical), None)


def known_outlet(phrase: str) -> str | None:
    """Canonical name when ``phrase`` (a whole noun phrase) names a known outlet. A name written
    without its accents ("L'Equipe") is reported as written: readers and annotators copy the text."""
    phrase = phrase.strip()
    if len(phrase) > 1 and phrase.endswith(("'s", "’s")):
        phrase = phrase[:-2]
    name = _alias_index().get(phrase)
    if name is not None and name != phrase and not phrase.isascii() == name.isascii():
        bare = phrase[4:] if phrase.startswith(("the ", "The ")) else phrase
        if _unaccented(bare).replace("’", "'") == _unaccented(name).replace("’", "'"):
            return bare
    return name


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 15)
def outlet_name(phrase: str) -> str | None:
    """Canonical name for a known outlet, the phrase itself for one that looks like an outlet
    ("The Deseret News"), else None."""
    words = phrase.split()
    if len(words) > 1 and not _may_name_outlet(words):
        return None  # (before the known names too: most phrases asked are people's names or clauses, asked once each)
    known = known_outlet(phrase)
    if known:
        return known
    if len(words) == 1 or len(words) == 2 and words[0] in ("the", "The"):
        return words[-1] if _call_sign(words[-1]) or "." in words[-1] and WEB_ADDRESS.fullmatch(words[-1]) else None
    for w in words:  # (a loop, not all() over a generator: most phrases asked have a lower-case word and stop early)
        if not (w[0].isupper() or w[0].isdigit() or w.lower() in OUTLET_NAME_LINKS) and not (w is words[-1] and _lower_case_head(words)):
            return None
    name = phrase[4:] if phrase.startswith(("the ", "The ")) and len(words) > 2 else phrase
    last = words[-1].lower()
    if last in word_set("outlet_heads") or "-" in last and last.rsplit("-", 1)[1] in word_set("outlet_heads") and (
            words[-1][:1].isupper() and words[-1].rsplit("-", 1)[1][:1].isupper()):  # "the Harlow Star-Ledger", "Halden Sun-Times"
        return phrase[4:] if phrase.startswith("the ") else phrase
    lowers = [w.lower() for w in words]
    if "the" in lowers:  # (each word lower-cased once; most names hold no "the" after their first word)
        lowers = [w for w in lowers if w != "the"]
    if lowers and lowers[0] in word_set("outlet_leads") and len(lowers) <= 3:
        return name  # "Radio Nord", "Radio Fenwick"
    if lowers[-1] in word_set("outlet_compound_heads") and any(w in word_set("outlet_compound_words") for w in lowers[:-1]):
        return name  # "the Alverian Broadcasting Corporation", "Harlow News Service"
    return None


def _may_name_outlet(words: list[str]) -> bool:
    """False when no test of outlet_name that names an outlet can pass on ``words`` (two or more): its last word is no
    head of an outlet's name and its first (past "the") opens none, nor any known outlet's. Most phrases asked are
    people's names or clauses, and this look at two words spares them the test of every word and the look-up among the
    known outlets (tests/extraction/test_r18_speedengine.py, test_r18_speedoutlet.py)."""
    last = words[-1].lower()
    if last in _outlet_last_words() or "-" in last:
        return True
    first = words[0].lower()
    if first == "the":
        first = words[1].lower()
    return first in _outlet_first_words()


@lru_cache(maxsize=1)
def _outlet_last_words() -> frozenset[str]:
    """The last words outlet_name names an outlet by, and "the" (past which it reads the word before)."""
    return word_set("outlet_heads") | word_set("outlet_compound_heads") | {"the"}


@lru_cache(maxsize=1)
def _outlet_first_words() -> frozenset[str]:
    """The first words outlet_name names an outlet by, those of the known outlets (past "the": "The Hill" -> "hill", and
    possessive, as "the BBC's" opens), and "the" (a phrase of nothing else is left to its every test)."""
    known = {words[words[0] == "the" and len(words) > 1] for words in (alias.lower().split() for alias in _alias_index())}
    return word_set("outlet_leads") | {"the"} | known | {word + ending for word in known for ending in POSSESSIVE_ENDINGS}


# Kinds of outlet a name may end with in lower case: "New York magazine", "Harlow newspaper"
LOWER_CASE_OUTLET_HEADS = frozenset(("magazine", "newspaper"))


def _lower_case_head(words: list[str]) -> bool:
    """"Halden magazine": capitalised words and then the kind of outlet in lower case. Not after "the" or an adjective of
    people, party or region ("the Alverian newspaper", "Republican newspaper", "a Southern magazine" describe a paper)."""
    return words[-1] in LOWER_CASE_OUTLET_HEADS and len(words) > 1 and words[0] not in ("the", "The") and words[0][0].isupper() \
        and not words[-2].endswith(DESCRIBING_ADJECTIVE_ENDINGS)


# Endings of the capitalised adjectives that describe a paper rather than name it: "Alverian", "Maltese", "Danish",
# "Israeli", "French", "Democratic", "Conservative", "Western"
DESCRIBING_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic", "ive", "ern")


# Newsroom jobs: "a Politico reporter", "CNN's chief correspondent", "the Fox News host"
MEDIA_ROLES = frozenset({"commentator", "host", "anchor", "pundit", "reporter", "correspondent", "columnist", "journalist", "moderator",
                         "interviewer", "editor", "contributor", "analyst", "broadcaster"})


# The lower-case words an outlet's name may hold between its capitalised ones ("The Voice of the People")
OUTLET_NAME_LINKS = frozenset(("the", "of", "and", "&"))


CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}-(?:[A-Z]{2})$|[A-Z]{3,5}-(?:TV|FM|AM|DT|HD)$")


# A news site named by its address: "Harbornews.com", "Halden-Post.net" (".org" names campaigns and charities as often)
WEB_ADDRESS = re.compile(r"[A-Z][A-Za-z0-9-]+\.(?:com|net|co\.uk)")


def _call_sign(word: str) -> bool:
    """A broadcaster's call sign with its band: "KXRT-TV", "WXTN-FM", "CFRB-AM"."""
    if not CALL_SIGN.match(word):
        return False
    return word.rsplit("-", 1)[1].lower() in word_set("call_sign_suffixes")


BARE_CALL_SIGN = re.compile(r"[KW][A-Z]{3}")


def bare_call_sign(phrase: str) -> str | None:
    """"WXTN" where an outlet is expected ("told WXTN", "in an interview with WXTN"): four capitals opening with K or W
    are a US station's call letters. Only there: elsewhere the same letters may be a firm's or a league's."""
    return phrase if len(phrase) == 4 and BARE_CALL_SIGN.fullmatch(phrase) else None


@lru_cache(maxsize=1)
def _alias_first_words() -> frozenset[str]:
    """The first word (up to its first space) of every alias in the index."""
    return frozenset(alias.split(" ", 1)[0] for alias in _alias_index())


def longest_known_outlet(words: list[str], possessive: bool = False) -> tuple[int, str] | None:
    """The longest prefix of ``words`` naming a known outlet: (word count, canonical name). With ``possessive``, a
    prefix may end in "'s" ("NBC's", "The Atlantic's": the word is counted, the outlet is the name before it)."""
    # A prefix joined by spaces opens with the first word of words[0]: when no alias opens so (most words), none is tried.
    if not words:
        return None
    first = words[0].split(" ", 1)[0]
    if first not in _alias_first_words() and not (possessive and first.endswith(POSSESSIVE_ENDINGS) and first[:-2] in _alias_first_words()):
        return None
    index = _alias_index()
    for size in range(min(6, len(words)), 0, -1):
        prefix = " ".join(words[:size])
        name = index.get(prefix) or possessive and prefix.endswith(POSSESSIVE_ENDINGS) and index.get(prefix[:-2])
        if name:
            return size, name
    return None


POSSESSIVE_ENDINGS = ("'s", "’s")
