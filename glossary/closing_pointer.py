"""A message closed by a question of one or two words of a language the bot has no words of, after a sentence that
names something: "the bank keeps keys in an HSM. ni iki?", "DR plan template asks for RTO. ni iki?".

Such a closing question points back as "what is that?" does, so the English reading puts it so, and the English
reader finds what the sentence before names (glossary/pointed_back.py), or nothing. Only when each word is of no
English (glossary/unknown_tail.py's `tail_word`: no "when", "where" or "who" of a language with a table, no
English typed with letters swapped), no language with a table is spoken in them ("kya karein?": Hindi, read by
its table), and a question mark closes them. A few tokens from the end are read.
"""

from __future__ import annotations

from collections.abc import Callable

from glossary import foreign_words
from glossary.tail_words import asks_by_tail
from glossary.textscan import scan
from glossary.unknown_tail import MAX_TAIL, SENTENCE_MARKS

POINTER = "what is that?"
_EXACTLY = frozenset("exact exactly precisely simply".split())  # not "really", "basically": "aiyo really?" reacts


def english(text: str, name_word: Callable[[str], bool] = lambda word: False) -> str | None:
    """`text` with its closing question of words no table holds put as "what is that?"; None when it has none.
    `name_word`: is a word (folded) one of a glossary name's? Then it is asked itself ("... ESG section. esg = ?")."""
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1  # the marks closing the message: no "?" there, nothing to scan (most messages)
    if "?" not in text[end:]:
        return None
    s = scan(text)
    n = len(s.norms)
    if n < 2 or "?" not in s.text[s.ends[-1]:]:
        return None
    first, manner = n - 1, s.norms[-1] in _EXACTLY  # "ni iki exactly?"
    while first > 0 and not SENTENCE_MARKS.intersection(s.text[s.ends[first - 1]:s.starts[first]]):
        first -= 1
        if n - first > MAX_TAIL + manner:
            return None
    asking = range(first, n - manner)  # two words before "exactly"
    if first == 0 or len(asking) < 1 + manner or not asks_by_tail(s, asking) \
            or any(name_word(s.norms[k]) for k in range(first, n)) \
            or foreign_words.spoken_beyond_address(foreign_words.marked(s.text[s.starts[first]:])):
        return None
    return s.text[:s.starts[first]] + POINTER
