"""A comparison frame with one side pointing back at the term asked before it: "what is opex? how does it differ from
capex?" compares; the asker's guess at its kind ("what is a BPA? is it a type of contract?") asks about the term
instead (glossary/scope.py and glossary/comparing.py read the frame)."""

from __future__ import annotations

import re

from glossary import frames
from glossary.cue_words import SINGLE_POINTERS

#: A guess at what kind of thing a term is: "is it a type of contract?", "is that just the vendor?".
_KIND_GUESS = re.compile(r"\b(?:a\s+(?:kind|type|sort|form)\s+of|part\s+of|just|basically|simply)\s+(?:an?\s+|the\s+)?",
                         re.I)


def guessed_kind(cleaned: str, frame: frames.Frame) -> bool:
    """"what is a BPA? is it a type of contract?": the likened side is the asker's guess at its kind, a question
    about the term; "is that the same as a put option?" sets two terms side by side."""
    return frame.likened and any(cleaned[m.end():m.end() + len(frame.parts[1])].lower() == frame.parts[1].lower()
                                 for m in _KIND_GUESS.finditer(cleaned))


def pointed_side(frame: frames.Frame) -> bool:
    """"what is opex? how does it differ from capex?": one side points back at the term asked before."""
    return frame.kind == "compare" and any(part.lower() in SINGLE_POINTERS or part.lower() == "the"
                                           for part in frame.parts)  # "is that the same as X": "that" read as "the"
