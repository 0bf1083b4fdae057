"""A message that asks how two terms differ, wherever in it they are named.

"The CO says she will do a price analysis, not a cost analysis. What's the difference between the two?",
"fiscal policy vs monetary policy. who controls what", "spec sheet lists MTBF and MTTR. which is which?":
the sentence that asks compares, the terms are named in another. The frames (frames.py) and the cue reading
(contrast.py) look at the sentences asked; this reads the whole message, but only when it asks for a
difference in so many words and names exactly two terms by a name of their own (no everyday word, no
acronym typed in lower case that is also a word): then the two are compared, in the order the asking
sentence names them (their last mention).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from glossary import cues
from glossary.frames import Frame
from glossary.models import LookupResult
from glossary.outright import asks_term_outright
from glossary.plain_sides import ORDINARY
from glossary.pointed_back import speaks
from glossary.world_compare import holds_difference_word

_AGAINST = frozenset({"vs", "versus"})
MAX_NAMED = 6  # names in a message that compares two: each may be written twice, with a word or two besides

if TYPE_CHECKING:
    from glossary.detect import Detector
    from glossary.detect_types import Candidate
    from glossary.textscan import Scan

#: Words asking how things differ; comparing as a task ("RFP compare karte waqt") or "which one" need not.
_DIFFER_WORDS = (r"diff(?:erence|erences|erent|er|ers|erently|erentiates?|s)?|distinguish\w*|vs\.?|versus|"
                 r"which is which|same thing|the same as|tell (?:\w+ )?apart")
_ASKS = re.compile(rf"\b(?:{_DIFFER_WORDS}|distinction|compar(?:e|es|ed|ing|ison)|contrast\w*|unterschied|"
                   r"mix(?:ed|ing)? (?:\w+ )?up|in each|which one|which of (?:the|them))(?!\w)", re.I)
_DIFFER = re.compile(rf"\b(?:{_DIFFER_WORDS})(?!\w)", re.I)


def asks(text: str) -> bool:
    """The text asks for a difference in so many words ("what's the difference", "which is which", "vs")."""
    return _ASKS.search(text) is not None


def asks_any(text: str) -> bool:
    """The text asks how things differ, in English words or another language's ("latent defect r patent defect alada
    ki kore?"); comparing as a task ("RFP compare karte waqt") is no such question."""
    return _DIFFER.search(text) is not None or holds_difference_word(text)


#: The answered name asked for in so many words ("WACC definition please, ...") or a difference of it ("the diff in
#: WACC"): a difference of one term's values, not between two terms.
_ASKED_ITSELF = r"(?:\s*,)?\s+(?:definition|meaning|means|def|explained|pls|please)\b"
_ITS_DIFFERENCE = r"\bdiff\w*\s+(?:in|of|on)\s+(?:the\s+|our\s+)?"


def asking(text: str) -> str:
    """The sentence that asks for the difference (its last ask): "Which is the difference?" after a story."""
    found = list(_ASKS.finditer(text))
    return text[_BREAK.sub(".", text[:found[-1].start()]).rfind(".") + 1:] if found else text


_BREAK = re.compile(r"[.?!\n]")


def pair(detector: Detector, text: str) -> Frame | None:
    """The comparison of the two terms the message names; None unless it names exactly two."""
    s, spans = detector.spans(text)
    if ORDINARY.intersection(s.norms):
        return None  # "ngfw vs a normal firewall": a term set against the everyday thing asks what the term is
    covered = {i for span in spans for i in range(span.first, span.last + 1)}
    if any(n in _AGAINST and not {i - 1, i + 1} <= covered for i, n in enumerate(s.norms)):
        return None  # "direct vs indirect method": a side written short, no name of its own
    strong = [span for span in spans if not (span.weak or span.loose)]  # no everyday word, no "sow" for SOW
    strong += [span for span in spans if span.weak and not span.loose and _joined_to(s, span, strong)]
    if len(strong) > MAX_NAMED:
        return None  # a list of terms, no two compared (and the reading below stays linear in the message)
    named: dict[tuple[str, ...], tuple[int, str]] = {}
    for span in strong:
        if cues.phrase(s, span)[1] or speaks(s, span):
            continue  # part of a longer name ("a non-solicitation clause"), or who speaks ("The CO says ...")
        ids = tuple(span.ids)
        if ids in named or any(set(ids) & set(other) for other in named):
            return None  # named twice ("version control on the SOPs vs version control in software") or
            # one name among another's senses ("POC ... point of contact"): senses of one name, not two terms
        named[ids] = (span.last, s.text[s.starts[span.first]:s.ends[span.last]])
    if len(named) != 2:
        return None
    return Frame("compare", tuple(name for _, name in sorted(named.values())))


def _joined_to(s: Scan, span: Candidate, names: list[Candidate]) -> bool:
    """An everyday word joined by "and"/"or"/"vs" to a name the glossary writes: a name too, the other side compared
    ("container and VM difference", "VM or container?")."""
    return any(s.norms[span.last + 1:span.last + 2] == [_join] and name.first == span.last + 2
               or s.norms[name.last + 1:name.last + 2] == [_join] and span.first == name.last + 2
               for name in names for _join in _JOINS)


_JOINS = ("and", "or", "vs", "versus")


def other_side(detector: Detector, scoped: str, result: LookupResult) -> list[str]:
    """The senses of another term named in the sentence that asks a difference where the term `result` answered is
    ("debenture r mortgage bond er difference?", "RFI, RFP, RFQ ... what differentiates them"): the answer is half
    the question. [] when there is none, or the difference is asked in another sentence ("I get LPTA vs best value.
    what is price realism?"), or the message asks what the answered term is outright ("what's enterprise
    value and why is it different from the equity value?")."""
    name = re.escape(result.subject)
    if not asks_any(scoped) or asks_term_outright(scoped, result.subject) \
            or re.search(rf"\b{name}{_ASKED_ITSELF}|{_ITS_DIFFERENCE}{name}\b", scoped, re.I):
        return []
    answered = {m.id for m in result.matches}
    s, spans = detector.spans(scoped)
    if ORDINARY.intersection(s.norms):
        return []  # "what's grpc exactly, vs plain http?": set against the everyday thing, the term is asked
    strong = [span for span in spans if not (span.weak or span.loose)]
    sentences = {s.sentence_bounds(span.first) for span in strong if answered & set(span.ids)}
    initials = "".join(word[0] for word in result.subject.split()).lower()  # "is purchase order the same as PO?"
    for span in strong:
        first, end = bounds = s.sentence_bounds(span.first)
        if "".join(s.norms[span.first:span.last + 1]) == initials:
            continue  # the answered name's own initials: a short form checked, not another term
        sentence = s.text[s.starts[first]:s.ends[end - 1]]  # asked in English or another language's word
        if not answered & set(span.ids) and bounds in sentences and asks_any(sentence):
            return list(span.ids)
    return []
