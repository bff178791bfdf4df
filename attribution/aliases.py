"""Aliases are names: "Veale", "the BBC", "Col. Thomas Veale". A pronoun ("She") or a bare
role noun ("the spokesman", "Officials") is how one article referred to someone, not another
name for them, so it is never stored or shown as an alias. Pure Python over the extractor's
word lists."""

import re

from attribution.extraction import outlet_record
from attribution.extraction.resources import word_set

# Words that begin a reference without naming anyone: "the officials", "his father".
_LEADING = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "both"}
)
_WORD = re.compile(r"[^\W_][\w'’.-]*", re.UNICODE)


def _not_names():
    return (
        word_set("person_pronouns") | word_set("plural_pronouns") | word_set("thing_pronouns")
        | word_set("first_person") | word_set("role_words") | word_set("unnamed_heads") | word_set("titles")
        | word_set("title_words") | word_set("capitalized_function_words") | _LEADING
    )


def alias_is_name(alias):
    """True when the alias holds a name: a capitalised word (or one in a script without
    letter case) that is not a pronoun, a role noun, a title or a function word; or the name
    of a known outlet ("The Economist", "dpa")."""
    if outlet_record(alias or ""):
        return True
    not_names = _not_names()
    for word in _WORD.findall(alias or ""):
        if word[0].islower():
            continue
        if word.casefold().rstrip(".") in not_names or word.casefold() in not_names:
            continue
        return True
    return False


def names_only(aliases):
    """The aliases that are names, in their order."""
    return [alias for alias in aliases if alias_is_name(alias)]
