"""A message that opens on a term set apart as its heading ("ERP — what is it (client's on SAP)",
"beta — def (used in the cost of equity calc)", "SOX: what's that?") asks about that term: terse
writers name the topic first, then ask, then give the story. The heading gets one clear cue more, so
a term named later in the story rivals it only when the question points at that term outright."""

from __future__ import annotations

import re
from dataclasses import replace

from glossary.cue_words import QUESTION_CUES, SCAFFOLD, STRONG
from glossary.cues import Scored
from glossary.textscan import Scan

_HEADING_BREAK = re.compile(r"^\s*(?:[—–:]|\s-)\s")  # "X — ...", "X – ...", "X: ...", "X - ..." (not "X-ray")


def lift(s: Scan, scored: list[Scored]) -> list[Scored]:
    """`scored` with the heading term, if the message has one and asks, cued once more."""
    first = next((i for i, norm in enumerate(s.norms) if norm not in SCAFFOLD), -1)
    heading = next((x for x in scored if x.span.first == first and x.eligible), None)
    if heading is None or heading.span.last + 1 >= len(s.norms):
        return scored
    after = heading.span.last + 1
    if not _HEADING_BREAK.match(s.text[s.ends[heading.span.last]:s.starts[after]]):
        return scored
    if "?" not in s.text[s.starts[after]:] and not any(norm in QUESTION_CUES for norm in s.norms[after:]):
        return scored  # "SLA — signed today": a heading, but nothing asked
    return [replace(x, asked=x.asked + STRONG) if x is heading else x for x in scored]
