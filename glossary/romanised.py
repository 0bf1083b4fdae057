"""One spelling for the ways a language written in another script is typed in Latin letters.

People who romanise Malayalam, Marathi, Sinhala or Telugu by ear do not agree on long vowels or breathed consonants:
"ennu vechal" and "ennu vechaal", "enthanu" and "enthaanu", "artham" and "artam", "bhedam" and "bedam" are the same
words. The lists of words that ask (glossary/world_words.py) hold one spelling each; read through this key, a word
typed the other way is the same word. The key drops what the spellings disagree on: a doubled vowel ("aa" is "a",
"ee" and "ii" are "i", "oo" and "uu" are "u") and the "h" after a consonant ("th" is "t", "dh" is "d"). It never
makes one word of two that differ in a consonant or a short vowel. It is read only for the languages typed so
(world_words.ROMANISED): in Finnish or Estonian a long vowel is another word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

_LONG = re.compile(r"ee|oo|([aiu])\1")  # "aa", "ii", "uu" one vowel; "ee" is "i", "oo" is "u", as typed for them
_BREATHED = re.compile(r"(?<=[bdgkpt])h")  # "th", "dh", "kh", "bh": the consonant alone ("ch" is a sound of its own)


@lru_cache(maxsize=8192)
def spelling_key(word: str) -> str:
    """The spelling of a folded word with its vowel length and breathed consonants left out ("vechaal" → "vechal",
    "ardham" → "ardam")."""
    return _BREATHED.sub("", _LONG.sub(_short, word))


def _short(match: re.Match[str]) -> str:
    """The one vowel a long one is typed for."""
    return {"ee": "i", "oo": "u"}.get(match.group(), match.group()[0])


KEYED = "\x00"  # first item of a phrase's key in a set of phrases: a key never matches words as typed


def with_keys(words: Sequence[str]) -> frozenset[str]:
    """The folded `words` and their keys: what a set of first words is checked against, once per message."""
    return frozenset((*words, *map(spelling_key, words)))


def with_spellings(phrases: Iterable[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """`phrases` (each a tuple of folded words) and their keys, marked KEYED: a message's words are looked up as
    typed, and their key among the keys (world_asks.spelt)."""
    written = frozenset(phrases)
    return written | {(KEYED, *(spelling_key(word) for word in phrase)) for phrase in written}


def words_of(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a phrase of such a set, its key's without the mark."""
    return phrase[1:] if phrase and phrase[0] == KEYED else phrase
