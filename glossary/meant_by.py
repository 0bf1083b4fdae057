""""what do engineers mean by it", "what does the CFO mean by runway": what is asked follows "mean by".

A question "what do/does X mean by Y" asks what Y means, X being only who says it. The pointer of "what
does" reaches X first (glossary/message_shape.pointed); this moves it to Y, past an article, when "mean by"
follows in the same sentence within a few words. Only a message with "mean by" pays for more than a look-up.
"""

from __future__ import annotations

from glossary.cue_words import SKIP
from glossary.textscan import Scan

MAX_SAYER = 4  # words between "what does" and "mean by": who says it ("the new CFO")
_DO = frozenset({"do", "does", "did"})


def object_of(s: Scan, i: int, j: int) -> int:
    """The token asked about in "what <do, token i> X mean by <Y>" (the first of Y); else `j`, the pointer."""
    if s.norms[i] not in _DO or j < 0:
        return j
    end = s.sentence_bounds(j)[1]
    for k in range(j, min(j + MAX_SAYER + 1, end - 2)):
        if s.norms[k] == "mean" and s.norms[k + 1] == "by":
            y = k + 2
            while y < end - 1 and s.norms[y] in SKIP:
                y += 1
            return y
    return j
