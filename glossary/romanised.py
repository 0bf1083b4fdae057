"""One spelling for the ways a language written in another script is typed in Latin letters.

People who romanise Malayalam, Hindi, Sinhala or Telugu by ear do not agree on long vowels or breathed consonants:
"ennu vechal" and "ennu vechaal", "enthanu" and "enthaanu", "artham" and "artam", "bhedam" and "bedam" are the same
words. The lists of words that ask (glossary/world_words.py) hold one spelling each; read through this key, a word
typed the other way is the same word. The key drops what the spellings disagree on: a doubled vowel ("aa" is "a",
"ee" and "ii" are "i", "oo" and "uu" are "u") and the "h" after a consonant ("th" is "t", "dh" is "d"). It never
makes one word of two that differ in a consonant or a short vowel.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_LONG = re.compile(r"ee|oo|([aiu])\1")  # "aa", "ii", "uu" one vowel; "ee" is "i", "oo" is "u", as typed for them
_BREATHED = re.compile(r"(?<=[bcdgjkpt])h")  # "th", "dh", "kh", "bh", "ch": the consonant alone


@lru_cache(maxsize=8192)
def spelling_key(word: str) -> str:
    """The spelling of a folded word with its vowel length and breathed consonants left out ("vechaal" → "vecal")."""
    return _BREATHED.sub("", _LONG.sub(_short, word))


def _short(match: re.Match[str]) -> str:
    """The one vowel a long one is typed for."""
    return {"ee": "i", "oo": "u"}.get(match.group(), match.group()[0])


def with_spellings(phrases: Iterable[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """`phrases` (each a tuple of folded words) and their keys: a message's words or their keys are looked up in it."""
    written = frozenset(phrases)
    return written | {tuple(spelling_key(word) for word in phrase) for phrase in written}
