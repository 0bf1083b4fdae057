"""A name of several words typed with its head in the plural: "letters of credit", "costs of goods sold".

The detector follows a name word by word through its prefixes; a first word in the plural is no prefix, so it
would stop. Read as the singular only where a noun phrase opens (after an article, a preposition, a question
word, or at a sentence start), so a verb in the third person stays a verb: "the desk puts option trades on hold".
"""

from __future__ import annotations

from collections.abc import Collection

from glossary.detect_types import singular
from glossary.textscan import Scan

_OPENS_PHRASE = frozenset("the a an are were what whats is about of for on in with these those our their".split())


def plural_head(s: Scan, i: int, prefixes: Collection[str]) -> str | None:
    """A lower-case plural opening a noun phrase that, made singular, opens a name of several words: "letters"
    (of credit); not a verb ("the desk puts option trades on hold")."""
    raw, norm = s.raws[i], s.norms[i]
    if not (i == 0 or s.sentence_start[i] or s.norms[i - 1] in _OPENS_PHRASE):
        return None
    single = singular(raw, norm) if raw.islower() and norm[-1:] == "s" else norm
    return single if single != norm and single in prefixes else None
