"""Words before a term that never make it a longer name: asides, and a manner compound.

A noun phrase never runs through a hedge or an interjection: "wasm?? oh wait maybe WebAssembly?" names
WebAssembly, not a "maybe WebAssembly" nobody defined. And a hyphenated modifier ending in a manner suffix
("netflix-style chaos engineering", "kafka-esque queueing") says how the thing is done, not which longer
name is meant: the term is still what is asked. Both are read only on the words just before a span.
"""

from __future__ import annotations

from glossary import world_asks
from glossary.textscan import Scan

#: Hedges and interjections: chat asides, never a word of a name.
ASIDES = frozenset("maybe perhaps probably possibly oh ah wait um uh hmm ok okay yeah yep lol hey".split())
#: Suffixes that, after a hyphen, make a manner word: "x-style", "x-esque", "x-ish".
MANNER = frozenset({"style", "esque", "ish"})


def manner(s: Scan, i: int) -> bool:
    """Is token `i` a manner suffix joined by a hyphen to the word before ("netflix-style")?"""
    return s.norms[i] in MANNER and i > 0 and s.text[s.ends[i - 1]:s.starts[i]] == "-"


def no_name_word(s: Scan, i: int) -> bool:
    """Token `i` before a term cannot begin or modify a longer name: an aside, or a manner compound's end."""
    return s.norms[i] in ASIDES or manner(s, i) or world_asks.asks_at(s, i)  # a word asking, in another language
