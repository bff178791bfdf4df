"""Who is who in one article: full names seen anywhere, and the sources quoted so far.

Mentions are kept apart from entities: "Veale", "he" and "the spokesman" are mentions that
resolve to the entity "Thomas Veale"; an unresolved mention is allowed, a wrong link is worse.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .names import CONNECTORS, Mention, is_acronym, is_org_word, is_role_word, split_person_name, strip_possessive
from .outlets import outlet_name
from .resources import word_set
from .tokens import Token

_CAPITAL_WORD = r"(?:(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Prof|Col|Gen|Lt|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Rev)\.|[A-Z][\w'’\-]*)"
# Every branch of _CAPITAL_WORD starts with a capital: the look-ahead lets the scan over the
# whole article skip other characters without trying each branch (same matches, ~1/3 faster).
CAPITALIZED_RUN = re.compile(rf"(?=[A-Z]){_CAPITAL_WORD}(?:[ \u00a0]+(?:of[ \u00a0]+|the[ \u00a0]+)?{_CAPITAL_WORD})+")
DOCUMENT_OWNER = re.compile(
    r"\b((?:[A-Z][\w\-]*[ \u00a0]){0,3}[A-Z][\w\-]*)(?:['’]s)?[ \u00a0]+(letter|memo|memorandum|statement|report|document|email|questionnaire|guidance|policy|filing|notice)\b"
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

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower() if self.name.split() else ""


@dataclass
class KnownName:
    position: int
    name: str
    role: str | None
    title: str | None


class NameIndex:
    """Every person-like full name in the text, by surname (one pass, built once per article)."""

    def __init__(self, text: str):
        self.text = text
        self._built = False
        self.by_surname: dict[str, list[KnownName]] = {}
        self.in_order: list[KnownName] = []
        self.positions: list[int] = []

    def _build(self) -> None:
        """Built on the first look-up: many articles never need it."""
        if self._built:
            return
        self._built = True
        for match in CAPITALIZED_RUN.finditer(self.text):
            self._add(match)
        self.positions = [k.position for k in self.in_order]

    def _add(self, match: re.Match) -> None:
        parsed = _person_in_run(match.group())
        if parsed is not None:
            name, role, title = parsed
            known = KnownName(match.start(), name, role, title)
            self.by_surname.setdefault(name.split()[-1].lower(), []).append(known)
            self.in_order.append(known)

    def latest_before(self, position: int) -> KnownName | None:
        """The last full name written before ``position``: what "he" or "she" most likely means."""
        self._build()
        index = bisect.bisect_left(self.positions, position)
        return self.in_order[index - 1] if index else None

    def lookup(self, surname: str, position: int) -> KnownName | None:
        self._build()
        candidates = self.by_surname.get(strip_possessive(surname).rstrip(".").lower())
        if not candidates:
            return None
        before = [c for c in candidates if c.position < position]
        return before[-1] if before else candidates[0]


@lru_cache(maxsize=8192)
def _person_in_run(run: str) -> tuple[str, str | None, str | None] | None:
    """(name, role, title) when a run of capitalised words names a person: "Prime Minister
    Rishi Sunak's" -> ("Rishi Sunak", "Prime Minister", None). Cached: names recur across articles."""
    words = run.replace("\u00a0", " ").split(" ")
    function_words = word_set("capitalized_function_words")
    while words and words[0].lower() in function_words:
        words.pop(0)
    connectors = [i for i, w in enumerate(words) if w in ("of", "the")]
    if connectors:
        words = words[connectors[-1] + 1:]  # "University of Texas Arlington Amneh Jafari" -> after "of"
    if len(words) < 2 or outlet_name(" ".join(words)):
        return None
    if any(is_org_word(w) for w in words[-2:]) or is_acronym(words[-1]):
        return None
    tokens = [Token(w, 0, 0) for w in words]
    prefix, name = split_person_name(tokens, False)
    if len(name) < 2 or any(t.text.lower() in function_words or is_role_word(t.text) for t in name):
        return None
    names = [strip_possessive(t.text).rstrip(".") if i == len(name) - 1 else t.text for i, t in enumerate(name)]
    title = prefix[-1].text if prefix and prefix[-1].text.lower() in word_set("titles") else None
    role = " ".join(t.text for t in prefix if t is not None) or None
    if title and role == title:
        role = None
    return " ".join(names), role, title


def document_owners(text: str) -> dict[str, str]:
    """"The Home Office letter" -> {"letter": "Home Office"}: lets "a leaked letter" be read
    as the owner's words elsewhere in the same article."""
    owners: dict[str, str] = {}
    for match in DOCUMENT_OWNER.finditer(text):
        owner = match.group(1).replace("\u00a0", " ")
        words = owner.split()
        while words and words[0].lower() in word_set("capitalized_function_words"):
            words.pop(0)
        if words:
            owners.setdefault(match.group(2).lower(), " ".join(words))
    return owners


