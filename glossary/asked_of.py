"""A question about someone, a time, a place or a number, not about what a term means.

"Who signed off on the MOU last year?", "how many complaints mentioned 2FA this week?", "how often do we get
audited?": the sentence opens asking who, when, where or how many, so the terms it names are only named; but "who
can tell me about X", "who can shed some light on X" ask someone to explain it.
"""

from __future__ import annotations

from glossary.textscan import Scan

_OF_OTHERS = frozenset({"who", "whom", "whose", "when", "where"})
_COUNTED = frozenset({"many", "much", "long", "often"})  # after "how": a number asked


def asks_of_others(s: Scan, j: int) -> bool:
    """The sentence of token `j` opens asking who, when, where or how many, before `j`; not "who can tell me
    about X", "who knows about X": someone asked to explain it."""
    start, end = s.sentence_bounds(j)
    return (s.norms[start] in _OF_OTHERS or s.norms[start] == "how" and start + 1 < j
            and s.norms[start + 1] in _COUNTED) and _TELLING.isdisjoint(s.norms[start:j]) \
        and _MEANING.isdisjoint(s.norms[start:end])  # not "when analysts say 'core inflation', what's excluded?"


_MEANING = frozenset("what whats wat mean means meaning meant define definition stand stands".split())
_TELLING = frozenset("tell explain know knows describe teach clarify help shed light explainer primer writeup "
                     "rundown overview intro introduction read learn".split())
