"""A translation never breaks a glossary name the message typed: "e procurement?" asks what e-procurement is, not
Portuguese "and procurement?"; "e commerce mean?" the same.

The tables (glossary/foreign_asks.py) read a word of another language wherever it stands, and some of their small
words are a name's own: a letter prefix ("e", "m"), an "a", a "de". A reading that no longer holds two words the
message typed side by side as a glossary name is dropped, and the message is read as typed. Only readings of
messages in other languages get here; each pair of words is one dictionary look-up.
"""

from __future__ import annotations

from collections.abc import Callable

from glossary import normalize
from glossary.models import LookupResult


def kept(english: str | None, text: str, named: Callable[[list[str]], LookupResult | None]) -> str | None:
    """`english`, the reading of `text`, or None when it left out or changed two words `text` types together as a
    glossary name (`named`: the glossary's exact look-up)."""
    if not english:
        return english
    words, said = normalize.words(text), f" {' '.join(normalize.words(english))} "
    for first, second in zip(words, words[1:], strict=False):
        pair = f"{first} {second}"
        if f" {pair} " not in said and named([pair]) is not None:
            return None
    return english
