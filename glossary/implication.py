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
    if k < 0 or not (n[k + 1] in _OWNERS or n[k + 1] in _POINTERS and _happened(s, k)
                     or n[k + 1].endswith("ing") and n[k + 2] in _MOVING):  # "does moving to serverless mean"
        return False  # "does hedging mean we're protecting ourselves ...?", "PTO, does it mean I get paid when I'm
        # off?": guesses at what a name means
    if s.text[s.ends[i]:s.starts[i + 1]].strip():
        return False  # "what does that mean, who is it?": the question ends at "mean"
    after = n[i + 1:min(len(n), i + 1 + _CONSEQUENT_REACH)]
    return after[0] in _CONSEQUENT or bool(_FINITE.intersection(after[1:]))


_ASKED_WHETHER = frozenset("does do did would will".split())
#: What a consequence is asked of: something owned, told before or done ("does the new CVE mean", "they got the ATO,
#: does that mean", "does moving to serverless mean"), not a bare name ("does IDIQ mean the quantity is not fixed?").
_OWNERS = frozenset("the our my their your these those".split())
_POINTERS = frozenset("that this it".split())  # a situation told before: "they got the ATO, does that mean"
_MOVING = frozenset("to from into onto off away over back out".split())
_DONE = frozenset("is are was were re s got get gets has have had came went says said made hit sent gave took "
                  "told".split())


def _happened(s: Scan, k: int) -> bool:
    """The sentence before token `k` says something happened or holds ("they got the ATO", "IRR came out at 14%",
    "MFA is enforced"); not a bare name ("PTO, does it mean ...", "net 30, does that mean ...")."""
    start = s.sentence_bounds(k)[0]
    return any(w in _DONE or len(w) > 4 and w.endswith(("ed", "ing")) for w in s.norms[start:k])
_SUBJECT_REACH = 5
_CONSEQUENT = frozenset("we i you they there it no more less fewer everyone everybody people our my their".split())
_FINITE = frozenset("is are was were will can would should must has have".split())  # "a recession is coming"
_CONSEQUENT_REACH = 4
