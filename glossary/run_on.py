"""Where a pronoun asked about ends its clause in a message typed or dictated without punctuation.

"spanning tree protocol what is that the switch keeps blocking a port": "that" is what is asked, and "the
switch keeps ..." opens a new clause, as a comma would have marked ("duns number what is that, US vendor form
asks for it"). A pronoun followed by an article, a possessive or a subject pronoun cannot be a determiner of
the noun after it ("that the switch" is no noun phrase), so the question ends at the pronoun.
"""

from __future__ import annotations

from glossary.cue_words import PRONOUN_QUESTION
from glossary.textscan import Scan

#: Words that open a new clause (or noun phrase of its own) right after a pronoun asked about.
CLAUSE_OPENERS = frozenset("a an the my our your their his her its i we they he she you".split())


def clause_after(s: Scan, j: int) -> bool:
    """Is token `j` a pronoun ("that", "it") the next word shows ends the question ("what is that the switch")?"""
    return s.norms[j] in PRONOUN_QUESTION and j + 1 < len(s.norms) and s.norms[j + 1] in CLAUSE_OPENERS
