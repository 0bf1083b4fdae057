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
from collections.abc import Iterable
from pathlib import Path

from glossary.world_words import Asking

#: Each language's review: its additions by field (a list of phrases, or words in one string) and what it struck.
_DATA: dict[str, dict] = json.loads(Path(__file__).with_name("world_words_more.json").read_text(encoding="utf-8"))


def widened(languages: dict[str, Asking]) -> dict[str, Asking]:
    """Each language's entry with its reviewed additions, and without the entries its review struck."""
    return {name: Asking(cues=_phrases(name, "cues", asking.cues),
                         particles=_words(name, "particles", asking.particles),
                         elsewhere=_words(name, "elsewhere", asking.elsewhere),
                         differ=_phrases(name, "differ", asking.differ), joins=_words(name, "joins", asking.joins),
                         between=_phrases(name, "between", asking.between))
            for name, asking in languages.items()}


def explain(lists: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each language's words asking to explain, with the reviewed ones."""
    return {name: _phrases(name, "explain", lists.get(name, ())) for name in _named(lists, "explain")}


def pronouns(lists: dict[str, str]) -> dict[str, str]:
    """Each language's "it", "this", "that" and "me", with the reviewed ones."""
    return {name: _words(name, "pronouns", lists.get(name, "")) for name in _named(lists, "pronouns")}


def _named(lists: dict, field: str) -> list[str]:
    """The languages with words of `field`, listed or reviewed."""
    return [name for name in {*lists, *_DATA} if lists.get(name) or _DATA.get(name, {}).get(field)]


def _phrases(name: str, field: str, own: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_merged(name, field, own))


def _words(name: str, field: str, own: str) -> str:
    return " ".join(_merged(name, field, own.split()))


def _merged(name: str, field: str, own: Iterable[str]) -> list[str]:
    """`own` then the review's additions to `field` (phrases listed, or words in one string), once each, less what
    the review struck."""
    review = _DATA.get(name, {})
    struck = set(review.get("remove", {}).get(field, ()))
    added = review.get(field, ())
    added = added.split() if isinstance(added, str) else added
    return [word for word in dict.fromkeys((*own, *added)) if word not in struck]
