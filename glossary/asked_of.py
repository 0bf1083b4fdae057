"""A question about someone, a time, a place or a number, not about what a term means.

"Who signed off on the MOU last year?", "how many complaints mentioned 2FA this week?", "how often do we get
audited?": the sentence opens asking who, when, where or how many, so the terms it names are only named; but "who
can tell me about X", "who can shed some light on X" ask someone to explain it.
"""

from __future__ import annotations

from glossary.cue_words import COUNTED, MEANING_WORDS
from glossary.textscan import Scan

_PERSONAL = frozenset({"who", "whom", "whose"})
_PLACED = frozenset({"when", "where"})  # a question only with its "?": "When people talk about SLA I get lost"
_REACH = 12  # tokens read from the question word and past the term: bounded work per term


def asks_of_others(s: Scan, j: int) -> bool:
    """The sentence of token `j` opens asking who, when, where or how many, before `j`; not "who can tell me
    about X", "who knows about X": someone asked to explain it."""
    start, end = s.sentence_bounds(j)
    if j - start > _REACH or not (s.norms[start] in _PERSONAL or s.norms[start] in _PLACED and s.marked(end - 1)
                                  or start + 1 < j and counted_at(s, start)):
        return False  # "When people talk about SLA I get lost": "when" opens no question there
    return TOLD_BY.isdisjoint(s.norms[start:j]) and MEANING_WORDS.isdisjoint(s.norms[start:min(end, j + _REACH)])
    # not "when analysts say 'core inflation', what's excluded?", "where can I find info on FedRAMP?"


TOLD_BY = frozenset("tell explain know knows describe teach clarify help shed light explainer primer writeup "
                     "rundown overview intro introduction read learn info information docs documentation details "
                     "find resources".split())


def asks_number(s: Scan) -> bool:
    """A sentence opens "how many/much/often/long": a number asked ("how often do we get audited?"), never what a
    word means, so a word read only as a slip or a form of a name is offered, not answered."""
    return any(s.sentence_start[i] and counted_at(s, i) for i in range(len(s.norms)))


def counted_at(s: Scan, i: int) -> bool:
    """Token `i` is "how" and a word of number follows it: "how many", "how often"."""
    return s.norms[i] == "how" and i + 1 < len(s.norms) and s.norms[i + 1] in COUNTED
