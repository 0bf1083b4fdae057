"""How clearly one sentence of a message asks, for glossary/scope.py to pick the sentence a question is about.

"mean" and "means" ask about a meaning only as verbs: "should we use mean or median?" weighs two averages, "a
possible means of tracking" names a way. A sentence asking the difference between two things it names ("what's the
difference between blue green deployment and canary deployment" after "blue-green or canary?") asks as clearly as
one asking what its own name means.
"""

from __future__ import annotations

from glossary.cue_words import QUESTION_CUES
from glossary.textscan import Scan

BACK_REFERENCES = frozenset({"it", "that", "this", "they", "them", "these", "those", "its", "their",
                             "thats"})  # "that's" typed without its apostrophe
_MEAN_BEFORE = frozenset("or and vs versus the a use arithmetic geometric weighted harmonic".split())  # the average
_DIFFERENCE = frozenset({"difference", "differences", "diff", "differ", "distinction"})


def asks(scan: Scan, tokens: list[int]) -> int:
    """How clearly a sentence asks: 2 for a question mark after it, 1 for a question word in it ("I have to
    explain the tradeoff to my boss" asks less than "How do they differ?")."""
    return any(scan.norms[i] in QUESTION_CUES and not noun_means(scan, i) for i in tokens) + 2 * marked(scan, tokens)


def noun_means(scan: Scan, i: int) -> bool:
    """ "a possible means of tracking provenance", "should we use mean or median?": the noun, no question about a
    meaning (not "what does X mean or stand for")."""
    after = scan.norms[i + 1:i + 3]
    if scan.norms[i] == "means":
        return after[:1] == ["of"]
    return scan.norms[i] == "mean" and (i > 0 and scan.norms[i - 1] in _MEAN_BEFORE or after[:1] in (["vs"], [
        "versus"]) or after[:1] == ["or"] and after[1:] not in (["stand"], ["stands"], ["what"]))


def compares_own(scan: Scan, tokens: list[int]) -> bool:
    """It asks the difference between two things it names: "blue-green or canary? what's the difference between ..."."""
    norms = {scan.norms[i] for i in tokens}
    return "between" in norms and bool(norms & _DIFFERENCE) and not norms & BACK_REFERENCES


def marked(scan: Scan, tokens: list[int]) -> bool:
    """A question mark (or the like) closes the sentence."""
    return scan.marked(tokens[-1])
