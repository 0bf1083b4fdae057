"""The term the closing question names outright, over terms the story before it only mentions.

"customer said our pricing could be released under FOIA?? what is FOIA", "prospect's RFP has a whole ESG
section. esg = ?": the story names terms ("pricing", "RFP"), and its own cues ("said our pricing") can
rival the question's, but the message ends by asking about one term in so many words: a question word
right before it ("what is X", "whats X", "define X") or "= ?" right after it. That term is the subject when
it is the only term of that last sentence and every rival lies in the sentences before: the same question
asked alone would be answered, and the story only tells where the asker met it.
"""

from __future__ import annotations

from glossary.asked_shapes import points_back_to
from glossary.cue_words import POINTERS, STRONG
from glossary.cues import Scored
from glossary.detect_types import Candidate
from glossary.pointed_back import speaker
from glossary.span_use import prev_word
from glossary.textscan import Scan

_VERBS = frozenset({"is", "are", "s", "re", "does", "do"})  # a pointer only after "what"


def asked_last(s: Scan, scored: list[Scored]) -> Candidate | None:
    """The one span the last sentence asks about outright, when every other eligible term is earlier; the
    one acronym before it when it asks what that stands for; or the one term said by a speaker that is a term
    too, when a sentence after asks what that is."""
    if (acronym := _spelled_out(s, scored)) is not None or (acronym := _beside_speaker(s, scored)) is not None:
        return acronym
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


#: A closing question that asks what letters stand for: "what does it stand for?", "full form?", "what does each
#: letter stand for": only an acronym stands for anything.
_SPELLING = (("stand", "for"), ("stands", "for"), ("full", "form"), ("each", "letter"))


def _spelled_out(s: Scan, scored: list[Scored]) -> Candidate | None:
    """The one acronym (in capitals, in a message not shouted) named before a clause that names no term and
    asks what it stands for: "FASB is in the job description ... What does it stand for?"; never one of two
    typed ("we moved from AWS to GCP. what does it stand for?", GCP no term)."""
    norms = s.norms
    at = next((k for k in range(len(norms) - 1) if (norms[k], norms[k + 1]) in _SPELLING), -1) \
        if not s.shouting else -1
    start = next((j for j in range(at, 0, -1) if s.sentence_start[j] or not s.soft[j - 1]), 0)  # its clause
    if start == 0 or any(x.span.last >= start for x in scored):
        return None  # no such question, or it names a term of its own ("what does FASB stand for")
    written = [x.span for x in scored if x.span.first == x.span.last and not x.span.loose
               and len(raw := s.raws[x.span.first]) >= 2 and raw.isupper()]
    typed = {raw for raw in s.raws[:start] if len(raw) >= 2 and raw.isalpha() and raw.isupper()}
    return written[0] if len({tuple(span.ids) for span in written}) == 1 and len(typed) == 1 else None  # "AWS to GCP"


def _beside_speaker(s: Scan, scored: list[Scored]) -> Candidate | None:
    """"IT says i need MFA set up by fri. what is that exactly??": the speaker (IT) is who spoke, so the one
    term in what was said is what a later "what is that" points at."""
    eligible = [x for x in scored if x.eligible]
    said = [x for x in eligible if not speaker(s, x.span.last, len(s.norms))]
    if len(said) == len(eligible) or len({tuple(x.span.ids) for x in said}) != 1 or said[0].span.weak:
        return None
    last = said[-1].span.last
    return said[-1].span if any(s.sentence_start[k] and points_back_to(s, k) for k in range(last + 1, len(s.norms))) \
        else None
