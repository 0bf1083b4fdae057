"""A name typed short inside a longer message: "every control references Sarbanes-Oxley. what is it?".

The typo step (glossary/typo_reading.py) reads the content words no span covers. When they form runs of
neighbouring words ("Sarbanes-Oxley", "waterfall"), a run, or its last words, may be the distinctive first
words of one longer name whose left-out words are generic ("Act", "development"): glossary/heads.py and
glossary/prefixes.py judge that, and answer only when the words begin one concept's name and are not
everyday English. The run is what the message asks about only when it is the one run that surely names
something, stands on its own (not the last word of a phrase a term opens, "sales tax nexus") and is not
the setting of something else ("velocity in Scrum"): else the reading is offered, never answered.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from glossary.casing import is_acronym
from glossary.cue_words import FIELD_AT, FUNCTION, SCAFFOLD
from glossary.message_shape import pointed
from glossary.phrase_end import ends_phrase
from glossary.textscan import APOSTROPHES, Scan

MAX_RUN = 4  # words of one run: a longer one is a sentence, not a name typed short
_JOINS = (" ", "-")


def runs(scan: Scan, tokens: list[int]) -> list[tuple[int, int]]:
    """Runs (first, last) of neighbouring tokens joined only by a space or a hyphen."""
    out: list[tuple[int, int]] = []
    for i in tokens:
        if out and _continues(scan, out[-1][1], i):
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return [r for r in out if r[1] - r[0] < MAX_RUN]


def _continues(scan: Scan, last: int, i: int) -> bool:
    """Does token i go on a run that ends at token `last`: the next word, or the word after a possessive
    ("Maslow's hierarchy", where the "s" is a token of its own)?"""
    if last == i - 2 and scan.norms[i - 1] == "s" and scan.text[scan.ends[last]:scan.starts[i - 1]] in APOSTROPHES:
        last = i - 1
    return last == i - 1 and scan.text[scan.ends[last]:scan.starts[i]] in _JOINS


def _apart(scan: Scan, first: int, last: int, covered: Collection[int]) -> bool:
    """Tokens first..last stand on their own wherever they are typed: no term joined to them ("nexus ... what's
    sales tax nexus"), no "in"/"at" making them a setting."""
    words, size = scan.norms[first:last + 1], last - first + 1
    return all(_alone(scan, k, k + size - 1, covered) for k in range(len(scan.norms) - size + 1)
               if scan.norms[k:k + size] == words)


def _alone(scan: Scan, first: int, last: int, covered: Collection[int]) -> bool:
    before, after = first - 1, last + 1
    if first == last and before >= 0 and scan.text[scan.ends[before]:scan.starts[first]] in _JOINS \
            and scan.norms[before] not in SCAFFOLD | FUNCTION | FIELD_AT:
        return False  # "sales tax nexus": one word typed as the head of a phrase is a noun of its own
    joined_before = before in covered and scan.text[scan.ends[before]:scan.starts[first]] in _JOINS
    joined_after = after in covered and scan.text[scan.ends[last]:scan.starts[after]] in _JOINS
    return not joined_before and not joined_after and not (before >= 0 and scan.norms[before] in FIELD_AT)


def _runs_on(scan: Scan, first: int, last: int) -> bool:
    """A word that no name's end stops goes on after the run: "penetration testing" is no "penetration
    pricing" typed short, whatever the left-out words."""
    after = last + 1
    return after < len(scan.norms) and scan.text[scan.ends[last]:scan.starts[after]] == " " \
        and not ends_phrase(scan, after, first)


def one_named(scan: Scan, tokens: list[int], covered: Collection[int],
              find: Callable[[str, Scan], tuple[list[str], bool]]) -> tuple[str, str] | None:
    """(typed words, term id) when exactly one run of `tokens` (or its last words: "references Sarbanes-Oxley")
    begins a name of one concept safely; else None. Words that only may begin a name ("vendors": vendor
    management, vendor risk...) name nothing sure."""
    named, asked = [], pointed(scan)
    if asked >= 0 and scan.norms[asked] not in SCAFFOLD | FUNCTION:
        tokens = [i for i in tokens if i >= asked]  # "what's sales tax nexus": the phrase the question names
    for first, last in runs(scan, tokens):
        for start in range(first, last + 1):
            typed = scan.text[scan.starts[start]:scan.ends[last]]
            ids, safe = find(typed, scan)
            if ids and safe and len(ids) == 1:
                whole = asked < 0 or scan.norms[asked] in SCAFFOLD | FUNCTION or start == asked
                named.append((typed, ids[0]) if whole and _apart(scan, start, last, covered)
                             and not _runs_on(scan, start, last) else ("", ""))
                break
    return named[0] if len(named) == 1 and named[0][1] else None


def unknown_name(scan: Scan, left: list[int], asked: int = -1, covered: Collection[int] = ()) -> str:
    """What a reply that knows nothing names: the acronym the question word points at (`asked`, when no term
    covers it: "what is SSO, the CISO says we need it by june" names SSO, not june), else the first run of
    uncommon words asked about, widened over the content words joined to it ("good faith estimate", "material
    adverse change"; not "estimate" alone)."""
    if asked >= 0 and asked not in covered and is_acronym(scan.raws[asked]) and (
            asked + 1 == len(scan.norms) or scan.sentence_start[asked + 1]
            or scan.text[scan.ends[asked]:scan.starts[asked + 1]].strip()):  # "SSO, the CISO ...", not "SWOT analysis"
        return scan.raws[asked]
    first = last = left[0]
    while last + 1 in left:
        last += 1
    while first > 0 and _content(scan, first - 1) and scan.text[scan.ends[first - 1]:scan.starts[first]] in _JOINS \
            and last - first + 1 < MAX_RUN:
        first -= 1
    while last + 1 < len(scan.norms) and _content(scan, last + 1) \
            and scan.text[scan.ends[last]:scan.starts[last + 1]] in _JOINS and last - first + 1 < MAX_RUN:
        last += 1
    return scan.text[scan.starts[first]:scan.ends[last]]


def _content(scan: Scan, k: int) -> bool:
    return scan.norms[k].isalpha() and scan.norms[k] not in FUNCTION and scan.norms[k] not in SCAFFOLD
