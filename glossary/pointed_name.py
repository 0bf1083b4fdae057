"""A pronoun question answered by the one name it points back at: "bank onboarding is asking for a copy of
our articles of incorporation. what are those?", "the bank mentioned the reserve requirement. what is it?".

The cues leave such a message undecided when the name sits inside a longer phrase of the story ("a copy of
our ...") or outside the sentence asked, and it ends in "did you mean". Yet "what is it / what are those /
what does that mean / who are they" asks about what was named just before it (glossary/asked_shapes.py,
`points_back_to`), and when that is the only name in the message there is no other reading. It is
answered only when every doubt is ruled out:
- the message names exactly one specific term, once or again (an everyday word such as "it", "mean" or
  "wants" is no rival; any other specific name is);
- that name is written out in several words, never an acronym: an acronym may be used in a sense the
  glossary lacks ("the ER said ..., what is that"), several words spelling a full name may not;
- the pronoun question follows the name with nothing of substance in between, so nothing else (an unknown
  phrase after it: "commission plan has a clawback provision. what does that mean?") is its referent; a
  word the entry itself says is no rival ("the reserve requirement re: our deposits. what is it");
- the pronoun is asked what it is ("what are those"), not the object of a verb ("who leads them");
- the name is the whole noun phrase: no head noun after it ("the platform engineering team"), no rare
  modifier before it that its entry never says ("annual recurring revenue" is not recurring revenue;
  glossary/phrases.py), not denied ("not the X"), not the
  speaker of reported speech ("CFO said ..."), nor the object of a preposition after another noun, which
  the pronoun may point at instead ("liquidated damages in the statement of work - what are those").
Gated on a pronoun word, so it costs nothing on other messages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from glossary.asked_shapes import points_back_to
from glossary.cue_words import (
    FUNCTION,
    MAX_BACK_REFERENCE,
    OF_HEADS,
    POINTING_VERBS,
    PRONOUN_QUESTION,
    QUANTIFIERS,
    SCAFFOLD,
)
from glossary.detect_types import Candidate
from glossary.phrases import partial
from glossary.pointed_back import speaks
from glossary.span_use import denied
from glossary.specific import specific_name
from glossary.textscan import Scan
from glossary.yes_no import confirmed

_POINTING = PRONOUN_QUESTION | {"they", "them"}
_DETERMINERS = frozenset("a an the our your their my its his her this that these those".split())
_PREPOSITIONS = frozenset("in on at of from with under within per for during inside".split())
_BEING = POINTING_VERBS | {"are", "was", "were"}  # "what are those", "who are they", "what was it"


def named(scan: Scan, every: Sequence[Candidate], told: Callable[[str], str]) -> Candidate | None:
    """The one name of several words a pronoun question right after it points back at; None when the
    message has no pronoun, names another specific term, or the name may be part of something else."""
    if _POINTING.isdisjoint(scan.norms):
        return None  # the cheap test first: most messages point back at nothing
    names = [x for x in every if specific_name(scan, x)]
    if len({tuple(x.ids) for x in names}) != 1:
        return None
    span = names[-1]
    if span.last == span.first or span.spelled or len(span.ids) != 1 \
            or any(raw.isupper() and len(raw) > 1 for raw in scan.raws[span.first:span.last + 1]):
        return None  # one word or an acronym in it: perhaps another sense than the glossary's
    told_words = f" {told(span.ids[0])} "
    if not points_back_to(scan, span.last + 1, told_words) or not _asks_what(scan, span.last + 1) \
            or _headed(scan, span.last + 1, told_words) or denied(scan, span) or partial(scan, span, told) \
            or speaks(scan, span) or _object_of(scan, span):
        return None
    return span


def _asks_what(scan: Scan, start: int) -> bool:
    """The first pronoun after the name is asked what it is ("what is it", "what are those", "what does that
    mean"), not the object of another verb ("who leads them", "can we skip it")."""
    for k in range(start + 1, min(len(scan.norms), start + MAX_BACK_REFERENCE)):
        if scan.norms[k] in _POINTING:
            return scan.norms[k - 1] in _BEING
    return False


def _headed(scan: Scan, nxt: int, told_words: str) -> bool:
    """A word right after the name continues its phrase as the head ("the platform engineering *team*",
    "a sensitivity analysis *tab*"): the pronoun may point at that thing; not a function word or a word
    the entry itself says."""
    return nxt < len(scan.norms) and scan.text[scan.ends[nxt - 1]:scan.starts[nxt]] in (" ", "-") \
        and scan.norms[nxt] not in SCAFFOLD | FUNCTION and f" {scan.norms[nxt]} " not in told_words \
        and not confirmed(scan, nxt - 1)  # "that's a cash discount right?": a tag closes the name


def _object_of(scan: Scan, span: Candidate) -> bool:
    """The name follows a preposition after another noun ("damages in the SOW", "a copy of our articles"):
    that noun may be what the pronoun points at; not "a kind of X", whose head names no thing."""
    k = span.first - 1
    while k > 0 and scan.norms[k] in _DETERMINERS and not scan.sentence_start[k]:
        k -= 1
    return k > 0 and scan.norms[k] in _PREPOSITIONS and not scan.sentence_start[k] \
        and scan.norms[k - 1] not in SCAFFOLD | FUNCTION | OF_HEADS | QUANTIFIERS \
        and not _disagrees(scan, span, scan.norms[k - 1])


def _disagrees(scan: Scan, span: Candidate, noun: str) -> bool:
    """The pronoun asked is plural ("what are those") and the noun before the preposition singular, the name
    plural: "a copy of our articles of incorporation. what are those?" can only ask about the articles."""
    pronoun = next((norm for norm in scan.norms[span.last + 1:] if norm in _POINTING), "")
    return pronoun in _PLURAL and not _plural(noun) and any(_plural(w) for w in scan.norms[span.first:span.last + 1])


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_PLURAL = frozenset({"those", "these", "they", "them"})
