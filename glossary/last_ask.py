"""The term the closing question names outright, over terms the story before it only mentions.

"customer said our pricing could be released under FOIA?? what is FOIA", "prospect's RFP has a whole ESG
section. esg = ?": the story names terms ("pricing", "RFP"), and its own cues ("said our pricing") can
rival the question's, but the message ends by asking about one term in so many words: a question word
right before it ("what is X", "whats X", "define X") or "= ?" right after it. That term is the subject when
it is the only term of that last sentence and every rival lies in the sentences before: the same question
asked alone would be answered, and the story only tells where the asker met it.
"""

from __future__ import annotations

from glossary.cue_words import POINTERS, STRONG
from glossary.cues import Scored
from glossary.detect_types import Candidate
from glossary.span_use import prev_word
from glossary.textscan import Scan

_VERBS = frozenset({"is", "are", "s", "re", "does", "do"})  # a pointer only after "what"


def asked_last(s: Scan, scored: list[Scored]) -> Candidate | None:
    """The one span the last sentence asks about outright, when every other eligible term is earlier."""
    eligible = [x for x in scored if x.eligible]
    if len(eligible) < 2 or not s.norms:
        return None
    start = s.sentence_bounds(len(s.norms) - 1)[0]
    last = [x for x in eligible if x.span.first >= start]
    if len({tuple(x.span.ids) for x in last}) != 1 or any(x.span.weak for x in last):
        return None  # several terms, or an everyday word, in the question itself: the cues must pick
    named = [x for x in last if x.asked >= STRONG and _outright(s, x.span)]
    return named[-1].span if named else None


def _outright(s: Scan, span: Candidate) -> bool:
    """A question word right before the span ("what is X", "whats X") or "= ?" right after it ("X = ?")."""
    j = prev_word(s, span.first)
    if j >= 0 and s.norms[j] in POINTERS and (s.norms[j] not in _VERBS or j >= 1 and s.norms[j - 1] == "what"):
        return True  # "whats X", "define X", "what is X"; not "the form is X"
    tail = s.text[s.ends[span.last]:s.ends[span.last] + 5].replace(" ", "")
    return tail.startswith(("=?", "=？"))
