"""A term that opens the message, then where it came up, with no mark between: "amortization heard it in the
budget mtg", "WACC the CFO dropped it like I should know", "idempotent eng used it in the incident review".

Typed fast or dictated, the question mark after the term is left out, and the rest of the sentence tells
where the asker met it, pointing back at it with "it": a verb of hearing, saying or using right before the
pronoun ("heard it", "keeps saying it", "brought it up"). That is the asker naming the thing to explain, as
"amortization? heard it in the budget mtg" does. A name inside the sentence, or one the clause says
something else of ("kubernetes cluster is down can someone fix it"), is no such topic.
"""

from __future__ import annotations

from glossary.cue_words import FUNCTION, QUESTION_CUES
from glossary.textscan import Scan

#: Where a term came up: the verb right before "it" that points back at it.
CAME_UP = frozenset("heard hear hearing saw seen seeing see saying says said say mentioned mentions mention "
                    "mentioning used uses using dropped drops quoted quotes quoting brought "
                    "brings bringing threw throws throwing put puts called calls calling "
                    "references referenced referencing cites cited citing lists specifies requires".split())
#: Verbs of meeting a term: the asker may be their subject, said or not ("heard it in the budget mtg").
PERCEIVED = frozenset("heard hear hearing saw seen seeing see".split())
_ASKER = frozenset("i we im ive".split())
_AUXILIARIES = frozenset("keeps keep kept has have had just also always".split())  # "the banker *keeps* saying it"
POINTERS = frozenset({"it", "them"})  # not "this": "SOW haha who wrote this" is about a document
#: After the pronoun, words that make it a clause's subject: "heard it *is* going up", "it'*s* up".
_GOES_ON = frozenset("is s was has had will would can could should may might must did does do are were be been "
                     "got gets went goes came comes".split())
_AFTER = frozenset("like up around everywhere somewhere again twice lol today yesterday lately all".split())
MAX_REACH = 12  # tokens after the term within which the clause must point back


def came_up(s: Scan, first: int, last: int) -> bool:
    """The term at tokens `first`..`last` opens the message, no mark follows it, and its sentence goes on to
    say where it came up ("... heard it ..."), or says it came up and a later sentence asks (`surfaced`)."""
    if surfaced(s, first, last):
        return True
    nxt = last + 1
    if first != 0 or nxt >= len(s.norms) or not s.soft[last] or s.sentence_start[nxt]:
        return False
    if any(c in ",;:" for c in s.text[s.ends[last]:]):
        return False  # "tariffs heard it from procurement, prices up 10%": news goes on after it
    _, end = s.sentence_bounds(nxt)
    return any(s.norms[k] in CAME_UP and s.norms[k + 1] in POINTERS and s.soft[k] and _object(s, k + 1, end)
               and _someone_else(s, nxt, k) for k in range(nxt, min(end, nxt + MAX_REACH) - 1))


def surfaced(s: Scan, first: int, last: int) -> bool:
    """The term is the subject opening the message, the verb right after it says it came up ("agency shop came up in
    the PFT contract talks. what does it mean", "eBPF came up in the roadmap. need a def"), and a later sentence
    asks: the topic the asker met, whatever else the first sentence names where it came up."""
    start = first - (first > 0 and s.norms[first - 1] in _ARTICLES)
    if start != 0 or tuple(s.norms[last + 1:last + 3]) not in _SURFACING:
        return False
    _, end = s.sentence_bounds(last)
    return any(s.norms[k] in QUESTION_CUES for k in range(end, min(len(s.norms), end + MAX_REACH))) \
        or "?" in s.text[s.starts[end]:] if end < len(s.norms) else False


#: The verb of a subject that came up: "X came up in ...", "X keeps popping up", "X was mentioned".
_SURFACING = frozenset({("came", "up"), ("comes", "up"), ("popped", "up"), ("pops", "up"), ("keeps", "coming"),
                        ("keeps", "popping"), ("showed", "up"), ("shows", "up"), ("was", "mentioned"),
                        ("got", "mentioned"), ("is", "mentioned"), ("keeps", "showing")})
_ARTICLES = frozenset({"the", "a", "an", "this"})


def _someone_else(s: Scan, nxt: int, k: int) -> bool:
    """The asker met the term: they heard or saw it ("heard it in the mtg"), or someone else said or used it
    ("the CFO dropped it"); not the asker saying it ("I mentioned it to HR", "mentioned it in the standup",
    with no one else named: they know the term), nor telling it to someone ("... quoted it to legal")."""
    if s.norms[k] in PERCEIVED:
        return True
    speaker = [w for w in s.norms[nxt:k] if w not in _AUXILIARIES]
    return bool(speaker) and speaker[-1] not in _ASKER and not (k + 2 < len(s.norms) and s.norms[k + 2] == "to")


def _object(s: Scan, k: int, end: int) -> bool:
    """The pronoun at `k` is the verb's object, not the subject of a clause after it: "heard it in the mtg",
    "keeps saying it like I should know"; not "heard it got cut", "heard it's going up"."""
    after = s.norms[k + 1] if k + 1 < end else ""
    return not after or after not in _GOES_ON and (after in FUNCTION or after in _AFTER or after.endswith("ly"))
