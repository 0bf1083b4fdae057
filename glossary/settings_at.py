"""A term named after an asked one behind "on", "in" or "at" is where the asked one was seen, not a rival.

"ODC on an invoice means what", "what are marketable securities on the balance sheet", "what does net terms
mean on an invoice": the second term is the setting of the first. The preposition before it is a cue for a
term only when nothing before asks ("info on FedRAMP"); after an asked term it only places that term.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from glossary.asked_shapes import points_back_to
from glossary.cue_words import AFTER, BEFORE, FIELD_AT, STRONG
from glossary.span_use import prev_word

if TYPE_CHECKING:
    from glossary.detect_types import Candidate
    from glossary.textscan import Scan


def set_in(head: int, setting: int, preposition: str) -> tuple[int, int]:
    """(the asked term's cue score, the setting's) for a term set in another behind `preposition`: a setting
    asked more takes the term's place ("ODC on an invoice means what"); one asked as much only by the
    preposition, a cue here for nothing, falls behind it."""
    if setting > head:
        return setting, head
    return head, setting - STRONG if head >= STRONG and preposition in BEFORE else setting


def weigh(s: Scan, spans: list[Candidate], heads: list[int | None], asks: list[int]) -> None:
    """Moves cue scores, in place, from a term that only sets another (`heads`: the name before each span in
    its sentence, glossary/coordination.py) to that other one."""
    for n, (span, head) in enumerate(zip(spans, heads, strict=True)):
        j = prev_word(s, span.first)
        if head is not None and j >= 0 and s.norms[j] in FIELD_AT and points_back_to(s, span.last + 1):
            asks[head] += 2  # "Centers of Excellence at GSA - what are they": the head is asked
        elif head is not None and j > spans[head].last and s.norms[j] in FIELD_AT and asks[n] >= asks[head] \
                and all(s.norms[i] in AFTER for i in range(spans[head].last + 1, j)):  # "mttr meaning, on the IR"
            asks[head], asks[n] = set_in(asks[head], asks[n], s.norms[j])  # "ODC on an invoice means what"
