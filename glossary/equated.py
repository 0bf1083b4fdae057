"""Shapes that ask about the term they name with no question word: "X = ?" and "is X in your glossary?".

A sentence that sets a phrase equal to a bare question mark asks what the phrase is.

"WIP on the kanban board = ?", "intrinsic value of a stock = ?", "NAICS code -> ? the gov form wants ours":
the sign or arrow says "this is ...", and the "?" leaves the rest blank for the answer. The term the
sentence opens on is the phrase asked about; the words after it only say where it was seen. No question word
is there for the other cues to read (glossary/cues.py), so without this the term is only offered.
Asking whether the glossary holds a term ("is SBAR in your glossary??") asks for its entry.
"""

from __future__ import annotations

import re

from glossary.cue_words import STRONG
from glossary.detect_types import Candidate
from glossary.textscan import Scan

_SET_EQUAL = re.compile(r"\s*(?:=+|->|=>|\u2192)\s*\?+\s*")  # "= ?", "->?", "== ??": the sign, then only the mark
_CLAUSE_ENDS = frozenset(",;.!?()")


_OWNERS = frozenset({"your", "the", "ur", "this"})


def cues(s: Scan, spans: list[Candidate]) -> list[int]:
    """A clear cue (STRONG) for the span a sentence opens on when its clause ends on "= ?" or "-> ?", and
    for a span followed by "in your glossary"; else 0."""
    return [max(a, b) for a, b in zip(_set_equal(s, spans), _listed(s, spans), strict=True)]


def _listed(s: Scan, spans: list[Candidate]) -> list[int]:
    """STRONG for a span right before "in your/the glossary": whether the glossary holds it, that is its entry."""
    if "glossary" not in s.norms:
        return [0] * len(spans)  # the common case
    return [STRONG if _in_glossary(s.norms[c.last + 1:c.last + 4]) else 0 for c in spans]


def _in_glossary(after: list[str]) -> bool:
    """The words after a span read "in glossary" or "in your/the glossary"."""
    return after[:2] == ["in", "glossary"] or len(after) == 3 and after[0] == "in" and after[1] in _OWNERS \
        and after[2] == "glossary"


def _set_equal(s: Scan, spans: list[Candidate]) -> list[int]:
    """STRONG for the span a sentence opens on when its clause ends on "= ?" or "-> ?"."""
    out = [0] * len(spans)
    if "?" not in s.text or not ("=" in s.text or ">" in s.text or "\u2192" in s.text):
        return out  # the common case: no sign before a question mark
    for n, c in enumerate(spans):
        start, end = s.sentence_bounds(c.first)
        if c.first != start or any(o.first == start and o.last > c.last for o in spans):
            continue  # not what the sentence opens on, or a shorter span inside the opening one
        for k in range(c.last, end):
            gap = s.text[s.ends[k]:s.starts[k + 1] if k + 1 < len(s.norms) else len(s.text)]
            if _SET_EQUAL.fullmatch(gap) and not any(o.last == k for o in spans):
                out[n] = STRONG  # (a term right before the sign has its own cue: "ytm on a bond = ?")
            if _CLAUSE_ENDS.intersection(gap) or "=" in gap:
                break  # "TIN = taxpayer id number?": a sign the asker fills in, or the clause is over
    return out
