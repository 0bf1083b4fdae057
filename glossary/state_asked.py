"""A question about a thing's state or value now, not about what it is: "KPI dashboard, what is it showing for June?",
"MTTR was 4h last month, what is it now?", "the VPN at my office, what is it doing?". Read once per message, token
by token: linear in its length."""

from __future__ import annotations

from glossary.span_use import ASKED_OF
from glossary.textscan import Scan

#: After "what is it": a time asks its value or state now.
_NOW = frozenset("now today currently tonight tomorrow yesterday anymore lately".split())
_PERIOD = frozenset("week month quarter year sprint".split())
_COPULAS = frozenset({"is", "s", "are", "was", "were", "does", "do"})
_POINTERS = frozenset({"it", "that", "this", "they"})
_ASKED_OF = ASKED_OF - {"do"}  # "what is it measuring", but "what is it doing"


def doing(word: str) -> bool:
    """A verb of an action under way ("who is tracking it", "what's causing it"): the pronoun is what is acted on.
    Not a verb asked of a term ("what is it measuring", "what is it showing": what it measures); an "-ing" word of
    six letters or more, as "thing", "bring", "king" are no verbs under way."""
    return (len(word) > 5 and word.endswith("ing") or word in ("doing", "going")) \
        and not {word[:-3], word[:-3] + "e"} & _ASKED_OF


def state_after(s: Scan, k: int) -> bool:
    """What follows the pronoun at token `k` asks a state or a value: an action under way ("what is it doing",
    "what is it costing us"), a time ("what is it now", "what is it this quarter"), a unit ("in numbers") or a level
    ("what is it at now?", "what were they at last year?")."""
    rest = s.norms[k + 1:min(len(s.norms), k + 4)]
    if not rest or s.sentence_start[k + 1]:
        return False
    return doing(rest[0]) or rest[0] in _NOW or rest[:2] in (["in", "numbers"], ["in", "dollars"]) or _level(rest) \
        or rest[0] in ("this", "next", "last") and rest[1:2] != [] and rest[1] in _PERIOD


def _level(rest: list[str]) -> bool:
    """"what is it at now?", "what were they at end of last FY?": a level reached, not "who is that at our agency"."""
    return rest[0] == "at" and (len(rest) == 1 or rest[1] in _NOW or rest[1] in ("end", "present", "moment")
                                or rest[1:3] in (["the", "moment"], ["the", "end"]))


def asks_state(s: Scan) -> bool:
    """The message asks "what is it <doing/now/...>" of a thing: its state or value, not what it is."""
    norms = s.norms
    return any(norms[i] in ("what", "wat") and norms[i + 1] in _COPULAS and norms[i + 2] in _POINTERS
               and state_after(s, i + 2) for i in range(len(norms) - 3))
