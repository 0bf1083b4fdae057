"""A term named after an asked one behind "on", "in" or "at" is where the asked one was seen, not a rival.

"ODC on an invoice means what", "what are marketable securities on the balance sheet", "what does net terms
mean on an invoice": the second term is the setting of the first. The preposition before it is a cue for a
term only when nothing before asks ("info on FedRAMP"); after an asked term it only places that term.
"""

from __future__ import annotations

from glossary.cue_words import BEFORE, STRONG


def set_in(head: int, setting: int, preposition: str) -> tuple[int, int]:
    """(the asked term's cue score, the setting's) for a term set in another behind `preposition`: a setting
    asked more takes the term's place ("ODC on an invoice means what"); one asked as much only by the
    preposition, a cue here for nothing, falls behind it."""
    if setting > head:
        return setting, head
    return head, setting - STRONG if head >= STRONG and preposition in BEFORE else setting
