"""Recognising news outlets: the known list in ``data/outlets.json`` plus name patterns
("The Deseret News", "Fox 5 Radio") for the ones it lacks."""

from __future__ import annotations

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
    canonical = known_outlet(name)
    return next((o for o in load_json("outlets.json")["outlets"] if o["name"] == canonical), None)


def known_outlet(phrase: str) -> str | None:
    """Canonical name when ``phrase`` (a whole noun phrase) names a known outlet."""
    phrase = phrase.strip()
    if len(phrase) > 1 and phrase.endswith(("'s", "’s")):
        phrase = phrase[:-2]
    return _alias_index().get(phrase)


def outlet_name(phrase: str) -> str | None:
    """Canonical name for a known outlet, the phrase itself for one that looks like an outlet
    ("The Deseret News"), else None."""
    known = known_outlet(phrase)
    if known:
        return known
    words = phrase.split()
    if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("the", "of", "and", "&") for w in words):
        return None
    if words[-1].lower() in word_set("outlet_heads"):
        return phrase[4:] if phrase.startswith("the ") else phrase
    return None


def longest_known_outlet(words: list[str]) -> tuple[int, str] | None:
    """The longest prefix of ``words`` naming a known outlet: (word count, canonical name)."""
    index = _alias_index()
    for size in range(min(6, len(words)), 0, -1):
        name = index.get(" ".join(words[:size]))
        if name:
            return size, name
    return None
