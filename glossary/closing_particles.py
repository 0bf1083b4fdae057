"""Particles closing a question that only soften or make it polite, where a glossary name may spell one: Thai "ka"
closes "What is NPV ka", "capm ka" and "put option what is ka" (a knowledge area, KA, is not asked), while "what is
ka?" asks about KA. glossary/world_english.py leaves them out of its English reading.
"""

from __future__ import annotations

from collections.abc import Callable

from glossary import world_asks, world_words_added
from glossary.cue_words import COURTESY, FUNCTION, PRONOUN_QUESTION, QUESTION_CUES, SCAFFOLD
from glossary.textscan import Scan

POLITE = frozenset(" ".join(world_words_added.POLITE.values()).split())  # "ka", "krub"
_ASKING = QUESTION_CUES | SCAFFOLD | COURTESY | FUNCTION  # "hi, what is", "so what does"


def asked_in_english(s: Scan, k: int) -> bool:
    """An English question word stands in the sentence of token `k`, before it ("Power BI dashboard what is ka")."""
    first, _ = s.sentence_bounds(k)
    return any(s.norms[j] in QUESTION_CUES for j in range(first, k))


def name_only(s: Scan, before: range, name_word: Callable[[str], bool]) -> bool:
    """The tokens `before` a particle are a name and other such particles ("free cash flow na"): a clause asking
    for the name alone, as "free cash flow?" does."""
    particle = [s.norms[k] in world_asks.PARTICLES and s.raws[k].islower() for k in before]
    return not all(particle) and all(p or name_word(s.norms[k]) or s.raws[k].isupper()  # "JV ka?"
                                     for k, p in zip(before, particle, strict=True))


def named_alone(s: Scan, fillers: set[int], named: set[int]) -> set[int]:
    """The particles that are also a glossary name ("ka": KA), kept as that name only where nothing but words that
    ask stands before them in their sentence ("what is ka?"; not "What is NPV ka", "bank reconciliation what is
    ka": what the question is about comes first, and the particle softens it)."""
    return {k for k in fillers if not (s.norms[k] in POLITE or asked_in_english(s, k))  # "crontab with nano, what
            # is that?": before the question, a name
            or (k == 0 or s.norms[k - 1] not in PRONOUN_QUESTION)  # "what is it ka": it is asked
            and all(s.norms[j] in _ASKING or j in fillers for j in range(s.sentence_bounds(k)[0], k))}
