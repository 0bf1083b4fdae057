"""A term the message asks outright beats one the parser's subject only mentions.

The exact reading of the parser's subject is trusted first (understand.py). But when the subject is a
longer stretch ("the CVE for our tool is an RCE, per security. RCE = ?") and the reading found a name in
only part of it, another clause may ask about another term in so many words ("RCE = ?", "what kind of PR
is meant here", "nonce = ?" after a speaker's label "dev:"). Then the cues are read: when they single out
another term in a later sentence, asked clearly and more than any mention of the name read, the exact
reading gives way.
So does an everyday word read in a later clause than a term asked before it ("standard deviation meaning pls,
need for crash-rate chart": the need is no subject). A subject that is the name itself ("what is CVE?") never
pays for this reading.
"""

from __future__ import annotations

from glossary import cues, heading, message_shape, normalize, scope, span_use
from glossary.cue_words import PRONOUN_QUESTION, STRONG
from glossary.detect import Detector
from glossary.detect_types import Candidate
from glossary.models import LookupResult
from glossary.textscan import Scan


def outasked(detector: Detector, text: str, exact: LookupResult, subject: str) -> bool:
    """Does the message ask about another term, clearly and more than about the name `exact` read in part of
    the parser's `subject`? Only read when that name is not the whole subject."""
    if normalize.key(exact.subject) == normalize.key(subject):
        return " " not in subject.strip() and _named_before(detector, text, subject)
    scan, spans = detector.spans(text)
    scored = cues.score(scan, scope.in_scope(scan, spans))
    chosen, decided = cues.choose(scored, message_shape.shape(scan, scored))
    read = {m.id for m in exact.matches}
    if not decided or len(chosen) != 1 or read & set(chosen[0].ids):
        return False
    best = max((x.asked for x in scored if x.span is chosen[0]), default=0)
    read_as = [x for x in scored if read & set(x.span.ids)]
    mentioned = max((x.asked for x in read_as), default=0)
    if read_as and all(x.span.weak for x in read_as) and not chosen[0].weak \
            and _clause_apart(scan, chosen[0].last, min(x.span.first for x in read_as)):
        return best >= STRONG and best > mentioned or chosen[0].first == 0 and best >= mentioned  # "standard
        # deviation meaning pls, need for ...", "X how to calculate, need for ...": an everyday word in a later
        # clause, the term asked or opening the message
    if not scan.sentence_bounds(chosen[0].first)[0] and not _guessed_after(scan, scored, chosen[0], read):
        return False  # "k8s - is that a product we pay for?": a guess in the name's own sentence asks about k8s
    if _pointer_guess(scan, chosen[0]):
        return False  # "EBIT. is that like output before losses? def": a guess at what "that" is
    return best >= STRONG and best > mentioned


def _guessed_after(scan: Scan, scored: list[cues.Scored], chosen: Candidate, read: set[str]) -> bool:
    """The term chosen is the message's heading and the name read is only in what follows it, the asker's
    guess: "owners equity = assets - liabilities?" asks about owners equity, not liabilities."""
    return heading.opens(scan, chosen.first, chosen.last) \
        and all(x.span.first > chosen.last for x in scored if read & set(x.span.ids))


def _pointer_guess(scan: Scan, chosen: Candidate) -> bool:
    """The chosen term is in a sentence that opens "is that/it/this ...": a guess at the term named before."""
    first = scan.sentence_bounds(chosen.first)[0]
    return 0 < first < chosen.first - 1 and scan.norms[first] in ("is", "was", "isnt") \
        and scan.norms[first + 1] in PRONOUN_QUESTION


def _clause_apart(scan: Scan, last: int, first: int) -> bool:
    """A comma, semicolon or sentence break parts token `last` from the later token `first`."""
    return last < first and (any(scan.sentence_start[last + 1:first + 1])
                             or any(mark in scan.text[scan.ends[last]:scan.starts[first]] for mark in ",;"))


def _named_before(detector: Detector, text: str, word: str) -> bool:
    """The one word asked follows "that"/"this" (or "the", a sentence on) and ends a longer name the message named
    before it ("my bond has call risk. what is that risk?"): that name is asked, which the spans read
    (span_use.named_again)."""
    low = text.lower()
    if not any(f"{pointer} {word.lower()}" in low for pointer in ("that", "this", "the")):
        return False  # the common case: no "that X"
    scan, spans = detector.spans(text)
    said = normalize.singular(word.lower())
    return any(normalize.singular(scan.norms[x.first]) == said for x in span_use.pointed_back(scan, spans))
