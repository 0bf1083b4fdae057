"""A translation never breaks a glossary name the message typed: "e procurement?" asks what e-procurement is, not
Portuguese "and procurement?"; "qué es no code?" asks what no code is, not "what is not code?".

The tables (glossary/foreign_asks.py) read a word of another language wherever it stands, and some of their small
words are a name's own: a letter prefix ("e"), "no", "de". Where the reading changed the first of two words that the
message types side by side as a glossary name, and kept the second, the typed word goes back in its place. One pass
over the message's pairs of words, one dictionary look-up for each pair the reading lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from glossary import normalize
from glossary.models import LookupResult


def kept(english: str | None, text: str, named: Callable[[list[str]], LookupResult | None]) -> str | None:
    """`english`, the reading of `text`, with the first word of a two-word glossary name that `text` types and the
    reading changed put back as typed (`named`: the glossary's exact look-up); the first such name only."""
    if not english:
        return english
    words = normalize.words(text)
    read = normalize.words(english)
    pairs, said = set(zip(read, read[1:], strict=False)), set(read)
    for first, second in zip(words, words[1:], strict=False):
        if (first, second) not in pairs and second in said and named([f"{first} {second}"]) is not None:
            found = re.search(rf"(?<![\w-])[\w'-]+(?=\s+{re.escape(second)}(?![\w-]))", english, re.I)
            return english[:found.start()] + first + english[found.end():] if found else english
    return english
