"""The extractor's public records. Other code depends on these names: add fields, never rename."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Speaker:
    name: str  # fullest name in the article: "Thomas Veale", "officials from the SDF", "BBC"
    kind: str  # "person" | "organization" | "unnamed"
    title: str | None = None  # honorific or rank: "Col."
    role: str | None = None  # "spokesman for the Inherent Resolve coalition"
    affiliation: str | None = None  # "Inherent Resolve coalition"
    aliases: tuple[str, ...] = ()  # other ways the article names it: ("Veale", "Col. Thomas Veale")


@dataclass(frozen=True)
class Hop:
    """One step of the relay chain, from the article outwards."""

    name: str  # "BBC" / "officials"
    kind: str  # "outlet" | "person" | "organization" | "unnamed"
    cue: str | None  # "reported", "called"


@dataclass(frozen=True)
class Extracted:
    quote: str  # == text[start:end], always
    start: int
    end: int
    kind: str  # "direct" | "partial" | "indirect" | "belief" (a belief or intention: "X wants ...", "X opposes ...")
    speaker: Speaker | None
    speaker_mention: str | None  # as written at this occurrence: "he", "Veale", "the officials"
    cue: str | None  # "said", "told reporters", "According to"
    reported_by: str | None  # canonical outlet the article relays it through, else None
    relay: tuple[Hop, ...]  # e.g. (Hop("BBC", "outlet", "reported"), Hop("officials", "unnamed", "called"))
    confidence: float  # 0..1
    sentence_start: int  # the enclosing sentence's span, for showing the quote in context
    sentence_end: int
