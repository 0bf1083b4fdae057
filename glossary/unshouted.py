"""A message typed all in capitals, read as if typed in ordinary case: "SRE. WHAT IS IT. SOUNDS LIKE OPERATIONS."

In a shouted message casing cannot tell the words from the acronyms, so every step that trusts capitals ("IT" the
department, "SRE" an acronym written as one, a capitalised word starting a clause) reads it as a wall of names and
nothing is asked clearly. This reading lowers every shouted word that may be an everyday word: a common word
("WHAT", "DEFINE", "OPERATIONS"), one an acronym may spell ("PAT", "SAM", "COOP": here nothing tells which), the
question's scaffolding ("BOT" in "HELLO JARGON BOT") and a contraction; it keeps in capitals only what no everyday word
is ("SRE", "MTTR", "DASD"), which stays the acronym it was. The pipeline reads this first, and the message as typed
when it answers nothing (glossary/dictated.py, glossary/understand.py). One pass over the words: linear in the
message.
"""

from __future__ import annotations

import re

from glossary.casing import is_word_acronym
from glossary.cue_words import SCAFFOLD

_SHOUTED = re.compile(r"\b[A-Z][A-Z']+\b|\bA\b(?= [A-Z])")
MIN_WORDS = 2  # "WHAT IS SRE" is shouted; "SRE" alone is an acronym


def reading(text: str) -> str:
    """`text` with its shouted words lowered but those no everyday word can be ("A" too, an article before a word);
    `text` itself unless it is typed all in capitals, two words at least."""
    if text.upper() != text or len(_SHOUTED.findall(text)) < MIN_WORDS:
        return text
    return _SHOUTED.sub(_lowered, text)


def _lowered(m: re.Match[str]) -> str:
    """A shouted word in lower case, unless no everyday word is written so ("SRE", "MTTR", "DASD"): an everyday word,
    a word an acronym may spell ("PAT", "SAM", "COOP": no casing tells them apart here), scaffolding ("BOT" of "HELLO
    JARGON BOT") and a contraction ("DON'T") are lowered."""
    word = m.group()
    kept = "'" not in word and not is_word_acronym(word) and word.lower() not in SCAFFOLD
    return word if kept else word.lower()
