"""A "vs" inside the asker's gloss of a name compares nothing about the name: "time value of money — a
dollar today vs tomorrow thing?", "make or buy decision == build vs buy?".

The frame reader splits such a message at "vs" into two sides, the first of them the name and its gloss,
the second a plain word no term is; a comparison with one side unknown is never answered with the side
that is known (glossary/understand.py). But when the name opens the message and a break (a dash, a colon,
"=", "->") sets it apart from what follows, the "vs" stands inside what the asker says the name is: the
name is the topic asked about and the gloss only describes it. Only a gloss that neither points back at the
name ("X — how is it different vs Y?") nor uses a word that compares ("X: better vs Y?") is read so: those
ask to compare the name with something, and stay a comparison with one side unknown.
"""

from __future__ import annotations

import re

from glossary import normalize
from glossary.contrast import is_cue
from glossary.cue_words import LIKENED, PRONOUN_QUESTION
from glossary.frames import Frame

#: The break after a name that opens a gloss of it: a dash, colon, "=", "==" or an arrow.
_BREAK = re.compile(r"\s*(?:[\u2014\u2013:]|\s-\s|==?|->)\s*")
_ARTICLES = ("a ", "an ", "the ")


def in_gloss(frame: Frame | None, subject: str) -> bool:
    """The frame's "vs" stands inside the gloss that follows `subject`, the name that opens its first side."""
    if frame is None or frame.kind != "compare" or frame.strict or len(frame.parts) != 2 or not subject:
        return False
    first = frame.parts[0].strip()
    lowered = first.lower()
    start = next((len(a) for a in _ARTICLES if lowered.startswith(a)), 0)
    if normalize.key(first[start:start + len(subject)]) != normalize.key(subject):
        return False
    found = _BREAK.match(first, start + len(subject))
    gloss = first[found.end():] if found else ""
    words = normalize.words(gloss)
    return bool(words) and not any(w in PRONOUN_QUESTION or w in LIKENED or is_cue(w) for w in words)
