"""A "mean" that asks what follows from something, not what a word means: "they got the ATO, does that mean we can
go live monday?", "does the yield curve inversion mean a recession is coming?". The term named is context; the
question is about a consequence, which no definition answers."""

from __future__ import annotations

from glossary.textscan import Scan


def implied(s: Scan, i: int) -> bool:
    """The "mean" at token `i` asks what follows from something, not what a word means: "does that mean we can go
    live?", "does that mean no more VPN?", "does the yield curve inversion mean a recession is coming?"; not "does
    it mean multi-factor authentication?" (a guess at the name's meaning)."""
    n = s.norms
    if i + 1 >= len(n) or n[i] not in ("mean", "means") or not _ASKED_WHETHER.intersection(n[max(0, i - 6):i]):
        return False
    after = n[i + 1:min(len(n), i + 1 + _CONSEQUENT_REACH)]
    return after[0] in _CONSEQUENT or bool(_FINITE.intersection(after[1:]))


_ASKED_WHETHER = frozenset("does do did would will".split())
_CONSEQUENT = frozenset("we i you they there no more less fewer everyone everybody people our my their".split())
_FINITE = frozenset("is are was were will can would should must has have".split())  # "a recession is coming"
_CONSEQUENT_REACH = 4
