"""Whether a message asks what a found term is in so many words, besides comparing it with something.

"intranet vs internet - what is an intranet exactly", "CIO vs CTO... actually just what's a CIO", "mostly
wondering what a PD is", "Event-driven architecture. What is it. And how is it different from a CICS
transaction": the other side being no term does not make that question one-sided.
"""

from __future__ import annotations

import re

#: After "what is X": not a comparison going on ("what's a CIO vs a CTO" compares, one side unknown).
_NOT_COMPARED = (r"(?![\w-])(?![\s,]*(?:vs\b|versus\b|v\.|or\b|and\b(?!\s+(?:how|what|why|is|does|do|can)\b)|"
                 r"compared\b|,? ?is (?:it|that) the same|different\b))")  # ", and how is it ...": a clause
_POINTED_BACK = r"\s*[.?!:\u2013\u2014-]+\s*what(?:'s|s| is| are)\s+(?:it|that|this)\b"  # "X — what is it"


def asks_term_outright(text: str, subject: str) -> bool:
    """The message also asks what the found term is, in so many words ("intranet vs internet - what is an
    intranet exactly", "CIO vs CTO... actually just what's a CIO", "mostly wondering what a PD is"): the
    other side being no term does not make that question one-sided."""
    name = re.escape(subject.strip())
    if not name:
        return False
    asking = re.compile(r"(?:\bwhat(?:'s|s| is| are| does)|\bwhats|\bdefine|\bexplain)\s+(?:(?:a|an|the)\s+)?" + name
                        + _NOT_COMPARED + r"|\bwhat\s+(?:(?:a|an|the)\s+)?" + name + r"\s+(?:is|are|means?|stands?)\b"
                        r"|(?:^|[.?!:]\s*)" + name + _POINTED_BACK, re.I)  # "X. What is it. And how is it ..."
    return asking.search(text) is not None
