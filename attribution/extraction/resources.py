"""Loads the editable data files in ``data/`` once per process."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_json(name: str) -> dict:
    return json.loads(resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def word_set(key: str) -> frozenset[str]:
    """One list of ``lexicon.json`` as a set of lower-case words."""
    return frozenset(load_json("lexicon.json")[key])
