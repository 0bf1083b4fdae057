"""A comparison written first, as a heading, then a plea about it that names nothing of its own.

"IaaS vs PaaS\nso confused", "TCP vs UDP\nwhat's the deal?": the message opens on a sentence that is only
"X vs Y", as a single term opens "EDI. ancient ... what is it" (heading.py), and what follows pleads about
the pair ("difference", "confused", "the deal") without naming a term or asking another question
(who, when, where, why, how): the comparison is what is asked. Anything else asks nothing of the pair: a
request ("can someone review my deck before 3?", "link to the doc?"), someone else's explaining ("finance
will explain at the all-hands"), "who's on call?", or a term of its own ("SLA vs SLO. what's an SLI?";
scope.py checks the names). ("SLA vs SLO. meeting moved to 3" compared before this reading, as a whole
message of one "X vs Y" sentence and a remark.)
"""

from __future__ import annotations

import re

from glossary import frames
from glossary.cue_words import OTHER_WH, WHAT
from glossary.textscan import scan

_VS = re.compile(r"\b(?:vs|versus)\b", re.I)
#: Words of a plea about the pair: "so confused", "what's the difference", "what's the deal"; a request for
#: anything else ("can someone review my deck?", "link?") or someone else's explaining pleads for no meaning.
_PLEA = frozenset("difference diff differ differs confused confusing confuse deal".split())  # "what's the deal?"
_IS = frozenset({"is", "s", "are", "re"})
_ARTICLES = frozenset({"a", "an", "the"})
#: What "what is ..." may ask in the rest without asking of a thing of its own: "what's the difference", "what is it".
_OF_THE_PAIR = frozenset("it that this they those these them difference diff deal point".split())


def heading_rest(cleaned: str, whole: frames.Frame | None) -> str | None:
    """What follows the "X vs Y" sentence `cleaned` opens on, when that sentence is the comparison `whole`
    (the message's frame) and the rest pleads about it with no other question; else None."""
    if whole is None or whole.kind != "compare" or _VS.search(cleaned) is None:
        return None
    s = scan(cleaned)
    end = s.sentence_bounds(0)[1] if s.norms else 0
    if not 0 < end < len(s.norms):
        return None
    head = cleaned[:s.starts[end]].strip()
    frame = frames.parse(head)
    rest = s.norms[end:]
    if frame is None or frame.kind != "compare" or frame.parts != whole.parts or _VS.search(head) is None \
            or OTHER_WH.intersection(rest) or _asks_new(rest):
        return None
    return cleaned[s.starts[end]:] if _PLEA.intersection(rest) else None


def _asks_new(norms: list[str]) -> bool:
    """ "what's an SLI?": the rest asks what a thing of its own is."""
    for k, norm in enumerate(norms[:-2]):
        if norm in WHAT and norms[k + 1] in _IS:
            subject = k + 2 + (norms[k + 2] in _ARTICLES and k + 3 < len(norms))
            if norms[subject] not in _OF_THE_PAIR:
                return True
    return False
