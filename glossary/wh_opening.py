"""A sentence that opens on who/why/when/where/how and a verb asks, "?" typed or not.

Careless typists drop the question mark: "who is the COR on a gov contract", "how much downtime is that".
The opening marks the question, as an opening "can you ..." does (message_shape._polite_request), when the
sentence is about a term: one is named in it, or it points back at one ("that", "it"). "... she's on AWS.
how is amazon related to fridays" asks about neither AWS nor anything the glossary names.
Only each sentence's first two words are read first, so a message without such an opening costs a set look-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from glossary.cue_words import OTHER_WH, PRONOUN_QUESTION
from glossary.cues import Scored
from glossary.textscan import Scan

#: After the wh-word: the verb (or "much/many") that makes the opening a question ("who is", "how much").
ASKING_NEXT = frozenset("is are was were do does did can could will would should has have had much many".split())


def opens_question(s: Scan, scored: Sequence[Scored]) -> bool:
    """Does a sentence open on a wh-word and a verb ("who is the offerer") and name or point back at a term?"""
    for i in range(len(s.norms) - 1):
        if s.sentence_start[i] and s.norms[i] in OTHER_WH and s.norms[i + 1] in ASKING_NEXT:
            end = s.sentence_bounds(i)[1]
            if any(i <= x.span.first < end for x in scored if x.eligible) \
                    or PRONOUN_QUESTION.intersection(s.norms[i + 2:end]):
                return True
    return False
