"""A one-word name typed as two words: "hub zone" for HUBZone, "dev ops" for DevOps.

People split a compound name where its parts are words of their own, and a part alone may be a term
of its own ("hub", "dev"): that everyday reading would answer, or hide the name from the readings after it.
So a one-word span gives way to the name its word makes with the next or the last word when both are
plain alphabetic words of three letters or more, one space apart in one sentence, no name of several
words covers either, and the name they join into is written as one word in the glossary. Split words no
span covers are left to the readings of the whole subject ("what's a container run time"). The span is
loose, as an acronym typed in another casing is: glossary/cues.py takes it only when the message clearly
asks about it ("what is a hub zone business"), never in passing ("we set up a dev ops channel").
"""

from __future__ import annotations

from collections.abc import Callable

from glossary.cue_words import FUNCTION
from glossary.detect_types import Candidate
from glossary.textscan import Scan

MIN_PART = 3  # "a la", "e mail": a part shorter than this is no word of a compound


def add(s: Scan, found: list[Candidate], one_word: Callable[[str], list[str]]) -> list[Candidate]:
    """`found` with every split one-word name added, in text order; `one_word` gives the ids of the terms
    a joined key names as one word of the glossary (none: an empty list)."""
    covered = {i for c in found if c.last > c.first for i in range(c.first, c.last + 1)}
    halves = {c.first for c in found if c.last == c.first}
    added = [Candidate(i, i + 1, ids, False, loose=True)
             for i in range(len(s.norms) - 1)
             if (i in halves or i + 1 in halves) and _parts(s, i, covered)
             and (ids := one_word(s.norms[i] + s.norms[i + 1]))]
    if not added:
        return found
    taken = {i for c in added for i in (c.first, c.last)}  # the longer name wins: "dev ops" is no "dev"
    return sorted([c for c in found if c.first not in taken] + added, key=lambda c: c.first)


def _parts(s: Scan, i: int, covered: set[int]) -> bool:
    a, b = s.norms[i], s.norms[i + 1]
    return len(a) >= MIN_PART and len(b) >= MIN_PART and a.isalpha() and b.isalpha() \
        and i not in covered and i + 1 not in covered and not s.sentence_start[i + 1] \
        and a not in FUNCTION and b not in FUNCTION and s.text[s.ends[i]:s.starts[i + 1]] == " "


def hyphen_closed(s: Scan, i: int, norms: list[str]) -> tuple[str, ...]:
    """The words from token `i` with those a hyphen joins written as one: "multi-factor authentication" is the
    glossary's "Multifactor Authentication" (glossary/detect.py compares a name's words with these too)."""
    out: list[str] = []
    for k, norm in enumerate(norms):
        if k and s.joined[i + k - 1] and s.text[s.ends[i + k - 1]:s.starts[i + k]] == "-":
            out[-1] += norm
        else:
            out.append(norm)
    return tuple(out)
