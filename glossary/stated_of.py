"""The state of one thing asked, not what it is: "is the VPN down?", "VPN, is it down?", "the ATO for the portal, is
it signed yet?", "our WACC, is that still around 9%?", "Slack is slow, is it the VPN?" (read by glossary/instances.py).

The name is asked back ("is it", "is that") in the clause after it, or a verb of state follows it or the short phrase
that places it ("my PIN for the printer isn't working"). A name the asker owns ("our WACC") asked back is that
one's value or state, unless the question likens it to something or guesses ("our WACC, is that the weighted average
cost of capital?"). A clause after another may offer the name as the one at fault ("is it the VPN?") or judge what
the clause before says ("the quick ratio dropped to 0.8, is that bad for the covenant?").
"""

from __future__ import annotations

from collections.abc import Sequence

from glossary.cue_words import LIKENED, STATES
from glossary.instance_words import (
    ADVERBS,
    BACK,
    COPULA,
    DEFINITE,
    JUDGED,
    MEANING,
    OWNED_BY,
    OWNERS,
    STATE_VERBS,
)
from glossary.span_use import comma_before
from glossary.textscan import Scan

_RELATIVE = frozenset("that which who whom whose where when".split())
CLAUSE_ENDS = frozenset(",.;!\n\u2013\u2014")
_GUESSED = frozenset("a an the what".split())  # "our WACC, is that the weighted average cost of capital?"
_PLACING_MAX = 5  # tokens of the phrase that places the name: "for the new portal"
#: Judgements of a state or an event: "is that *bad* for the covenant?", "is it *true*?".
_INTENSIFIERS = frozenset("too so very really pretty super kinda quite overly".split())
_JUDGEMENTS = JUDGED | frozenset("serious worrying concerning fine ok okay high low expensive risky safe true "
                                 "wrong normal possible likely enough".split())


def status(s: Scan, first: int, last: int) -> bool:
    """"is the VPN down?", "is our ATO approved yet?", "VPN, is it down?": the state of one thing right now."""
    start, _ = s.sentence_bounds(first)
    j = first - 1
    while j > start and s.norms[j] in DEFINITE:
        j -= 1
    if j == start and s.norms[j] in COPULA and last + 1 < len(s.norms) and s.norms[last + 1] in STATES:
        return True
    if named_as_it(s, first, last) or judged_back(s, first, last):
        return True  # "Slack is slow, is it the VPN?": whether the VPN is the one at fault, not what it is
    owned = first > 0 and s.norms[first - 1] in OWNERS
    last = _past_owner(s, last)  # "my PIN for the printer isn't working": the state is the PIN's
    # "VPN, is it down?", "kubernetes is it down again": asked back of the name, its state
    back = _asked_back(s, last)
    if back and owned and not (LIKENED | MEANING).intersection(s.norms[last + 3:]) \
            and (last + 3 >= len(s.norms) or s.norms[last + 3] not in _GUESSED):
        return True  # "our WACC, is that still around 9%?": ours, its value; not "our SOW, is that the same as ..."
    k = last + 3 if back else last + 2  # "does anyone know if the VPN is down", "the VPN is still down?"
    while k < len(s.norms) and s.norms[k] in ADVERBS:
        k += 1
    state = k < len(s.norms) and s.norms[k] in STATES and not MEANING.intersection(s.norms)
    return state and (back or first > 0 and s.norms[first - 1] in DEFINITE and s.norms[last + 1] in STATE_VERBS)


def named_as_it(s: Scan, first: int, last: int | None = None) -> bool:
    """A clause after another opens "is it the" / "was that the" right before the name: the name is offered as the
    "it" the clause before speaks of ("the deploy failed again, is it the load balancer?"); not when the message asks
    a meaning, or the name spells out initials said before ("saw LB in the diagram, is it the load balancer?")."""
    k = first - 3
    last = first if last is None else last
    initials = "".join(w[0] for w in s.norms[first:last + 1])
    if not (MEANING - {"what"}).isdisjoint(s.norms) or last > first and initials in s.norms[:max(k, 0)]:
        return False  # "what does opex mean, is it the operating expenses?"
    return k > 0 and s.norms[first - 1] == "the" and is_it(s.norms, k) \
        and (s.sentence_start[k] or comma_before(s, k))


def judged_back(s: Scan, first: int, last: int) -> bool:
    """The clause after the term's asks a judgement of what that clause says: "the quick ratio dropped to 0.8, is that
    bad for the covenant?", "the cure notice from the CO, is that serious?", "heard we're moving to zero trust, is it
    true?"; not a guess at what the term is ("EBITDA is basically profit, is that right?")."""
    end = s.sentence_bounds(first)[1]
    k = next((k for k in range(last + 1, end - 1) if is_it(s.norms, k) and comma_before(s, k)),
             -1)
    if k < 0 or (MEANING | LIKENED).intersection(s.norms[s.sentence_bounds(first)[0]:end]):
        return False  # "X is basically profit, is that right?", "X, is that really just profit?": a guess
    j = k + 2
    if j < end and s.norms[j] in _INTENSIFIERS:
        return True  # "..., is that too flash?": a degree of something, a judgement whatever its adjective
    while j < end and s.norms[j] in ADVERBS:
        j += 1
    return j < end and s.norms[j] in _JUDGEMENTS


def is_it(n: Sequence[str], k: int) -> bool:
    """Tokens k, k+1 are "is it" / "was that" ...: a clause that asks back of what was said before."""
    return n[k] in ("is", "was") and k + 1 < len(n) and n[k + 1] in BACK


def _asked_back(s: Scan, last: int) -> bool:
    """"is it" / "is that" right after token `last`: the name asked back."""
    return last + 2 < len(s.norms) and s.norms[last + 1] in COPULA and s.norms[last + 2] in BACK


def _past_owner(s: Scan, last: int) -> int:
    """The last token of a short phrase that places the name ("for the printer", "on my laptop") when a verb of
    state follows it in the same clause, or the clause after asks it back ("the ATO for the portal, is it signed
    yet?"); else `last`."""
    k = last + 1
    if k >= len(s.norms) or s.norms[k] not in OWNED_BY:
        return last
    for j in range(k + 1, min(k + _PLACING_MAX, len(s.norms) - 1)):
        if s.norms[j] in _RELATIVE:
            return last  # "the SLA for a server that is down": the state is the server's
        if s.norms[j + 1] in STATE_VERBS and s.norms[j] not in OWNED_BY | COPULA:
            apart = CLAUSE_ENDS.intersection(s.text[s.ends[last]:s.starts[j + 1]])
            return j if not apart or _asked_back(s, j) else last
    return last
