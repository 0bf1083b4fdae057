"""Each listed language's further everyday chat forms, from speakers' reviews of glossary/world_words.py and
glossary/world_words_added.py: the first lists held a few textbook phrases a language ("degen ne", "magynasy"), while
people type "bul ne?", "ol ne", "magynasy qandai", "tusindirip bershi". Only data, in world_words_more.json (folded,
one object a language: additions by field, and entries a review struck under "remove"), merged into the lists by
glossary/world_asks.py.

A reviewed word is kept only where the lists' own rules allow it (tests/glossary/test_world_asks.py): no single word
that asks, joins or asks something else is an everyday English word, a chat word or a word of a language with a table
of its own; no word asking who or where is one that asks what, joins or softens in any language.
"""

from __future__ import annotations

import json
from pathlib import Path

from glossary.world_words import Asking

_DATA: dict[str, dict] = json.loads(Path(__file__).with_name("world_words_more.json").read_text(encoding="utf-8"))


def widened(languages: dict[str, Asking]) -> dict[str, Asking]:
    """Each language's entry with its reviewed additions, and without the entries its review struck."""
    return {name: Asking(_phrases(name, "cues", asking.cues), _words(name, "particles", asking.particles),
                         _words(name, "elsewhere", asking.elsewhere), _phrases(name, "differ", asking.differ),
                         _words(name, "joins", asking.joins), _phrases(name, "between", asking.between))
            for name, asking in languages.items()}


def explain(lists: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each language's words asking to explain, with the reviewed ones."""
    return {name: _phrases(name, "explain", lists.get(name, ())) for name in {*lists, *_DATA} if
            lists.get(name) or _DATA[name].get("explain")}


def pronouns(lists: dict[str, str]) -> dict[str, str]:
    """Each language's "it", "this", "that" and "me", with the reviewed ones."""
    return {name: _words(name, "pronouns", lists.get(name, "")) for name in {*lists, *_DATA}
            if lists.get(name) or _DATA[name].get("pronouns")}


def _phrases(name: str, field: str, own: tuple[str, ...]) -> tuple[str, ...]:
    more = _DATA.get(name, {})
    struck = set(more.get("remove", {}).get(field, ()))
    return tuple(dict.fromkeys(p for p in (*own, *more.get(field, ())) if p not in struck))


def _words(name: str, field: str, own: str) -> str:
    more = _DATA.get(name, {})
    struck = set(more.get("remove", {}).get(field, ()))
    return " ".join(dict.fromkeys(w for w in (*own.split(), *more.get(field, "").split()) if w not in struck))
