"""Two terms asked about outright, one ask each: "what is RBAC and what is ABAC", "what's RBAC? and ABAC?",
"what is NPV? what is IRR?" want both explained, so the reply compares them, in the order asked, instead
of answering the first and hiding the other.

A message is cut into pieces at question marks, clause punctuation and "and"; a piece asks outright when
a question phrasing fits it on its own (glossary/question.py), or, right after an ask that ended in a
question mark, when it is "and Y?" / "and what about Y?" (the follow-up shape of glossary/frames.py). Two
or more such asks in a row, each about a different subject, are a strict comparison: every side must be
exactly a glossary name, else the message is read as one question as before. So "what is X and why does it
matter", "what is X and how do I get one", "what is IRR and what is a good one" stay about X or IRR (no
second subject, or none that is a name), and an everyday word asked after a term ("... and what is the
process") is no second side. An afterthought ("what's an SLA?? also what is uptime") is a new question:
the first is answered and the other offered (glossary/also.py).
"""

from __future__ import annotations

import re

from glossary import common_words, frames, normalize, question
from glossary.cue_words import EVERYDAY_RANK
from glossary.frames import Frame
from glossary.textscan import scan
from glossary.wh_opening import says_known

MAX_PIECES = 10
MAX_SIDE_WORDS = 4  # a longer subject is a sentence, not a name asked about
_PIECE = re.compile(r"(?<=\?)\s*|[,;:.!]\s+|\s+(?=(?:and|&)\s)", re.I)
_AND = re.compile(r"^(?:and|&)\s+", re.I)
_AFTERTHOUGHT = re.compile(r"^(?:also|btw|by the way|plus|ps|oh|and also)\b", re.I)


def read(text: str) -> Frame | None:
    """The comparison of the terms a message asks about one by one, or None (the common case)."""
    if text.lower().count("what") < 2 and "?" not in text.rstrip(" ?!."):
        return None  # one ask at most ("what is X?"): nothing to cut
    run: list[str] = []
    after_mark = False  # the piece before asked and ended with a question mark
    for piece in _PIECE.split(text[:frames.MAX_FRAME])[:MAX_PIECES]:
        words = piece.strip(" ?")
        if not any(c.isalpha() for c in words):
            continue  # punctuation, or a list's number ("1.", "2."): no ask, and no break in the run
        subject = _subject(words, elliptic=after_mark and bool(run))
        fresh = subject is None or _AFTERTHOUGHT.match(words) is not None  # a new question starts here
        if fresh and len(run) >= 2:
            break
        if fresh:
            run = [subject] if subject is not None else []
        elif normalize.key(subject) not in {normalize.key(s) for s in run}:
            run.append(subject)
        after_mark = subject is not None and piece.rstrip().endswith("?")
    return Frame("compare", tuple(run), strict=True) if len(run) >= 2 else None


def _subject(piece: str, *, elliptic: bool) -> str | None:
    """What a piece asks about in so many words, or after an ask, "and Y?" alone; only a possible name."""
    follow = frames.parse(piece) if elliptic and _AND.match(piece) else None  # "and (what about) Y?"
    if follow is not None and follow.kind == "new":
        piece = follow.parts[0]
        subject = question.asked_in_so_many_words(piece) or piece
    else:
        subject = question.asked_in_so_many_words(piece)
    known = "?" not in piece and says_known(scan(piece))  # "I know what a KPI is, but ...": not asked
    return subject if subject is not None and _may_name(subject) and not known else None


def _may_name(subject: str) -> bool:
    """A few words, and not one everyday word in lower case ("the process", "the timeline")."""
    words = subject.split()
    if not 0 < len(words) <= MAX_SIDE_WORDS:
        return False
    word = normalize.key(subject)
    return len(words) > 1 or subject.isupper() or not common_words.is_common(word, EVERYDAY_RANK)
