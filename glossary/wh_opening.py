"""A sentence that opens on "who is/are" asks what a role is, "?" typed or not.

Careless typists drop the question mark: "who is the COR on a gov contract" asks what a COR is, as "what is"
would. The opening marks the question, as an opening "can you ..." does (message_shape._polite_request),
when the sentence is about a term: one is named in it, or it points back at one ("who are they"). Only
"who": "how do I turn on MFA", "how much is left on our line of credit" ask how to do something or how much
of it there is, not what it is, and without "?" they stay statements. Only each sentence's first two words
are read first, so a message without such an opening costs a set look-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from glossary.cue_words import PRONOUN_QUESTION
from glossary.cues import Scored
from glossary.textscan import Scan

#: "who" and the verb that makes the opening an identity question ("who is", "who are").
ASKING_NEXT = frozenset({"is", "are", "was", "were"})
POINTING_BACK = PRONOUN_QUESTION | {"they", "them"}


def opens_question(s: Scan, scored: Sequence[Scored]) -> bool:
    """Does a sentence open on "who is/are" ("who is the COR") and name or point back at a term?"""
    for i in range(len(s.norms) - 1):
        if s.sentence_start[i] and s.norms[i] == "who" and s.norms[i + 1] in ASKING_NEXT:
            end = s.sentence_bounds(i)[1]
            if any(i <= x.span.first < end for x in scored if x.eligible) \
                    or POINTING_BACK.intersection(s.norms[i + 2:end]):
                return True
    return False
