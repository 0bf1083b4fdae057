"""A yes/no question that asks what a term is: "is EBIT basically operating profit?", "is a SKU like a
variant?", "is EDI a system or a file format?". Not one that asks whether something holds ("is the PO in
today?", "is the VPN down?": glossary/instances.py reads those)."""

from __future__ import annotations

from glossary.cue_words import LIKENED
from glossary.textscan import Scan


def likened(s: Scan, nxt: int) -> bool:
    """Token `nxt`, right after the term, likens it to something or names its class with an alternative."""
    return s.norms[nxt] in LIKENED or _classed(s, nxt)


def _classed(s: Scan, nxt: int) -> bool:
    """"is X a system or a file format?": a class and its alternative, in the question's own sentence."""
    if s.norms[nxt] not in ("a", "an"):
        return False
    end = s.sentence_bounds(nxt)[1]
    return "or" in s.norms[nxt:end] and s.marked(end - 1)