class EntityTable:
    """Sources met so far, most recent last, for resolving later mentions."""

    def __init__(self, names: NameIndex, text: str):
        self.names = names
        self.text = text
        self._owners: dict[str, str] | None = None
        self.entities: list[Entity] = []
        self.recent: list[Entity] = []  # speakers in order of their latest attribution
        self.mentioned: list[tuple[int, Entity]] = []  # (offset, entity) of every resolved non-pronoun mention

    @property
    def owners(self) -> dict[str, str]:
        if self._owners is None:  # only documents as speakers need it
            self._owners = document_owners(self.text)
        return self._owners

    def note_speaker(self, entity: Entity) -> None:
        if self.recent and self.recent[-1] is entity:
            return
        self.recent.append(entity)

    def resolve(self, mention: Mention, apposition_role: str | None = None) -> Entity | None:
        if mention.kind == "pronoun":
            return self._pronoun(mention)
        entity = self._resolve_named(mention, apposition_role)
        if entity is not None:
            self.mentioned.append((mention.start, entity))
        return entity

    def _resolve_named(self, mention: Mention, apposition_role: str | None) -> Entity | None:
        if mention.document:
            return self._document(mention)
        if mention.outlet:
            return self._get(mention.outlet, "organization", outlet=mention.outlet, alias=mention.text)
        if mention.kind == "person":
            return self._person(mention, apposition_role)
        if mention.kind == "unnamed" and mention.definite and mention.head:
            earlier = self._definite(mention.head, mention.start)
            if earlier is not None:
                earlier.aliases.add(mention.text)
                return earlier
        if mention.kind == "organization":
            return self._get(mention.name, "organization", alias=mention.text, head=mention.head)
        return self._get(mention.name, "unnamed", alias=mention.text, head=mention.head, affiliation=mention.affiliation)

    # ---------------------------------------------------------------- kinds of mention
    def _pronoun(self, mention: Mention) -> Entity | None:
        wanted = {"person": ("person",), "plural": ("unnamed", "organization"), "thing": ("organization",)}[mention.pronoun]
        for entity in reversed(self.recent):
            if entity.kind in wanted:
                if mention.pronoun == "plural" and entity.kind == "unnamed" and entity.head and not entity.head.endswith("s") and entity.head != "media":
                    continue
                entity.aliases.add(mention.text)
                return entity
        if mention.pronoun == "person":
            known = self.names.latest_before(mention.start)
            if known is not None:
                return self._person_named(known.name, known.title, known.role, None, mention.text)
        return None

    def _document(self, mention: Mention) -> Entity | None:
        owner = mention.document_owner or self.owners.get(mention.head or "")
        if owner is None:
            return self._get(mention.name, "unnamed", alias=mention.text, head=mention.head)
        known = self.names.lookup(owner.split()[-1], mention.start) if len(owner.split()) == 1 else None
        if known:
            return self._person_named(known.name, known.title, known.role, None, owner)
        existing = self._by_surname(owner)
        if existing is not None:
            return existing
        kind = "organization"
        return self._get(owner, kind, alias=owner, outlet=outlet_name(owner))

    def _person(self, mention: Mention, apposition_role: str | None) -> Entity:
        role = mention.role
        if apposition_role:
            role = f"{role}, {apposition_role}" if role else apposition_role
        if mention.surname_only:
            existing = self._by_surname(mention.name)
            if existing is not None:
                existing.aliases.add(mention.text)
                return existing
            known = self.names.lookup(mention.name, mention.start)
            if known:
                return self._person_named(known.name, known.title or mention.title, known.role or role, None, mention.text)
            kind = "person" if mention.title or role else "organization"
            return self._get(mention.name, kind, alias=mention.text, title=mention.title, role=role)
        affiliation = mention.affiliation
        if apposition_role:
            from .names import affiliation_of

            affiliation = affiliation_of(apposition_role) or affiliation
        return self._person_named(mention.name, mention.title, role, affiliation, mention.text)

    def _person_named(self, name, title, role, affiliation, alias) -> Entity:
        surname = name.split()[-1].lower()
        for entity in reversed(self.entities):
            if entity.kind != "person":
                continue
            if entity.name == name or (entity.surname == surname and (len(entity.name.split()) == 1 or len(name.split()) == 1)):
                if len(name.split()) > len(entity.name.split()):
                    entity.aliases.add(entity.name)
                    entity.name = name
                entity.title = entity.title or title
                entity.role = entity.role or role
                entity.affiliation = entity.affiliation or affiliation
                entity.aliases.add(alias)
                return entity
        entity = Entity(name, "person", title=title, role=role, affiliation=affiliation, aliases={alias})
        self.entities.append(entity)
        return entity

    def _by_surname(self, word: str) -> Entity | None:
        surname = strip_possessive(word).rstrip(".").lower()
        for entity in reversed(self.recent + self.entities):
            if entity.kind == "person" and entity.surname == surname:
                return entity
        return None

    def _definite(self, head: str, position: int) -> Entity | None:
        """"the officials": the nearest earlier source with that head noun. Among unnamed ones the
        nearest fuller description ("officials from the SDF") wins over a bare "officials", which
        says less about the same people."""
        bare = None
        for entity in reversed(self.recent):
            if entity.kind == "person" and self._role_has(entity, head):
                return entity
            if entity.head == head and entity.kind in ("unnamed", "organization"):
                break
        for offset, entity in reversed(self.mentioned):
            if offset >= position or entity.head != head or entity.kind not in ("unnamed", "organization"):
                continue
            if self._fuller(entity):
                return entity
            bare = bare or entity
        return bare

    @staticmethod
    def _role_has(entity: Entity, head: str) -> bool:
        role = (entity.role or "").lower() + " " + (entity.title or "").lower()
        return re.search(rf"\b{re.escape(head)}\b", role) is not None

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
        entity = Entity(name, kind, title=title, role=role, affiliation=affiliation, head=head, outlet=outlet, aliases={alias} if alias else set())
        self.entities.append(entity)
        return entity
