"""A question about a thing's state or value now, not about what it is: "KPI dashboard, what is it showing for June?",
"MTTR was 4h last month, what is it now?", "the VPN at my office, what is it doing?", "the RFP, when is it?". Read
token by token (linear in the message), once per message: several steps ask it of the same one."""

from __future__ import annotations

from glossary.cue_words import FILLERS, NAMING_PARTICIPLES, QUESTION_CUES, STATES, USAGE
from glossary.span_use import ASKED_OF
from glossary.textscan import Scan
from glossary.word_forms import past_participle

#: After "what is it": a time asks its value or state now.
_NOW = frozenset("now today currently tonight tomorrow yesterday anymore lately".split())
_PERIOD = frozenset("week month quarter year sprint".split())
_COPULAS = frozenset({"is", "s", "are", "was", "were", "does", "do"})
_POINTERS = frozenset({"it", "that", "this", "they"})
_ASKED_OF = ASKED_OF - {"do"}  # "what is it measuring", but "what is it doing"
#: "when/where is it": a time or a place asked; not "who" ("FASB, who are they"), "how" ("how is it calculated")
#: nor "why" ("chaos engineering -- why would I break my own stuff?": what it is for).
_WHEN_WHERE = frozenset({"when", "where"})


def under_way(word: str) -> bool:
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
    apart = "," in s.text[s.ends[k]:s.starts[k + 1]]  # "what's that, charging more?": a guess set apart, no doing
    return under_way(rest[0]) and not apart or rest[0] in _NOW or rest[:2] in (["in", "numbers"], ["in", "dollars"]) \
        or _level(rest) or rest[0] in ("this", "next", "last") and rest[1:2] != [] and rest[1] in _PERIOD


def _level(rest: list[str]) -> bool:
    """"what is it at now?", "what were they at end of last FY?": a level reached, not "who is that at our agency"."""
    return rest[0] == "at" and (len(rest) == 1 or rest[1] in _NOW or rest[1] in ("end", "present", "moment")
                                or rest[1:3] in (["the", "moment"], ["the", "end"]))


_last: tuple[str, bool] = ("", False)  # the last message read and its answer


def asks_state(s: Scan) -> bool:
    """The message asks "what is it <doing/now/...>" of a thing: its state or value, not what it is."""
    global _last
    text, found = _last  # one read of the pair: a thread replacing it meanwhile changes nothing here
    if s.text != text:
        norms = s.norms
        found = any(norms[i] in ("what", "wat") and norms[i + 1] in _COPULAS and norms[i + 2] in _POINTERS
                    and state_after(s, i + 2) for i in range(len(norms) - 3))
        _last = (s.text, found)
    return found


def asks_time_or_state(s: Scan) -> bool:
    """The message asks when or where a thing is ("the RFP, when is it?"), or its state now: never what it is.
    "fiscal year - when does it start?" asks what the term holds."""
    timed = any(a in _WHEN_WHERE and b in ("is", "s", "are", "was") for a, b in zip(s.norms, s.norms[1:], strict=False))
    return timed and QUESTION_CUES.isdisjoint(s.norms) and USAGE.isdisjoint(s.norms) or asks_state(s)


#: Words that may follow a state before the question ends: "RFP done yet?", "VPN down again?".
_STILL = frozenset("yet already again still now today".split())


def stated(s: Scan | None, last: int) -> bool:
    """A state is all that follows the name ending at token `last` in its sentence ("RFP done?", "VPN down again?",
    "SSP ready yet?", "balance sheet for Q3 finalised already?"): whether it is so, not what it is."""
    if s is None or last + 1 >= len(s.norms) or s.sentence_start[last + 1]:
        return False
    end = s.sentence_bounds(last)[1]
    at = last + 1
    if s.norms[at] in _OWNING:  # "the SOW for vendor X signed yet?": a short phrase of its own, then the state
        at = next((k for k in range(at + 1, min(end, at + 1 + _OWNED_REACH)) if _state(s, k, end)), end)
    return at < end and _state(s, at, end) and all(s.norms[k] in _STILL or s.norms[k] in FILLERS or s.norms[k] in
                                                    _PARTICLES for k in range(at + 1, end))  # "VPN down again ah?"


#: "for Q3", "of the vendor": a few words that belong to the name before its state.
_OWNING = frozenset({"for", "of", "on", "in"})
_OWNED_REACH = 4  # "the IGCE for the cloud buy approved yet?"
_PARTICLES = frozenset("off out up".split())  # "J&A signed off yet?", "rolled out"


def _state(s: Scan, at: int, end: int) -> bool:
    """Token `at` says how a thing stands: a state ("down", "ready", "paid"), or what was done to it when "yet",
    "already"... follow ("finalised already?", "submitted yet?"), not a word that names or explains it ("explained",
    "spelled"), nor one after an article ("SOW for the uninitiated?", "burn rate summarised?" ask)."""
    word = s.norms[at]
    if word in STATES or word in _DONE:
        return True
    return past_participle(word) and word not in NAMING_PARTICIPLES and s.norms[at - 1] not in _ARTICLES \
        and any(s.norms[k] in _STILL for k in range(at + 1, end))


_DONE = frozenset("paid sent built sold bought made taken given healthy stable enabled disabled deployed submitted "
                  "merged released launched installed configured updated patched renewed cancelled canceled finalised "
                  "finalized completed shipped filed awarded reconciled".split())  # "the WAF enabled?", "paid already?"
_ARTICLES = frozenset({"a", "an", "the"})
