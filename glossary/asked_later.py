"""A message asking two things, the first about a word nobody defined: "what is a blorf? what does SLA mean",
"resesi itu apa? recession artinya apa sih" (the asker's own word first, then the English one).

The question read is the sentence that asks most clearly, the first of equals (glossary/scope.py). When that
sentence names no glossary term at all and nothing is answered, another sentence of the message that asks what a
name of its own means is the question left to answer: read alone, as if it were the whole message, it is
answered only as it would be if typed on its own. It must ask by a word of meaning ("what", "mean", "explain"),
not only by a question mark ("is it an SLA?", "does it affect our SLA?": a guess or a question about the
first), and no pronoun may come before the name it answers: "is it a KPI?", "what is it, an SLA?" point at the
first word; "recession, what does it mean" points at its own.
"""

from __future__ import annotations

from collections.abc import Callable

from glossary import normalize
from glossary.cue_words import PRONOUN_QUESTION, QUESTION_CUES
from glossary.detect_types import Candidate
from glossary.models import LookupResult
from glossary.scope import sentences
from glossary.textscan import Scan, scan

Reader = Callable[[str], LookupResult]  # a sentence read alone, as a whole message
Spans = Callable[[str], tuple[Scan, list[Candidate]]]  # the glossary spans of a text
_LEFT = ("unknown", "suggest")  # nothing answered


def answered(result: LookupResult, cleaned: str, scoped: str, read_alone: Reader, spans: Spans) -> LookupResult:
    """`result` when it answers, else the answer of a later sentence asking what its own name means."""
    if result.status not in _LEFT or scoped == cleaned or any(not c.loose for c in spans(scoped)[1]):
        return result  # answered, one question only, or the question read names a term of its own
    s = scan(cleaned)
    for part in sentences(s):
        text = cleaned[s.starts[part[0]]:s.ends[part[-1]]]
        if scoped in text or text in scoped or not _asks_meaning(s, part):
            continue
        alone = read_alone(text)
        if alone.status in ("answer", "ambiguous") and not _pointer_first(s, part, alone.subject):
            return alone
    return result


def _asks_meaning(s: Scan, part: list[int]) -> bool:
    """The sentence asks by a word of meaning ("what", "mean", "explain"), not by its question mark alone."""
    return any(s.norms[i] in QUESTION_CUES for i in part)


def _pointer_first(s: Scan, part: list[int], subject: str) -> bool:
    """A pronoun stands before the name answered: "what is it, an SLA?" points at what was asked before."""
    words = normalize.key(subject).split()
    for at, i in enumerate(part):
        if s.norms[i] in PRONOUN_QUESTION:
            return True
        if words and [s.norms[j] for j in part[at:at + len(words)]] == words:
            return False
    return False
