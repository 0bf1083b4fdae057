"""A message typed all in capitals, read as if typed in ordinary case: "SRE. WHAT IS IT. SOUNDS LIKE OPERATIONS."

In a shouted message casing cannot tell the words from the acronyms, so every step that trusts capitals ("IT" the
department, "SRE" an acronym written as one, a capitalised word starting a clause) reads it as a wall of names and
nothing is asked clearly. This reading lowers each shouted word that is everyday English ("WHAT", "IS", "DEFINE",
"OPERATIONS") and keeps in capitals what is not: a word no dictionary holds ("SRE", "DASD"), unless the glossary
writes it in lower case ("capex"), and a glossary acronym that is a rarer English word ("COOP", "CHIP"). The
commonest words are grammar even when the glossary holds them as acronyms ("IT", "US", "AM"): lowered. The pipeline
reads this first, and the message as typed when it answers nothing (glossary/understand.py). One pass over the
words: linear in the message.
"""

from __future__ import annotations

import re

from glossary import common_words, normalize
from glossary.spoken_letters import Names

EVERYDAY = 30_000  # a shouted word this common is read as the word ("OPERATIONS", "SLIDE")
GRAMMAR = 3_000  # ... and this common, even when the glossary holds it as an acronym ("IT", "AS")
MIN_WORDS = 2  # "WHAT IS SRE" is shouted; "SRE" alone is an acronym
_SHOUTED = re.compile(r"\b[A-Z][A-Z']+\b|\bA\b(?= [A-Z])")


def reading(text: str, known: Names) -> str:
    """`text` with its shouted everyday words in lower case ("A" too, an article before a word); `text` itself
    unless it is typed all in capitals, two words at least."""
    if text.upper() != text or len(_SHOUTED.findall(text)) < MIN_WORDS:
        return text

    def lowered(m: re.Match[str]) -> str:
        word = m.group().lower().replace("'", "")
        rank = common_words.rank(word)
        key = normalize.key(word)
        keep = rank > GRAMMAR and known.is_acronym_key(key) or rank > EVERYDAY and known.exact([word]) is None
        return m.group() if keep else m.group().lower()
    return _SHOUTED.sub(lowered, text)
