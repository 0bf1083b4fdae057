"""A "mean" that asks what follows from something, not what a word means: "they got the ATO, does that mean we can
go live monday?", "does the yield curve inversion mean a recession is coming?". The term named is context; the
question is about a consequence, which no definition answers."""

from __future__ import annotations

from glossary.textscan import Scan


def implied(s: Scan, i: int) -> bool:
    """The "mean" at token `i` asks what follows from something, not what a word means: "does that mean we can go
    live?", "does that mean no more VPN?", "does the yield curve inversion mean a recession is coming?"; not "does
    it mean multi-factor authentication?" nor "does IDIQ mean the quantity is not fixed up front?" (guesses at what
    a name means)."""
    n = s.norms
    if i + 1 >= len(n) or n[i] not in ("mean", "means"):
        return False
    k = next((k for k in range(i - 1, max(-1, i - _SUBJECT_REACH - 2), -1) if n[k] in _ASKED_WHETHER), -1)
    if k < 0 or not (n[k + 1] in _SITUATION or n[k + 1].endswith("ing") and i - k > 2):  # "moving to serverless"
        return False  # "does hedging mean we're protecting ourselves ...?": a guess at what the name means
    if s.text[s.ends[i]:s.starts[i + 1]].strip():
        return False  # "what does that mean, who is it?": the question ends at "mean"
    after = n[i + 1:min(len(n), i + 1 + _CONSEQUENT_REACH)]
    return after[0] in _CONSEQUENT or bool(_FINITE.intersection(after[1:]))


_ASKED_WHETHER = frozenset("does do did would will".split())
#: What a consequence is asked of: something that happened, pointed at or owned ("does that mean", "does the new CVE
#: mean", "does moving to serverless mean"), not a bare name ("does IDIQ mean the quantity is not fixed?").
_SITUATION = frozenset("that this it the our my their your these those".split())
_SUBJECT_REACH = 5
_CONSEQUENT = frozenset("we i you they there it no more less fewer everyone everybody people our my their".split())
_FINITE = frozenset("is are was were will can would should must has have".split())  # "a recession is coming"
_CONSEQUENT_REACH = 4
