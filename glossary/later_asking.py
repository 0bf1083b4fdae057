"""A later sentence of a message that asks of its own term: the sentences before are its story, and their rare words
ask nothing ("citrix guy pitched VDI for head office. what VDI is exactly?"; glossary/message_shape.py)."""

from __future__ import annotations

from glossary.cue_words import PRONOUN_QUESTION
from glossary.detect_types import Candidate
from glossary.textscan import Scan


def later_asking(s: Scan, span: Candidate, first_mark: int) -> int:
    """The first token of the span's sentence when it is a later one asking of the span, the ones before asking
    nothing ("zorblat in the SOW, meaning? what SOW is it?") and it no "which one" ("what node is that?"); else -1.
    `first_mark`: where the message's first "?" or "=" stands (first_mark(s), worked out once per message)."""
    start = s.sentence_bounds(span.first)[0]
    after = s.norms[span.last + 1:span.last + 3]
    which = len(after) == 2 and after[0] == "is" and after[1] in PRONOUN_QUESTION
    return start if start > 0 and not which and first_mark >= s.starts[start] else -1


def first_mark(s: Scan) -> int:
    """Where the first "?" or "=" of the message stands, or its length: one pass."""
    return min((at for at in (s.text.find("?"), s.text.find("=")) if at >= 0), default=len(s.text))
