"""What a question after a heading points at that is still the heading itself.

"recession — what's the actual definition?", "chain of command — ..., what's the org definition?",
"accounts receivable — what is AR?": the question word points past the heading at a word of its own (a
describing word before "definition", the heading's initials), not at a new thing the way "AWS — what is a
bucket?" does. Such a question asks what the heading is (glossary/heading.py).
"""

from __future__ import annotations

from glossary import normalize
from glossary.cue_words import LIKENED, NAMING
from glossary.textscan import Scan

MAX_DESCRIBING = 2  # words between the question word's target and "definition": "the formal IT definition"
_NAMED_ON = frozenset({"of", "for"})  # "what's the definition of churn": the naming word names another thing


def asks_heading(s: Scan, first: int, last: int, j: int) -> bool:
    """Token `j`, what a question word points at after the heading (tokens first..last), asks what the
    heading is: the heading's initials typed as a word ("AR" for accounts receivable), or a few describing
    words closed by a naming word ("definition", "meaning") that names nothing after it."""
    name = " ".join(s.norms[first:last + 1])
    if s.norms[j] in normalize.initials_variants(name):
        return True
    for k in range(j, min(j + MAX_DESCRIBING + 1, len(s.norms))):
        if k > j and (s.sentence_start[k] or "," in s.text[s.ends[k - 1]:s.starts[k]]):
            return False
        if s.norms[k] in NAMING:
            return k + 1 >= len(s.norms) or s.sentence_start[k + 1] or s.norms[k + 1] not in _NAMED_ON
    return False


_SAYING = frozenset("said says mentioned mentions used uses".split())  # "someone said it in the debrief"


def heard_again(s: Scan, first: int, last: int, nxt: int) -> bool:
    """A heading of several words (tokens first..last) that what follows names again, or says someone
    said ("financial distress — the board mentioned a hospital in 'financial distress'", "hawthorne effect —
    someone said it in the debrief"): the asker sets down where the term was heard and asks what it is,
    with no question word. A one-word heading ("standup — moved to 10am") may be a message about the thing."""
    if last == first:
        return False
    name, rest = s.norms[first:last + 1], s.norms[nxt:]
    return normalize.find_run(rest, name) >= 0 \
        or any(a in _SAYING and b == "it" for a, b in zip(rest, rest[1:], strict=False))


_TURNED_TO = frozenset({"is", "are"})
_BACK = frozenset({"it", "that", "this", "they"})


def turned_guess(s: Scan, nxt: int) -> bool:
    """Tokens from `nxt`, right after a term the message opens on, turn round to guess what it is with no
    mark between ("anti deficiency act is that like a law about ...", "chaos engineering is it just breaking
    things"): the term is a heading as if a dash set it apart. A question about its state ("VPN is it down")
    likens it to nothing and is left to the other readings."""
    return nxt + 2 < len(s.norms) and s.norms[nxt] in _TURNED_TO and s.norms[nxt + 1] in _BACK \
        and s.norms[nxt + 2] in LIKENED and not s.sentence_start[nxt]
